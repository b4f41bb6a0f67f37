//===- GraphIOTest.cpp - Text format round trips ----------------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// Graphs written by writeGraph() read back as the same graph (names,
// buffers, users, edges, hence the same peaks), several graphs per file, and
// malformed input is rejected with its line number.
//
//===----------------------------------------------------------------------===//

#include "serenity/Scheduling/GraphIO.h"
#include "serenity/Scheduling/Scheduler.h"

#include "gtest/gtest.h"

#include <random>

using namespace serenity::sched;

namespace {

uint64_t uniform(std::mt19937_64 &rng, uint64_t lo, uint64_t hi) {
  return std::uniform_int_distribution<uint64_t>(lo, hi)(rng);
}

/// Random graph with entry, live-out, unused and multi-user buffers, ordering
/// edges that no use implies, and names with spaces.
Graph randomGraph(std::mt19937_64 &rng) {
  unsigned n = uniform(rng, 0, 30);
  Graph g;
  for (unsigned i = 0; i < n; ++i)
    g.addNode(i % 3 ? "op " + std::to_string(i) : std::string());
  for (unsigned e = uniform(rng, 0, 3); e > 0; --e) {
    BufferId b =
        g.addBuffer(uniform(rng, 0, 1000), kEntry, uniform(rng, 0, 4) == 0);
    for (unsigned u = uniform(rng, 0, 2); u > 0 && n; --u)
      g.addUse(uniform(rng, 0, n - 1), b);
  }
  for (unsigned i = 0; i < n; ++i)
    for (unsigned o = uniform(rng, 0, 2); o > 0; --o) {
      BufferId b = g.addBuffer(uniform(rng, 0, uint64_t(1) << 40), i,
                               uniform(rng, 0, 9) == 0);
      for (unsigned u = uniform(rng, 0, 3); u > 0 && i + 1 < n; --u)
        g.addUse(uniform(rng, i + 1, n - 1), b);
    }
  for (unsigned e = uniform(rng, 0, 4); e > 0 && n > 1; --e) {
    unsigned i = uniform(rng, 0, n - 2);
    g.addEdge(i, uniform(rng, i + 1, n - 1));
  }
  g.finalize();
  return g;
}

void expectSameGraph(const Graph &a, const Graph &b) {
  ASSERT_EQ(a.numNodes(), b.numNodes());
  ASSERT_EQ(a.numBuffers(), b.numBuffers());
  for (NodeId n = 0; n < a.numNodes(); ++n) {
    EXPECT_EQ(a.name(n), b.name(n));
    EXPECT_EQ(a.preds(n), b.preds(n));
    EXPECT_EQ(a.succs(n), b.succs(n));
    EXPECT_EQ(a.allocs(n), b.allocs(n));
    EXPECT_EQ(a.uses(n), b.uses(n));
  }
  for (BufferId i = 0; i < a.numBuffers(); ++i) {
    EXPECT_EQ(a.buffer(i).bytes, b.buffer(i).bytes);
    EXPECT_EQ(a.buffer(i).producer, b.buffer(i).producer);
    EXPECT_EQ(a.buffer(i).liveOut, b.buffer(i).liveOut);
    EXPECT_EQ(a.buffer(i).users, b.buffer(i).users);
  }
  EXPECT_EQ(a.entryBytes(), b.entryBytes());
}

TEST(GraphIOTest, RoundTripsRandomGraphs) {
  std::mt19937_64 rng(61);
  for (int i = 0; i < 300; ++i) {
    std::vector<Graph> graphs;
    std::string text;
    llvm::raw_string_ostream os(text);
    for (unsigned k = uniform(rng, 1, 3); k > 0; --k) {
      graphs.push_back(randomGraph(rng));
      writeGraph(os, graphs.back(), "g" + std::to_string(k) + " block 0");
    }
    llvm::Expected<std::vector<NamedGraph>> read = readGraphs(text);
    ASSERT_TRUE(static_cast<bool>(read)) << llvm::toString(read.takeError());
    ASSERT_EQ(read->size(), graphs.size());
    for (size_t k = 0; k < graphs.size(); ++k) {
      SCOPED_TRACE("graph " + std::to_string(i) + "." + std::to_string(k));
      EXPECT_EQ((*read)[k].title,
                "g" + std::to_string(graphs.size() - k) + " block 0");
      expectSameGraph(graphs[k], (*read)[k].graph);
      // Writing again gives the same text.
      std::string a, b;
      llvm::raw_string_ostream osA(a), osB(b);
      writeGraph(osA, graphs[k], "x");
      writeGraph(osB, (*read)[k].graph, "x");
      EXPECT_EQ(a, b);
      if (!llvm::errorToBool(checkOrder(graphs[k], identityOrder(graphs[k])))) {
        EXPECT_EQ(peakOf(graphs[k], identityOrder(graphs[k])),
                  peakOf((*read)[k].graph, identityOrder(graphs[k])));
      }
    }
  }
}

TEST(GraphIOTest, CommentsAndBlankLines) {
  llvm::Expected<std::vector<NamedGraph>> read =
      readGraphs("# a comment\n\ngraph two nodes\nnode 0 a b\nnode 1\n"
                 "buffer 0 10 entry 0 0\nbuffer 1 20 0 1 1\nedge 1 0\nend\n");
  ASSERT_TRUE(static_cast<bool>(read)) << llvm::toString(read.takeError());
  ASSERT_EQ(read->size(), 1u);
  const Graph &g = read->front().graph;
  EXPECT_EQ(read->front().title, "two nodes");
  EXPECT_EQ(g.name(0), "a b");
  EXPECT_EQ(g.name(1), "");
  EXPECT_EQ(g.entryBytes(), 10u);
  EXPECT_TRUE(g.buffer(1).liveOut);
  // 0 -> 1 through buffer 1, and the explicit edge 1 -> 0: a cycle, which
  // the scheduler reports by returning the input order.
  EXPECT_EQ(g.succs(0).size(), 1u);
  EXPECT_EQ(g.succs(1).size(), 1u);
}

TEST(GraphIOTest, RejectsMalformedInput) {
  auto error = [](llvm::StringRef text) {
    llvm::Expected<std::vector<NamedGraph>> read = readGraphs(text);
    if (read)
      return std::string("accepted");
    return llvm::toString(read.takeError());
  };
  EXPECT_EQ(error("node 0\n"), "line 1: 'node' outside a graph");
  EXPECT_EQ(error("graph g\nnode 1\nend\n"), "line 2: expected node id 0");
  EXPECT_EQ(error("graph g\nnode 0\nbuffer 0 5 1 0\nend\n"),
            "line 3: bad producer '1'");
  EXPECT_EQ(error("graph g\nnode 0\nbuffer 0 5 entry 2\nend\n"),
            "line 3: bad live-out flag '2'");
  EXPECT_EQ(error("graph g\nnode 0\nbuffer 0 5 entry 0 7\nend\n"),
            "line 3: bad user '7'");
  EXPECT_EQ(error("graph g\nnode 0\nedge 0\nend\n"),
            "line 3: expected 'edge <from> <to>' between existing nodes");
  EXPECT_EQ(error("graph g\nnode 0\n"), "line 2: missing 'end'");
  EXPECT_EQ(error("graph g\nfoo\nend\n"), "line 2: unknown keyword 'foo'");
}

} // namespace
