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
    that produced the order. The byte figures are non-negative `i64` values
    (signed, so that a negative one is seen and rejected rather than read
    as a huge unsigned number); `lower_bound` is at most `peak_after`,
    equal to it when `optimal`.
  }];
  let parameters = (ins
    "int64_t":$peak_before,
    "int64_t":$peak_after,
    "int64_t":$lower_bound,
    "bool":$optimal,
    StringRefParameter<"algorithm that produced the order">:$method
  );
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

def Serenity_ArenaAttr : Serenity_Attr<"Arena", "arena"> {
  let summary = "The static arena planned for a function's buffers";
  let description = [{
    Attached to a function as `serenity.arena` by `-serenity-plan-arena`,
    which turns every static `memref.alloc` it can plan into a `memref.view`
    of one `i8` arena (docs/Arena.md):

    ```mlir
    func.func @f(...) attributes {
      serenity.arena = #serenity.arena<bytes = 3072, lower_bound = 3072,
          optimal = true, planner = "tflite", buffers = 5>}
    ```

    `bytes` is the arena's size, `lower_bound` the best lower bound known
    for any placement of the same buffers (the largest sum of the sizes of
    buffers live at once, with alignment, or more when the exact search
    proved it), `optimal` whether `bytes` is proven minimal, `planner` the
    algorithm whose placement was applied, and `buffers` the number of
    allocations placed in the arena.
  }];
  let parameters = (ins
    "uint64_t":$bytes,
    "uint64_t":$lower_bound,
    "bool":$optimal,
    StringRefParameter<"algorithm whose placement was applied">:$planner,
    "uint64_t":$buffers
  );
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
  let extraClassDeclaration = [{
    /// The name of the function attribute that holds it.
    static constexpr ::llvm::StringLiteral getAttrName() {
      return ::llvm::StringLiteral("serenity.arena");
    }
  }];
}

def Serenity_RewriteAttr : Serenity_Attr<"Rewrite", "rewrite"> {
  let summary = "Result of identity graph rewriting of a function";
  let description = [{
    Attached to a function as `serenity.rewrite` by
    `-serenity-rewrite-identity`:

    ```mlir
    func.func @cell(...) attributes {
      serenity.rewrite = #serenity.rewrite<sites = 2, rewritten = 2,
          convs_partitioned = 2, ops_partitioned = 0,
          concats_materialized = 0, producers_redirected = 0,
          adds_accumulated = 0, peak_before = 196608, peak_after = 163840,
          evaluations = 5, time_limit_hit = false>}
    ```

    `sites` are the concatenations and chains of additions found,
    `rewritten` the sites left rewritten; the next five count what the
    rewrites did (docs/Rewriting.md); `peak_before` and `peak_after` are the
    optimal peaks the scheduler found before and after rewriting;
    `evaluations` the rewritten clones scheduled to compare peaks;
    `time_limit_hit` says whether the search stopped at its time limit, with
    the best rewrites found so far.
  }];
  let parameters = (ins
    "uint64_t":$sites,
    "uint64_t":$rewritten,
    "uint64_t":$convs_partitioned,
    "uint64_t":$ops_partitioned,
    "uint64_t":$concats_materialized,
    "uint64_t":$producers_redirected,
    "uint64_t":$adds_accumulated,
    "uint64_t":$peak_before,
    "uint64_t":$peak_after,
    "uint64_t":$evaluations,
    "bool":$time_limit_hit
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
