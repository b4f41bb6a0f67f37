//===- ArenaTest.cpp - Arena planner against brute force --------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// The checker on hand-made placements; the baselines on examples worked out
// by hand; the lower bound; and plan() against an exhaustive search over
// every aligned offset of every buffer on thousands of random small problems,
// under every combination of its pruning rules, with a check that each rule
// prunes (switching it off costs nodes) and that the limits are reported.
//
//===----------------------------------------------------------------------===//

#include "serenity/Arena/Arena.h"

#include "gtest/gtest.h"

#include <random>

using namespace serenity::arena;

namespace {

uint64_t roundUp(uint64_t v, uint64_t a) { return (v + a - 1) / a * a; }

/// The smallest arena over all placements: every buffer in turn tries every
/// offset that is a multiple of its alignment, below the best arena found so
/// far; a partial assignment is dropped when it overlaps a buffer with an
/// overlapping lifetime. Shares nothing with the planner but the problem.
class BruteForce {
public:
  explicit BruteForce(llvm::ArrayRef<Buffer> buffers)
      : buffers(buffers), offsets(buffers.size(), 0) {
    granule = getGranule(buffers);
    uint64_t total = 0;
    for (const Buffer &b : buffers)
      total += roundUp(b.bytes, b.alignment) + b.alignment;
    best = roundUp(total, granule) + granule; // above any arena we visit
    assign(0, 0);
  }
  uint64_t best;
  std::vector<uint64_t> bestOffsets;

private:
  llvm::ArrayRef<Buffer> buffers;
  std::vector<uint64_t> offsets;
  uint64_t granule;

  bool fits(size_t i) const {
    for (size_t j = 0; j < i; ++j) {
      const Buffer &a = buffers[i], &b = buffers[j];
      if (a.bytes == 0 || b.bytes == 0 || a.last < b.first || b.last < a.first)
        continue;
      if (offsets[i] < offsets[j] + b.bytes &&
          offsets[j] < offsets[i] + a.bytes)
        return false;
    }
    return true;
  }

  void assign(size_t i, uint64_t top) {
    if (roundUp(top, granule) >= best)
      return;
    if (i == buffers.size()) {
      best = roundUp(top, granule);
      bestOffsets = offsets;
      return;
    }
    const Buffer &b = buffers[i];
    if (b.bytes == 0) {
      offsets[i] = 0;
      assign(i + 1, top);
      return;
    }
    for (uint64_t o = 0; roundUp(o + b.bytes, granule) < best;
         o += b.alignment) {
      offsets[i] = o;
      if (fits(i))
        assign(i + 1, std::max(top, o + b.bytes));
    }
  }
};

struct Shape {
  unsigned maxBuffers = 6;
  unsigned maxSteps = 6;
  uint64_t maxBytes = 8;
  bool alignments = false;
};

std::vector<Buffer> randomProblem(std::mt19937_64 &rng, const Shape &shape) {
  auto uniform = [&](uint64_t lo, uint64_t hi) {
    return std::uniform_int_distribution<uint64_t>(lo, hi)(rng);
  };
  std::vector<Buffer> buffers(uniform(1, shape.maxBuffers));
  for (Buffer &b : buffers) {
    b.bytes = uniform(0, 9) == 0 ? 0 : uniform(1, shape.maxBytes);
    b.first = uniform(0, shape.maxSteps - 1);
    b.last = b.first + uniform(0, std::min<uint64_t>(3, shape.maxSteps));
    if (shape.alignments)
      b.alignment = uint64_t(1) << uniform(0, 2);
  }
  return buffers;
}

void expectValid(llvm::ArrayRef<Buffer> buffers, const Placement &placement) {
  EXPECT_EQ(checkPlacement(buffers, placement), "");
}

//===----------------------------------------------------------------------===//
// Checker
//===----------------------------------------------------------------------===//

TEST(CheckPlacement, AcceptsTouchingAndTimeDisjointBuffers) {
  std::vector<Buffer> buffers = {{4, 0, 1}, {4, 1, 2}, {8, 2, 3}};
  // 0 and 1 touch at byte 4; 2 reuses 0's bytes (disjoint lifetimes) and
  // overlaps 1 in time, so it must not overlap [4, 8).
  EXPECT_EQ(checkPlacement(buffers, {{0, 4, 8}, 16}), "");
  EXPECT_NE(checkPlacement(buffers, {{0, 4, 0}, 8}), "");
}

TEST(CheckPlacement, OneSharedStepIsAnOverlap) {
  std::vector<Buffer> buffers = {{4, 0, 2}, {4, 2, 5}};
  EXPECT_NE(checkPlacement(buffers, {{0, 0}, 4}), "");
  EXPECT_EQ(checkPlacement(buffers, {{0, 4}, 8}), "");
  // Not when the second starts one step later.
  buffers[1].first = 3;
  EXPECT_EQ(checkPlacement(buffers, {{0, 0}, 4}), "");
}

TEST(CheckPlacement, FindsOverlapsAcrossManyActiveBuffers) {
  // A long buffer in the middle of the arena, short ones above and below
  // it, and one that overlaps it only through its last byte.
  std::vector<Buffer> buffers = {{10, 0, 9}, {5, 0, 0}, {5, 1, 1},
                                 {5, 2, 2},  {5, 3, 3}, {3, 4, 4}};
  Placement ok{{5, 0, 0, 15, 15, 15}, 20};
  EXPECT_EQ(checkPlacement(buffers, ok), "");
  Placement bad = ok;
  bad.offsets[5] = 13; // [13, 16) overlaps [5, 15)
  bad.arenaBytes = 20;
  EXPECT_NE(checkPlacement(buffers, bad), "");
}

TEST(CheckPlacement, RejectsMisalignmentWrongArenaAndBadProblems) {
  std::vector<Buffer> buffers = {{4, 0, 1, 4}, {4, 0, 1, 4}};
  EXPECT_EQ(checkPlacement(buffers, {{0, 4}, 8}), "");
  EXPECT_NE(checkPlacement(buffers, {{0, 6}, 10}), ""); // misaligned
  EXPECT_NE(checkPlacement(buffers, {{0, 4}, 12}), ""); // arena too large
  EXPECT_NE(checkPlacement(buffers, {{0, 4}, 4}), "");  // arena too small
  EXPECT_NE(checkPlacement(buffers, {{0}, 4}), "");     // missing offset
  buffers[0].alignment = 3;
  EXPECT_NE(checkPlacement(buffers, {{0, 4}, 8}), "");
  buffers[0] = {4, 2, 1};
  EXPECT_NE(checkPlacement(buffers, {{0, 4}, 8}), "");
}

//===----------------------------------------------------------------------===//
// Lower bound and granule
//===----------------------------------------------------------------------===//

TEST(LowerBound, LargestLiveSumRoundedToTheGranule) {
  EXPECT_EQ(getLowerBound({}), 0u);
  std::vector<Buffer> buffers = {{3, 0, 1}, {5, 1, 2}, {7, 3, 3}};
  EXPECT_EQ(getLowerBound(buffers), 8u); // step 1: 3 + 5
  for (Buffer &b : buffers)
    b.alignment = 4;
  EXPECT_EQ(getGranule(buffers), 4u);
  EXPECT_EQ(getLowerBound(buffers), 12u); // 4 + 8
  // A zero-sized buffer neither counts nor sets the granule.
  buffers.push_back({0, 0, 3, 1});
  EXPECT_EQ(getGranule(buffers), 4u);
  EXPECT_EQ(getLowerBound(buffers), 12u);
}

//===----------------------------------------------------------------------===//
// Baselines
//===----------------------------------------------------------------------===//

// Where the three policies part. Sizes are distinct, so all three place
// the buffers in the same order (largest first):
//   Q 40 B, step 0: [0, 40) (only makes the arena 40 bytes high)
//   A 10 B, steps 1-2: [0, 10)
//   B  8 B, step 1: on A, [10, 18)
//   C  7 B, steps 1-2: on B, [18, 25)
//   D  6 B, step 1: on C, [25, 31)
//   E  5 B, steps 1-2: on D, [31, 36)
//   X  4 B, step 2: live with A, C and E, which leave it the gaps [10, 18)
//     and [25, 31), and below the arena's top (40) the space [36, 40).
// First fit (TFLite Micro) takes the lowest gap, 10; TFLite's best fit the
// tightest gap below a placed buffer, 25; XLA's best fit also counts the
// space under the arena's top, which fits exactly: 36.
TEST(Greedy, FirstFitBestFitAndTheArenaTop) {
  std::vector<Buffer> buffers = {{40, 0, 0}, {10, 1, 2}, {8, 1, 1}, {7, 1, 2},
                                 {6, 1, 1},  {5, 1, 2},  {4, 2, 2}};
  Placement tflite = placeGreedy(buffers, Greedy::TFLite);
  Placement micro = placeGreedy(buffers, Greedy::TFLiteMicro);
  Placement xla = placeGreedy(buffers, Greedy::XLA);
  std::vector<uint64_t> common = {0, 0, 10, 18, 25, 31};
  for (const Placement *p : {&tflite, &micro, &xla}) {
    expectValid(buffers, *p);
    EXPECT_EQ(p->arenaBytes, 40u);
    EXPECT_EQ(std::vector<uint64_t>(p->offsets.begin(), p->offsets.end() - 1),
              common);
  }
  EXPECT_EQ(micro.offsets[6], 10u);
  EXPECT_EQ(tflite.offsets[6], 25u);
  EXPECT_EQ(xla.offsets[6], 36u);
}

// When no gap below a placed buffer fits, TFLite goes on top of the
// overlapping buffers; so does XLA when the space under the arena's top is
// too small, growing the arena.
TEST(Greedy, OnTopWhenNothingFits) {
  //   P 10 B, steps 0-1: [0, 10); Q 9 B, step 1: [10, 19);
  //   R 3 B, steps 0-1: above both, [19, 22) (the arena's top is 22).
  //   S 2 B, step 0: live with P and R; the gap [10, 19) holds it: 10.
  //   T 1 B, step 2, alone: 0 (it keeps P and R from spanning every step,
  //   which TFLite would place first, see below).
  std::vector<Buffer> buffers = {
      {10, 0, 1}, {9, 1, 1}, {3, 0, 1}, {2, 0, 0}, {1, 2, 2}};
  for (Greedy policy : {Greedy::TFLite, Greedy::TFLiteMicro, Greedy::XLA}) {
    Placement p = placeGreedy(buffers, policy);
    expectValid(buffers, p);
    EXPECT_EQ(p.offsets, (std::vector<uint64_t>{0, 10, 19, 10, 0}));
    EXPECT_EQ(p.arenaBytes, 22u);
  }
  // Make S 10 bytes: it is placed second now (after P), on P: [10, 20);
  // then Q (9 B, step 1, live with P only) fills [10, 19) ... and R on top
  // of P, Q and S: [20, 23).
  buffers[3].bytes = 10;
  for (Greedy policy : {Greedy::TFLite, Greedy::TFLiteMicro, Greedy::XLA}) {
    Placement p = placeGreedy(buffers, policy);
    expectValid(buffers, p);
    EXPECT_EQ(p.arenaBytes, 23u);
  }
}

// TFLite places the buffers that live through every step first (by index),
// then the others by size: without T above, P and R come first, R on P at
// [10, 13), and Q (9 B) then goes on top of R.
TEST(Greedy, TFLitePlacesWholeLifetimeBuffersFirst) {
  std::vector<Buffer> buffers = {{10, 0, 1}, {9, 1, 1}, {3, 0, 1}, {2, 0, 0}};
  Placement tflite = placeGreedy(buffers, Greedy::TFLite);
  expectValid(buffers, tflite);
  EXPECT_EQ(tflite.offsets, (std::vector<uint64_t>{0, 13, 10, 13}));
  EXPECT_EQ(tflite.arenaBytes, 22u);
  Placement xla = placeGreedy(buffers, Greedy::XLA);
  EXPECT_EQ(xla.offsets, (std::vector<uint64_t>{0, 10, 19, 10}));
}

TEST(Greedy, HonourAlignment) {
  std::vector<Buffer> buffers = {{3, 0, 1, 1}, {8, 0, 1, 8}, {5, 1, 2, 4}};
  for (Greedy policy : {Greedy::TFLite, Greedy::TFLiteMicro, Greedy::XLA}) {
    Placement p = placeGreedy(buffers, policy);
    expectValid(buffers, p);
    EXPECT_EQ(p.offsets[1] % 8, 0u);
    EXPECT_EQ(p.offsets[2] % 4, 0u);
  }
}

//===----------------------------------------------------------------------===//
// plan() against brute force
//===----------------------------------------------------------------------===//

void checkAgainstBruteForce(llvm::ArrayRef<Buffer> buffers,
                            const PlannerOptions &options = {}) {
  BruteForce brute(buffers);
  PlanResult r = plan(buffers, options);
  SCOPED_TRACE(::testing::PrintToString(buffers.size()) + " buffers");
  expectValid(buffers, r.placement);
  EXPECT_LE(getLowerBound(buffers), brute.best);
  EXPECT_EQ(r.limitHit, "");
  EXPECT_TRUE(r.optimal);
  EXPECT_EQ(r.placement.arenaBytes, brute.best);
  EXPECT_EQ(r.lowerBound, brute.best);
  for (uint64_t baseline : r.baselines)
    EXPECT_LE(r.placement.arenaBytes, baseline);
}

TEST(Plan, MatchesBruteForce) {
  std::mt19937_64 rng(1);
  for (int i = 0; i < 3000; ++i)
    checkAgainstBruteForce(randomProblem(rng, {}));
}

TEST(Plan, MatchesBruteForceWithAlignments) {
  std::mt19937_64 rng(2);
  Shape shape;
  shape.alignments = true;
  shape.maxBuffers = 5;
  for (int i = 0; i < 1500; ++i)
    checkAgainstBruteForce(randomProblem(rng, shape));
}

/// Problems whose optimum is one byte above the lower bound, found by
/// sampling millions of random problems (about one in a million of this
/// shape is one): the search has to prove that the bound cannot be met,
/// exhausting its tree, before it finds the optimum by bisection.
const std::vector<std::vector<Buffer>> &hardProblems() {
  // clang-format off
  static const std::vector<std::vector<Buffer>> problems = {
      {{5, 5, 5}, {1, 5, 5}, {1, 1, 5}, {5, 4, 5}, {4, 1, 2},
       {3, 2, 4}, {1, 3, 4}, {5, 1, 1}, {1, 3, 4}, {4, 2, 3}},
      {{2, 2, 3}, {2, 1, 4}, {4, 0, 5}, {5, 5, 5}, {5, 0, 1},
       {4, 3, 5}, {1, 0, 3}, {2, 1, 2}, {1, 5, 5}, {3, 0, 0}},
      {{5, 0, 2}, {3, 3, 4}, {4, 5, 5}, {4, 0, 0}, {3, 1, 1},
       {4, 3, 3}, {2, 1, 3}, {5, 4, 4}, {4, 5, 5}, {1, 2, 5}},
      {{4, 0, 1}, {2, 2, 3}, {6, 0, 0}, {3, 1, 2}, {6, 3, 4},
       {4, 4, 4}, {5, 0, 4}, {1, 2, 3}, {1, 1, 3}},
      {{3, 3, 4}, {2, 2, 4}, {2, 2, 2}, {1, 1, 4}, {2, 1, 2},
       {5, 4, 4}, {3, 0, 1}, {4, 0, 0}, {4, 0, 2}},
  };
  // clang-format on

  return problems;
}

TEST(Plan, ProvesOptimaAboveTheLowerBound) {
  for (const std::vector<Buffer> &buffers : hardProblems()) {
    BruteForce brute(buffers);
    EXPECT_EQ(brute.best, getLowerBound(buffers) + 1);
    PlanResult r = plan(buffers);
    expectValid(buffers, r.placement);
    EXPECT_TRUE(r.optimal);
    EXPECT_EQ(r.placement.arenaBytes, brute.best);
    EXPECT_EQ(r.lowerBound, brute.best);
    EXPECT_EQ(r.limitHit, "");
  }
}

/// Every combination of the pruning rules.
std::vector<PlannerOptions> everyRuleCombination() {
  std::vector<PlannerOptions> result;
  for (int mask = 0; mask < 32; ++mask) {
    PlannerOptions options;
    options.floorBound = mask & 1;
    options.breakSymmetry = mask & 2;
    options.canonicalOrder = mask & 4;
    options.dominance = mask & 8;
    options.decompose = mask & 16;
    options.maxNodes = 50000000;
    result.push_back(options);
  }
  return result;
}

TEST(Plan, MatchesBruteForceUnderEveryCombinationOfRules) {
  std::mt19937_64 rng(3);
  std::vector<PlannerOptions> combinations = everyRuleCombination();
  for (size_t c = 0; c < combinations.size(); ++c) {
    SCOPED_TRACE(c);
    for (const std::vector<Buffer> &buffers : hardProblems())
      checkAgainstBruteForce(buffers, combinations[c]);
    for (int i = 0; i < 100; ++i)
      checkAgainstBruteForce(randomProblem(rng, {}), combinations[c]);
  }
}

/// Nodes the search expands over the hard problems with `rule` switched off
/// (none: every rule on).
uint64_t nodesWithout(bool PlannerOptions::*rule) {
  uint64_t nodes = 0;
  for (const std::vector<Buffer> &buffers : hardProblems()) {
    PlannerOptions options;
    options.maxNodes = 50000000;
    if (rule)
      options.*rule = false;
    PlanResult r = plan(buffers, options);
    EXPECT_EQ(r.limitHit, "");
    EXPECT_TRUE(r.optimal);
    nodes += r.nodes;
  }
  return nodes;
}

/// Two copies of a hard problem one after the other, joined by a buffer
/// live at the last step of the first and the first step of the second
/// (where neither is tight: 9 of 10 bytes, so the bound stays 10).
std::vector<Buffer> chainedHardProblems() {
  std::vector<Buffer> buffers = hardProblems()[2];
  uint32_t shift = 6;
  for (Buffer b : hardProblems()[2]) {
    b.first += shift;
    b.last += shift;
    buffers.push_back(b);
  }
  buffers.push_back({1, 5, 6});
  return buffers;
}

TEST(Plan, DecompositionSolvesIndependentPartsOnce) {
  std::vector<Buffer> buffers = chainedHardProblems();
  PlannerOptions without;
  without.decompose = false;
  without.maxNodes = 50000000;
  PlanResult split = plan(buffers), whole = plan(buffers, without);
  expectValid(buffers, split.placement);
  expectValid(buffers, whole.placement);
  EXPECT_TRUE(split.optimal);
  EXPECT_TRUE(whole.optimal);
  EXPECT_EQ(split.placement.arenaBytes, whole.placement.arenaBytes);
  EXPECT_EQ(split.placement.arenaBytes, getLowerBound(buffers) + 1);
  EXPECT_LT(split.nodes, whole.nodes);
}

// The hard problems make the search exhaust its tree at the lower bound;
// every rule makes that tree smaller, so loosening any of them (switching
// it off) fails this test.
TEST(Plan, EveryPruningRuleCutsTheSearch) {
  uint64_t all = nodesWithout(nullptr);
  EXPECT_LT(all, nodesWithout(&PlannerOptions::floorBound));
  EXPECT_LT(all, nodesWithout(&PlannerOptions::breakSymmetry));
  EXPECT_LT(all, nodesWithout(&PlannerOptions::canonicalOrder));
  EXPECT_LT(all, nodesWithout(&PlannerOptions::dominance));
}

/// The arena problems of the bundled example network
/// (examples/nas-cells.mlir) lowered to linalg and bufferized with the
/// deallocs after the last use (the function alone: its argument and result
/// are not allocations), in the framework order and after
/// -serenity-schedule-lowered: {bytes, first step, last step}.
const std::vector<Buffer> &exampleFramework() {
  // clang-format off
  static const std::vector<Buffer> buffers = {
      {65536, 10, 34}, {65536, 15, 49}, {65536, 20, 64}, {65536, 25, 79},
      {82944, 30, 39}, {65536, 35, 44}, {65536, 37, 90}, {102400, 45, 54},
      {65536, 50, 59}, {65536, 52, 95}, {102400, 60, 69}, {65536, 65, 74},
      {65536, 67, 100}, {82944, 75, 84}, {65536, 80, 105}, {36, 82, 85},
      {65536, 86, 111}, {65536, 91, 117}, {65536, 96, 123}, {65536, 101, 129},
      {16384, 106, 133}, {16384, 112, 136}, {16384, 118, 139},
      {16384, 124, 142}, {65536, 130, 148}, {16384, 143, 153},
      {16384, 149, 297}, {65536, 154, 178}, {65536, 159, 193},
      {65536, 164, 208}, {65536, 169, 223}, {82944, 174, 183},
      {65536, 179, 188}, {65536, 181, 234}, {102400, 189, 198},
      {65536, 194, 203}, {65536, 196, 239}, {102400, 204, 213},
      {65536, 209, 218}, {65536, 211, 244}, {82944, 219, 228},
      {65536, 224, 249}, {36, 226, 229}, {65536, 230, 255}, {65536, 235, 261},
      {65536, 240, 267}, {65536, 245, 273}, {16384, 250, 277},
      {16384, 256, 280}, {16384, 262, 283}, {16384, 268, 286},
      {65536, 274, 292}, {16384, 287, 298}};
  // clang-format on
  return buffers;
}

const std::vector<Buffer> &exampleScheduled() {
  // clang-format off
  static const std::vector<Buffer> buffers = {
      {65536, 4, 15}, {102400, 11, 20}, {65536, 16, 26}, {65536, 22, 31},
      {65536, 27, 39}, {16384, 32, 136}, {65536, 40, 49}, {102400, 45, 54},
      {65536, 50, 60}, {65536, 56, 65}, {65536, 61, 71}, {16384, 66, 139},
      {65536, 72, 81}, {82944, 77, 86}, {65536, 82, 92}, {36, 84, 87},
      {65536, 88, 98}, {16384, 93, 142}, {65536, 99, 108}, {82944, 104, 112},
      {65536, 109, 118}, {65536, 114, 123}, {65536, 119, 129},
      {16384, 124, 133}, {65536, 130, 148}, {16384, 143, 153},
      {16384, 149, 297}, {65536, 154, 163}, {102400, 159, 167},
      {65536, 164, 173}, {65536, 169, 178}, {65536, 174, 184},
      {16384, 179, 280}, {65536, 185, 194}, {102400, 190, 198},
      {65536, 195, 204}, {65536, 200, 209}, {65536, 205, 215},
      {16384, 210, 283}, {65536, 216, 225}, {82944, 221, 230},
      {65536, 226, 236}, {36, 228, 231}, {65536, 232, 242}, {16384, 237, 286},
      {65536, 243, 252}, {82944, 248, 256}, {65536, 253, 262},
      {65536, 258, 267}, {65536, 263, 273}, {16384, 268, 277},
      {65536, 274, 292}, {16384, 287, 298}};
  // clang-format on
  return buffers;
}

// Every baseline misses the lower bound on both; the search meets it, which
// proves the arena optimal.
TEST(Plan, MeetsTheBoundOnTheExampleNetwork) {
  for (const std::vector<Buffer> *buffers :
       {&exampleFramework(), &exampleScheduled()}) {
    PlanResult r = plan(*buffers);
    expectValid(*buffers, r.placement);
    for (uint64_t baseline : r.baselines)
      EXPECT_GT(baseline, getLowerBound(*buffers));
    EXPECT_EQ(r.placement.arenaBytes, getLowerBound(*buffers));
    EXPECT_TRUE(r.optimal);
    EXPECT_EQ(r.method, "search");
  }
  EXPECT_EQ(getLowerBound(exampleFramework()), 446464u);
  EXPECT_EQ(getLowerBound(exampleScheduled()), 214016u);
}

TEST(Plan, ReportsTheLimitAndAnHonestGap) {
  // Many random buffers: the baselines miss the bound and a one-node search
  // cannot close the gap.
  std::mt19937_64 rng(11);
  for (int attempt = 0; attempt < 100; ++attempt) {
    Shape shape;
    shape.maxBuffers = 40;
    shape.maxSteps = 20;
    shape.maxBytes = 50;
    std::vector<Buffer> buffers = randomProblem(rng, shape);
    PlannerOptions options;
    options.maxNodes = 1;
    PlanResult r = plan(buffers, options);
    expectValid(buffers, r.placement);
    if (r.optimal)
      continue;
    EXPECT_EQ(r.limitHit, "max-nodes");
    EXPECT_EQ(r.lowerBound, getLowerBound(buffers));
    EXPECT_GT(r.placement.arenaBytes, r.lowerBound);
    return;
  }
  FAIL() << "no problem needed the search";
}

TEST(Plan, NoSearchReturnsTheBestBaseline) {
  std::mt19937_64 rng(12);
  for (int i = 0; i < 200; ++i) {
    std::vector<Buffer> buffers = randomProblem(rng, {});
    PlannerOptions options;
    options.maxNodes = 0;
    PlanResult r = plan(buffers, options);
    expectValid(buffers, r.placement);
    EXPECT_EQ(r.placement.arenaBytes,
              *std::min_element(r.baselines.begin(), r.baselines.end()));
    EXPECT_EQ(r.nodes, 0u);
  }
}

TEST(Plan, EmptyAndZeroSizedProblems) {
  PlanResult empty = plan({});
  EXPECT_EQ(empty.placement.arenaBytes, 0u);
  EXPECT_TRUE(empty.optimal);
  std::vector<Buffer> zeros = {{0, 0, 3}, {0, 1, 2}};
  PlanResult r = plan(zeros);
  expectValid(zeros, r.placement);
  EXPECT_EQ(r.placement.arenaBytes, 0u);
}

} // namespace
