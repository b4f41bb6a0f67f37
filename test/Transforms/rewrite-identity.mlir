// RUN: serenity-opt %s -split-input-file -serenity-rewrite-identity="only-if-profitable=false" | FileCheck %s
// RUN: serenity-opt %s -split-input-file -serenity-rewrite-identity="only-if-profitable=false rewrites=channel" | FileCheck %s --check-prefix=CHANNEL

// The IR of each rewrite on TOSA, every site rewritten (only-if-profitable
// =false); rewrite-identity-profitable.mlir tests when they pay off,
// rewrite-identity-linalg.mlir the same on linalg, and
// rewrite-identity-bufferize.mlir what bufferization makes of them.

// Channel-wise partitioning of a 1x1 convolution: the first part's
// convolution (with the bias) makes the destination, the second accumulates
// into it; each gets the matching input-channel slice of the weights, as a
// constant.
// CHECK-LABEL: func.func @channel_1x1
// CHECK-SAME:    (%[[A:.*]]: tensor<1x4x4x2xf32>, %[[B:.*]]: tensor<1x4x4x3xf32>)
// CHECK-DAG:     %[[ZP:.*]] = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}>
// CHECK-DAG:     %[[BIAS:.*]] = "tosa.const"() <{values = dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]> : tensor<4xf32>}>
// CHECK-DAG:     %[[W0:.*]] = "tosa.const"() <{values = dense<{{\[\[\[\[}}1.000000e+00, 2.000000e+00]]], {{\[\[\[}}6.000000e+00, 7.000000e+00]]], {{\[\[\[}}1.100000e+01, 1.200000e+01]]], {{\[\[\[}}1.600000e+01, 1.700000e+01]]]]> : tensor<4x1x1x2xf32>}>
// CHECK:         %[[ACC:.*]] = tosa.conv2d %[[A]], %[[W0]], %[[BIAS]], %[[ZP]], %[[ZP]] {{.*}} -> tensor<1x4x4x4xf32>
// CHECK:         %[[W1:.*]] = "tosa.const"() <{values = dense<{{\[\[\[\[}}3.000000e+00, 4.000000e+00, 5.000000e+00]]], {{\[\[\[}}8.000000e+00, 9.000000e+00, 1.000000e+01]]], {{\[\[\[}}1.300000e+01, 1.400000e+01, 1.500000e+01]]], {{\[\[\[}}1.800000e+01, 1.900000e+01, 2.000000e+01]]]]> : tensor<4x1x1x3xf32>}>
// CHECK-NEXT:    %[[Y:.*]] = linalg.conv_2d_nhwc_fhwc {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%[[B]], %[[W1]] : tensor<1x4x4x3xf32>, tensor<4x1x1x3xf32>) outs(%[[ACC]] : tensor<1x4x4x4xf32>)
// CHECK-NEXT:    return %[[Y]]
// CHECK-NOT:     tosa.concat
// CHANNEL-LABEL: func.func @channel_1x1
// CHANNEL:         linalg.conv_2d_nhwc_fhwc
func.func @channel_1x1(%a: tensor<1x4x4x2xf32>, %b: tensor<1x4x4x3xf32>) -> tensor<1x4x4x4xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %w = "tosa.const"() <{values = dense<[[[[1.0, 2.0, 3.0, 4.0, 5.0]]], [[[6.0, 7.0, 8.0, 9.0, 10.0]]], [[[11.0, 12.0, 13.0, 14.0, 15.0]]], [[[16.0, 17.0, 18.0, 19.0, 20.0]]]]> : tensor<4x1x1x5xf32>}> : () -> tensor<4x1x1x5xf32>
  %bias = "tosa.const"() <{values = dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>}> : () -> tensor<4xf32>
  %cat = tosa.concat %a, %b {axis = 3 : i32} : (tensor<1x4x4x2xf32>, tensor<1x4x4x3xf32>) -> tensor<1x4x4x5xf32>
  %y = tosa.conv2d %cat, %w, %bias, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x5xf32>, tensor<4x1x1x5xf32>, tensor<4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x4xf32>
  return %y : tensor<1x4x4x4xf32>
}

// -----

// Padding, strides and dilations do not break channel-wise partitioning:
// every partial convolution uses them, and padding the concatenation is
// padding each part. The first part keeps the TOSA padding; later parts are
// padded with tensor.pad (zero: the input zero point) for the linalg
// convolution.
// CHECK-LABEL: func.func @channel_padded
// CHECK-SAME:    (%[[A:.*]]: tensor<1x9x9x2xf32>, %[[B:.*]]: tensor<1x9x9x3xf32>)
// CHECK:         %[[ACC:.*]] = tosa.conv2d %[[A]], {{.*}} {acc_type = f32, dilation = array<i64: 2, 1>, pad = array<i64: 1, 1, 0, 2>, stride = array<i64: 2, 2>} : (tensor<1x9x9x2xf32>, tensor<4x3x3x2xf32>
// CHECK:         %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK:         %[[PAD:.*]] = tensor.pad %[[B]] low[0, 1, 0, 0] high[0, 1, 2, 0]
// CHECK:           tensor.yield %[[ZERO]]
// CHECK:         } : tensor<1x9x9x3xf32> to tensor<1x11x11x3xf32>
// CHECK:         %[[W1:.*]] = "tosa.const"() <{values = dense<5.000000e-01> : tensor<4x3x3x3xf32>}>
// CHECK:         linalg.conv_2d_nhwc_fhwc {dilations = dense<[2, 1]> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%[[PAD]], %[[W1]] : {{.*}}) outs(%[[ACC]] : tensor<1x4x5x4xf32>)
func.func @channel_padded(%a: tensor<1x9x9x2xf32>, %b: tensor<1x9x9x3xf32>) -> tensor<1x4x5x4xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %w = "tosa.const"() <{values = dense<0.5> : tensor<4x3x3x5xf32>}> : () -> tensor<4x3x3x5xf32>
  %bias = "tosa.const"() <{values = dense<0.5> : tensor<4xf32>}> : () -> tensor<4xf32>
  %cat = tosa.concat %a, %b {axis = 3 : i32} : (tensor<1x9x9x2xf32>, tensor<1x9x9x3xf32>) -> tensor<1x9x9x5xf32>
  %y = tosa.conv2d %cat, %w, %bias, %zp, %zp {acc_type = f32, dilation = array<i64: 2, 1>, pad = array<i64: 1, 1, 0, 2>, stride = array<i64: 2, 2>} : (tensor<1x9x9x5xf32>, tensor<4x3x3x5xf32>, tensor<4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x5x4xf32>
  return %y : tensor<1x4x5x4xf32>
}

// -----

// Weights that are not constants are sliced as views (tensor.extract_slice
// becomes a memref.subview: no copy). A bias of one element is broadcast as
// before.
// CHECK-LABEL: func.func @channel_argument_weights
// CHECK-SAME:    (%[[A:.*]]: tensor<1x4x4x2xf32>, %[[B:.*]]: tensor<1x4x4x3xf32>, %[[W:.*]]: tensor<4x1x1x5xf32>)
// CHECK:         %[[W0:.*]] = tensor.extract_slice %[[W]][0, 0, 0, 0] [4, 1, 1, 2] [1, 1, 1, 1]
// CHECK:         %[[ACC:.*]] = tosa.conv2d %[[A]], %[[W0]]
// CHECK:         %[[W1:.*]] = tensor.extract_slice %[[W]][0, 0, 0, 2] [4, 1, 1, 3] [1, 1, 1, 1]
// CHECK:         linalg.conv_2d_nhwc_fhwc {{.*}} ins(%[[B]], %[[W1]] : {{.*}}) outs(%[[ACC]] :
func.func @channel_argument_weights(%a: tensor<1x4x4x2xf32>, %b: tensor<1x4x4x3xf32>, %w: tensor<4x1x1x5xf32>) -> tensor<1x4x4x4xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %bias = "tosa.const"() <{values = dense<0.5> : tensor<1xf32>}> : () -> tensor<1xf32>
  %cat = tosa.concat %a, %b {axis = 3 : i32} : (tensor<1x4x4x2xf32>, tensor<1x4x4x3xf32>) -> tensor<1x4x4x5xf32>
  %y = tosa.conv2d %cat, %w, %bias, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x5xf32>, tensor<4x1x1x5xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x4xf32>
  return %y : tensor<1x4x4x4xf32>
}

// -----

// A concatenation with other users: the convolution is still partitioned,
// and the concatenation stays for the reshape. With the concat rewrite it
// becomes a destination (here a padded copy of the first part, since no
// part can write into its slice) with the other part inserted. Whether this
// pays off is the profitability check's business (the concatenation and
// its parts then live together).
// CHECK-LABEL: func.func @concat_other_user
// CHECK-SAME:    (%[[A:.*]]: tensor<1x4x4x2xf32>, %[[B:.*]]: tensor<1x4x4x2xf32>)
// CHECK-DAG:     %[[D:.*]] = tensor.pad %[[A]] low[0, 0, 0, 0] high[0, 0, 0, 2]
// CHECK-DAG:     %[[CAT:.*]] = tensor.insert_slice %[[B]] into %[[D]][0, 0, 0, 2] [1, 4, 4, 2] [1, 1, 1, 1]
// CHECK-DAG:     %[[ACC:.*]] = tosa.conv2d %[[A]]
// CHECK-DAG:     %[[Y:.*]] = linalg.conv_2d_nhwc_fhwc {{.*}} ins(%[[B]], {{.*}}) outs(%[[ACC]] :
// CHECK:         %[[R:.*]] = tosa.reshape %[[CAT]]
// CHECK:         return %[[Y]], %[[R]]
// CHANNEL-LABEL: func.func @concat_other_user
// CHANNEL:         %[[CAT:.*]] = tosa.concat
// CHANNEL:         linalg.conv_2d_nhwc_fhwc
// CHANNEL:         tosa.reshape %[[CAT]]
func.func @concat_other_user(%a: tensor<1x4x4x2xf32>, %b: tensor<1x4x4x2xf32>) -> (tensor<1x4x4x4xf32>, tensor<1x64xf32>) {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %w = "tosa.const"() <{values = dense<0.5> : tensor<4x1x1x4xf32>}> : () -> tensor<4x1x1x4xf32>
  %bias = "tosa.const"() <{values = dense<0.5> : tensor<4xf32>}> : () -> tensor<4xf32>
  %cat = tosa.concat %a, %b {axis = 3 : i32} : (tensor<1x4x4x2xf32>, tensor<1x4x4x2xf32>) -> tensor<1x4x4x4xf32>
  %y = tosa.conv2d %cat, %w, %bias, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x4xf32>, tensor<4x1x1x4xf32>, tensor<4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x4xf32>
  %shape = tosa.const_shape {values = dense<[1, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %r = tosa.reshape %cat, %shape : (tensor<1x4x4x4xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
  return %y, %r : tensor<1x4x4x4xf32>, tensor<1x64xf32>
}

// -----

// Kernel-wise partitioning through a batch norm (per-channel scale and
// shift, sliced like the parts), a ReLU and a depthwise convolution with
// channel multiplier 2 (weights sliced along their channel dim, bias along
// channel * multiplier), down to a convolution that channel-wise
// partitioning splits.
// CHECK-LABEL: func.func @kernel_chain
// CHECK-SAME:    (%[[A:.*]]: tensor<1x6x6x2xf32>, %[[B:.*]]: tensor<1x6x6x3xf32>)
// CHECK-DAG:     %[[S0:.*]] = "tosa.const"() <{values = dense<{{\[\[\[\[}}1.000000e+00, 2.000000e+00]]]]> : tensor<1x1x1x2xf32>}>
// CHECK-DAG:     %[[S1:.*]] = "tosa.const"() <{values = dense<{{\[\[\[\[}}3.000000e+00, 4.000000e+00, 5.000000e+00]]]]> : tensor<1x1x1x3xf32>}>
// CHECK-DAG:     %[[M0:.*]] = tosa.mul %[[A]], %[[S0]], %{{.*}} : (tensor<1x6x6x2xf32>, tensor<1x1x1x2xf32>, tensor<1xi8>) -> tensor<1x6x6x2xf32>
// CHECK-DAG:     %[[M1:.*]] = tosa.mul %[[B]], %[[S1]], %{{.*}} : (tensor<1x6x6x3xf32>, tensor<1x1x1x3xf32>, tensor<1xi8>) -> tensor<1x6x6x3xf32>
// CHECK-DAG:     %[[N0:.*]] = tosa.add %[[M0]], %{{.*}} : (tensor<1x6x6x2xf32>, tensor<1x1x1x2xf32>)
// CHECK-DAG:     %[[N1:.*]] = tosa.add %[[M1]], %{{.*}} : (tensor<1x6x6x3xf32>, tensor<1x1x1x3xf32>)
// CHECK-DAG:     %[[R0:.*]] = tosa.clamp %[[N0]] {{.*}} -> tensor<1x6x6x2xf32>
// CHECK-DAG:     %[[R1:.*]] = tosa.clamp %[[N1]] {{.*}} -> tensor<1x6x6x3xf32>
// CHECK-DAG:     %[[DB0:.*]] = "tosa.const"() <{values = dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]> : tensor<4xf32>}>
// CHECK-DAG:     %[[DB1:.*]] = "tosa.const"() <{values = dense<[5.000000e+00, 6.000000e+00, 7.000000e+00, 8.000000e+00, 9.000000e+00, 1.000000e+01]> : tensor<6xf32>}>
// CHECK-DAG:     %[[D0:.*]] = tosa.depthwise_conv2d %[[R0]], %{{.*}}, %[[DB0]], {{.*}} : (tensor<1x6x6x2xf32>, tensor<3x3x2x2xf32>, tensor<4xf32>, {{.*}}) -> tensor<1x3x3x4xf32>
// CHECK-DAG:     %[[D1:.*]] = tosa.depthwise_conv2d %[[R1]], %{{.*}}, %[[DB1]], {{.*}} : (tensor<1x6x6x3xf32>, tensor<3x3x3x2xf32>, tensor<6xf32>, {{.*}}) -> tensor<1x3x3x6xf32>
// CHECK:         %[[ACC:.*]] = tosa.conv2d %[[D0]], {{.*}} : (tensor<1x3x3x4xf32>, tensor<8x1x1x4xf32>
// CHECK:         %[[Y:.*]] = linalg.conv_2d_nhwc_fhwc {{.*}} ins(%[[D1]], %{{.*}} : tensor<1x3x3x6xf32>, tensor<8x1x1x6xf32>) outs(%[[ACC]] :
// CHECK:         return %[[Y]]
// CHECK-NOT:     tosa.concat
// CHANNEL-LABEL: func.func @kernel_chain
// CHANNEL:         tosa.concat
// CHANNEL-NOT:     linalg
func.func @kernel_chain(%a: tensor<1x6x6x2xf32>, %b: tensor<1x6x6x3xf32>) -> tensor<1x3x3x8xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %cat = tosa.concat %a, %b {axis = 3 : i32} : (tensor<1x6x6x2xf32>, tensor<1x6x6x3xf32>) -> tensor<1x6x6x5xf32>
  %scale = "tosa.const"() <{values = dense<[[[[1.0, 2.0, 3.0, 4.0, 5.0]]]]> : tensor<1x1x1x5xf32>}> : () -> tensor<1x1x1x5xf32>
  %m = tosa.mul %cat, %scale, %shift : (tensor<1x6x6x5xf32>, tensor<1x1x1x5xf32>, tensor<1xi8>) -> tensor<1x6x6x5xf32>
  %offset = "tosa.const"() <{values = dense<0.5> : tensor<1x1x1x5xf32>}> : () -> tensor<1x1x1x5xf32>
  %n = tosa.add %m, %offset : (tensor<1x6x6x5xf32>, tensor<1x1x1x5xf32>) -> tensor<1x6x6x5xf32>
  %r = tosa.clamp %n {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x6x6x5xf32>) -> tensor<1x6x6x5xf32>
  %wd = "tosa.const"() <{values = dense<0.5> : tensor<3x3x5x2xf32>}> : () -> tensor<3x3x5x2xf32>
  %bd = "tosa.const"() <{values = dense<[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0]> : tensor<10xf32>}> : () -> tensor<10xf32>
  %d = tosa.depthwise_conv2d %r, %wd, %bd, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x6x6x5xf32>, tensor<3x3x5x2xf32>, tensor<10xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x3x3x10xf32>
  %w = "tosa.const"() <{values = dense<0.5> : tensor<8x1x1x10xf32>}> : () -> tensor<8x1x1x10xf32>
  %bias = "tosa.const"() <{values = dense<0.5> : tensor<8xf32>}> : () -> tensor<8xf32>
  %y = tosa.conv2d %d, %w, %bias, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x3x3x10xf32>, tensor<8x1x1x10xf32>, tensor<8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x3x3x8xf32>
  return %y : tensor<1x3x3x8xf32>
}

// -----

// Kernel-wise partitioning through pooling, a spatial padding and slice, a
// reduction over the height and a transpose (the concatenation axis moves
// with it). What is returned stays a concatenation, materialized: the
// first part copied into a padded destination, the second inserted.
// CHECK-LABEL: func.func @kernel_spatial
// CHECK-SAME:    (%[[A:.*]]: tensor<1x4x4x2xf32>, %[[B:.*]]: tensor<1x4x4x3xf32>)
// CHECK-DAG:     %[[P0:.*]] = tosa.max_pool2d %[[A]] {{.*}} -> tensor<1x4x4x2xf32>
// CHECK-DAG:     %[[P1:.*]] = tosa.max_pool2d %[[B]] {{.*}} -> tensor<1x4x4x3xf32>
// CHECK-DAG:     %[[Q0:.*]] = tosa.avg_pool2d %[[P0]], {{.*}} -> tensor<1x2x2x2xf32>
// CHECK-DAG:     %[[Q1:.*]] = tosa.avg_pool2d %[[P1]], {{.*}} -> tensor<1x2x2x3xf32>
// CHECK-DAG:     %[[X0:.*]] = tosa.pad %[[Q0]], {{.*}} -> tensor<1x3x3x2xf32>
// CHECK-DAG:     %[[X1:.*]] = tosa.pad %[[Q1]], {{.*}} -> tensor<1x3x3x3xf32>
// CHECK-DAG:     %[[SIZE0:.*]] = tosa.const_shape {values = dense<[1, 2, 2, 2]> : tensor<4xindex>}
// CHECK-DAG:     %[[SIZE1:.*]] = tosa.const_shape {values = dense<[1, 2, 2, 3]> : tensor<4xindex>}
// CHECK-DAG:     %[[L0:.*]] = tosa.slice %[[X0]], %{{.*}}, %[[SIZE0]] {{.*}} -> tensor<1x2x2x2xf32>
// CHECK-DAG:     %[[L1:.*]] = tosa.slice %[[X1]], %{{.*}}, %[[SIZE1]] {{.*}} -> tensor<1x2x2x3xf32>
// CHECK-DAG:     %[[T0:.*]] = tosa.transpose %[[L0]] {{.*}} -> tensor<1x2x2x2xf32>
// CHECK-DAG:     %[[T1:.*]] = tosa.transpose %[[L1]] {{.*}} -> tensor<1x3x2x2xf32>
// CHECK-DAG:     %[[S0:.*]] = tosa.reduce_sum %[[Q0]] {axis = 1 : i32} {{.*}} -> tensor<1x1x2x2xf32>
// CHECK-DAG:     %[[S1:.*]] = tosa.reduce_sum %[[Q1]] {axis = 1 : i32} {{.*}} -> tensor<1x1x2x3xf32>
// CHECK-DAG:     %[[DT:.*]] = tensor.pad %[[T0]] low[0, 0, 0, 0] high[0, 3, 0, 0]
// CHECK-DAG:     %[[CT:.*]] = tensor.insert_slice %[[T1]] into %[[DT]][0, 2, 0, 0] [1, 3, 2, 2] [1, 1, 1, 1]
// CHECK-DAG:     %[[DS:.*]] = tensor.pad %[[S0]] low[0, 0, 0, 0] high[0, 0, 0, 3]
// CHECK-DAG:     %[[CS:.*]] = tensor.insert_slice %[[S1]] into %[[DS]][0, 0, 0, 2] [1, 1, 2, 3] [1, 1, 1, 1]
// CHECK:         return %[[CT]], %[[CS]]
func.func @kernel_spatial(%a: tensor<1x4x4x2xf32>, %b: tensor<1x4x4x3xf32>) -> (tensor<1x5x2x2xf32>, tensor<1x1x2x5xf32>) {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %cat = tosa.concat %a, %b {axis = 3 : i32} : (tensor<1x4x4x2xf32>, tensor<1x4x4x3xf32>) -> tensor<1x4x4x5xf32>
  %max = tosa.max_pool2d %cat {kernel = array<i64: 3, 3>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x5xf32>) -> tensor<1x4x4x5xf32>
  %avg = tosa.avg_pool2d %max, %zp, %zp {acc_type = f32, kernel = array<i64: 2, 2>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x4x4x5xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2x2x5xf32>
  %padding = tosa.const_shape {values = dense<[0, 0, 1, 0, 0, 1, 0, 0]> : tensor<8xindex>} : () -> !tosa.shape<8>
  %padded = tosa.pad %avg, %padding, %zp : (tensor<1x2x2x5xf32>, !tosa.shape<8>, tensor<1xf32>) -> tensor<1x3x3x5xf32>
  %start = tosa.const_shape {values = dense<[0, 1, 1, 0]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %size = tosa.const_shape {values = dense<[1, 2, 2, 5]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %slice = tosa.slice %padded, %start, %size : (tensor<1x3x3x5xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x2x2x5xf32>
  %t = tosa.transpose %slice {perms = array<i32: 0, 3, 1, 2>} : (tensor<1x2x2x5xf32>) -> tensor<1x5x2x2xf32>
  %s = tosa.reduce_sum %avg {axis = 1 : i32} : (tensor<1x2x2x5xf32>) -> tensor<1x1x2x5xf32>
  return %t, %s : tensor<1x5x2x2xf32>, tensor<1x1x2x5xf32>
}

// -----

// Elementwise ops commute with a concatenation along any axis. An operand
// that is not broadcast along the axis is sliced (a view if it is not a
// constant); an op reading the concatenation twice reads each part twice.
// The last parts (exp) are used only by the returned concatenation, so they
// are lowered to linalg and write into their slice of one destination.
// CHECK-LABEL: func.func @kernel_elementwise_any_axis
// CHECK-SAME:    (%[[A:.*]]: tensor<1x2x4x4xf32>, %[[B:.*]]: tensor<1x3x4x4xf32>, %[[Z:.*]]: tensor<1x5x4x4xf32>)
// CHECK:         %[[Z0:.*]] = tensor.extract_slice %[[Z]][0, 0, 0, 0] [1, 2, 4, 4] [1, 1, 1, 1]
// CHECK:         %[[S0:.*]] = tosa.sub %[[A]], %[[Z0]]
// CHECK:         %[[Z1:.*]] = tensor.extract_slice %[[Z]][0, 2, 0, 0] [1, 3, 4, 4] [1, 1, 1, 1]
// CHECK:         %[[S1:.*]] = tosa.sub %[[B]], %[[Z1]]
// CHECK:         %[[Q0:.*]] = tosa.mul %[[S0]], %[[S0]]
// CHECK:         %[[Q1:.*]] = tosa.mul %[[S1]], %[[S1]]
// CHECK:         %[[D:.*]] = tensor.empty() : tensor<1x5x4x4xf32>
// CHECK:         %[[D0:.*]] = tensor.extract_slice %[[D]][0, 0, 0, 0] [1, 2, 4, 4]
// CHECK:         %[[E0:.*]] = linalg.generic {{.*}} ins(%[[Q0]] : {{.*}}) outs(%[[D0]] :
// CHECK:           math.exp
// CHECK:         %[[I0:.*]] = tensor.insert_slice %[[E0]] into %[[D]][0, 0, 0, 0] [1, 2, 4, 4]
// CHECK:         %[[D1:.*]] = tensor.extract_slice %[[I0]][0, 2, 0, 0] [1, 3, 4, 4]
// CHECK:         %[[E1:.*]] = linalg.generic {{.*}} ins(%[[Q1]] : {{.*}}) outs(%[[D1]] :
// CHECK:           math.exp
// CHECK:         %[[I1:.*]] = tensor.insert_slice %[[E1]] into %[[I0]][0, 2, 0, 0] [1, 3, 4, 4]
// CHECK:         return %[[I1]]
func.func @kernel_elementwise_any_axis(%a: tensor<1x2x4x4xf32>, %b: tensor<1x3x4x4xf32>, %z: tensor<1x5x4x4xf32>) -> tensor<1x5x4x4xf32> {
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %cat = tosa.concat %a, %b {axis = 1 : i32} : (tensor<1x2x4x4xf32>, tensor<1x3x4x4xf32>) -> tensor<1x5x4x4xf32>
  %s = tosa.sub %cat, %z : (tensor<1x5x4x4xf32>, tensor<1x5x4x4xf32>) -> tensor<1x5x4x4xf32>
  %q = tosa.mul %s, %s, %shift : (tensor<1x5x4x4xf32>, tensor<1x5x4x4xf32>, tensor<1xi8>) -> tensor<1x5x4x4xf32>
  %e = tosa.exp %q : (tensor<1x5x4x4xf32>) -> tensor<1x5x4x4xf32>
  return %e : tensor<1x5x4x4xf32>
}

// -----

// Concatenation materialized into one destination: the add and the 1x1
// convolution, used only here, are lowered to linalg (as tosa-to-linalg
// would) and write straight into their slice; the ReLU is used twice and
// the argument is not computed here, so both are copied. The destination is
// the ReLU padded to the full size (an allocation that waits for its data).
// CHECK-LABEL: func.func @concat_materialized
// CHECK-SAME:    (%[[X:.*]]: tensor<1x4x4x2xf32>, %[[Y:.*]]: tensor<1x4x4x2xf32>)
// CHECK:         %[[R:.*]] = tosa.clamp %[[X]]
// CHECK:         %[[D0:.*]] = tensor.pad %[[R]] low[0, 0, 0, 2] high[0, 0, 0, 5]
// CHECK:         %[[S0:.*]] = tensor.extract_slice %[[D0]][0, 0, 0, 0] [1, 4, 4, 2] [1, 1, 1, 1]
// CHECK:         %[[ADD:.*]] = linalg.generic {{.*}} ins(%[[X]], %[[Y]] : {{.*}}) outs(%[[S0]] : tensor<1x4x4x2xf32>)
// CHECK:           arith.addf
// CHECK:         %[[D1:.*]] = tensor.insert_slice %[[ADD]] into %[[D0]][0, 0, 0, 0] [1, 4, 4, 2] [1, 1, 1, 1]
// CHECK:         %[[S1:.*]] = tensor.extract_slice %[[D1]][0, 0, 0, 4] [1, 4, 4, 3] [1, 1, 1, 1]
// CHECK:         %[[BIAS:.*]] = linalg.generic {{.*}} outs(%[[S1]] : tensor<1x4x4x3xf32>)
// CHECK:         %[[CONV:.*]] = linalg.conv_2d_nhwc_fhwc {{.*}} ins(%[[Y]], %{{.*}} : {{.*}}) outs(%[[BIAS]] : tensor<1x4x4x3xf32>)
// CHECK:         %[[D2:.*]] = tensor.insert_slice %[[CONV]] into %[[D1]][0, 0, 0, 4] [1, 4, 4, 3] [1, 1, 1, 1]
// CHECK:         %[[D3:.*]] = tensor.insert_slice %[[Y]] into %[[D2]][0, 0, 0, 7] [1, 4, 4, 2] [1, 1, 1, 1]
// CHECK:         return %[[D3]], %[[R]]
// CHANNEL-LABEL: func.func @concat_materialized
// CHANNEL:         tosa.concat
func.func @concat_materialized(%x: tensor<1x4x4x2xf32>, %y: tensor<1x4x4x2xf32>) -> (tensor<1x4x4x9xf32>, tensor<1x4x4x2xf32>) {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %a = tosa.add %x, %y : (tensor<1x4x4x2xf32>, tensor<1x4x4x2xf32>) -> tensor<1x4x4x2xf32>
  %r = tosa.clamp %x {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x4x4x2xf32>) -> tensor<1x4x4x2xf32>
  %w = "tosa.const"() <{values = dense<0.5> : tensor<3x1x1x2xf32>}> : () -> tensor<3x1x1x2xf32>
  %bias = "tosa.const"() <{values = dense<0.5> : tensor<3xf32>}> : () -> tensor<3xf32>
  %c = tosa.conv2d %y, %w, %bias, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x2xf32>, tensor<3x1x1x2xf32>, tensor<3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x3xf32>
  %cat = tosa.concat %a, %r, %c, %y {axis = 3 : i32} : (tensor<1x4x4x2xf32>, tensor<1x4x4x2xf32>, tensor<1x4x4x3xf32>, tensor<1x4x4x2xf32>) -> tensor<1x4x4x9xf32>
  return %cat, %r : tensor<1x4x4x9xf32>, tensor<1x4x4x2xf32>
}

// -----

// A weighted sum (how RandWire aggregates a node's inputs) accumulates into
// the first product, in the order of the additions: no product and no
// partial sum gets a buffer of its own. Factors of size 1 are broadcast.
// CHECK-DAG:   #[[ID:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG:   #[[CH:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, 0, 0, d3)>
// CHECK-LABEL: func.func @sum
// CHECK-SAME:    (%[[A:.*]]: tensor<1x4x4x3xf32>, %[[B:.*]]: tensor<1x4x4x3xf32>, %[[C:.*]]: tensor<1x4x4x3xf32>)
// CHECK:         %[[ACC:.*]] = tosa.mul %[[A]], %[[W1:.*]], %{{.*}} :
// CHECK:         %[[S1:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[CH]], #[[ID]]], {{.*}}} ins(%[[B]], %[[W2:.*]] : tensor<1x4x4x3xf32>, tensor<1x1x1x3xf32>) outs(%[[ACC]] : tensor<1x4x4x3xf32>)
// CHECK-NEXT:    ^bb0(%[[X:.*]]: f32, %[[F:.*]]: f32, %[[OUT:.*]]: f32):
// CHECK-NEXT:      %[[P:.*]] = arith.mulf %[[X]], %[[F]] : f32
// CHECK-NEXT:      %[[R:.*]] = arith.addf %[[OUT]], %[[P]] : f32
// CHECK-NEXT:      linalg.yield %[[R]]
// CHECK:         %[[S2:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[ID]]], {{.*}}} ins(%[[C]] : tensor<1x4x4x3xf32>) outs(%[[S1]] : tensor<1x4x4x3xf32>)
// CHECK:           arith.addf
// CHECK:         tosa.clamp %[[S2]]
// CHECK-NOT:     tosa.add
// CHANNEL-LABEL: func.func @sum
// CHANNEL-COUNT-2: tosa.add
func.func @sum(%a: tensor<1x4x4x3xf32>, %b: tensor<1x4x4x3xf32>, %c: tensor<1x4x4x3xf32>) -> tensor<1x4x4x3xf32> {
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %w1 = "tosa.const"() <{values = dense<0.5> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
  %w2 = "tosa.const"() <{values = dense<[[[[1.0, 2.0, 3.0]]]]> : tensor<1x1x1x3xf32>}> : () -> tensor<1x1x1x3xf32>
  %m1 = tosa.mul %a, %w1, %shift : (tensor<1x4x4x3xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x3xf32>
  %m2 = tosa.mul %b, %w2, %shift : (tensor<1x4x4x3xf32>, tensor<1x1x1x3xf32>, tensor<1xi8>) -> tensor<1x4x4x3xf32>
  %s1 = tosa.add %m1, %m2 : (tensor<1x4x4x3xf32>, tensor<1x4x4x3xf32>) -> tensor<1x4x4x3xf32>
  %s2 = tosa.add %c, %s1 : (tensor<1x4x4x3xf32>, tensor<1x4x4x3xf32>) -> tensor<1x4x4x3xf32>
  %r = tosa.clamp %s2 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x4x4x3xf32>) -> tensor<1x4x4x3xf32>
  return %r : tensor<1x4x4x3xf32>
}
