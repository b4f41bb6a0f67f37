// RUN: serenity-opt %s -split-input-file -serenity-rewrite-identity="only-if-profitable=false rewrites=channel,kernel,sum" | FileCheck %s

// Sites that must not be partitioned, every site forced (only-if-profitable
// =false). The concat rewrite is left out so that the concatenation stays a
// tosa.concat and the check can see that its user still reads all of it.
// What does *not* prevent partitioning (padding, strides, dilations,
// weights that are not constants, other users of the concatenation) is in
// rewrite-identity.mlir.

// A convolution mixes neighbouring pixels: a concatenation along the width
// is not a sum of convolutions of the parts (windows cross the seam).
// CHECK-LABEL: func.func @conv_concat_along_width
// CHECK:         %[[CAT:.*]] = tosa.concat {{.*}} {axis = 2 : i32}
// CHECK:         tosa.conv2d %[[CAT]]
// CHECK-NOT:     linalg
func.func @conv_concat_along_width(%a: tensor<1x4x2x4xf32>, %b: tensor<1x4x3x4xf32>) -> tensor<1x4x5x4xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %w = "tosa.const"() <{values = dense<0.5> : tensor<4x1x1x4xf32>}> : () -> tensor<4x1x1x4xf32>
  %bias = "tosa.const"() <{values = dense<0.5> : tensor<4xf32>}> : () -> tensor<4xf32>
  %cat = tosa.concat %a, %b {axis = 2 : i32} : (tensor<1x4x2x4xf32>, tensor<1x4x3x4xf32>) -> tensor<1x4x5x4xf32>
  %y = tosa.conv2d %cat, %w, %bias, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x5x4xf32>, tensor<4x1x1x4xf32>, tensor<4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x5x4xf32>
  return %y : tensor<1x4x5x4xf32>
}

// -----

// The same for pooling and depthwise convolution: they keep channels apart
// but mix pixels, so a concatenation along the height does not commute.
// CHECK-LABEL: func.func @spatial_concat_pool_depthwise
// CHECK:         %[[CAT:.*]] = tosa.concat {{.*}} {axis = 1 : i32}
// CHECK-DAG:     tosa.max_pool2d %[[CAT]]
// CHECK-DAG:     tosa.depthwise_conv2d %[[CAT]]
func.func @spatial_concat_pool_depthwise(%a: tensor<1x2x4x4xf32>, %b: tensor<1x2x4x4xf32>) -> (tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>) {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %cat = tosa.concat %a, %b {axis = 1 : i32} : (tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>) -> tensor<1x4x4x4xf32>
  %p = tosa.max_pool2d %cat {kernel = array<i64: 3, 3>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  %w = "tosa.const"() <{values = dense<0.5> : tensor<3x3x4x1xf32>}> : () -> tensor<3x3x4x1xf32>
  %bias = "tosa.const"() <{values = dense<0.5> : tensor<4xf32>}> : () -> tensor<4xf32>
  %d = tosa.depthwise_conv2d %cat, %w, %bias, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x4xf32>, tensor<3x3x4x1xf32>, tensor<4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x4xf32>
  return %p, %d : tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>
}

// -----

// Padding along the concatenation axis adds channels that belong to no part;
// a slice that cuts the axis takes channels from some parts only; a
// reduction along the axis mixes the parts.
// CHECK-LABEL: func.func @ops_across_the_axis
// CHECK:         %[[CAT:.*]] = tosa.concat {{.*}} {axis = 3 : i32}
// CHECK-DAG:     tosa.pad %[[CAT]]
// CHECK-DAG:     tosa.slice %[[CAT]]
// CHECK-DAG:     tosa.reduce_sum %[[CAT]] {axis = 3 : i32}
func.func @ops_across_the_axis(%a: tensor<1x4x4x2xf32>, %b: tensor<1x4x4x2xf32>) -> (tensor<1x4x4x5xf32>, tensor<1x4x4x3xf32>, tensor<1x4x4x1xf32>) {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %cat = tosa.concat %a, %b {axis = 3 : i32} : (tensor<1x4x4x2xf32>, tensor<1x4x4x2xf32>) -> tensor<1x4x4x4xf32>
  %padding = tosa.const_shape {values = dense<[0, 0, 0, 0, 0, 0, 0, 1]> : tensor<8xindex>} : () -> !tosa.shape<8>
  %p = tosa.pad %cat, %padding, %zp : (tensor<1x4x4x4xf32>, !tosa.shape<8>, tensor<1xf32>) -> tensor<1x4x4x5xf32>
  %start = tosa.const_shape {values = dense<[0, 0, 0, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %size = tosa.const_shape {values = dense<[1, 4, 4, 3]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %s = tosa.slice %cat, %start, %size : (tensor<1x4x4x4xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x4x4x3xf32>
  %r = tosa.reduce_sum %cat {axis = 3 : i32} : (tensor<1x4x4x4xf32>) -> tensor<1x4x4x1xf32>
  return %p, %s, %r : tensor<1x4x4x5xf32>, tensor<1x4x4x3xf32>, tensor<1x4x4x1xf32>
}

// -----

// Quantized convolution: the partial sums would be exact (integers), but
// the lowering needs zero points per op (linalg.conv_2d_nhwc_fhwc_q); not
// implemented, so it is left alone.
// CHECK-LABEL: func.func @quantized_conv
// CHECK:         %[[CAT:.*]] = tosa.concat
// CHECK:         tosa.conv2d %[[CAT]]
// CHECK-NOT:     linalg
func.func @quantized_conv(%a: tensor<1x4x4x2xi8>, %b: tensor<1x4x4x2xi8>) -> tensor<1x4x4x4xi32> {
  %izp = "tosa.const"() <{values = dense<3> : tensor<1xi8>}> : () -> tensor<1xi8>
  %wzp = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %w = "tosa.const"() <{values = dense<2> : tensor<4x1x1x4xi8>}> : () -> tensor<4x1x1x4xi8>
  %bias = "tosa.const"() <{values = dense<1> : tensor<4xi32>}> : () -> tensor<4xi32>
  %cat = tosa.concat %a, %b {axis = 3 : i32} : (tensor<1x4x4x2xi8>, tensor<1x4x4x2xi8>) -> tensor<1x4x4x4xi8>
  %y = tosa.conv2d %cat, %w, %bias, %izp, %wzp {acc_type = i32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x4xi8>, tensor<4x1x1x4xi8>, tensor<4xi32>, tensor<1xi8>, tensor<1xi8>) -> tensor<1x4x4x4xi32>
  return %y : tensor<1x4x4x4xi32>
}

// -----

// A half-precision convolution accumulating in f32 rounds once at the end;
// partial convolutions would round every partial sum to f16, which is not
// the same function in finite precision.
// CHECK-LABEL: func.func @wider_accumulator
// CHECK:         %[[CAT:.*]] = tosa.concat
// CHECK:         tosa.conv2d %[[CAT]]
// CHECK-NOT:     linalg
func.func @wider_accumulator(%a: tensor<1x4x4x2xf16>, %b: tensor<1x4x4x2xf16>) -> tensor<1x4x4x4xf16> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf16>}> : () -> tensor<1xf16>
  %w = "tosa.const"() <{values = dense<0.5> : tensor<4x1x1x4xf16>}> : () -> tensor<4x1x1x4xf16>
  %bias = "tosa.const"() <{values = dense<0.5> : tensor<4xf16>}> : () -> tensor<4xf16>
  %cat = tosa.concat %a, %b {axis = 3 : i32} : (tensor<1x4x4x2xf16>, tensor<1x4x4x2xf16>) -> tensor<1x4x4x4xf16>
  %y = tosa.conv2d %cat, %w, %bias, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x4xf16>, tensor<4x1x1x4xf16>, tensor<4xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<1x4x4x4xf16>
  return %y : tensor<1x4x4x4xf16>
}

// -----

// The concatenation as the weights of a convolution (splitting the output
// channels would be another identity, not implemented) and a user that is
// not channel-separable (a reshape mixes the axis with the others).
// CHECK-LABEL: func.func @other_users
// CHECK:         %[[CAT:.*]] = tosa.concat
// CHECK-DAG:     tosa.conv2d %{{.*}}, %[[CAT]]
// CHECK-DAG:     tosa.reshape %[[CAT]]
// CHECK-NOT:     linalg
func.func @other_users(%x: tensor<1x4x4x4xf32>, %a: tensor<2x1x1x4xf32>, %b: tensor<2x1x1x4xf32>) -> (tensor<1x4x4x4xf32>, tensor<1x16xf32>) {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %bias = "tosa.const"() <{values = dense<0.5> : tensor<4xf32>}> : () -> tensor<4xf32>
  %cat = tosa.concat %a, %b {axis = 0 : i32} : (tensor<2x1x1x4xf32>, tensor<2x1x1x4xf32>) -> tensor<4x1x1x4xf32>
  %y = tosa.conv2d %x, %cat, %bias, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x4xf32>, tensor<4x1x1x4xf32>, tensor<4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x4xf32>
  %shape = tosa.const_shape {values = dense<[1, 16]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %r = tosa.reshape %cat, %shape : (tensor<4x1x1x4xf32>, !tosa.shape<2>) -> tensor<1x16xf32>
  return %y, %r : tensor<1x4x4x4xf32>, tensor<1x16xf32>
}

// -----

// Sums that stay: an addition of two plain tensors (nothing to save), a
// product used twice (it must exist anyway), an addition that broadcasts
// (its operands are not all of the result's size), a partial sum used
// twice (the chain stops there), and integers.
// CHECK-LABEL: func.func @sums_unchanged
// CHECK:         %[[P:.*]] = tosa.add %arg0, %arg1
// CHECK:         %[[M:.*]] = tosa.mul %arg0
// CHECK:         %[[Q:.*]] = tosa.add %[[M]], %[[P]]
// CHECK:         tosa.add %[[Q]], %[[M]]
// CHECK:         tosa.add %arg0, %arg2
// CHECK:         tosa.add %arg3, %arg3
// CHECK-NOT:     linalg
func.func @sums_unchanged(%a: tensor<1x4x4x3xf32>, %b: tensor<1x4x4x3xf32>, %c: tensor<1x1x1x3xf32>, %i: tensor<1x4x4x3xi32>) -> (tensor<1x4x4x3xf32>, tensor<1x4x4x3xf32>, tensor<1x4x4x3xf32>, tensor<1x4x4x3xf32>, tensor<1x4x4x3xi32>) {
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %w = "tosa.const"() <{values = dense<0.5> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
  %p = tosa.add %a, %b : (tensor<1x4x4x3xf32>, tensor<1x4x4x3xf32>) -> tensor<1x4x4x3xf32>
  %m = tosa.mul %a, %w, %shift : (tensor<1x4x4x3xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x3xf32>
  %q = tosa.add %m, %p : (tensor<1x4x4x3xf32>, tensor<1x4x4x3xf32>) -> tensor<1x4x4x3xf32>
  %r = tosa.add %q, %m : (tensor<1x4x4x3xf32>, tensor<1x4x4x3xf32>) -> tensor<1x4x4x3xf32>
  %s = tosa.add %a, %c : (tensor<1x4x4x3xf32>, tensor<1x1x1x3xf32>) -> tensor<1x4x4x3xf32>
  %t = tosa.add %i, %i : (tensor<1x4x4x3xi32>, tensor<1x4x4x3xi32>) -> tensor<1x4x4x3xi32>
  return %p, %q, %r, %s, %t : tensor<1x4x4x3xf32>, tensor<1x4x4x3xf32>, tensor<1x4x4x3xf32>, tensor<1x4x4x3xf32>, tensor<1x4x4x3xi32>
}
