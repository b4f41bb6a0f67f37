//===- Greedy.cpp - The greedy placement policies of other frameworks -----===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// Reimplementations of the arena planners a user gets today, so that a table
// can compare with them on the same problems (docs/Arena.md, "Baselines"):
//
// - TensorFlow Lite: tensorflow/lite/arena_planner.cc (the order,
//   CreateTensorAllocationVector) and simple_memory_arena.cc (the offset,
//   SimpleMemoryArena::Allocate).
// - TensorFlow Lite Micro: tensorflow/lite/micro/memory_planner/
//   greedy_memory_planner.cc (CalculateOffsetsIfNeeded).
// - XLA: xla/service/heap_simulator/heap_simulator.cc,
//   GlobalDecreasingSizeBestFitHeap with the spatial order
//   (GetSpatialBufferIntervalCompare, FindChunkCandidate).
//
//===----------------------------------------------------------------------===//

#include "ArenaDetail.h"
#include "serenity/Arena/Arena.h"

#include <algorithm>
#include <limits>
#include <numeric>

using namespace serenity::arena;
using detail::roundUp;

llvm::StringRef serenity::arena::getGreedyName(Greedy policy) {
  switch (policy) {
  case Greedy::TFLite:
    return "tflite";
  case Greedy::TFLiteMicro:
    return "tflite-micro";
  case Greedy::XLA:
    return "xla";
  }
  return "unknown";
}

/// The order in which `policy` places the buffers.
static std::vector<size_t> placementOrder(llvm::ArrayRef<Buffer> buffers,
                                          Greedy policy) {
  std::vector<size_t> order(buffers.size());
  std::iota(order.begin(), order.end(), 0);
  uint32_t start = std::numeric_limits<uint32_t>::max(), end = 0;
  for (const Buffer &b : buffers) {
    start = std::min(start, b.first);
    end = std::max(end, b.last);
  }
  // TFLite puts the tensors that live through the whole inference first.
  auto whole = [&](size_t i) {
    return buffers[i].first == start && buffers[i].last == end;
  };
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    const Buffer &a = buffers[x], &b = buffers[y];
    switch (policy) {
    case Greedy::TFLite:
      if (whole(x) != whole(y))
        return whole(x);
      if (whole(x))
        return x < y;
      if (a.bytes != b.bytes)
        return a.bytes > b.bytes;
      return a.first < b.first;
    case Greedy::TFLiteMicro:
      return a.bytes > b.bytes;
    case Greedy::XLA:
      if (a.bytes != b.bytes)
        return a.bytes > b.bytes;
      return a.last - a.first > b.last - b.first;
    }
    return false;
  });
  return order;
}

Placement serenity::arena::placeGreedy(llvm::ArrayRef<Buffer> buffers,
                                       Greedy policy) {
  Placement result;
  result.offsets.assign(buffers.size(), 0);
  std::vector<size_t> placed; // kept sorted by offset
  uint64_t heapTop = 0;
  const uint64_t none = std::numeric_limits<uint64_t>::max();
  for (size_t x : placementOrder(buffers, policy)) {
    const Buffer &b = buffers[x];
    if (b.bytes == 0)
      continue;
    uint64_t best = none, bestFit = none;
    uint64_t current = 0; // the top of the overlapping buffers seen so far
    for (size_t y : placed) {
      const Buffer &c = buffers[y];
      if (c.last < b.first || c.first > b.last)
        continue;
      uint64_t offset = result.offsets[y];
      uint64_t start = roundUp(current, b.alignment);
      if (policy == Greedy::TFLiteMicro) {
        if (start + b.bytes <= offset)
          break; // the lowest gap that fits
      } else if (start + b.bytes <= offset && offset - start < bestFit) {
        best = start;
        // TFLite measures the gap from the unaligned top; XLA from the
        // aligned start.
        bestFit = offset - (policy == Greedy::TFLite ? current : start);
      }
      current = std::max(current, offset + c.bytes);
      if (policy == Greedy::TFLite && bestFit == 0)
        break;
    }
    uint64_t top = roundUp(current, b.alignment);
    if (policy == Greedy::TFLiteMicro) {
      best = top;
    } else if (policy == Greedy::XLA && top + b.bytes <= heapTop &&
               heapTop - top < bestFit) {
      best = top; // the free space below the arena's current top
    }
    if (best == none)
      best = top;
    result.offsets[x] = best;
    heapTop = std::max(heapTop, best + b.bytes);
    auto at = std::upper_bound(
        placed.begin(), placed.end(), best,
        [&](uint64_t offset, size_t y) { return offset < result.offsets[y]; });
    placed.insert(at, x);
  }
  result.arenaBytes = getArenaBytes(buffers, result.offsets);
  return result;
}
