// RUN: serenity-opt -serenity-rewrite-identity=only-if-profitable=false %s | FileCheck %s
// A quantized convolution of a concatenation is left as it is: the channel
// rewrite would need zero constants and partial sums of a !quant.uniform
// type (it used to build an arith.constant of that type without a value).

// CHECK-LABEL: func.func @f
// CHECK: tosa.concat
// CHECK: tosa.conv2d
// CHECK-NOT: tosa.conv2d
func.func @f(%a: tensor<1x4x4x8x!quant.uniform<i8:f32, 1.000000e-02>>, %b: tensor<1x4x4x8x!quant.uniform<i8:f32, 1.000000e-02>>) -> tensor<1x4x4x4x!quant.uniform<i32:f32, 2.000000e-04>> {
  %cat = tosa.concat %a, %b {axis = 3 : i32} : (tensor<1x4x4x8x!quant.uniform<i8:f32, 1.000000e-02>>, tensor<1x4x4x8x!quant.uniform<i8:f32, 1.000000e-02>>) -> tensor<1x4x4x16x!quant.uniform<i8:f32, 1.000000e-02>>
  %w = "tosa.const"() {values = dense<1> : tensor<4x1x1x16xi8>} : () -> tensor<4x1x1x16x!quant.uniform<i8:f32, 2.000000e-02>>
  %bias = "tosa.const"() {values = dense<0> : tensor<4xi32>} : () -> tensor<4x!quant.uniform<i32:f32, 2.000000e-04>>
  %zp = "tosa.const"() {values = dense<0> : tensor<1xi8>} : () -> tensor<1xi8>
  %y = tosa.conv2d %cat, %w, %bias, %zp, %zp {acc_type = i32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x16x!quant.uniform<i8:f32, 1.000000e-02>>, tensor<4x1x1x16x!quant.uniform<i8:f32, 2.000000e-02>>, tensor<4x!quant.uniform<i32:f32, 2.000000e-04>>, tensor<1xi8>, tensor<1xi8>) -> tensor<1x4x4x4x!quant.uniform<i32:f32, 2.000000e-04>>
  return %y : tensor<1x4x4x4x!quant.uniform<i32:f32, 2.000000e-04>>
}
