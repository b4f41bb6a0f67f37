//===- StateBound.h - Lower bound on the completions of a state -*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// A lower bound on the peak of every completion of a search state (a
// down-set S of scheduled units): the largest, over the unscheduled units v,
// of v's static necessary bytes plus the buffers that S has already
// allocated and that stay live while v runs although their producer is no
// ancestor of v (so the static bound of v cannot count them): pinned ones,
// and those a descendant of v still touches (docs/Algorithms.md, section 8).
// Internal to the library.
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_LIB_SCHEDULING_STATEBOUND_H
#define SERENITY_LIB_SCHEDULING_STATEBOUND_H

#include "Problem.h"
#include "State.h"

#include <cstdint>
#include <vector>

namespace serenity::sched {

class StateBound {
public:
  explicit StateBound(const Problem &problem);

  /// Whether the part has the per-unit static bounds and is small enough to
  /// build the terms.
  static bool applicable(const Problem &problem);

  /// Whether the terms are few enough for a bound per state (each state
  /// evaluates up to all of them).
  bool affordable() const;

  /// The bound for the state whose scheduled units are `set`, or any value
  /// not above `known` once the bound cannot exceed `known`.
  uint64_t bound(const NodeSet &set, uint64_t known = 0) const;

  /// As bound(), with the scheduled units given as flags.
  uint64_t bound(llvm::ArrayRef<uint8_t> scheduled) const;

private:
  struct Term {
    uint32_t producer;
    uint64_t bytes;
  };
  template <typename InSet>
  uint64_t boundImpl(InSet inSet, uint64_t known) const;

  const Problem &p;
  /// Units by decreasing largest possible bound.
  std::vector<uint32_t> byMaximum;
  std::vector<uint64_t> maximum;
  /// Per unit v: the buffers that count for v once their producer is
  /// scheduled (CSR).
  std::vector<uint32_t> termBegin;
  std::vector<Term> terms;
};

} // namespace serenity::sched

#endif // SERENITY_LIB_SCHEDULING_STATEBOUND_H
