// The dataflow check of serenity-bench: -serenity-memory-schedule reorders
// @cell (breadth first -> depth first), and the scheduled function must
// compute what a reference computes. By default the reference is the input;
// --check-reference swaps in another module, which shows the check passing
// on the same dataflow written in another order and failing on modules that
// compute something else. A failed check is an error: exit status 1 and no
// final "checked" line.

// RUN: serenity-bench %s | FileCheck %s --check-prefix=SELF
// SELF: @cell 0 5 5 5 12288 8196 8196 8196
// SELF: checked @cell: -serenity-memory-schedule output verifies, computes the same dataflow (6 ops hashed), peak 8196 bytes as predicted
// SELF-NEXT: {{^checked$}}

// Same ops and operands, other order, SSA names and locations: passes.
// RUN: serenity-bench %s --check-reference=%S/Inputs/same-dataflow.mlir | FileCheck %s --check-prefix=SAME
// SAME: checked @cell: {{.*}} peak 8196 bytes as predicted
// SAME-NEXT: {{^checked$}}

// tanh replaced by sigmoid: the op and everything downstream of it (b1, the
// sub, the return) hash differently.
// RUN: not serenity-bench %s --check-reference=%S/Inputs/different-op.mlir > %t.op.out 2> %t.op.err
// RUN: FileCheck %s --check-prefix=OP < %t.op.err
// RUN: FileCheck %s --check-prefix=FAILED < %t.op.out
// OP: dataflow-check.mlir:{{[0-9]+}}:1: error: serenity-bench: check failed: the scheduled @cell computes a different dataflow: 4 op(s) with no counterpart in the reference, 4 op(s) of the reference not computed
// OP: dataflow-check.mlir:{{[0-9]+}}:8: note: first op with no counterpart: tosa.tanh
// OP: different-op.mlir:{{[0-9]+}}:8: note: first op of the reference not computed: tosa.sigmoid

// The operands of the (not commutative) sub swapped: the sub and the return.
// RUN: not serenity-bench %s --check-reference=%S/Inputs/swapped-operands.mlir > %t.swap.out 2> %t.swap.err
// RUN: FileCheck %s --check-prefix=SWAP < %t.swap.err
// RUN: FileCheck %s --check-prefix=FAILED < %t.swap.out
// SWAP: error: serenity-bench: check failed: the scheduled @cell computes a different dataflow: 2 op(s) with no counterpart in the reference, 2 op(s) of the reference not computed
// SWAP: note: first op with no counterpart: tosa.sub
// SWAP: note: first op of the reference not computed: tosa.sub

func.func @cell(%x: tensor<1024xf32>) -> tensor<1xf32> {
  %a = tosa.exp %x : (tensor<1024xf32>) -> tensor<1024xf32>
  %b = tosa.tanh %x : (tensor<1024xf32>) -> tensor<1024xf32>
  %a1 = tosa.reduce_sum %a {axis = 0 : i32} : (tensor<1024xf32>) -> tensor<1xf32>
  %b1 = tosa.reduce_sum %b {axis = 0 : i32} : (tensor<1024xf32>) -> tensor<1xf32>
  %d = tosa.sub %a1, %b1 : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
  return %d : tensor<1xf32>
}

// The reference computes one more (dead) op: the hashes are a multiset, so
// one op of the reference is missing even though every scheduled op has a
// counterpart.
// RUN: not serenity-bench %s --check-reference=%S/Inputs/extra-op.mlir > %t.extra.out 2> %t.extra.err
// RUN: FileCheck %s --check-prefix=EXTRA < %t.extra.err
// RUN: FileCheck %s --check-prefix=FAILED < %t.extra.out
// EXTRA: error: serenity-bench: check failed: the scheduled @cell computes a different dataflow: 0 op(s) with no counterpart in the reference, 1 op(s) of the reference not computed
// EXTRA-NOT: first op with no counterpart
// EXTRA: extra-op.mlir:5:11: note: first op of the reference not computed: tosa.tanh

// FAILED: @cell 0 5 5 5 12288 8196 8196 8196
// FAILED-NOT: {{^checked}}
