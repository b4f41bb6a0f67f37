//===- Search.cpp - Optimal arena placement by exact search -----*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// plan(): the greedy baselines give a first arena; if none reaches the
// live-bytes lower bound, an exact search decides whether the buffers fit in
// a given capacity, first the lower bound itself, then (if that is proven
// impossible) capacities between the proven bound and the best arena found,
// by bisection (docs/Arena.md, "The exact search"). The decision search
// follows the design of MiniMalloc (Moffitt, ASPLOS 2023):
//
// - Canonical placements. Pushing every buffer down until it rests on a
//   buffer whose lifetime overlaps its own (or on 0) never grows the arena,
//   and listing such a placement's buffers by offset gives a sequence in
//   which each buffer's offset is the lowest one the earlier buffers leave
//   it. The search builds these sequences, one buffer at a time, with
//   offsets that never decrease (ties in a fixed rank order).
// - Section inference: at every point in time, the buffers not yet placed
//   lie above the lowest offset any of them can still take there, one above
//   the other; if that exceeds the capacity, the partial placement fails.
// - Dominance: a buffer is never placed at or above the top another
//   unplaced buffer would have at its lowest offset (that one could always
//   be moved below it).
// - Decomposition: once no unplaced buffer spans some point in time, the
//   buffers before and after it are solved independently.
// - Symmetry: interchangeable buffers are placed in rank order.
//
//===----------------------------------------------------------------------===//

#include "ArenaDetail.h"
#include "serenity/Arena/Arena.h"

#include <algorithm>
#include <chrono>
#include <limits>
#include <numeric>

using namespace serenity::arena;
using detail::roundUp;

namespace {

/// The problem without zero-sized buffers, its steps compressed to sections:
/// the distinct first steps (the live set only grows at those, so the
/// largest value of anything over a lifetime is reached at one of them).
struct Sections {
  /// Index in the original problem of each buffer.
  std::vector<size_t> ids;
  std::vector<uint64_t> bytes, rounded, alignment;
  /// Lifetime as a range of sections [from, to].
  std::vector<uint32_t> from, to;
  size_t numSections = 0;
  /// Per buffer, the buffers whose lifetimes overlap its own.
  std::vector<std::vector<uint32_t>> overlaps;
  /// Per section, the buffers live in it.
  std::vector<std::vector<uint32_t>> live;
  /// Per section, the rounded bytes of the buffers live in it.
  std::vector<uint64_t> total;
  uint64_t granule = 1;

  explicit Sections(llvm::ArrayRef<Buffer> buffers);
  size_t size() const { return ids.size(); }
};

Sections::Sections(llvm::ArrayRef<Buffer> buffers) {
  granule = getGranule(buffers);
  std::vector<uint32_t> points;
  for (size_t i = 0; i < buffers.size(); ++i) {
    if (buffers[i].bytes == 0)
      continue;
    ids.push_back(i);
    points.push_back(buffers[i].first);
  }
  std::sort(points.begin(), points.end());
  points.erase(std::unique(points.begin(), points.end()), points.end());
  numSections = points.size();
  live.resize(numSections);
  total.assign(numSections, 0);
  for (size_t id : ids) {
    const Buffer &b = buffers[id];
    uint32_t x = bytes.size();
    bytes.push_back(b.bytes);
    rounded.push_back(roundUp(b.bytes, granule));
    alignment.push_back(b.alignment);
    from.push_back(std::lower_bound(points.begin(), points.end(), b.first) -
                   points.begin());
    to.push_back(std::upper_bound(points.begin(), points.end(), b.last) -
                 points.begin() - 1);
    for (uint32_t q = from[x]; q <= to[x]; ++q) {
      live[q].push_back(x);
      total[q] += rounded[x];
    }
  }
  overlaps.resize(size());
  // Two lifetimes overlap iff the later-starting one starts inside the
  // other: find each pair at the first section of the later one.
  for (uint32_t x = 0; x < size(); ++x)
    for (uint32_t y : live[from[x]])
      if (y != x && (from[y] < from[x] || (from[y] == from[x] && y < x))) {
        overlaps[x].push_back(y);
        overlaps[y].push_back(x);
      }
}

/// Static tie-breaking orders for the decision search (MiniMalloc's
/// preorderings): among buffers that can go at the same offset, which first.
enum class Rank { TotalThenArea, AreaThenTotal, SizeThenLength };

std::vector<uint32_t> rankOf(const Sections &p, Rank rank) {
  size_t n = p.size();
  std::vector<uint64_t> heaviest(n, 0), area(n);
  for (uint32_t x = 0; x < n; ++x) {
    for (uint32_t q = p.from[x]; q <= p.to[x]; ++q)
      heaviest[x] = std::max(heaviest[x], p.total[q]);
    area[x] = p.bytes[x] * (p.to[x] - p.from[x] + 1);
  }
  std::vector<uint32_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  auto key = [&](uint32_t x) {
    uint64_t length = p.to[x] - p.from[x];
    switch (rank) {
    case Rank::TotalThenArea:
      return std::make_tuple(heaviest[x], area[x], p.bytes[x]);
    case Rank::AreaThenTotal:
      return std::make_tuple(area[x], heaviest[x], p.bytes[x]);
    case Rank::SizeThenLength:
      return std::make_tuple(p.bytes[x], length, heaviest[x]);
    }
    return std::make_tuple(uint64_t(0), uint64_t(0), uint64_t(0));
  };
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t x, uint32_t y) { return key(x) > key(y); });
  std::vector<uint32_t> result(n);
  for (uint32_t i = 0; i < n; ++i)
    result[order[i]] = i;
  return result;
}

enum class Status { Found, NotFound, Aborted };

/// Decides whether the buffers fit in `capacity` bytes.
class Decision {
public:
  Decision(const Sections &problem, const PlannerOptions &options,
           uint64_t capacity, Rank rank, uint64_t nodeLimit,
           std::chrono::steady_clock::time_point deadline, bool hasDeadline)
      : p(problem), options(options), capacity(capacity),
        rank(rankOf(problem, rank)), nodeLimit(nodeLimit), deadline(deadline),
        hasDeadline(hasDeadline) {
    size_t n = p.size();
    floorOffset.assign(n, 0);
    offset.assign(n, 0);
    placed.assign(n, 0);
    sectionFloor.assign(p.numSections, 0);
    unplacedBytes = p.total;
    cuts.assign(p.numSections, 0);
    for (uint32_t x = 0; x < n; ++x)
      for (uint32_t q = p.from[x]; q < p.to[x]; ++q)
        ++cuts[q];
    // The previous interchangeable buffer in rank order.
    twin.assign(n, -1);
    std::vector<uint32_t> byRank(n);
    for (uint32_t x = 0; x < n; ++x)
      byRank[this->rank[x]] = x;
    std::vector<uint32_t> sorted = byRank;
    auto key = [&](uint32_t x) {
      return std::make_tuple(p.from[x], p.to[x], p.bytes[x], p.alignment[x]);
    };
    std::stable_sort(sorted.begin(), sorted.end(),
                     [&](uint32_t x, uint32_t y) { return key(x) < key(y); });
    for (size_t i = 1; i < n; ++i)
      if (key(sorted[i]) == key(sorted[i - 1]))
        twin[sorted[i]] = sorted[i - 1];
  }

  Status run() {
    if (p.size() == 0)
      return Status::Found;
    std::vector<uint32_t> all(p.size());
    std::iota(all.begin(), all.end(), 0);
    uint32_t last = p.numSections - 1;
    if (!options.decompose)
      return solve(all, 0, last, 0, 0);
    return solveParts(all, 0, last, 0, last, 0, 0);
  }

  std::vector<uint64_t> offset; // per buffer, when Found
  uint64_t nodes = 0;
  bool timedOut = false;

private:
  const Sections &p;
  const PlannerOptions &options;
  uint64_t capacity;
  std::vector<uint32_t> rank;
  uint64_t nodeLimit;
  std::chrono::steady_clock::time_point deadline;
  bool hasDeadline;

  std::vector<uint64_t> floorOffset;   // per buffer: lowest offset left to it
  std::vector<uint64_t> placed;        // per buffer: 0 or 1
  std::vector<uint64_t> sectionFloor;  // per section
  std::vector<uint64_t> unplacedBytes; // per section
  std::vector<uint64_t> cuts; // per section q: unplaced spanning q and q+1
  std::vector<int32_t> twin;

  /// Every change to the state, to undo back to a mark.
  std::vector<std::pair<uint64_t *, uint64_t>> log;
  void set(uint64_t &slot, uint64_t value) {
    log.push_back({&slot, slot});
    slot = value;
  }
  void undoTo(size_t mark) {
    while (log.size() > mark) {
      *log.back().first = log.back().second;
      log.pop_back();
    }
  }

  bool outOfBudget() {
    if (nodes >= nodeLimit)
      return true;
    if (hasDeadline && (nodes & 63) == 0 &&
        std::chrono::steady_clock::now() > deadline) {
      timedOut = true;
      return true;
    }
    return timedOut;
  }

  /// Places `x` at its floor offset and propagates.
  void place(uint32_t x) {
    uint64_t at = floorOffset[x], end = at + p.bytes[x];
    set(offset[x], at);
    set(placed[x], 1);
    for (uint32_t q = p.from[x]; q <= p.to[x]; ++q) {
      set(sectionFloor[q], std::max(sectionFloor[q], end));
      set(unplacedBytes[q], unplacedBytes[q] - p.rounded[x]);
    }
    for (uint32_t q = p.from[x]; q < p.to[x]; ++q)
      set(cuts[q], cuts[q] - 1);
    for (uint32_t y : p.overlaps[x]) {
      if (placed[y])
        continue;
      uint64_t raised = roundUp(end, p.alignment[y]);
      if (raised <= floorOffset[y])
        continue;
      set(floorOffset[y], raised);
      if (!options.floorBound)
        continue;
      // No unplaced buffer of these sections can go lower than the lowest
      // floor among them.
      for (uint32_t q = p.from[y]; q <= p.to[y]; ++q) {
        uint64_t lowest = std::numeric_limits<uint64_t>::max();
        for (uint32_t z : p.live[q])
          if (!placed[z])
            lowest = std::min(lowest, floorOffset[z]);
        if (lowest != std::numeric_limits<uint64_t>::max() &&
            lowest > sectionFloor[q])
          set(sectionFloor[q], lowest);
      }
    }
  }

  /// Whether the sections [lo, hi] can still hold their unplaced buffers.
  bool feasible(uint32_t lo, uint32_t hi, uint64_t minOffset) const {
    for (uint32_t q = lo; q <= hi; ++q) {
      if (unplacedBytes[q] == 0)
        continue;
      uint64_t floor = sectionFloor[q];
      if (options.canonicalOrder)
        floor = std::max(floor, minOffset);
      if (roundUp(floor, p.granule) + unplacedBytes[q] > capacity)
        return false;
    }
    return true;
  }

  /// Places every buffer of `piece` (all unplaced, all within sections
  /// [lo, hi]) at offsets >= minOffset (ties: rank >= minRank), or fails
  /// and leaves the state as it was. On Found the placements stay.
  Status solve(std::vector<uint32_t> &piece, uint32_t lo, uint32_t hi,
               uint64_t minOffset, uint32_t minRank) {
    if (outOfBudget())
      return Status::Aborted;
    ++nodes;
    std::vector<uint32_t> order;
    for (uint32_t x : piece)
      if (!placed[x])
        order.push_back(x);
    if (order.empty())
      return Status::Found;
    std::sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
      if (floorOffset[x] != floorOffset[y])
        return floorOffset[x] < floorOffset[y];
      return rank[x] < rank[y];
    });
    uint64_t minHeight = std::numeric_limits<uint64_t>::max();
    for (uint32_t x : order)
      minHeight = std::min(minHeight, floorOffset[x] + p.bytes[x]);
    for (uint32_t x : order) {
      uint64_t at = floorOffset[x];
      if (options.canonicalOrder &&
          (at < minOffset || (at == minOffset && rank[x] < minRank)))
        continue;
      if (options.dominance && options.canonicalOrder && at >= minHeight)
        break; // sorted by offset: so are all that follow
      if (options.breakSymmetry && twin[x] >= 0 && !placed[twin[x]])
        continue;
      if (roundUp(at + p.bytes[x], p.granule) > capacity)
        continue;
      size_t mark = log.size();
      place(x);
      Status status = Status::NotFound;
      if (feasible(lo, hi, at))
        status = options.decompose ? solveParts(piece, lo, hi, p.from[x],
                                                p.to[x], at, rank[x])
                                   : solve(piece, lo, hi, at, rank[x]);
      if (status == Status::Found)
        return status;
      undoTo(mark);
      if (status == Status::Aborted)
        return status;
    }
    return Status::NotFound;
  }

  /// Solves the unplaced buffers of `piece` (within sections [lo, hi]) as
  /// independent parts between the points in time none of them spans. Only
  /// the boundaries in [scanLo, scanHi) are looked at: after a buffer is
  /// placed, new ones can only appear within its lifetime.
  Status solveParts(std::vector<uint32_t> &piece, uint32_t lo, uint32_t hi,
                    uint32_t scanLo, uint32_t scanHi, uint64_t minOffset,
                    uint32_t minRank) {
    std::vector<uint32_t> bounds = {lo};
    for (uint32_t q = std::max(lo, scanLo); q < std::min(hi, scanHi); ++q)
      if (cuts[q] == 0)
        bounds.push_back(q + 1);
    if (bounds.size() == 1)
      return solve(piece, lo, hi, minOffset, minRank);
    bounds.push_back(hi + 1);
    size_t mark = log.size();
    for (size_t i = 0; i + 1 < bounds.size(); ++i) {
      uint32_t from = bounds[i], to = bounds[i + 1] - 1;
      std::vector<uint32_t> part;
      for (uint32_t y : piece)
        if (!placed[y] && p.from[y] >= from && p.to[y] <= to)
          part.push_back(y);
      if (part.empty())
        continue;
      Status status = solve(part, from, to, minOffset, minRank);
      if (status != Status::Found) {
        undoTo(mark);
        return status;
      }
    }
    return Status::Found;
  }
};

} // namespace

PlanResult serenity::arena::plan(llvm::ArrayRef<Buffer> buffers,
                                 const PlannerOptions &options) {
  PlanResult result;
  uint64_t lower = getLowerBound(buffers);
  bool haveBest = false;
  for (Greedy policy : {Greedy::TFLite, Greedy::TFLiteMicro, Greedy::XLA}) {
    Placement placement = placeGreedy(buffers, policy);
    result.baselines.push_back(placement.arenaBytes);
    if (!haveBest || placement.arenaBytes < result.placement.arenaBytes) {
      result.placement = std::move(placement);
      result.method = getGreedyName(policy).str();
      haveBest = true;
    }
  }

  if (options.planner != Planner::Serenity) {
    Greedy policy = options.planner == Planner::TFLite ? Greedy::TFLite
                    : options.planner == Planner::TFLiteMicro
                        ? Greedy::TFLiteMicro
                        : Greedy::XLA;
    result.placement = placeGreedy(buffers, policy);
    result.method = getGreedyName(policy).str();
    result.lowerBound = lower;
    result.optimal = result.placement.arenaBytes == lower;
    return result;
  }

  Sections problem(buffers);
  auto start = std::chrono::steady_clock::now();
  auto deadline =
      start + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                  std::chrono::duration<double>(options.timeLimit));
  bool hasDeadline = options.timeLimit > 0;
  uint64_t granule = problem.granule;

  // Decides one capacity: every tie-breaking order in turn, with node
  // limits that double each round, until one finds a placement or proves
  // there is none, or the budget is spent.
  auto decide = [&](uint64_t capacity) -> Status {
    uint64_t limit = 2 * problem.size() + 64;
    for (;;) {
      for (Rank rank :
           {Rank::TotalThenArea, Rank::AreaThenTotal, Rank::SizeThenLength}) {
        uint64_t left = options.maxNodes - result.nodes;
        if (left == 0) {
          result.limitHit = "max-nodes";
          return Status::Aborted;
        }
        Decision search(problem, options, capacity, rank, std::min(limit, left),
                        deadline, hasDeadline);
        Status status = search.run();
        result.nodes += search.nodes;
        if (search.timedOut) {
          result.limitHit = "time-limit";
          return Status::Aborted;
        }
        if (status == Status::Found) {
          Placement found;
          found.offsets.assign(buffers.size(), 0);
          for (size_t i = 0; i < problem.size(); ++i)
            found.offsets[problem.ids[i]] = search.offset[i];
          found.arenaBytes = getArenaBytes(buffers, found.offsets);
          if (found.arenaBytes < result.placement.arenaBytes) {
            result.placement = std::move(found);
            result.method = "search";
          }
          return status;
        }
        if (status == Status::NotFound)
          return status;
      }
      limit *= 2;
    }
  };

  // First the lower bound itself; once it is proven out of reach, bisect
  // between the proven bound and the best arena.
  uint64_t high = result.placement.arenaBytes;
  uint64_t capacity = lower;
  while (lower < high && options.maxNodes > result.nodes) {
    Status status = decide(capacity);
    if (status == Status::Aborted)
      break;
    if (status == Status::Found)
      high = result.placement.arenaBytes;
    else
      lower = capacity + granule;
    capacity = lower + (high - lower) / granule / 2 * granule;
  }
  if (lower < high && options.maxNodes > 0 && result.limitHit.empty())
    result.limitHit = "max-nodes";
  result.lowerBound = std::min(lower, result.placement.arenaBytes);
  result.optimal = result.placement.arenaBytes == result.lowerBound;
  return result;
}
