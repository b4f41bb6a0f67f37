//===- Scheduler.h - Memory-aware scheduling of a graph ---------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// The entry point of the scheduling core: find a topological order of a
// Graph whose peak live bytes (the memory model of Graph.h) is as small as
// possible. The exact algorithm is a best-first search over signatures (sets
// of scheduled nodes) with sound reductions, chain merging and divide and
// conquer at cut points; docs/Algorithms.md describes it and argues why every
// pruning rule keeps the optimum.
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_SCHEDULING_SCHEDULER_H
#define SERENITY_SCHEDULING_SCHEDULER_H

#include "serenity/Scheduling/Graph.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace serenity::sched {

enum class Algorithm {
  /// Exact search; when a part exceeds the limits, the best of the
  /// heuristics, a beam search and an exact reordering of windows around the
  /// most expensive steps is used for that part, and `optimal` is only set if
  /// the bounds still prove it.
  Exact,
  /// The best of the list heuristics (input order, greedy, reverse
  /// post-order), per independent part. No search.
  Heuristic,
  /// Keep the input order.
  InputOrder,
};

/// Time limits of this many seconds (31 years) or more are no limit.
inline constexpr double kNoTimeLimitSeconds = 1e9;

struct SchedulerOptions {
  Algorithm algorithm = Algorithm::Exact;
  /// Limit on the states stored by the exact search, per independent part
  /// (the window improvement after a limit gets the same budget, summed over
  /// its windows of at most 50,000 states each).
  uint64_t maxStates = 2'000'000;
  /// Wall-clock budget for the whole call in seconds; 0 (or at least
  /// kNoTimeLimitSeconds) means none. Results are deterministic only when no
  /// time limit is hit.
  double timeLimitSeconds = 0;
  /// Beam width of the bounded search used for parts whose exact search hits
  /// a limit; 0 disables the beam search (the window improvement still runs,
  /// within maxStates states).
  unsigned beamWidth = 64;
  /// Split the graph at cut points and schedule the parts independently.
  bool divideAndConquer = true;
  /// Merge single-successor/single-predecessor chains where provably safe.
  bool mergeChains = true;
  /// Use the best heuristic peak as a hard budget of the exact search (states
  /// that cannot beat it are never stored).
  bool softBudget = true;
};

struct ScheduleStats {
  /// States expanded by the exact, beam and window searches, over all parts.
  uint64_t statesExplored = 0;
  /// Independent parts after splitting at cut points.
  size_t numParts = 0;
  /// Scheduling units after chain merging (over the whole graph).
  size_t nodesAfterMerging = 0;
  /// Units in the largest part.
  size_t largestPart = 0;
  /// Units the exact search runs only in blocks before an undelayed unit
  /// (docs/Algorithms.md, section 4.1), over all parts.
  size_t delayedUnits = 0;
};

struct ScheduleResult {
  /// A valid topological order of all nodes of the graph.
  std::vector<NodeId> order;
  /// peakOf(graph, order).
  uint64_t peak = 0;
  /// Peak of the input order: identityOrder(graph) when it is a valid
  /// topological order, otherwise the smallest-id-first topological sort.
  uint64_t inputPeak = 0;
  /// Best proven lower bound on the peak of every order; at least
  /// lowerBound(graph), and equal to `peak` when `optimal`.
  uint64_t lowerBound = 0;
  /// True only when `peak` is proven minimal.
  bool optimal = false;
  /// "input-order" if the input order is returned unchanged; otherwise where
  /// the order of the most expensive reordered part comes from: "greedy",
  /// "reverse-post-order", "exact", "beam", "window" (beam or heuristic
  /// order improved by exact window reordering) or "merged-input-order" (the
  /// input order with merged chains run back to back and glued allocations
  /// right before their consumers). Parts that are not
  /// reordered keep their input order.
  std::string method;
  ScheduleStats stats;
};

/// Finds a topological order of `graph` (finalized, acyclic) with a small
/// peak. The input order is returned unchanged whenever it is as good as the
/// best order found. Deterministic unless the time limit is hit. With
/// `mergeChains`, pure allocations (nodes without predecessors that only
/// allocate, such as `tensor.empty`) are first glued to their first consumer
/// (docs/Algorithms.md, section 6.1); `stats` are then those of the
/// contracted graph.
ScheduleResult schedule(const Graph &graph,
                        const SchedulerOptions &options = {});

/// Reverse post-order of a depth-first traversal that starts from the
/// smallest ids first (so a chain-like input order is preserved).
std::vector<NodeId> reversePostOrder(const Graph &graph);

/// List scheduler: at every step runs the ready node that raises the peak the
/// least, then the one that frees the most / allocates the least (net bytes),
/// then the smallest id.
std::vector<NodeId> greedyListOrder(const Graph &graph);

} // namespace serenity::sched

#endif // SERENITY_SCHEDULING_SCHEDULER_H
