//===- OrderForArena.cpp - Among low-peak orders, the smallest arena -*- C++
//-*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//

#include "serenity/Arena/OrderForArena.h"
#include "serenity/Arena/GraphOrder.h"

#include "llvm/ADT/STLExtras.h"

using namespace serenity;
using namespace serenity::arena;

OrderForArenaResult
arena::chooseOrderForArena(const sched::Graph &graph,
                           llvm::ArrayRef<sched::NodeId> order,
                           const OrderForArenaOptions &options) {
  OrderForArenaResult result;
  result.order.assign(order.begin(), order.end());
  uint64_t basePeak = sched::peakOf(graph, order);
  uint64_t peakLimit = basePeak + options.peakSlack;
  auto planOrder = [&](llvm::ArrayRef<sched::NodeId> candidate) {
    ++result.plans;
    return plan(getArenaBuffers(graph, candidate, options.alignment),
                options.planner);
  };
  result.plan = planOrder(result.order);
  result.peak = basePeak;
  result.initialArenaBytes = result.plan.placement.arenaBytes;

  std::vector<sched::NodeId> current = result.order;
  // With alignment, the arena of an order of peak P is at least P rounded
  // up; the given peak is then the floor only for alignment 1.
  auto atFloor = [&] {
    return options.alignment <= 1 && options.peakSlack == 0 &&
           result.plan.placement.arenaBytes <= basePeak;
  };
  bool improved = !atFloor();
  while (improved) {
    improved = false;
    for (size_t i = 0; i + 1 < current.size(); ++i) {
      sched::NodeId a = current[i], b = current[i + 1];
      // Adjacent nodes are independent unless an edge joins them directly
      // (a path through a third node would put that node between them).
      if (llvm::is_contained(graph.succs(a), b))
        continue;
      std::swap(current[i], current[i + 1]);
      uint64_t peak = sched::peakOf(graph, current);
      if (peak <= peakLimit) {
        if (result.plans >= options.maxPlans) {
          result.limitHit = true;
          std::swap(current[i], current[i + 1]);
          return result;
        }
        PlanResult candidate = planOrder(current);
        if (candidate.placement.arenaBytes < result.plan.placement.arenaBytes) {
          result.order = current;
          result.peak = peak;
          result.plan = std::move(candidate);
          improved = !atFloor();
          if (!improved)
            return result;
          continue;
        }
      }
      std::swap(current[i], current[i + 1]);
    }
  }
  return result;
}
