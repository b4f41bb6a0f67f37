//===- CutBound.cpp - Min-cut lower bounds on unit costs --------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// The network (source side = the down-set D scheduled before the unit):
//
// * an arc y -> x of infinite capacity for every edge x -> y between units
//   (y in D forces x in D: D is a down-set);
// * per buffer b of w bytes with producer p (the source if b is live at the
//   start of the part): if b is pinned, p -> sink with capacity w (live iff
//   allocated); otherwise an auxiliary node a_b with p -> a_b of capacity w
//   and a_b -> t of infinite capacity for every toucher t: a_b can join D
//   only if every toucher did, so the cut pays w exactly when p is in D and
//   some toucher is not (b allocated and not dead);
// * source -> u (infinite) for the units forced into D, u -> sink
//   (infinite) for the unit and its descendants.
//
//===----------------------------------------------------------------------===//

#include "CutBound.h"

#include <algorithm>
#include <cassert>

using namespace serenity::sched;

namespace {
constexpr uint64_t kInfinite = uint64_t(1) << 62;
/// Units times network size above which a part gets no cut bound (about a
/// second of flows: parts of up to ~1,000 units).
constexpr uint64_t kMaxWork = 4'000'000;
} // namespace

CutBound::CutBound(const Problem &problem)
    : p(problem), numUnits(problem.numUnits()), anc(ancestors(problem)),
      desc(descendants(problem)), transient(numUnits, 0) {
  for (size_t u = 0; u < numUnits; ++u) {
    int64_t sum = 0, best = 0;
    for (uint32_t s = p.unitStepBegin[u]; s < p.unitStepBegin[u + 1]; ++s) {
      sum += static_cast<int64_t>(p.stepAlloc[s]);
      best = std::max(best, sum);
      for (uint32_t b : p.frees(s))
        sum -= static_cast<int64_t>(p.bufBytes[b]);
    }
    transient[u] = static_cast<uint64_t>(best);
  }

  size_t numBufs = p.bufBytes.size();
  source = numUnits + numBufs;
  sink = source + 1;
  out.resize(sink + 1);
  for (uint32_t u = 0; u < numUnits; ++u)
    for (uint32_t s : p.succs(u))
      addArc(s, u, kInfinite);
  for (uint32_t b = 0; b < numBufs; ++b) {
    uint64_t w = p.bufBytes[b];
    uint32_t producer = p.bufProducer[b] == kNoUnit ? source : p.bufProducer[b];
    if (p.bufPinned[b]) {
      if (producer == source)
        alwaysLive += w;
      else
        addArc(producer, sink, w);
      continue;
    }
    uint32_t aux = numUnits + b;
    addArc(producer, aux, w);
    for (uint32_t t : p.touchers(b))
      addArc(aux, t, kInfinite);
  }
  fromSource.resize(numUnits);
  toSink.resize(numUnits);
  for (uint32_t u = 0; u < numUnits; ++u) {
    fromSource[u] = arcs.size();
    addArc(source, u, 0);
    toSink[u] = arcs.size();
    addArc(u, sink, 0);
  }
  baseCap.reserve(arcs.size());
  for (const Arc &a : arcs)
    baseCap.push_back(a.cap);
  level.resize(sink + 1);
  next.resize(sink + 1);
}

void CutBound::addArc(uint32_t from, uint32_t to, uint64_t cap) {
  out[from].push_back(arcs.size());
  arcs.push_back({to, cap});
  out[to].push_back(arcs.size());
  arcs.push_back({from, 0});
}

bool CutBound::levels() {
  std::fill(level.begin(), level.end(), -1);
  queue.clear();
  queue.push_back(source);
  level[source] = 0;
  for (size_t i = 0; i < queue.size(); ++i) {
    uint32_t v = queue[i];
    for (uint32_t id : out[v])
      if (arcs[id].cap > 0 && level[arcs[id].to] < 0) {
        level[arcs[id].to] = level[v] + 1;
        queue.push_back(arcs[id].to);
      }
  }
  return level[sink] >= 0;
}

uint64_t CutBound::push(uint32_t v, uint64_t limit) {
  if (v == sink)
    return limit;
  for (uint32_t &i = next[v]; i < out[v].size(); ++i) {
    uint32_t id = out[v][i];
    Arc &a = arcs[id];
    if (a.cap == 0 || level[a.to] != level[v] + 1)
      continue;
    if (uint64_t d = push(a.to, std::min(limit, a.cap))) {
      a.cap -= d;
      arcs[id ^ 1].cap += d;
      return d;
    }
  }
  return 0;
}

uint64_t CutBound::maxFlow() {
  uint64_t flow = 0;
  while (levels()) {
    std::fill(next.begin(), next.end(), 0);
    while (uint64_t d = push(source, kInfinite))
      flow += d;
  }
  return flow;
}

uint64_t CutBound::unitBound(uint32_t v, llvm::ArrayRef<uint8_t> scheduled) {
  return unitBound(v, scheduled, {});
}

uint64_t CutBound::unitBound(uint32_t v, llvm::ArrayRef<uint8_t> scheduled,
                             llvm::ArrayRef<uint8_t> afterSet) {
  for (size_t i = 0; i < arcs.size(); ++i)
    arcs[i].cap = baseCap[i];
  const uint64_t *ancRow = anc.row(v), *descRow = desc.row(v);
  for (uint32_t u = 0; u < numUnits; ++u) {
    bool before = (ancRow[u / 64] >> (u % 64) & 1) ||
                  (!scheduled.empty() && scheduled[u]);
    bool after = u == v || (descRow[u / 64] >> (u % 64) & 1) ||
                 (!afterSet.empty() && afterSet[u]);
    assert(!(before && after) && "unit forced both sides of the cut");
    if (before)
      arcs[fromSource[u]].cap = kInfinite;
    if (after)
      arcs[toSink[u]].cap = kInfinite;
  }
  uint64_t flow = maxFlow();
  assert(flow < kInfinite && "no down-set separates the unit");
  return alwaysLive + flow + transient[v];
}

uint64_t CutBound::partBound(uint64_t target) {
  uint64_t best = 0;
  for (uint32_t v = 0; v < numUnits && best < target; ++v)
    best = std::max(best, unitBound(v));
  return best;
}

bool CutBound::affordable(const Problem &problem) {
  uint64_t network = problem.numUnits() + problem.bufBytes.size() +
                     problem.predList.size() + problem.toucherList.size();
  return problem.numUnits() * network <= kMaxWork;
}

uint64_t CutBound::projectionBound(llvm::ArrayRef<uint32_t> w) {
  size_t k = w.size();
  assert(k <= 20 && "projection too large");
  uint32_t full = (1u << k) - 1;
  std::vector<uint64_t> best(full + 1, UINT64_MAX);
  best[0] = 0;
  std::vector<uint8_t> before(numUnits), after(numUnits);
  for (uint32_t q = 0; q < full; ++q) {
    if (best[q] == UINT64_MAX)
      continue;
    for (size_t i = 0; i < k; ++i) {
      if (q >> i & 1)
        continue;
      // w[i] must have all its W-ancestors in q.
      bool ok = true;
      for (size_t j = 0; j < k; ++j)
        if (!(q >> j & 1) && j != i && isAncestor(w[j], w[i]))
          ok = false;
      if (!ok)
        continue;
      std::fill(before.begin(), before.end(), 0);
      std::fill(after.begin(), after.end(), 0);
      for (size_t j = 0; j < k; ++j) {
        uint32_t u = w[j];
        if (q >> j & 1) {
          before[u] = 1;
          for (uint32_t x = 0; x < numUnits; ++x)
            if (isAncestor(x, u))
              before[x] = 1;
        } else if (j != i) {
          after[u] = 1;
          for (uint32_t x = 0; x < numUnits; ++x)
            if (isAncestor(u, x))
              after[x] = 1;
        }
      }
      uint64_t c = std::max(best[q], unitBound(w[i], before, after));
      uint32_t next = q | 1u << i;
      best[next] = std::min(best[next], c);
    }
  }
  return best[full];
}
