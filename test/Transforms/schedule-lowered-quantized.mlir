// RUN: not serenity-opt -serenity-schedule-lowered %s 2>&1 | FileCheck %s
// RUN: not serenity-opt --pass-pipeline='builtin.module(serenity-tosa-to-linalg)' %s 2>&1 | FileCheck %s
// Quantized TOSA gets an error before upstream's TOSA lowering, which
// crashed on it (a segfault in tosa-to-linalg-named).

// CHECK: error: serenity: cannot lower 'tosa.conv2d' on the quantized type
// CHECK-NOT: PLEASE submit a bug report
func.func @qconv(%x: tensor<1x4x4x4x!quant.uniform<i8:f32, 1.000000e-02>>) -> tensor<1x4x4x2x!quant.uniform<i32:f32, 2.000000e-04>> {
  %w = "tosa.const"() {values = dense<1> : tensor<2x1x1x4xi8>} : () -> tensor<2x1x1x4x!quant.uniform<i8:f32, 2.000000e-02>>
  %b = "tosa.const"() {values = dense<0> : tensor<2xi32>} : () -> tensor<2x!quant.uniform<i32:f32, 2.000000e-04>>
  %zp = "tosa.const"() {values = dense<0> : tensor<1xi8>} : () -> tensor<1xi8>
  %c = tosa.conv2d %x, %w, %b, %zp, %zp {acc_type = i32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x4x!quant.uniform<i8:f32, 1.000000e-02>>, tensor<2x1x1x4x!quant.uniform<i8:f32, 2.000000e-02>>, tensor<2x!quant.uniform<i32:f32, 2.000000e-04>>, tensor<1xi8>, tensor<1xi8>) -> tensor<1x4x4x2x!quant.uniform<i32:f32, 2.000000e-04>>
  return %c : tensor<1x4x4x2x!quant.uniform<i32:f32, 2.000000e-04>>
}
