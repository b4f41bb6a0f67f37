// The rewrite search has a time limit (60 s per function by default) and
// says when it stopped there: time_limit_hit in the function's
// #serenity.rewrite, and a warning. -serenity-schedule-lowered passes its
// time limit on to it.

// RUN: serenity-opt %s -serenity-rewrite-identity | FileCheck %s --check-prefix=DEFAULT
// RUN: serenity-opt %s -serenity-rewrite-identity=time-limit=1e-9 -mlir-print-op-on-diagnostic=false 2> %t.warnings | FileCheck %s --check-prefix=HIT
// RUN: FileCheck %s --check-prefix=WARN < %t.warnings
// RUN: serenity-opt %s -serenity-schedule-lowered='rewrite=true time-limit=1e-9' -mlir-print-op-on-diagnostic=false 2>/dev/null | FileCheck %s --check-prefix=LOWERED

// Two 8-channel branches concatenated into a 1x1 convolution: partitioning
// the convolution frees each branch before the other is computed.
// DEFAULT-LABEL: func.func @cell
// DEFAULT-SAME:    serenity.rewrite = #serenity.rewrite<sites = 1, rewritten = 1, convs_partitioned = 1, {{.*}}, time_limit_hit = false>
// DEFAULT:         linalg.conv_2d_nhwc_fhwc
// Out of time before the first schedule: nothing is rewritten.
// HIT-LABEL: func.func @cell
// HIT-SAME:    serenity.rewrite = #serenity.rewrite<sites = 1, rewritten = 0, {{.*}}, time_limit_hit = true>
// HIT:         tosa.concat
// HIT-NOT:     linalg.conv_2d_nhwc_fhwc
// WARN: warning: serenity-rewrite-identity: @cell: the search stopped at its time limit of 1.000000e-09 s; the rewrites are the best found by then
// LOWERED-LABEL: func.func @cell
// LOWERED-SAME:    time_limit_hit = true>
func.func @cell(%x: tensor<1x8x8x8xf32>) -> tensor<1x8x8x4xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %w = "tosa.const"() <{values = dense<0.5> : tensor<4x1x1x16xf32>}> : () -> tensor<4x1x1x16xf32>
  %b = "tosa.const"() <{values = dense<0.5> : tensor<4xf32>}> : () -> tensor<4xf32>
  %a = tosa.exp %x : (tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
  %c = tosa.tanh %x : (tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
  %cat = tosa.concat %a, %c {axis = 3 : i32} : (tensor<1x8x8x8xf32>, tensor<1x8x8x8xf32>) -> tensor<1x8x8x16xf32>
  %y = tosa.conv2d %cat, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x16xf32>, tensor<4x1x1x16xf32>, tensor<4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x4xf32>
  return %y : tensor<1x8x8x4xf32>
}
