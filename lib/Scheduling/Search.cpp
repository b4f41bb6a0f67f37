//===- Search.cpp - Exact search and window improvement of a part -*- C++
//-*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// The exact search is a best-first (Dijkstra-like, bottleneck cost) search
// over signatures (State.h); docs/Algorithms.md proves it exact together with
// its reductions: the free-first closure and delayed units. The window
// improvement runs the same search on windows of a complete order.
//
//===----------------------------------------------------------------------===//

#include "Problem.h"
#include "State.h"
#include "StateBound.h"

#include "llvm/ADT/STLExtras.h"

#include <algorithm>
#include <cassert>
#include <deque>
#include <memory>
#include <optional>
#include <queue>

using namespace serenity::sched;

namespace {

constexpr uint32_t kNone = ~uint32_t(0);

/// The exact search also stops when its store exceeds this many bytes, so
/// that huge windows (parts with thousands of mutually independent units)
/// cannot exhaust memory before `maxStates` is reached.
constexpr size_t kMaxStoreBytes = size_t(1536) << 20;

/// States per window of improveByWindows().
constexpr uint64_t kWindowStates = 50'000;

/// Append-only storage in fixed-size chunks: no reallocation copies, and a
/// sequence appended at once stays contiguous.
template <typename T> class ChunkedArena {
public:
  static constexpr size_t kChunk = size_t(1) << 16;

  uint64_t append(llvm::ArrayRef<T> items) {
    size_t n = items.size();
    if (chunks.empty() || used + n > capacity) {
      // Small searches are common: start small, grow to kChunk.
      capacity =
          std::max(n, std::min(kChunk, std::max<size_t>(256, 2 * capacity)));
      chunks.push_back(std::unique_ptr<T[]>(new T[capacity]));
      allocated += capacity * sizeof(T);
      used = 0;
    }
    std::copy(items.begin(), items.end(), chunks.back().get() + used);
    uint64_t offset = uint64_t(chunks.size() - 1) << 32 | used;
    used += n;
    return offset;
  }
  llvm::ArrayRef<T> slice(uint64_t offset, size_t n) const {
    return llvm::ArrayRef(chunks[offset >> 32].get() + uint32_t(offset), n);
  }

  size_t bytes() const { return allocated; }

private:
  std::vector<std::unique_ptr<T[]>> chunks;
  size_t used = 0, capacity = 0, allocated = 0;
};

uint64_t hashKey(llvm::ArrayRef<uint64_t> key) {
  uint64_t h = 0x9e3779b97f4a7c15ull;
  for (uint64_t w : key) {
    h ^= w + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 32;
  }
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return h;
}

/// The signatures stored by the exact search, with an open-addressing index.
class StateStore {
public:
  struct Record {
    uint64_t value, live;
    uint64_t keyOffset, readyOffset, movesOffset;
    uint32_t parent, count, readyLength, movesLength;
    bool closed;
  };

  size_t size() const { return records.size(); }
  /// Approximate bytes held, heap entries excluded.
  size_t bytes() const {
    return records.size() * sizeof(Record) + table.size() * sizeof(uint64_t) +
           keyArena.bytes() + readyArena.bytes() + movesArena.bytes();
  }
  Record &operator[](uint32_t i) { return records[i]; }

  llvm::ArrayRef<uint64_t> key(uint32_t i) const {
    const Record &r = records[i];
    uint64_t words = 1 + (keyArena.slice(r.keyOffset, 1)[0] >> 32);
    return keyArena.slice(r.keyOffset, words);
  }
  llvm::ArrayRef<uint32_t> ready(uint32_t i) const {
    const Record &r = records[i];
    return readyArena.slice(r.readyOffset, r.readyLength);
  }
  llvm::ArrayRef<uint32_t> moves(uint32_t i) const {
    const Record &r = records[i];
    return movesArena.slice(r.movesOffset, r.movesLength);
  }

  /// Index of the state with this key, or kNone; `slot` receives the probe
  /// position to pass to insert().
  uint32_t find(llvm::ArrayRef<uint64_t> k, uint64_t hash, size_t &slot) const {
    if (table.empty())
      return kNone;
    size_t mask = table.size() - 1;
    uint32_t finger = hash >> 32;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      uint64_t e = table[i];
      if (e == 0) {
        slot = i;
        return kNone;
      }
      uint32_t idx = static_cast<uint32_t>(e) - 1;
      if (static_cast<uint32_t>(e >> 32) == finger && key(idx) == k)
        return idx;
    }
  }

  uint32_t insert(llvm::ArrayRef<uint64_t> k, uint64_t hash, size_t slot,
                  const Cursor &c, uint32_t parent,
                  llvm::ArrayRef<uint32_t> mv) {
    uint32_t idx = records.size();
    Record r;
    r.value = c.value;
    r.live = c.live;
    r.keyOffset = keyArena.append(k);
    r.readyOffset = readyArena.append(c.ready);
    r.readyLength = c.ready.size();
    r.movesOffset = movesArena.append(mv);
    r.movesLength = mv.size();
    r.parent = parent;
    r.count = c.count;
    r.closed = false;
    records.push_back(r);
    uint64_t entry = (hash >> 32 << 32) | (uint64_t(idx) + 1);
    if (table.empty() || (records.size()) * 2 > table.size()) {
      grow();
      place(entry);
    } else {
      table[slot] = entry;
    }
    return idx;
  }

  void relink(uint32_t idx, const Cursor &c, uint32_t parent,
              llvm::ArrayRef<uint32_t> mv) {
    Record &r = records[idx];
    r.value = c.value;
    r.parent = parent;
    r.movesOffset = movesArena.append(mv);
    r.movesLength = mv.size();
  }

  Cursor cursor(uint32_t idx) const {
    const Record &r = records[idx];
    Cursor c;
    llvm::ArrayRef<uint64_t> k = key(idx);
    c.set.low = static_cast<uint32_t>(k[0]);
    c.set.bits.assign(k.begin() + 1, k.end());
    llvm::ArrayRef<uint32_t> rd = ready(idx);
    c.ready.assign(rd.begin(), rd.end());
    c.live = r.live;
    c.value = r.value;
    c.count = r.count;
    return c;
  }

  /// The unit order leading to state `idx`.
  std::vector<uint32_t> path(uint32_t idx) const {
    std::vector<uint32_t> states;
    for (uint32_t s = idx; s != kNone; s = records[s].parent)
      states.push_back(s);
    std::vector<uint32_t> order;
    for (auto it = states.rbegin(); it != states.rend(); ++it) {
      llvm::ArrayRef<uint32_t> mv = moves(*it);
      order.insert(order.end(), mv.begin(), mv.end());
    }
    return order;
  }

private:
  void place(uint64_t entry) {
    size_t mask = table.size() - 1;
    size_t i = hashKey(key(static_cast<uint32_t>(entry) - 1)) & mask;
    while (table[i] != 0)
      i = (i + 1) & mask;
    table[i] = entry;
  }
  void grow() {
    std::vector<uint64_t> old = std::move(table);
    table.assign(std::max<size_t>(64, old.size() * 2), 0);
    for (uint64_t e : old)
      if (e != 0)
        place(e);
  }

  std::deque<Record> records;
  ChunkedArena<uint64_t> keyArena;
  ChunkedArena<uint32_t> readyArena, movesArena;
  std::vector<uint64_t> table;
};

struct HeapEntry {
  uint64_t value;
  uint32_t count, idx;
  /// priority_queue pops the largest: the smallest value, then the deepest
  /// state, then the oldest.
  bool operator<(const HeapEntry &o) const {
    if (value != o.value)
      return value > o.value;
    if (count != o.count)
      return count < o.count;
    return idx > o.idx;
  }
};

/// Units per block of delayed units that the search orders exactly; a state
/// with a larger block is expanded without the delay reduction.
constexpr size_t kMaxBlock = 8;

/// Units the candidate walk of DelayedBlocks may visit per state.
constexpr size_t kMaxBlockWalk = 64;

/// The moves of a state under the delay reduction (docs/Algorithms.md,
/// section 4.1): some optimal completion starts with an undelayed ready unit,
/// or with the block of all unscheduled ancestors of an undelayed unit x
/// (all of them delayed) followed by x. Each block is run in its best
/// bottleneck order, found by a dynamic program over its subsets.
class DelayedBlocks {
public:
  struct Block {
    llvm::SmallVector<uint32_t, 8> moves;
    Cursor cursor;
  };

  explicit DelayedBlocks(const Problem &p) : p(p) {}

  /// Fills `blocks` for the state `c`, or returns false if a block is too
  /// large (the state is then expanded plainly).
  bool collect(const Cursor &c, std::vector<Block> &blocks) {
    blocks.clear();
    stack.clear();
    seen.clear();
    candidates.clear();
    for (uint32_t u : c.ready)
      if (p.unitDelayed[u])
        stack.push_back(u);
    while (!stack.empty()) {
      uint32_t v = stack.pop_back_val();
      for (uint32_t w : p.succs(v)) {
        if (llvm::is_contained(seen, w))
          continue;
        seen.push_back(w);
        if (seen.size() > kMaxBlockWalk)
          return false;
        if (p.unitDelayed[w])
          stack.push_back(w);
        else
          candidates.push_back(w);
      }
    }
    for (uint32_t x : candidates) {
      // The block: every unscheduled ancestor of x, all delayed.
      units.clear();
      stack.assign(1, x);
      bool valid = true;
      while (!stack.empty() && valid) {
        uint32_t v = stack.pop_back_val();
        for (uint32_t q : p.preds(v)) {
          if (c.set.contains(q) || llvm::is_contained(units, q))
            continue;
          if (!p.unitDelayed[q]) {
            valid = false;
            break;
          }
          if (units.size() == kMaxBlock)
            return false;
          units.push_back(q);
          stack.push_back(q);
        }
      }
      if (valid)
        blocks.push_back(order(c, x));
    }
    return true;
  }

private:
  /// The block of x (in `units`) in its best bottleneck order, then x.
  Block order(const Cursor &c, uint32_t x) {
    std::sort(units.begin(), units.end());
    size_t k = units.size();
    uint32_t full = (1u << k) - 1;
    best.assign(full + 1, UINT64_MAX);
    last.assign(full + 1, 0);
    at.resize(full + 1);
    best[0] = c.value;
    at[0] = c;
    // Masks in increasing order: every subset comes before its supersets.
    for (uint32_t mask = 0; mask < full; ++mask) {
      if (best[mask] == UINT64_MAX)
        continue;
      for (size_t i = 0; i < k; ++i) {
        uint32_t u = units[i];
        if ((mask >> i & 1) || !std::binary_search(at[mask].ready.begin(),
                                                   at[mask].ready.end(), u))
          continue;
        StepCost cost = evalUnit(p, at[mask].set, u, at[mask].live);
        uint32_t next = mask | 1u << i;
        if (std::max(best[mask], cost.peak) < best[next]) {
          best[next] = std::max(best[mask], cost.peak);
          last[next] = i;
          at[next] = at[mask];
          applyUnit(p, at[next], u, cost);
        }
      }
    }
    Block b{{}, at[full]};
    for (uint32_t mask = full; mask; mask &= ~(1u << last[mask]))
      b.moves.push_back(units[last[mask]]);
    std::reverse(b.moves.begin(), b.moves.end());
    b.moves.push_back(x);
    applyUnit(p, b.cursor, x, evalUnit(p, b.cursor.set, x, b.cursor.live));
    return b;
  }

  const Problem &p;
  llvm::SmallVector<uint32_t, 32> stack, seen, candidates;
  llvm::SmallVector<uint32_t, 8> units;
  std::vector<uint64_t> best;
  std::vector<uint8_t> last;
  std::vector<Cursor> at;
};

} // namespace

/// The exact search, optionally restricted to a window: the units of
/// `prefix` run first (their costs do not count), then only the units of
/// `window` are scheduled (all of them when `window` is empty).
static SearchResult searchImpl(const Problem &p, const SearchOptions &options,
                               llvm::ArrayRef<uint32_t> prefix,
                               llvm::ArrayRef<uint32_t> window) {
  SearchResult result;
  size_t numUnits = p.numUnits();
  StateStore store;
  std::priority_queue<HeapEntry> heap;
  llvm::SmallVector<uint64_t, 8> key;
  llvm::SmallVector<uint32_t, 8> moves;

  std::vector<uint8_t> forcible = forcibleUnits(p);
  std::vector<uint8_t> allowed;
  // The delay reduction holds for complete searches of the part only.
  std::optional<DelayedBlocks> delayed;
  std::vector<DelayedBlocks::Block> blocks;
  if (window.empty() && !p.unitDelayed.empty())
    delayed.emplace(p);
  // The per-state bound covers all unscheduled units: complete searches only.
  std::optional<StateBound> stateBound;
  if (window.empty() && StateBound::applicable(p)) {
    stateBound.emplace(p);
    if (!stateBound->affordable())
      stateBound.reset();
  }
  // The free-first closure, then the state's value raised to its lower bound
  // (docs/Algorithms.md, section 8), which may enable further free moves.
  auto close = [&](Cursor &c) {
    closeForced(p, forcible, c, moves);
    if (!stateBound)
      return;
    uint64_t h = stateBound->bound(c.set, c.value);
    if (h > c.value) {
      c.value = h;
      closeForced(p, forcible, c, moves);
    }
  };
  Cursor root = rootCursor(p, options.floor);
  if (!window.empty()) {
    allowed.assign(numUnits, 0);
    for (uint32_t u : window)
      allowed[u] = 1;
    for (uint32_t u = 0; u < numUnits; ++u)
      forcible[u] &= allowed[u];
    for (uint32_t u : prefix)
      applyUnit(p, root, u, evalUnit(p, root.set, u, root.live));
    root.value = options.floor;
    numUnits = prefix.size() + window.size();
  }
  close(root);
  if (root.value >= options.upperBound) {
    result.status = SearchResult::NoBetter;
    result.lowerBound = options.upperBound;
    return result;
  }
  encodeKey(root.set, key);
  uint64_t rootHash = hashKey(key);
  size_t slot = 0;
  store.find(key, rootHash, slot);
  heap.push({root.value, root.count,
             store.insert(key, rootHash, slot, root, kNone, moves)});
  uint32_t bestGoal = kNone;

  // Everything that could beat the upper bound may get pruned.
  result.status = SearchResult::NoBetter;
  result.lowerBound = options.upperBound;
  while (!heap.empty()) {
    HeapEntry top = heap.top();
    heap.pop();
    StateStore::Record &rec = store[top.idx];
    if (rec.closed || rec.value != top.value)
      continue; // Stale entry.
    if (rec.count == numUnits) {
      result.status = SearchResult::Solved;
      result.order = store.path(top.idx);
      result.value = result.lowerBound = rec.value;
      break;
    }
    if (store.size() >= options.maxStates ||
        ((result.statesExpanded & 255) == 0 &&
         (options.deadline.expired() || store.bytes() > kMaxStoreBytes))) {
      // Every state cheaper than `top` has been expanded: no order does
      // better than its value.
      result.status = SearchResult::LimitHit;
      result.lowerBound = top.value;
      if (bestGoal != kNone) {
        result.order = store.path(bestGoal);
        result.value = store[bestGoal].value;
      }
      break;
    }
    rec.closed = true;
    ++result.statesExpanded;
    Cursor parent = store.cursor(top.idx);
    // Stores `child`, reached from `top` by `moves`, after its free-first
    // closure.
    auto offer = [&](Cursor &child) {
      close(child);
      if (child.value >= options.upperBound)
        return;
      encodeKey(child.set, key);
      uint64_t hash = hashKey(key);
      uint32_t idx = store.find(key, hash, slot);
      if (idx == kNone) {
        idx = store.insert(key, hash, slot, child, top.idx, moves);
      } else {
        StateStore::Record &old = store[idx];
        if (old.closed || old.value <= child.value)
          return;
        store.relink(idx, child, top.idx, moves);
      }
      if (child.count == numUnits &&
          (bestGoal == kNone || child.value < store[bestGoal].value))
        bestGoal = idx;
      heap.push({child.value, child.count, idx});
    };
    bool delay = delayed && delayed->collect(parent, blocks);
    for (uint32_t u : parent.ready) {
      if ((!allowed.empty() && !allowed[u]) || (delay && p.unitDelayed[u]))
        continue;
      Cursor child = parent;
      moves.assign(1, u);
      applyUnit(p, child, u, evalUnit(p, child.set, u, child.live));
      offer(child);
    }
    if (delay)
      for (DelayedBlocks::Block &b : blocks) {
        moves.assign(b.moves.begin(), b.moves.end());
        offer(b.cursor);
      }
  }
  result.statesStored = store.size();
  return result;
}

SearchResult serenity::sched::exactSearch(const Problem &p,
                                          const SearchOptions &options) {
  return searchImpl(p, options, {}, {});
}

SearchResult serenity::sched::improveByWindows(const Problem &p,
                                               std::vector<uint32_t> order,
                                               unsigned windowSize,
                                               const SearchOptions &options) {
  SearchResult result;
  result.status = SearchResult::LimitHit;
  result.lowerBound = options.floor;
  size_t n = order.size();
  if (n == 0 || windowSize < 2)
    return result;
  size_t width = std::min<size_t>(windowSize, n);
  std::vector<uint64_t> costs = unitCosts(p, order);
  // Positions at the peak that a window search could not improve since the
  // order last changed.
  std::vector<uint8_t> tried(n, 0);
  uint64_t spent = 0;
  bool improved = false;
  while (spent < options.maxStates && !options.deadline.expired()) {
    uint64_t peak = *std::max_element(costs.begin(), costs.end());
    if (peak <= options.floor)
      break;
    size_t k = 0;
    while (k < n && (costs[k] != peak || tried[k]))
      ++k;
    if (k == n)
      break;
    // Window sizes for this position: grow while the searches are cheap
    // and prove nothing better, shrink when they hit their state limit.
    bool changed = false;
    size_t lo = 0, hi = 0;
    int direction = 0;
    for (size_t w = width;;) {
      w = std::min(w, n);
      lo = k > w / 2 ? k - w / 2 : 0;
      hi = std::min(n, lo + w);
      lo = hi - w;
      uint64_t windowPeak =
          *std::max_element(costs.begin() + lo, costs.begin() + hi);
      SearchOptions local;
      local.floor = options.floor;
      local.upperBound = windowPeak;
      local.maxStates =
          std::min<uint64_t>(kWindowStates, options.maxStates - spent);
      local.deadline = options.deadline;
      llvm::ArrayRef<uint32_t> all(order);
      SearchResult r =
          searchImpl(p, local, all.take_front(lo), all.slice(lo, hi - lo));
      spent += std::max<uint64_t>(1, r.statesStored);
      result.statesExpanded += r.statesExpanded;
      if (!r.order.empty()) {
        assert(r.order.size() == hi - lo && "window search lost units");
        std::copy(r.order.begin(), r.order.end(), order.begin() + lo);
        changed = true;
        break;
      }
      if (spent >= options.maxStates || options.deadline.expired())
        break;
      if (r.status == SearchResult::LimitHit) {
        if (direction > 0 || w <= 8)
          break;
        direction = -1;
        w /= 2;
      } else if (r.statesStored * 4 < kWindowStates && w < n && w < 4 * width &&
                 direction >= 0) {
        direction = 1;
        w *= 2;
      } else {
        break;
      }
    }
    if (changed) {
      costs = unitCosts(p, order);
      std::fill(tried.begin(), tried.end(), 0);
      improved = true;
      continue;
    }
    for (size_t i = lo; i < hi; ++i)
      if (costs[i] == peak)
        tried[i] = 1;
    tried[k] = 1;
  }
  if (improved) {
    result.value =
        std::max(options.floor, *std::max_element(costs.begin(), costs.end()));
    result.order = std::move(order);
  }
  return result;
}
