//===- PartitionSpatial.cpp - Spatial partitioning pass ---------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// Chooses which regions to partition spatially, and with which grid, by
// asking the scheduler: every candidate is partitioned on a clone of the
// function, and its cost is the peak -serenity-memory-schedule would reach on
// it. Regions are added one at a time, each round taking the candidate with
// the lowest peak, as long as the peak drops and the recomputed MACs stay
// within the limit (docs/Spatial.md, "Choosing regions and grids").
//
//===----------------------------------------------------------------------===//

#include "PartitionSpatial.h"
#include "PassDetail.h"

#include "serenity/Dialect/Serenity/IR/SerenityAttrs.h"
#include "serenity/Scheduling/Scheduler.h"
#include "serenity/Transforms/Passes.h"

#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/Threading.h"

#include "llvm/Support/FormatVariadic.h"

#include <chrono>

namespace serenity {
#define GEN_PASS_DEF_PARTITIONSPATIALPASS
#include "serenity/Transforms/Passes.h.inc"
} // namespace serenity

using namespace mlir;
using namespace serenity;
using namespace serenity::spatial;

namespace {
struct PartitionSpatialPass
    : public serenity::impl::PartitionSpatialPassBase<PartitionSpatialPass> {
  using PartitionSpatialPassBase::PartitionSpatialPassBase;
  void runOnOperation() override;
};

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
  bool onlyIfProfitable = true;
  double timeLimit = 0;
};

/// A region the search partitioned.
struct RegionChoice {
  Location loc;
  std::string cutName;
  size_t numOps = 0;
  Grid grid;
  uint64_t extraMacs = 0;
  uint64_t peak = 0;
};

/// A remark for later (plans are made in parallel; diagnostics come out in
/// function order).
struct Refusal {
  Location loc;
  std::string why;
};

/// What the search found for one function.
struct FunctionPlan {
  /// The partitioned clone of the function; null if nothing is partitioned.
  OwningOpRef<Operation *> partitioned;
  uint64_t peakBefore = 0;
  uint64_t peakAfter = 0;
  uint64_t macsBefore = 0;
  uint64_t macsAfter = 0;
  SmallVector<RegionChoice> regions;
  SmallVector<Refusal> refusals;
  size_t evaluations = 0;
  bool timeLimitHit = false;
};

/// A region that could end at one value of the working function.
struct Candidate {
  Value cut;
  SpatialRegion region;
  /// A lower bound on the peak after partitioning the region: what the ops
  /// outside it need while they run, which partitioning does not change.
  uint64_t outsideBound = 0;
};

/// A partitioned clone and its scheduled peak.
struct Trial {
  OwningOpRef<Operation *> function;
  uint64_t peak = 0;
  uint64_t extraMacs = 0;
  Grid grid;
};

using Clock = std::chrono::steady_clock;

/// Finds the regions and grids of one function.
class SpatialSearch {
public:
  SpatialSearch(FunctionOpInterface function, const SearchOptions &options)
      : function(function), options(options), start(Clock::now()) {}

  FailureOr<FunctionPlan> run();

private:
  /// The peak sched::schedule reaches on `target` with `scheduler` (within
  /// the time left).
  FailureOr<uint64_t> peakOf(FunctionOpInterface target,
                             const sched::SchedulerOptions &scheduler);
  /// `working` cloned, with the region ending at `cut` partitioned by
  /// `grid`, and scheduled.
  FailureOr<Trial> evaluate(FunctionOpInterface working, Value cut, Grid grid,
                            uint64_t extraMacs);
  /// The best trial for the region ending at `cut` over the grids to try,
  /// within `macBudget` extra MACs; std::nullopt with `why` if none fits.
  FailureOr<std::optional<Trial>> bestGrid(FunctionOpInterface working,
                                           const SpatialRegion &region,
                                           uint64_t macBudget,
                                           std::string &why);
  /// The candidate regions of `working` with their bounds, the smallest
  /// bound first.
  FailureOr<std::vector<Candidate>> findCandidates(FunctionOpInterface working);
  SmallVector<Grid> gridsFor(const SpatialRegion &region) const;
  double elapsed() const {
    return std::chrono::duration<double>(Clock::now() - start).count();
  }
  bool outOfTime() {
    if (options.timeLimit > 0 && elapsed() >= options.timeLimit)
      timeLimitHit = true;
    return timeLimitHit;
  }

  FunctionOpInterface function;
  const SearchOptions &options;
  Clock::time_point start;
  size_t evaluations = 0;
  bool timeLimitHit = false;
};
} // namespace

FailureOr<uint64_t>
SpatialSearch::peakOf(FunctionOpInterface target,
                      const sched::SchedulerOptions &schedulerOptions) {
  FailureOr<FunctionMemoryModel> model =
      FunctionMemoryModel::build(target, options.model);
  if (failed(model))
    return failure();
  sched::SchedulerOptions scheduler = schedulerOptions;
  if (options.timeLimit > 0)
    scheduler.timeLimitSeconds =
        std::max(1e-3, options.timeLimit - elapsed());
  uint64_t peak = 0;
  for (const BlockMemoryModel &block : model->getBlocks()) {
    std::vector<sched::NodeId> kept;
    sched::Graph graph = block.buildSchedulingGraph(kept);
    peak = std::max(peak, sched::schedule(graph, scheduler).peak);
  }
  return peak;
}

FailureOr<Trial> SpatialSearch::evaluate(FunctionOpInterface working,
                                         Value cut, Grid grid,
                                         uint64_t extraMacs) {
  ++evaluations;
  IRMapping mapping;
  Trial trial;
  trial.function = OwningOpRef<Operation *>(working->clone(mapping));
  trial.grid = grid;
  trial.extraMacs = extraMacs;
  std::string why;
  FailureOr<SpatialRegion> region = findRegion(mapping.lookup(cut), why);
  if (failed(region))
    return failure();
  FailureOr<RegionPlan> plan = planRegion(*region, grid, why);
  if (failed(plan))
    return failure();
  OpBuilder builder(working->getContext());
  partitionRegion(builder, *plan);
  FailureOr<uint64_t> peak =
      peakOf(cast<FunctionOpInterface>(*trial.function), options.comparison);
  if (failed(peak))
    return failure();
  trial.peak = *peak;
  return trial;
}

SmallVector<Grid> SpatialSearch::gridsFor(const SpatialRegion &region) const {
  if (options.grid)
    return {*options.grid};
  auto type = cast<RankedTensorType>(region.output.getType());
  SmallVector<Grid> grids;
  // n x n tiles; a dim of size 1 (a one-dimensional signal) is not split.
  for (int64_t n = 2; n <= options.maxTiles; ++n) {
    Grid grid{std::min(n, type.getDimSize(1)), std::min(n, type.getDimSize(2))};
    if (grid.numTiles() > 1 &&
        llvm::none_of(grids, [&](Grid g) {
          return g.rows == grid.rows && g.cols == grid.cols;
        }))
      grids.push_back(grid);
  }
  return grids;
}

FailureOr<std::optional<Trial>>
SpatialSearch::bestGrid(FunctionOpInterface working, const SpatialRegion &region,
                        uint64_t macBudget, std::string &why) {
  std::optional<Trial> best;
  for (Grid grid : gridsFor(region)) {
    if (outOfTime())
      break;
    std::string reason;
    FailureOr<RegionPlan> plan = planRegion(region, grid, reason);
    if (failed(plan)) {
      why = reason;
      continue;
    }
    uint64_t extra = plan->macsAfter - plan->macsBefore;
    if (extra > macBudget) {
      why = "a " + std::to_string(grid.rows) + "x" + std::to_string(grid.cols) +
            " grid recomputes " + std::to_string(extra) +
            " MACs, more than the " + std::to_string(macBudget) + " left";
      continue;
    }
    FailureOr<Trial> trial = evaluate(working, region.output, grid, extra);
    if (failed(trial))
      return failure();
    // The lowest peak; then the fewest extra MACs; then the fewest tiles.
    if (!best || trial->peak < best->peak ||
        (trial->peak == best->peak && trial->extraMacs < best->extraMacs))
      best = std::move(*trial);
  }
  return best;
}

FailureOr<std::vector<Candidate>>
SpatialSearch::findCandidates(FunctionOpInterface working) {
  FailureOr<FunctionMemoryModel> model =
      FunctionMemoryModel::build(working, options.model);
  if (failed(model))
    return failure();
  // What each op needs while it runs (its operands and new buffers) bounds
  // every order from below; ops outside a region keep their buffers.
  llvm::DenseMap<Operation *, uint64_t> footprint;
  uint64_t entry = 0;
  for (const BlockMemoryModel &block : model->getBlocks()) {
    const sched::Graph &graph = block.getGraph();
    entry = std::max(entry, graph.entryBytes());
    for (auto [node, op] : llvm::enumerate(block.getOps())) {
      uint64_t bytes = graph.allocBytes(node);
      for (sched::BufferId buffer : graph.uses(node))
        bytes += graph.buffer(buffer).bytes;
      footprint[op] = bytes;
    }
  }

  std::vector<Candidate> candidates;
  for (Block &block : working.getFunctionBody()) {
    for (Operation &op : block) {
      std::string why;
      if (op.getNumResults() != 1 || !isTileable(&op, why))
        continue;
      FailureOr<SpatialRegion> region = findRegion(op.getResult(0), why);
      if (failed(region))
        continue;
      Candidate candidate{op.getResult(0), std::move(*region), entry};
      for (auto [other, bytes] : footprint)
        if (!candidate.region.contains(other))
          candidate.outsideBound = std::max(candidate.outsideBound, bytes);
      candidates.push_back(std::move(candidate));
    }
  }
  llvm::stable_sort(candidates, [](const Candidate &a, const Candidate &b) {
    return a.outsideBound < b.outsideBound;
  });
  return candidates;
}

/// A lower bound on the peak of any order of the partitioned region: what
/// one tile op needs while it runs (the windows it reads and the one it
/// writes; a source stays whole while a view of it is read; constants cost
/// nothing), for the largest such op.
static uint64_t tileBound(const RegionPlan &plan,
                          const MemoryModelOptions &model) {
  auto bytesOf = [&](Type type) {
    return getTypeBytes(type, model.alignment, model.elementBits)
        .value_or(0);
  };
  uint64_t bound = 0;
  for (const TileWindows &tile : plan.tiles) {
    for (Operation *op : plan.region.ops) {
      Value result = op->getResult(0);
      auto resultType = cast<RankedTensorType>(result.getType());
      uint64_t bytes = isa<tosa::SliceOp>(op)
                           ? 0
                           : bytesOf(windowType(resultType,
                                                tile.values.lookup(result)));
      llvm::SmallPtrSet<Value, 4> seen;
      for (OpOperand &use : op->getOpOperands()) {
        Value value = use.get();
        if (!seen.insert(value).second || matchPattern(value, m_Constant()))
          continue;
        if (plan.region.defines(value))
          bytes += bytesOf(windowType(cast<RankedTensorType>(value.getType()),
                                      tile.values.lookup(value)));
        else
          bytes += bytesOf(value.getType());
      }
      bound = std::max(bound, bytes);
    }
  }
  return bound;
}

/// The function's MACs.
static uint64_t countFunctionMacs(Operation *function) {
  uint64_t macs = 0;
  function->walk([&](Operation *op) { macs += countMacs(op); });
  return macs;
}

FailureOr<FunctionPlan> SpatialSearch::run() {
  FunctionPlan plan;
  plan.macsBefore = countFunctionMacs(function);
  FailureOr<uint64_t> before = peakOf(function, options.scheduler);
  if (failed(before))
    return failure();
  plan.peakBefore = *before;
  uint64_t peak = *before;
  uint64_t budget =
      static_cast<uint64_t>(options.maxExtraMacs * double(plan.macsBefore));
  uint64_t used = 0;
  OwningOpRef<Operation *> working(function->clone());

  auto accept = [&](Trial &trial, Operation *cutOp, size_t numOps) {
    plan.regions.push_back({cutOp->getLoc(),
                            cutOp->getName().getStringRef().str(), numOps,
                            trial.grid, trial.extraMacs, trial.peak});
    used += trial.extraMacs;
    peak = trial.peak;
    working = std::move(trial.function);
  };
  auto reachedMaxRegions = [&] {
    return options.maxRegions && plan.regions.size() >= options.maxRegions;
  };

  StringRef cutAttr = SerenityDialect::getSpatialCutAttrName();
  auto hasCut = [&](Operation *root) {
    bool found = false;
    root->walk([&](Operation *op) { found |= op->hasAttr(cutAttr); });
    return found;
  };

  if (hasCut(*working)) {
    // The marked cuts, in block order, each once.
    while (!reachedMaxRegions() && !outOfTime()) {
      Operation *cutOp = nullptr;
      working->walk([&](Operation *op) {
        if (!cutOp && op->hasAttr(cutAttr))
          cutOp = op;
      });
      if (!cutOp)
        break;
      cutOp->removeAttr(cutAttr);
      std::string why;
      FailureOr<SpatialRegion> region = findRegion(cutOp->getResult(0), why);
      if (failed(region)) {
        plan.refusals.push_back({cutOp->getLoc(), why});
        continue;
      }
      size_t numOps = region->ops.size();
      FailureOr<std::optional<Trial>> best =
          bestGrid(cast<FunctionOpInterface>(*working), *region, budget - used,
                   why);
      if (failed(best))
        return failure();
      if (!*best) {
        plan.refusals.push_back({cutOp->getLoc(), why});
        continue;
      }
      if (options.onlyIfProfitable && (*best)->peak >= peak) {
        plan.refusals.push_back(
            {cutOp->getLoc(), "partitioning does not lower the peak (" +
                                  std::to_string(peak) + " -> " +
                                  std::to_string((*best)->peak) + " bytes)"});
        continue;
      }
      accept(**best, cutOp, numOps);
    }
  } else {
    // Rounds: the candidate with the lowest peak, while the peak drops.
    while (!reachedMaxRegions() && !outOfTime()) {
      auto current = cast<FunctionOpInterface>(*working);
      FailureOr<std::vector<Candidate>> candidates = findCandidates(current);
      if (failed(candidates))
        return failure();
      // Per region, the grids within the MAC budget whose lower bound is
      // below the peak; regions with the smallest bound first, until the
      // bound reaches the best peak found.
      struct GridChoice {
        Grid grid;
        uint64_t bound;
        uint64_t extraMacs;
      };
      struct RegionChoices {
        size_t candidate;
        uint64_t bound;
        SmallVector<GridChoice> grids;
      };
      std::vector<RegionChoices> choices;
      for (auto [index, candidate] : llvm::enumerate(*candidates)) {
        if (candidate.outsideBound >= peak)
          continue;
        RegionChoices region{index, peak, {}};
        for (Grid grid : gridsFor(candidate.region)) {
          std::string why;
          FailureOr<RegionPlan> regionPlan =
              planRegion(candidate.region, grid, why);
          if (failed(regionPlan))
            continue;
          uint64_t extra = regionPlan->macsAfter - regionPlan->macsBefore;
          if (extra > budget - used)
            continue;
          uint64_t bound = std::max(candidate.outsideBound,
                                    tileBound(*regionPlan, options.model));
          if (bound >= peak)
            continue;
          region.grids.push_back({grid, bound, extra});
          region.bound = std::min(region.bound, bound);
        }
        if (region.grids.empty())
          continue;
        // Finest first.
        llvm::stable_sort(region.grids, [](const GridChoice &a,
                                           const GridChoice &b) {
          return a.grid.numTiles() > b.grid.numTiles();
        });
        choices.push_back(std::move(region));
      }
      llvm::stable_sort(choices,
                        [](const RegionChoices &a, const RegionChoices &b) {
                          return a.bound < b.bound;
                        });
      std::optional<Trial> best;
      const Candidate *bestCandidate = nullptr;
      auto target = [&] { return best ? best->peak : peak; };
      for (const RegionChoices &region : choices) {
        if (region.bound >= target() || outOfTime())
          break;
        const Candidate &candidate = (*candidates)[region.candidate];
        // Coarser grids recompute less but keep larger tiles live: stop at
        // the first that does not beat the finer one.
        std::optional<uint64_t> previous;
        for (const GridChoice &choice : region.grids) {
          if (choice.bound >= target())
            continue;
          if (outOfTime())
            break;
          FailureOr<Trial> trial = evaluate(current, candidate.cut,
                                            choice.grid, choice.extraMacs);
          if (failed(trial))
            return failure();
          uint64_t trialPeak = trial->peak;
          if (getenv("SP_DEBUG"))
            llvm::errs() << "eval " << candidate.cut.getDefiningOp()->getLoc() << " ops " << candidate.region.ops.size() << " grid " << choice.grid.rows << "x" << choice.grid.cols << " bound " << choice.bound << " out " << candidate.outsideBound << " peak " << trialPeak << "\n";
          if (!best || trialPeak < best->peak ||
              (trialPeak == best->peak &&
               trial->extraMacs < best->extraMacs)) {
            best = std::move(*trial);
            bestCandidate = &candidate;
          }
          if (previous && trialPeak >= *previous)
            break;
          previous = trialPeak;
        }
      }
      if (!best || best->peak >= peak)
        break;
      accept(*best, bestCandidate->cut.getDefiningOp(),
             bestCandidate->region.ops.size());
    }
  }

  plan.evaluations = evaluations;
  plan.timeLimitHit = timeLimitHit;
  plan.peakAfter = peak;
  plan.macsAfter = plan.macsBefore;
  if (!plan.regions.empty()) {
    plan.macsAfter = countFunctionMacs(*working);
    plan.partitioned = std::move(working);
  }
  return plan;
}

void PartitionSpatialPass::runOnOperation() {
  Operation *root = getOperation();
  FailureOr<MemoryModelOptions> modelOptions =
      getMemoryModelOptions(root, alignment, countArguments, elementBits);
  if (failed(modelOptions))
    return signalPassFailure();
  SearchOptions options;
  options.model = *modelOptions;
  options.scheduler.maxStates = maxStates;
  options.comparison = options.scheduler;
  if (!exact)
    options.comparison.algorithm = sched::Algorithm::Heuristic;
  if (maxExtraMacs < 0) {
    root->emitError()
        << "serenity-partition-spatial: max-extra-macs must not be negative";
    return signalPassFailure();
  }
  if (timeLimit < 0) {
    root->emitError()
        << "serenity-partition-spatial: time-limit must not be negative";
    return signalPassFailure();
  }
  if (maxTiles < 1) {
    root->emitError()
        << "serenity-partition-spatial: max-tiles must be at least 1";
    return signalPassFailure();
  }
  if (!grid.empty()) {
    if (grid.size() != 2 || grid[0] < 1 || grid[1] < 1) {
      root->emitError() << "serenity-partition-spatial: grid must be two "
                           "positive numbers (rows,cols)";
      return signalPassFailure();
    }
    options.grid = Grid{grid[0], grid[1]};
  }
  options.maxExtraMacs = maxExtraMacs;
  options.maxTiles = maxTiles;
  options.maxRegions = maxRegions;
  options.onlyIfProfitable = onlyIfProfitable;
  options.timeLimit = timeLimit;

  MLIRContext *context = &getContext();
  SmallVector<FunctionOpInterface> functions;
  for (FunctionOpInterface function : collectFunctions(root))
    if (!function.isExternal())
      functions.push_back(function);

  // Plan every function first (on clones), then swap the bodies in.
  std::vector<FunctionPlan> plans(functions.size());
  if (failed(failableParallelForEachN(
          context, 0, functions.size(), [&](size_t i) -> LogicalResult {
            SpatialSearch search(functions[i], options);
            FailureOr<FunctionPlan> plan = search.run();
            if (failed(plan))
              return failure();
            plans[i] = std::move(*plan);
            return success();
          })))
    return signalPassFailure();

  for (auto [function, plan] : llvm::zip(functions, plans)) {
    for (const Refusal &refusal : plan.refusals)
      emitRemark(refusal.loc)
          << "serenity-partition-spatial: region not partitioned: "
          << refusal.why;
    if (plan.partitioned)
      function.getFunctionBody().takeBody(
          cast<FunctionOpInterface>(*plan.partitioned).getFunctionBody());
    // Ops of an unpartitioned region keep no mark.
    function->walk([&](Operation *op) {
      op->removeAttr(SerenityDialect::getSpatialCutAttrName());
    });
    uint64_t tiles = 0;
    for (const RegionChoice &region : plan.regions)
      tiles += region.grid.numTiles();
    function->setAttr(SerenityDialect::getSpatialAttrName(),
                      SpatialAttr::get(context, plan.peakBefore,
                                       plan.peakAfter, plan.macsBefore,
                                       plan.macsAfter, plan.regions.size(),
                                       tiles, plan.timeLimitHit));
    if (plan.timeLimitHit)
      function->emitRemark()
          << "serenity-partition-spatial: @" << function.getName()
          << ": time limit of " << timeLimit << " s hit after "
          << plan.evaluations
          << " schedules; kept the best partitioning found by then";
    if (!report)
      continue;
    double extra = plan.macsBefore
                       ? 100.0 * double(plan.macsAfter - plan.macsBefore) /
                             double(plan.macsBefore)
                       : 0.0;
    InFlightDiagnostic remark = function->emitRemark();
    remark << "serenity-partition-spatial: @" << function.getName() << ": "
           << plan.regions.size() << " regions, " << tiles
           << " tiles, peak " << plan.peakBefore << " -> " << plan.peakAfter
           << " bytes, MACs " << plan.macsBefore << " -> " << plan.macsAfter
           << " (+" << llvm::formatv("{0:F2}", extra).str() << "%), "
           << plan.evaluations << " schedules compared";
    for (const RegionChoice &region : plan.regions)
      remark.attachNote(region.loc)
          << "region of " << region.numOps << " ops ending at '"
          << region.cutName << "', " << region.grid.rows << "x"
          << region.grid.cols << " tiles, " << region.extraMacs
          << " extra MACs, peak " << region.peak << " bytes";
  }
}
