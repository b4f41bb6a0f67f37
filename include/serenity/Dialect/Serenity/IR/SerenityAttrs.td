//===- SerenityAttrs.td - Serenity attributes --------------*- tablegen -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_DIALECT_SERENITY_IR_SERENITYATTRS_TD
#define SERENITY_DIALECT_SERENITY_IR_SERENITYATTRS_TD

include "mlir/IR/AttrTypeBase.td"
include "serenity/Dialect/Serenity/IR/SerenityDialect.td"

class Serenity_Attr<string name, string attrMnemonic, list<Trait> traits = []>
    : AttrDef<Serenity_Dialect, name, traits> {
  let mnemonic = attrMnemonic;
}

def Serenity_ScheduleAttr : Serenity_Attr<"Schedule", "schedule"> {
  let summary = "Result of memory-aware scheduling of a function";
  let description = [{
    Attached to a function as `serenity.schedule` by
    `-serenity-memory-schedule`:

    ```mlir
    func.func @cell(...) attributes {
      serenity.peak_bytes = 1536 : i64,
      serenity.schedule = #serenity.schedule<peak_before = 2048,
          peak_after = 1536, lower_bound = 1536, optimal = true,
          method = "exact">}
    ```

    `peak_before` and `peak_after` are the peak activation bytes of the
    input order and of the new order under the memory model; `lower_bound`
    is the best lower bound the scheduler knows for any order; `optimal`
    says whether `peak_after` is proven minimal; `method` names the algorithm
    that produced the order.
  }];
  let parameters = (ins
    "uint64_t":$peak_before,
    "uint64_t":$peak_after,
    "uint64_t":$lower_bound,
    "bool":$optimal,
    StringRefParameter<"algorithm that produced the order">:$method
  );
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

def Serenity_SpatialAttr : Serenity_Attr<"Spatial", "spatial"> {
  let summary = "Result of spatial (patch-by-patch) partitioning of a function";
  let description = [{
    Attached to a function as `serenity.spatial` by
    `-serenity-partition-spatial` (docs/Spatial.md):

    ```mlir
    func.func @net(...) attributes {
      serenity.spatial = #serenity.spatial<peak_before = 9633792,
          peak_after = 1806336, macs_before = 300774272,
          macs_after = 334036992, regions = 1, tiles = 16,
          time_limit_hit = false>}
    ```

    `peak_before` and `peak_after` are the peak activation bytes of the
    scheduled function before and after partitioning (the memory model and
    scheduler of `-serenity-memory-schedule`); `macs_before` and
    `macs_after` the multiply-accumulates of its convolutions and matmuls;
    `regions` and `tiles` how many regions were partitioned into how many
    tiles in all; `time_limit_hit` whether the search stopped at its time
    limit.
  }];
  let parameters = (ins
    "uint64_t":$peak_before,
    "uint64_t":$peak_after,
    "uint64_t":$macs_before,
    "uint64_t":$macs_after,
    "uint64_t":$regions,
    "uint64_t":$tiles,
    "bool":$time_limit_hit
  );
  let assemblyFormat = "`<` struct(params) `>`";
}

#endif // SERENITY_DIALECT_SERENITY_IR_SERENITYATTRS_TD
