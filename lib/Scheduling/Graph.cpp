//===- Graph.cpp - MLIR-free dataflow graph with buffers --------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//

#include "serenity/Scheduling/Graph.h"

#include <algorithm>
#include <cassert>
#include <numeric>

using namespace serenity::sched;

static void sortUnique(std::vector<uint32_t> &v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

NodeId Graph::addNode(std::string name) {
  assert(!finalized && "graph already finalized");
  nodes.push_back(Node{std::move(name), {}, {}, {}, {}, 0});
  return nodes.size() - 1;
}

BufferId Graph::addBuffer(uint64_t bytes, NodeId producer, bool liveOut) {
  assert(!finalized && "graph already finalized");
  assert((producer == kEntry || producer < nodes.size()) && "bad producer");
  buffers.push_back(Buffer{bytes, producer, liveOut, {}});
  return buffers.size() - 1;
}

void Graph::addUse(NodeId user, BufferId buffer) {
  assert(!finalized && "graph already finalized");
  assert(user < nodes.size() && buffer < buffers.size() && "bad use");
  Buffer &b = buffers[buffer];
  if (b.producer == user)
    return; // Writing a buffer it allocates is part of allocating it.
  b.users.push_back(user);
  if (b.producer != kEntry)
    addEdge(b.producer, user);
}

void Graph::addEdge(NodeId from, NodeId to) {
  assert(!finalized && "graph already finalized");
  assert(from < nodes.size() && to < nodes.size() && "bad edge");
  if (from == to)
    return;
  nodes[from].succs.push_back(to);
  nodes[to].preds.push_back(from);
}

void Graph::finalize() {
  assert(!finalized && "graph already finalized");
  finalized = true;
  entry = 0;
  for (BufferId id = 0, e = buffers.size(); id != e; ++id) {
    Buffer &b = buffers[id];
    sortUnique(b.users);
    if (b.producer == kEntry) {
      entry += b.bytes;
    } else {
      nodes[b.producer].allocs.push_back(id);
      nodes[b.producer].allocBytes += b.bytes;
    }
    for (NodeId u : b.users)
      nodes[u].uses.push_back(id);
  }
  for (Node &n : nodes) {
    sortUnique(n.preds);
    sortUnique(n.succs);
  }
}

llvm::Error serenity::sched::checkOrder(const Graph &graph,
                                        llvm::ArrayRef<NodeId> order) {
  auto fail = [](const std::string &message) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
  };
  size_t n = graph.numNodes();
  if (order.size() != n)
    return fail("order has " + std::to_string(order.size()) +
                " nodes, graph has " + std::to_string(n));
  std::vector<size_t> position(n, n);
  for (size_t i = 0; i < n; ++i) {
    NodeId node = order[i];
    if (node >= n)
      return fail("node " + std::to_string(node) + " does not exist");
    if (position[node] != n)
      return fail("node " + std::to_string(node) + " appears twice");
    position[node] = i;
  }
  for (NodeId node = 0; node < n; ++node)
    for (NodeId succ : graph.succs(node))
      if (position[succ] < position[node])
        return fail("node " + std::to_string(succ) +
                    " runs before its predecessor " + std::to_string(node));
  return llvm::Error::success();
}

/// Walks `order`, calling `onStep(i, during, after)` for each step.
template <typename Fn>
static uint64_t walk(const Graph &graph, llvm::ArrayRef<NodeId> order,
                     Fn onStep) {
  std::vector<uint32_t> remaining(graph.numBuffers());
  uint64_t live = graph.entryBytes();
  for (BufferId b = 0, e = graph.numBuffers(); b != e; ++b)
    remaining[b] = graph.buffer(b).users.size();
  // Entry buffers nobody uses are freed right after entry.
  uint64_t afterEntry = live;
  for (const Buffer &b : graph.getBuffers())
    if (b.producer == kEntry && b.users.empty() && !b.liveOut)
      afterEntry -= b.bytes;
  live = afterEntry;

  for (size_t i = 0, e = order.size(); i != e; ++i) {
    NodeId node = order[i];
    live += graph.allocBytes(node);
    uint64_t during = live;
    for (BufferId b : graph.uses(node)) {
      const Buffer &buf = graph.buffer(b);
      if (--remaining[b] == 0 && !buf.liveOut)
        live -= buf.bytes;
    }
    for (BufferId b : graph.allocs(node)) {
      const Buffer &buf = graph.buffer(b);
      if (buf.users.empty() && !buf.liveOut)
        live -= buf.bytes;
    }
    onStep(i, during, live);
  }
  return live;
}

Timeline serenity::sched::simulate(const Graph &graph,
                                   llvm::ArrayRef<NodeId> order) {
  assert(!llvm::errorToBool(checkOrder(graph, order)) && "invalid order");
  Timeline t;
  t.entryBytes = graph.entryBytes();
  t.peak = t.entryBytes;
  t.during.reserve(order.size());
  t.after.reserve(order.size());
  walk(graph, order, [&](size_t i, uint64_t during, uint64_t after) {
    t.during.push_back(during);
    t.after.push_back(after);
    if (during > t.peak) {
      t.peak = during;
      t.peakStep = i;
    }
  });
  return t;
}

uint64_t serenity::sched::peakOf(const Graph &graph,
                                 llvm::ArrayRef<NodeId> order) {
  uint64_t peak = graph.entryBytes();
  walk(graph, order, [&](size_t, uint64_t during, uint64_t) {
    peak = std::max(peak, during);
  });
  return peak;
}

uint64_t serenity::sched::lowerBound(const Graph &graph) {
  uint64_t bound = graph.entryBytes();
  uint64_t liveOut = 0;
  for (const Buffer &b : graph.getBuffers())
    if (b.liveOut)
      liveOut += b.bytes;
  bound = std::max(bound, liveOut);
  for (NodeId n = 0, e = graph.numNodes(); n != e; ++n) {
    uint64_t bytes = graph.allocBytes(n);
    for (BufferId b : graph.uses(n))
      bytes += graph.buffer(b).bytes;
    bound = std::max(bound, bytes);
  }
  return bound;
}

std::vector<NodeId> serenity::sched::identityOrder(const Graph &graph) {
  std::vector<NodeId> order(graph.numNodes());
  std::iota(order.begin(), order.end(), 0);
  return order;
}
