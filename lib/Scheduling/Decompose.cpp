//===- Decompose.cpp - Chain merging, cut points and parts ------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// Turns a Graph into independent Problems: a stable topological sort, chain
// and delay merging under the exchange conditions of docs/Algorithms.md,
// splitting after every unit comparable with all others that touch a buffer,
// and per part the local buffers, the constant background and a static lower
// bound.
//
//===----------------------------------------------------------------------===//

#include "Closure.h"
#include "Problem.h"

#include "llvm/ADT/bit.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <queue>

using namespace serenity::sched;

namespace {

constexpr uint32_t kNone = ~uint32_t(0);

/// Chains longer than this are not merged further; merge checks are linear
/// in the chain length.
constexpr size_t kMaxChainSteps = 256;

/// Parts with more units than this skip the transitive closure used by the
/// static lower bound (it costs units^2 / 4 bytes).
constexpr size_t kMaxClosureUnits = 16384;

/// Grows one chain unit node by node, deciding for each extension whether an
/// exchange argument proves it safe.
///
/// Per step j of the chain it tracks the bytes allocated (alloc), the bytes
/// certainly freed (sureFree: every other toucher is certainly done when the
/// chain runs) and the bytes possibly freed (maxFree: not pinned, last touch
/// within the chain).
class ChainBuilder {
public:
  explicit ChainBuilder(const Graph &graph)
      : graph(graph), inChain(graph.numNodes(), 0), done(graph.numNodes(), 0),
        lastStep(graph.numBuffers(), 0), lastStepStamp(graph.numBuffers(), 0) {}

  void start(NodeId first) {
    clear();
    ++stamp;
    for (NodeId p : graph.preds(first))
      done[p] = 1;
    append(first);
  }

  /// Appends `w` (the only successor of the chain's last node, whose only
  /// predecessor it is) if one of the merge conditions holds.
  bool tryExtend(NodeId w) {
    if (chain.size() >= kMaxChainSteps)
      return false;
    int64_t allocW = static_cast<int64_t>(graph.allocBytes(w));
    int64_t sureW = sureFreeOf(w);
    // C1: w may always run right after the chain (it never raises the peak
    // and never increases the live bytes): Q(chain) + a(w) <= 0 and
    // a(w) <= sureFree(w).
    int64_t q = INT64_MAX, sufAlloc = 0, sufSure = 0;
    for (size_t j = chain.size(); j-- > 0;) {
      sufSure += sure[j];
      q = std::min(q, sufAlloc - sufSure);
      sufAlloc += alloc[j];
    }
    bool c1 = q + allocW <= 0 && allocW <= sureW;
    // C2: the chain may always be delayed to right before w: netMin >= 0 and
    // D(chain) <= a(w).
    int64_t totalAlloc = 0, totalMax = 0, d = INT64_MIN, sufMax = 0;
    sufAlloc = 0;
    for (size_t j = chain.size(); j-- > 0;) {
      sufMax += maxFree[j];
      d = std::max(d, sufMax - sufAlloc);
      sufAlloc += alloc[j];
      totalAlloc += alloc[j];
      totalMax += maxFree[j];
    }
    bool c2 = totalAlloc - totalMax >= 0 && d <= allocW;
    if (!c1 && !c2)
      return false;
    append(w);
    return true;
  }

  llvm::ArrayRef<NodeId> nodes() const { return chain; }

  void clear() {
    for (NodeId n : chain) {
      inChain[n] = 0;
      for (NodeId p : graph.preds(n))
        done[p] = 0;
    }
    chain.clear();
    alloc.clear();
    sure.clear();
    maxFree.clear();
  }

private:
  template <typename Fn> void forEachTouched(NodeId n, Fn fn) const {
    for (BufferId b : graph.allocs(n))
      fn(b);
    for (BufferId b : graph.uses(n))
      fn(b);
  }

  /// Bytes certainly freed by the step of `w` when it runs after the chain:
  /// every other user is in the chain or a direct predecessor of its head.
  int64_t sureFreeOf(NodeId w) const {
    int64_t bytes = 0;
    forEachTouched(w, [&](BufferId b) {
      const Buffer &buf = graph.buffer(b);
      if (buf.liveOut)
        return;
      for (NodeId t : buf.users)
        if (t != w && !inChain[t] && !done[t])
          return;
      bytes += static_cast<int64_t>(buf.bytes);
    });
    return bytes;
  }

  void append(NodeId w) {
    size_t j = chain.size();
    int64_t maxW = 0;
    forEachTouched(w, [&](BufferId b) {
      const Buffer &buf = graph.buffer(b);
      if (buf.liveOut)
        return;
      maxW += static_cast<int64_t>(buf.bytes);
      // The buffer's last touch moves from an earlier step to w.
      if (lastStepStamp[b] == stamp)
        maxFree[lastStep[b]] -= static_cast<int64_t>(buf.bytes);
      lastStepStamp[b] = stamp;
      lastStep[b] = j;
    });
    int64_t sureW = sureFreeOf(w);
    chain.push_back(w);
    inChain[w] = 1;
    alloc.push_back(static_cast<int64_t>(graph.allocBytes(w)));
    sure.push_back(sureW);
    maxFree.push_back(maxW);
  }

  const Graph &graph;
  std::vector<NodeId> chain;
  std::vector<int64_t> alloc, sure, maxFree;
  std::vector<uint8_t> inChain, done;
  std::vector<uint32_t> lastStep, lastStepStamp;
  uint32_t stamp = 0;
};

/// Merges a unit M into the unit W holding the only successor of M's nodes
/// outside M, in front of W, when the exchange condition C3 of
/// docs/Algorithms.md proves that some optimal order runs M right before W:
/// M never shrinks memory (its net effect is at least its allocations minus
/// everything it may free, >= 0), and every step of M, run just before W,
/// costs no more than W's first step did after M (D(M) <= a(first step of
/// W)). W may have other predecessors: the merged unit waits for all of them.
class DelayMerger {
public:
  explicit DelayMerger(const Graph &graph)
      : graph(graph), stamp(graph.numBuffers(), 0) {}

  /// Merges until no unit qualifies and returns the number of merges.
  /// `units` are node sequences; `unitOf` maps nodes to indices in `units`.
  /// Emptied units stay as empty vectors.
  size_t run(std::vector<std::vector<NodeId>> &units,
             std::vector<uint32_t> &unitOf) {
    size_t merges = 0;
    for (bool changed = true; changed;) {
      changed = false;
      for (uint32_t m = 0; m < units.size(); ++m) {
        if (units[m].empty())
          continue;
        uint32_t w = onlySuccessorUnit(units[m], unitOf, m);
        if (w == kNone || units[m].size() + units[w].size() > kMaxChainSteps ||
            !delayable(units[m], units[w]))
          continue;
        for (NodeId n : units[m])
          unitOf[n] = w;
        units[w].insert(units[w].begin(), units[m].begin(), units[m].end());
        units[m].clear();
        changed = true;
        ++merges;
      }
    }
    return merges;
  }

private:
  /// The unit of the only node outside `unit` that its nodes feed, or kNone.
  uint32_t onlySuccessorUnit(llvm::ArrayRef<NodeId> unit,
                             llvm::ArrayRef<uint32_t> unitOf, uint32_t self) {
    NodeId succ = kNone;
    for (NodeId n : unit)
      for (NodeId s : graph.succs(n)) {
        if (unitOf[s] == self)
          continue;
        if (succ != kNone && succ != s)
          return kNone;
        succ = s;
      }
    return succ == kNone ? kNone : unitOf[succ];
  }

  /// C3: sum(a) - sum(max) >= 0 and D(M) <= a(first step of W).
  bool delayable(llvm::ArrayRef<NodeId> unit, llvm::ArrayRef<NodeId> next) {
    // max_j: bytes step j may free: not live-out, not touched later in M,
    // and not touched by W (W runs after M, since w depends on M: a buffer W
    // reads has a pending user, and M cannot touch one W allocates).
    ++current;
    for (NodeId n : next) {
      for (BufferId b : graph.allocs(n))
        stamp[b] = current;
      for (BufferId b : graph.uses(n))
        stamp[b] = current;
    }
    int64_t totalAlloc = 0, totalMax = 0, d = INT64_MIN, sufMax = 0,
            sufAlloc = 0;
    for (size_t j = unit.size(); j-- > 0;) {
      NodeId n = unit[j];
      int64_t maxJ = 0;
      auto touch = [&](BufferId b) {
        if (stamp[b] == current)
          return;
        stamp[b] = current;
        if (!graph.buffer(b).liveOut)
          maxJ += static_cast<int64_t>(graph.buffer(b).bytes);
      };
      for (BufferId b : graph.allocs(n))
        touch(b);
      for (BufferId b : graph.uses(n))
        touch(b);
      int64_t allocJ = static_cast<int64_t>(graph.allocBytes(n));
      sufMax += maxJ;
      d = std::max(d, sufMax - sufAlloc);
      sufAlloc += allocJ;
      totalAlloc += allocJ;
      totalMax += maxJ;
    }
    return totalAlloc - totalMax >= 0 &&
           d <= static_cast<int64_t>(graph.allocBytes(next.front()));
  }

  const Graph &graph;
  std::vector<uint32_t> stamp;
  uint32_t current = 0;
};

/// Delayed units (docs/Algorithms.md, section 4.1): units that never shrink
/// memory, whose possible frees (D, as in C2) are at most the first
/// allocation of each successor. Some optimal order runs every unit strictly
/// between such a unit and its first successor from the same class. A buffer
/// the unit touches can be freed by it only if no other toucher descends
/// from it; without the closure (huge parts) every candidate counts.
void markDelayedUnits(Problem &p) {
  size_t n = p.numUnits();
  std::optional<BitMatrix> desc;
  if (n <= kMaxClosureUnits)
    desc = descendants(p);
  p.unitDelayed.assign(n, 0);
  for (uint32_t u = 0; u < n; ++u) {
    if (p.succs(u).empty())
      continue;
    int64_t totalAlloc = 0, totalMax = 0, d = INT64_MIN, sufMax = 0,
            sufAlloc = 0;
    for (uint32_t s = p.unitStepBegin[u + 1]; s-- > p.unitStepBegin[u];) {
      int64_t maxFree = 0;
      for (uint32_t b : p.frees(s)) {
        bool later = false;
        if (desc)
          for (uint32_t t : p.touchers(b))
            if (t != u && desc->test(u, t)) {
              later = true;
              break;
            }
        if (!later)
          maxFree += static_cast<int64_t>(p.bufBytes[b]);
      }
      int64_t alloc = static_cast<int64_t>(p.stepAlloc[s]);
      sufMax += maxFree;
      d = std::max(d, sufMax - sufAlloc);
      sufAlloc += alloc;
      totalAlloc += alloc;
      totalMax += maxFree;
    }
    if (totalAlloc < totalMax)
      continue;
    bool delayed = true;
    for (uint32_t w : p.succs(u))
      if (d > static_cast<int64_t>(p.stepAlloc[p.unitStepBegin[w]]))
        delayed = false;
    p.unitDelayed[u] = delayed;
  }
}

/// Per original buffer, where it lives in the sequence of parts.
struct BufferSpan {
  int64_t allocPart = -1; // -1: live at entry
  int64_t lastPart = -1;  // last part that touches it, -1: none
};

class PartBuilder {
public:
  PartBuilder(const Graph &graph, llvm::ArrayRef<uint32_t> unitBegin,
              llvm::ArrayRef<NodeId> unitNodes, llvm::ArrayRef<uint32_t> unitOf,
              llvm::ArrayRef<BufferSpan> spans)
      : graph(graph), unitBegin(unitBegin), unitNodes(unitNodes),
        unitOf(unitOf), spans(spans), localOf(graph.numBuffers(), 0),
        localStamp(graph.numBuffers(), kNone) {}

  Problem build(uint32_t partIndex, uint32_t lo, uint32_t hi,
                uint64_t background, bool bounds, bool delays);

private:
  llvm::ArrayRef<NodeId> nodesOf(uint32_t unit) const {
    return unitNodes.slice(unitBegin[unit],
                           unitBegin[unit + 1] - unitBegin[unit]);
  }
  template <typename Fn> void forEachTouched(NodeId n, Fn fn) const {
    for (BufferId b : graph.allocs(n))
      fn(b);
    for (BufferId b : graph.uses(n))
      fn(b);
  }
  void computeLowerBound(Problem &p, llvm::ArrayRef<uint32_t> producer,
                         llvm::ArrayRef<uint32_t> producerStep,
                         llvm::ArrayRef<uint8_t> pinned,
                         llvm::ArrayRef<uint32_t> stepTouchBegin,
                         llvm::ArrayRef<uint32_t> stepTouchList);

  const Graph &graph;
  llvm::ArrayRef<uint32_t> unitBegin;
  llvm::ArrayRef<NodeId> unitNodes;
  llvm::ArrayRef<uint32_t> unitOf;
  llvm::ArrayRef<BufferSpan> spans;
  std::vector<uint32_t> localOf, localStamp;
};

} // namespace

Problem PartBuilder::build(uint32_t partIndex, uint32_t lo, uint32_t hi,
                           uint64_t background, bool bounds, bool delays) {
  Problem p;
  p.background = background;
  p.firstGlobalUnit = lo;
  uint32_t numUnits = hi - lo;
  auto localUnit = [&](NodeId n) -> uint32_t {
    uint32_t u = unitOf[n];
    return u >= lo && u < hi ? u - lo : kNone;
  };

  // Unit graph restricted to the part.
  p.predBegin.push_back(0);
  p.succBegin.push_back(0);
  std::vector<uint32_t> scratch;
  for (uint32_t u = lo; u < hi; ++u) {
    // A unit waits for the predecessors of all its nodes (merged units may
    // have several entry points); only its last node has successors outside.
    llvm::ArrayRef<NodeId> nodes = nodesOf(u);
    scratch.clear();
    for (NodeId n : nodes)
      for (NodeId pred : graph.preds(n))
        if (uint32_t l = localUnit(pred); l != kNone && l != u - lo)
          scratch.push_back(l);
    std::sort(scratch.begin(), scratch.end());
    scratch.erase(std::unique(scratch.begin(), scratch.end()), scratch.end());
    p.predList.insert(p.predList.end(), scratch.begin(), scratch.end());
    p.predBegin.push_back(p.predList.size());
    scratch.clear();
    for (NodeId n : nodes)
      for (NodeId succ : graph.succs(n))
        if (uint32_t l = localUnit(succ); l != kNone && l != u - lo)
          scratch.push_back(l);
    std::sort(scratch.begin(), scratch.end());
    scratch.erase(std::unique(scratch.begin(), scratch.end()), scratch.end());
    p.succList.insert(p.succList.end(), scratch.begin(), scratch.end());
    p.succBegin.push_back(p.succList.size());
  }

  // Steps and local buffers, in unit order.
  std::vector<uint32_t> producer, producerStep; // local unit / step or kNone
  std::vector<uint8_t> pinned;
  std::vector<uint32_t> stepTouchBegin{0}, stepTouchList;
  p.unitStepBegin.push_back(0);
  for (uint32_t u = lo; u < hi; ++u) {
    for (NodeId n : nodesOf(u)) {
      uint32_t step = p.stepNode.size();
      p.stepNode.push_back(n);
      p.stepAlloc.push_back(graph.allocBytes(n));
      forEachTouched(n, [&](BufferId b) {
        if (localStamp[b] != partIndex) {
          localStamp[b] = partIndex;
          localOf[b] = p.bufBytes.size();
          const Buffer &buf = graph.buffer(b);
          p.bufBytes.push_back(buf.bytes);
          bool producedHere =
              buf.producer != kEntry && localUnit(buf.producer) != kNone;
          producer.push_back(producedHere ? localUnit(buf.producer) : kNone);
          producerStep.push_back(kNone);
          pinned.push_back(buf.liveOut ||
                           spans[b].lastPart > static_cast<int64_t>(partIndex));
          if (!producedHere)
            p.initialLive += buf.bytes;
        }
        uint32_t lb = localOf[b];
        if (graph.buffer(b).producer == n)
          producerStep[lb] = step;
        stepTouchList.push_back(lb);
      });
      stepTouchBegin.push_back(stepTouchList.size());
    }
    p.unitStepBegin.push_back(p.stepNode.size());
  }
  size_t numBufs = p.bufBytes.size();

  // Touchers: units touching a buffer, other than its producer.
  std::vector<std::vector<uint32_t>> touchers(numBufs);
  for (uint32_t u = 0; u < numUnits; ++u)
    for (uint32_t s = p.unitStepBegin[u]; s < p.unitStepBegin[u + 1]; ++s)
      for (uint32_t i = stepTouchBegin[s]; i < stepTouchBegin[s + 1]; ++i) {
        uint32_t lb = stepTouchList[i];
        if (producer[lb] != u &&
            (touchers[lb].empty() || touchers[lb].back() != u))
          touchers[lb].push_back(u);
      }
  p.toucherBegin.push_back(0);
  for (auto &t : touchers) {
    p.toucherList.insert(p.toucherList.end(), t.begin(), t.end());
    p.toucherBegin.push_back(p.toucherList.size());
  }

  // Free candidates: at the last step of each touching unit that touches the
  // buffer, unless pinned, or the unit is the producer and others use it.
  std::vector<std::vector<uint32_t>> frees(p.numSteps());
  std::vector<uint32_t> seen(numBufs, kNone);
  for (uint32_t u = 0; u < numUnits; ++u)
    for (uint32_t s = p.unitStepBegin[u + 1]; s-- > p.unitStepBegin[u];)
      for (uint32_t i = stepTouchBegin[s]; i < stepTouchBegin[s + 1]; ++i) {
        uint32_t lb = stepTouchList[i];
        if (seen[lb] == u)
          continue;
        seen[lb] = u;
        if (pinned[lb] || (producer[lb] == u && !touchers[lb].empty()))
          continue;
        frees[s].push_back(lb);
      }
  p.freeBegin.push_back(0);
  for (auto &f : frees) {
    std::sort(f.begin(), f.end());
    p.freeList.insert(p.freeList.end(), f.begin(), f.end());
    p.freeBegin.push_back(p.freeList.size());
  }

  if (bounds)
    computeLowerBound(p, producer, producerStep, pinned, stepTouchBegin,
                      stepTouchList);
  p.bufProducer = std::move(producer);
  p.bufPinned = std::move(pinned);
  if (delays)
    markDelayedUnits(p);
  return p;
}

/// For every unit, the bytes that are live while it runs in every order:
/// its own allocations and operands, buffers allocated by its ancestors that
/// a descendant still needs, and pinned buffers allocated by ancestors.
void PartBuilder::computeLowerBound(Problem &p,
                                    llvm::ArrayRef<uint32_t> producer,
                                    llvm::ArrayRef<uint32_t> producerStep,
                                    llvm::ArrayRef<uint8_t> pinned,
                                    llvm::ArrayRef<uint32_t> stepTouchBegin,
                                    llvm::ArrayRef<uint32_t> stepTouchList) {
  size_t numUnits = p.numUnits();
  size_t numBufs = p.bufBytes.size();
  bool closure = numUnits <= kMaxClosureUnits;
  std::vector<uint64_t> external(numUnits, 0);
  std::optional<BitMatrix> desc, anc;
  if (closure) {
    p.unitStaticBound.assign(numUnits, 0);
    desc = descendants(p);
    anc = ancestors(p);
    size_t words = anc->words;
    // External: units not touching the buffer during which it is live.
    std::vector<uint64_t> region(words);
    for (size_t b = 0; b < numBufs; ++b) {
      if (producer[b] == kNone) {
        std::fill(region.begin(), region.end(), ~uint64_t(0));
        if (numUnits % 64)
          region[words - 1] = (uint64_t(1) << (numUnits % 64)) - 1;
      } else {
        const uint64_t *row = desc->row(producer[b]);
        std::copy(row, row + words, region.begin());
      }
      if (!pinned[b]) {
        std::vector<uint64_t> needed(words, 0);
        for (uint32_t t : p.touchers(b)) {
          const uint64_t *row = anc->row(t);
          for (size_t w = 0; w < words; ++w)
            needed[w] |= row[w];
        }
        for (size_t w = 0; w < words; ++w)
          region[w] &= needed[w];
      }
      for (uint32_t t : p.touchers(b))
        region[t / 64] &= ~(uint64_t(1) << (t % 64));
      if (producer[b] != kNone)
        region[producer[b] / 64] &= ~(uint64_t(1) << (producer[b] % 64));
      for (size_t w = 0; w < words; ++w)
        for (uint64_t bits = region[w]; bits; bits &= bits - 1)
          external[w * 64 + llvm::countr_zero(bits)] += p.bufBytes[b];
    }
  }

  // Own bytes: per step of the unit, its allocation plus every buffer it
  // touches that is already allocated and still needed.
  struct Touch {
    uint32_t buf, last;
  };
  std::vector<Touch> touches;
  std::vector<uint32_t> slot(numBufs, kNone);
  uint64_t best = 0;
  for (uint32_t u = 0; u < numUnits; ++u) {
    touches.clear();
    uint32_t s0 = p.unitStepBegin[u], s1 = p.unitStepBegin[u + 1];
    for (uint32_t s = s0; s < s1; ++s)
      for (uint32_t i = stepTouchBegin[s]; i < stepTouchBegin[s + 1]; ++i) {
        uint32_t lb = stepTouchList[i];
        if (slot[lb] == kNone) {
          slot[lb] = touches.size();
          touches.push_back({lb, s});
        } else {
          touches[slot[lb]].last = s;
        }
      }
    uint64_t own = 0;
    for (uint32_t s = s0; s < s1; ++s) {
      uint64_t bytes = p.stepAlloc[s];
      for (const Touch &t : touches) {
        bool producedHere = producer[t.buf] == u;
        if (producedHere && producerStep[t.buf] >= s)
          continue; // Not yet allocated, or counted in stepAlloc.
        bool needed = s <= t.last || pinned[t.buf];
        if (!needed && closure)
          for (uint32_t other : p.touchers(t.buf))
            if (other != u && desc->test(u, other)) {
              needed = true;
              break;
            }
        if (needed)
          bytes += p.bufBytes[t.buf];
      }
      own = std::max(own, bytes);
    }
    for (const Touch &t : touches)
      slot[t.buf] = kNone;
    best = std::max(best, own + external[u]);
    if (closure)
      p.unitStaticBound[u] = own + external[u];
  }
  p.staticLowerBound = best;
}

std::optional<std::vector<NodeId>>
serenity::sched::inputOrder(const Graph &graph) {
  size_t n = graph.numNodes();
  std::vector<uint32_t> indegree(n);
  std::priority_queue<NodeId, std::vector<NodeId>, std::greater<NodeId>> ready;
  for (NodeId v = 0; v < n; ++v)
    if ((indegree[v] = graph.preds(v).size()) == 0)
      ready.push(v);
  std::vector<NodeId> order;
  order.reserve(n);
  while (!ready.empty()) {
    NodeId v = ready.top();
    ready.pop();
    order.push_back(v);
    for (NodeId s : graph.succs(v))
      if (--indegree[s] == 0)
        ready.push(s);
  }
  if (order.size() != n)
    return std::nullopt;
  return order;
}

Decomposition serenity::sched::decompose(const Graph &graph, bool mergeChains,
                                         bool splitAtCuts, bool bounds) {
  Decomposition d;
  size_t n = graph.numNodes();

  std::optional<std::vector<NodeId>> order = inputOrder(graph);
  if (!order) {
    d.acyclic = false;
    return d;
  }
  d.inputOrder = std::move(*order);
  for (NodeId v = 0; v < n; ++v)
    if (d.inputOrder[v] != v)
      d.inputIsIdentity = false;

  // Units: chains merged where provably safe (C1, C2), then units delayed
  // into the unit of their only successor (C3).
  std::vector<uint32_t> unitOf(n, kNone);
  std::vector<std::vector<NodeId>> chains;
  ChainBuilder chain(graph);
  for (NodeId v : d.inputOrder) {
    if (unitOf[v] != kNone)
      continue;
    chain.start(v);
    while (mergeChains) {
      NodeId last = chain.nodes().back();
      if (graph.succs(last).size() != 1)
        break;
      NodeId w = graph.succs(last).front();
      if (graph.preds(w).size() != 1 || !chain.tryExtend(w))
        break;
    }
    for (NodeId m : chain.nodes())
      unitOf[m] = chains.size();
    chains.emplace_back(chain.nodes().begin(), chain.nodes().end());
    chain.clear();
  }
  if (mergeChains)
    d.delayMerges = DelayMerger(graph).run(chains, unitOf);

  // Numbered in the input order of their last nodes: every node of a unit
  // reaches its last node, and edges between units leave from last nodes,
  // so this is a topological order of the units.
  std::vector<uint32_t> position(n);
  for (uint32_t i = 0; i < n; ++i)
    position[d.inputOrder[i]] = i;
  std::vector<uint32_t> byLast;
  for (uint32_t c = 0; c < chains.size(); ++c)
    if (!chains[c].empty())
      byLast.push_back(c);
  std::sort(byLast.begin(), byLast.end(), [&](uint32_t a, uint32_t b) {
    return position[chains[a].back()] < position[chains[b].back()];
  });
  std::vector<uint32_t> unitBegin;
  std::vector<NodeId> unitNodes;
  unitNodes.reserve(n);
  for (uint32_t c : byLast) {
    uint32_t unit = unitBegin.size();
    unitBegin.push_back(unitNodes.size());
    for (NodeId m : chains[c]) {
      unitOf[m] = unit;
      unitNodes.push_back(m);
    }
  }
  uint32_t numUnits = unitBegin.size();
  unitBegin.push_back(unitNodes.size());
  d.numUnits = numUnits;
  auto nodesOf = [&](uint32_t u) {
    return llvm::ArrayRef(unitNodes).slice(unitBegin[u],
                                           unitBegin[u + 1] - unitBegin[u]);
  };

  // Cut units: every unit before is an ancestor and every unit after a
  // descendant. With units in topological order, all units before c reach c
  // iff each has a successor at or before c; symmetrically after c.
  std::vector<uint32_t> partEnd; // exclusive unit ends
  // Units that touch no buffer ("free") are left out of the test: they can
  // run anywhere between their predecessors and successors at no cost (see
  // docs/Algorithms.md), so they stay in the part their number falls in.
  if (splitAtCuts && numUnits > 1) {
    std::vector<uint8_t> isFree(numUnits, 1);
    for (uint32_t u = 0; u < numUnits; ++u) {
      for (NodeId m : nodesOf(u))
        if (!graph.allocs(m).empty() || !graph.uses(m).empty())
          isFree[u] = 0;
      d.freeUnits += isFree[u];
    }
    std::vector<uint32_t> minSucc(numUnits, numUnits);
    std::vector<int64_t> maxPred(numUnits, -1);
    for (uint32_t u = 0; u < numUnits; ++u) {
      if (isFree[u])
        continue;
      for (NodeId m : nodesOf(u)) {
        for (NodeId s : graph.succs(m))
          if (unitOf[s] != u && !isFree[unitOf[s]])
            minSucc[u] = std::min(minSucc[u], unitOf[s]);
        for (NodeId q : graph.preds(m))
          if (unitOf[q] != u && !isFree[unitOf[q]])
            maxPred[u] = std::max<int64_t>(maxPred[u], unitOf[q]);
      }
    }
    std::vector<int64_t> sufMinPred(numUnits + 1, INT64_MAX);
    for (uint32_t u = numUnits; u-- > 0;)
      sufMinPred[u] = isFree[u] ? sufMinPred[u + 1]
                                : std::min(sufMinPred[u + 1], maxPred[u]);
    uint32_t preMaxSucc = 0;
    bool anyBefore = false;
    for (uint32_t c = 0; c < numUnits; ++c) {
      if (isFree[c])
        continue;
      bool before = !anyBefore || preMaxSucc <= c;
      bool after = sufMinPred[c + 1] >= static_cast<int64_t>(c);
      if (before && after && c + 1 < numUnits)
        partEnd.push_back(c + 1);
      preMaxSucc = std::max(preMaxSucc, minSucc[c]);
      anyBefore = true;
    }
  }
  partEnd.push_back(numUnits);
  size_t numParts = partEnd.size();
  std::vector<uint32_t> partOf(numUnits);
  for (uint32_t q = 0, u = 0; q < numParts; ++q)
    for (; u < partEnd[q]; ++u)
      partOf[u] = q;

  // Where each buffer lives, and the background bytes of every part: buffers
  // live during a part that the part does not touch.
  std::vector<BufferSpan> spans(graph.numBuffers());
  std::vector<int64_t> diff(numParts + 1, 0);
  std::vector<uint64_t> touchedLive(numParts, 0);
  std::vector<uint32_t> parts;
  for (BufferId b = 0; b < graph.numBuffers(); ++b) {
    const Buffer &buf = graph.buffer(b);
    parts.clear();
    if (buf.producer != kEntry)
      parts.push_back(partOf[unitOf[buf.producer]]);
    for (NodeId u : buf.users)
      parts.push_back(partOf[unitOf[u]]);
    std::sort(parts.begin(), parts.end());
    parts.erase(std::unique(parts.begin(), parts.end()), parts.end());
    BufferSpan &span = spans[b];
    span.allocPart = buf.producer == kEntry
                         ? -1
                         : static_cast<int64_t>(partOf[unitOf[buf.producer]]);
    span.lastPart = parts.empty() ? -1 : static_cast<int64_t>(parts.back());
    if (buf.producer == kEntry && buf.users.empty() && !buf.liveOut)
      continue; // Freed right after entry.
    int64_t end =
        buf.liveOut ? static_cast<int64_t>(numParts) - 1 : span.lastPart;
    if (end <= span.allocPart)
      continue;
    diff[span.allocPart + 1] += buf.bytes;
    diff[end + 1] -= buf.bytes;
    for (uint32_t q : parts)
      if (q > span.allocPart && q <= end)
        touchedLive[q] += buf.bytes;
  }

  PartBuilder builder(graph, unitBegin, unitNodes, unitOf, spans);
  d.parts.reserve(numParts);
  int64_t running = 0;
  for (uint32_t q = 0, lo = 0; q < numParts; ++q) {
    running += diff[q];
    uint64_t background = static_cast<uint64_t>(running) - touchedLive[q];
    d.parts.push_back(
        builder.build(q, lo, partEnd[q], background, bounds, mergeChains));
    lo = partEnd[q];
  }
  return d;
}

std::vector<NodeId>
serenity::sched::expandOrder(const Problem &problem,
                             llvm::ArrayRef<uint32_t> unitOrder) {
  std::vector<NodeId> order;
  order.reserve(problem.numSteps());
  for (uint32_t u : unitOrder)
    for (uint32_t s = problem.unitStepBegin[u];
         s < problem.unitStepBegin[u + 1]; ++s)
      order.push_back(problem.stepNode[s]);
  return order;
}
