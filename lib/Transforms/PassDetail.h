//===- PassDetail.h - Helpers shared by Serenity passes ---------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// What the passes share that is no API: turning the shared scheduler options
// of Passes.td into sched::SchedulerOptions, reporting bad option values, and
// placing a block's ops in a schedule's order.
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_LIB_TRANSFORMS_PASSDETAIL_H
#define SERENITY_LIB_TRANSFORMS_PASSDETAIL_H

#include "serenity/Analysis/MemoryModel.h"
#include "serenity/Scheduling/Scheduler.h"

#include "mlir/IR/Operation.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Support/LLVM.h"

namespace serenity {

/// The values of the SchedulerOptions of Passes.td and of a time limit.
struct SchedulerOptionValues {
  sched::Algorithm algorithm;
  uint64_t maxStates;
  unsigned beamWidth;
  bool divideAndConquer;
  bool mergeChains;
  bool softBudget;
  /// Seconds; 0 or infinity: none.
  double timeLimit;
};

/// The largest beam width accepted: a beam stores this many states per
/// step, so larger values only exhaust memory.
inline constexpr unsigned kMaxBeamWidth = 1u << 16;

/// The scheduler options of a pass. Emits an error at `root`, naming `pass`,
/// and fails if a value is out of range (docs of Passes.td).
mlir::FailureOr<sched::SchedulerOptions>
getSchedulerOptions(mlir::Operation *root, llvm::StringRef pass,
                    const SchedulerOptionValues &values);

/// Parses `options` into `pass`'s options as Pass::initializeOptions does,
/// but never hands `errorHandler` an empty message: LLVM's option parser
/// prints its complaint itself, and the registry would then print an empty
/// `error:` line after it. Passes call this from initializeOptions.
mlir::LogicalResult initializePassOptions(
    mlir::Pass &pass, llvm::StringRef options,
    llvm::function_ref<mlir::LogicalResult(const llvm::Twine &)> errorHandler);

/// The full op order of `model`'s block for a schedule: the scheduled ops in
/// `order` (scheduling nodes, which `kept` maps to model nodes), each
/// preceded by the floating ops whose first user it is. Floating ops without
/// a user among the scheduled ops go first; floating ops keep their relative
/// order. This is how -serenity-memory-schedule places them.
std::vector<mlir::Operation *>
placeOpsInOrder(const BlockMemoryModel &model,
                llvm::ArrayRef<sched::NodeId> kept,
                llvm::ArrayRef<sched::NodeId> order);

} // namespace serenity

#endif // SERENITY_LIB_TRANSFORMS_PASSDETAIL_H
