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

#endif // SERENITY_DIALECT_SERENITY_IR_SERENITYATTRS_TD
