//===- GraphTest.cpp - Memory model core without MLIR -----------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// Rules 6-8 of the reference memory model (docs/MemoryModel.md) on graphs
// built by hand: liveness from producer to last user, entry and live-out
// buffers, the peak, and the single-op lower bound.
//
//===----------------------------------------------------------------------===//

#include "serenity/Scheduling/Graph.h"

#include "gtest/gtest.h"

using namespace serenity::sched;

namespace {

/// a -> {b, c} -> d, the diamond of the paper's Figure 2 in miniature.
struct Diamond {
  Graph g;
  NodeId a, b, c, d;
  BufferId in, ab, bc, cc, out;
  Diamond() {
    a = g.addNode("a");
    b = g.addNode("b");
    c = g.addNode("c");
    d = g.addNode("d");
    in = g.addBuffer(10); // argument
    ab = g.addBuffer(100, a);
    bc = g.addBuffer(20, b);
    cc = g.addBuffer(30, c);
    out = g.addBuffer(5, d, /*liveOut=*/true);
    g.addUse(a, in);
    g.addUse(b, ab);
    g.addUse(c, ab);
    g.addUse(d, bc);
    g.addUse(d, cc);
    g.finalize();
  }
};

TEST(GraphTest, EdgesFollowUses) {
  Diamond t;
  EXPECT_EQ(t.g.succs(t.a).size(), 2u);
  EXPECT_EQ(t.g.preds(t.d).size(), 2u);
  EXPECT_EQ(t.g.allocBytes(t.a), 100u);
  EXPECT_EQ(t.g.entryBytes(), 10u);
  ASSERT_EQ(t.g.uses(t.d).size(), 2u);
}

TEST(GraphTest, SimulateWorkedExample) {
  Diamond t;
  std::vector<NodeId> order = {t.a, t.b, t.c, t.d};
  ASSERT_EQ(llvm::toString(checkOrder(t.g, order)), "");
  Timeline tl = simulate(t.g, order);
  // entry: in=10.
  EXPECT_EQ(tl.entryBytes, 10u);
  // a: in + ab = 110; in freed -> 100.
  EXPECT_EQ(tl.during[0], 110u);
  EXPECT_EQ(tl.after[0], 100u);
  // b: ab + bc = 120; ab still needed by c -> 120.
  EXPECT_EQ(tl.during[1], 120u);
  EXPECT_EQ(tl.after[1], 120u);
  // c: ab + bc + cc = 150; ab freed -> 50.
  EXPECT_EQ(tl.during[2], 150u);
  EXPECT_EQ(tl.after[2], 50u);
  // d: bc + cc + out = 55; out is live-out -> 5.
  EXPECT_EQ(tl.during[3], 55u);
  EXPECT_EQ(tl.after[3], 5u);
  EXPECT_EQ(tl.peak, 150u);
  ASSERT_TRUE(tl.peakStep.has_value());
  EXPECT_EQ(*tl.peakStep, 2u);
  EXPECT_EQ(peakOf(t.g, order), 150u);
}

TEST(GraphTest, OrderChangesPeak) {
  // Two branches p1 -> q1 and p2 -> q2 joined by r. Each p allocates 100
  // bytes that its q shrinks to 1 byte.
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
  g.finalize();
  // Breadth first: while q1 runs, p1 (100), p2 (100) and q1's output (1)
  // are live: 201.
  EXPECT_EQ(peakOf(g, {p1, p2, q1, q2, r}), 201u);
  // Depth first: q2 holds q1 (1) + p2 (100) + its own output (1): 102.
  EXPECT_EQ(peakOf(g, {p1, q1, p2, q2, r}), 102u);
  EXPECT_EQ(lowerBound(g), 101u);
}

TEST(GraphTest, UnusedBuffersAreFreedImmediately) {
  Graph g;
  NodeId a = g.addNode();
  g.addBuffer(7);      // unused argument: live at entry only
  g.addBuffer(100, a); // dead result: live while a runs
  g.addBuffer(3, a, true);
  g.finalize();
  Timeline tl = simulate(g, {a});
  EXPECT_EQ(tl.entryBytes, 7u);
  EXPECT_EQ(tl.during[0], 103u);
  EXPECT_EQ(tl.after[0], 3u);
  EXPECT_EQ(tl.peak, 103u);
}

TEST(GraphTest, EntryPeak) {
  Graph g;
  NodeId a = g.addNode();
  BufferId big = g.addBuffer(1000);
  g.addBuffer(1, a, true);
  g.addUse(a, big);
  g.finalize();
  Timeline tl = simulate(g, {a});
  EXPECT_EQ(tl.peak, 1001u);
  Graph h;
  h.addNode();
  h.addBuffer(1000); // unused: the peak is at entry
  h.finalize();
  Timeline th = simulate(h, {0});
  EXPECT_EQ(th.peak, 1000u);
  EXPECT_FALSE(th.peakStep.has_value());
}

TEST(GraphTest, LiveOutEntryBufferStaysLive) {
  Graph g;
  NodeId a = g.addNode();
  BufferId arg = g.addBuffer(40, kEntry, /*liveOut=*/true);
  g.addBuffer(2, a, true);
  g.addUse(a, arg);
  g.finalize();
  Timeline tl = simulate(g, {a});
  EXPECT_EQ(tl.after[0], 42u);
}

TEST(GraphTest, LowerBound) {
  Diamond t;
  // d: bc + cc + out = 55; c: ab + cc = 130; a: in + ab = 110.
  EXPECT_EQ(lowerBound(t.g), 130u);
  EXPECT_LE(lowerBound(t.g), peakOf(t.g, identityOrder(t.g)));
}

TEST(GraphTest, CheckOrderRejectsBadOrders) {
  Diamond t;
  EXPECT_NE(llvm::toString(checkOrder(t.g, {t.b, t.a, t.c, t.d})), "");
  EXPECT_NE(llvm::toString(checkOrder(t.g, {t.a, t.b, t.c})), "");
  EXPECT_NE(llvm::toString(checkOrder(t.g, {t.a, t.a, t.c, t.d})), "");
  EXPECT_NE(llvm::toString(checkOrder(t.g, {t.a, t.b, t.c, 9})), "");
}

TEST(GraphTest, OrderingEdges) {
  Graph g;
  NodeId a = g.addNode(), b = g.addNode();
  g.addEdge(b, a);
  g.finalize();
  EXPECT_EQ(llvm::toString(checkOrder(g, {b, a})), "");
  EXPECT_NE(llvm::toString(checkOrder(g, {a, b})), "");
}

} // namespace
