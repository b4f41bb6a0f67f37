// RUN: serenity-opt -allow-unregistered-dialect -serenity-schedule-lowered=rewrite=true %s | FileCheck %s
// Issue 15 item 1 (a segfault on the null dialect of unregistered ops).
// An unregistered op between a tensor.concat and the convolution using it.

// CHECK-LABEL: func.func @f
// CHECK: "test.
func.func @f(%a: tensor<1x4x4x2xf32>, %b: tensor<1x4x4x3xf32>, %w: tensor<1x1x5x4xf32>, %init: tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32> {
  %cat = tensor.concat dim(3) %a, %b : (tensor<1x4x4x2xf32>, tensor<1x4x4x3xf32>) -> tensor<1x4x4x5xf32>
  %0 = "test.id"(%cat) : (tensor<1x4x4x5xf32>) -> tensor<1x4x4x5xf32>
  %y = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%0, %w : tensor<1x4x4x5xf32>, tensor<1x1x5x4xf32>) outs(%init : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  return %y : tensor<1x4x4x4xf32>
}
