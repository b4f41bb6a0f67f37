//===- PartitionSpatial.h - Spatial (patch-by-patch) partitioning -*- C++
//-*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// The IR side of -serenity-partition-spatial (docs/Spatial.md):
//
// * PartitionSpatialRegion.cpp: which TOSA ops can be computed tile by tile,
//   the region ending at a cut value, and the window of every value that one
//   output tile needs (its receptive field, computed backwards through the
//   region), with the MACs that costs;
// * PartitionSpatialRewrite.cpp: the region cloned once per tile on sliced
//   windows, with the padding adjusted, written into one destination;
// * PartitionSpatialSearch.cpp: the choice of regions and grids, by asking
//   the scheduler for the peak;
// * PartitionSpatial.cpp: the pass (options, attributes, remarks).
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_LIB_TRANSFORMS_PARTITIONSPATIAL_H
#define SERENITY_LIB_TRANSFORMS_PARTITIONSPATIAL_H

#include "serenity/Analysis/MemoryModel.h"
#include "serenity/Scheduling/Scheduler.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Operation.h"
#include "mlir/IR/OwningOpRef.h"
#include "mlir/IR/Value.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Support/LLVM.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"

#include <optional>
#include <string>
#include <vector>

namespace serenity::spatial {

/// The indices [lo, hi) along one dim.
struct Interval {
  int64_t lo = 0;
  int64_t hi = 0;
  int64_t size() const { return hi - lo; }
  bool operator==(const Interval &other) const {
    return lo == other.lo && hi == other.hi;
  }
  bool operator!=(const Interval &other) const { return !(*this == other); }
};

/// A box of a tensor: one interval per dim.
using Window = llvm::SmallVector<Interval, 4>;

/// The whole of a tensor of type `type`.
Window fullWindow(mlir::RankedTensorType type);
/// The smallest box containing `a` and `b` (same rank).
Window hull(const Window &a, const Window &b);
/// `type` with the dims of `window`.
mlir::RankedTensorType windowType(mlir::RankedTensorType type,
                                  const Window &window);

/// How the tiles of a region's output (NHWC: dims 1 and 2) are laid out.
struct Grid {
  int64_t rows = 1;
  int64_t cols = 1;
  int64_t numTiles() const { return rows * cols; }
};

/// A region: ops of one block ending at one value, `output`, such that every
/// other result of the region is used only inside it, as a windowed operand
/// (so the region can be recomputed tile by tile and nothing else needs its
/// intermediate values whole).
struct SpatialRegion {
  mlir::Value output;
  /// The ops, in block order; the last one defines `output`.
  llvm::SmallVector<mlir::Operation *> ops;
  llvm::SmallPtrSet<mlir::Operation *, 32> opSet;
  /// Values defined outside the region that region ops read through a window
  /// (sliced per tile), in order of first use.
  llvm::SmallVector<mlir::Value> sources;

  bool contains(mlir::Operation *op) const { return opSet.contains(op); }
  /// Whether `value` is computed inside the region.
  bool defines(mlir::Value value) const {
    mlir::Operation *def = value.getDefiningOp();
    return def && contains(def);
  }
};

/// The largest region ending at `output`: the ops reached backwards from its
/// producer through windowed operands of ops whose receptive fields are
/// known, without those whose results are also needed elsewhere. Fails, with
/// the reason in `why`, if `output` is not a static NHWC tensor made by such
/// an op.
mlir::FailureOr<SpatialRegion> findRegion(mlir::Value output, std::string &why);

/// Whether the results of `op` can be computed window by window (the op kinds
/// of docs/Spatial.md with static shapes). `why` says why not.
bool isTileable(mlir::Operation *op, std::string &why);

/// What one output tile needs of every value of a region.
struct TileWindows {
  /// The window of each region result that the tile computes (the hull of
  /// what its uses read).
  llvm::DenseMap<mlir::Value, Window> values;
  /// The window each windowed use reads (of a region result or a source).
  llvm::DenseMap<mlir::OpOperand *, Window> uses;
  /// New padding of the ops that pad: `pad` of convolutions and pooling
  /// (top, bottom, left, right), `padding` of tosa.pad (low, high per dim).
  llvm::DenseMap<mlir::Operation *, llvm::SmallVector<int64_t>> padding;
  /// Multiply-accumulates of the tile's convolutions.
  uint64_t macs = 0;
};

/// The receptive field of `outputWindow` (a box of `region.output`), computed
/// backwards through the region. Fails, with the reason in `why`, if a value
/// would get an empty window.
mlir::FailureOr<TileWindows> computeTileWindows(const SpatialRegion &region,
                                                const Window &outputWindow,
                                                std::string &why);

/// The output boxes of `grid` over `type` (NHWC), row by row: dims 1 and 2
/// split into near-equal parts (the first parts one larger).
llvm::SmallVector<Window> gridWindows(mlir::RankedTensorType type, Grid grid);

/// Multiply-accumulates of `op` (convolutions and matmuls; 0 for other ops).
uint64_t countMacs(mlir::Operation *op);

/// A region and the windows of each of its tiles under one grid.
struct RegionPlan {
  SpatialRegion region;
  Grid grid;
  llvm::SmallVector<Window> outputWindows;
  std::vector<TileWindows> tiles;
  /// MACs of the region's ops, before and after partitioning.
  uint64_t macsBefore = 0;
  uint64_t macsAfter = 0;
};

/// The windows of every tile of `grid` over `region`; fails with `why` as
/// computeTileWindows, or if the grid has more tiles along a dim than the
/// output has elements.
mlir::FailureOr<RegionPlan> planRegion(const SpatialRegion &region, Grid grid,
                                       std::string &why);

/// Rewrites `plan.region` tile by tile: every tile's ops computed on its
/// windows, its result inserted into one destination (`tensor.empty` and a
/// chain of `tensor.insert_slice`), which replaces the region's output; the
/// region's ops are erased. Returns the destination.
mlir::Value partitionRegion(mlir::OpBuilder &builder, const RegionPlan &plan);

/// Knobs of the search (the pass's options).
struct SearchOptions {
  MemoryModelOptions model;
  /// The scheduler of -serenity-memory-schedule, for the peak before.
  sched::SchedulerOptions scheduler;
  /// The scheduler that compares candidates: its heuristics, or the exact
  /// search. Either gives an upper bound on what `scheduler` reaches.
  sched::SchedulerOptions comparison;
  double maxExtraMacs = 0.15;
  unsigned maxTiles = 8;
  std::optional<Grid> grid;
  unsigned maxRegions = 0;
  /// Partitioned functions kept per round.
  unsigned searchWidth = 8;
  bool onlyIfProfitable = true;
  double timeLimit = 0;
  /// Compare candidates by the peak of their lowering to linalg
  /// (buildTosaToLinalgPassPipeline) in the order the comparison scheduler
  /// found, which counts the lowering's temporaries, instead of the model's
  /// peak on TOSA. Falls back to TOSA for a function that does not lower.
  bool lowered = true;
};

/// A region the search partitioned.
struct RegionChoice {
  mlir::Location loc;
  std::string cutName;
  size_t numOps = 0;
  Grid grid;
  uint64_t extraMacs = 0;
  /// The peak once this region (and the ones before it) is partitioned.
  uint64_t peak = 0;
};

/// A remark for later (functions are planned in parallel; diagnostics come
/// out in function order).
struct Refusal {
  mlir::Location loc;
  std::string why;
};

/// What the search found for one function.
struct FunctionPlan {
  /// The partitioned clone of the function; null if nothing is partitioned.
  mlir::OwningOpRef<mlir::Operation *> partitioned;
  /// The memory model's peaks on TOSA.
  uint64_t peakBefore = 0;
  uint64_t peakAfter = 0;
  /// Whether candidates were compared lowered, and the peaks of the lowered
  /// orders before and after (0 if not).
  bool lowered = false;
  uint64_t loweredBefore = 0;
  uint64_t loweredAfter = 0;
  uint64_t macsBefore = 0;
  uint64_t macsAfter = 0;
  llvm::SmallVector<RegionChoice> regions;
  llvm::SmallVector<Refusal> refusals;
  size_t evaluations = 0;
  bool timeLimitHit = false;
};

/// Chooses the regions of `function` to partition, and their grids, on
/// clones (docs/Spatial.md, "Choosing regions and grids"). `function` is not
/// changed.
mlir::FailureOr<FunctionPlan>
planPartitioning(mlir::FunctionOpInterface function,
                 const SearchOptions &options);

} // namespace serenity::spatial

#endif // SERENITY_LIB_TRANSFORMS_PARTITIONSPATIAL_H
