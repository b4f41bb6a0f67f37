//===- PartitionSpatial.cpp - Spatial partitioning pass ---------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// The pass: options, planning every function in parallel (on clones), then
// swapping the partitioned bodies in, the #serenity.spatial summaries and the
// remarks. The region analysis, the rewrite and the search live in the
// PartitionSpatial*.cpp files beside it.
//
//===----------------------------------------------------------------------===//

#include "PartitionSpatial.h"
#include "PassDetail.h"

#include "serenity/Analysis/FunctionModels.h"
#include "serenity/Dialect/Serenity/IR/SerenityAttrs.h"
#include "serenity/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Index/IR/IndexDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
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
} // namespace

void PartitionSpatialPass::runOnOperation() {
  Operation *root = getOperation();
  FailureOr<MemoryModelOptions> modelOptions = getMemoryModelOptions(
      root, getArgument(), alignment, countArguments, elementBits);
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
  options.searchWidth = searchWidth;
  options.onlyIfProfitable = onlyIfProfitable;
  options.timeLimit = timeLimit;
  options.lowered = loweredPeak;

  MLIRContext *context = &getContext();
  SmallVector<FunctionOpInterface> functions;
  for (FunctionOpInterface function : collectFunctions(root))
    if (!function.isExternal())
      functions.push_back(function);

  // Plan every function first (on clones), then swap the bodies in.
  std::vector<FunctionPlan> plans(functions.size());
  if (failed(failableParallelForEachN(
          context, 0, functions.size(), [&](size_t i) -> LogicalResult {
            FailureOr<FunctionPlan> plan =
                planPartitioning(functions[i], options);
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
                      SpatialAttr::get(context, plan.peakBefore, plan.peakAfter,
                                       plan.macsBefore, plan.macsAfter,
                                       plan.regions.size(), tiles,
                                       plan.timeLimitHit));
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
           << plan.regions.size() << " regions, " << tiles << " tiles, peak "
           << plan.peakBefore << " -> " << plan.peakAfter << " bytes, MACs "
           << plan.macsBefore << " -> " << plan.macsAfter << " (+"
           << llvm::formatv("{0:F2}", extra).str() << "%), " << plan.evaluations
           << " schedules compared";
    if (plan.lowered)
      remark << "; lowered to linalg, peak " << plan.loweredBefore << " -> "
             << plan.loweredAfter << " bytes";
    for (const RegionChoice &region : plan.regions)
      remark.attachNote(region.loc)
          << "region of " << region.numOps << " ops ending at '"
          << region.cutName << "', " << region.grid.rows << "x"
          << region.grid.cols << " tiles, " << region.extraMacs
          << " extra MACs, peak " << region.peak << " bytes";
  }
}
