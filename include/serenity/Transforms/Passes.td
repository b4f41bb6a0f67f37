//===- Passes.td - Serenity passes -------------------------*- tablegen -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_TRANSFORMS_PASSES_TD
#define SERENITY_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

// Options of the memory model shared by every pass that measures memory.
defvar MemoryModelOptions = [
  Option<"alignment", "alignment", "uint64_t", /*default=*/"1",
         "Round every buffer up to a multiple of this many bytes">,
  Option<"countArguments", "count-arguments", "bool", /*default=*/"true",
         "Count the function's tensor arguments as live from entry to their "
         "last use (false: they take no memory)">,
];

def AnnotateFootprintPass : Pass<"serenity-annotate-footprint"> {
  let summary = "Annotate ops with activation bytes and functions with their "
                "peak";
  let description = [{
    Applies the reference memory model (docs/MemoryModel.md) to every
    function-like op nested in (or equal to) the op the pass runs on, in
    parallel across functions, without changing the order of ops.

    Every op with a tensor result gets `serenity.bytes`, the bytes it newly
    allocates per result (0 for views, destination-style results and
    constants); every function gets `serenity.peak_bytes`, the peak
    activation bytes of its current order.

    ```mlir
    func.func @f(%a: tensor<4xf32>) -> tensor<4xf32> {
      %0 = tosa.abs %a : (tensor<4xf32>) -> tensor<4xf32>
      %1 = tosa.reshape %0, %s : (tensor<4xf32>, !tosa.shape<2>) -> tensor<2x2xf32>
      ...
    // becomes
    func.func @f(%a: tensor<4xf32>) -> tensor<4xf32>
        attributes {serenity.peak_bytes = 32 : i64} {
      %0 = tosa.abs %a {serenity.bytes = array<i64: 16>} : ...
      %1 = tosa.reshape %0, %s {serenity.bytes = array<i64: 0>} : ...
    ```

    A `serenity.bytes` already present is read as a hand-written override
    (see the dialect docs), so running the pass twice changes nothing. On a
    tensor that cannot be sized (dynamic or unranked shape, unknown element
    type) the pass reports an error at the op and leaves the IR untouched.
  }];
  let options = MemoryModelOptions;
  let dependentDialects = ["::serenity::SerenityDialect"];
}

def ReportPass : Pass<"serenity-report"> {
  let summary = "Report peak activation memory per function";
  let description = [{
    Prints, for every function-like op, the number of ops, the peak
    activation bytes of the current order, the op at which the peak occurs,
    and a simple lower bound that holds for every order (the largest
    operands plus results of any single op, the arguments at entry, the
    returned values at the end). With `timeline=json` or `timeline=csv` it
    also prints the live bytes while and after each op runs, for plotting.
    The IR is not changed.

    ```
    serenity-report: @cell: 12 ops, peak 4096 bytes at op #5 (tosa.conv2d
      loc("cell.mlir":9:10)), lower bound 3072 bytes, entry 1024 bytes
    ```

    Functions with several blocks are reported block by block (see
    docs/MemoryModel.md for how values crossing blocks are counted).
  }];
  let options = !listconcat(MemoryModelOptions, [
    Option<"timeline", "timeline", "std::string", /*default=*/"\"none\"",
           "Also print the live-bytes timeline: none, json or csv">,
    Option<"outputFile", "output-file", "std::string", /*default=*/"\"-\"",
           "Where to write the report ('-' for stdout)">,
  ]);
  let dependentDialects = ["::serenity::SerenityDialect"];
}

#endif // SERENITY_TRANSFORMS_PASSES_TD
