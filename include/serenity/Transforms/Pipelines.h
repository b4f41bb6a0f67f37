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
};

/// TOSA in, linalg on tensors out, in the order with the smallest peak that
/// the lowered code will really have: optionally rewrite, schedule on TOSA
/// (a good start), lower TOSA to linalg/arith/tensor op by op, and schedule
/// again on linalg, where the lowering's temporaries (padded copies,
/// accumulators) are buffers the memory model sees.
void buildScheduleLoweredPipeline(mlir::OpPassManager &pm,
                                  const ScheduleLoweredOptions &options);

/// Registers `serenity-schedule-lowered` with the pass registry.
void registerSerenityPipelines();

} // namespace serenity

#endif // SERENITY_TRANSFORMS_PIPELINES_H
