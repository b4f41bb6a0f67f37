// Every column of serenity-bench on three small functions, against figures
// computed by hand under docs/MemoryModel.md (a tensor<Nxf32> takes 4N bytes;
// constants take nothing; an op's operands and results are live while it
// runs; a buffer dies after its last user; returned values stay live).

// RUN: serenity-bench %s | FileCheck %s
// RUN: serenity-bench %s --element-bits=8 --json | FileCheck %s --check-prefix=INT8

// The +rewrite column runs -serenity-rewrite-identity and then
// -serenity-memory-schedule on a clone, and measures the result. None of
// these functions has a concatenation to rewrite, so it gives Serenity's
// peaks.

// CHECK: serenity-bench: {{.*}}figures.mlir, element bits: type's, peaks in bytes
// CHECK-NEXT: function block ops nodes merged framework rpo greedy serenity +rewrite lower-bound optimal time-ms

// A diamond given breadth first. x, a, b: 4096 B; a1, b1, r: 4 B.
// Framework order (exp, tanh, a1, b1, add): tanh runs with x, a, b live:
//   3 * 4096 = 12288.
// Depth first (exp, a1, tanh, b1, add): the largest step is a1 or tanh with
//   x + a + a1 = x + a1 + b = 8196.  No order does better: exp needs x + a
//   (8192) and whichever reduction runs first still holds a 4-byte result or
//   the other 4096-byte branch input.
// Reverse post-order (DFS from the first source, smallest successor first)
//   and greedy (exp; then a1 raises the peak to 8196, tanh to 12288) are
//   both depth first. No chain is merged: exp -> a1 neither shrinks by a
//   certain free (x is still needed by tanh) nor grows (a1 allocates 4 B).
// CHECK-NEXT: @diamond 0 5 5 5 12288 8196 8196 8196 8196 8196 yes {{[0-9]+\.[0-9]}}
func.func @diamond(%x: tensor<1024xf32>) -> tensor<1xf32> {
  %a = tosa.exp %x : (tensor<1024xf32>) -> tensor<1024xf32>
  %b = tosa.tanh %x : (tensor<1024xf32>) -> tensor<1024xf32>
  %a1 = tosa.reduce_sum %a {axis = 0 : i32} : (tensor<1024xf32>) -> tensor<1xf32>
  %b1 = tosa.reduce_sum %b {axis = 0 : i32} : (tensor<1024xf32>) -> tensor<1xf32>
  %r = tosa.add %a1, %b1 : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
  return %r : tensor<1xf32>
}

// Greedy's trap. x: 16 B; p1: 4096 B; q1: 1024 B; p2: 4 B; r: 1024 B.
// 6 ops, 4 nodes (the two const_shape ops are not scheduled).
// Framework order (p1, q1, p2, add): q1 runs with x, p1, q1 live: 5136.
// Greedy: at entry q1 raises the peak to 16 + 1024 = 1040 and p1 to
//   16 + 4096 = 4112, so it runs q1 first, and p1 then costs 5136.
// Reverse post-order: p1, p2, q1, add: p1 4112, p2 16 + 4096 + 4 = 4116
//   (after it only x and p2 remain: 20), q1 20 + 1024 = 1044, add
//   1024 + 4 + 1024 = 2052. Peak 4116, the optimum: every other order runs
//   q1 before p2, so q1 or p1 runs with x, p1 and q1 live (5136).
// p1 -> p2 is not merged: it shrinks, but x is still needed by q1. q1 is
// delayed into the add, its only successor (C3 of docs/Algorithms.md,
// section 6: it may free x, 16 B, and the add allocates 1024 B): 3 units.
// CHECK-NEXT: @trap 0 6 4 3 5136 4116 5136 4116 4116 4116 yes
func.func @trap(%x: tensor<4xf32>) -> tensor<256xf32> {
  %m1 = tosa.const_shape {values = dense<256> : tensor<1xindex>} : () -> !tosa.shape<1>
  %m2 = tosa.const_shape {values = dense<64> : tensor<1xindex>} : () -> !tosa.shape<1>
  %p1 = tosa.tile %x, %m1 : (tensor<4xf32>, !tosa.shape<1>) -> tensor<1024xf32>
  %q1 = tosa.tile %x, %m2 : (tensor<4xf32>, !tosa.shape<1>) -> tensor<256xf32>
  %p2 = tosa.reduce_sum %p1 {axis = 0 : i32} : (tensor<1024xf32>) -> tensor<1xf32>
  %r = tosa.add %q1, %p2 : (tensor<256xf32>, tensor<1xf32>) -> tensor<256xf32>
  return %r : tensor<256xf32>
}

// A chain of three equal-size ops (4096 B each): every step holds its input
// and its result, 8192. The chain merges into one unit: each op's input dies
// at it for certain (C1 of docs/Algorithms.md, section 6).
// CHECK-NEXT: @chain 0 3 3 1 8192 8192 8192 8192 8192 8192 yes
func.func @chain(%x: tensor<1024xf32>) -> tensor<1024xf32> {
  %0 = tosa.exp %x : (tensor<1024xf32>) -> tensor<1024xf32>
  %1 = tosa.tanh %0 : (tensor<1024xf32>) -> tensor<1024xf32>
  %2 = tosa.sigmoid %1 : (tensor<1024xf32>) -> tensor<1024xf32>
  return %2 : tensor<1024xf32>
}

// The module: counts add up, peaks are the largest of the functions.
// CHECK-NEXT: total 14 12 9 12288 8196 8196 8196 8196 8196 yes
// CHECK-NEXT: peak RSS after scheduling: {{[0-9]+\.[0-9]}} MB
// CHECK-NEXT: checked @diamond: -serenity-memory-schedule output verifies, computes the same dataflow (6 ops hashed), peak 8196 bytes as predicted
// CHECK-NEXT: checked @trap: {{.*}} (7 ops hashed), peak 4116 bytes as predicted
// CHECK-NEXT: checked @chain: {{.*}} (4 ops hashed), peak 8192 bytes as predicted
// CHECK-NEXT: checked

// With 8-bit elements every f32 tensor takes a quarter: 12288 -> 3072,
// 8196 -> 2049 (1024 + 1024 + 1), 5136 -> 1284 (4 + 1024 + 256),
// 4116 -> 1029 (4 + 1024 + 1), 8192 -> 2048. JSON keys come sorted; each
// function lists its blocks, then its own figures.
// INT8:      "checked": true,
// INT8-NEXT: "element_bits": 8,
// INT8:      "external": false,
// INT8-NEXT: "framework_bytes": 3072,
// INT8-NEXT: "greedy_bytes": 2049,
// INT8-NEXT: "lower_bound_bytes": 2049,
// INT8-NEXT: "merged": 5,
// INT8-NEXT: "method":
// INT8-NEXT: "name": "diamond",
// INT8-NEXT: "nodes": 5,
// INT8-NEXT: "ops": 5,
// INT8-NEXT: "optimal": true,
// INT8:      "rewrite_bytes": {{null|[0-9]+}},
// INT8-NEXT: "rpo_bytes": 2049,
// INT8-NEXT: "serenity_bytes": 2049,
// INT8:      "external": false,
// INT8-NEXT: "framework_bytes": 1284,
// INT8-NEXT: "greedy_bytes": 1284,
// INT8-NEXT: "lower_bound_bytes": 1029,
// INT8-NEXT: "merged": 3,
// INT8-NEXT: "method":
// INT8-NEXT: "name": "trap",
// INT8:      "rpo_bytes": 1029,
// INT8-NEXT: "serenity_bytes": 1029,
// INT8:      "external": false,
// INT8-NEXT: "framework_bytes": 2048,
// INT8-NEXT: "greedy_bytes": 2048,
// INT8-NEXT: "lower_bound_bytes": 2048,
// INT8-NEXT: "merged": 1,
// INT8-NEXT: "method":
// INT8-NEXT: "name": "chain",
// INT8:      "rss_kib": {{[0-9]+}},
// INT8-NEXT: "total": {
// INT8-NEXT: "framework_bytes": 3072,
// INT8-NEXT: "greedy_bytes": 2049,
// INT8-NEXT: "lower_bound_bytes": 2049,
// INT8-NEXT: "merged": 9,
// INT8-NEXT: "method":
// INT8-NEXT: "nodes": 12,
// INT8-NEXT: "ops": 14,
// INT8-NEXT: "optimal": true,
// INT8:      "rpo_bytes": 2049,
// INT8-NEXT: "serenity_bytes": 2049,
