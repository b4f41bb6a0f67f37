//===- SerenityDialect.td - Serenity dialect definition ----*- tablegen -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_DIALECT_SERENITY_IR_SERENITYDIALECT_TD
#define SERENITY_DIALECT_SERENITY_IR_SERENITYDIALECT_TD

include "mlir/IR/OpBase.td"

def Serenity_Dialect : Dialect {
  let name = "serenity";
  let cppNamespace = "::serenity";
  let summary = "Activation memory of neural networks: sizes and schedules";
  let description = [{
    The `serenity` dialect carries the results of Serenity's memory analysis
    and scheduling as discardable attributes on the IR it works on (TOSA and
    linalg-on-tensors), so that they survive other passes and can be read by
    downstream tools.

    * `serenity.bytes` (on an op): `array<i64: ...>`, one entry per result:
      the bytes that the op newly allocates for that result under the memory
      model (0 for results that alias an operand or are constants). Written by
      `-serenity-annotate-footprint`. Written by hand, it overrides the model
      for that op: an entry greater than zero makes the result a new buffer of
      that size; this is how custom ops and dynamic shapes are sized. A zero
      entry keeps the model's choice.
    * `serenity.bytes` (on a function argument): an `i64`, the size of the
      argument's buffer, for arguments of dynamic shape.
    * `serenity.peak_bytes` (on a function): `i64`, the peak activation bytes
      of the function's current op order.
    * `serenity.schedule` (on a function): a `#serenity.schedule<...>`
      summary written by `-serenity-memory-schedule`.
    * `serenity.rewrite` (on a function): a `#serenity.rewrite<...>`
      summary written by `-serenity-rewrite-identity`.
    * `serenity.time_limit_hit` (on a function): a unit attribute that
      `-serenity-memory-schedule` sets when a block's search stopped at its
      time limit.
    * `serenity.spatial` (on a function): a `#serenity.spatial<...>`
      summary written by `-serenity-partition-spatial`.
    * `serenity.spatial_cut` (on an op, unit): makes the op's result the
      output of a region that `-serenity-partition-spatial` partitions,
      instead of the regions it would choose.
    * `serenity.spatial_tile` (on an op): `i64`, the index of the tile that
      the op computes, in a region partitioned by
      `-serenity-partition-spatial` (row by row from 0). Such ops are never
      partitioned again.

    The dialect verifies these attributes wherever they appear (op, argument
    and result attributes): right kind, right place, one entry per result,
    no negative sizes. No serenity attribute is valid on a function result
    (a returned value is sized by the op that produces it). See
    docs/MemoryModel.md for the memory model.
  }];
  let useDefaultAttributePrinterParser = 1;
  let hasOperationAttrVerify = 1;
  let hasRegionArgAttrVerify = 1;
  let hasRegionResultAttrVerify = 1;
  let extraClassDeclaration = [{
    /// Per-op (array<i64>) or per-argument (i64) buffer sizes.
    static constexpr ::llvm::StringLiteral getBytesAttrName() {
      return ::llvm::StringLiteral("serenity.bytes");
    }
    /// Per-function peak activation bytes of the current order.
    static constexpr ::llvm::StringLiteral getPeakBytesAttrName() {
      return ::llvm::StringLiteral("serenity.peak_bytes");
    }
    /// Per-function schedule summary.
    static constexpr ::llvm::StringLiteral getScheduleAttrName() {
      return ::llvm::StringLiteral("serenity.schedule");
    }
    /// Per-function identity rewriting summary.
    static constexpr ::llvm::StringLiteral getRewriteAttrName() {
      return ::llvm::StringLiteral("serenity.rewrite");
    }
    /// Set on a function whose schedule stopped at its time limit.
    static constexpr ::llvm::StringLiteral getTimeLimitHitAttrName() {
      return ::llvm::StringLiteral("serenity.time_limit_hit");
    }
    /// Per-function spatial partitioning summary.
    static constexpr ::llvm::StringLiteral getSpatialAttrName() {
      return ::llvm::StringLiteral("serenity.spatial");
    }
    /// The tile an op of a spatially partitioned region computes.
    static constexpr ::llvm::StringLiteral getSpatialTileAttrName() {
      return ::llvm::StringLiteral("serenity.spatial_tile");
    }
    /// Marks the output of a region to partition spatially.
    static constexpr ::llvm::StringLiteral getSpatialCutAttrName() {
      return ::llvm::StringLiteral("serenity.spatial_cut");
    }

  private:
    void registerAttributes();

  public:
  }];
}

#endif // SERENITY_DIALECT_SERENITY_IR_SERENITYDIALECT_TD
