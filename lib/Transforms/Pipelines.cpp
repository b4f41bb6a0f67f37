//===- Pipelines.cpp - Serenity pass pipelines ------------------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//

#include "serenity/Transforms/Pipelines.h"
#include "serenity/Transforms/Passes.h"

#include "mlir/Conversion/AffineToStandard/AffineToStandard.h"
#include "mlir/Conversion/BufferizationToMemRef/BufferizationToMemRef.h"
#include "mlir/Conversion/ConvertToLLVM/ToLLVMPass.h"
#include "mlir/Conversion/MathToLibm/MathToLibm.h"
#include "mlir/Conversion/MemRefToLLVM/MemRefToLLVM.h"
#include "mlir/Conversion/ReconcileUnrealizedCasts/ReconcileUnrealizedCasts.h"
#include "mlir/Conversion/SCFToControlFlow/SCFToControlFlow.h"
#include "mlir/Conversion/TosaToArith/TosaToArith.h"
#include "mlir/Conversion/TosaToLinalg/TosaToLinalg.h"
#include "mlir/Conversion/TosaToSCF/TosaToSCF.h"
#include "mlir/Conversion/TosaToTensor/TosaToTensor.h"
#include "mlir/Dialect/Affine/Transforms/Passes.h"
#include "mlir/Dialect/Bufferization/Pipelines/Passes.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Dialect/Tosa/Transforms/Passes.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

/// The pass manager for passes on every func.func of `pm`'s op: `pm` itself
/// when it runs on a func.func, else a nested one.
static OpPassManager &getFunctionPassManager(OpPassManager &pm) {
  if (pm.getOpName() == func::FuncOp::getOperationName())
    return pm;
  return pm.nest<func::FuncOp>();
}

/// Whether `pm` runs on a module (or on any op, when the pipeline is nested
/// implicitly).
static bool runsOnModule(OpPassManager &pm) {
  std::optional<StringRef> name = pm.getOpName();
  return !name || *name == ModuleOp::getOperationName();
}

void serenity::buildTosaToLinalgPassPipeline(OpPassManager &pm) {
  // Each TOSA op becomes its linalg ops at its own place: the order of the
  // TOSA ops is kept. Control flow first, so that the TOSA ops in its
  // regions are lowered by the patterns below.
  OpPassManager &func = getFunctionPassManager(pm);
  func.addPass(createCheckLowerablePass());
  func.addPass(createTosaToSCFPass());
  func.addPass(tosa::createTosaOptionalDecompositionsPass());
  func.addPass(tosa::createTosaToLinalgNamed());
  func.addPass(tosa::createTosaToLinalg());
  func.addPass(createTosaToArithPass());
  func.addPass(createTosaToTensorPass());
}

void serenity::buildScheduleLoweredPassPipeline(
    OpPassManager &pm, const ScheduleLoweredOptions &options) {
  if (options.rewrite) {
    RewriteIdentityPassOptions rewrite;
    rewrite.elementBits = options.elementBits;
    rewrite.timeLimit = options.timeLimit;
    pm.addPass(createRewriteIdentityPass(rewrite));
  }
  MemorySchedulePassOptions schedule;
  schedule.elementBits = options.elementBits;
  schedule.timeLimit = options.timeLimit;
  pm.addPass(createMemorySchedulePass(schedule));
  buildTosaToLinalgPassPipeline(pm);
  if (options.inPlace)
    pm.addPass(createInPlacePass());
  pm.addPass(createMemorySchedulePass(schedule));
}

/// The bufferization of serenity-bufferize-for-measurement and
/// serenity-deploy: one-shot-bufferize across function boundaries, with
/// allocations of exactly the size the memory model predicts (no alignment
/// padding in the requested size).
static void addBufferizePasses(OpPassManager &pm) {
  bufferization::OneShotBufferizePassOptions bufferize;
  bufferize.bufferizeFunctionBoundaries = true;
  bufferize.bufferAlignment = 0;
  pm.addPass(bufferization::createOneShotBufferizePass(bufferize));
}

/// buffer-deallocation-pipeline, which frees every buffer at the end of its
/// block, then (with `freeAfterLastUse`) optimize-allocation-liveness, which
/// moves each free right after the buffer's last use.
static void addDeallocationPasses(OpPassManager &pm, bool freeAfterLastUse) {
  bufferization::buildBufferDeallocationPipeline(
      pm, bufferization::BufferDeallocationPipelineOptions());
  if (freeAfterLastUse)
    pm.addNestedPass<func::FuncOp>(
        bufferization::createOptimizeAllocationLivenessPass());
}

LogicalResult serenity::buildBufferizeForMeasurementPassPipeline(
    OpPassManager &pm, const BufferizeForMeasurementOptions &options) {
  if (!runsOnModule(pm))
    return failure();
  // The inliner without its default canonicalizer, so that nothing is folded
  // or moved; the inlined function is then dead.
  pm.addPass(createInlinerPass({}, [](OpPassManager &) {}));
  pm.addPass(createSymbolDCEPass());
  addBufferizePasses(pm);
  addDeallocationPasses(pm, options.freeAfterLastUse);
  return success();
}

LogicalResult serenity::buildLowerToLLVMForRunnerPassPipeline(
    OpPassManager &pm, const LowerToLLVMForRunnerOptions &options) {
  if (!runsOnModule(pm))
    return failure();
  pm.addPass(createConvertBufferizationToMemRefPass());
  switch (options.loops) {
  case LoopLowering::Loops:
    pm.addPass(createConvertLinalgToLoopsPass());
    break;
  case LoopLowering::Affine:
    pm.addPass(createConvertLinalgToAffineLoopsPass());
    pm.addNestedPass<func::FuncOp>(
        affine::createAffineLoopInvariantCodeMotionPass());
    break;
  }
  pm.addPass(memref::createExpandStridedMetadataPass());
  pm.addPass(createLowerAffinePass());
  pm.addPass(createSCFToControlFlowPass());
  pm.addPass(createConvertMathToLibmPass());
  // Every allocation and free through _mlir_memref_to_llvm_alloc/free, which
  // runtime/SerenityRuntime.cpp defines and counts.
  FinalizeMemRefToLLVMConversionPassOptions memref;
  memref.useGenericFunctions = true;
  memref.useAlignedAlloc = options.useAlignedAlloc;
  pm.addPass(createFinalizeMemRefToLLVMConversionPass(memref));
  pm.addPass(createConvertToLLVMPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
  return success();
}

LogicalResult serenity::buildDeployPassPipeline(OpPassManager &pm,
                                                const DeployOptions &options) {
  if (!runsOnModule(pm))
    return failure();
  ScheduleLoweredOptions schedule;
  schedule.rewrite = options.rewrite;
  schedule.elementBits = options.elementBits;
  schedule.timeLimit = options.timeLimit;
  schedule.inPlace = options.inPlace;
  buildScheduleLoweredPassPipeline(pm, schedule);
  if (options.inlineCalls) {
    // Without the inliner's default canonicalizer: nothing is folded or
    // moved, so the order stays the scheduled one.
    pm.addPass(createInlinerPass({}, [](OpPassManager &) {}));
    pm.addPass(createSymbolDCEPass());
  }
  addBufferizePasses(pm);
  if (options.outParams) {
    // Public functions too (a deployed network is one); a returned static
    // allocation becomes the out-argument itself, with no copy.
    bufferization::BufferResultsToOutParamsPassOptions outParams;
    outParams.hoistStaticAllocs = true;
    outParams.modifyPublicFunctions = true;
    pm.addPass(bufferization::createBufferResultsToOutParamsPass(outParams));
  }
  addDeallocationPasses(pm, /*freeAfterLastUse=*/true);
  PlanArenaPassOptions arena;
  arena.storage = options.storage;
  arena.alignment = options.alignment;
  arena.maxBytes = options.maxBytes;
  arena.report = options.report;
  pm.addPass(createPlanArenaPass(arena));
  return success();
}

/// Registers `name`, built by `build` from options of type `Options`, with
/// errors of the builder (a pipeline nested where it cannot run) reported
/// through the registry's error handler.
template <typename Options>
static void registerPipeline(
    StringRef name, StringRef description,
    std::function<LogicalResult(OpPassManager &, const Options &)> build) {
  registerPassPipeline(
      name, description,
      [name, build](OpPassManager &pm, StringRef text,
                    function_ref<LogicalResult(const Twine &)> errorHandler)
          -> LogicalResult {
        Options options;
        if (failed(options.parseFromString(text)))
          return errorHandler(Twine(name) + ": invalid options '" + text + "'");
        if (failed(build(pm, options)))
          return errorHandler(Twine(name) +
                              " runs on a builtin.module, not "
                              "nested on '" +
                              pm.getOpAnchorName() + "'");
        return success();
      },
      [](function_ref<void(const detail::PassOptions &)> optHandler) {
        optHandler(Options());
      });
}

namespace {
/// The TOSA lowering has no options.
struct NoOptions : public PassPipelineOptions<NoOptions> {};
} // namespace

void serenity::registerSerenityPipelines() {
  registerPipeline<NoOptions>(
      "serenity-tosa-to-linalg",
      "Lower TOSA to linalg/arith/tensor/scf on tensors op by op, keeping "
      "the order of the ops (what every Serenity tool lowers with)",
      [](OpPassManager &pm, const NoOptions &) {
        buildTosaToLinalgPassPipeline(pm);
        return success();
      });
  registerPipeline<ScheduleLoweredOptions>(
      "serenity-schedule-lowered",
      "Rewrite (optional) and schedule TOSA, lower it to linalg on tensors "
      "and schedule again there, where the lowering's temporaries are "
      "visible (docs/Runtime.md)",
      [](OpPassManager &pm, const ScheduleLoweredOptions &options) {
        buildScheduleLoweredPassPipeline(pm, options);
        return success();
      });
  registerPipeline<BufferizeForMeasurementOptions>(
      "serenity-bufferize-for-measurement",
      "Inline, bufferize and free every buffer right after its last use, as "
      "the memory model assumes (utils/serenity-run.py's stage before the "
      "lowering to LLVM)",
      buildBufferizeForMeasurementPassPipeline);
  registerPipeline<LowerToLLVMForRunnerOptions>(
      "serenity-lower-to-llvm-for-runner",
      "Lower buffers to LLVM for mlir-runner, every allocation through the "
      "counting runtime (runtime/SerenityRuntime.cpp)",
      buildLowerToLLVMForRunnerPassPipeline);
  registerPipeline<DeployOptions>(
      "serenity-deploy",
      "TOSA to bufferized IR whose activations live in one static arena: "
      "serenity-schedule-lowered, bufferization, frees after the last use "
      "(optimize-allocation-liveness), serenity-plan-arena (docs/Arena.md)",
      buildDeployPassPipeline);
}
