//===- PassDetail.cpp - Helpers shared by Serenity passes -------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//

#include "PassDetail.h"

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

uint64_t serenity::getFunctionPeak(const FunctionMemoryModel &model) {
  uint64_t peak = 0;
  for (const BlockMemoryModel &block : model.getBlocks())
    peak = std::max(peak, block.simulateCurrentOrder().peak);
  return peak;
}
