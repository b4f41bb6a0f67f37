// RUN: not serenity-opt %s -serenity-partition-spatial=max-extra-macs=-1 -o /dev/null 2>&1 | FileCheck %s --check-prefix=MACS
// RUN: not serenity-opt %s -serenity-partition-spatial=time-limit=-1 -o /dev/null 2>&1 | FileCheck %s --check-prefix=TIME
// RUN: not serenity-opt %s -serenity-partition-spatial=max-tiles=0 -o /dev/null 2>&1 | FileCheck %s --check-prefix=TILES
// RUN: not serenity-opt %s -serenity-partition-spatial=grid=0,2 -o /dev/null 2>&1 | FileCheck %s --check-prefix=GRID
// RUN: not serenity-opt %s -serenity-partition-spatial=grid=2 -o /dev/null 2>&1 | FileCheck %s --check-prefix=GRID
// RUN: serenity-opt %s -split-input-file -serenity-partition-spatial -verify-diagnostics | FileCheck %s

// MACS: error: serenity-partition-spatial: max-extra-macs must not be negative
// TIME: error: serenity-partition-spatial: time-limit must not be negative
// TILES: error: serenity-partition-spatial: max-tiles must be at least 1
// GRID: error: serenity-partition-spatial: grid must be two positive numbers (rows,cols)

// Regions the pass must refuse: a remark at the marked cut says why, and the
// function is left as it was (regions = 0).

// The cut has one pixel: there is nothing to tile.
// CHECK-LABEL: func.func @one_pixel
// CHECK-SAME:    regions = 0, tiles = 0
// CHECK-NOT:     tensor.extract_slice
func.func @one_pixel(%x: tensor<1x8x8x2xf32>) -> tensor<1x1x1x2xf32> {
  // expected-remark@+1 {{serenity-partition-spatial: region not partitioned: the cut is not an NHWC tensor with more than one pixel}}
  %0 = tosa.max_pool2d %x {kernel = array<i64: 8, 8>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 8, 8>, serenity.spatial_cut = unit} : (tensor<1x8x8x2xf32>) -> tensor<1x1x1x2xf32>
  return %0 : tensor<1x1x1x2xf32>
}

// -----

// Two chained convolutions: every grid recomputes halo rows of the first,
// more than the default 15 % of the function's MACs allows.
// CHECK-LABEL: func.func @too_many_macs
// CHECK-SAME:    regions = 0, tiles = 0
// CHECK-NOT:     tensor.extract_slice
func.func @too_many_macs(%x: tensor<1x4x4x2xf32>) -> tensor<1x4x4x2xf32> {
  %w = "tosa.const"() <{values = dense<0.5> : tensor<2x3x3x2xf32>}> : () -> tensor<2x3x3x2xf32>
  %b = "tosa.const"() <{values = dense<0.1> : tensor<2xf32>}> : () -> tensor<2xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %0 = tosa.conv2d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x2xf32>, tensor<2x3x3x2xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x2xf32>
  // expected-remark@+1 {{MACs, more than the 172 left}}
  %1 = tosa.conv2d %0, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>, serenity.spatial_cut = unit} : (tensor<1x4x4x2xf32>, tensor<2x3x3x2xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x2xf32>
  return %1 : tensor<1x4x4x2xf32>
}

// -----

// One elementwise op of the argument: its tiles are as large together as the
// whole result, so no grid lowers the peak and the function is left alone.
// CHECK-LABEL: func.func @not_profitable
// CHECK-SAME:    peak_before = 1024, peak_after = 1024
// CHECK-SAME:    regions = 0, tiles = 0
// CHECK-NEXT:    tosa.sigmoid %arg0
// CHECK-NEXT:    return
func.func @not_profitable(%x: tensor<1x8x8x2xf32>) -> tensor<1x8x8x2xf32> {
  // expected-remark@+1 {{serenity-partition-spatial: region not partitioned: partitioning does not lower the peak}}
  %0 = tosa.sigmoid %x {serenity.spatial_cut} : (tensor<1x8x8x2xf32>) -> tensor<1x8x8x2xf32>
  return %0 : tensor<1x8x8x2xf32>
}
