//===- PartitionSpatialSearch.cpp - Choose regions and grids ----*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// Chooses which regions to partition spatially, and with which grid, by
// asking the scheduler: every candidate is partitioned on a clone of the
// function and scheduled with the memory model of -serenity-memory-schedule.
// Regions are added one at a time (a beam of the best partitioned functions
// per round), as long as the peak drops, or stays and is reached at fewer
// steps, within the limit on recomputed MACs (docs/Spatial.md, "Choosing
// regions and grids"). By default the peak compared is that of the
// candidate's lowering to linalg in the order the scheduler found, so that
// the temporaries the lowering adds (padded copies, accumulators) count.
//
//===----------------------------------------------------------------------===//

#include "PartitionSpatial.h"
#include "PassDetail.h"

#include "serenity/Dialect/Serenity/IR/SerenityDialect.h"
#include "serenity/Transforms/Pipelines.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"

#include <chrono>
#include <limits>
#include <thread>

using namespace mlir;
using namespace serenity;
using namespace serenity::spatial;

namespace {
/// What scheduling one function found.
struct Schedule {
  /// The peak the search compares: of the lowered order (with
  /// SearchOptions::lowered), else `modelPeak`.
  uint64_t peak = 0;
  /// The memory model's peak of the order on TOSA.
  uint64_t modelPeak = 0;
  /// Steps of the order at which `peak` is reached.
  size_t hotSteps = 0;
  /// The TOSA ops of those steps (for a lowered order: the ops whose
  /// lowering runs at those steps).
  llvm::DenseSet<Operation *> hotOps;
};

/// A (partitioned) clone of the function that the search may extend.
struct State {
  OwningOpRef<Operation *> function;
  Schedule schedule;
  uint64_t extraMacs = 0;
  SmallVector<RegionChoice> regions;
  /// The regions partitioned, as text, sorted: the same regions partitioned
  /// in another order make the same function.
  std::string signature;

  FunctionOpInterface getFunction() const {
    return cast<FunctionOpInterface>(function.get());
  }
  int64_t numTiles() const {
    int64_t tiles = 0;
    for (const RegionChoice &region : regions)
      tiles += region.grid.numTiles();
    return tiles;
  }
  /// Lower peak; then fewer steps at the peak; then fewer extra MACs; then
  /// fewer tiles.
  bool isBetterThan(const State &other) const {
    return std::make_tuple(schedule.peak, schedule.hotSteps, extraMacs,
                           numTiles()) <
           std::make_tuple(other.schedule.peak, other.schedule.hotSteps,
                           other.extraMacs, other.numTiles());
  }
};

/// A region that could end at one value of a state's function.
struct Candidate {
  Value cut;
  SpatialRegion region;
  /// A lower bound on the peak after partitioning the region: what the ops
  /// outside it need while they run, which partitioning does not change.
  uint64_t outsideBound = 0;
};

using Clock = std::chrono::steady_clock;

class SpatialSearch {
public:
  SpatialSearch(FunctionOpInterface function, const SearchOptions &options)
      : function(function), options(options), start(Clock::now()), budget(0) {}

  FailureOr<FunctionPlan> run();

private:
  /// The schedule sched::schedule finds for `target` with `scheduler`,
  /// within the time left; with `lowered`, its peak is that of the lowering.
  FailureOr<Schedule> scheduleOf(FunctionOpInterface target,
                                 const sched::SchedulerOptions &scheduler);
  /// The peak of `target` put in `orders` (one per block: its ops, floating
  /// ones included) and lowered to linalg op by op
  /// (buildTosaToLinalgPassPipeline), under the memory model of the linalg
  /// IR, with the ops of `target` whose lowering runs at the peak. Fails,
  /// without a diagnostic, if the lowering fails.
  FailureOr<Schedule>
  loweredSchedule(FunctionOpInterface target,
                  ArrayRef<std::vector<Operation *>> orders);
  /// `parent` with the region ending at `cut` partitioned by `grid`,
  /// scheduled with the comparison scheduler.
  FailureOr<State> partition(const State &parent, Value cut, Grid grid,
                             uint64_t extraMacs);
  /// The regions of `working` that hold an op of `hotOps` (all if null),
  /// with their bounds, the smallest bound first.
  FailureOr<std::vector<Candidate>>
  findCandidates(FunctionOpInterface working,
                 const llvm::DenseSet<Operation *> *hotOps);
  SmallVector<Grid> gridsFor(const SpatialRegion &region) const;
  /// The partitionings of `region` in `parent` over the grids to try that
  /// fit the MAC budget, finest first, stopping at the first grid that does
  /// not beat the finer one. `why` says why none fits.
  FailureOr<SmallVector<State>>
  tryGrids(const State &parent, const Candidate &candidate, std::string &why);
  /// The children of `parent` better than it (one per region: its best
  /// grid).
  FailureOr<SmallVector<State>> expand(const State &parent);
  /// The partitioning of the cuts marked serenity.spatial_cut, in order.
  LogicalResult runMarkedCuts(State &state, FunctionPlan &plan);

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
  uint64_t budget;
  size_t evaluations = 0;
  bool timeLimitHit = false;
  /// Whether candidates are compared by their lowered peak (on when
  /// SearchOptions::lowered is and the function's lowering succeeds).
  bool lowered = false;
  /// Whether the function's own schedule is known (candidates follow).
  bool started = false;
};
} // namespace

FailureOr<Schedule>
SpatialSearch::loweredSchedule(FunctionOpInterface target,
                               ArrayRef<std::vector<Operation *>> orders) {
  MLIRContext *context = target->getContext();
  IRMapping mapping;
  OwningOpRef<Operation *> clone(target->clone(mapping));
  // Each op of the clone, in the order, gets a location naming its index in
  // `origin`: the lowering gives the ops it makes their TOSA op's location.
  std::vector<Operation *> origin;
  Builder builder(context);
  for (auto [block, order] :
       llvm::zip(cast<FunctionOpInterface>(*clone).getFunctionBody(), orders)) {
    Operation *terminator =
        block.mightHaveTerminator() ? block.getTerminator() : nullptr;
    for (Operation *op : order) {
      Operation *copy = mapping.lookup(op);
      if (terminator)
        copy->moveBefore(terminator);
      else
        copy->moveBefore(&block, block.end());
      copy->setLoc(FusedLoc::get(context, {copy->getLoc()},
                                 builder.getI64IntegerAttr(origin.size())));
      origin.push_back(op);
    }
  }
  // Diagnostics of this thread's lowering are the search's business, not
  // the user's (a function the lowering refuses is compared on TOSA).
  std::thread::id thread = std::this_thread::get_id();
  ScopedDiagnosticHandler quiet(context, [thread](Diagnostic &) {
    return success(std::this_thread::get_id() == thread);
  });
  PassManager pm(context, clone->getName().getStringRef());
  pm.enableVerifier(false);
  buildTosaToLinalgPassPipeline(pm);
  if (failed(pm.run(*clone)))
    return failure();
  FailureOr<FunctionMemoryModel> model = FunctionMemoryModel::build(
      cast<FunctionOpInterface>(*clone), options.model);
  if (failed(model))
    return failure();
  Schedule result;
  for (const BlockMemoryModel &block : model->getBlocks()) {
    sched::Timeline timeline = block.simulateCurrentOrder();
    if (timeline.peak > result.peak) {
      result.peak = timeline.peak;
      result.hotSteps = 0;
      result.hotOps.clear();
    }
    for (auto [step, op] : llvm::enumerate(block.getOps())) {
      if (timeline.during[step] != result.peak)
        continue;
      ++result.hotSteps;
      auto fused = dyn_cast<FusedLoc>(op->getLoc());
      auto index = fused ? dyn_cast_or_null<IntegerAttr>(fused.getMetadata())
                         : IntegerAttr();
      if (index && index.getInt() < static_cast<int64_t>(origin.size()))
        result.hotOps.insert(origin[index.getInt()]);
    }
  }
  return result;
}

FailureOr<Schedule>
SpatialSearch::scheduleOf(FunctionOpInterface target,
                          const sched::SchedulerOptions &schedulerOptions) {
  FailureOr<FunctionMemoryModel> model =
      FunctionMemoryModel::build(target, options.model);
  if (failed(model))
    return failure();
  sched::SchedulerOptions scheduler = schedulerOptions;
  if (options.timeLimit > 0)
    scheduler.timeLimitSeconds = std::max(1e-3, options.timeLimit - elapsed());
  Schedule result;
  std::vector<std::vector<Operation *>> orders;
  for (const BlockMemoryModel &block : model->getBlocks()) {
    std::vector<sched::NodeId> kept;
    sched::Graph graph = block.buildSchedulingGraph(kept);
    sched::ScheduleResult scheduled = sched::schedule(graph, scheduler);
    sched::Timeline timeline = sched::simulate(graph, scheduled.order);
    if (lowered)
      orders.push_back(placeOpsInOrder(block, kept, scheduled.order));
    if (timeline.peak > result.peak) {
      result.peak = timeline.peak;
      result.hotSteps = 0;
      result.hotOps.clear();
    }
    for (auto [step, node] : llvm::enumerate(scheduled.order))
      if (timeline.during[step] == result.peak) {
        ++result.hotSteps;
        result.hotOps.insert(block.getOps()[kept[node]]);
      }
  }
  result.modelPeak = result.peak;
  if (!lowered)
    return result;
  FailureOr<Schedule> lowering = loweredSchedule(target, orders);
  if (failed(lowering)) {
    // The function as given does not lower: compare on TOSA. A candidate
    // that does not lower (it should, as the function does) never wins.
    if (!started) {
      lowered = false;
      return result;
    }
    result.peak = std::numeric_limits<uint64_t>::max();
    return result;
  }
  lowering->modelPeak = result.modelPeak;
  return lowering;
}

static std::string describe(Location loc, Grid grid) {
  std::string text;
  llvm::raw_string_ostream os(text);
  loc.print(os);
  os << " " << grid.rows << "x" << grid.cols;
  return text;
}

FailureOr<State> SpatialSearch::partition(const State &parent, Value cut,
                                          Grid grid, uint64_t extraMacs) {
  ++evaluations;
  IRMapping mapping;
  State child;
  child.function =
      OwningOpRef<Operation *>(parent.function.get()->clone(mapping));
  std::string why;
  FailureOr<SpatialRegion> region = findRegion(mapping.lookup(cut), why);
  if (failed(region))
    return failure();
  FailureOr<RegionPlan> plan = planRegion(*region, grid, why);
  if (failed(plan))
    return failure();
  OpBuilder builder(parent.function.get()->getContext());
  partitionRegion(builder, *plan);
  FailureOr<Schedule> schedule =
      scheduleOf(child.getFunction(), options.comparison);
  if (failed(schedule))
    return failure();
  child.schedule = std::move(*schedule);
  child.extraMacs = parent.extraMacs + extraMacs;
  Operation *cutOp = cut.getDefiningOp();
  child.regions = parent.regions;
  child.regions.push_back(
      {cutOp->getLoc(), cutOp->getName().getStringRef().str(),
       region->ops.size(), grid, extraMacs, child.schedule.peak});
  SmallVector<std::string> parts;
  for (const RegionChoice &choice : child.regions)
    parts.push_back(describe(choice.loc, choice.grid));
  llvm::sort(parts);
  child.signature = llvm::join(parts, ";");
  return child;
}

SmallVector<Grid> SpatialSearch::gridsFor(const SpatialRegion &region) const {
  if (options.grid)
    return {*options.grid};
  auto type = cast<RankedTensorType>(region.output.getType());
  SmallVector<Grid> grids;
  // n x n tiles, the finest first; a dim of size 1 (a one-dimensional
  // signal) is not split.
  for (int64_t n = options.maxTiles; n >= 2; --n) {
    Grid grid{std::min(n, type.getDimSize(1)), std::min(n, type.getDimSize(2))};
    if (grid.numTiles() > 1 && llvm::none_of(grids, [&](Grid g) {
          return g.rows == grid.rows && g.cols == grid.cols;
        }))
      grids.push_back(grid);
  }
  return grids;
}

/// A lower bound on the peak of any order of the partitioned region: what
/// one tile op needs while it runs (the windows it reads and the one it
/// writes; a source stays whole while a view of it is read; constants cost
/// nothing), for the largest such op.
static uint64_t tileBound(const RegionPlan &plan,
                          const MemoryModelOptions &model) {
  auto bytesOf = [&](Type type) {
    return getTypeBytes(type, model.alignment, model.elementBits).value_or(0);
  };
  uint64_t bound = 0;
  for (const TileWindows &tile : plan.tiles) {
    for (Operation *op : plan.region.ops) {
      Value result = op->getResult(0);
      auto resultType = cast<RankedTensorType>(result.getType());
      uint64_t bytes =
          isa<tosa::SliceOp>(op)
              ? 0
              : bytesOf(windowType(resultType, tile.values.lookup(result)));
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

FailureOr<std::vector<Candidate>>
SpatialSearch::findCandidates(FunctionOpInterface working,
                              const llvm::DenseSet<Operation *> *hotOps) {
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
      if (hotOps && llvm::none_of(region->ops, [&](Operation *member) {
            return hotOps->contains(member);
          }))
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

FailureOr<SmallVector<State>>
SpatialSearch::tryGrids(const State &parent, const Candidate &candidate,
                        std::string &why) {
  SmallVector<State> states;
  std::optional<uint64_t> finer;
  for (Grid grid : gridsFor(candidate.region)) {
    if (outOfTime())
      break;
    std::string reason;
    FailureOr<RegionPlan> plan = planRegion(candidate.region, grid, reason);
    if (failed(plan)) {
      why = reason;
      continue;
    }
    uint64_t extra = plan->macsAfter - plan->macsBefore;
    if (extra > budget - parent.extraMacs) {
      why = "a " + std::to_string(grid.rows) + "x" + std::to_string(grid.cols) +
            " grid recomputes " + std::to_string(extra) +
            " MACs, more than the " +
            std::to_string(budget - parent.extraMacs) + " left";
      continue;
    }
    // Ties on the peak are worth a try (fewer steps at the peak).
    if (std::max(candidate.outsideBound, tileBound(*plan, options.model)) >
        parent.schedule.peak)
      continue;
    FailureOr<State> child = partition(parent, candidate.cut, grid, extra);
    if (failed(child))
      return failure();
    uint64_t peak = child->schedule.peak;
    states.push_back(std::move(*child));
    // Coarser grids recompute less but keep larger tiles live.
    if (finer && peak >= *finer)
      break;
    finer = peak;
  }
  return states;
}

FailureOr<SmallVector<State>> SpatialSearch::expand(const State &parent) {
  SmallVector<State> children;
  if (options.maxRegions && parent.regions.size() >= options.maxRegions)
    return children;
  // Only regions where the peak is can lower it.
  FailureOr<std::vector<Candidate>> candidates =
      findCandidates(parent.getFunction(), &parent.schedule.hotOps);
  if (failed(candidates))
    return failure();
  for (const Candidate &candidate : *candidates) {
    if (candidate.outsideBound > parent.schedule.peak || outOfTime())
      break;
    std::string why;
    FailureOr<SmallVector<State>> states = tryGrids(parent, candidate, why);
    if (failed(states))
      return failure();
    State *best = nullptr;
    for (State &state : *states)
      if (state.isBetterThan(parent) && (!best || state.isBetterThan(*best)))
        best = &state;
    if (best)
      children.push_back(std::move(*best));
  }
  return children;
}

LogicalResult SpatialSearch::runMarkedCuts(State &state, FunctionPlan &plan) {
  StringRef cutAttr = SerenityDialect::getSpatialCutAttrName();
  while (!(options.maxRegions && state.regions.size() >= options.maxRegions) &&
         !outOfTime()) {
    Operation *cutOp = nullptr;
    state.function->walk([&](Operation *op) {
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
    Candidate candidate{cutOp->getResult(0), std::move(*region), 0};
    // Every grid, not only down to the first that does not improve.
    State *best = nullptr;
    SmallVector<State> tried;
    for (Grid grid : gridsFor(candidate.region)) {
      FailureOr<RegionPlan> regionPlan =
          planRegion(candidate.region, grid, why);
      if (failed(regionPlan))
        continue;
      uint64_t extra = regionPlan->macsAfter - regionPlan->macsBefore;
      if (extra > budget - state.extraMacs) {
        why = "a " + std::to_string(grid.rows) + "x" +
              std::to_string(grid.cols) + " grid recomputes " +
              std::to_string(extra) + " MACs, more than the " +
              std::to_string(budget - state.extraMacs) + " left";
        continue;
      }
      FailureOr<State> child = partition(state, candidate.cut, grid, extra);
      if (failed(child))
        return failure();
      tried.push_back(std::move(*child));
    }
    for (State &child : tried)
      if (!best || child.isBetterThan(*best))
        best = &child;
    if (!best) {
      plan.refusals.push_back({cutOp->getLoc(), why});
      continue;
    }
    if (options.onlyIfProfitable &&
        (best->schedule.peak >= state.schedule.peak ||
         best->schedule.modelPeak > state.schedule.modelPeak)) {
      plan.refusals.push_back(
          {cutOp->getLoc(),
           "partitioning does not lower the peak (" +
               std::to_string(state.schedule.peak) + " -> " +
               std::to_string(best->schedule.peak) + " bytes" +
               (lowered ? std::string(", lowered to linalg") : std::string()) +
               ")"});
      continue;
    }
    state = std::move(*best);
  }
  return success();
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
  budget = static_cast<uint64_t>(options.maxExtraMacs *
                                 static_cast<double>(plan.macsBefore));

  State initial;
  initial.function = OwningOpRef<Operation *>(function->clone());
  bool marked = false;
  initial.function->walk([&](Operation *op) {
    marked |= op->hasAttr(SerenityDialect::getSpatialCutAttrName());
  });
  // The peak before, with the scheduler of -serenity-memory-schedule:
  // partitioned functions must beat it (the comparisons give upper bounds on
  // what it reaches on them). Its hot ops are the first candidates'.
  lowered = options.lowered;
  FailureOr<Schedule> before =
      scheduleOf(initial.getFunction(), options.scheduler);
  if (failed(before))
    return failure();
  started = true;
  plan.peakBefore = before->modelPeak;
  plan.lowered = lowered;
  plan.loweredBefore = lowered ? before->peak : 0;
  uint64_t comparedBefore = before->peak;
  initial.schedule = std::move(*before);

  State best;
  if (marked) {
    if (failed(runMarkedCuts(initial, plan)))
      return failure();
    best = std::move(initial);
  } else {
    SmallVector<State> beam;
    beam.push_back(std::move(initial));
    best.schedule.peak = comparedBefore;
    best.schedule.modelPeak = plan.peakBefore;
    // Rounds that only reach the peak at fewer steps lead somewhere when a
    // few equal sites share the peak; past a few, they only pile up tiles.
    constexpr unsigned kRoundsWithoutGain = 3;
    unsigned roundsWithoutGain = 0;
    while (!beam.empty() && !outOfTime() &&
           roundsWithoutGain < kRoundsWithoutGain) {
      uint64_t bestBefore = best.schedule.peak;
      SmallVector<State> children;
      for (const State &parent : beam) {
        FailureOr<SmallVector<State>> expanded = expand(parent);
        if (failed(expanded))
          return failure();
        for (State &child : *expanded)
          children.push_back(std::move(child));
      }
      llvm::stable_sort(children, [](const State &a, const State &b) {
        return a.isBetterThan(b);
      });
      SmallVector<State> next;
      llvm::StringSet<> seen;
      for (State &child : children) {
        if (next.size() >= options.searchWidth)
          break;
        if (!seen.insert(child.signature).second)
          continue;
        if (child.schedule.peak < best.schedule.peak ||
            (child.schedule.peak == best.schedule.peak && best.function &&
             std::make_pair(child.extraMacs, child.numTiles()) <
                 std::make_pair(best.extraMacs, best.numTiles()))) {
          best.function = OwningOpRef<Operation *>(child.function->clone());
          best.schedule.peak = child.schedule.peak;
          best.schedule.modelPeak = child.schedule.modelPeak;
          best.extraMacs = child.extraMacs;
          best.regions = child.regions;
        }
        next.push_back(std::move(child));
      }
      beam = std::move(next);
      roundsWithoutGain =
          best.schedule.peak < bestBefore ? 0 : roundsWithoutGain + 1;
    }
  }

  plan.evaluations = evaluations;
  plan.timeLimitHit = timeLimitHit;
  plan.peakAfter = plan.peakBefore;
  plan.loweredAfter = plan.loweredBefore;
  plan.macsAfter = plan.macsBefore;
  // Profitable: a lower peak (lowered, with `lowered`), and never a higher
  // one on TOSA.
  if (best.function && !best.regions.empty() &&
      ((best.schedule.peak < comparedBefore &&
        best.schedule.modelPeak <= plan.peakBefore) ||
       !options.onlyIfProfitable)) {
    plan.peakAfter = best.schedule.modelPeak;
    plan.loweredAfter = lowered ? best.schedule.peak : 0;
    plan.regions = best.regions;
    plan.macsAfter = countFunctionMacs(*best.function);
    plan.partitioned = std::move(best.function);
  }
  return plan;
}

FailureOr<FunctionPlan>
spatial::planPartitioning(FunctionOpInterface function,
                          const SearchOptions &options) {
  SpatialSearch search(function, options);
  return search.run();
}
