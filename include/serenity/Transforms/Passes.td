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
         "Round every buffer up to a multiple of this many bytes (1 to "
         "2^32)">,
  Option<"countArguments", "count-arguments", "bool", /*default=*/"true",
         "Count the function's tensor arguments as live from entry to their "
         "last use (false: they take no memory)">,
  Option<"elementBits", "element-bits", "unsigned", /*default=*/"0",
         "Size every tensor element with this many bits instead of its "
         "type's (0: the type's; at most 1024). 8 sizes activations as "
         "int8, as the SERENITY paper does for microcontrollers">,
];

// Options of the scheduler, shared by every pass that schedules
// (-serenity-memory-schedule, and -serenity-rewrite-identity to compare
// peaks); lib/Transforms/PassDetail.h checks them and makes them
// sched::SchedulerOptions.
defvar SchedulerOptions = [
  Option<"algorithm", "algorithm", "::serenity::sched::Algorithm",
         /*default=*/"::serenity::sched::Algorithm::Exact",
         "How to find the order", [{::llvm::cl::values(
           clEnumValN(::serenity::sched::Algorithm::Exact, "exact",
                      "Exact search; past the limits the best of the "
                      "heuristics, a beam search and window reordering"),
           clEnumValN(::serenity::sched::Algorithm::Heuristic, "heuristic",
                      "The best of the list heuristics, no search"),
           clEnumValN(::serenity::sched::Algorithm::InputOrder,
                      "input-order", "Keep the input order (analysis only)")
         )}]>,
  Option<"maxStates", "max-states", "uint64_t", /*default=*/"2000000",
         "States the exact search may store per independent part (at least "
         "1)">,
  Option<"beamWidth", "beam-width", "unsigned", /*default=*/"64",
         "Width of the bounded search used past the limits (0: none; at "
         "most 65536)">,
  Option<"divideAndConquer", "divide-and-conquer", "bool",
         /*default=*/"true", "Split the graph at cut points">,
  Option<"mergeChains", "merge-chains", "bool", /*default=*/"true",
         "Merge single-input/single-output chains where it is safe">,
  Option<"softBudget", "soft-budget", "bool", /*default=*/"true",
         "Bound the exact search by the best heuristic's peak">,
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
    returned values at the end). The IR is not changed.

    ```
    serenity-report: @cell: 12 ops, peak 4096 bytes at op #5 (tosa.conv2d
      loc("cell.mlir":9:10)), lower bound 3072 bytes, entry 1024 bytes
    ```

    With `format=json` it prints one JSON document instead, for tools:
    per function its name, peak and lower bound, per block the same and the
    op at the peak, and the function's Serenity attributes (the
    `#serenity.schedule` of `-serenity-memory-schedule`, the
    `#serenity.rewrite` of `-serenity-rewrite-identity`, `serenity.peak_bytes`)
    as JSON objects:

    ```json
    {"functions": [
      {"function": "cell", "external": false, "ops": 12,
       "peak_bytes": 4096, "lower_bound_bytes": 3072, "blocks": [...],
       "attributes": {
         "schedule": {"peak_before": 6144, "peak_after": 4096,
                      "lower_bound": 3072, "optimal": false,
                      "method": "exact"},
         "peak_bytes": 4096}}
    ]}
    ```

    `timeline=json` adds the live bytes while and after each op to every
    block of that document; `timeline=csv` prints them as CSV instead, for
    plotting.

    Functions with several blocks are reported block by block (see
    docs/MemoryModel.md for how values crossing blocks are counted).
  }];
  let options = !listconcat(MemoryModelOptions, [
    Option<"format", "format", "::serenity::ReportFormat",
           /*default=*/"::serenity::ReportFormat::Text", "How to print it",
           [{::llvm::cl::values(
             clEnumValN(::serenity::ReportFormat::Text, "text",
                        "One line per function"),
             clEnumValN(::serenity::ReportFormat::Json, "json",
                        "One JSON document"))}]>,
    Option<"timeline", "timeline", "::serenity::TimelineFormat",
           /*default=*/"::serenity::TimelineFormat::None",
           "Also print the live bytes while and after each op",
           [{::llvm::cl::values(
             clEnumValN(::serenity::TimelineFormat::None, "none", "No"),
             clEnumValN(::serenity::TimelineFormat::Json, "json",
                        "Every step in the JSON document (implies "
                        "format=json)"),
             clEnumValN(::serenity::TimelineFormat::Csv, "csv",
                        "One CSV row per step, instead of the report"))}]>,
    Option<"outputFile", "output-file", "std::string", /*default=*/"\"-\"",
           "Where to write the report ('-' for stdout)">,
    Option<"onchipBytes", "onchip-bytes", "uint64_t", /*default=*/"0",
           "Also report the off-chip traffic of the current order with this "
           "many bytes of on-chip memory (Belady's policy, docs/Arena.md; "
           "0: none)">,
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
    `#serenity.schedule` summary (`report=true` also says it in a remark per
    function; `-serenity-report=format=json` prints it as JSON):

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

    The search is bounded by `max-states` per independent part and by
    `time-limit` per block (60 s by default). When a limit cuts the exact
    search short, the order is the best found, `optimal` says whether the
    bounds still prove it, and a block that ran out of time gets
    `time_limit_hit = true` in its function's `#serenity.schedule` and a
    warning.
  }];
  let options = !listconcat(MemoryModelOptions, SchedulerOptions, [
    Option<"timeLimit", "time-limit", "double", /*default=*/"60",
           "Seconds the search may take per block (0 or inf: no limit). "
           "Results are deterministic only when no time limit is hit">,
    Option<"report", "report", "bool", /*default=*/"false",
           "Emit a remark per function with the peak before and after, the "
           "lower bound, whether the order is proven optimal and how it was "
           "found">,
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

def CheckLowerablePass : Pass<"serenity-check-lowerable"> {
  let summary = "Refuse TOSA ops that upstream's TOSA lowering cannot take";
  let description = [{
    Emits an error at every TOSA op with an operand or result of quantized
    element type (`!quant.uniform` and the other `quant` types) and fails.
    Upstream's tosa-to-linalg-named and tosa-to-linalg expect quantized
    tensors to be rescaled to integers first (tosa.rescale with integer
    types); given quantized element types they crash or emit invalid IR. The
    lowering pipelines (serenity-tosa-to-linalg, serenity-schedule-lowered,
    serenity-deploy) run this check first, so such input gets a diagnostic
    and a failure instead. The schedule and report passes size quantized
    types by their storage type and do not need this.
  }];
}

def InPlacePass : Pass<"serenity-in-place"> {
  let summary = "Elementwise ops write their result into a dying operand";
  let description = [{
    On linalg on tensors: an elementwise `linalg.generic` (parallel
    iterators only, identity maps for the operand and the result, the same
    type) whose init is a `tensor.empty` it does not read takes as its init an
    input that has no other use and owns its buffer (a chain of single-use
    destination-style inits from a `tensor.empty`). The body reads the init's
    block argument instead of the dropped input, so One-Shot Bufferize writes
    in place and the result needs no buffer of its own. The numerics do not
    change: each element is read before it is written.

    ```mlir
    %e = tensor.empty() : tensor<4xf32>
    %1 = linalg.generic {...} ins(%0 : tensor<4xf32>) outs(%e : tensor<4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %t = math.tanh %in : f32
      linalg.yield %t : f32
    } -> tensor<4xf32>
    // becomes
    %1 = linalg.generic {...} outs(%0 : tensor<4xf32>) {
    ^bb0(%out: f32):
      %t = math.tanh %out : f32
      linalg.yield %t : f32
    } -> tensor<4xf32>
    ```

    The memory model's rule 4 then puts the result in the operand's buffer
    (docs/MemoryModel.md, rule 4b); since the operand has no other use, every
    order keeps the rewrite valid, and a scheduler run afterwards sees it.
  }];
  let options = [
    Option<"report", "report", "bool", /*default=*/"false",
           "Emit a remark at each op rewritten">,
  ];
}

def RewriteIdentityPass : Pass<"serenity-rewrite-identity"> {
  let summary = "Rewrite the graph with identities that lower the optimal "
                "peak memory";
  let description = [{
    Scheduling alone is bounded by the graph. This pass changes the graph
    of every function-like op without changing what it computes, so that
    the optimal schedule of the new graph needs less memory (SERENITY's
    identity graph rewriting; docs/Rewriting.md states each identity, its
    conditions and why the memory saving survives bufferization). A *site*
    is a concatenation (`tosa.concat`, `tensor.concat`, or a chain of
    `tensor.insert_slice` tiling a `tensor.empty`) and the ops it feeds, or
    a chain of additions:

    * `channel`: a convolution of a concatenation along channels becomes
      partial convolutions of each part with its slice of the weights,
      accumulated into one destination through its DPS init
      (`tosa.conv2d`, `linalg.conv_2d_nhwc_fhwc`, `linalg.conv_2d_nhwc_hwcf`);
      each part can be freed right after its partial convolution and the
      concatenation is never built.
    * `kernel`: an op that treats every channel on its own (elementwise ops
      with per-channel or broadcast operands, depthwise convolution,
      pooling, padding, slices, transposes, reductions along another axis,
      channel-separable linalg ops) commutes with the concatenation, and the
      concatenation moves below it, where `channel` may remove it.
    * `concat`: a concatenation that is still needed becomes one
      destination written slice by slice; producers in destination-passing
      style (TOSA elementwise ops and unpadded convolutions are lowered to
      linalg for that) write straight into their slice.
    * `sum`: a chain of `tosa.add` of (scaled) tensors, such as RandWire's
      weighted sums, accumulates into its first product, one
      `linalg.generic` per term, without a buffer per product or partial sum
      (the same operations in the same order).

    ```mlir
    %cat = tosa.concat %x1, %x2 {axis = 3 : i32} : ... -> tensor<1x16x16x64xf32>
    %y = tosa.conv2d %cat, %w, %b, %zp, %zp {...} : ... -> tensor<1x16x16x16xf32>
    // becomes (the first partial convolution, with the bias, makes the
    // destination; tosa-to-linalg-named lowers it to tensor.empty, a
    // broadcast of the bias and a linalg convolution into it)
    %w1 = "tosa.const"() <{values = ... : tensor<16x1x1x32xf32>}>
    %acc = tosa.conv2d %x1, %w1, %b, %zp, %zp {...} : ... -> tensor<1x16x16x16xf32>
    %w2 = "tosa.const"() <{values = ... : tensor<16x1x1x32xf32>}>
    %y = linalg.conv_2d_nhwc_fhwc ins(%x2, %w2 : ...) outs(%acc : ...)
    ```

    A site is rewritten only where it pays off: the pass starts from every
    site rewritten as far as it goes, then undoes (or weakens) the rewrite
    of a site whenever that lowers the optimal peak, and then whenever that
    does not raise it, each time rewriting a clone of the function and
    asking the scheduler for the optimal peak of its graph (the same
    scheduler and options as `-serenity-memory-schedule`). If the result is
    not below the optimal peak of the original function, nothing is
    rewritten. So `-serenity-rewrite-identity -serenity-memory-schedule`
    never ends above `-serenity-memory-schedule` alone, and every site left
    rewritten raised the peak when the search tried to undo it. The pass
    does not reorder: run `-serenity-memory-schedule` after it.

    Each function gets a `#serenity.rewrite` summary: the sites found and
    rewritten, what the rewrites did, the optimal peak before and after,
    the schedules compared, and whether the time limit was hit
    (`report=true` also says it in a remark; `-serenity-report=format=json`
    prints it as JSON):

    ```mlir
    func.func @f(...) attributes {serenity.rewrite = #serenity.rewrite<
        sites = 2, rewritten = 2, convs_partitioned = 2, ops_partitioned = 0,
        concats_materialized = 0, producers_redirected = 0,
        adds_accumulated = 0, peak_before = 196608, peak_after = 163840,
        evaluations = 5, time_limit_hit = false>}
    ```

    The search is bounded by `time-limit` per function (60 s by default;
    every schedule it asks for gets what is left of it). When it runs out,
    the pass keeps the best set of rewrites found so far, sets
    `time_limit_hit = true` and warns.
  }];
  let options = !listconcat(MemoryModelOptions, SchedulerOptions, [
    // A list of names, not of the enum: MLIR 22's ListOption parses each
    // element with a parser that cl::values never reach.
    ListOption<"rewrites", "rewrites", "std::string",
               "Rewrites to use, out of channel, kernel, concat and sum "
               "(default: all)">,
    Option<"onlyIfProfitable", "only-if-profitable", "bool",
           /*default=*/"true",
           "Keep only rewrites that lower the optimal peak (false: rewrite "
           "every site as far as it goes, for testing)">,
    Option<"timeLimit", "time-limit", "double", /*default=*/"60",
           "Seconds the whole search may take per function (0 or inf: no "
           "limit)">,
    Option<"report", "report", "bool", /*default=*/"false",
           "Emit a remark per function with its #serenity.rewrite summary">,
  ]);
  let statistics = [
    Statistic<"numSites", "sites",
              "Sites: concatenations and chains of additions">,
    Statistic<"numSitesRewritten", "sites-rewritten",
              "Sites left rewritten">,
    Statistic<"numConvs", "convs-partitioned",
              "Convolutions split into partial convolutions (channel)">,
    Statistic<"numOps", "ops-partitioned",
              "Ops split into one op per part (kernel)">,
    Statistic<"numConcats", "concats-materialized",
              "Concatenations turned into one destination (concat)">,
    Statistic<"numRedirected", "producers-redirected",
              "Producers writing straight into their slice (concat)">,
    Statistic<"numAccumulated", "adds-accumulated",
              "Additions accumulated in place (sum)">,
    Statistic<"numEvaluations", "evaluations",
              "Rewritten clones scheduled to compare peaks">,
    Statistic<"peakBefore", "peak-bytes-before",
              "Sum over functions of the optimal peak before rewriting">,
    Statistic<"peakAfter", "peak-bytes-after",
              "Sum over functions of the optimal peak after rewriting">,
  ];
  let dependentDialects = [
    "::serenity::SerenityDialect",
    "::mlir::arith::ArithDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::math::MathDialect",
    "::mlir::tensor::TensorDialect",
    "::mlir::tosa::TosaDialect",
  ];
}

//===----------------------------------------------------------------------===//
// Static arena planning (docs/Arena.md)
//===----------------------------------------------------------------------===//

def PlanArenaPass : Pass<"serenity-plan-arena", "::mlir::ModuleOp"> {
  let summary = "Place every static allocation of a function at a fixed "
                "offset of one arena";
  let description = [{
    Runs on bufferized IR after the deallocs are placed
    (`buffer-deallocation-pipeline`, then upstream's
    `optimize-allocation-liveness` or nothing). In every function with a
    body, each static `memref.alloc` it can plan becomes a `memref.view` of
    one `i8` arena at an offset chosen by the arena planner
    (serenity/Arena/Arena.h), and its `memref.dealloc` goes away. A buffer's
    lifetime runs from its allocation to the last op of the function body
    that uses or defines a value that may alias it (upstream's
    `BufferViewFlowAnalysis`; a use inside a region counts as a use by the
    op holding it). The planner reaches the live-bytes lower bound whenever
    it can and proves it; the function gets a `#serenity.arena` summary.

    ```mlir
    func.func @f() {
      %a = memref.alloc() : memref<256xf32>
      linalg.fill ins(%cst : f32) outs(%a : memref<256xf32>)
      %b = memref.alloc() : memref<256xf32>
      linalg.generic ... ins(%a : memref<256xf32>) outs(%b : memref<256xf32>)
      memref.dealloc %a : memref<256xf32>
      %c = memref.alloc() : memref<256xf32>
      linalg.generic ... ins(%b : memref<256xf32>) outs(%c : memref<256xf32>)
      memref.dealloc %b : memref<256xf32>
      ...
    // becomes (%a and %c share bytes [0, 1024))
    func.func @f() attributes {serenity.arena = #serenity.arena<bytes = 2048,
        lower_bound = 2048, optimal = true, planner = "tflite", buffers = 3>} {
      %arena = memref.alloc() {alignment = 16 : i64} : memref<2048xi8>
      %c0 = arith.constant 0 : index
      %a = memref.view %arena[%c0][] : memref<2048xi8> to memref<256xf32>
      ...
      %c1024 = arith.constant 1024 : index
      %b = memref.view %arena[%c1024][] : memref<2048xi8> to memref<256xf32>
      ...
      memref.dealloc %arena : memref<2048xi8>
      return
    ```

    Allocations it cannot plan stay as they are, with a remark saying why:
    dynamic sizes, layouts or memory spaces a view cannot have, buffers
    returned, yielded out of their region, passed to a call that returns a
    memref, turned into pointers, not freed (or freed through another
    value) in their block, allocations in a region that may run its
    iterations concurrently, and every allocation of a function with
    several blocks. Functions that already have a `serenity.arena` are left
    alone, so running the pass twice changes nothing.
  }];
  let options = [
    Option<"alignment", "alignment", "uint64_t", /*default=*/"16",
           "Every offset is a multiple of this power of two (and of the "
           "allocation's own alignment and its element type's)">,
    Option<"storage", "arena", "::serenity::arena::ArenaStorage",
           /*default=*/"::serenity::arena::ArenaStorage::Alloc",
           "Where the arena lives",
           [{::llvm::cl::values(
             clEnumValN(::serenity::arena::ArenaStorage::Alloc, "alloc",
                        "A memref.alloc at the function's entry, freed "
                        "before it returns"),
             clEnumValN(::serenity::arena::ArenaStorage::Global, "global",
                        "A private memref.global per function (static "
                        "memory, e.g. SRAM; the function is not "
                        "reentrant)"),
             clEnumValN(::serenity::arena::ArenaStorage::Argument, "argument",
                        "A new last argument: the caller owns the arena"))}]>,
    Option<"planner", "planner", "::serenity::arena::Planner",
           /*default=*/"::serenity::arena::Planner::Serenity",
           "Whose placement to apply",
           [{::llvm::cl::values(
             clEnumValN(::serenity::arena::Planner::Serenity, "serenity",
                        "The best of the baselines and the exact search"),
             clEnumValN(::serenity::arena::Planner::TFLite, "tflite",
                        "TensorFlow Lite's greedy by size, best fit"),
             clEnumValN(::serenity::arena::Planner::TFLiteMicro,
                        "tflite-micro",
                        "TensorFlow Lite Micro's greedy by size, first fit"),
             clEnumValN(::serenity::arena::Planner::XLA, "xla",
                        "XLA's decreasing size, best fit"))}]>,
    Option<"maxNodes", "max-nodes", "uint64_t", /*default=*/"200000",
           "Nodes the exact search may expand per function (0: baselines "
           "only)">,
    Option<"timeLimit", "time-limit", "double", /*default=*/"0",
           "Seconds the exact search may take per function (0: no limit). "
           "Results are deterministic only when no time limit is hit">,
    Option<"maxBytes", "max-bytes", "uint64_t", /*default=*/"0",
           "Fail if an arena needs more than this many bytes (0: no "
           "limit), e.g. the on-chip memory of the target">,
    Option<"report", "report", "bool", /*default=*/"false",
           "Emit a remark per function with the arena, the lower bound, the "
           "baselines' arenas and the search's nodes and seconds">,
  ];
  let dependentDialects = [
    "::serenity::SerenityDialect",
    "::mlir::arith::ArithDialect",
    "::mlir::memref::MemRefDialect",
  ];
}

def PartitionSpatialPass : Pass<"serenity-partition-spatial"> {
  let summary = "Compute the memory-heavy first stages of a network tile by "
                "tile (patch-based inference)";
  let description = [{
    Most networks reach their peak in their first stages, where one op's
    input and output alone exceed what any order can save. This pass
    partitions such a stage spatially (MCUNetV2's patch-based inference;
    docs/Spatial.md): a *region* of TOSA ops ending at a *cut* value is
    recomputed once per tile of a grid over the cut's height and width, each
    tile from the window of the region's inputs that it needs (its
    receptive field, computed backwards through convolutions, pooling, pads,
    slices, concatenations, transposes, reductions and elementwise ops), and
    each tile's result is inserted into one destination. Tiles overlap by a
    halo, so some MACs are computed twice; in exchange only one tile's
    intermediate activations are live at a time.

    ```mlir
    %0 = tosa.conv2d %x, %w, %b, %zp, %zp {pad = array<i64: 1, 1, 1, 1>, ...}
        : (tensor<1x16x16x8xf32>, ...) -> tensor<1x16x16x8xf32>
    %1 = tosa.clamp %0 ... -> tensor<1x16x16x8xf32>
    // becomes, for a 2x1 grid (the top tile padded only at the top, the
    // bottom tile only at the bottom; each reads one row of its neighbour)
    %e = tensor.empty() : tensor<1x16x16x8xf32>
    %x0 = tensor.extract_slice %x[0, 0, 0, 0] [1, 9, 16, 8] [1, 1, 1, 1]
    %a = tosa.conv2d %x0, %w, %b, %zp, %zp {pad = array<i64: 1, 0, 1, 1>, ...}
        -> tensor<1x8x16x8xf32>
    %c = tosa.clamp %a ... -> tensor<1x8x16x8xf32>
    %d0 = tensor.insert_slice %c into %e[0, 0, 0, 0] [1, 8, 16, 8] [1, 1, 1, 1]
    %x1 = tensor.extract_slice %x[0, 7, 0, 0] [1, 9, 16, 8] [1, 1, 1, 1]
    %a1 = tosa.conv2d %x1, ... {pad = array<i64: 0, 1, 1, 1>, ...}
    ...
    %d1 = tensor.insert_slice %c1 into %d0[0, 8, 0, 0] [1, 8, 16, 8] [1, 1, 1, 1]
    ```

    Every element is computed by the same operations on the same values as
    before, so the outputs are bit for bit equal. The region and the grid
    are chosen by the scheduler: each candidate is partitioned on a clone
    of the function and scheduled with the memory model and scheduler of
    `-serenity-memory-schedule`; the candidate with the lowest peak wins,
    within `max-extra-macs` of recomputed multiply-accumulates (over the
    whole network). Regions are added one at a time while the peak drops.
    A function whose peak does not drop is left alone. The pass does not
    reorder: run `-serenity-memory-schedule` (or the
    `serenity-schedule-lowered` pipeline) after it.

    Each function gets a `#serenity.spatial` summary (peaks and MACs before
    and after, regions, tiles, whether the time limit was hit). An op
    marked `serenity.spatial_cut` makes its result the output of a region to
    partition instead of the ones the pass would choose; where that region
    cannot be partitioned, a remark says why.
  }];
  let options = [
    Option<"alignment", "alignment", "uint64_t", /*default=*/"1",
           "Memory model: round every buffer up to a multiple of this many "
           "bytes">,
    Option<"countArguments", "count-arguments", "bool", /*default=*/"true",
           "Memory model: count the function's tensor arguments as live "
           "from entry to their last use">,
    Option<"elementBits", "element-bits", "unsigned", /*default=*/"0",
           "Memory model: size every tensor element with this many bits "
           "(0: the type's)">,
    Option<"maxExtraMacs", "max-extra-macs", "double", /*default=*/"0.15",
           "Largest fraction of the function's MACs (convolutions and "
           "matmuls) that partitioning may add by recomputing halos">,
    Option<"maxTiles", "max-tiles", "unsigned", /*default=*/"8",
           "Most tiles along each of the height and the width">,
    ListOption<"grid", "grid", "unsigned",
               "Rows and columns of tiles, e.g. grid=2,2 (default: chosen "
               "per region)">,
    Option<"maxRegions", "max-regions", "unsigned", /*default=*/"0",
           "Most regions to partition per function (0: no limit)">,
    Option<"searchWidth", "search-width", "unsigned", /*default=*/"8",
           "Partitioned functions the search keeps per round (a beam; 1: "
           "greedy)">,
    Option<"onlyIfProfitable", "only-if-profitable", "bool",
           /*default=*/"true",
           "Keep a partitioning only where it lowers the scheduled peak "
           "(false: partition the marked cuts regardless, for testing)">,
    Option<"timeLimit", "time-limit", "double", /*default=*/"60",
           "Seconds the search may take per function (0: no limit); a "
           "remark says when it was hit">,
    Option<"exact", "exact", "bool", /*default=*/"false",
           "Compare candidates with the exact scheduler (limited by "
           "max-states) instead of its heuristics (input order, greedy, "
           "reverse post-order), which are fast and give an upper bound on "
           "what -serenity-memory-schedule reaches">,
    Option<"maxStates", "max-states", "uint64_t", /*default=*/"2000000",
           "States the exact scheduler may store per independent part (as "
           "-serenity-memory-schedule's option): for the peak before, and "
           "for comparisons with exact=true">,
    Option<"loweredPeak", "lowered-peak", "bool", /*default=*/"true",
           "Compare candidates by the peak of their lowering to linalg "
           "(serenity-tosa-to-linalg, in the order the comparison found), "
           "which counts the padded copies and accumulators the lowering "
           "adds, instead of the model's peak on TOSA (false); a function "
           "that does not lower is compared on TOSA">,
    Option<"report", "report", "bool", /*default=*/"false",
           "Emit a remark per function with the regions, grids, peaks and "
           "MACs">,
  ];
  // The lowering that lowered-peak runs on clones loads these.
  let dependentDialects = [
    "::serenity::SerenityDialect",
    "::mlir::arith::ArithDialect",
    "::mlir::index::IndexDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::math::MathDialect",
    "::mlir::scf::SCFDialect",
    "::mlir::tensor::TensorDialect",
    "::mlir::tosa::TosaDialect",
  ];
}

#endif // SERENITY_TRANSFORMS_PASSES_TD
