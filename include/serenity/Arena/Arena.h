//===- Arena.h - MLIR-free static arena planning ----------------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// Static memory planning: every buffer gets a fixed offset in one arena whose
// size is decided at compile time, as TFLite, TFLite Micro, XLA and IREE do.
// A buffer has a size, an alignment and a lifetime, the closed interval of
// steps [first, last] during which it must keep its bytes; two buffers whose
// lifetimes share a step must not share a byte. The problem is dynamic
// storage allocation (NP-hard in general); docs/Arena.md describes the
// baselines, the lower bound and the exact search implemented here.
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_ARENA_ARENA_H
#define SERENITY_ARENA_ARENA_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <string>
#include <vector>

namespace serenity::arena {

/// One buffer of a placement problem.
struct Buffer {
  /// Bytes the buffer occupies. Zero-sized buffers take no space and are
  /// placed at offset 0.
  uint64_t bytes = 0;
  /// The lifetime: the buffer is live at every step in [first, last].
  uint32_t first = 0;
  uint32_t last = 0;
  /// Its offset must be a multiple of this power of two.
  uint64_t alignment = 1;
};

/// Offsets of the buffers (indexed like the problem) and the arena's size.
struct Placement {
  std::vector<uint64_t> offsets;
  uint64_t arenaBytes = 0;
};

/// The smallest alignment of a non-empty buffer (1 if there is none). Every
/// offset is a multiple of it, so sizes can be rounded up to it without loss
/// and the arena's size is always a multiple of it.
uint64_t getGranule(llvm::ArrayRef<Buffer> buffers);

/// The arena `offsets` need: the end of the highest buffer, rounded up to the
/// granule.
uint64_t getArenaBytes(llvm::ArrayRef<Buffer> buffers,
                       llvm::ArrayRef<uint64_t> offsets);

/// The live-bytes lower bound: the largest, over all steps, of the sum of the
/// sizes (rounded up to the granule) of the buffers live at that step. No
/// placement needs less.
uint64_t getLowerBound(llvm::ArrayRef<Buffer> buffers);

/// An empty string if `placement` is valid for `buffers`: one offset per
/// buffer, each a multiple of its buffer's alignment, no two buffers with
/// overlapping lifetimes overlapping in the arena, and `arenaBytes` equal to
/// getArenaBytes(). Otherwise a description of the first violation. Checks
/// every pair of buffers that are live at the same time (a sweep over the
/// steps), so it is independent of how the placement was found.
std::string checkPlacement(llvm::ArrayRef<Buffer> buffers,
                           const Placement &placement);

//===----------------------------------------------------------------------===//
// Baselines
//===----------------------------------------------------------------------===//

/// The greedy placement policies of other frameworks, reimplemented exactly
/// (docs/Arena.md cites the code each follows).
enum class Greedy {
  /// TensorFlow Lite's ArenaPlanner + SimpleMemoryArena: buffers in order of
  /// non-increasing size (ties: earlier first step, then index); each goes
  /// into the smallest gap between the already placed buffers whose
  /// lifetimes overlap its own that can hold it (best fit), or, if no gap
  /// can, right above the highest of them.
  TFLite,
  /// TensorFlow Lite Micro's GreedyMemoryPlanner: the same order; each
  /// buffer goes into the lowest gap that can hold it (first fit).
  TFLiteMicro,
  /// XLA's GlobalDecreasingSizeBestFitHeap (spatial order): non-increasing
  /// size, ties by longer lifetime, then index; best fit among the gaps,
  /// counting the free space between the highest overlapping buffer and the
  /// current arena top as a gap too; if nothing fits, above the highest
  /// overlapping buffer (growing the arena).
  XLA,
};

/// Short name of a policy: "tflite", "tflite-micro", "xla".
llvm::StringRef getGreedyName(Greedy policy);

/// Places `buffers` with `policy`.
Placement placeGreedy(llvm::ArrayRef<Buffer> buffers, Greedy policy);

//===----------------------------------------------------------------------===//
// The planner
//===----------------------------------------------------------------------===//

/// Which placement plan() returns.
enum class Planner {
  /// The best of the baselines and the exact search (the default).
  Serenity,
  /// One baseline alone, for comparisons.
  TFLite,
  TFLiteMicro,
  XLA,
};

/// Where a pass puts the planned arena (-serenity-plan-arena's `arena`).
enum class ArenaStorage {
  /// A memref.alloc at the function's entry, freed before it returns.
  Alloc,
  /// A private memref.global (statically allocated, e.g. in SRAM); the
  /// function is then not reentrant.
  Global,
  /// A new last argument of the function: the caller owns the arena.
  Argument,
};

/// Limits and pruning rules of plan(). The defaults are what the pass uses;
/// tests switch single rules off to check that each is sound and matters.
struct PlannerOptions {
  Planner planner = Planner::Serenity;
  /// Search nodes (partial placements) the exact search may expand in all;
  /// 0 disables the search (the best baseline is returned).
  uint64_t maxNodes = 200000;
  /// Seconds the search may take (0: no limit). Results are deterministic
  /// only when this limit is not what stops the search.
  double timeLimit = 0;
  /// Raise the floor of every step to the lowest offset any unplaced buffer
  /// live there can still take (MiniMalloc's "unallocated floor").
  bool floorBound = true;
  /// Place buffers with the same size, lifetime and alignment in a fixed
  /// order (they are interchangeable).
  bool breakSymmetry = true;
  /// Only build canonical placements in order of non-decreasing offset
  /// (docs/Arena.md); off: any order, a much larger search.
  bool canonicalOrder = true;
  /// Never place a buffer at or above the top another unplaced buffer would
  /// have at its lowest offset (needs canonicalOrder).
  bool dominance = true;
  /// Solve the buffers on either side of a point in time that no unplaced
  /// buffer spans independently.
  bool decompose = true;
};

/// What plan() found.
struct PlanResult {
  Placement placement;
  /// The best lower bound known: getLowerBound(), or the arena itself when
  /// the search proved no smaller one exists.
  uint64_t lowerBound = 0;
  /// Whether placement.arenaBytes is proven minimal (== lowerBound).
  bool optimal = false;
  /// How the placement was found: the name of the greedy policy or
  /// heuristic that produced it, or "search".
  std::string method;
  /// Nodes the search expanded.
  uint64_t nodes = 0;
  /// Set when a limit stopped the search before it finished: "max-nodes" or
  /// "time-limit"; empty otherwise.
  std::string limitHit;
  /// The arena of every greedy baseline, in the order of the Greedy enum.
  std::vector<uint64_t> baselines;
};

/// Plans an arena for `buffers`: the baselines first; if none reaches the
/// lower bound, an exact search over canonical placements decides whether
/// the lower bound can be met, and if it is proven impossible, bisects
/// between the proven bound and the best arena found, within `options`'
/// limits. Never returns an arena larger than the best baseline's; the
/// result always passes checkPlacement().
PlanResult plan(llvm::ArrayRef<Buffer> buffers,
                const PlannerOptions &options = {});

} // namespace serenity::arena

#endif // SERENITY_ARENA_ARENA_H
