//===- BruteForce.cpp - Optimal peak by exhaustive search -------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// Layer k holds every down-set of k nodes with the smallest peak of the
// orders of its nodes. Running node v after down-set S costs the bytes live
// after S plus v's allocations (docs/MemoryModel.md): a buffer is live after
// S if its producer is in S (or it is an entry buffer) and it is live-out or
// some user is not in S.
//
//===----------------------------------------------------------------------===//

#include "BruteForce.h"

#include "llvm/ADT/DenseMap.h"

#include <algorithm>

using namespace serenity::sched;
using namespace serenity::sched::bench;

std::optional<BruteForceResult>
serenity::sched::bench::bruteForcePeak(const Graph &g, uint64_t maxDownSets) {
  size_t n = g.numNodes();
  if (n > 63)
    return std::nullopt;
  auto bit = [](NodeId v) { return uint64_t(1) << v; };
  std::vector<uint64_t> predMask(n, 0);
  for (NodeId v = 0; v < n; ++v)
    for (NodeId q : g.preds(v))
      predMask[v] |= bit(q);
  auto live = [&](uint64_t set) {
    uint64_t bytes = 0;
    for (const Buffer &b : g.getBuffers()) {
      if (b.producer != kEntry && !(set & bit(b.producer)))
        continue;
      bool pending = b.liveOut;
      for (NodeId u : b.users)
        pending |= !(set & bit(u));
      if (pending)
        bytes += b.bytes;
    }
    return bytes;
  };
  BruteForceResult result;
  // Masks of at most 63 nodes never reach DenseMap's reserved keys (~0 and
  // ~0 - 1).
  llvm::DenseMap<uint64_t, uint64_t> layer, next;
  layer[0] = g.entryBytes();
  for (size_t k = 0; k < n; ++k) {
    next.clear();
    for (auto [set, peak] : layer) {
      uint64_t bytes = live(set);
      for (NodeId v = 0; v < n; ++v) {
        if ((set & bit(v)) || (predMask[v] & ~set))
          continue;
        uint64_t cost = std::max(peak, bytes + g.allocBytes(v));
        auto [it, inserted] = next.try_emplace(set | bit(v), cost);
        if (!inserted)
          it->second = std::min(it->second, cost);
      }
    }
    result.downSets += next.size();
    if (result.downSets > maxDownSets)
      return std::nullopt;
    std::swap(layer, next);
  }
  result.peak = n == 0 ? g.entryBytes() : layer.begin()->second;
  return result;
}
