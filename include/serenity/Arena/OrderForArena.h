//===- OrderForArena.h - Among low-peak orders, the smallest arena -*- C++
//-*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// The planned arena of an order is at least its live peak, and it can exceed
// it (fragmentation). Among orders of the same peak the arena differs, so
// once the scheduler has an order of optimal peak, a local search over
// orders that keep that peak looks for one whose planned arena is smaller
// (docs/Arena.md, "The order for the arena").
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_ARENA_ORDERFORARENA_H
#define SERENITY_ARENA_ORDERFORARENA_H

#include "serenity/Arena/Arena.h"
#include "serenity/Scheduling/Graph.h"

namespace serenity::arena {

/// Limits of chooseOrderForArena().
struct OrderForArenaOptions {
  /// Alignment of every buffer in the arena problems (as getArenaBuffers).
  uint64_t alignment = 1;
  /// Orders may have up to this many bytes more peak than the given order.
  uint64_t peakSlack = 0;
  /// Arenas planned in all (each a plan() call), the given order's included.
  unsigned maxPlans = 1000;
  /// The planner's limits for each order.
  PlannerOptions planner;
};

/// What chooseOrderForArena() found.
struct OrderForArenaResult {
  /// The order chosen: a valid order of the graph (sched::checkOrder).
  std::vector<sched::NodeId> order;
  /// Its live peak (at most the given order's plus the slack).
  uint64_t peak = 0;
  /// Its planned arena.
  PlanResult plan;
  /// The given order's planned arena.
  uint64_t initialArenaBytes = 0;
  /// Arenas planned.
  unsigned plans = 0;
  /// Whether maxPlans stopped the search.
  bool limitHit = false;
};

/// Starting from `order` (which must pass sched::checkOrder), a first-
/// improvement hill climb over swaps of adjacent independent nodes that keep
/// the peak within the slack: a swap is kept when the planned arena of the
/// new order is smaller. Stops when the arena equals the given order's peak
/// (no order of that peak can do better), when no swap improves, or at
/// maxPlans. Never returns an arena larger than the given order's.
OrderForArenaResult
chooseOrderForArena(const sched::Graph &graph,
                    llvm::ArrayRef<sched::NodeId> order,
                    const OrderForArenaOptions &options = {});

} // namespace serenity::arena

#endif // SERENITY_ARENA_ORDERFORARENA_H
