// RUN: serenity-opt %s -split-input-file -allow-unregistered-dialect -serenity-report=timeline=json -o /dev/null | FileCheck %s --check-prefix=JSON
// RUN: serenity-opt %s -split-input-file -allow-unregistered-dialect -serenity-report -o /dev/null | FileCheck %s --check-prefix=TEXT
// RUN: serenity-opt %s -split-input-file -allow-unregistered-dialect -serenity-memory-schedule | FileCheck %s --check-prefix=SCHED
// RUN: not serenity-opt %s -split-input-file -allow-unregistered-dialect -serenity-annotate-footprint=alignment=4611686018427387905 2>&1 | FileCheck %s --check-prefix=ALIGN
// RUN: not serenity-opt %s -split-input-file -allow-unregistered-dialect -serenity-annotate-footprint=alignment=18446744073709551615 2>&1 | FileCheck %s --check-prefix=ALIGN

// Right at the limit (rule 1's sizes sum to exactly 2^62 bytes) every figure
// is printed right and non-negative, in every format.
//   entry: %a + %b = 2^61 + 2^61 = 2^62 = 4611686018427387904 B; test.use
//   frees both.
// JSON:      "entry_bytes": 4611686018427387904,
// JSON-NEXT: "lower_bound_bytes": 4611686018427387904,
// JSON-NEXT: "ops": 1,
// JSON-NEXT: "peak_bytes": 4611686018427387904,
// JSON:      "after_bytes": 0,
// JSON-NEXT: "during_bytes": 4611686018427387904,
// JSON:      "function": "at_the_limit"
// TEXT:      serenity-report: @at_the_limit: 1 ops, peak 4611686018427387904 bytes at entry, lower bound 4611686018427387904 bytes, entry 4611686018427387904 bytes
// SCHED:     serenity.peak_bytes = 4611686018427387904 : i64
// SCHED-SAME: serenity.schedule = #serenity.schedule<peak_before = 4611686018427387904, peak_after = 4611686018427387904, lower_bound = 4611686018427387904, optimal = true
func.func @at_the_limit(%a: tensor<2305843009213693952xi8>, %b: tensor<2305843009213693952xi8>) {
  "test.use"(%a, %b) : (tensor<2305843009213693952xi8>, tensor<2305843009213693952xi8>) -> ()
  return
}

// -----

// A huge alignment, whose rounding would overflow 64 bits or pass the
// limit, is refused as an option (at most 2^32, so that rounding a size of at
// most 2^62 bytes stays within 2^62): an error, not a buffer of wrapped size.
// ALIGN: error: serenity-annotate-footprint: alignment must be in [1, 4294967296] bytes
func.func @aligned(%a: tensor<3xf32>) -> tensor<3xf32> {
  return %a : tensor<3xf32>
}
