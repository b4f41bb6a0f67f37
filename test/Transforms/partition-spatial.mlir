// RUN: serenity-opt %s -split-input-file -serenity-partition-spatial="grid=2,1 only-if-profitable=false max-extra-macs=1" | FileCheck %s

// Regions ending at a marked cut (serenity.spatial_cut), partitioned into a
// 2x1 grid whether or not that lowers the peak. Each tile reads the window
// of the input that its rows need; the original padding stays only on the
// image border, inner edges read their neighbour's rows instead.

// Stride 2, padding 1 only at the top and left (as MobileNetV2's stem). The
// last conv's rows 0-1 need clamp rows 0-2 (top padding kept), which need
// input rows 0-5; rows 2-3 need clamp rows 1-3 (bottom padding kept), which
// need input rows 1-7 (no padding at all: the stem has none at the bottom).
// Clamp row 1..2 is computed twice: 2 rows x 4 x 2 x 18 = 288 extra MACs.
// CHECK-LABEL: func.func @stride_pad
// CHECK-SAME:    macs_before = 1152, macs_after = 1440, regions = 1, tiles = 2
// CHECK:         %[[E:.*]] = tensor.empty() : tensor<1x4x4x2xf32>
// CHECK:         %[[X0:.*]] = tensor.extract_slice %arg0[0, 0, 0, 0] [1, 6, 8, 2]
// CHECK:         %[[A0:.*]] = tosa.conv2d %[[X0]], {{.*}} pad = array<i64: 1, 0, 1, 0>, serenity.spatial_tile = 0 : i64, stride = array<i64: 2, 2>{{.*}} -> tensor<1x3x4x2xf32>
// CHECK:         %[[C0:.*]] = tosa.clamp %[[A0]]
// CHECK:         %[[B0:.*]] = tosa.conv2d %[[C0]], {{.*}} pad = array<i64: 1, 0, 1, 1>, {{.*}} -> tensor<1x2x4x2xf32>
// CHECK:         %[[D0:.*]] = tensor.insert_slice %[[B0]] into %[[E]][0, 0, 0, 0] [1, 2, 4, 2]
// CHECK:         %[[X1:.*]] = tensor.extract_slice %arg0[0, 1, 0, 0] [1, 7, 8, 2]
// CHECK:         tosa.conv2d %[[X1]], {{.*}} pad = array<i64: 0, 0, 1, 0>, serenity.spatial_tile = 1 : i64, stride = array<i64: 2, 2>
// CHECK:         %[[B1:.*]] = tosa.conv2d {{.*}} pad = array<i64: 0, 1, 1, 1>, {{.*}} -> tensor<1x2x4x2xf32>
// CHECK:         %[[D1:.*]] = tensor.insert_slice %[[B1]] into %[[D0]][0, 2, 0, 0] [1, 2, 4, 2]
// CHECK:         return %[[D1]]
func.func @stride_pad(%x: tensor<1x8x8x2xf32>) -> tensor<1x4x4x2xf32> {
  %w = "tosa.const"() <{values = dense<0.5> : tensor<2x3x3x2xf32>}> : () -> tensor<2x3x3x2xf32>
  %b = "tosa.const"() <{values = dense<0.1> : tensor<2xf32>}> : () -> tensor<2xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %0 = tosa.conv2d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x8x8x2xf32>, tensor<2x3x3x2xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x2xf32>
  %1 = tosa.clamp %0 {max_val = 6.0 : f32, min_val = 0.0 : f32} : (tensor<1x4x4x2xf32>) -> tensor<1x4x4x2xf32>
  %2 = tosa.conv2d %1, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>, serenity.spatial_cut} : (tensor<1x4x4x2xf32>, tensor<2x3x3x2xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x2xf32>
  return %2 : tensor<1x4x4x2xf32>
}

// -----

// Dilation 2: a 3x3 kernel spans 5 rows, so each 4-row tile reads 6 rows
// (2 of padding at the border, 2 of the neighbour inside).
// CHECK-LABEL: func.func @dilation
// CHECK:         %[[X0:.*]] = tensor.extract_slice %arg0[0, 0, 0, 0] [1, 6, 8, 2]
// CHECK:         tosa.conv2d %[[X0]], {{.*}} dilation = array<i64: 2, 2>, pad = array<i64: 2, 0, 2, 2>, serenity.spatial_tile = 0 : i64
// CHECK:         %[[X1:.*]] = tensor.extract_slice %arg0[0, 2, 0, 0] [1, 6, 8, 2]
// CHECK:         tosa.conv2d %[[X1]], {{.*}} dilation = array<i64: 2, 2>, pad = array<i64: 0, 2, 2, 2>, serenity.spatial_tile = 1 : i64
func.func @dilation(%x: tensor<1x8x8x2xf32>) -> tensor<1x8x8x2xf32> {
  %w = "tosa.const"() <{values = dense<0.5> : tensor<2x3x3x2xf32>}> : () -> tensor<2x3x3x2xf32>
  %b = "tosa.const"() <{values = dense<0.1> : tensor<2xf32>}> : () -> tensor<2xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %0 = tosa.conv2d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>, serenity.spatial_cut = unit} : (tensor<1x8x8x2xf32>, tensor<2x3x3x2xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x2xf32>
  return %0 : tensor<1x8x8x2xf32>
}

// -----

// Pooling: a padded 3x3 average (its divisor counts only real pixels, and
// an inner edge now reads real pixels where it read real pixels before)
// followed by a 2x2 max pool with stride 2.
// CHECK-LABEL: func.func @pool
// CHECK:         %[[X0:.*]] = tensor.extract_slice %arg0[0, 0, 0, 0] [1, 5, 8, 2]
// CHECK:         %[[A0:.*]] = tosa.avg_pool2d %[[X0]], {{.*}} pad = array<i64: 1, 0, 1, 1>, serenity.spatial_tile = 0 : i64{{.*}} -> tensor<1x4x8x2xf32>
// CHECK:         tosa.max_pool2d %[[A0]] {{.*}} -> tensor<1x2x4x2xf32>
// CHECK:         %[[X1:.*]] = tensor.extract_slice %arg0[0, 3, 0, 0] [1, 5, 8, 2]
// CHECK:         tosa.avg_pool2d %[[X1]], {{.*}} pad = array<i64: 0, 1, 1, 1>, serenity.spatial_tile = 1 : i64
func.func @pool(%x: tensor<1x8x8x2xf32>) -> tensor<1x4x4x2xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %0 = tosa.avg_pool2d %x, %zp, %zp {acc_type = f32, kernel = array<i64: 3, 3>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x2xf32>
  %1 = tosa.max_pool2d %0 {kernel = array<i64: 2, 2>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>, serenity.spatial_cut = unit} : (tensor<1x8x8x2xf32>) -> tensor<1x4x4x2xf32>
  return %1 : tensor<1x4x4x2xf32>
}

// -----

// A branch inside the region (conv and sigmoid of the same input, added)
// and a concatenation along the channels of the sum and the conv: each tile
// slices the input once per branch, with the window that branch needs.
// CHECK-LABEL: func.func @branch_concat
// CHECK:         %[[X0:.*]] = tensor.extract_slice %arg0[0, 0, 0, 0] [1, 5, 8, 2]
// CHECK:         %[[A0:.*]] = tosa.conv2d %[[X0]]
// CHECK:         %[[S0:.*]] = tensor.extract_slice %arg0[0, 0, 0, 0] [1, 4, 8, 2]
// CHECK:         %[[G0:.*]] = tosa.sigmoid %[[S0]]
// CHECK:         %[[P0:.*]] = tosa.add %[[A0]], %[[G0]]
// CHECK:         %[[K0:.*]] = tosa.concat %[[P0]], %[[A0]] {axis = 3 : i32, serenity.spatial_tile = 0 : i64}
// CHECK:         tensor.insert_slice %[[K0]] into {{.*}}[0, 0, 0, 0] [1, 4, 8, 4]
// CHECK:         tensor.extract_slice %arg0[0, 3, 0, 0] [1, 5, 8, 2]
// CHECK:         tensor.extract_slice %arg0[0, 4, 0, 0] [1, 4, 8, 2]
// CHECK:         tosa.concat {{.*}} serenity.spatial_tile = 1 : i64
// CHECK:         tensor.insert_slice {{.*}}[0, 4, 0, 0] [1, 4, 8, 4]
func.func @branch_concat(%x: tensor<1x8x8x2xf32>) -> tensor<1x8x8x4xf32> {
  %w = "tosa.const"() <{values = dense<0.5> : tensor<2x3x3x2xf32>}> : () -> tensor<2x3x3x2xf32>
  %b = "tosa.const"() <{values = dense<0.1> : tensor<2xf32>}> : () -> tensor<2xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %0 = tosa.conv2d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x2xf32>, tensor<2x3x3x2xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x2xf32>
  %1 = tosa.sigmoid %x : (tensor<1x8x8x2xf32>) -> tensor<1x8x8x2xf32>
  %2 = tosa.add %0, %1 : (tensor<1x8x8x2xf32>, tensor<1x8x8x2xf32>) -> tensor<1x8x8x2xf32>
  %3 = tosa.concat %2, %0 {axis = 3 : i32, serenity.spatial_cut = unit} : (tensor<1x8x8x2xf32>, tensor<1x8x8x2xf32>) -> tensor<1x8x8x4xf32>
  return %3 : tensor<1x8x8x4xf32>
}
