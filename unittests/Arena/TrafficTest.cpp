//===- TrafficTest.cpp - Belady's traffic against every policy --*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// The off-chip traffic model (serenity/Arena/Traffic.h) on orders worked out
// by hand (a buffer larger than the capacity, a partial eviction, entry and
// live-out buffers), and Belady's load traffic against the smallest load
// traffic over every policy (every choice of how many bytes of each buffer
// stay on chip after every step) on thousands of small random orders.
//
//===----------------------------------------------------------------------===//

#include "serenity/Arena/Traffic.h"

#include "gtest/gtest.h"

#include <functional>
#include <limits>
#include <map>
#include <random>
#include <sstream>

using namespace serenity::arena;

namespace {

AccessedBuffer buffer(uint64_t bytes, int64_t producer,
                      std::vector<uint32_t> reads, bool liveOut = false) {
  return AccessedBuffer{bytes, producer, std::move(reads), liveOut};
}

TEST(Traffic, NothingMovesWhenEverythingFits) {
  std::vector<AccessedBuffer> buffers = {
      buffer(4, -1, {0, 2}), buffer(3, 0, {1}), buffer(5, 1, {2}, true)};
  // Live at most: 4 + 3 + 5 = 12 while step 1 runs.
  for (uint64_t capacity : {12, 100}) {
    Traffic t = simulateBelady(buffers, 3, capacity);
    EXPECT_EQ(t.loadBytes, 0u);
    EXPECT_EQ(t.storeBytes, 0u);
  }
  // One byte less: while step 1 runs something must be off chip. The input
  // is read last, at step 2: one of its bytes goes out and comes back.
  Traffic t = simulateBelady(buffers, 3, 11);
  EXPECT_EQ(t.storeBytes, 1u);
  EXPECT_EQ(t.loadBytes, 1u);
}

TEST(Traffic, NothingOnChip) {
  // Every byte written goes out if it is needed again, every read comes in.
  std::vector<AccessedBuffer> buffers = {
      buffer(4, -1, {0, 2}), buffer(3, 0, {1}), buffer(5, 1, {2}, true),
      buffer(7, 2, {})};
  Traffic t = simulateBelady(buffers, 3, 0);
  EXPECT_EQ(t.loadBytes, 4u + 4u + 3u + 5u);
  EXPECT_EQ(t.storeBytes, 4u + 3u + 5u); // the dead 7 bytes are not stored
}

TEST(Traffic, BufferLargerThanTheCapacity) {
  // 10 bytes with 4 on chip: written at step 0 (6 bytes straight out), read
  // at steps 2 and 3 (6 bytes back each time; the 4 kept are the ones
  // without an off-chip copy).
  std::vector<AccessedBuffer> buffers = {buffer(10, 0, {2, 3})};
  Traffic t = simulateBelady(buffers, 4, 4);
  EXPECT_EQ(t.storeBytes, 6u);
  EXPECT_EQ(t.loadBytes, 12u);
}

TEST(Traffic, PartialEvictionMovesOnlyWhatDoesNotFit) {
  // A (4 B) written at step 0, read at step 3; B (3 B) written at step 1,
  // read at step 2; 5 bytes on chip. After step 1, B is needed sooner: it
  // stays whole and 2 of A's bytes go out (stored), to come back at step 3.
  std::vector<AccessedBuffer> buffers = {buffer(4, 0, {3}), buffer(3, 1, {2})};
  Traffic t = simulateBelady(buffers, 4, 5);
  EXPECT_EQ(t.storeBytes, 2u);
  EXPECT_EQ(t.loadBytes, 2u);
}

TEST(Traffic, LoadedBytesAreDroppedForFree) {
  // 4 bytes on chip. X (4 B, on chip at entry) is read at steps 2 and 4;
  // Y (4 B) is written at step 0 and read at step 1; Z (4 B) is written at
  // step 2 and read at step 3.
  //   step 0: Y is read sooner than X: X goes out (stored, 4 B).
  //   step 2: X comes back (loaded, 4 B); Z is read sooner: X goes out
  //           again, for free this time (it has its copy off chip).
  //   step 4: X comes back (loaded, 4 B).
  std::vector<AccessedBuffer> buffers = {buffer(4, -1, {2, 4}),
                                         buffer(4, 0, {1}), buffer(4, 2, {3})};
  Traffic t = simulateBelady(buffers, 5, 4);
  EXPECT_EQ(t.storeBytes, 4u);
  EXPECT_EQ(t.loadBytes, 8u);
}

TEST(Traffic, EntryAndLiveOutBuffers) {
  // The input (6 B) is on chip at entry and read at step 1, which writes the
  // output (6 B), live-out. Both are on chip while step 1 runs: 12 bytes
  // keep everything there.
  std::vector<AccessedBuffer> buffers = {buffer(6, -1, {1}),
                                         buffer(6, 1, {}, true)};
  EXPECT_EQ(simulateBelady(buffers, 2, 12).total(), 0u);
  // With 6 bytes the input, read now, stays; the output is written straight
  // out (6 B stored).
  Traffic six = simulateBelady(buffers, 2, 6);
  EXPECT_EQ(six.loadBytes, 0u);
  EXPECT_EQ(six.storeBytes, 6u);
  // With 4 bytes: 2 input bytes go out at entry and are read back from off
  // chip at step 1; all 6 output bytes go out.
  Traffic four = simulateBelady(buffers, 2, 4);
  EXPECT_EQ(four.loadBytes, 2u);
  EXPECT_EQ(four.storeBytes, 2u + 6u);
}

//===----------------------------------------------------------------------===//
// Against every policy
//===----------------------------------------------------------------------===//

/// The smallest load traffic over every policy: at each step, any number of
/// bytes of each live buffer on chip while the step runs, up to what is
/// available (on chip before the step, or all of it if the step reads or
/// writes it), within the capacity; a step reads from off chip the bytes of
/// its operands it does not find on chip; what is held while a step runs
/// is what stays after it (minus what no step needs again). A dynamic
/// program over the vector of on-chip bytes per buffer.
uint64_t minimumLoads(llvm::ArrayRef<AccessedBuffer> buffers, uint32_t steps,
                      uint64_t capacity) {
  size_t n = buffers.size();
  auto liveAt = [&](size_t b, int64_t slot) {
    // slot 0 is the entry; step s is slot s + 1.
    if (buffers[b].producer + 1 > slot)
      return false;
    if (buffers[b].liveOut)
      return true;
    for (uint32_t r : buffers[b].reads)
      if (int64_t(r) + 1 >= slot)
        return true;
    return false;
  };
  std::map<std::vector<uint64_t>, uint64_t> states = {
      {std::vector<uint64_t>(n, 0), 0}};
  for (int64_t slot = 0; slot <= int64_t(steps); ++slot) {
    std::map<std::vector<uint64_t>, uint64_t> nextStates;
    for (const auto &[onChip, cost] : states) {
      std::vector<uint64_t> available = onChip;
      std::vector<bool> read(n, false);
      for (size_t b = 0; b < n; ++b) {
        for (uint32_t r : buffers[b].reads)
          read[b] = read[b] || int64_t(r) + 1 == slot;
        if (read[b] || buffers[b].producer + 1 == slot)
          available[b] = buffers[b].bytes;
        if (!liveAt(b, slot))
          available[b] = 0;
      }
      // Every vector of held bytes below `available` within the capacity.
      std::vector<uint64_t> held(n, 0);
      std::function<void(size_t, uint64_t)> choose = [&](size_t b,
                                                         uint64_t used) {
        if (b == n) {
          uint64_t loads = cost;
          std::vector<uint64_t> after(n, 0);
          for (size_t c = 0; c < n; ++c) {
            // Bytes are interchangeable: the held ones include the ones
            // that were on chip, as far as they go.
            if (read[c])
              loads += buffers[c].bytes - std::min(onChip[c], held[c]);
            if (liveAt(c, slot + 1))
              after[c] = held[c];
          }
          auto [it, inserted] = nextStates.insert({after, loads});
          if (!inserted)
            it->second = std::min(it->second, loads);
          return;
        }
        for (uint64_t k = 0; k <= available[b] && used + k <= capacity; ++k) {
          held[b] = k;
          choose(b + 1, used + k);
        }
        held[b] = 0;
      };
      choose(0, 0);
    }
    states = std::move(nextStates);
  }
  uint64_t best = std::numeric_limits<uint64_t>::max();
  for (const auto &entry : states)
    best = std::min(best, entry.second);
  return best;
}

std::string describe(llvm::ArrayRef<AccessedBuffer> buffers, uint32_t steps,
                     uint64_t capacity) {
  std::ostringstream os;
  os << steps << " steps, " << capacity << " bytes on chip:";
  for (const AccessedBuffer &b : buffers) {
    os << " buffer(" << b.bytes << ", " << b.producer << ", {";
    for (uint32_t r : b.reads)
      os << r << ",";
    os << "}, " << b.liveOut << ")";
  }
  return os.str();
}

TEST(Traffic, BeladyLoadsTheLeastOfEveryPolicy) {
  std::mt19937_64 rng(5);
  auto uniform = [&](uint64_t lo, uint64_t hi) {
    return std::uniform_int_distribution<uint64_t>(lo, hi)(rng);
  };
  unsigned withTraffic = 0;
  for (int i = 0; i < 2000; ++i) {
    uint32_t steps = uniform(1, 6);
    std::vector<AccessedBuffer> buffers(uniform(1, 5));
    for (AccessedBuffer &b : buffers) {
      b.bytes = uniform(1, 3);
      b.producer = int64_t(uniform(0, steps)) - 1;
      for (uint32_t s = b.producer + 1; s < steps; ++s)
        if (uniform(0, 2) == 0)
          b.reads.push_back(s);
      b.liveOut = uniform(0, 4) == 0;
    }
    uint64_t capacity = uniform(0, 6);
    Traffic belady = simulateBelady(buffers, steps, capacity);
    uint64_t best = minimumLoads(buffers, steps, capacity);
    ASSERT_EQ(belady.loadBytes, best) << describe(buffers, steps, capacity);
    // Nothing is read back that was never written out.
    if (belady.storeBytes == 0) {
      EXPECT_EQ(belady.loadBytes, 0u);
    }
    withTraffic += belady.loadBytes > 0;
  }
  EXPECT_GT(withTraffic, 500u);
}

} // namespace
