// RUN: serenity-opt -allow-unregistered-dialect -serenity-rewrite-identity %s | FileCheck %s
// Issue 15 item 1 (a segfault on the null dialect of unregistered ops).
// An unregistered producer of a concatenation's operand.

// CHECK-LABEL: func.func @f
// CHECK: "test.
func.func @f(%a: tensor<1x4x4x2xf32>, %b: tensor<1x4x4x2xf32>) -> tensor<1x4x4x4xf32> {
  %0 = tosa.abs %a : (tensor<1x4x4x2xf32>) -> tensor<1x4x4x2xf32>
  %1 = "test.id"(%b) : (tensor<1x4x4x2xf32>) -> tensor<1x4x4x2xf32>
  %cat = tosa.concat %0, %1 {axis = 3 : i32} : (tensor<1x4x4x2xf32>, tensor<1x4x4x2xf32>) -> tensor<1x4x4x4xf32>
  %r = tosa.clamp %cat {min_val = 0.0 : f32, max_val = 6.0 : f32} : (tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  return %r : tensor<1x4x4x4xf32>
}
