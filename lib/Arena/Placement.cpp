//===- Placement.cpp - Arena sizes, lower bound and checker -----*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//

#include "ArenaDetail.h"
#include "serenity/Arena/Arena.h"

#include "llvm/Support/FormatVariadic.h"

#include <algorithm>
#include <map>

using namespace serenity::arena;

uint64_t serenity::arena::getGranule(llvm::ArrayRef<Buffer> buffers) {
  uint64_t granule = 0;
  for (const Buffer &b : buffers)
    if (b.bytes > 0)
      granule = granule ? std::min(granule, b.alignment) : b.alignment;
  return granule ? granule : 1;
}

uint64_t serenity::arena::getArenaBytes(llvm::ArrayRef<Buffer> buffers,
                                        llvm::ArrayRef<uint64_t> offsets) {
  uint64_t top = 0;
  for (size_t i = 0; i < buffers.size(); ++i)
    if (buffers[i].bytes > 0)
      top = std::max(top, offsets[i] + buffers[i].bytes);
  return detail::roundUp(top, getGranule(buffers));
}

uint64_t serenity::arena::getLowerBound(llvm::ArrayRef<Buffer> buffers) {
  uint64_t granule = getGranule(buffers);
  // (step, +bytes) when a buffer becomes live, (last + 1, -bytes) after it
  // dies; the sum after all events of a step is the live bytes at it.
  std::vector<std::pair<uint64_t, int64_t>> events;
  for (const Buffer &b : buffers) {
    if (b.bytes == 0)
      continue;
    int64_t bytes = detail::roundUp(b.bytes, granule);
    events.push_back({b.first, bytes});
    events.push_back({uint64_t(b.last) + 1, -bytes});
  }
  std::sort(events.begin(), events.end());
  int64_t live = 0, best = 0;
  for (size_t i = 0; i < events.size(); ++i) {
    live += events[i].second;
    if (i + 1 == events.size() || events[i + 1].first != events[i].first)
      best = std::max(best, live);
  }
  return best;
}

std::string serenity::arena::checkPlacement(llvm::ArrayRef<Buffer> buffers,
                                            const Placement &placement) {
  if (placement.offsets.size() != buffers.size())
    return llvm::formatv("{0} offsets for {1} buffers",
                         placement.offsets.size(), buffers.size());
  for (size_t i = 0; i < buffers.size(); ++i) {
    const Buffer &b = buffers[i];
    if (b.first > b.last)
      return llvm::formatv("buffer {0} ends (step {1}) before it starts "
                           "(step {2})",
                           i, b.last, b.first);
    if (b.alignment == 0 || (b.alignment & (b.alignment - 1)))
      return llvm::formatv("buffer {0} has alignment {1}, not a power of two",
                           i, b.alignment);
    if (placement.offsets[i] % b.alignment)
      return llvm::formatv("buffer {0} at offset {1} is not aligned to {2}", i,
                           placement.offsets[i], b.alignment);
    if (placement.offsets[i] > UINT64_MAX - b.bytes)
      return llvm::formatv("buffer {0} at offset {1} overflows", i,
                           placement.offsets[i]);
  }
  uint64_t expected = getArenaBytes(buffers, placement.offsets);
  if (placement.arenaBytes != expected)
    return llvm::formatv("arena of {0} bytes, but the buffers need {1}",
                         placement.arenaBytes, expected);

  // Sweep the steps in order of first step. Every pair of buffers with
  // overlapping lifetimes meets here: the one that starts later (or second,
  // at the same step) is checked against the other while it is active. The
  // active buffers are disjoint in the arena (or a violation was reported),
  // so each new one only needs its neighbours by offset.
  std::vector<size_t> byFirst;
  for (size_t i = 0; i < buffers.size(); ++i)
    if (buffers[i].bytes > 0)
      byFirst.push_back(i);
  std::stable_sort(byFirst.begin(), byFirst.end(), [&](size_t x, size_t y) {
    return buffers[x].first < buffers[y].first;
  });
  std::multimap<uint64_t, size_t> active; // offset -> buffer
  auto overlap = [&](size_t x, size_t y) {
    uint64_t ox = placement.offsets[x], oy = placement.offsets[y];
    return ox < oy + buffers[y].bytes && oy < ox + buffers[x].bytes;
  };
  auto describe = [&](size_t x, size_t y) {
    return llvm::formatv(
        "buffers {0} (steps {1}-{2}, bytes [{3}, {4})) and {5} (steps "
        "{6}-{7}, bytes [{8}, {9})) overlap",
        x, buffers[x].first, buffers[x].last, placement.offsets[x],
        placement.offsets[x] + buffers[x].bytes, y, buffers[y].first,
        buffers[y].last, placement.offsets[y],
        placement.offsets[y] + buffers[y].bytes);
  };
  for (size_t x : byFirst) {
    for (auto it = active.begin(); it != active.end();)
      it = buffers[it->second].last < buffers[x].first ? active.erase(it)
                                                       : std::next(it);
    auto next = active.lower_bound(placement.offsets[x]);
    if (next != active.end() && overlap(x, next->second))
      return describe(next->second, x);
    if (next != active.begin() && overlap(x, std::prev(next)->second))
      return describe(std::prev(next)->second, x);
    active.insert({placement.offsets[x], x});
  }
  return {};
}
