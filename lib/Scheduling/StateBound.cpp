//===- StateBound.cpp - Lower bound on the completions of a state -*- C++
//-*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// The terms of unit v: every buffer b whose producer is a unit that is
// neither v, nor an ancestor or descendant of v, that v does not touch, and
// that is pinned or touched by a descendant of v. Once the producer is
// scheduled (and v is not), b is allocated and cannot die before v has run.
//
//===----------------------------------------------------------------------===//

#include "StateBound.h"
#include "Closure.h"

#include "llvm/ADT/bit.h"

#include <algorithm>
#include <numeric>

using namespace serenity::sched;

namespace {
/// Terms over all units above which a part gets no per-state bound.
constexpr size_t kMaxTerms = size_t(1) << 14;
constexpr size_t kMaxUnits = 4096;
} // namespace

bool StateBound::applicable(const Problem &problem) {
  return !problem.unitStaticBound.empty() && problem.numUnits() <= kMaxUnits &&
         problem.numUnits() * problem.bufBytes.size() <= 16 * kMaxTerms;
}

bool StateBound::affordable() const { return terms.size() <= kMaxTerms; }

StateBound::StateBound(const Problem &problem) : p(problem) {
  size_t n = p.numUnits(), numBufs = p.bufBytes.size();
  BitMatrix anc = ancestors(p), desc = descendants(p);
  size_t words = anc.words;
  // region.row(b): the units v for which buffer b is a term.
  std::vector<std::vector<uint32_t>> perUnit(n);
  std::vector<uint64_t> region(words);
  for (uint32_t b = 0; b < numBufs; ++b) {
    uint32_t producer = p.bufProducer[b];
    if (producer == kNoUnit)
      continue; // Live from the start: in the static bound.
    if (p.bufPinned[b]) {
      std::fill(region.begin(), region.end(), ~uint64_t(0));
    } else {
      std::fill(region.begin(), region.end(), 0);
      for (uint32_t t : p.touchers(b)) {
        const uint64_t *row = anc.row(t);
        for (size_t w = 0; w < words; ++w)
          region[w] |= row[w];
      }
    }
    const uint64_t *down = desc.row(producer), *up = anc.row(producer);
    for (size_t w = 0; w < words; ++w)
      region[w] &= ~(down[w] | up[w]);
    region[producer / 64] &= ~(uint64_t(1) << (producer % 64));
    for (uint32_t t : p.touchers(b))
      region[t / 64] &= ~(uint64_t(1) << (t % 64));
    for (size_t w = 0; w < words; ++w)
      for (uint64_t bits = region[w]; bits; bits &= bits - 1) {
        size_t v = w * 64 + llvm::countr_zero(bits);
        if (v < n)
          perUnit[v].push_back(b);
      }
  }
  termBegin.reserve(n + 1);
  maximum.assign(n, 0);
  for (uint32_t v = 0; v < n; ++v) {
    termBegin.push_back(terms.size());
    maximum[v] = p.unitStaticBound[v];
    for (uint32_t b : perUnit[v]) {
      terms.push_back({p.bufProducer[b], p.bufBytes[b]});
      maximum[v] += p.bufBytes[b];
    }
  }
  termBegin.push_back(terms.size());
  byMaximum.resize(n);
  std::iota(byMaximum.begin(), byMaximum.end(), 0);
  std::stable_sort(
      byMaximum.begin(), byMaximum.end(),
      [&](uint32_t a, uint32_t b) { return maximum[a] > maximum[b]; });
}

template <typename InSet>
uint64_t StateBound::boundImpl(InSet inSet, uint64_t known) const {
  uint64_t best = known;
  for (uint32_t v : byMaximum) {
    if (maximum[v] <= best)
      break;
    if (inSet(v))
      continue;
    uint64_t bytes = p.unitStaticBound[v];
    for (uint32_t i = termBegin[v]; i < termBegin[v + 1]; ++i)
      if (inSet(terms[i].producer))
        bytes += terms[i].bytes;
    best = std::max(best, bytes);
  }
  return best;
}

uint64_t StateBound::bound(const NodeSet &set, uint64_t known) const {
  return boundImpl([&](uint32_t u) { return set.contains(u); }, known);
}

uint64_t StateBound::bound(llvm::ArrayRef<uint8_t> scheduled) const {
  return boundImpl([&](uint32_t u) { return scheduled[u] != 0; }, 0);
}
