//===- Graph.h - MLIR-free dataflow graph with buffers ----------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// The scheduling core sees a function body as a small graph: nodes (ops),
// dependency edges between them, and buffers. A buffer is allocated when its
// producer node runs (or is live on entry), and freed right after the last of
// its users has run, unless it is live-out. Aliasing (views, destination-style
// ops) is resolved before the graph is built: every op that touches a value
// aliasing a buffer is a user of that buffer. This is exactly the reference
// memory model of docs/MemoryModel.md, with no MLIR in sight, so unit tests
// and benchmarks can drive it directly.
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_SCHEDULING_GRAPH_H
#define SERENITY_SCHEDULING_GRAPH_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace serenity::sched {

using NodeId = uint32_t;
using BufferId = uint32_t;

/// Producer of a buffer that is live when the block starts (an argument or a
/// value defined outside the scheduled block).
inline constexpr NodeId kEntry = ~NodeId(0);

/// One buffer of the memory model.
struct Buffer {
  uint64_t bytes = 0;
  /// The node whose execution allocates the buffer, or kEntry.
  NodeId producer = kEntry;
  /// Live-out buffers are never freed (returned values, values used by later
  /// blocks).
  bool liveOut = false;
  /// Nodes that read or write the buffer (through any alias). Sorted, unique.
  std::vector<NodeId> users;
};

/// A dependency graph of nodes and the buffers they allocate and use.
///
/// Build it with addNode/addBuffer/addUse/addEdge, then call finalize() once;
/// the accessors below are valid only after finalize().
class Graph {
public:
  NodeId addNode(std::string name = {});
  BufferId addBuffer(uint64_t bytes, NodeId producer = kEntry,
                     bool liveOut = false);
  /// Records that `user` touches `buffer`. Implies the dependency edge
  /// producer(buffer) -> user.
  void addUse(NodeId user, BufferId buffer);
  /// Adds an ordering edge `from` -> `to` (e.g. between side-effecting ops).
  void addEdge(NodeId from, NodeId to);
  void setLiveOut(BufferId buffer, bool liveOut = true) {
    buffers[buffer].liveOut = liveOut;
  }

  /// Sorts and deduplicates adjacency, derives per-node buffer lists.
  void finalize();

  size_t numNodes() const { return nodes.size(); }
  size_t numBuffers() const { return buffers.size(); }
  llvm::StringRef name(NodeId n) const { return nodes[n].name; }
  const Buffer &buffer(BufferId b) const { return buffers[b]; }
  llvm::ArrayRef<Buffer> getBuffers() const { return buffers; }

  /// Direct predecessors/successors (data and ordering edges).
  llvm::ArrayRef<NodeId> preds(NodeId n) const { return nodes[n].preds; }
  llvm::ArrayRef<NodeId> succs(NodeId n) const { return nodes[n].succs; }
  /// Buffers allocated when `n` runs.
  llvm::ArrayRef<BufferId> allocs(NodeId n) const { return nodes[n].allocs; }
  /// Buffers `n` uses (reads or writes), excluding the ones it allocates.
  llvm::ArrayRef<BufferId> uses(NodeId n) const { return nodes[n].uses; }
  /// Bytes newly allocated when `n` runs.
  uint64_t allocBytes(NodeId n) const { return nodes[n].allocBytes; }
  /// Bytes live before any node runs.
  uint64_t entryBytes() const { return entry; }

private:
  struct Node {
    std::string name;
    std::vector<NodeId> preds, succs;
    std::vector<BufferId> allocs, uses;
    uint64_t allocBytes = 0;
  };
  std::vector<Node> nodes;
  std::vector<Buffer> buffers;
  uint64_t entry = 0;
  bool finalized = false;
};

/// Live bytes over one order of the nodes.
struct Timeline {
  /// Bytes live before the first node runs.
  uint64_t entryBytes = 0;
  /// during[i]: bytes live while order[i] runs (operands and new buffers).
  std::vector<uint64_t> during;
  /// after[i]: bytes live once order[i] has run and its dead buffers are freed.
  std::vector<uint64_t> after;
  /// The largest of entryBytes and every during[i].
  uint64_t peak = 0;
  /// The step at which the peak first occurs, or std::nullopt for entry.
  std::optional<size_t> peakStep;
};

/// Succeeds if `order` is a permutation of the graph's nodes that respects
/// every edge; else an error that describes the first violation.
llvm::Error checkOrder(const Graph &graph, llvm::ArrayRef<NodeId> order);

/// Simulates the memory model over `order`, which must pass checkOrder.
Timeline simulate(const Graph &graph, llvm::ArrayRef<NodeId> order);

/// Peak bytes of `order` (same as simulate(...).peak, without the vectors).
uint64_t peakOf(const Graph &graph, llvm::ArrayRef<NodeId> order);

/// A lower bound on the peak of every order: the largest of the entry bytes,
/// the live-out bytes, and for each node its used plus allocated bytes.
uint64_t lowerBound(const Graph &graph);

/// Node ids in their insertion order (0, 1, ..., n-1).
std::vector<NodeId> identityOrder(const Graph &graph);

} // namespace serenity::sched

#endif // SERENITY_SCHEDULING_GRAPH_H
