//===- GraphIO.h - Text format for scheduling graphs ------------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// A small line-based text format for Graphs, so that the scheduling graphs of
// real networks (built from the IR by the memory model) can be saved once and
// scheduled again without MLIR, e.g. by serenity-sched-bench. A file holds
// one or more graphs:
//
//   # comment
//   graph @torch_jit block 0
//   node 0 tosa.conv2d
//   buffer 0 4096 entry 0 0 3         id, bytes, producer, live-out, users...
//   buffer 1 8192 0 1 2
//   edge 2 5                          an edge not implied by a buffer use
//   end
//
// Node and buffer ids are numbered from 0 in order; a node's name is the rest
// of its line. Edges implied by buffer uses are not written.
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_SCHEDULING_GRAPHIO_H
#define SERENITY_SCHEDULING_GRAPHIO_H

#include "serenity/Scheduling/Graph.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace serenity::sched {

/// A graph with the title of its `graph` line.
struct NamedGraph {
  std::string title;
  Graph graph;
};

/// Writes `graph` (finalized) as one `graph` ... `end` section.
void writeGraph(llvm::raw_ostream &os, const Graph &graph,
                llvm::StringRef title);

/// Reads every graph of `text`, finalized. Fails with the line number of the
/// first malformed line.
llvm::Expected<std::vector<NamedGraph>> readGraphs(llvm::StringRef text);

} // namespace serenity::sched

#endif // SERENITY_SCHEDULING_GRAPHIO_H
