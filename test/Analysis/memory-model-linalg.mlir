// RUN: serenity-opt %s -split-input-file -serenity-annotate-footprint | FileCheck %s

// The reference memory model on linalg-on-tensors.

// Rule 4: tensor.empty allocates; linalg.fill and linalg.conv write into their
// init, so their results alias the tensor.empty buffer. Rule 2: the scalar
// arith.constant costs nothing.
//   in  1x8x8x4xf32 = 1024 B, w 3x3x4x8xf32 = 1152 B, out 1x6x6x8xf32 = 1152 B
//   entry            : in + w                  = 2176
//   tensor.empty     : in + w + out            = 3328
//   linalg.fill      : same buffers            = 3328
//   linalg.conv      : same buffers            = 3328, in and w freed: 1152
// Peak 3328.
// CHECK-LABEL: func.func @dps_chain
// CHECK-SAME:    serenity.peak_bytes = 3328 : i64
// CHECK:         arith.constant {{.*}}
// CHECK-NOT:     serenity.bytes
// CHECK:         tensor.empty() {serenity.bytes = array<i64: 1152>}
// CHECK:         linalg.fill {serenity.bytes = array<i64: 0>}
// CHECK:         linalg.conv_2d_nhwc_hwcf {{.*}}serenity.bytes = array<i64: 0>
func.func @dps_chain(%in: tensor<1x8x8x4xf32>, %w: tensor<3x3x4x8xf32>) -> tensor<1x6x6x8xf32> {
  %cst = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x6x6x8xf32>
  %f = linalg.fill ins(%cst : f32) outs(%e : tensor<1x6x6x8xf32>) -> tensor<1x6x6x8xf32>
  %c = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
         ins(%in, %w : tensor<1x8x8x4xf32>, tensor<3x3x4x8xf32>)
         outs(%f : tensor<1x6x6x8xf32>) -> tensor<1x6x6x8xf32>
  return %c : tensor<1x6x6x8xf32>
}

// -----

// Rule 4 with several results: each result of a linalg.generic aliases its
// own init. Rule 6: both are returned.
//   a 16 B; e0 4x4xf32 = 64 B; e1 4x4xi8 = 16 B
//   entry: 64 (a is 4x4xf32)  e0: 128  e1: 144  generic: 144
// CHECK-LABEL: func.func @generic_two_results
// CHECK-SAME:    serenity.peak_bytes = 144 : i64
// CHECK:         tensor.empty() {serenity.bytes = array<i64: 64>}
// CHECK:         tensor.empty() {serenity.bytes = array<i64: 16>}
// CHECK:         linalg.generic
// CHECK:         serenity.bytes = array<i64: 0, 0>
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @generic_two_results(%a: tensor<4x4xf32>) -> (tensor<4x4xf32>, tensor<4x4xi8>) {
  %e0 = tensor.empty() : tensor<4x4xf32>
  %e1 = tensor.empty() : tensor<4x4xi8>
  %r:2 = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a : tensor<4x4xf32>) outs(%e0, %e1 : tensor<4x4xf32>, tensor<4x4xi8>) {
  ^bb0(%x: f32, %o0: f32, %o1: i8):
    %n = arith.negf %x : f32
    %i = arith.fptosi %x : f32 to i8
    linalg.yield %n, %i : f32, i8
  } -> (tensor<4x4xf32>, tensor<4x4xi8>)
  return %r#0, %r#1 : tensor<4x4xf32>, tensor<4x4xi8>
}

// -----

// Rule 3: the tensor views alias their source and allocate nothing; the last
// use of any alias frees the source.
//   arg 4x4xf32 = 64 B. %0 = exp: 64 + 64 = 128, arg freed: 64.
//   collapse/expand/extract_slice/cast/bitcast: 64 each (views of %0).
//   %n = negf generic on the slice writes into %e2 (2x4xf32 = 32 B):
//     tensor.empty: 64 + 32 = 96; generic: 96. %0's buffer is never freed:
//     %5, a bitcast view of it, is returned.
// Peak 128.
// CHECK-LABEL: func.func @tensor_views
// CHECK-SAME:    serenity.peak_bytes = 128 : i64
// CHECK:         tensor.collapse_shape {{.*}}{serenity.bytes = array<i64: 0>}
// CHECK:         tensor.expand_shape {{.*}}{serenity.bytes = array<i64: 0>}
// CHECK:         tensor.extract_slice {{.*}}{serenity.bytes = array<i64: 0>}
// CHECK:         tensor.cast {{.*}}{serenity.bytes = array<i64: 0>}
// CHECK:         tensor.bitcast {{.*}}{serenity.bytes = array<i64: 0>}
// CHECK:         tensor.empty() {serenity.bytes = array<i64: 32>}
#id1 = affine_map<(d0, d1) -> (d0, d1)>
func.func @tensor_views(%arg: tensor<4x4xf32>) -> (tensor<2x4xf32>, tensor<16xi32>) {
  %0 = math.exp %arg : tensor<4x4xf32>
  %1 = tensor.collapse_shape %0 [[0, 1]] : tensor<4x4xf32> into tensor<16xf32>
  %2 = tensor.expand_shape %1 [[0, 1]] output_shape [4, 4] : tensor<16xf32> into tensor<4x4xf32>
  %3 = tensor.extract_slice %2[0, 0] [2, 4] [1, 1] : tensor<4x4xf32> to tensor<2x4xf32>
  %4 = tensor.cast %3 : tensor<2x4xf32> to tensor<?x4xf32>
  %5 = tensor.bitcast %1 : tensor<16xf32> to tensor<16xi32>
  %e2 = tensor.empty() : tensor<2x4xf32>
  %c = tensor.cast %4 : tensor<?x4xf32> to tensor<2x4xf32>
  %n = linalg.generic {indexing_maps = [#id1, #id1], iterator_types = ["parallel", "parallel"]}
      ins(%c : tensor<2x4xf32>) outs(%e2 : tensor<2x4xf32>) {
  ^bb0(%x: f32, %o: f32):
    %y = arith.negf %x : f32
    linalg.yield %y : f32
  } -> tensor<2x4xf32>
  return %n, %5 : tensor<2x4xf32>, tensor<16xi32>
}

// -----

// Rule 4: tensor.insert_slice writes into its dest.
//   src 2x4xf32 = 32 B; tensor.empty 4x4xf32 = 64 B
//   entry 32; empty: 96; insert_slice: 96, src freed: 64
// CHECK-LABEL: func.func @insert_slice
// CHECK-SAME:    serenity.peak_bytes = 96 : i64
// CHECK:         tensor.empty() {serenity.bytes = array<i64: 64>}
// CHECK:         tensor.insert_slice {{.*}}{serenity.bytes = array<i64: 0>}
func.func @insert_slice(%src: tensor<2x4xf32>) -> tensor<4x4xf32> {
  %e = tensor.empty() : tensor<4x4xf32>
  %r = tensor.insert_slice %src into %e[0, 0] [2, 4] [1, 1] : tensor<2x4xf32> into tensor<4x4xf32>
  return %r : tensor<4x4xf32>
}
