// RUN: serenity-opt %s -split-input-file -allow-unregistered-dialect -serenity-memory-schedule | FileCheck %s --check-prefixes=CHECK,ONCE
// Idempotence: scheduling the scheduled IR again changes nothing.
// RUN: serenity-opt %s -split-input-file -allow-unregistered-dialect -serenity-memory-schedule | serenity-opt -split-input-file -allow-unregistered-dialect -serenity-memory-schedule | FileCheck %s --check-prefixes=CHECK,TWICE

// A diamond given breadth first: both 4 KiB branches are live together.
//   input order: exp 8192, tanh 12288 (x, a, b), ... peak 12288
//   depth first: exp 8192, sum(a) 8196, tanh 8196, sum(b) 4104, add 12
// The optimum is 8196 (the exp or tanh step holds x and its own 4 KiB
// result and the other branch's 4-byte sum).
// CHECK-LABEL: func.func @diamond
// ONCE-SAME:     serenity.peak_bytes = 8196 : i64
// ONCE-SAME:     serenity.schedule = #serenity.schedule<peak_before = 12288, peak_after = 8196, lower_bound = 8196, optimal = true
// TWICE-SAME:    serenity.schedule = #serenity.schedule<peak_before = 8196, peak_after = 8196, lower_bound = 8196, optimal = true, method = "input-order">
// CHECK-NEXT:    %[[A:.*]] = tosa.exp
// CHECK-NEXT:    %[[A1:.*]] = tosa.reduce_sum %[[A]]
// CHECK-NEXT:    %[[B:.*]] = tosa.tanh
// CHECK-NEXT:    %[[B1:.*]] = tosa.reduce_sum %[[B]]
// CHECK-NEXT:    %[[R:.*]] = tosa.add %[[A1]], %[[B1]]
// CHECK-NEXT:    return %[[R]]
func.func @diamond(%x: tensor<1024xf32>) -> tensor<1xf32> {
  %a = tosa.exp %x : (tensor<1024xf32>) -> tensor<1024xf32>
  %b = tosa.tanh %x : (tensor<1024xf32>) -> tensor<1024xf32>
  %a1 = tosa.reduce_sum %a {axis = 0 : i32} : (tensor<1024xf32>) -> tensor<1xf32>
  %b1 = tosa.reduce_sum %b {axis = 0 : i32} : (tensor<1024xf32>) -> tensor<1xf32>
  %r = tosa.add %a1, %b1 : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
  return %r : tensor<1xf32>
}

// -----

// Ops with side effects keep their relative order: "test.print"(%b) must stay
// before "test.print"(%a). To avoid holding both branches, the scheduler
// computes the tanh branch first and moves the exp after the first print.
// CHECK-LABEL: func.func @effects
// ONCE-SAME:     peak_before = 12288, peak_after = 8196
// CHECK-NEXT:    %[[B:.*]] = tosa.tanh
// CHECK-NEXT:    "test.print"(%[[B]])
// CHECK-NEXT:    %[[B1:.*]] = tosa.reduce_sum %[[B]]
// CHECK-NEXT:    %[[A:.*]] = tosa.exp
// CHECK-NEXT:    "test.print"(%[[A]])
// CHECK-NEXT:    %[[A1:.*]] = tosa.reduce_sum %[[A]]
// CHECK-NEXT:    tosa.add
// CHECK-NEXT:    return
func.func @effects(%x: tensor<1024xf32>) -> tensor<1xf32> {
  %a = tosa.exp %x : (tensor<1024xf32>) -> tensor<1024xf32>
  %b = tosa.tanh %x : (tensor<1024xf32>) -> tensor<1024xf32>
  "test.print"(%b) : (tensor<1024xf32>) -> ()
  "test.print"(%a) : (tensor<1024xf32>) -> ()
  %a1 = tosa.reduce_sum %a {axis = 0 : i32} : (tensor<1024xf32>) -> tensor<1xf32>
  %b1 = tosa.reduce_sum %b {axis = 0 : i32} : (tensor<1024xf32>) -> tensor<1xf32>
  %r = tosa.add %a1, %b1 : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
  return %r : tensor<1xf32>
}

// -----

// Constants are not scheduled: each moves right before its first user,
// shape operands included, so dominance holds. Constants stay where they are
// when the order does not change (see the second run).
// CHECK-LABEL: func.func @constants
// ONCE-SAME:     peak_before = 12288, peak_after = 8196
// CHECK-NEXT:    %[[A:.*]] = tosa.exp
// CHECK-NEXT:    %[[A1:.*]] = tosa.reduce_sum %[[A]]
// CHECK-NEXT:    %[[C1:.*]] = "tosa.const"() <{values = dense<1.000000e+00>
// CHECK-NEXT:    %[[SHIFT:.*]] = "tosa.const"() <{values = dense<0> : tensor<1xi8>}>
// CHECK-NEXT:    %[[A2:.*]] = tosa.mul %[[A1]], %[[C1]], %[[SHIFT]]
// CHECK-NEXT:    %[[B:.*]] = tosa.tanh
// CHECK-NEXT:    %[[B1:.*]] = tosa.reduce_sum %[[B]]
// CHECK-NEXT:    %[[C2:.*]] = "tosa.const"() <{values = dense<2.000000e+00>
// CHECK-NEXT:    %[[B2:.*]] = tosa.mul %[[B1]], %[[C2]], %[[SHIFT]]
// CHECK-NEXT:    %[[S:.*]] = tosa.const_shape
// CHECK-NEXT:    %[[B3:.*]] = tosa.reshape %[[B2]], %[[S]]
// CHECK-NEXT:    %[[A3:.*]] = tosa.reshape %[[A2]], %[[S]]
// CHECK-NEXT:    tosa.add %[[A3]], %[[B3]]
func.func @constants(%x: tensor<1024xf32>) -> tensor<1x1xf32> {
  %c1 = "tosa.const"() {values = dense<1.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %c2 = "tosa.const"() {values = dense<2.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %shift = "tosa.const"() {values = dense<0> : tensor<1xi8>} : () -> tensor<1xi8>
  %s = tosa.const_shape {values = dense<[1, 1]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %a = tosa.exp %x : (tensor<1024xf32>) -> tensor<1024xf32>
  %b = tosa.tanh %x : (tensor<1024xf32>) -> tensor<1024xf32>
  %a1 = tosa.reduce_sum %a {axis = 0 : i32} : (tensor<1024xf32>) -> tensor<1xf32>
  %b1 = tosa.reduce_sum %b {axis = 0 : i32} : (tensor<1024xf32>) -> tensor<1xf32>
  %a2 = tosa.mul %a1, %c1, %shift : (tensor<1xf32>, tensor<1xf32>, tensor<1xi8>) -> tensor<1xf32>
  %b2 = tosa.mul %b1, %c2, %shift : (tensor<1xf32>, tensor<1xf32>, tensor<1xi8>) -> tensor<1xf32>
  %a3 = tosa.reshape %a2, %s : (tensor<1xf32>, !tosa.shape<2>) -> tensor<1x1xf32>
  %b3 = tosa.reshape %b2, %s : (tensor<1xf32>, !tosa.shape<2>) -> tensor<1x1xf32>
  %r = tosa.add %a3, %b3 : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
  return %r : tensor<1x1xf32>
}

// -----

// An op with regions is one node: the scf.if uses %b inside its regions, so
// it must come after the tanh, and it holds %b while it runs.
// CHECK-LABEL: func.func @regions
// ONCE-SAME:     peak_before = 12288, peak_after = 8196
// CHECK-NEXT:    tosa.exp
// CHECK-NEXT:    tosa.reduce_sum
// CHECK-NEXT:    %[[B:.*]] = tosa.tanh
// CHECK-NEXT:    scf.if
// CHECK-NEXT:      tosa.reduce_sum %[[B]]
func.func @regions(%x: tensor<1024xf32>, %c: i1) -> tensor<1xf32> {
  %a = tosa.exp %x : (tensor<1024xf32>) -> tensor<1024xf32>
  %b = tosa.tanh %x : (tensor<1024xf32>) -> tensor<1024xf32>
  %a1 = tosa.reduce_sum %a {axis = 0 : i32} : (tensor<1024xf32>) -> tensor<1xf32>
  %b1 = scf.if %c -> tensor<1xf32> {
    %s = tosa.reduce_sum %b {axis = 0 : i32} : (tensor<1024xf32>) -> tensor<1xf32>
    scf.yield %s : tensor<1xf32>
  } else {
    %m = tosa.reduce_max %b {axis = 0 : i32} : (tensor<1024xf32>) -> tensor<1xf32>
    scf.yield %m : tensor<1xf32>
  }
  %r = tosa.add %a1, %b1 : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
  return %r : tensor<1xf32>
}

// -----

// Several functions, and a function with two blocks: each block is scheduled
// on its own; the branch stays the terminator of its block.
// CHECK-LABEL: func.func @first
// ONCE-SAME:     optimal = true
// Block #0: %x is needed by ^bb1, so it is live throughout: input order
// 12292 (x, a, b and a's sum), best 8200 (x, a's sum, b and b's sum).
// Block #1: 12288 in the input order, 8196 after.
// CHECK-LABEL: func.func @two_blocks
// ONCE-SAME:     peak_before = 12292, peak_after = 8200
// CHECK-NEXT:    tosa.exp
// CHECK-NEXT:    tosa.reduce_sum
// CHECK-NEXT:    tosa.tanh
// CHECK-NEXT:    tosa.reduce_sum
// CHECK-NEXT:    cf.br ^bb1
// CHECK-NEXT:  ^bb1(
// CHECK-NEXT:    tosa.exp
// CHECK-NEXT:    tosa.reduce_sum
// CHECK-NEXT:    tosa.tanh
// CHECK-NEXT:    tosa.reduce_sum
// CHECK-NEXT:    tosa.add
func.func @first(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = tosa.exp %x : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
func.func @two_blocks(%x: tensor<1024xf32>) -> tensor<1xf32> {
  %a = tosa.exp %x : (tensor<1024xf32>) -> tensor<1024xf32>
  %b = tosa.tanh %x : (tensor<1024xf32>) -> tensor<1024xf32>
  %a1 = tosa.reduce_sum %a {axis = 0 : i32} : (tensor<1024xf32>) -> tensor<1xf32>
  %b1 = tosa.reduce_sum %b {axis = 0 : i32} : (tensor<1024xf32>) -> tensor<1xf32>
  cf.br ^bb1(%a1, %b1 : tensor<1xf32>, tensor<1xf32>)
^bb1(%p: tensor<1xf32>, %q: tensor<1xf32>):
  %c = tosa.exp %x : (tensor<1024xf32>) -> tensor<1024xf32>
  %d = tosa.tanh %x : (tensor<1024xf32>) -> tensor<1024xf32>
  %c1 = tosa.reduce_sum %c {axis = 0 : i32} : (tensor<1024xf32>) -> tensor<1xf32>
  %d1 = tosa.reduce_sum %d {axis = 0 : i32} : (tensor<1024xf32>) -> tensor<1xf32>
  %r = tosa.add %c1, %d1 : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
  return %r : tensor<1xf32>
}

// -----

// Linalg on tensors as tosa-to-linalg may leave it: the inits are allocated
// before the ops that write them. Each tensor.empty is a pure allocation
// whose first consumer is its op (docs/Algorithms.md, section 6.1): the
// schedule allocates each right before its op.
//   input order: x + three 256 B inits = 1024 B during the first exp
//   scheduled:   x + e1 = 512 during the first exp, then a + e2, b + e3
// CHECK-LABEL: func.func @empties_first
// ONCE-SAME:     peak_before = 1024, peak_after = 512, lower_bound = 512, optimal = true, method = "merged-input-order"
// TWICE-SAME:    peak_before = 512, peak_after = 512, lower_bound = 512, optimal = true, method = "input-order"
// CHECK-NEXT:    %[[E1:.*]] = tensor.empty()
// CHECK-NEXT:    %[[A:.*]] = linalg.exp ins(%{{.*}} : tensor<64xf32>) outs(%[[E1]]
// CHECK-NEXT:    %[[E2:.*]] = tensor.empty()
// CHECK-NEXT:    %[[B:.*]] = linalg.exp ins(%[[A]] : tensor<64xf32>) outs(%[[E2]]
// CHECK-NEXT:    %[[E3:.*]] = tensor.empty()
// CHECK-NEXT:    %[[C:.*]] = linalg.exp ins(%[[B]] : tensor<64xf32>) outs(%[[E3]]
// CHECK-NEXT:    return %[[C]]
func.func @empties_first(%x: tensor<64xf32>) -> tensor<64xf32> {
  %e1 = tensor.empty() : tensor<64xf32>
  %e2 = tensor.empty() : tensor<64xf32>
  %e3 = tensor.empty() : tensor<64xf32>
  %a = linalg.exp ins(%x : tensor<64xf32>) outs(%e1 : tensor<64xf32>) -> tensor<64xf32>
  %b = linalg.exp ins(%a : tensor<64xf32>) outs(%e2 : tensor<64xf32>) -> tensor<64xf32>
  %c = linalg.exp ins(%b : tensor<64xf32>) outs(%e3 : tensor<64xf32>) -> tensor<64xf32>
  return %c : tensor<64xf32>
}
