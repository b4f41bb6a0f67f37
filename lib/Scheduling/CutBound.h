//===- CutBound.h - Min-cut lower bounds on unit costs ----------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// A lower bound on the cost of a unit in every order of a part, by a minimum
// cut: while unit v runs after the down-set D, the live bytes are L(D) plus
// v's own transient, and D ranges over the down-sets that contain v's
// ancestors (and what a search state has already scheduled) and none of v
// and its descendants. L is a sum of per-buffer terms "producer in D and some
// toucher not in D", so its minimum over such D is a minimum s-t cut
// (docs/Algorithms.md, section 8). Internal to the library.
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_LIB_SCHEDULING_CUTBOUND_H
#define SERENITY_LIB_SCHEDULING_CUTBOUND_H

#include "Closure.h"
#include "Problem.h"

#include "llvm/ADT/ArrayRef.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace serenity::sched {

class CutBound {
public:
  explicit CutBound(const Problem &problem);

  /// A lower bound on the local cost of unit `v` in every order of the part
  /// that schedules the units with `scheduled[u]` set first (a down-set, not
  /// containing v). With `scheduled` empty: every order.
  uint64_t unitBound(uint32_t v, llvm::ArrayRef<uint8_t> scheduled = {});

  /// As unitBound, with the units of `after` (and their descendants) also
  /// run after v.
  uint64_t unitBound(uint32_t v, llvm::ArrayRef<uint8_t> scheduled,
                     llvm::ArrayRef<uint8_t> after);

  /// The largest unitBound over the units of the part, or the first one that
  /// reaches `target` (nothing above it is needed).
  uint64_t partBound(uint64_t target = UINT64_MAX);

  /// Whether partBound() on `problem` fits the work budget of one call: a
  /// maximum flow per unit, each linear in the network in practice.
  static bool affordable(const Problem &problem);

  /// Projection bound: every order runs the units of `w` in some order
  /// consistent with the graph; the smallest over those orders of the
  /// largest unitBound of a unit of `w` given the units of `w` before it
  /// (and their ancestors) and the rest (and their descendants) after it.
  uint64_t projectionBound(llvm::ArrayRef<uint32_t> w);

  bool isAncestor(uint32_t a, uint32_t b) const { return anc.test(b, a); }

private:
  struct Arc {
    uint32_t to;
    uint64_t cap;
  };
  void addArc(uint32_t from, uint32_t to, uint64_t cap);
  uint64_t maxFlow();
  bool levels();
  uint64_t push(uint32_t v, uint64_t limit);

  const Problem &p;
  size_t numUnits;
  BitMatrix anc, desc;
  /// Per unit: the largest transient of its steps above the live bytes
  /// before it (allocations so far minus everything that may be freed).
  std::vector<uint64_t> transient;
  /// Bytes of pinned buffers live at the start: live throughout.
  uint64_t alwaysLive = 0;
  uint32_t source, sink;
  std::vector<Arc> arcs;
  std::vector<uint64_t> baseCap;
  std::vector<std::vector<uint32_t>> out;
  /// Per unit, the arcs source->u and u->sink (capacity set per query).
  std::vector<uint32_t> fromSource, toSink;
  std::vector<int32_t> level;
  std::vector<uint32_t> next, queue;
};

} // namespace serenity::sched

#endif // SERENITY_LIB_SCHEDULING_CUTBOUND_H
