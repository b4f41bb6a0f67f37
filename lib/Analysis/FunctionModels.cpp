//===- FunctionModels.cpp - Memory models of many functions -----*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//

#include "serenity/Analysis/FunctionModels.h"

#include "mlir/IR/Threading.h"

using namespace mlir;
using namespace serenity;

FailureOr<MemoryModelOptions>
serenity::getMemoryModelOptions(Operation *root, StringRef tool,
                                uint64_t alignment, bool countArguments,
                                unsigned elementBits) {
  if (alignment == 0 || alignment > kMaxAlignment)
    return root->emitError() << tool << ": alignment must be in [1, "
                             << kMaxAlignment << "] bytes, got " << alignment;
  if (elementBits > kMaxElementBits)
    return root->emitError() << tool << ": element-bits must be in [0, "
                             << kMaxElementBits << "], got " << elementBits;
  MemoryModelOptions options;
  options.alignment = alignment;
  options.countArguments = countArguments;
  options.elementBits = elementBits;
  return options;
}

LogicalResult serenity::forEachFunctionModel(
    MLIRContext *context, ArrayRef<FunctionOpInterface> functions,
    const MemoryModelOptions &options,
    function_ref<LogicalResult(size_t, FunctionMemoryModel &)> fn) {
  return failableParallelForEachN(
      context, 0, functions.size(), [&](size_t i) -> LogicalResult {
        FailureOr<FunctionMemoryModel> model =
            FunctionMemoryModel::build(functions[i], options);
        if (failed(model))
          return failure();
        return fn(i, *model);
      });
}

uint64_t serenity::getFunctionPeak(const FunctionMemoryModel &model) {
  uint64_t peak = 0;
  for (const BlockMemoryModel &block : model.getBlocks())
    peak = std::max(peak, block.simulateCurrentOrder().peak);
  return peak;
}
