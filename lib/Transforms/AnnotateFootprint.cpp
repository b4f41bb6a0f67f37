//===- AnnotateFootprint.cpp - Attach activation sizes to the IR -*- C++
//-*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//

#include "PassDetail.h"

#include "serenity/Analysis/FunctionModels.h"

#include "serenity/Transforms/Passes.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Threading.h"

namespace serenity {
#define GEN_PASS_DEF_ANNOTATEFOOTPRINTPASS
#include "serenity/Transforms/Passes.h.inc"
} // namespace serenity

using namespace mlir;
using namespace serenity;

namespace {
struct AnnotateFootprintPass
    : public serenity::impl::AnnotateFootprintPassBase<AnnotateFootprintPass> {
  using AnnotateFootprintPassBase::AnnotateFootprintPassBase;
  LogicalResult initializeOptions(
      StringRef options,
      function_ref<LogicalResult(const Twine &)> errorHandler) override {
    return initializePassOptions(*this, options, errorHandler);
  }
  void runOnOperation() override;
};
} // namespace

void AnnotateFootprintPass::runOnOperation() {
  FailureOr<MemoryModelOptions> options = getMemoryModelOptions(
      getOperation(), getArgument(), alignment, countArguments, elementBits);
  if (failed(options))
    return signalPassFailure();

  // Model every function first, so that an error anywhere leaves the IR
  // untouched everywhere.
  SmallVector<FunctionOpInterface> functions = collectFunctions(getOperation());
  std::vector<std::optional<FunctionMemoryModel>> models(functions.size());
  MLIRContext *context = &getContext();
  if (failed(forEachFunctionModel(context, functions, *options,
                                  [&](size_t i, FunctionMemoryModel &model) {
                                    models[i] = std::move(model);
                                    return success();
                                  })))
    return signalPassFailure();

  parallelFor(context, 0, functions.size(), [&](size_t i) {
    FunctionOpInterface function = functions[i];
    if (function.isExternal())
      return;
    Builder builder(context);
    for (const BlockMemoryModel &block : models[i]->getBlocks()) {
      for (auto [node, op] : llvm::enumerate(block.getOps())) {
        if (llvm::none_of(op->getResultTypes(), llvm::IsaPred<TensorType>))
          continue;
        op->setAttr(SerenityDialect::getBytesAttrName(),
                    builder.getDenseI64ArrayAttr(block.getResultBytes(node)));
      }
    }
    function->setAttr(SerenityDialect::getPeakBytesAttrName(),
                      builder.getI64IntegerAttr(getFunctionPeak(*models[i])));
  });
}
