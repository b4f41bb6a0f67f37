//===- Pipelines.h - Serenity pass pipelines --------------------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// Every pass pipeline Serenity's tools, scripts, tests and docs use, each
// built by one C++ function and registered once under its name (as IREE
// registers its pipelines): serenity-opt, the mlir-opt plugin, serenity-bench
// and utils/serenity-run.py all run these, never a spelled-out pass list.
//
//   serenity-tosa-to-linalg             TOSA -> linalg/arith/tensor/scf, op
//                                       by op, keeping the order of the ops
//   serenity-schedule-lowered           rewrite (optional), schedule, lower,
//                                       schedule again on linalg
//   serenity-bufferize-for-measurement  inline, bufferize, free every buffer
//                                       right after its last use
//   serenity-lower-to-llvm-for-runner   memref/linalg -> LLVM, allocations
//                                       through the counting runtime
//   serenity-deploy                     schedule-lowered, bufferize, free
//                                       after the last use, one static arena
//
// docs/Runtime.md ("The pipeline") explains why each stage is what it is.
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_TRANSFORMS_PIPELINES_H
#define SERENITY_TRANSFORMS_PIPELINES_H

#include "serenity/Arena/Arena.h"

#include "serenity/Arena/Arena.h"

#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassOptions.h"

namespace serenity {

/// Options of the `serenity-schedule-lowered` pipeline.
struct ScheduleLoweredOptions
    : public mlir::PassPipelineOptions<ScheduleLoweredOptions> {
  Option<bool> rewrite{
      *this, "rewrite",
      llvm::cl::desc("Run -serenity-rewrite-identity on the TOSA input first "
                     "(keeps the numerics within floating-point rounding, "
                     "not bit for bit)"),
      llvm::cl::init(false)};
  Option<unsigned> elementBits{
      *this, "element-bits",
      llvm::cl::desc("Size every element with this many bits (0: the "
                     "element type's), as the passes' option"),
      llvm::cl::init(0)};
  Option<double> timeLimit{
      *this, "time-limit",
      llvm::cl::desc("Seconds for the rewrite search (per function) and for "
                     "each schedule (per block); 0 or inf: none"),
      llvm::cl::init(60)};
  Option<bool> inPlace{
      *this, "in-place",
      llvm::cl::desc("Run -serenity-in-place on the lowered linalg before "
                     "the last schedule (elementwise ops write into a dying "
                     "operand's buffer)"),
      llvm::cl::init(false)};
};

/// How serenity-lower-to-llvm-for-runner turns linalg ops into loops.
enum class LoopLowering { Loops, Affine };

/// Options of the `serenity-bufferize-for-measurement` pipeline.
struct BufferizeForMeasurementOptions
    : public mlir::PassPipelineOptions<BufferizeForMeasurementOptions> {
  Option<bool> freeAfterLastUse{
      *this, "free-after-last-use",
      llvm::cl::desc("Move every dealloc right after the last use of its "
                     "buffer (optimize-allocation-liveness); false leaves "
                     "them where buffer-deallocation-pipeline puts them, at "
                     "the end of the block"),
      llvm::cl::init(true)};
};

/// Options of the `serenity-lower-to-llvm-for-runner` pipeline.
struct LowerToLLVMForRunnerOptions
    : public mlir::PassPipelineOptions<LowerToLLVMForRunnerOptions> {
  Option<LoopLowering> loops{
      *this, "loops", llvm::cl::desc("How linalg ops become loops"),
      llvm::cl::init(LoopLowering::Loops),
      llvm::cl::values(
          clEnumValN(LoopLowering::Loops, "loops",
                     "convert-linalg-to-loops (scf loops)"),
          clEnumValN(LoopLowering::Affine, "affine",
                     "convert-linalg-to-affine-loops and loop-invariant "
                     "code motion"))};
  Option<bool> useAlignedAlloc{
      *this, "use-aligned-alloc",
      llvm::cl::desc("Lower aligned memref.alloc ops (e.g. the arena) "
                     "through the runtime's counting aligned_alloc, keeping "
                     "their alignment, instead of over-allocating by the "
                     "alignment"),
      llvm::cl::init(false)};
};

/// TOSA in, linalg/arith/tensor (and scf for TOSA control flow) on tensors
/// out, each TOSA op lowered at its own place, so that the order of the ops
/// is kept: tosa-to-scf, tosa-optional-decompositions, tosa-to-linalg-named,
/// tosa-to-linalg, tosa-to-arith, tosa-to-tensor, on every func.func (or on
/// `pm`'s own op when `pm` runs on a func.func). Unlike upstream's
/// tosa-to-linalg-pipeline it runs no canonicalizer and no constant folding,
/// which would move and fold ops (docs/Runtime.md).
void buildTosaToLinalgPassPipeline(mlir::OpPassManager &pm);

/// TOSA in, linalg on tensors out, in the order with the smallest peak that
/// the lowered code will really have: optionally rewrite, schedule on TOSA
/// (a good start), lower TOSA as buildTosaToLinalgPassPipeline does, and
/// schedule again on linalg, where the lowering's temporaries (padded copies,
/// accumulators) are buffers the memory model sees. Runs on a module or
/// nested on func.func.
void buildScheduleLoweredPassPipeline(mlir::OpPassManager &pm,
                                      const ScheduleLoweredOptions &options);

/// Linalg on tensors in (a module whose entry function calls the function to
/// measure), buffers out, with every buffer allocated where its op runs and
/// freed right after its last use, as the memory model assumes: the inliner
/// (without its canonicalizer), symbol-dce, one-shot-bufferize (function
/// boundaries, no alignment padding), buffer-deallocation-pipeline and
/// optimize-allocation-liveness. Fails unless `pm` runs on a module.
mlir::LogicalResult buildBufferizeForMeasurementPassPipeline(
    mlir::OpPassManager &pm, const BufferizeForMeasurementOptions &options);

/// Buffers in, the LLVM dialect out, for mlir-runner with
/// runtime/SerenityRuntime.cpp: every allocation and free through the
/// generic functions the runtime counts. Fails unless `pm` runs on a module.
mlir::LogicalResult buildLowerToLLVMForRunnerPassPipeline(
    mlir::OpPassManager &pm, const LowerToLLVMForRunnerOptions &options);

/// Options of the `serenity-deploy` pipeline: those of
/// `serenity-schedule-lowered`, then of bufferization and of the arena.
struct DeployOptions : public mlir::PassPipelineOptions<DeployOptions> {
  Option<bool> rewrite{*this, "rewrite",
                       llvm::cl::desc("As serenity-schedule-lowered's"),
                       llvm::cl::init(false)};
  Option<unsigned> elementBits{*this, "element-bits",
                               llvm::cl::desc("As serenity-schedule-lowered's"),
                               llvm::cl::init(0)};
  Option<double> timeLimit{*this, "time-limit",
                           llvm::cl::desc("As serenity-schedule-lowered's"),
                           llvm::cl::init(60)};
  Option<bool> inPlace{*this, "in-place",
                       llvm::cl::desc("As serenity-schedule-lowered's"),
                       llvm::cl::init(false)};
  Option<bool> inlineCalls{
      *this, "inline",
      llvm::cl::desc("Inline every call after scheduling, so that a whole "
                     "program (e.g. a harness calling the network) plans one "
                     "arena"),
      llvm::cl::init(false)};
  Option<bool> outParams{
      *this, "out-params",
      llvm::cl::desc("Turn returned buffers into caller-owned arguments "
                     "(buffer-results-to-out-params), so that only the "
                     "inputs and outputs stay outside the arena"),
      llvm::cl::init(false)};
  Option<arena::ArenaStorage> storage{
      *this, "arena", llvm::cl::desc("As serenity-plan-arena's"),
      llvm::cl::init(arena::ArenaStorage::Alloc),
      llvm::cl::values(clEnumValN(arena::ArenaStorage::Alloc, "alloc",
                                  "A memref.alloc at the function's entry"),
                       clEnumValN(arena::ArenaStorage::Global, "global",
                                  "A private memref.global per function"),
                       clEnumValN(arena::ArenaStorage::Argument, "argument",
                                  "A new last argument owned by the caller"))};
  Option<uint64_t> alignment{*this, "alignment",
                             llvm::cl::desc("As serenity-plan-arena's"),
                             llvm::cl::init(16)};
  Option<uint64_t> maxBytes{*this, "max-bytes",
                            llvm::cl::desc("As serenity-plan-arena's"),
                            llvm::cl::init(0)};
  Option<bool> report{*this, "report",
                      llvm::cl::desc("As serenity-plan-arena's"),
                      llvm::cl::init(false)};
};

/// TOSA in, bufferized IR whose activations live in one static arena out:
/// `serenity-schedule-lowered`, optionally inline every call,
/// `one-shot-bufferize` (function boundaries, no alignment padding, so
/// that buffers have the sizes the memory model counts), optionally
/// `buffer-results-to-out-params`, `buffer-deallocation-pipeline`,
/// `optimize-allocation-liveness` (each buffer freed right after its last
/// use, as buildBufferizeForMeasurementPassPipeline frees it) and
/// `serenity-plan-arena` (docs/Arena.md, "End to end"). Fails unless `pm`
/// runs on a module.
mlir::LogicalResult buildDeployPassPipeline(mlir::OpPassManager &pm,
                                            const DeployOptions &options);

/// Registers every pipeline above with the pass registry.
void registerSerenityPipelines();

} // namespace serenity

#endif // SERENITY_TRANSFORMS_PIPELINES_H
