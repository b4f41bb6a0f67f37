//===- State.h - A partial schedule of a part -------------------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// The state every search and list scheduler of a part walks: the set of
// scheduled units (a signature), the units ready to run, the live bytes and
// the effective peak so far, with the exact cost of running a unit next and
// the free-first reduction (docs/Algorithms.md, section 4). Internal to the
// library.
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_LIB_SCHEDULING_STATE_H
#define SERENITY_LIB_SCHEDULING_STATE_H

#include "Problem.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/bit.h"

#include <algorithm>
#include <cassert>
#include <cstdint>
#include <vector>

namespace serenity::sched {

/// A down-closed set of units stored as a watermark plus a window: every
/// unit below `low` is in the set, `low` is not, and bit i of `bits` says
/// whether unit low + i is. Trailing zero words are trimmed, so the
/// representation is canonical. With units in topological order the window
/// stays short: its length is the spread between the oldest unscheduled unit
/// and the newest scheduled one.
struct NodeSet {
  uint32_t low = 0;
  llvm::SmallVector<uint64_t, 4> bits;

  bool contains(uint32_t u) const {
    if (u < low)
      return true;
    uint32_t off = u - low, word = off / 64;
    return word < bits.size() && (bits[word] >> (off % 64) & 1);
  }

  void insert(uint32_t u) {
    assert(!contains(u) && "unit already in the set");
    uint32_t off = u - low;
    if (off != 0) {
      uint32_t word = off / 64;
      if (word >= bits.size())
        bits.resize(word + 1, 0);
      bits[word] |= uint64_t(1) << (off % 64);
      return;
    }
    // The watermark moves past the run of scheduled units starting at low.
    if (bits.empty()) {
      ++low;
      return;
    }
    bits[0] |= 1;
    uint32_t shift = 0;
    size_t w = 0;
    for (; w < bits.size() && bits[w] == ~uint64_t(0); ++w)
      shift += 64;
    if (w < bits.size())
      shift += llvm::countr_one(bits[w]);
    low += shift;
    size_t wordShift = shift / 64, bitShift = shift % 64;
    size_t n = bits.size();
    for (size_t i = 0; i + wordShift < n; ++i) {
      uint64_t v = bits[i + wordShift] >> bitShift;
      if (bitShift && i + wordShift + 1 < n)
        v |= bits[i + wordShift + 1] << (64 - bitShift);
      bits[i] = v;
    }
    bits.resize(n - wordShift);
    while (!bits.empty() && bits.back() == 0)
      bits.pop_back();
  }
};

/// A partial schedule.
struct Cursor {
  NodeSet set;
  /// Ready units (all predecessors scheduled), ascending.
  llvm::SmallVector<uint32_t, 32> ready;
  /// Local live bytes after the scheduled units.
  uint64_t live = 0;
  /// Effective peak so far: the largest step cost, clamped below by the
  /// floor of the search.
  uint64_t value = 0;
  uint32_t count = 0;
};

struct StepCost {
  uint64_t peak, after;
};

/// The largest live bytes while unit `u` runs after `set`, and the live bytes
/// once it has run.
inline StepCost evalUnit(const Problem &p, const NodeSet &set, uint32_t u,
                         uint64_t live) {
  uint64_t peak = 0;
  for (uint32_t s = p.unitStepBegin[u], e = p.unitStepBegin[u + 1]; s < e;
       ++s) {
    live += p.stepAlloc[s];
    peak = std::max(peak, live);
    for (uint32_t b : p.frees(s)) {
      bool dead = true;
      for (uint32_t t : p.touchers(b))
        if (t != u && !set.contains(t)) {
          dead = false;
          break;
        }
      if (dead)
        live -= p.bufBytes[b];
    }
  }
  return {peak, live};
}

inline Cursor rootCursor(const Problem &p, uint64_t floor) {
  Cursor c;
  c.live = p.initialLive;
  c.value = floor;
  for (uint32_t u = 0, e = p.numUnits(); u < e; ++u)
    if (p.preds(u).empty())
      c.ready.push_back(u);
  return c;
}

inline void applyUnit(const Problem &p, Cursor &c, uint32_t u, StepCost cost) {
  auto it = std::lower_bound(c.ready.begin(), c.ready.end(), u);
  assert(it != c.ready.end() && *it == u && "unit not ready");
  c.ready.erase(it);
  c.live = cost.after;
  c.value = std::max(c.value, cost.peak);
  c.set.insert(u);
  ++c.count;
  for (uint32_t s : p.succs(u)) {
    bool isReady = true;
    for (uint32_t q : p.preds(s))
      if (!c.set.contains(q)) {
        isReady = false;
        break;
      }
    if (isReady)
      c.ready.insert(std::lower_bound(c.ready.begin(), c.ready.end(), s), s);
  }
}

/// Free-first reduction: a ready unit that does not raise the effective peak
/// and does not increase the live bytes can run now without loss (proof in
/// docs/Algorithms.md). Applies it until no unit qualifies, smallest first.
/// `forcible[u]` is false for units that allocate more than they can ever
/// free, which never qualify.
inline void closeForced(const Problem &p, llvm::ArrayRef<uint8_t> forcible,
                        Cursor &c, llvm::SmallVectorImpl<uint32_t> &moves) {
  for (bool progress = true; progress;) {
    progress = false;
    for (uint32_t u : c.ready) {
      if (!forcible[u] || c.live + p.stepAlloc[p.unitStepBegin[u]] > c.value)
        continue;
      StepCost cost = evalUnit(p, c.set, u, c.live);
      if (cost.after <= c.live && cost.peak <= c.value) {
        applyUnit(p, c, u, cost);
        moves.push_back(u);
        progress = true;
        break;
      }
    }
  }
}

inline std::vector<uint8_t> forcibleUnits(const Problem &p) {
  std::vector<uint8_t> forcible(p.numUnits());
  for (uint32_t u = 0, e = p.numUnits(); u < e; ++u) {
    uint64_t alloc = 0, freeable = 0;
    for (uint32_t s = p.unitStepBegin[u]; s < p.unitStepBegin[u + 1]; ++s) {
      alloc += p.stepAlloc[s];
      for (uint32_t b : p.frees(s))
        freeable += p.bufBytes[b];
    }
    forcible[u] = alloc <= freeable;
  }
  return forcible;
}

/// Serializes a set: one header word (low, window words), then the window.
inline void encodeKey(const NodeSet &set,
                      llvm::SmallVectorImpl<uint64_t> &key) {
  key.clear();
  key.push_back(uint64_t(set.low) | uint64_t(set.bits.size()) << 32);
  key.append(set.bits.begin(), set.bits.end());
}

} // namespace serenity::sched

#endif // SERENITY_LIB_SCHEDULING_STATE_H
