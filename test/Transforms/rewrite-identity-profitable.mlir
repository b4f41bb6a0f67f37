// RUN: serenity-opt %s -serenity-rewrite-identity | FileCheck %s
// RUN: serenity-opt %s -serenity-rewrite-identity="only-if-profitable=false" | FileCheck %s --check-prefix=FORCED
// RUN: serenity-opt %s -serenity-memory-schedule | FileCheck %s --check-prefix=SCHED
// RUN: serenity-opt %s -serenity-rewrite-identity -serenity-memory-schedule | FileCheck %s --check-prefix=BOTH
// RUN: serenity-opt %s -mlir-print-op-on-diagnostic=false -serenity-rewrite-identity=report -o /dev/null 2>&1 | FileCheck %s --check-prefix=REPORT
// RUN: not serenity-opt %s -serenity-rewrite-identity="rewrites=channel,bogus" -o /dev/null 2>&1 | FileCheck %s --check-prefix=ERROR
// RUN: serenity-opt %serenity_src/examples/nas-cells.mlir -serenity-memory-schedule | FileCheck %s --check-prefix=NAS-SCHED
// RUN: serenity-opt %serenity_src/examples/nas-cells.mlir -serenity-rewrite-identity -serenity-memory-schedule | FileCheck %s --check-prefix=NAS-BOTH

// Only where it helps: a site is rewritten when that lowers the optimal peak
// of the function (the peak -serenity-memory-schedule reaches).

// Two identical cells: two 1x1 convolutions of the input (8 channels each,
// 512 B), concatenated (1 KiB) and mixed by a 1x1 convolution (256 B). Each
// cell peaks at its concatenation: both branches and the concatenation,
// 2048 B. Partitioned, a cell needs at most a branch, the input and the
// result, or both branches: 1024 B. Rewriting one cell alone leaves the
// other at 2048 B; the pass rewrites both.
// CHECK-LABEL: func.func @ties
// CHECK-COUNT-2: linalg.conv_2d_nhwc_fhwc
// CHECK-NOT:     tosa.concat
// SCHED-LABEL: func.func @ties
// SCHED-SAME:    serenity.peak_bytes = 2048
// BOTH-LABEL:  func.func @ties
// BOTH-SAME:     serenity.peak_bytes = 1024
// REPORT: remark: serenity-rewrite-identity: @ties: #serenity.rewrite<sites = 2, rewritten = 2, convs_partitioned = 2, ops_partitioned = 0, concats_materialized = 0, producers_redirected = 0, adds_accumulated = 0, peak_before = 2048, peak_after = 1024, evaluations = {{[0-9]+}}, time_limit_hit = false>
func.func @ties(%x: tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %we = "tosa.const"() <{values = dense<0.5> : tensor<8x1x1x4xf32>}> : () -> tensor<8x1x1x4xf32>
  %be = "tosa.const"() <{values = dense<0.5> : tensor<8xf32>}> : () -> tensor<8xf32>
  %wp = "tosa.const"() <{values = dense<0.5> : tensor<4x1x1x16xf32>}> : () -> tensor<4x1x1x16xf32>
  %bp = "tosa.const"() <{values = dense<0.5> : tensor<4xf32>}> : () -> tensor<4xf32>
  %a1 = tosa.conv2d %x, %we, %be, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x4xf32>, tensor<8x1x1x4xf32>, tensor<8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x8xf32>
  %b1 = tosa.conv2d %x, %we, %be, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x4xf32>, tensor<8x1x1x4xf32>, tensor<8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x8xf32>
  %c1 = tosa.concat %a1, %b1 {axis = 3 : i32} : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x16xf32>
  %y1 = tosa.conv2d %c1, %wp, %bp, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x16xf32>, tensor<4x1x1x16xf32>, tensor<4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x4xf32>
  %a2 = tosa.conv2d %y1, %we, %be, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x4xf32>, tensor<8x1x1x4xf32>, tensor<8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x8xf32>
  %b2 = tosa.conv2d %y1, %we, %be, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x4xf32>, tensor<8x1x1x4xf32>, tensor<8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x8xf32>
  %c2 = tosa.concat %a2, %b2 {axis = 3 : i32} : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x16xf32>
  %y2 = tosa.conv2d %c2, %wp, %bp, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x16xf32>, tensor<4x1x1x16xf32>, tensor<4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x4xf32>
  return %y2 : tensor<1x4x4x4xf32>
}

// The same site in a function whose peak is elsewhere (exp of a 16 KiB
// tensor: 32 KiB plus the 256 B input of the site): rewriting cannot lower
// the peak, so the site is left alone, unless forced.
// CHECK-LABEL: func.func @peak_elsewhere
// CHECK:         tosa.concat
// CHECK-NOT:     linalg
// FORCED-LABEL: func.func @peak_elsewhere
// FORCED:         linalg.conv_2d_nhwc_fhwc
// FORCED-NOT:     tosa.concat
// SCHED-LABEL: func.func @peak_elsewhere
// SCHED-SAME:    serenity.peak_bytes = 33024
// BOTH-LABEL:  func.func @peak_elsewhere
// BOTH-SAME:     serenity.peak_bytes = 33024
// REPORT: remark: serenity-rewrite-identity: @peak_elsewhere: #serenity.rewrite<sites = 1, rewritten = 0, convs_partitioned = 0, ops_partitioned = 0, concats_materialized = 0, producers_redirected = 0, adds_accumulated = 0, peak_before = 33024, peak_after = 33024, evaluations = {{[0-9]+}}, time_limit_hit = false>
func.func @peak_elsewhere(%big: tensor<1x32x32x4xf32>, %x: tensor<1x4x4x4xf32>) -> (tensor<1x1x32x4xf32>, tensor<1x4x4x4xf32>) {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %e = tosa.exp %big : (tensor<1x32x32x4xf32>) -> tensor<1x32x32x4xf32>
  %s = tosa.reduce_sum %e {axis = 1 : i32} : (tensor<1x32x32x4xf32>) -> tensor<1x1x32x4xf32>
  %we = "tosa.const"() <{values = dense<0.5> : tensor<8x1x1x4xf32>}> : () -> tensor<8x1x1x4xf32>
  %be = "tosa.const"() <{values = dense<0.5> : tensor<8xf32>}> : () -> tensor<8xf32>
  %wp = "tosa.const"() <{values = dense<0.5> : tensor<4x1x1x16xf32>}> : () -> tensor<4x1x1x16xf32>
  %bp = "tosa.const"() <{values = dense<0.5> : tensor<4xf32>}> : () -> tensor<4xf32>
  %a = tosa.conv2d %x, %we, %be, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x4xf32>, tensor<8x1x1x4xf32>, tensor<8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x8xf32>
  %b = tosa.conv2d %x, %we, %be, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x4xf32>, tensor<8x1x1x4xf32>, tensor<8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x8xf32>
  %c = tosa.concat %a, %b {axis = 3 : i32} : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x16xf32>
  %y = tosa.conv2d %c, %wp, %bp, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x16xf32>, tensor<4x1x1x16xf32>, tensor<4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x4xf32>
  return %s, %y : tensor<1x1x32x4xf32>, tensor<1x4x4x4xf32>
}

// ERROR: serenity-rewrite-identity: unknown rewrite 'bogus' (expected channel, kernel, concat or sum)

// The bundled example (examples/nas-cells.mlir): two cells of four
// branches concatenated into a 1x1 convolution. Scheduling alone peaks at
// 192 KiB; with channel-wise partitioning of both concatenations, 160 KiB.
// NAS-SCHED: serenity.peak_bytes = 196608
// NAS-BOTH:  serenity.peak_bytes = 163840
