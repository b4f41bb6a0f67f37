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

#include "serenity/Dialect/Serenity/IR/SerenityAttrs.h"
#include "serenity/Scheduling/Scheduler.h"
#include "serenity/Transforms/Passes.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/Threading.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

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
  void runOnOperation() override;
};

/// What scheduling one block found.
struct BlockSchedule {
  sched::ScheduleResult result;
  size_t numNodes = 0;
  /// The block's ops in their new order (terminator excluded), or empty if
  /// the order does not change.
  std::vector<Operation *> newOrder;
};
} // namespace

/// The full op order: the scheduled ops in `order`, each preceded by the
/// floating ops whose first user it is. Floating ops without a user among
/// the scheduled ops go first. Floating ops keep their relative order.
static std::vector<Operation *>
placeOps(const BlockMemoryModel &model, ArrayRef<sched::NodeId> kept,
         ArrayRef<sched::NodeId> order) {
  ArrayRef<Operation *> ops = model.getOps();
  Block *block = model.getBlock();
  llvm::DenseMap<Operation *, size_t> position;
  for (auto [pos, node] : llvm::enumerate(order))
    position[ops[kept[node]]] = pos;

  std::vector<SmallVector<Operation *, 2>> before(order.size());
  std::vector<Operation *> result;
  for (sched::NodeId n = 0, e = ops.size(); n != e; ++n) {
    if (!model.isFloating(n))
      continue;
    std::optional<size_t> first;
    for (Operation *user : ops[n]->getUsers()) {
      Operation *ancestor = block->findAncestorOpInBlock(*user);
      auto it = ancestor ? position.find(ancestor) : position.end();
      if (it != position.end() && (!first || it->second < *first))
        first = it->second;
    }
    if (first)
      before[*first].push_back(ops[n]);
    else
      result.push_back(ops[n]);
  }
  for (auto [pos, node] : llvm::enumerate(order)) {
    llvm::append_range(result, before[pos]);
    result.push_back(ops[kept[node]]);
  }
  return result;
}

void MemorySchedulePass::runOnOperation() {
  FailureOr<MemoryModelOptions> modelOptions =
      getMemoryModelOptions(getOperation(), alignment, countArguments,
                            elementBits);
  if (failed(modelOptions))
    return signalPassFailure();

  sched::SchedulerOptions options;
  if (algorithm == "exact")
    options.algorithm = sched::Algorithm::Exact;
  else if (algorithm == "heuristic")
    options.algorithm = sched::Algorithm::Heuristic;
  else if (algorithm == "input-order")
    options.algorithm = sched::Algorithm::InputOrder;
  else {
    getOperation()->emitError()
        << "serenity-memory-schedule: unknown algorithm '" << algorithm
        << "' (expected exact, heuristic or input-order)";
    return signalPassFailure();
  }
  if (timeLimit < 0) {
    getOperation()->emitError()
        << "serenity-memory-schedule: time-limit must not be negative";
    return signalPassFailure();
  }
  options.maxStates = maxStates;
  options.timeLimitSeconds = timeLimit;
  options.beamWidth = beamWidth;
  options.divideAndConquer = divideAndConquer;
  options.mergeChains = mergeChains;
  options.softBudget = softBudget;

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
              plan.result = sched::schedule(graph, options);
              std::string error = sched::checkOrder(graph, plan.result.order);
              if (!error.empty())
                return functions[i]->emitError()
                       << "serenity-memory-schedule: internal error, the "
                          "scheduler returned an invalid order: "
                       << error;
              if (plan.result.order != sched::identityOrder(graph))
                plan.newOrder = placeOps(block, kept, plan.result.order);
              plans[i].push_back(std::move(plan));
            }
            return success();
          })))
    return signalPassFailure();

  parallelFor(context, 0, functions.size(), [&](size_t i) {
    FunctionOpInterface function = functions[i];
    if (function.isExternal())
      return;
    uint64_t before = 0, after = 0, bound = 0;
    bool optimal = true;
    std::string method = "input-order";
    for (auto [block, plan] :
         llvm::zip(function.getFunctionBody().getBlocks(), plans[i])) {
      const sched::ScheduleResult &r = plan.result;
      numNodes += plan.numNodes;
      numStates += r.stats.statesExplored;
      before = std::max(before, r.inputPeak);
      bound = std::max(bound, r.lowerBound);
      optimal &= r.optimal;
      if (r.peak >= after) {
        after = r.peak;
        method = r.method;
      }
      if (plan.newOrder.empty())
        continue;
      ++numReordered;
      Operation *terminator =
          block.mightHaveTerminator() ? block.getTerminator() : nullptr;
      for (Operation *op : plan.newOrder) {
        if (terminator)
          op->moveBefore(terminator);
        else
          op->moveBefore(&block, block.end());
      }
    }
    peakBefore += before;
    peakAfter += after;
    if (optimal)
      ++numOptimal;
    Builder builder(context);
    function->setAttr(SerenityDialect::getPeakBytesAttrName(),
                      builder.getI64IntegerAttr(after));
    function->setAttr(SerenityDialect::getScheduleAttrName(),
                      ScheduleAttr::get(context, before, after, bound, optimal,
                                        method));
  });
}
