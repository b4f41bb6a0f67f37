//===- SchedulerTest.cpp - Scheduler against brute force --------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// The exact scheduler against two independent references on thousands of
// random small graphs (every topological order simulated with peakOf, and a
// dynamic program over subsets written from the memory model's definition),
// under every combination of its reductions; then the heuristics, limits,
// determinism and idempotence.
//
// Longer than ~800 lines on purpose: the cases share the two references and
// the random graph generators defined at the top, and splitting them would
// copy those or turn them into a header used by this file only.
//
//===----------------------------------------------------------------------===//

#include "serenity/Scheduling/Scheduler.h"
#include "Problem.h"

#include "gtest/gtest.h"

#include <algorithm>
#include <map>
#include <random>

using namespace serenity::sched;

namespace {

/// Shape knobs for random graphs.
struct Shape {
  unsigned minNodes = 1, maxNodes = 12;
  /// Probability that a node produces a second buffer.
  double secondOutput = 0.3;
  /// Expected extra users per buffer.
  unsigned maxUsers = 3;
  double liveOut = 0.15;
  unsigned maxEntry = 3;
  unsigned maxOrderingEdges = 2;
  /// Number the nodes in a random topological... or not topological order.
  bool shuffleIds = true;
  uint64_t maxBytes = 100;
};

/// A random DAG: nodes follow a hidden topological order `topo`; the ids are
/// optionally a random permutation of it, so the identity order need not be
/// topological.
Graph randomGraph(std::mt19937_64 &rng, const Shape &shape) {
  auto uniform = [&](uint64_t lo, uint64_t hi) {
    return std::uniform_int_distribution<uint64_t>(lo, hi)(rng);
  };
  auto coin = [&](double p) { return std::bernoulli_distribution(p)(rng); };
  unsigned n = uniform(shape.minNodes, shape.maxNodes);
  std::vector<NodeId> topo(n);
  for (unsigned i = 0; i < n; ++i)
    topo[i] = i;
  if (shape.shuffleIds && coin(0.3))
    std::shuffle(topo.begin(), topo.end(), rng);
  Graph g;
  for (unsigned i = 0; i < n; ++i)
    g.addNode("n" + std::to_string(i));
  // Sizes: mostly moderate, sometimes zero or large.
  auto size = [&]() -> uint64_t {
    if (coin(0.05))
      return 0;
    if (coin(0.1))
      return uniform(shape.maxBytes, 3 * shape.maxBytes);
    return uniform(1, shape.maxBytes);
  };
  for (unsigned e = uniform(0, shape.maxEntry); e > 0; --e) {
    BufferId b = g.addBuffer(size(), kEntry, coin(0.2));
    for (unsigned u = uniform(0, shape.maxUsers); u > 0 && n; --u)
      g.addUse(topo[uniform(0, n - 1)], b);
  }
  for (unsigned i = 0; i < n; ++i) {
    unsigned outputs = 1 + coin(shape.secondOutput);
    for (unsigned o = 0; o < outputs; ++o) {
      BufferId b = g.addBuffer(size(), topo[i], coin(shape.liveOut));
      if (i + 1 == n)
        continue;
      // Mostly near successors, sometimes far ones (skip edges).
      for (unsigned u = uniform(o == 0 ? 1 : 0, shape.maxUsers); u > 0; --u) {
        unsigned j = coin(0.6) ? std::min<unsigned>(n - 1, i + uniform(1, 2))
                               : uniform(i + 1, n - 1);
        g.addUse(topo[j], b);
      }
    }
  }
  for (unsigned e = uniform(0, shape.maxOrderingEdges); e > 0 && n > 1; --e) {
    unsigned i = uniform(0, n - 2), j = uniform(i + 1, n - 1);
    g.addEdge(topo[i], topo[j]);
  }
  g.finalize();
  return g;
}

/// Number of topological orders, or `cap` + 1 if there are more.
uint64_t countOrders(const Graph &g, uint64_t cap) {
  size_t n = g.numNodes();
  std::vector<uint64_t> ways(size_t(1) << n, 0);
  ways[0] = 1;
  for (uint64_t mask = 0; mask < ways.size(); ++mask) {
    if (!ways[mask])
      continue;
    for (NodeId v = 0; v < n; ++v) {
      if (mask >> v & 1)
        continue;
      bool ready = true;
      for (NodeId p : g.preds(v))
        ready &= (mask >> p & 1) != 0;
      if (ready)
        ways[mask | uint64_t(1) << v] =
            std::min(cap + 1, ways[mask | uint64_t(1) << v] + ways[mask]);
    }
  }
  return ways.back();
}

/// Minimum of peakOf over every topological order, by enumeration.
uint64_t bruteForceEnumerate(const Graph &g) {
  size_t n = g.numNodes();
  std::vector<NodeId> order;
  std::vector<bool> used(n, false);
  uint64_t best = UINT64_MAX;
  auto rec = [&](auto &self) -> void {
    if (order.size() == n) {
      EXPECT_EQ(llvm::toString(checkOrder(g, order)), "");
      best = std::min(best, peakOf(g, order));
      return;
    }
    for (NodeId v = 0; v < n; ++v) {
      if (used[v])
        continue;
      bool ready = true;
      for (NodeId p : g.preds(v))
        ready &= used[p];
      if (!ready)
        continue;
      used[v] = true;
      order.push_back(v);
      self(self);
      order.pop_back();
      used[v] = false;
    }
  };
  rec(rec);
  return best;
}

/// Minimum peak by dynamic programming over sets of scheduled nodes, from
/// the definition: while v runs after the set S, the live bytes are
/// live(S) + allocBytes(v), where live(S) counts every buffer allocated by S
/// (or at entry) that is live-out or still has a user outside S.
uint64_t bruteForceSubsets(const Graph &g) {
  size_t n = g.numNodes();
  size_t full = (size_t(1) << n) - 1;
  auto live = [&](uint64_t mask) {
    uint64_t bytes = 0;
    for (const Buffer &b : g.getBuffers()) {
      bool allocated = b.producer == kEntry || (mask >> b.producer & 1);
      if (!allocated)
        continue;
      bool pending = false;
      for (NodeId u : b.users)
        pending |= !(mask >> u & 1);
      if (b.liveOut || pending)
        bytes += b.bytes;
    }
    return bytes;
  };
  std::vector<uint64_t> best(full + 1, UINT64_MAX);
  best[0] = g.entryBytes();
  for (uint64_t mask = 0; mask <= full; ++mask) {
    if (best[mask] == UINT64_MAX)
      continue;
    uint64_t l = live(mask);
    for (NodeId v = 0; v < n; ++v) {
      if (mask >> v & 1)
        continue;
      bool ready = true;
      for (NodeId p : g.preds(v))
        ready &= (mask >> p & 1) != 0;
      if (!ready)
        continue;
      uint64_t next = mask | uint64_t(1) << v;
      best[next] =
          std::min(best[next], std::max(best[mask], l + g.allocBytes(v)));
    }
  }
  return best[full];
}

/// Checks everything a result promises about itself.
void expectWellFormed(const Graph &g, const ScheduleResult &r) {
  ASSERT_EQ(llvm::toString(checkOrder(g, r.order)), "");
  EXPECT_EQ(peakOf(g, r.order), r.peak);
  EXPECT_LE(r.lowerBound, r.peak);
  EXPECT_GE(r.lowerBound, lowerBound(g));
  EXPECT_LE(r.peak, r.inputPeak);
  EXPECT_EQ(r.optimal, r.lowerBound == r.peak);
  if (r.order == identityOrder(g)) {
    EXPECT_EQ(r.peak, r.inputPeak);
  }
}

/// Checks that brute force finds `optimum` on `g` and that schedule() attains
/// it, with a well-formed result; returns the result for further checks.
ScheduleResult expectScheduledAtOptimum(const Graph &g, uint64_t optimum) {
  EXPECT_EQ(bruteForceEnumerate(g), optimum);
  ScheduleResult r = schedule(g);
  expectWellFormed(g, r);
  EXPECT_EQ(r.peak, optimum);
  return r;
}

/// Schedules `g` under all 8 combinations of softBudget, divideAndConquer
/// and mergeChains, checks that every result is well formed and proven
/// optimal at `best`, and returns the result with all three on.
ScheduleResult expectOptimalUnderAllOptions(const Graph &g, uint64_t best,
                                            int graphIndex) {
  ScheduleResult all;
  for (int flags = 0; flags < 8; ++flags) {
    SchedulerOptions options;
    options.softBudget = flags & 1;
    options.divideAndConquer = flags & 2;
    options.mergeChains = flags & 4;
    ScheduleResult r = schedule(g, options);
    SCOPED_TRACE("graph " + std::to_string(graphIndex) + " flags " +
                 std::to_string(flags));
    expectWellFormed(g, r);
    EXPECT_EQ(r.peak, best);
    EXPECT_TRUE(r.optimal);
    EXPECT_EQ(r.lowerBound, best);
    if (flags == 7)
      all = std::move(r);
  }
  return all;
}

/// Builds `g` again with node i of the copy being node order[i] of `g`.
Graph renumber(const Graph &g, const std::vector<NodeId> &order) {
  std::vector<NodeId> newId(g.numNodes());
  for (NodeId i = 0; i < order.size(); ++i)
    newId[order[i]] = i;
  Graph h;
  for (NodeId i = 0; i < order.size(); ++i)
    h.addNode(g.name(order[i]).str());
  for (const Buffer &b : g.getBuffers()) {
    BufferId nb = h.addBuffer(
        b.bytes, b.producer == kEntry ? kEntry : newId[b.producer], b.liveOut);
    for (NodeId u : b.users)
      h.addUse(newId[u], nb);
  }
  for (NodeId v = 0; v < g.numNodes(); ++v)
    for (NodeId s : g.succs(v))
      h.addEdge(newId[v], newId[s]);
  h.finalize();
  return h;
}

TEST(BruteForceTest, ReferencesAgree) {
  std::mt19937_64 rng(7);
  Shape shape;
  shape.maxNodes = 8;
  for (int i = 0; i < 300; ++i) {
    Graph g = randomGraph(rng, shape);
    ASSERT_EQ(bruteForceEnumerate(g), bruteForceSubsets(g)) << "graph " << i;
  }
}

TEST(SchedulerTest, ExactMatchesBruteForceOnRandomDags) {
  std::mt19937_64 rng(2020);
  Shape shape;
  unsigned enumerated = 0, split = 0, merged = 0, reordered = 0;
  unsigned notIdentity = 0;
  for (int i = 0; i < 3000; ++i) {
    // Sparse graphs have many orders, dense ones few.
    shape.maxUsers = 1 + i % 3;
    Graph g = randomGraph(rng, shape);
    uint64_t best = countOrders(g, 5040) <= 5040
                        ? (++enumerated, bruteForceEnumerate(g))
                        : bruteForceSubsets(g);
    if (llvm::errorToBool(checkOrder(g, identityOrder(g))))
      ++notIdentity;
    ScheduleResult r = expectOptimalUnderAllOptions(g, best, i);
    if (::testing::Test::HasFailure())
      return;
    split += r.stats.numParts > 1;
    merged += r.stats.nodesAfterMerging < g.numNodes();
    reordered += r.method != "input-order";
  }
  // The sample must exercise the interesting paths.
  EXPECT_GT(enumerated, 1000u);
  EXPECT_GT(split, 300u);
  EXPECT_GT(merged, 300u);
  EXPECT_GT(reordered, 300u);
  EXPECT_GT(notIdentity, 300u);
}

TEST(SchedulerTest, DelayedUnitsMatchBruteForce) {
  // Buffers with many readers and live-out buffers: units that cannot free
  // what they read never shrink memory, so many of them are delayed
  // (docs/Algorithms.md, section 4.1). The random tests above fail as well
  // when either half of the condition, the descendant rule for possible
  // frees, or the block (all unscheduled ancestors, else no reduction) is
  // loosened; this one makes sure the rule fires often.
  std::mt19937_64 rng(4141);
  Shape shape;
  shape.minNodes = 4;
  shape.maxNodes = 13;
  shape.maxUsers = 4;
  shape.liveOut = 0.3;
  unsigned delayed = 0, manyDelayed = 0;
  for (int i = 0; i < 2000; ++i) {
    Graph g = randomGraph(rng, shape);
    ScheduleResult r = expectOptimalUnderAllOptions(g, bruteForceSubsets(g), i);
    if (::testing::Test::HasFailure())
      return;
    delayed += r.stats.delayedUnits > 0;
    manyDelayed += r.stats.delayedUnits > 2;
  }
  EXPECT_GT(delayed, 600u);
  EXPECT_GT(manyDelayed, 200u);
}

TEST(SchedulerTest, ChainHeavyTinyDagsMatchBruteForce) {
  // Tiny graphs made mostly of chains with coarse sizes (many ties): the
  // regime where an unsound merge or reduction shows.
  std::mt19937_64 rng(1);
  auto uniform = [&](uint64_t lo, uint64_t hi) {
    return std::uniform_int_distribution<uint64_t>(lo, hi)(rng);
  };
  unsigned merged = 0;
  for (int i = 0; i < 8000; ++i) {
    Graph g;
    unsigned n = uniform(3, 7);
    for (unsigned v = 0; v < n; ++v)
      g.addNode();
    for (unsigned e = uniform(0, 3); e > 0; --e) {
      BufferId b = g.addBuffer(10 * uniform(1, 10), kEntry, uniform(0, 5) == 0);
      for (unsigned k = uniform(1, 2); k > 0; --k)
        g.addUse(uniform(0, n - 1), b);
    }
    for (unsigned v = 0; v < n; ++v) {
      BufferId b = g.addBuffer(10 * uniform(0, 10), v, uniform(0, 3) == 0);
      if (v + 1 < n)
        g.addUse(uniform(0, 2) ? v + 1 : uniform(v + 1, n - 1), b);
    }
    g.finalize();
    ScheduleResult r = schedule(g);
    expectWellFormed(g, r);
    ASSERT_EQ(r.peak, bruteForceEnumerate(g)) << "graph " << i;
    EXPECT_TRUE(r.optimal);
    merged += r.stats.nodesAfterMerging < n;
  }
  EXPECT_GT(merged, 2000u);
}

/// Tiny DAGs shaped like RandWire cells: shared values read by products,
/// products summed pairwise, chains of single-input ops, with coarse sizes
/// (many ties), entry and live-out buffers, and nodes that touch no buffer
/// tied to the rest by ordering edges. The regime of delay merging (C3) and
/// of free units in the cut test.
Graph aggregationGraph(std::mt19937_64 &rng, unsigned maxNodes) {
  auto uniform = [&](uint64_t lo, uint64_t hi) {
    return std::uniform_int_distribution<uint64_t>(lo, hi)(rng);
  };
  unsigned n = uniform(3, maxNodes);
  Graph g;
  std::vector<BufferId> single, shared;
  std::vector<NodeId> freeNodes;
  auto size = [&]() -> uint64_t { return 10 * uniform(0, 6); };
  auto take = [&](std::vector<BufferId> &from) {
    size_t k = uniform(0, from.size() - 1);
    BufferId b = from[k];
    from.erase(from.begin() + k);
    return b;
  };
  for (unsigned e = uniform(0, 2); e > 0; --e)
    shared.push_back(g.addBuffer(size(), kEntry, uniform(0, 5) == 0));
  for (unsigned i = 0; i < n; ++i) {
    NodeId v = g.addNode();
    bool liveOut = uniform(0, 9) == 0;
    switch (uniform(0, 4)) {
    case 0: // product of a shared value
      if (shared.empty())
        break;
      g.addUse(v, shared[uniform(0, shared.size() - 1)]);
      single.push_back(g.addBuffer(size(), v, liveOut));
      continue;
    case 1: // sum of two single-use values
      if (single.size() < 2)
        break;
      g.addUse(v, take(single));
      g.addUse(v, take(single));
      (uniform(0, 1) ? single : shared)
          .push_back(g.addBuffer(size(), v, liveOut));
      continue;
    case 2: // single-input op, sometimes with a shared second operand
      if (single.empty())
        break;
      g.addUse(v, take(single));
      if (uniform(0, 3) == 0 && !shared.empty())
        g.addUse(v, shared[uniform(0, shared.size() - 1)]);
      (uniform(0, 2) ? single : shared)
          .push_back(g.addBuffer(size(), v, liveOut));
      continue;
    case 3: // touches no buffer
      freeNodes.push_back(v);
      continue;
    default:
      break;
    }
    // A producer of a shared value.
    if (!shared.empty() && uniform(0, 2))
      g.addUse(v, shared[uniform(0, shared.size() - 1)]);
    shared.push_back(g.addBuffer(size(), v, liveOut));
    if (uniform(0, 4) == 0)
      g.addBuffer(size(), v);
  }
  for (NodeId f : freeNodes) {
    if (f > 0 && uniform(0, 1))
      g.addEdge(uniform(0, f - 1), f);
    for (unsigned k = uniform(0, 2); k > 0 && f + 1 < n; --k)
      g.addEdge(f, uniform(f + 1, n - 1));
  }
  g.finalize();
  return g;
}

TEST(SchedulerTest, AggregationDagsMatchBruteForce) {
  std::mt19937_64 rng(2024);
  unsigned delayed = 0, freeSplit = 0;
  for (int i = 0; i < 4000; ++i) {
    Graph g = aggregationGraph(rng, 9);
    uint64_t best = bruteForceSubsets(g);
    Decomposition d = decompose(g, true, true);
    delayed += d.delayMerges > 0;
    freeSplit += d.freeUnits > 0 && d.parts.size() > 1;
    expectOptimalUnderAllOptions(g, best, i);
    if (::testing::Test::HasFailure())
      return;
  }
  EXPECT_GT(delayed, 1500u);
  EXPECT_GT(freeSplit, 250u);
}

TEST(SchedulerTest, ProductsAreMergedIntoTheirSum) {
  // A RandWire node: the sum of two products of values that other nodes
  // read too, then a chain. Each product may run just before the sum (it
  // frees at most what it allocates, and no more than the sum allocates):
  // the node becomes one unit that waits for both of its inputs.
  Graph g;
  BufferId in = g.addBuffer(64);
  NodeId p1 = g.addNode("p1"), p2 = g.addNode("p2");
  g.addUse(p1, in);
  g.addUse(p2, in);
  BufferId x1 = g.addBuffer(64, p1), x2 = g.addBuffer(64, p2);
  NodeId m1 = g.addNode("m1"), m2 = g.addNode("m2"), sum = g.addNode("sum"),
         relu = g.addNode("relu"), other = g.addNode("other");
  g.addUse(m1, x1);
  g.addUse(m2, x2);
  BufferId b1 = g.addBuffer(64, m1), b2 = g.addBuffer(64, m2);
  g.addUse(sum, b1);
  g.addUse(sum, b2);
  BufferId s = g.addBuffer(64, sum);
  g.addUse(relu, s);
  g.addBuffer(64, relu, /*liveOut=*/true);
  g.addUse(other, x1);
  g.addUse(other, x2);
  g.addBuffer(64, other, /*liveOut=*/true);
  g.finalize();
  Decomposition d = decompose(g, true, true);
  EXPECT_EQ(d.delayMerges, 2u);
  ScheduleResult r = schedule(g);
  expectWellFormed(g, r);
  EXPECT_EQ(r.stats.nodesAfterMerging, 4u); // p1, p2, other, m1 m2 sum relu
  EXPECT_EQ(r.peak, bruteForceEnumerate(g));
  EXPECT_TRUE(r.optimal);
}

TEST(SchedulerTest, DelayedUnitIsNotMergedWhenItFreesMemory) {
  // u frees a 30-byte argument and is the only predecessor of w: delaying u
  // to just before w keeps the argument alive while x runs. The optimum
  // (30) runs x between them; u, w, x and x, u, w cost 50. Fails if the
  // "never shrinks memory" half of C3 is dropped.
  Graph g;
  NodeId u = g.addNode("u"), w = g.addNode("w"), x = g.addNode("x");
  BufferId arg = g.addBuffer(30);
  BufferId link = g.addBuffer(0, u);
  g.addBuffer(30, w, /*liveOut=*/true);
  g.addBuffer(20, x);
  g.addUse(u, arg);
  g.addUse(w, link);
  g.finalize();
  ScheduleResult r = expectScheduledAtOptimum(g, 30u);
  EXPECT_EQ(r.order, (std::vector<NodeId>{u, x, w}));
  EXPECT_EQ(r.stats.nodesAfterMerging, 3u);
}

TEST(SchedulerTest, DelayedUnitIsNotMergedWhenItRaisesThePeak) {
  // t allocates 50 bytes nobody reads and must run before s (an ordering
  // edge); s also waits for a, whose 60 bytes b and s read. Run first, t
  // costs 50; delayed to just before s it runs next to a's buffer (110)
  // while s itself only allocates 20. Fails if the D(M) <= a(first step)
  // half of C3 is dropped.
  Graph g;
  NodeId a = g.addNode("a"), b = g.addNode("b"), t = g.addNode("t"),
         s = g.addNode("s");
  BufferId ba = g.addBuffer(60, a);
  g.addBuffer(20, b);
  g.addBuffer(50, t);
  g.addBuffer(20, s);
  g.addUse(b, ba);
  g.addUse(s, ba);
  g.addEdge(t, s);
  g.finalize();
  ScheduleResult r = expectScheduledAtOptimum(g, 80u);
  EXPECT_TRUE(r.optimal);
}

TEST(SchedulerTest, NodesWithoutBuffersDoNotPreventCuts) {
  // Like the classifier of an imported network: a weight reshape (no
  // buffer, no operand) that only the last nodes depend on. It is
  // comparable with nothing, yet every diamond output is still a cut.
  Graph g;
  BufferId in = g.addBuffer(100);
  NodeId reshape = g.addNode("reshape");
  NodeId prev = g.addNode("stem");
  g.addUse(prev, in);
  BufferId prevOut = g.addBuffer(50, prev);
  for (int k = 0; k < 4; ++k) {
    NodeId l = g.addNode(), r = g.addNode(), j = g.addNode();
    BufferId bl = g.addBuffer(40 + 10 * k, l), br = g.addBuffer(60 - 5 * k, r);
    g.addUse(l, prevOut);
    g.addUse(r, prevOut);
    g.addUse(j, bl);
    g.addUse(j, br);
    prevOut = g.addBuffer(50, j, k == 3);
    prev = j;
  }
  NodeId head = g.addNode("matmul"), bias = g.addNode("add");
  g.addUse(head, prevOut);
  BufferId h = g.addBuffer(10, head);
  g.addUse(bias, h);
  g.addBuffer(10, bias, /*liveOut=*/true);
  g.addEdge(reshape, head);
  g.addEdge(reshape, bias);
  g.finalize();
  Decomposition d = decompose(g, true, true);
  EXPECT_EQ(d.freeUnits, 1u);
  ScheduleResult r = schedule(g);
  expectWellFormed(g, r);
  EXPECT_GE(r.stats.numParts, 5u);
  EXPECT_TRUE(r.optimal);
  EXPECT_EQ(r.peak, bruteForceSubsets(g));
}

TEST(SchedulerTest, NodeThatAllocatesIsNotFree) {
  // z reads nothing but allocates 60 bytes: it is not free to move. The
  // optimum (70) runs it first, before a's live-out buffer exists; treating
  // z as free (and cutting after a and b) would give 110.
  Graph g;
  NodeId a = g.addNode("a"), b = g.addNode("b"), z = g.addNode("z");
  BufferId ba = g.addBuffer(50, a, /*liveOut=*/true);
  g.addBuffer(20, b);
  g.addBuffer(60, z);
  g.addUse(b, ba);
  g.finalize();
  ScheduleResult r = expectScheduledAtOptimum(g, 70u);
  EXPECT_EQ(r.order, (std::vector<NodeId>{z, a, b}));
}

TEST(SchedulerTest, ReductionsAgreeOnMediumDags) {
  std::mt19937_64 rng(99);
  Shape shape;
  shape.minNodes = 20;
  shape.maxNodes = 40;
  shape.maxUsers = 2;
  for (int i = 0; i < 150; ++i) {
    Graph g = randomGraph(rng, shape);
    SchedulerOptions plain;
    plain.softBudget = plain.divideAndConquer = plain.mergeChains = false;
    ScheduleResult reference = schedule(g, plain);
    ASSERT_TRUE(reference.optimal) << "graph " << i;
    ScheduleResult r = schedule(g);
    expectWellFormed(g, r);
    EXPECT_TRUE(r.optimal);
    EXPECT_EQ(r.peak, reference.peak) << "graph " << i;
  }
}

TEST(SchedulerTest, HeuristicsReturnValidOrders) {
  std::mt19937_64 rng(5);
  Shape shape;
  shape.maxNodes = 60;
  for (int i = 0; i < 300; ++i) {
    Graph g = randomGraph(rng, shape);
    EXPECT_EQ(llvm::toString(checkOrder(g, reversePostOrder(g))), "");
    EXPECT_EQ(llvm::toString(checkOrder(g, greedyListOrder(g))), "");
    SchedulerOptions options;
    options.algorithm = Algorithm::Heuristic;
    ScheduleResult h = schedule(g, options);
    expectWellFormed(g, h);
    ScheduleResult e = schedule(g);
    expectWellFormed(g, e);
    EXPECT_LE(e.peak, h.peak);
    EXPECT_GE(h.peak, e.lowerBound);
  }
}

/// A random graph shaped like linalg on tensors: op i reads earlier results
/// and writes into an init allocated by its own `tensor.empty` node (and
/// sometimes filled first by a `linalg.fill` node); the op's result aliases
/// the init, so every later reader of the result touches the empty's buffer.
Graph randomLinalgGraph(std::mt19937_64 &rng, unsigned ops) {
  auto uniform = [&](uint64_t lo, uint64_t hi) {
    return std::uniform_int_distribution<uint64_t>(lo, hi)(rng);
  };
  auto coin = [&](double p) { return std::bernoulli_distribution(p)(rng); };
  Graph g;
  BufferId input = g.addBuffer(uniform(1, 100));
  std::vector<BufferId> results;
  std::map<BufferId, NodeId> writer;
  for (unsigned i = 0; i < ops; ++i) {
    std::vector<BufferId> reads;
    if (results.empty() || coin(0.3))
      reads.push_back(input);
    for (unsigned k = uniform(1, 2); k > 0 && !results.empty(); --k)
      reads.push_back(results[coin(0.6) ? results.size() - 1
                                        : uniform(0, results.size() - 1)]);
    NodeId empty = g.addNode("empty" + std::to_string(i));
    BufferId init = g.addBuffer(uniform(1, 100), empty);
    if (coin(0.4))
      g.addUse(g.addNode("fill" + std::to_string(i)), init);
    NodeId op = g.addNode("op" + std::to_string(i));
    for (BufferId b : reads) {
      g.addUse(op, b);
      // The SSA use of the op that wrote the buffer (its result).
      if (b != input)
        g.addEdge(writer[b], op);
    }
    g.addUse(op, init);
    writer[init] = op;
    // Sometimes a workspace the op allocates and frees itself.
    if (coin(0.2))
      g.addBuffer(uniform(1, 100), op);
    results.push_back(init);
  }
  g.setLiveOut(results.back());
  g.finalize();
  return g;
}

TEST(SchedulerTest, PureAllocationsAreGluedToTheirFirstConsumer) {
  // e allocates what w writes (a DPS init); x reads w's result, i.e. the
  // same buffer, so e -> x is an edge too: e has two successors, and w
  // reaches x. a is an unrelated branch from the argument.
  Graph g;
  NodeId e = g.addNode("empty"), a = g.addNode("a"), w = g.addNode("w"),
         x = g.addNode("x");
  BufferId arg = g.addBuffer(10);
  BufferId init = g.addBuffer(50, e);
  BufferId ba = g.addBuffer(40, a);
  g.addBuffer(30, a); // a's workspace
  g.addBuffer(5, x, /*liveOut=*/true);
  g.addUse(a, arg);
  g.addUse(w, arg);
  g.addUse(w, init);
  g.addUse(x, init);
  g.addUse(x, ba);
  g.addEdge(w, x); // x reads w's result (the SSA use)
  g.finalize();
  // The input order allocates e before a: 10 + 50 + 40 + 30 = 130 during a;
  // with e delayed to w, a costs 80 and e and w 100.
  EXPECT_EQ(g.succs(e).size(), 2u);
  ScheduleResult r = expectScheduledAtOptimum(g, 100u);
  EXPECT_EQ(r.inputPeak, 130u);
  EXPECT_TRUE(r.optimal);
  // a runs before the empty, and the empty right before w.
  auto at = [&](NodeId n) {
    return std::find(r.order.begin(), r.order.end(), n) - r.order.begin();
  };
  EXPECT_LT(at(a), at(e));
  EXPECT_EQ(at(e) + 1, at(w));
  EXPECT_LT(r.stats.nodesAfterMerging, g.numNodes());
}

TEST(SchedulerTest, ExactMatchesBruteForceOnLinalgLikeDags) {
  std::mt19937_64 rng(22);
  unsigned glued = 0;
  for (int i = 0; i < 1500; ++i) {
    Graph g = randomLinalgGraph(rng, 2 + i % 4);
    if (g.numNodes() > 13)
      continue;
    uint64_t best = bruteForceSubsets(g);
    ScheduleResult r = expectOptimalUnderAllOptions(g, best, i);
    if (::testing::Test::HasFailure())
      return;
    glued += r.stats.nodesAfterMerging < g.numNodes();
  }
  // The contraction is exercised, not skipped.
  EXPECT_GT(glued, 500u);
}

TEST(SchedulerTest, GreedyAndReversePostOrderGoDepthFirst) {
  // Two branches p1 -> q1, p2 -> q2 joined by r, numbered breadth first:
  // the input order is 201, depth first is 102.
  Graph g;
  NodeId p1 = g.addNode(), p2 = g.addNode(), q1 = g.addNode(), q2 = g.addNode(),
         r = g.addNode();
  BufferId bp1 = g.addBuffer(100, p1), bp2 = g.addBuffer(100, p2);
  BufferId bq1 = g.addBuffer(1, q1), bq2 = g.addBuffer(1, q2);
  g.addBuffer(1, r, /*liveOut=*/true);
  g.addUse(q1, bp1);
  g.addUse(q2, bp2);
  g.addUse(r, bq1);
  g.addUse(r, bq2);
  g.finalize();
  EXPECT_EQ(peakOf(g, identityOrder(g)), 201u);
  EXPECT_EQ(greedyListOrder(g), (std::vector<NodeId>{p1, q1, p2, q2, r}));
  EXPECT_EQ(peakOf(g, reversePostOrder(g)), 102u);
  ScheduleResult s = schedule(g);
  EXPECT_EQ(s.peak, 102u);
  EXPECT_TRUE(s.optimal);
  EXPECT_EQ(s.inputPeak, 201u);
  EXPECT_NE(s.method, "input-order");
}

TEST(SchedulerTest, InputOrderAlgorithmKeepsTheInput) {
  std::mt19937_64 rng(11);
  Shape shape;
  shape.shuffleIds = false;
  for (int i = 0; i < 50; ++i) {
    Graph g = randomGraph(rng, shape);
    SchedulerOptions options;
    options.algorithm = Algorithm::InputOrder;
    ScheduleResult r = schedule(g, options);
    expectWellFormed(g, r);
    EXPECT_EQ(r.order, identityOrder(g));
    EXPECT_EQ(r.method, "input-order");
    EXPECT_EQ(r.peak, peakOf(g, identityOrder(g)));
  }
}

TEST(SchedulerTest, Deterministic) {
  std::mt19937_64 rng(3);
  Shape shape;
  shape.minNodes = 150;
  shape.maxNodes = 200;
  unsigned beams = 0;
  for (int i = 0; i < 4; ++i) {
    Graph g = randomGraph(rng, shape);
    for (uint64_t maxStates : {uint64_t(50), uint64_t(20000)}) {
      SchedulerOptions options;
      options.maxStates = maxStates;
      ScheduleResult a = schedule(g, options), b = schedule(g, options);
      expectWellFormed(g, a);
      beams += a.method == "beam";
      EXPECT_EQ(a.order, b.order);
      EXPECT_EQ(a.peak, b.peak);
      EXPECT_EQ(a.lowerBound, b.lowerBound);
      EXPECT_EQ(a.method, b.method);
      EXPECT_EQ(a.stats.statesExplored, b.stats.statesExplored);
    }
  }
  // The bounded search must have been exercised.
  EXPECT_GT(beams, 0u);
}

TEST(SchedulerTest, RescheduleOptimalOrderIsIdentity) {
  std::mt19937_64 rng(17);
  Shape shape;
  shape.maxNodes = 30;
  unsigned changed = 0;
  for (int i = 0; i < 300; ++i) {
    Graph g = randomGraph(rng, shape);
    ScheduleResult first = schedule(g);
    ASSERT_TRUE(first.optimal);
    changed += first.order != identityOrder(g);
    Graph h = renumber(g, first.order);
    ScheduleResult second = schedule(h);
    EXPECT_EQ(second.order, identityOrder(h)) << "graph " << i;
    EXPECT_EQ(second.method, "input-order");
    EXPECT_EQ(second.peak, first.peak);
    EXPECT_TRUE(second.optimal);
  }
  EXPECT_GT(changed, 100u);
}

TEST(SchedulerTest, ReordersOnlyTheBottleneckPart) {
  // Part 1: a -> {b, c} -> d. c is the only user of a 40-byte argument, so
  // running c before b frees it before b allocates: a, c, b peaks at 170
  // instead of 210. Part 2: d -> p1 -> q1, d -> p2 -> q2, {q1, q2} -> r,
  // numbered breadth first: its input order peaks at 41 where depth first
  // would give 22, but 41 is far below the peak, so it keeps its order.
  Graph g;
  NodeId a = g.addNode("a"), b = g.addNode("b"), c = g.addNode("c"),
         d = g.addNode("d"), p1 = g.addNode("p1"), p2 = g.addNode("p2"),
         q1 = g.addNode("q1"), q2 = g.addNode("q2"), r = g.addNode("r");
  BufferId big = g.addBuffer(40);
  BufferId ba = g.addBuffer(100, a), bb = g.addBuffer(60, b),
           bc = g.addBuffer(10, c), bd = g.addBuffer(1, d);
  BufferId bp1 = g.addBuffer(20, p1), bp2 = g.addBuffer(20, p2);
  BufferId bq1 = g.addBuffer(1, q1), bq2 = g.addBuffer(1, q2);
  g.addBuffer(1, r, /*liveOut=*/true);
  g.addUse(b, ba);
  g.addUse(c, ba);
  g.addUse(c, big);
  g.addUse(d, bb);
  g.addUse(d, bc);
  g.addUse(p1, bd);
  g.addUse(p2, bd);
  g.addUse(q1, bp1);
  g.addUse(q2, bp2);
  g.addUse(r, bq1);
  g.addUse(r, bq2);
  g.finalize();
  EXPECT_EQ(peakOf(g, identityOrder(g)), 210u);
  ScheduleResult s = schedule(g);
  expectWellFormed(g, s);
  EXPECT_TRUE(s.optimal);
  EXPECT_EQ(s.peak, 170u);
  EXPECT_EQ(s.peak, bruteForceSubsets(g));
  EXPECT_GE(s.stats.numParts, 2u);
  std::vector<NodeId> expected = {a, c, b, d, p1, p2, q1, q2, r};
  EXPECT_EQ(s.order, expected);
  // Alone, the second part would be reordered depth first.
  EXPECT_EQ(peakOf(g, {a, c, b, d, p1, q1, p2, q2, r}), 170u);
}

TEST(SchedulerTest, OrderingEdgesAreRespected) {
  // Same two branches as above; ordering edges p1 -> p2 -> q1 force both
  // big buffers to be live together.
  Graph g;
  NodeId p1 = g.addNode(), q1 = g.addNode(), p2 = g.addNode(), q2 = g.addNode(),
         r = g.addNode();
  BufferId bp1 = g.addBuffer(100, p1), bp2 = g.addBuffer(100, p2);
  BufferId bq1 = g.addBuffer(1, q1), bq2 = g.addBuffer(1, q2);
  g.addBuffer(1, r, /*liveOut=*/true);
  g.addUse(q1, bp1);
  g.addUse(q2, bp2);
  g.addUse(r, bq1);
  g.addUse(r, bq2);
  g.addEdge(p1, p2);
  g.addEdge(p2, q1);
  g.finalize();
  ScheduleResult s = schedule(g);
  expectWellFormed(g, s);
  EXPECT_EQ(s.peak, bruteForceEnumerate(g));
  EXPECT_EQ(s.peak, 201u);
}

TEST(SchedulerTest, ChainIsNotMergedWhenUnsafe) {
  // u -> w is a chain, but w allocates a lot and u frees an argument: the
  // optimum runs x between them (u, x, w: 170), while both u, w, x and
  // x, u, w cost 210.
  Graph g;
  NodeId u = g.addNode("u"), w = g.addNode("w"), x = g.addNode("x");
  BufferId e1 = g.addBuffer(50), b = g.addBuffer(100);
  BufferId a = g.addBuffer(10, u);
  g.addBuffer(100, w, /*liveOut=*/true);
  g.addBuffer(60, x, /*liveOut=*/true);
  g.addUse(u, e1);
  g.addUse(w, a);
  g.addUse(x, b);
  g.finalize();
  ScheduleResult r = expectScheduledAtOptimum(g, 170u);
  EXPECT_EQ(r.order, (std::vector<NodeId>{u, x, w}));
  EXPECT_EQ(r.stats.nodesAfterMerging, 3u);
}

TEST(SchedulerTest, ChainIsNotMergedWhenItGrowsMemory) {
  // u -> w is a chain and w never raises the peak right after u, but w
  // allocates more than it frees: running x between them (190) beats both
  // x, u, w (250) and u, w, x (200).
  Graph g;
  NodeId u = g.addNode("u"), w = g.addNode("w"), x = g.addNode("x");
  BufferId e = g.addBuffer(100), b = g.addBuffer(80);
  BufferId a = g.addBuffer(10, u);
  g.addBuffer(50, w, /*liveOut=*/true);
  g.addBuffer(70, x, /*liveOut=*/true);
  g.addUse(u, e);
  g.addUse(w, a);
  g.addUse(x, b);
  g.finalize();
  ScheduleResult r = expectScheduledAtOptimum(g, 190u);
  EXPECT_EQ(r.order, (std::vector<NodeId>{u, x, w}));
  EXPECT_EQ(r.stats.nodesAfterMerging, 3u);
}

TEST(SchedulerTest, ChainIsNotMergedWhenItRaisesThePeak) {
  // n1 -> n2 -> n3 is a chain where n2 frees what it allocates but, right
  // after n1, raises the peak; the optimum (370) runs n0 in the middle of
  // the chain. Found by a random search against a merge rule that only
  // checked the net bytes of n2.
  Graph g;
  std::vector<NodeId> n;
  for (int i = 0; i < 5; ++i)
    n.push_back(g.addNode());
  BufferId e0 = g.addBuffer(80), e1 = g.addBuffer(80), e2 = g.addBuffer(40);
  BufferId b0 = g.addBuffer(50, n[0]), b1 = g.addBuffer(70, n[1]),
           b2 = g.addBuffer(100, n[2]), b3 = g.addBuffer(80, n[3], true);
  g.addBuffer(40, n[4], /*liveOut=*/true);
  g.addUse(n[3], e0);
  g.addUse(n[0], e1);
  g.addUse(n[2], e1);
  g.addUse(n[4], e2);
  g.addUse(n[4], b0);
  g.addUse(n[2], b1);
  g.addUse(n[3], b2);
  g.addUse(n[4], b3);
  g.finalize();
  ScheduleResult r = expectScheduledAtOptimum(g, 370u);
  EXPECT_TRUE(r.optimal);
}

TEST(SchedulerTest, EqualSizeChainIsMerged) {
  Graph g;
  std::vector<NodeId> n;
  for (int i = 0; i < 6; ++i)
    n.push_back(g.addNode());
  BufferId in = g.addBuffer(8);
  g.addUse(n[0], in);
  for (int i = 0; i < 6; ++i) {
    BufferId b = g.addBuffer(8, n[i], i == 5);
    if (i < 5)
      g.addUse(n[i + 1], b);
  }
  g.finalize();
  ScheduleResult r = schedule(g);
  expectWellFormed(g, r);
  EXPECT_EQ(r.stats.nodesAfterMerging, 1u);
  EXPECT_EQ(r.peak, 16u);
  EXPECT_TRUE(r.optimal);
}

TEST(SchedulerTest, CutsKeepEntryAndLiveOutBuffersAsBackground) {
  // A chain of diamonds; an argument used by the first and the last diamond
  // and a live-out buffer of the first diamond are live across every cut.
  Graph g;
  BufferId arg = g.addBuffer(1000);
  NodeId prev = g.addNode("src");
  g.addUse(prev, arg);
  BufferId prevOut = g.addBuffer(10, prev);
  BufferId keep = 0;
  for (int k = 0; k < 5; ++k) {
    NodeId l = g.addNode(), r = g.addNode(), j = g.addNode();
    BufferId bl = g.addBuffer(20 + 3 * k, l), br = g.addBuffer(30 - 2 * k, r);
    g.addUse(l, prevOut);
    g.addUse(r, prevOut);
    g.addUse(j, bl);
    g.addUse(j, br);
    if (k == 0)
      keep = g.addBuffer(500, l, /*liveOut=*/true);
    if (k == 4)
      g.addUse(j, arg);
    prevOut = g.addBuffer(10, j, k == 4);
    prev = j;
  }
  (void)keep;
  g.finalize();
  ScheduleResult r = schedule(g);
  expectWellFormed(g, r);
  EXPECT_GE(r.stats.numParts, 5u);
  EXPECT_TRUE(r.optimal);
  EXPECT_EQ(r.peak, bruteForceSubsets(g));
}

TEST(SchedulerTest, LimitsGiveBoundsNotClaims) {
  std::mt19937_64 rng(23);
  Shape shape;
  shape.minNodes = 25;
  shape.maxNodes = 40;
  unsigned hard = 0;
  for (int i = 0; i < 200; ++i) {
    Graph g = randomGraph(rng, shape);
    ScheduleResult exact = schedule(g);
    ASSERT_TRUE(exact.optimal);
    SchedulerOptions tiny;
    tiny.maxStates = 1;
    tiny.beamWidth = 4;
    ScheduleResult r = schedule(g, tiny);
    expectWellFormed(g, r);
    EXPECT_GE(r.peak, exact.peak);
    EXPECT_LE(r.lowerBound, exact.peak);
    // A search of one state proves only what the bounds before it prove
    // (static and min-cut); on many of these graphs they do not, and the
    // result must then not claim optimality (the bound stays at or below
    // the optimum, checked above).
    if (r.optimal) {
      EXPECT_EQ(r.peak, exact.peak) << "graph " << i;
    } else {
      ++hard;
    }
  }
  EXPECT_GT(hard, 20u);
}

TEST(SchedulerTest, TimeLimitStillGivesValidOrder) {
  std::mt19937_64 rng(31);
  Shape shape;
  shape.minNodes = 300;
  shape.maxNodes = 300;
  Graph g = randomGraph(rng, shape);
  SchedulerOptions options;
  options.timeLimitSeconds = 1e-9;
  ScheduleResult r = schedule(g, options);
  expectWellFormed(g, r);
}

TEST(SchedulerTest, EmptyGraph) {
  Graph g;
  g.addBuffer(5);
  g.finalize();
  ScheduleResult r = schedule(g);
  EXPECT_TRUE(r.order.empty());
  EXPECT_EQ(r.peak, 5u);
  EXPECT_TRUE(r.optimal);
}

} // namespace
