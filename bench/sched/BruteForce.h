//===- BruteForce.h - Optimal peak by exhaustive search ---------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// The optimal peak of a small graph by a dynamic program over all its
// down-sets (every prefix of every topological order), independent of the
// scheduler's reductions and bounds: the bench checks the scheduler's
// optimality claims against it.
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_BENCH_SCHED_BRUTEFORCE_H
#define SERENITY_BENCH_SCHED_BRUTEFORCE_H

#include "serenity/Scheduling/Graph.h"

#include <cstdint>
#include <optional>

namespace serenity::sched::bench {

struct BruteForceResult {
  uint64_t peak = 0;
  /// Down-sets visited.
  uint64_t downSets = 0;
};

/// The smallest peak over all topological orders of `graph` (at most 63
/// nodes), or std::nullopt if the graph has more nodes or more than
/// `maxDownSets` down-sets.
std::optional<BruteForceResult> bruteForcePeak(const Graph &graph,
                                               uint64_t maxDownSets);

} // namespace serenity::sched::bench

#endif // SERENITY_BENCH_SCHED_BRUTEFORCE_H
