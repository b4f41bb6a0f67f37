//===- MemorySchedule.cpp - Memory-optimal op ordering ----------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// The IR side of scheduling: build the graph of a block from the memory
// model, leave out the constants, ask the MLIR-free scheduler for an order,
// and move the ops. Everything about finding the order lives in
// lib/Scheduling.
//
//===----------------------------------------------------------------------===//

#include "PassDetail.h"

#include "serenity/Analysis/FunctionModels.h"
#include "serenity/Dialect/Serenity/IR/SerenityAttrs.h"
#include "serenity/Scheduling/Scheduler.h"
#include "serenity/Transforms/Passes.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/Threading.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include <chrono>

namespace serenity {
#define GEN_PASS_DEF_MEMORYSCHEDULEPASS
#include "serenity/Transforms/Passes.h.inc"
} // namespace serenity

using namespace mlir;
using namespace serenity;

namespace {
struct MemorySchedulePass
    : public serenity::impl::MemorySchedulePassBase<MemorySchedulePass> {
  using MemorySchedulePassBase::MemorySchedulePassBase;
  LogicalResult initializeOptions(
      StringRef options,
      function_ref<LogicalResult(const Twine &)> errorHandler) override {
    return initializePassOptions(*this, options, errorHandler);
  }
  void runOnOperation() override;
};

/// What scheduling one block found.
struct BlockSchedule {
  sched::ScheduleResult result;
  size_t numNodes = 0;
  /// Whether the search ran until its time limit.
  bool timeLimitHit = false;
  /// The block's ops in their new order (terminator excluded), or empty if
  /// the order does not change.
  std::vector<Operation *> newOrder;
};
} // namespace

void MemorySchedulePass::runOnOperation() {
  FailureOr<MemoryModelOptions> modelOptions = getMemoryModelOptions(
      getOperation(), getArgument(), alignment, countArguments, elementBits);
  if (failed(modelOptions))
    return signalPassFailure();
  FailureOr<sched::SchedulerOptions> schedulerOptions =
      getSchedulerOptions(getOperation(), getArgument(),
                          {algorithm, maxStates, beamWidth, divideAndConquer,
                           mergeChains, softBudget, timeLimit});
  if (failed(schedulerOptions))
    return signalPassFailure();
  const sched::SchedulerOptions &options = *schedulerOptions;

  // Plan every function first; move ops only once all of them succeeded.
  SmallVector<FunctionOpInterface> functions = collectFunctions(getOperation());
  std::vector<std::vector<BlockSchedule>> plans(functions.size());
  MLIRContext *context = &getContext();
  if (failed(forEachFunctionModel(
          context, functions, *modelOptions,
          [&](size_t i, FunctionMemoryModel &model) -> LogicalResult {
            for (const BlockMemoryModel &block : model.getBlocks()) {
              std::vector<sched::NodeId> kept;
              sched::Graph graph = block.buildSchedulingGraph(kept);
              BlockSchedule plan;
              plan.numNodes = graph.numNodes();
              auto start = std::chrono::steady_clock::now();
              plan.result = sched::schedule(graph, options);
              // The scheduler stops its searches at the time limit.
              plan.timeLimitHit = options.timeLimitSeconds > 0 &&
                                  std::chrono::duration<double>(
                                      std::chrono::steady_clock::now() - start)
                                          .count() >= options.timeLimitSeconds;
              if (llvm::Error error =
                      sched::checkOrder(graph, plan.result.order))
                return functions[i]->emitError()
                       << "serenity-memory-schedule: internal error, the "
                          "scheduler returned an invalid order: "
                       << llvm::toString(std::move(error));
              if (plan.result.order != sched::identityOrder(graph))
                plan.newOrder = placeOpsInOrder(block, kept, plan.result.order);
              plans[i].push_back(std::move(plan));
            }
            return success();
          })))
    return signalPassFailure();

  // What each function's remark and warning say; emitted in function order
  // once the IR is changed.
  std::vector<std::optional<ScheduleAttr>> summaries(functions.size());
  std::vector<size_t> reorderedBlocks(functions.size(), 0);
  std::vector<bool> limitHit(functions.size(), false);
  parallelFor(context, 0, functions.size(), [&](size_t i) {
    FunctionOpInterface function = functions[i];
    if (function.isExternal())
      return;
    uint64_t before = 0, after = 0, bound = 0;
    bool optimal = true, timeLimitHit = false;
    size_t reordered = 0;
    std::string method = "input-order";
    for (auto [block, plan] :
         llvm::zip(function.getFunctionBody().getBlocks(), plans[i])) {
      const sched::ScheduleResult &r = plan.result;
      numNodes += plan.numNodes;
      numStates += r.stats.statesExplored;
      before = std::max(before, r.inputPeak);
      bound = std::max(bound, r.lowerBound);
      optimal &= r.optimal;
      timeLimitHit |= plan.timeLimitHit;
      if (r.peak >= after) {
        after = r.peak;
        method = r.method;
      }
      if (plan.newOrder.empty())
        continue;
      ++reordered;
      Operation *terminator =
          block.mightHaveTerminator() ? block.getTerminator() : nullptr;
      for (Operation *op : plan.newOrder) {
        if (terminator)
          op->moveBefore(terminator);
        else
          op->moveBefore(&block, block.end());
      }
    }
    numReordered += reordered;
    peakBefore += before;
    peakAfter += after;
    if (optimal)
      ++numOptimal;
    Builder builder(context);
    ScheduleAttr summary =
        ScheduleAttr::get(context, before, after, bound, optimal, method);
    function->setAttr(SerenityDialect::getPeakBytesAttrName(),
                      builder.getI64IntegerAttr(after));
    function->setAttr(SerenityDialect::getScheduleAttrName(), summary);
    if (timeLimitHit)
      function->setAttr(SerenityDialect::getTimeLimitHitAttrName(),
                        builder.getUnitAttr());
    else
      function->removeAttr(SerenityDialect::getTimeLimitHitAttrName());
    summaries[i] = summary;
    reorderedBlocks[i] = reordered;
    limitHit[i] = timeLimitHit;
  });

  for (auto [i, function] : llvm::enumerate(functions)) {
    if (!summaries[i])
      continue;
    ScheduleAttr summary = *summaries[i];
    if (limitHit[i])
      function->emitWarning()
          << "serenity-memory-schedule: @" << function.getName()
          << ": the search stopped at its time limit of "
          << options.timeLimitSeconds << " s per block; the order is the best "
          << "found"
          << (summary.getOptimal() ? ", still proven optimal"
                                   : ", not proven optimal");
    if (report)
      function->emitRemark()
          << "serenity-memory-schedule: @" << function.getName() << ": peak "
          << summary.getPeakBefore() << " -> " << summary.getPeakAfter()
          << " bytes, lower bound " << summary.getLowerBound()
          << (summary.getOptimal() ? ", proven optimal"
                                   : ", not proven optimal")
          << ", method " << summary.getMethod() << ", " << reorderedBlocks[i]
          << " of " << plans[i].size() << " blocks reordered";
  }
}
