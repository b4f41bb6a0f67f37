//===- FunctionModels.h - Memory models of many functions -------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// What every tool that measures memory does with the memory model of
// MemoryModel.h: check the knobs a user gave, model every function of a
// module in parallel, and take a function's peak.
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_ANALYSIS_FUNCTIONMODELS_H
#define SERENITY_ANALYSIS_FUNCTIONMODELS_H

#include "serenity/Analysis/MemoryModel.h"

#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Support/LLVM.h"

namespace serenity {

/// The largest `alignment` accepted (4 GiB): rounding every buffer up to it
/// stays far from overflowing 64-bit sizes.
inline constexpr uint64_t kMaxAlignment = uint64_t(1) << 32;
/// The largest `elementBits` accepted: wider than any element type MLIR
/// sizes, and an element of it stays far from overflowing.
inline constexpr unsigned kMaxElementBits = 1024;

/// Memory model options from a tool's or pass's knobs. Emits an error at
/// `root`, naming `tool`, and fails if one is out of range: `alignment`
/// must be in [1, kMaxAlignment], `elementBits` in [0, kMaxElementBits].
mlir::FailureOr<MemoryModelOptions> getMemoryModelOptions(mlir::Operation *root,
                                                          llvm::StringRef tool,
                                                          uint64_t alignment,
                                                          bool countArguments,
                                                          unsigned elementBits);

/// Builds the memory model of every function in parallel and hands each to
/// `fn(index, model)`. Fails if a model cannot be built or `fn` fails;
/// diagnostics come out in function order.
mlir::LogicalResult forEachFunctionModel(
    mlir::MLIRContext *context,
    llvm::ArrayRef<mlir::FunctionOpInterface> functions,
    const MemoryModelOptions &options,
    llvm::function_ref<mlir::LogicalResult(size_t, FunctionMemoryModel &)> fn);

/// The function's peak under the model, in its current order: the largest
/// block peak.
uint64_t getFunctionPeak(const FunctionMemoryModel &model);

} // namespace serenity

#endif // SERENITY_ANALYSIS_FUNCTIONMODELS_H
