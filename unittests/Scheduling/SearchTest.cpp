//===- SearchTest.cpp - Decomposition and part-level searches ---*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// The pieces under schedule(): a decomposition must cover every node once,
// in parts whose local costs plus background are exactly what simulate()
// measures; the window improvement with a window as large as the part is the
// exact search; beam and window searches return valid orders no worse than
// their start.
//
//===----------------------------------------------------------------------===//

#include "CutBound.h"
#include "Problem.h"
#include "StateBound.h"
#include "serenity/Scheduling/Scheduler.h"

#include "gtest/gtest.h"

#include <algorithm>
#include <functional>
#include <numeric>
#include <random>

using namespace serenity::sched;

namespace {

uint64_t uniform(std::mt19937_64 &rng, uint64_t lo, uint64_t hi) {
  return std::uniform_int_distribution<uint64_t>(lo, hi)(rng);
}

/// Random DAG in id order with entry, live-out, unused and multi-user
/// buffers, chains (so that merging applies) and ordering edges.
Graph randomGraph(std::mt19937_64 &rng, unsigned minNodes, unsigned maxNodes) {
  unsigned n = uniform(rng, minNodes, maxNodes);
  Graph g;
  for (unsigned i = 0; i < n; ++i)
    g.addNode();
  for (unsigned e = uniform(rng, 0, 3); e > 0; --e) {
    BufferId b =
        g.addBuffer(uniform(rng, 0, 60), kEntry, uniform(rng, 0, 4) == 0);
    for (unsigned u = uniform(rng, 0, 2); u > 0; --u)
      g.addUse(uniform(rng, 0, n - 1), b);
  }
  for (unsigned i = 0; i < n; ++i) {
    for (unsigned o = uniform(rng, 1, 2); o > 0; --o) {
      BufferId b = g.addBuffer(uniform(rng, 0, 60), i, uniform(rng, 0, 9) == 0);
      if (i + 1 == n)
        continue;
      if (uniform(rng, 0, 2) == 0) {
        g.addUse(i + 1, b); // chain
        continue;
      }
      for (unsigned u = uniform(rng, 1, 3); u > 0; --u)
        g.addUse(uniform(rng, i + 1, std::min(n - 1, i + 4)), b);
    }
  }
  if (n > 2 && uniform(rng, 0, 3) == 0) {
    unsigned i = uniform(rng, 0, n - 2);
    g.addEdge(i, uniform(rng, i + 1, n - 1));
  }
  g.finalize();
  return g;
}

/// Like randomGraph, plus products (one input, one output read by a single
/// later node) and nodes that touch no buffer, tied to the rest by ordering
/// edges: multi-entry units (C3) and free units in the cut test.
Graph randomGraphWithProducts(std::mt19937_64 &rng, unsigned maxNodes) {
  unsigned n = uniform(rng, 2, maxNodes);
  Graph g;
  for (unsigned i = 0; i < n; ++i)
    g.addNode();
  BufferId arg = g.addBuffer(uniform(rng, 0, 60));
  g.addUse(0, arg);
  for (unsigned i = 0; i + 1 < n; ++i) {
    switch (uniform(rng, 0, 3)) {
    case 0: // touches no buffer
      if (i > 0 && uniform(rng, 0, 1))
        g.addEdge(uniform(rng, 0, i - 1), i);
      for (unsigned k = uniform(rng, 1, 2); k > 0; --k)
        g.addEdge(i, uniform(rng, i + 1, n - 1));
      break;
    case 1: { // product: read by exactly one later node
      BufferId b = g.addBuffer(uniform(rng, 0, 60), i);
      g.addUse(uniform(rng, i + 1, std::min(n - 1, i + 4)), b);
      break;
    }
    default: {
      BufferId b = g.addBuffer(uniform(rng, 0, 60), i, uniform(rng, 0, 9) == 0);
      for (unsigned u = uniform(rng, 1, 3); u > 0; --u)
        g.addUse(uniform(rng, i + 1, std::min(n - 1, i + 5)), b);
      break;
    }
    }
  }
  g.addBuffer(uniform(rng, 0, 60), n - 1, /*liveOut=*/true);
  g.finalize();
  return g;
}

std::vector<uint32_t> identityUnits(const Problem &p) {
  std::vector<uint32_t> order(p.numUnits());
  std::iota(order.begin(), order.end(), 0);
  return order;
}

/// Every decomposition of `g`: the parts cover the graph, a random valid
/// unit order per part, concatenated, is a valid order, each part's
/// background plus local cost is what simulate() measures over it, and the
/// static bound holds. Counts multi-part and merged decompositions.
void checkParts(const Graph &g, std::mt19937_64 &rng, int i,
                unsigned &multiPart, unsigned &merged) {
  for (int flags = 0; flags < 4; ++flags) {
    Decomposition d = decompose(g, flags & 1, flags & 2);
    ASSERT_TRUE(d.acyclic);
    multiPart += d.parts.size() > 1;
    merged += d.numUnits < g.numNodes();
    // Each part in a random valid unit order; together a valid order.
    std::vector<NodeId> order;
    std::vector<std::pair<size_t, uint64_t>> expected;
    for (const Problem &p : d.parts) {
      std::vector<uint32_t> indegree(p.numUnits()), ready, units;
      for (uint32_t u = 0; u < p.numUnits(); ++u)
        if ((indegree[u] = p.preds(u).size()) == 0)
          ready.push_back(u);
      while (!ready.empty()) {
        size_t k = uniform(rng, 0, ready.size() - 1);
        uint32_t u = ready[k];
        ready.erase(ready.begin() + k);
        units.push_back(u);
        for (uint32_t s : p.succs(u))
          if (--indegree[s] == 0)
            ready.push_back(s);
      }
      ASSERT_EQ(units.size(), p.numUnits());
      std::vector<NodeId> nodes = expandOrder(p, units);
      expected.push_back(
          {nodes.size(), p.background + evaluateOrder(p, units)});
      order.insert(order.end(), nodes.begin(), nodes.end());
    }
    ASSERT_EQ(llvm::toString(checkOrder(g, order)), "") << "graph " << i;
    Timeline t = simulate(g, order);
    size_t step = 0;
    for (auto [size, cost] : expected) {
      uint64_t measured = 0;
      for (size_t k = 0; k < size; ++k)
        measured = std::max(measured, t.during[step + k]);
      step += size;
      if (size) {
        EXPECT_EQ(measured, cost) << "graph " << i << " flags " << flags;
      }
    }
    // The static bound holds for this order too.
    for (const Problem &p : d.parts)
      EXPECT_LE(p.staticLowerBound, evaluateOrder(p, identityUnits(p)));
  }
}

TEST(DecomposeTest, PartsCoverTheGraphAndCostWhatSimulateMeasures) {
  std::mt19937_64 rng(41);
  unsigned multiPart = 0, merged = 0;
  for (int i = 0; i < 2000; ++i) {
    Graph g = randomGraph(rng, 1, 25);
    checkParts(g, rng, i, multiPart, merged);
  }
  EXPECT_GT(multiPart, 500u);
  EXPECT_GT(merged, 500u);
}

TEST(DecomposeTest, MultiEntryUnitsAndFreeNodesCostWhatSimulateMeasures) {
  std::mt19937_64 rng(71);
  unsigned multiPart = 0, merged = 0, delayed = 0, freeUnits = 0;
  for (int i = 0; i < 2000; ++i) {
    Graph g = randomGraphWithProducts(rng, 25);
    checkParts(g, rng, i, multiPart, merged);
    Decomposition d = decompose(g, true, true);
    delayed += d.delayMerges > 0;
    freeUnits += d.freeUnits > 0 && d.parts.size() > 1;
  }
  EXPECT_GT(multiPart, 500u);
  EXPECT_GT(delayed, 500u);
  EXPECT_GT(freeUnits, 200u);
}

TEST(DecomposeTest, InputOrderIsTheIdentityWhenValid) {
  Graph g;
  NodeId a = g.addNode(), b = g.addNode(), c = g.addNode();
  g.addEdge(c, a); // identity is not topological
  g.addEdge(a, b);
  g.finalize();
  Decomposition d = decompose(g, true, true);
  EXPECT_FALSE(d.inputIsIdentity);
  EXPECT_EQ(d.inputOrder, (std::vector<NodeId>{c, a, b}));
  Graph h;
  h.addNode();
  h.addNode();
  h.finalize();
  EXPECT_TRUE(decompose(h, true, true).inputIsIdentity);
}

TEST(SearchTest, FullWindowIsTheExactSearch) {
  std::mt19937_64 rng(43);
  unsigned improved = 0;
  for (int i = 0; i < 500; ++i) {
    Graph g = randomGraph(rng, 6, 16);
    Decomposition d = decompose(g, false, false);
    const Problem &p = d.parts.front();
    SearchResult exact = exactSearch(p, {});
    ASSERT_EQ(exact.status, SearchResult::Solved);
    std::vector<uint32_t> start = greedyOrder(p);
    uint64_t startCost = evaluateOrder(p, start);
    SearchResult w = improveByWindows(p, start, p.numUnits(), {});
    if (startCost == exact.value) {
      EXPECT_TRUE(w.order.empty());
      continue;
    }
    ++improved;
    ASSERT_FALSE(w.order.empty()) << "graph " << i;
    EXPECT_EQ(llvm::toString(checkOrder(g, expandOrder(p, w.order))), "");
    EXPECT_EQ(evaluateOrder(p, w.order), exact.value) << "graph " << i;
    EXPECT_EQ(w.value, exact.value);
  }
  EXPECT_GT(improved, 50u);
}

TEST(SearchTest, SmallWindowsAndBeamNeverWorsen) {
  std::mt19937_64 rng(47);
  unsigned windowGains = 0;
  for (int i = 0; i < 200; ++i) {
    Graph g = randomGraph(rng, 30, 60);
    Decomposition d = decompose(g, true, false);
    const Problem &p = d.parts.front();
    std::vector<uint32_t> start = identityUnits(p);
    uint64_t startCost = evaluateOrder(p, start);
    SearchResult w = improveByWindows(p, start, 6, {});
    if (!w.order.empty()) {
      ++windowGains;
      EXPECT_EQ(llvm::toString(checkOrder(g, expandOrder(p, w.order))), "");
      EXPECT_EQ(evaluateOrder(p, w.order), w.value);
      EXPECT_LT(w.value, startCost);
    }
    for (unsigned width : {1u, 8u}) {
      SearchOptions options;
      options.upperBound = startCost;
      SearchResult b = beamSearch(p, width, options);
      EXPECT_EQ(b.status, SearchResult::LimitHit);
      if (b.order.empty())
        continue;
      EXPECT_EQ(llvm::toString(checkOrder(g, expandOrder(p, b.order))), "");
      EXPECT_EQ(evaluateOrder(p, b.order), b.value);
      EXPECT_LT(b.value, startCost);
    }
  }
  EXPECT_GT(windowGains, 20u);
}

TEST(SearchTest, FloorClampsAndUpperBoundPrunes) {
  std::mt19937_64 rng(53);
  for (int i = 0; i < 300; ++i) {
    Graph g = randomGraph(rng, 5, 14);
    Decomposition d = decompose(g, false, false);
    const Problem &p = d.parts.front();
    SearchResult exact = exactSearch(p, {});
    ASSERT_EQ(exact.status, SearchResult::Solved);
    // A floor above the optimum: any order within the floor is optimal.
    SearchOptions high;
    high.floor = exact.value + 10;
    SearchResult h = exactSearch(p, high);
    ASSERT_EQ(h.status, SearchResult::Solved);
    EXPECT_EQ(h.value, high.floor);
    EXPECT_LE(evaluateOrder(p, h.order), high.floor);
    // An upper bound at the optimum: nothing better exists.
    SearchOptions tight;
    tight.upperBound = exact.value;
    SearchResult t = exactSearch(p, tight);
    EXPECT_EQ(t.status, SearchResult::NoBetter);
    EXPECT_EQ(t.lowerBound, exact.value);
    // One above: the optimum is found again.
    tight.upperBound = exact.value + 1;
    SearchResult t1 = exactSearch(p, tight);
    ASSERT_EQ(t1.status, SearchResult::Solved);
    EXPECT_EQ(t1.value, exact.value);
  }
}

} // namespace

namespace {

/// Calls `fn` with every topological order of the units of `p`.
void forEachUnitOrder(const Problem &p,
                      const std::function<void(llvm::ArrayRef<uint32_t>)> &fn) {
  std::vector<uint32_t> order, indegree(p.numUnits());
  for (uint32_t u = 0; u < p.numUnits(); ++u)
    indegree[u] = p.preds(u).size();
  std::function<void()> extend = [&] {
    if (order.size() == p.numUnits()) {
      fn(order);
      return;
    }
    for (uint32_t u = 0; u < p.numUnits(); ++u) {
      if (indegree[u] != 0 || std::count(order.begin(), order.end(), u))
        continue;
      order.push_back(u);
      for (uint32_t s : p.succs(u))
        --indegree[s];
      extend();
      for (uint32_t s : p.succs(u))
        ++indegree[s];
      order.pop_back();
    }
  };
  extend();
}

} // namespace

TEST(CutBoundTest, NeverExceedsTheCheapestRunOfAUnit) {
  // For every unit, the min-cut bound is at most its cost in the order that
  // runs it most cheaply (all orders enumerated), and the part bound is at
  // most the optimum. It fails if an auxiliary node pays per toucher, if
  // the transient ignores frees, or if more units are forced before a unit
  // than its ancestors; and it must be stronger than the static bound on
  // many parts.
  std::mt19937_64 rng(808);
  unsigned parts = 0, stronger = 0;
  for (int i = 0; i < 1500; ++i) {
    Graph g =
        i % 2 ? randomGraph(rng, 3, 10) : randomGraphWithProducts(rng, 10);
    for (int flags = 0; flags < 4; ++flags) {
      Decomposition d = decompose(g, flags & 1, flags & 2);
      for (const Problem &p : d.parts) {
        if (p.numUnits() > 8)
          continue;
        std::vector<uint64_t> cheapest(p.numUnits(), UINT64_MAX);
        uint64_t optimum = UINT64_MAX;
        forEachUnitOrder(p, [&](llvm::ArrayRef<uint32_t> order) {
          std::vector<uint64_t> costs = unitCosts(p, order);
          uint64_t peak = 0;
          for (size_t k = 0; k < order.size(); ++k) {
            cheapest[order[k]] = std::min(cheapest[order[k]], costs[k]);
            peak = std::max(peak, costs[k]);
          }
          optimum = std::min(optimum, peak);
        });
        CutBound cut(p);
        for (uint32_t u = 0; u < p.numUnits(); ++u)
          ASSERT_LE(cut.unitBound(u), cheapest[u])
              << "graph " << i << " flags " << flags << " unit " << u;
        uint64_t bound = cut.partBound();
        ASSERT_LE(bound, optimum) << "graph " << i << " flags " << flags;
        ++parts;
        stronger += bound > p.staticLowerBound;
      }
    }
  }
  EXPECT_GT(parts, 3000u);
  EXPECT_GT(stronger, 300u);
}

TEST(StateBoundTest, NeverExceedsTheBestCompletion) {
  // For every down-set S of small parts, the per-state bound is at most the
  // cheapest completion of S (the largest cost of the units after S, over
  // all orders that start with S). It fails if a buffer counts for a unit
  // that descends from its producer (the static bound counts it already) or
  // if a buffer that may die before the unit runs counts; and it must beat
  // the static bounds of the unscheduled units on many states.
  std::mt19937_64 rng(909);
  unsigned states = 0, stronger = 0;
  for (int i = 0; i < 1500; ++i) {
    Graph g =
        i % 2 ? randomGraph(rng, 3, 10) : randomGraphWithProducts(rng, 10);
    for (int flags = 0; flags < 4; ++flags) {
      Decomposition d = decompose(g, flags & 1, flags & 2);
      for (const Problem &p : d.parts) {
        if (p.numUnits() > 8 || !StateBound::applicable(p))
          continue;
        size_t n = p.numUnits();
        std::vector<uint64_t> best(size_t(1) << n, UINT64_MAX);
        forEachUnitOrder(p, [&](llvm::ArrayRef<uint32_t> order) {
          std::vector<uint64_t> costs = unitCosts(p, order);
          uint64_t suffix = 0;
          uint32_t mask = 0;
          for (uint32_t u : order)
            mask |= 1u << u;
          for (size_t k = n; k-- > 0;) {
            suffix = std::max(suffix, costs[k]);
            mask &= ~(1u << order[k]);
            best[mask] = std::min(best[mask], suffix);
          }
        });
        StateBound bound(p);
        std::vector<uint8_t> scheduled(n);
        for (uint32_t mask = 0; mask + 1 < (1u << n); ++mask) {
          if (best[mask] == UINT64_MAX)
            continue; // Not a down-set.
          uint64_t unscheduledStatic = 0;
          for (uint32_t u = 0; u < n; ++u) {
            scheduled[u] = mask >> u & 1;
            if (!scheduled[u])
              unscheduledStatic =
                  std::max(unscheduledStatic, p.unitStaticBound[u]);
          }
          uint64_t h = bound.bound(scheduled);
          ASSERT_LE(h, best[mask])
              << "graph " << i << " flags " << flags << " set " << mask;
          ++states;
          stronger += h > unscheduledStatic;
        }
      }
    }
  }
  EXPECT_GT(states, 30000u);
  EXPECT_GT(stronger, 1000u);
}
