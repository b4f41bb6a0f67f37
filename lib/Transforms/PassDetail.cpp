//===- PassDetail.cpp - Helpers shared by Serenity passes -------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//

#include "PassDetail.h"

#include "llvm/ADT/DenseMap.h"

#include <cmath>
#include <optional>

using namespace mlir;
using namespace serenity;

FailureOr<sched::SchedulerOptions>
serenity::getSchedulerOptions(Operation *root, StringRef pass,
                              const SchedulerOptionValues &values) {
  if (std::isnan(values.timeLimit) || values.timeLimit < 0)
    return root->emitError() << pass
                             << ": time-limit must be a number of seconds "
                                "(0 or inf: none), got "
                             << values.timeLimit;
  if (values.maxStates == 0)
    return root->emitError() << pass << ": max-states must be at least 1";
  if (values.beamWidth > kMaxBeamWidth)
    return root->emitError() << pass << ": beam-width must be at most "
                             << kMaxBeamWidth << ", got " << values.beamWidth;
  sched::SchedulerOptions options;
  options.algorithm = values.algorithm;
  options.maxStates = values.maxStates;
  options.beamWidth = values.beamWidth;
  options.divideAndConquer = values.divideAndConquer;
  options.mergeChains = values.mergeChains;
  options.softBudget = values.softBudget;
  // The scheduler takes 0 for none; a limit longer than any run (infinity
  // included) is none too.
  options.timeLimitSeconds =
      values.timeLimit >= sched::kNoTimeLimitSeconds ? 0 : values.timeLimit;
  return options;
}

LogicalResult serenity::initializePassOptions(
    Pass &pass, StringRef options,
    function_ref<LogicalResult(const Twine &)> errorHandler) {
  return pass.Pass::initializeOptions(options, [&](const Twine &message) {
    std::string text = message.str();
    if (!text.empty())
      return errorHandler(message);
    return errorHandler("invalid options for " + pass.getArgument() + ": '" +
                        options + "'");
  });
}

std::vector<Operation *>
serenity::placeOpsInOrder(const BlockMemoryModel &model,
                          ArrayRef<sched::NodeId> kept,
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
