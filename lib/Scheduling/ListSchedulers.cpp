//===- ListSchedulers.cpp - Heuristic orders of a part ----------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// The orders that bound a part from above: the greedy list scheduler,
// reverse post-order, and the beam search over signatures (State.h); plus
// the cost of a given order and the wall-clock deadline shared by all
// searches.
//
//===----------------------------------------------------------------------===//

#include "Problem.h"
#include "State.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <tuple>

using namespace serenity::sched;

namespace {
constexpr uint32_t kNone = ~uint32_t(0);
} // namespace

Deadline::Deadline(double seconds)
    // NaN, infinity and budgets past kMaxDeadlineSeconds are no limit: the
    // clock's duration (nanoseconds in 64 bits) would overflow on them.
    : enabled(seconds > 0 && seconds <= kMaxDeadlineSeconds) {
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

std::vector<uint64_t>
serenity::sched::unitCosts(const Problem &p,
                           llvm::ArrayRef<uint32_t> unitOrder) {
  std::vector<uint64_t> costs;
  costs.reserve(unitOrder.size());
  Cursor c = rootCursor(p, 0);
  for (uint32_t u : unitOrder) {
    StepCost cost = evalUnit(p, c.set, u, c.live);
    costs.push_back(cost.peak);
    applyUnit(p, c, u, cost);
  }
  return costs;
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
