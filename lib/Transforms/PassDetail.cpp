//===- PassDetail.cpp - Helpers shared by Serenity passes -------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//

#include "PassDetail.h"

#include "mlir/IR/Threading.h"

using namespace mlir;
using namespace serenity;

FailureOr<MemoryModelOptions>
serenity::getMemoryModelOptions(Operation *root, uint64_t alignment,
                                bool countArguments, unsigned elementBits) {
  if (alignment == 0)
    return root->emitError() << "serenity: alignment must be at least 1";
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
