//===- Synthetic.h - Synthetic scheduling graphs ----------------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// The synthetic graphs of the classic serenity-sched-bench table
// (docs/Algorithms.md, "Measured"): RandWire-like layered DAGs, stacked
// DARTS-like cells, and renumberings of a graph.
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_BENCH_SCHED_SYNTHETIC_H
#define SERENITY_BENCH_SCHED_SYNTHETIC_H

#include "serenity/Scheduling/Graph.h"

#include <cstdint>
#include <vector>

namespace serenity::sched::bench {

/// A RandWire-like irregular network: layers of 1..maxWidth nodes, each node
/// reading one or two nodes of the previous layer and sometimes a node a few
/// layers up (skip edge), one output of random size per node. Numbered layer
/// by layer (breadth first), as a graph importer would.
Graph randomLayered(uint64_t seed, unsigned numNodes, unsigned maxWidth);

/// A DARTS-like stack of cells of about `targetNodes` nodes; with
/// `twoInputs`, every cell reads the two previous cells, otherwise one.
Graph stackedCells(uint64_t seed, unsigned targetNodes, bool twoInputs);

/// The same graph with node i renamed order[i].
Graph renumber(const Graph &g, const std::vector<NodeId> &order);

/// The same graph with nodes numbered in breadth-first (Kahn, FIFO) order.
Graph breadthFirst(const Graph &g);

/// The same graph with nodes numbered at random.
Graph shuffled(const Graph &g, uint64_t seed);

} // namespace serenity::sched::bench

#endif // SERENITY_BENCH_SCHED_SYNTHETIC_H
