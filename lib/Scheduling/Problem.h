//===- Problem.h - Independent parts and their search -----------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// The building blocks of schedule(): a Graph is decomposed into parts (the
// graph between two cut points), each a Problem over "units" (single nodes or
// merged chains) numbered in a topological order. The searches and list
// heuristics below work on one Problem and know nothing about the rest of the
// graph except a constant background of bytes. See docs/Algorithms.md.
// Internal to the library (not installed): the API is Scheduler.h.
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_LIB_SCHEDULING_PROBLEM_H
#define SERENITY_LIB_SCHEDULING_PROBLEM_H

#include "serenity/Scheduling/Graph.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <vector>

namespace serenity::sched {

/// One part of the graph: units 0..numUnits()-1 in a topological order, each
/// a sequence of original nodes ("steps") that runs back to back.
///
/// Bytes are local: the live bytes of the whole graph while a unit of this
/// part runs are `background` plus the local live bytes. A local buffer is a
/// buffer touched (allocated or used) by the part; it is live at the start of
/// the part if it was allocated before, and it is never freed inside the part
/// if it is live-out or used by a later part ("pinned").
/// No unit (e.g. the producer of a buffer live at the start of a part).
inline constexpr uint32_t kNoUnit = ~uint32_t(0);

struct Problem {
  size_t numUnits() const { return unitStepBegin.size() - 1; }
  size_t numSteps() const { return stepAlloc.size(); }
  llvm::ArrayRef<uint32_t> preds(uint32_t u) const {
    return llvm::ArrayRef(predList).slice(predBegin[u],
                                          predBegin[u + 1] - predBegin[u]);
  }
  llvm::ArrayRef<uint32_t> succs(uint32_t u) const {
    return llvm::ArrayRef(succList).slice(succBegin[u],
                                          succBegin[u + 1] - succBegin[u]);
  }
  /// Local buffers whose last touch within their unit is step `s`: they die
  /// after `s` once every other touching unit has run.
  llvm::ArrayRef<uint32_t> frees(uint32_t s) const {
    return llvm::ArrayRef(freeList).slice(freeBegin[s],
                                          freeBegin[s + 1] - freeBegin[s]);
  }
  /// Units other than the producing unit that touch local buffer `b`.
  llvm::ArrayRef<uint32_t> touchers(uint32_t b) const {
    return llvm::ArrayRef(toucherList)
        .slice(toucherBegin[b], toucherBegin[b + 1] - toucherBegin[b]);
  }

  /// Unit graph (CSR), edges inside the part only.
  std::vector<uint32_t> predBegin, predList, succBegin, succList;
  /// unitStepBegin[u] .. unitStepBegin[u+1]: the steps of unit u.
  std::vector<uint32_t> unitStepBegin;
  /// Per step: the original node and the bytes it allocates.
  std::vector<NodeId> stepNode;
  std::vector<uint64_t> stepAlloc;
  std::vector<uint32_t> freeBegin, freeList;
  /// Per local buffer: bytes, producing unit (kNoUnit: live at the start
  /// of the part) and whether it is pinned (never freed inside the part).
  std::vector<uint64_t> bufBytes;
  std::vector<uint32_t> bufProducer;
  std::vector<uint8_t> bufPinned;
  std::vector<uint32_t> toucherBegin, toucherList;
  /// Per unit: whether it is delayed (docs/Algorithms.md, section 4.1):
  /// the exact search runs it only as part of the block of delayed
  /// ancestors of an undelayed unit. Empty: no unit is (reductions off).
  std::vector<uint8_t> unitDelayed;
  /// Local bytes live before the first unit of the part runs.
  uint64_t initialLive = 0;
  /// Bytes live during the whole part that the part does not touch.
  uint64_t background = 0;
  /// A local lower bound on the cost of every order of the part: for each
  /// unit the bytes necessarily live while it runs, maximized over units.
  uint64_t staticLowerBound = 0;
  /// Per unit, the bytes necessarily live while it runs (the terms of
  /// staticLowerBound); empty when the part skipped the closure.
  std::vector<uint64_t> unitStaticBound;
  /// Index of the first unit of the part in the whole-graph unit order.
  uint32_t firstGlobalUnit = 0;
};

/// A graph split into parts that every topological order runs one after the
/// other.
struct Decomposition {
  /// False if the graph has a cycle; nothing else is then filled in.
  bool acyclic = true;
  /// The input order: identity if it is topological, otherwise the
  /// smallest-id-first topological sort.
  std::vector<NodeId> inputOrder;
  bool inputIsIdentity = true;
  /// Units over the whole graph (after chain merging).
  size_t numUnits = 0;
  /// Units merged into the unit of their only successor (condition C3 of
  /// docs/Algorithms.md), and units that touch no buffer (left out of the
  /// cut test).
  size_t delayMerges = 0, freeUnits = 0;
  std::vector<Problem> parts;
};

/// The input order of `graph`: a stable topological sort (Kahn's algorithm,
/// smallest id first), so the identity whenever the identity is topological.
/// std::nullopt if the graph has a cycle.
std::optional<std::vector<NodeId>> inputOrder(const Graph &graph);

/// Decomposes `graph`. With `mergeChains`, a node u whose only successor w
/// has u as only predecessor is merged with w, and a unit whose nodes feed a
/// single node w outside it is merged in front of w's unit, when one of the
/// exchange conditions of docs/Algorithms.md proves that some optimal order
/// runs them back to back. With `splitAtCuts`, the graph is split after every
/// unit that is comparable with all other units that touch a buffer. Without
/// `bounds`, the static lower bounds are left at zero (they cost a transitive
/// closure per part).
Decomposition decompose(const Graph &graph, bool mergeChains, bool splitAtCuts,
                        bool bounds = true);

/// The original nodes of a unit order, expanded.
std::vector<NodeId> expandOrder(const Problem &problem,
                                llvm::ArrayRef<uint32_t> unitOrder);

/// The local cost (largest local live bytes over all steps) of a unit order.
uint64_t evaluateOrder(const Problem &problem,
                       llvm::ArrayRef<uint32_t> unitOrder);

/// The local cost of each unit of a (prefix of a) unit order: the largest
/// local live bytes over its steps.
std::vector<uint64_t> unitCosts(const Problem &problem,
                                llvm::ArrayRef<uint32_t> unitOrder);

/// The list heuristics on one part; both return unit orders.
std::vector<uint32_t> greedyOrder(const Problem &problem);
std::vector<uint32_t> reversePostOrder(const Problem &problem);

/// Deadlines further away than this (about 31 years) are no deadline.
inline constexpr double kMaxDeadlineSeconds = 1e9;

/// A wall-clock deadline; default constructed: none. A budget that is not
/// positive, not a number, infinite or above kMaxDeadlineSeconds is none.
class Deadline {
public:
  Deadline() = default;
  explicit Deadline(double seconds);
  bool expired() const {
    return enabled && std::chrono::steady_clock::now() >= end;
  }
  /// A deadline `fraction` of the way from now to this one (none if this
  /// one is none).
  Deadline partial(double fraction) const;

private:
  bool enabled = false;
  std::chrono::steady_clock::time_point end;
};

struct SearchOptions {
  /// Costs below the floor do not matter (the whole graph cannot do better);
  /// the search treats them as equal to the floor.
  uint64_t floor = 0;
  /// Only orders with a cost below this are searched for; UINT64_MAX: none.
  uint64_t upperBound = UINT64_MAX;
  uint64_t maxStates = 2'000'000;
  Deadline deadline;
};

struct SearchResult {
  enum Status {
    /// `order` is optimal: its cost clamped to the floor is minimal.
    Solved,
    /// No order costs less than the upper bound (which is thus optimal).
    NoBetter,
    /// A limit was hit; `order` is the best order found, if any.
    LimitHit,
  };
  Status status = LimitHit;
  std::vector<uint32_t> order;
  /// max(floor, cost of order); meaningful if `order` is not empty.
  uint64_t value = UINT64_MAX;
  /// A proven lower bound on max(floor, cost) of every order of the part.
  uint64_t lowerBound = 0;
  uint64_t statesExpanded = 0;
  uint64_t statesStored = 0;
};

/// Exact best-first search over signatures (sets of scheduled units).
SearchResult exactSearch(const Problem &problem, const SearchOptions &options);

/// Large-neighbourhood improvement of a complete unit order: repeatedly
/// reorders a window of consecutive units around a most expensive step
/// optimally (the exact search restricted to the window, the units before
/// and after it fixed), until no such window improves or `maxStates` states
/// (summed over windows) or the deadline are spent. Windows start with
/// `windowSize` units, halve when their search hits its state limit and
/// double (up to 4x) while their search is cheap. Returns the improved
/// order, or no order if nothing improved. Never reports Solved or NoBetter.
SearchResult improveByWindows(const Problem &problem,
                              std::vector<uint32_t> order, unsigned windowSize,
                              const SearchOptions &options);

/// Beam search over signatures, keeping the `width` best states per round.
/// Never reports Solved or NoBetter; `lowerBound` is the floor.
SearchResult beamSearch(const Problem &problem, unsigned width,
                        const SearchOptions &options);

} // namespace serenity::sched

#endif // SERENITY_LIB_SCHEDULING_PROBLEM_H
