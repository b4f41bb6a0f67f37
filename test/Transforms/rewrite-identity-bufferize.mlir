// What bufferization makes of the rewritten IR: the same pipeline with and
// without -serenity-rewrite-identity, on TOSA and on linalg input, then
// one-shot bufferization (spelled out: what it makes of the IR is the point). `cse,canonicalize` removes the self-copies that
// one-shot bufferization leaves for an insert_slice of the slice that was
// just written in place (upstream's documented behaviour; they copy a
// region onto itself and allocate nothing).
//
// RUN: serenity-opt %s --pass-pipeline="builtin.module(serenity-memory-schedule,serenity-tosa-to-linalg,one-shot-bufferize{bufferize-function-boundaries},cse,canonicalize)" | FileCheck %s --check-prefix=ORIG
// RUN: serenity-opt %s --pass-pipeline="builtin.module(serenity-rewrite-identity{only-if-profitable=false},serenity-memory-schedule,serenity-tosa-to-linalg,one-shot-bufferize{bufferize-function-boundaries},cse,canonicalize)" > %t.tosa.mlir
// RUN: FileCheck %s --check-prefixes=COUNT,TOSA-COUNT < %t.tosa.mlir
// RUN: FileCheck %s --check-prefixes=INPLACE,TOSA-INPLACE < %t.tosa.mlir
// RUN: serenity-opt %s --pass-pipeline="builtin.module(serenity-tosa-to-linalg,serenity-rewrite-identity{only-if-profitable=false},serenity-memory-schedule,one-shot-bufferize{bufferize-function-boundaries},cse,canonicalize)" > %t.linalg.mlir
// RUN: FileCheck %s --check-prefix=COUNT < %t.linalg.mlir
// RUN: FileCheck %s --check-prefix=INPLACE < %t.linalg.mlir

// Two branches concatenated, a ReLU and a 1x1 convolution. Without the
// rewrite: the branches (2 x 2 KiB), the concatenation and the ReLU (4 KiB
// each, the concatenation filled by two copies) and the result (1 KiB).
// ORIG-LABEL: func.func @cell
// ORIG-COUNT-2: memref.alloc() {{.*}} : memref<1x8x8x8xf32>
// ORIG:         memref.alloc() {{.*}} : memref<1x8x8x16xf32>
// ORIG-COUNT-2: memref.copy
// ORIG:         memref.alloc() {{.*}} : memref<1x8x8x16xf32>
// ORIG:         memref.alloc() {{.*}} : memref<1x8x8x4xf32>
// ORIG-NOT:     memref.alloc
// With it: the branches and the ReLU of each (4 x 2 KiB), the result, and
// nothing else: no concatenation, no copy. Both partial convolutions write
// into the result's buffer.
// COUNT-LABEL: func.func @cell
// COUNT-NOT:   memref.copy
// COUNT-COUNT-5: memref.alloc()
// COUNT-NOT:   memref.alloc
// COUNT-NOT:   memref.copy
// INPLACE-LABEL: func.func @cell
// INPLACE:     %[[Y:.*]] = memref.alloc() {{.*}} : memref<1x8x8x4xf32>
// INPLACE:     linalg.conv_2d_nhwc_fhwc {{.*}} outs(%[[Y]] : memref<1x8x8x4xf32>)
// INPLACE:     linalg.conv_2d_nhwc_fhwc {{.*}} outs(%[[Y]] : memref<1x8x8x4xf32>)
// INPLACE:     return %[[Y]]
func.func @cell(%x: tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %w1 = "tosa.const"() <{values = dense<0.5> : tensor<8x1x1x4xf32>}> : () -> tensor<8x1x1x4xf32>
  %b1 = "tosa.const"() <{values = dense<0.5> : tensor<8xf32>}> : () -> tensor<8xf32>
  %a = tosa.conv2d %x, %w1, %b1, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x4xf32>, tensor<8x1x1x4xf32>, tensor<8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x8xf32>
  %b = tosa.conv2d %x, %w1, %b1, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x4xf32>, tensor<8x1x1x4xf32>, tensor<8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x8xf32>
  %cat = tosa.concat %a, %b {axis = 3 : i32} : (tensor<1x8x8x8xf32>, tensor<1x8x8x8xf32>) -> tensor<1x8x8x16xf32>
  %r = tosa.clamp %cat {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf32>
  %w2 = "tosa.const"() <{values = dense<0.5> : tensor<4x1x1x16xf32>}> : () -> tensor<4x1x1x16xf32>
  %b2 = "tosa.const"() <{values = dense<0.5> : tensor<4xf32>}> : () -> tensor<4xf32>
  %y = tosa.conv2d %r, %w2, %b2, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x16xf32>, tensor<4x1x1x16xf32>, tensor<4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x4xf32>
  return %y : tensor<1x8x8x4xf32>
}

// A returned concatenation of an add and a convolution. Without the
// rewrite: both parts and the concatenation are allocated, and two copies
// fill it. With it: one buffer, each part computed in its subview.
// ORIG-LABEL: func.func @returned_concat
// ORIG-COUNT-3: memref.alloc()
// ORIG-COUNT-2: memref.copy
// COUNT-LABEL: func.func @returned_concat
// COUNT-NOT:   memref.copy
// COUNT-COUNT-1: memref.alloc()
// COUNT-NOT:   memref.alloc
// COUNT-NOT:   memref.copy
// INPLACE-LABEL: func.func @returned_concat
// INPLACE:     %[[D:.*]] = memref.alloc() {{.*}} : memref<1x8x8x12xf32>
// INPLACE-DAG: %[[S0:.*]] = memref.subview %[[D]][0, 0, 0, 0] [1, 8, 8, 4] [1, 1, 1, 1]
// INPLACE-DAG: %[[S1:.*]] = memref.subview %[[D]][0, 0, 0, 4] [1, 8, 8, 8] [1, 1, 1, 1]
// INPLACE-DAG: linalg.generic {{.*}} outs(%[[S0]] :
// INPLACE-DAG: linalg.conv_2d_nhwc_fhwc {{.*}} outs(%[[S1]] :
// INPLACE:     return %[[D]]
func.func @returned_concat(%x: tensor<1x8x8x4xf32>, %y: tensor<1x8x8x4xf32>) -> tensor<1x8x8x12xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %a = tosa.add %x, %y : (tensor<1x8x8x4xf32>, tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32>
  %w = "tosa.const"() <{values = dense<0.5> : tensor<8x1x1x4xf32>}> : () -> tensor<8x1x1x4xf32>
  %bias = "tosa.const"() <{values = dense<0.5> : tensor<8xf32>}> : () -> tensor<8xf32>
  %b = tosa.conv2d %x, %w, %bias, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x4xf32>, tensor<8x1x1x4xf32>, tensor<8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x8xf32>
  %cat = tosa.concat %a, %b {axis = 3 : i32} : (tensor<1x8x8x4xf32>, tensor<1x8x8x8xf32>) -> tensor<1x8x8x12xf32>
  return %cat : tensor<1x8x8x12xf32>
}

// A weighted sum of three tensors and a ReLU. Without the rewrite: three
// products, two partial sums and the ReLU. With it: the first product, into
// which the other terms are accumulated in place, and the ReLU (TOSA only:
// the sum rewrite reads tosa.add and tosa.mul).
// ORIG-LABEL: func.func @weighted_sum
// ORIG-COUNT-6: memref.alloc()
// ORIG-NOT:     memref.alloc
// COUNT-LABEL: func.func @weighted_sum
// INPLACE-LABEL: func.func @weighted_sum
// TOSA-COUNT-NOT:   memref.copy
// TOSA-COUNT-COUNT-2: memref.alloc()
// TOSA-COUNT-NOT:   memref.alloc
// TOSA-COUNT-NOT:   memref.copy
// TOSA-INPLACE:     %[[ACC:.*]] = memref.alloc() {{.*}} : memref<1x8x8x4xf32>
// TOSA-INPLACE:     linalg.generic {{.*}} outs(%[[ACC]] : memref<1x8x8x4xf32>)
// TOSA-INPLACE:     linalg.generic {{.*}} outs(%[[ACC]] : memref<1x8x8x4xf32>)
// TOSA-INPLACE:     linalg.generic {{.*}} outs(%[[ACC]] : memref<1x8x8x4xf32>)
func.func @weighted_sum(%a: tensor<1x8x8x4xf32>, %b: tensor<1x8x8x4xf32>, %c: tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32> {
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %w = "tosa.const"() <{values = dense<0.5> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
  %m1 = tosa.mul %a, %w, %shift : (tensor<1x8x8x4xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x4xf32>
  %m2 = tosa.mul %b, %w, %shift : (tensor<1x8x8x4xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x4xf32>
  %s1 = tosa.add %m1, %m2 : (tensor<1x8x8x4xf32>, tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32>
  %m3 = tosa.mul %c, %w, %shift : (tensor<1x8x8x4xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x4xf32>
  %s2 = tosa.add %s1, %m3 : (tensor<1x8x8x4xf32>, tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32>
  %r = tosa.clamp %s2 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32>
  return %r : tensor<1x8x8x4xf32>
}
