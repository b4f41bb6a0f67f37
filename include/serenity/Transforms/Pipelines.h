//===- Pipelines.h - Serenity pass pipelines --------------------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// Pass pipelines that put Serenity's passes where their result survives the
// lowering (docs/Runtime.md, "The pipeline").
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_TRANSFORMS_PIPELINES_H
#define SERENITY_TRANSFORMS_PIPELINES_H

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
      llvm::cl::desc("Seconds per function for each schedule (0: none)"),
      llvm::cl::init(0)};
  Option<bool> inPlace{
      *this, "in-place",
      llvm::cl::desc("Run -serenity-in-place on the lowered linalg before "
                     "the last schedule (elementwise ops write into a dying "
                     "operand's buffer)"),
      llvm::cl::init(false)};
};

/// TOSA in, linalg on tensors out, in the order with the smallest peak that
/// the lowered code will really have: optionally rewrite, schedule on TOSA
/// (a good start), lower TOSA to linalg/arith/tensor op by op, and schedule
/// again on linalg, where the lowering's temporaries (padded copies,
/// accumulators) are buffers the memory model sees.
void buildScheduleLoweredPipeline(mlir::OpPassManager &pm,
                                  const ScheduleLoweredOptions &options);

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
                           llvm::cl::init(0)};
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
      llvm::cl::values(
          clEnumValN(arena::ArenaStorage::Alloc, "alloc",
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
  Option<bool> report{
      *this, "report",
      llvm::cl::desc("The report option of serenity-dealloc-after-last-use "
                     "and serenity-plan-arena"),
      llvm::cl::init(false)};
};

/// TOSA in, bufferized IR whose activations live in one static arena out:
/// `serenity-schedule-lowered`, optionally inline every call,
/// `one-shot-bufferize` (function boundaries, no alignment padding, so
/// that buffers have the sizes the memory model counts), optionally
/// `buffer-results-to-out-params`, `buffer-deallocation-pipeline`,
/// `serenity-dealloc-after-last-use` and `serenity-plan-arena`
/// (docs/Arena.md, "End to end").
void buildDeployPipeline(mlir::OpPassManager &pm, const DeployOptions &options);

/// Registers `serenity-schedule-lowered` and `serenity-deploy` with the
/// pass registry.
void registerSerenityPipelines();

} // namespace serenity

#endif // SERENITY_TRANSFORMS_PIPELINES_H
