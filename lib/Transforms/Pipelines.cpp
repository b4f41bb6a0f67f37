//===- Pipelines.cpp - Serenity pass pipelines ------------------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//

#include "serenity/Transforms/Pipelines.h"
#include "serenity/Transforms/Passes.h"

#include "mlir/Conversion/TosaToArith/TosaToArith.h"
#include "mlir/Conversion/TosaToLinalg/TosaToLinalg.h"
#include "mlir/Conversion/TosaToTensor/TosaToTensor.h"
#include "mlir/Dialect/Bufferization/Pipelines/Passes.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Tosa/Transforms/Passes.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

void serenity::buildScheduleLoweredPipeline(
    OpPassManager &pm, const ScheduleLoweredOptions &options) {
  if (options.rewrite) {
    RewriteIdentityPassOptions rewrite;
    rewrite.elementBits = options.elementBits;
    pm.addPass(createRewriteIdentityPass(rewrite));
  }
  MemorySchedulePassOptions schedule;
  schedule.elementBits = options.elementBits;
  schedule.timeLimit = options.timeLimit;
  pm.addPass(createMemorySchedulePass(schedule));
  // Op by op, each TOSA op's linalg ops at its place: the order is kept.
  OpPassManager &func = pm.nest<func::FuncOp>();
  func.addPass(tosa::createTosaOptionalDecompositionsPass());
  func.addPass(tosa::createTosaToLinalgNamed());
  func.addPass(tosa::createTosaToLinalg());
  func.addPass(createTosaToArithPass());
  func.addPass(createTosaToTensorPass());
  if (options.inPlace)
    pm.addPass(createInPlacePass());
  pm.addPass(createMemorySchedulePass(schedule));
}

void serenity::buildDeployPipeline(OpPassManager &pm,
                                   const DeployOptions &options) {
  ScheduleLoweredOptions schedule;
  schedule.rewrite = options.rewrite;
  schedule.elementBits = options.elementBits;
  schedule.timeLimit = options.timeLimit;
  schedule.inPlace = options.inPlace;
  buildScheduleLoweredPipeline(pm, schedule);
  if (options.inlineCalls) {
    // Without the inliner's default canonicalizer: nothing is folded or
    // moved, so the order stays the scheduled one.
    pm.addPass(createInlinerPass({}, [](OpPassManager &) {}));
    pm.addPass(createSymbolDCEPass());
  }
  bufferization::OneShotBufferizePassOptions bufferize;
  bufferize.bufferizeFunctionBoundaries = true;
  bufferize.bufferAlignment = 0;
  pm.addPass(bufferization::createOneShotBufferizePass(bufferize));
  if (options.outParams) {
    // Public functions too (a deployed network is one); a returned static
    // allocation becomes the out-argument itself, with no copy.
    bufferization::BufferResultsToOutParamsPassOptions outParams;
    outParams.hoistStaticAllocs = true;
    outParams.modifyPublicFunctions = true;
    pm.addPass(bufferization::createBufferResultsToOutParamsPass(outParams));
  }
  bufferization::buildBufferDeallocationPipeline(pm);
  DeallocAfterLastUsePassOptions dealloc;
  dealloc.report = options.report;
  pm.addPass(createDeallocAfterLastUsePass(dealloc));
  PlanArenaPassOptions arena;
  arena.storage = options.storage;
  arena.alignment = options.alignment;
  arena.maxBytes = options.maxBytes;
  arena.report = options.report;
  pm.addPass(createPlanArenaPass(arena));
}

void serenity::registerSerenityPipelines() {
  PassPipelineRegistration<ScheduleLoweredOptions>(
      "serenity-schedule-lowered",
      "Rewrite (optional) and schedule TOSA, lower it to linalg on tensors "
      "and schedule again there, where the lowering's temporaries are "
      "visible (docs/Runtime.md)",
      buildScheduleLoweredPipeline);
  PassPipelineRegistration<DeployOptions>(
      "serenity-deploy",
      "TOSA to bufferized IR whose activations live in one static arena: "
      "serenity-schedule-lowered, bufferization, deallocs after the last "
      "use, serenity-plan-arena (docs/Arena.md)",
      buildDeployPipeline);
}
