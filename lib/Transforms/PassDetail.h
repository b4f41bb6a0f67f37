//===- PassDetail.h - Helpers shared by Serenity passes ---------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_LIB_TRANSFORMS_PASSDETAIL_H
#define SERENITY_LIB_TRANSFORMS_PASSDETAIL_H

#include "serenity/Analysis/MemoryModel.h"

#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Support/LLVM.h"

namespace serenity {

/// Memory model options from a pass's options; emits an error at `root` and
/// fails if they are invalid.
mlir::FailureOr<MemoryModelOptions>
getMemoryModelOptions(mlir::Operation *root, uint64_t alignment,
                      bool countArguments, unsigned elementBits);

/// Builds the memory model of every function in parallel and hands each to
/// `fn(index, model)`. Fails if a model cannot be built or `fn` fails;
/// diagnostics come out in function order.
mlir::LogicalResult forEachFunctionModel(
    mlir::MLIRContext *context,
    llvm::ArrayRef<mlir::FunctionOpInterface> functions,
    const MemoryModelOptions &options,
    llvm::function_ref<mlir::LogicalResult(size_t, FunctionMemoryModel &)> fn);

/// The function's peak under the model: the largest block peak.
uint64_t getFunctionPeak(const FunctionMemoryModel &model);

} // namespace serenity

#endif // SERENITY_LIB_TRANSFORMS_PASSDETAIL_H
