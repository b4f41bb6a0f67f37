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
  Option<"elementBits", "element-bits", "unsigned", /*default=*/"0",
         "Size every tensor element with this many bits instead of its "
         "type's (0: the type's). 8 sizes activations as int8, as the "
         "SERENITY paper does for microcontrollers">,
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

def MemorySchedulePass : Pass<"serenity-memory-schedule"> {
  let summary = "Reorder ops to the order with the smallest peak activation "
                "memory";
  let description = [{
    Reorders the ops of every block of every function-like op, in place, to
    a topological order with the smallest peak activation memory under the
    reference memory model (docs/MemoryModel.md). The exact algorithm is a
    best-first search over signatures (the set of scheduled ops), with
    budgeting, sound reductions, chain merging and divide and conquer at cut
    points (docs/Algorithms.md). Graphs whose exact search exceeds the
    limits get the best of several heuristics and a beam search, reported as
    not proven optimal.

    The graph has an edge for every SSA use (also through regions) and keeps
    ops with memory side effects in their relative order; the terminator
    stays last. Constants are not scheduled: each is placed right before its
    first user. When the input order is already as good as the best order
    found, the block is left exactly as it was, so running the pass twice
    changes nothing.

    Each function gets `serenity.peak_bytes` (the new peak) and a
    `#serenity.schedule` summary:

    ```mlir
    // A diamond given breadth first: both 4 KiB branches are live at once.
    func.func @f(%x: tensor<1024xf32>) -> tensor<1024xf32> {
      %a = tosa.exp %x      // branch 1, 4 KiB
      %b = tosa.tanh %x     // branch 2, 4 KiB
      %a1 = tosa.reduce_sum %a {axis = 0 : i32}   // 4 B
      %b1 = tosa.reduce_sum %b {axis = 0 : i32}   // 4 B
      ...
    // becomes depth first, one branch at a time:
    func.func @f(...) attributes {serenity.peak_bytes = ...,
        serenity.schedule = #serenity.schedule<peak_before = ...,
        peak_after = ..., lower_bound = ..., optimal = true, method = "exact">}
    ```
  }];
  let options = !listconcat(MemoryModelOptions, [
    Option<"algorithm", "algorithm", "std::string", /*default=*/"\"exact\"",
           "exact (with a heuristic fallback past the limits), heuristic, or "
           "input-order (analysis only)">,
    Option<"maxStates", "max-states", "uint64_t", /*default=*/"2000000",
           "States the exact search may store per independent part">,
    Option<"timeLimit", "time-limit", "double", /*default=*/"0",
           "Seconds the search may take per block (0: no limit). Results "
           "are deterministic only when no time limit is hit">,
    Option<"beamWidth", "beam-width", "unsigned", /*default=*/"64",
           "Width of the bounded search used past the limits (0: none)">,
    Option<"divideAndConquer", "divide-and-conquer", "bool",
           /*default=*/"true", "Split the graph at cut points">,
    Option<"mergeChains", "merge-chains", "bool", /*default=*/"true",
           "Merge single-input/single-output chains where it is safe">,
    Option<"softBudget", "soft-budget", "bool", /*default=*/"true",
           "Bound the exact search by the best heuristic's peak">,
  ]);
  let statistics = [
    Statistic<"numNodes", "nodes", "Ops scheduled (constants excluded)">,
    Statistic<"numStates", "states-explored",
              "States expanded by the searches">,
    Statistic<"peakBefore", "peak-bytes-before",
              "Sum over functions of the peak bytes before scheduling">,
    Statistic<"peakAfter", "peak-bytes-after",
              "Sum over functions of the peak bytes after scheduling">,
    Statistic<"numOptimal", "functions-optimal",
              "Functions whose schedule is proven optimal">,
    Statistic<"numReordered", "blocks-reordered",
              "Blocks whose order changed">,
  ];
  let dependentDialects = ["::serenity::SerenityDialect"];
}

#endif // SERENITY_TRANSFORMS_PASSES_TD
