//===- Search.cpp - Exact, beam and list scheduling of a part ---*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// Every algorithm here walks the same state: the set of scheduled units (a
// signature), the units ready to run, the live bytes and the effective peak
// so far. The exact search is a best-first (Dijkstra-like, bottleneck cost)
// search over signatures; docs/Algorithms.md proves it exact together with
// the "free-first" reduction applied in closeForced().
//
//===----------------------------------------------------------------------===//

#include "Problem.h"

#include "llvm/ADT/bit.h"

#include <algorithm>
#include <cassert>
#include <deque>
#include <memory>
#include <queue>
#include <tuple>

using namespace serenity::sched;

Deadline::Deadline(double seconds) : enabled(seconds > 0) {
  if (enabled)
    end = std::chrono::steady_clock::now() +
          std::chrono::duration_cast<std::chrono::steady_clock::duration>(
              std::chrono::duration<double>(seconds));
}

Deadline Deadline::partial(double fraction) const {
  Deadline d = *this;
  if (enabled) {
    auto now = std::chrono::steady_clock::now();
    if (end > now)
      d.end =
          now + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                    (end - now) * fraction);
  }
  return d;
}

namespace {

constexpr uint32_t kNone = ~uint32_t(0);

/// The exact search also stops when its store exceeds this many bytes, so
/// that huge windows (parts with thousands of mutually independent units)
/// cannot exhaust memory before `maxStates` is reached.
constexpr size_t kMaxStoreBytes = size_t(1536) << 20;

/// States per window of improveByWindows().
constexpr uint64_t kWindowStates = 50'000;

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
StepCost evalUnit(const Problem &p, const NodeSet &set, uint32_t u,
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

Cursor rootCursor(const Problem &p, uint64_t floor) {
  Cursor c;
  c.live = p.initialLive;
  c.value = floor;
  for (uint32_t u = 0, e = p.numUnits(); u < e; ++u)
    if (p.preds(u).empty())
      c.ready.push_back(u);
  return c;
}

void applyUnit(const Problem &p, Cursor &c, uint32_t u, StepCost cost) {
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
void closeForced(const Problem &p, llvm::ArrayRef<uint8_t> forcible, Cursor &c,
                 llvm::SmallVectorImpl<uint32_t> &moves) {
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

std::vector<uint8_t> forcibleUnits(const Problem &p) {
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

/// Serializes a set: one header word (low, window words), then the window.
void encodeKey(const NodeSet &set, llvm::SmallVectorImpl<uint64_t> &key) {
  key.clear();
  key.push_back(uint64_t(set.low) | uint64_t(set.bits.size()) << 32);
  key.append(set.bits.begin(), set.bits.end());
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
  closeForced(p, forcible, root, moves);
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
    for (uint32_t u : parent.ready) {
      if (!allowed.empty() && !allowed[u])
        continue;
      Cursor child = parent;
      moves.clear();
      moves.push_back(u);
      applyUnit(p, child, u, evalUnit(p, child.set, u, child.live));
      closeForced(p, forcible, child, moves);
      if (child.value >= options.upperBound)
        continue;
      encodeKey(child.set, key);
      uint64_t hash = hashKey(key);
      uint32_t idx = store.find(key, hash, slot);
      if (idx == kNone) {
        idx = store.insert(key, hash, slot, child, top.idx, moves);
      } else {
        StateStore::Record &old = store[idx];
        if (old.closed || old.value <= child.value)
          continue;
        store.relink(idx, child, top.idx, moves);
      }
      if (child.count == numUnits &&
          (bestGoal == kNone || child.value < store[bestGoal].value))
        bestGoal = idx;
      heap.push({child.value, child.count, idx});
    }
  }
  result.statesStored = store.size();
  return result;
}

SearchResult serenity::sched::exactSearch(const Problem &p,
                                          const SearchOptions &options) {
  return searchImpl(p, options, {}, {});
}

/// The cost of every step (unit) of a complete order.
static std::vector<uint64_t> stepCosts(const Problem &p,
                                       llvm::ArrayRef<uint32_t> order) {
  std::vector<uint64_t> costs;
  costs.reserve(order.size());
  Cursor c = rootCursor(p, 0);
  for (uint32_t u : order) {
    StepCost cost = evalUnit(p, c.set, u, c.live);
    costs.push_back(cost.peak);
    applyUnit(p, c, u, cost);
  }
  return costs;
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
  std::vector<uint64_t> costs = stepCosts(p, order);
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
      costs = stepCosts(p, order);
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

SearchResult serenity::sched::beamSearch(const Problem &p, unsigned width,
                                         const SearchOptions &options) {
  SearchResult result;
  result.status = SearchResult::LimitHit;
  result.lowerBound = options.floor;
  if (width == 0)
    return result;
  size_t numUnits = p.numUnits();

  // Histories are shared by the states of a round: a tree of move lists.
  struct History {
    uint32_t parent, movesBegin, movesEnd;
  };
  std::vector<History> history;
  std::vector<uint32_t> allMoves;
  auto record = [&](uint32_t parent, llvm::ArrayRef<uint32_t> mv) {
    history.push_back({parent, static_cast<uint32_t>(allMoves.size()),
                       static_cast<uint32_t>(allMoves.size() + mv.size())});
    allMoves.insert(allMoves.end(), mv.begin(), mv.end());
    return static_cast<uint32_t>(history.size() - 1);
  };
  auto pathOf = [&](uint32_t h) {
    std::vector<uint32_t> chain;
    for (; h != kNone; h = history[h].parent)
      chain.push_back(h);
    std::vector<uint32_t> order;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it)
      order.insert(order.end(), allMoves.begin() + history[*it].movesBegin,
                   allMoves.begin() + history[*it].movesEnd);
    return order;
  };

  uint64_t bound = options.upperBound;
  uint32_t bestHistory = kNone;
  struct Item {
    Cursor cursor;
    uint32_t history;
  };
  struct Child {
    Cursor cursor;
    uint32_t parentHistory;
    llvm::SmallVector<uint32_t, 4> moves;
    llvm::SmallVector<uint64_t, 4> key;
  };
  std::vector<Item> beam;
  std::vector<uint8_t> forcible = forcibleUnits(p);
  {
    llvm::SmallVector<uint32_t, 8> moves;
    Cursor root = rootCursor(p, options.floor);
    closeForced(p, forcible, root, moves);
    if (root.value >= bound)
      return result;
    uint32_t h = record(kNone, moves);
    if (root.count == numUnits) {
      bound = root.value;
      bestHistory = h;
    } else {
      beam.push_back({std::move(root), h});
    }
  }
  std::vector<Child> children;
  std::vector<uint32_t> rank;
  while (!beam.empty()) {
    if (options.deadline.expired())
      break;
    children.clear();
    for (Item &item : beam) {
      ++result.statesExpanded;
      for (uint32_t u : item.cursor.ready) {
        Child child{item.cursor, item.history, {u}, {}};
        applyUnit(p, child.cursor, u,
                  evalUnit(p, child.cursor.set, u, child.cursor.live));
        closeForced(p, forcible, child.cursor, child.moves);
        if (child.cursor.value >= bound)
          continue;
        if (child.cursor.count == numUnits) {
          bound = child.cursor.value;
          bestHistory = record(child.parentHistory, child.moves);
          continue;
        }
        encodeKey(child.cursor.set, child.key);
        children.push_back(std::move(child));
      }
    }
    // Keep one child per signature (the cheapest, then the first), then the
    // best `width` by effective peak, live bytes, depth and age.
    rank.resize(children.size());
    for (uint32_t i = 0; i < rank.size(); ++i)
      rank[i] = i;
    auto better = [&](uint32_t a, uint32_t b) {
      const Cursor &x = children[a].cursor, &y = children[b].cursor;
      if (x.value != y.value)
        return x.value < y.value;
      if (x.live != y.live)
        return x.live < y.live;
      if (x.count != y.count)
        return x.count > y.count;
      return a < b;
    };
    std::sort(rank.begin(), rank.end(), [&](uint32_t a, uint32_t b) {
      if (children[a].key != children[b].key)
        return std::lexicographical_compare(
            children[a].key.begin(), children[a].key.end(),
            children[b].key.begin(), children[b].key.end());
      return better(a, b);
    });
    rank.erase(std::unique(rank.begin(), rank.end(),
                           [&](uint32_t a, uint32_t b) {
                             return children[a].key == children[b].key;
                           }),
               rank.end());
    std::sort(rank.begin(), rank.end(), better);
    if (rank.size() > width)
      rank.resize(width);
    // Drop children that a goal found later in this round made useless.
    std::vector<Item> next;
    next.reserve(rank.size());
    for (uint32_t i : rank) {
      Child &c = children[i];
      if (c.cursor.value >= bound)
        continue;
      next.push_back({std::move(c.cursor), record(c.parentHistory, c.moves)});
    }
    beam = std::move(next);
  }
  if (bestHistory != kNone) {
    result.order = pathOf(bestHistory);
    result.value = bound;
  }
  return result;
}

uint64_t serenity::sched::evaluateOrder(const Problem &p,
                                        llvm::ArrayRef<uint32_t> unitOrder) {
  Cursor c = rootCursor(p, 0);
  for (uint32_t u : unitOrder)
    applyUnit(p, c, u, evalUnit(p, c.set, u, c.live));
  return c.value;
}

std::vector<uint32_t> serenity::sched::greedyOrder(const Problem &p) {
  Cursor c = rootCursor(p, 0);
  std::vector<uint32_t> order;
  order.reserve(p.numUnits());
  while (!c.ready.empty()) {
    uint32_t best = kNone;
    StepCost bestCost{0, 0};
    for (uint32_t u : c.ready) {
      StepCost cost = evalUnit(p, c.set, u, c.live);
      if (best == kNone) {
        best = u;
        bestCost = cost;
        continue;
      }
      // Raise the peak the least, then free the most / allocate the least
      // (smallest bytes after), then the smallest transient.
      auto key = [&](StepCost k) {
        return std::make_tuple(std::max(c.value, k.peak), k.after, k.peak);
      };
      if (key(cost) < key(bestCost)) {
        best = u;
        bestCost = cost;
      }
    }
    applyUnit(p, c, best, bestCost);
    order.push_back(best);
  }
  assert(order.size() == p.numUnits() && "graph of units has a cycle");
  return order;
}

std::vector<uint32_t> serenity::sched::reversePostOrder(const Problem &p) {
  size_t n = p.numUnits();
  std::vector<uint8_t> visited(n, 0);
  std::vector<uint32_t> post;
  post.reserve(n);
  // Iterative DFS; (unit, index of the next successor to visit, from the
  // last one down so that the smallest successor finishes last).
  std::vector<std::pair<uint32_t, uint32_t>> stack;
  for (uint32_t s = n; s-- > 0;) {
    if (!p.preds(s).empty() || visited[s])
      continue;
    visited[s] = 1;
    stack.push_back({s, static_cast<uint32_t>(p.succs(s).size())});
    while (!stack.empty()) {
      auto &[u, next] = stack.back();
      if (next == 0) {
        post.push_back(u);
        stack.pop_back();
        continue;
      }
      uint32_t v = p.succs(u)[--next];
      if (!visited[v]) {
        visited[v] = 1;
        stack.push_back({v, static_cast<uint32_t>(p.succs(v).size())});
      }
    }
  }
  std::reverse(post.begin(), post.end());
  return post;
}
