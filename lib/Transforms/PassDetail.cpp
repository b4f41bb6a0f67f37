//===- PassDetail.cpp - Helpers shared by Serenity passes -------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//

#include "PassDetail.h"

using namespace mlir;
using namespace serenity;

SmallVector<FunctionOpInterface> serenity::collectFunctions(Operation *root) {
  SmallVector<FunctionOpInterface> functions;
  root->walk<WalkOrder::PreOrder>([&](Operation *op) {
    if (auto function = dyn_cast<FunctionOpInterface>(op)) {
      functions.push_back(function);
      return WalkResult::skip();
    }
    return WalkResult::advance();
  });
  return functions;
}

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

uint64_t serenity::getFunctionPeak(const FunctionMemoryModel &model) {
  uint64_t peak = 0;
  for (const BlockMemoryModel &block : model.getBlocks())
    peak = std::max(peak, block.simulateCurrentOrder().peak);
  return peak;
}
