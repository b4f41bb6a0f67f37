// The bounds of -serenity-memory-schedule and what it says about them.

// A time limit longer than any run is no limit: the diamond is proven
// optimal with 1e10 s (which overflowed the clock and expired at once) and
// with inf as it is by default.
// RUN: serenity-opt %s -serenity-memory-schedule | FileCheck %s --check-prefix=PROVEN
// RUN: serenity-opt %s -serenity-memory-schedule=time-limit=1e10 | FileCheck %s --check-prefix=PROVEN
// RUN: serenity-opt %s -serenity-memory-schedule=time-limit=inf | FileCheck %s --check-prefix=PROVEN
// PROVEN-LABEL: func.func @diamond
// PROVEN-SAME:    serenity.schedule = #serenity.schedule<peak_before = 12288, peak_after = 8196, lower_bound = 8196, optimal = true
// PROVEN-NOT:     serenity.time_limit_hit
// PROVEN-LABEL: func.func @sum_of_tanh

// A limit that has passed before the search starts: the function says so
// in an attribute and a warning.
// RUN: serenity-opt %s -serenity-memory-schedule=time-limit=1e-9 -mlir-print-op-on-diagnostic=false 2> %t.warnings | FileCheck %s --check-prefix=HIT
// RUN: FileCheck %s --check-prefix=WARN < %t.warnings
// HIT-LABEL: func.func @diamond
// HIT-SAME:    serenity.time_limit_hit
// WARN: warning: serenity-memory-schedule: @diamond: the search stopped at its time limit of 1.000000e-09 s per block; the order is the best found

// The report option: one remark per function.
// RUN: serenity-opt %s -serenity-memory-schedule=report -mlir-print-op-on-diagnostic=false -o /dev/null 2>&1 | FileCheck %s --check-prefix=REPORT
// REPORT: remark: serenity-memory-schedule: @diamond: peak 12288 -> 8196 bytes, lower bound 8196, proven optimal, method {{[a-z-]+}}, 1 of 1 blocks reordered
// REPORT: remark: serenity-memory-schedule: @sum_of_tanh: peak 20480 -> 16384 bytes, lower bound 16384, proven optimal, method merged-input-order, 1 of 1 blocks reordered

// Sizes (4 KiB per tensor<1024xf32>): the diamond of test/Runtime/diamond.mlir.
func.func @diamond(%x: tensor<1024xf32>) -> tensor<1xf32> {
  %a = tosa.exp %x : (tensor<1024xf32>) -> tensor<1024xf32>
  %b = tosa.tanh %x : (tensor<1024xf32>) -> tensor<1024xf32>
  %a1 = tosa.reduce_sum %a {axis = 0 : i32} : (tensor<1024xf32>) -> tensor<1xf32>
  %b1 = tosa.reduce_sum %b {axis = 0 : i32} : (tensor<1024xf32>) -> tensor<1xf32>
  %r = tosa.add %a1, %b1 : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
  return %r : tensor<1xf32>
}

// Four tanh of the input summed by a chain of additions. Given all tanh
// first: the input and four 4 KiB results, then the first sum, 20480 B.
// Each tanh right before the addition that reads it: 16384 B. The order is
// not the input order, so the method is not "input-order" (it was, with
// the order changed and the peak lowered).
// RUN: serenity-opt %s -serenity-memory-schedule | FileCheck %s --check-prefix=METHOD
// METHOD-LABEL: func.func @sum_of_tanh
// METHOD-SAME:    #serenity.schedule<peak_before = 20480, peak_after = 16384, lower_bound = 16384, optimal = true, method = "merged-input-order">
// METHOD-NEXT:    tosa.tanh
// METHOD-NEXT:    tosa.tanh
// METHOD-NEXT:    tosa.add
// METHOD-NEXT:    tosa.tanh
// METHOD-NEXT:    tosa.add
// METHOD-NEXT:    tosa.tanh
// METHOD-NEXT:    tosa.add
func.func @sum_of_tanh(%x: tensor<1024xf32>) -> tensor<1024xf32> {
  %a = tosa.tanh %x : (tensor<1024xf32>) -> tensor<1024xf32>
  %b = tosa.tanh %x : (tensor<1024xf32>) -> tensor<1024xf32>
  %c = tosa.tanh %x : (tensor<1024xf32>) -> tensor<1024xf32>
  %d = tosa.tanh %x : (tensor<1024xf32>) -> tensor<1024xf32>
  %s1 = tosa.add %a, %b : (tensor<1024xf32>, tensor<1024xf32>) -> tensor<1024xf32>
  %s2 = tosa.add %s1, %c : (tensor<1024xf32>, tensor<1024xf32>) -> tensor<1024xf32>
  %s3 = tosa.add %s2, %d : (tensor<1024xf32>, tensor<1024xf32>) -> tensor<1024xf32>
  return %s3 : tensor<1024xf32>
}
