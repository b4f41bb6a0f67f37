//===- Synthetic.cpp - Synthetic scheduling graphs --------------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//

#include "Synthetic.h"

#include <algorithm>
#include <random>
#include <string>

using namespace serenity::sched;

namespace {
using Rng = std::mt19937_64;

uint64_t uniform(Rng &rng, uint64_t lo, uint64_t hi) {
  return std::uniform_int_distribution<uint64_t>(lo, hi)(rng);
}
} // namespace

/// A RandWire-like irregular network: layers of 1..maxWidth nodes, each node
/// reading one or two nodes of the previous layer and sometimes a node a few
/// layers up (skip edge), one output of random size per node. Numbered layer
/// by layer (breadth first), as a graph importer would.
Graph serenity::sched::bench::randomLayered(uint64_t seed, unsigned numNodes,
                                            unsigned maxWidth) {
  Rng rng(seed);
  Graph g;
  std::vector<std::vector<NodeId>> layers;
  std::vector<BufferId> out;
  std::vector<bool> hasUser;
  auto use = [&](NodeId user, NodeId producer) {
    g.addUse(user, out[producer]);
    hasUser[producer] = true;
  };
  BufferId input = g.addBuffer(64 * 1024);
  unsigned created = 0;
  while (created < numNodes) {
    unsigned width =
        std::min<unsigned>(uniform(rng, 1, maxWidth), numNodes - created);
    std::vector<NodeId> layer;
    for (unsigned i = 0; i < width; ++i, ++created) {
      NodeId v = g.addNode("n" + std::to_string(created));
      out.push_back(g.addBuffer(uniform(rng, 1, 32) * 16 * 1024, v));
      hasUser.push_back(false);
      if (layers.empty()) {
        g.addUse(v, input);
      } else {
        const std::vector<NodeId> &prev = layers.back();
        unsigned fanIn = std::min<size_t>(uniform(rng, 1, 2), prev.size());
        std::vector<NodeId> picks = prev;
        std::shuffle(picks.begin(), picks.end(), rng);
        for (unsigned k = 0; k < fanIn; ++k)
          use(v, picks[k]);
        if (layers.size() >= 2 && uniform(rng, 0, 99) < 35) {
          size_t from = layers.size() -
                        std::min<size_t>(layers.size(), uniform(rng, 2, 4));
          const std::vector<NodeId> &far = layers[from];
          use(v, far[uniform(rng, 0, far.size() - 1)]);
        }
      }
      layer.push_back(v);
    }
    layers.push_back(std::move(layer));
  }
  // Every node but the last layer feeds someone; the last layer is returned.
  for (size_t l = 0; l + 1 < layers.size(); ++l)
    for (NodeId v : layers[l])
      if (!hasUser[v]) {
        const std::vector<NodeId> &next = layers[l + 1];
        g.addUse(next[uniform(rng, 0, next.size() - 1)], out[v]);
      }
  for (NodeId v : layers.back())
    g.setLiveOut(out[v]);
  g.finalize();
  return g;
}

/// A DARTS-like stack of cells. Cell k reads the outputs of cells k-2 and
/// k-1 through two preprocessing chains (conv, bn), then builds 4 nodes,
/// each the sum of two operations applied to earlier states of the cell
/// (separable conv: a 3-node chain with a 4x expanded middle, dilated conv:
/// 2 nodes with a 3x first output, pooling: 1 node, skip: none), and
/// concatenates the 4 nodes. Channels (and so sizes) vary from cell to cell.
Graph serenity::sched::bench::stackedCells(uint64_t seed, unsigned targetNodes,
                                           bool twoInputs) {
  Rng rng(seed);
  Graph g;
  unsigned count = 0;
  auto node = [&](const std::string &name) {
    ++count;
    return g.addNode(name);
  };
  BufferId input = g.addBuffer(256 * 1024);
  NodeId stem = node("stem");
  g.addUse(stem, input);
  BufferId prev1 = g.addBuffer(128 * 1024, stem), prev2 = prev1;
  /// Applies a chain of nodes to `x`, node i allocating sizes[i] bytes.
  auto chain = [&](BufferId x, std::initializer_list<uint64_t> sizes,
                   const std::string &name) {
    unsigned i = 0;
    for (uint64_t bytes : sizes) {
      NodeId v = node(name + "." + std::to_string(i++));
      g.addUse(v, x);
      x = g.addBuffer(bytes, v);
    }
    return x;
  };
  for (unsigned cell = 0; count + 40 < targetNodes; ++cell) {
    std::string c = "c" + std::to_string(cell);
    uint64_t unit = uniform(rng, 2, 8) * 16 * 1024;
    std::vector<BufferId> states;
    if (twoInputs)
      states.push_back(chain(prev2, {unit, unit}, c + ".pre0"));
    states.push_back(chain(prev1, {unit, unit}, c + ".pre1"));
    std::vector<BufferId> inner;
    for (unsigned i = 0; i < 4; ++i) {
      std::vector<BufferId> operands;
      for (unsigned k = 0; k < 2; ++k) {
        BufferId x = states[uniform(rng, 0, states.size() - 1)];
        std::string name =
            c + ".n" + std::to_string(i) + "." + std::to_string(k);
        switch (uniform(rng, 0, 3)) {
        case 0:
          x = chain(x, {unit, 4 * unit, unit}, name + ".sep");
          break;
        case 1:
          x = chain(x, {3 * unit, unit}, name + ".dil");
          break;
        case 2:
          x = chain(x, {unit}, name + ".pool");
          break;
        default:
          break; // skip connection
        }
        operands.push_back(x);
      }
      NodeId add = node(c + ".add" + std::to_string(i));
      for (BufferId x : operands)
        g.addUse(add, x);
      BufferId sum = g.addBuffer(unit, add);
      states.push_back(sum);
      inner.push_back(sum);
    }
    NodeId concat = node(c + ".concat");
    for (BufferId x : inner)
      g.addUse(concat, x);
    prev2 = prev1;
    prev1 = g.addBuffer(4 * unit, concat);
  }
  NodeId head = node("classifier");
  g.addUse(head, prev1);
  g.addBuffer(4 * 1024, head, /*liveOut=*/true);
  g.finalize();
  return g;
}

/// The same graph with node i renamed order[i].
Graph serenity::sched::bench::renumber(const Graph &g,
                                       const std::vector<NodeId> &order) {
  size_t n = g.numNodes();
  std::vector<NodeId> newId(n);
  for (NodeId i = 0; i < n; ++i)
    newId[order[i]] = i;
  Graph h;
  for (NodeId v : order)
    h.addNode(g.name(v).str());
  for (const Buffer &b : g.getBuffers()) {
    BufferId nb = h.addBuffer(
        b.bytes, b.producer == kEntry ? kEntry : newId[b.producer], b.liveOut);
    for (NodeId u : b.users)
      h.addUse(newId[u], nb);
  }
  for (NodeId v = 0; v < n; ++v)
    for (NodeId s : g.succs(v))
      h.addEdge(newId[v], newId[s]);
  h.finalize();
  return h;
}

/// The same graph with nodes numbered in breadth-first (Kahn, FIFO) order,
/// as a level-by-level exporter would emit them: a worse input order for
/// graphs whose natural numbering is already depth first.
Graph serenity::sched::bench::breadthFirst(const Graph &g) {
  size_t n = g.numNodes();
  std::vector<uint32_t> indegree(n);
  std::vector<NodeId> order;
  for (NodeId v = 0; v < n; ++v)
    if ((indegree[v] = g.preds(v).size()) == 0)
      order.push_back(v);
  for (size_t i = 0; i < order.size(); ++i)
    for (NodeId s : g.succs(order[i]))
      if (--indegree[s] == 0)
        order.push_back(s);
  return renumber(g, order);
}

/// The same graph with nodes numbered at random: the identity is then not a
/// topological order, and the smallest-id-first sort interleaves distant
/// parts of the network.
Graph serenity::sched::bench::shuffled(const Graph &g, uint64_t seed) {
  std::vector<NodeId> order(g.numNodes());
  for (NodeId i = 0; i < order.size(); ++i)
    order[i] = i;
  Rng rng(seed);
  std::shuffle(order.begin(), order.end(), rng);
  return renumber(g, order);
}
