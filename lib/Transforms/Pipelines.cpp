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
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Tosa/Transforms/Passes.h"
#include "mlir/Pass/PassRegistry.h"

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
  pm.addPass(createMemorySchedulePass(schedule));
}

void serenity::registerSerenityPipelines() {
  PassPipelineRegistration<ScheduleLoweredOptions>(
      "serenity-schedule-lowered",
      "Rewrite (optional) and schedule TOSA, lower it to linalg on tensors "
      "and schedule again there, where the lowering's temporaries are "
      "visible (docs/Runtime.md)",
      buildScheduleLoweredPipeline);
}
