// RUN: serenity-opt %s -allow-unregistered-dialect -serenity-annotate-footprint | FileCheck %s
// RUN: serenity-opt %s -allow-unregistered-dialect -serenity-annotate-footprint=alignment=64 | FileCheck %s --check-prefix=ALIGN
// RUN: serenity-opt %s -allow-unregistered-dialect -serenity-annotate-footprint=element-bits=8 | FileCheck %s --check-prefix=INT8

// Rule 1: numElements * ceil(bitWidth / 8) bytes, no padding by default.
// Rule 5: an op the model does not know allocates one buffer per tensor
// result; non-tensor results take nothing.
// i1 and i4 take one byte per element; f16 and bf16 two; index eight;
// complex<f32> eight. Peak: 3 + 5 + 4 + 4 + 16 + 16 = 48.
// With alignment=64 every buffer is rounded up to 64 bytes: 6 * 64 = 384.
// CHECK-LABEL: func.func @sizes
// CHECK-SAME:    serenity.peak_bytes = 48 : i64
// CHECK:         "test.make"() {serenity.bytes = array<i64: 3, 5, 4, 4, 16, 16, 0>}
// With element-bits=8 every element takes one byte, whatever its type:
// 3 + 5 + 2 + 2 + 2 + 2 = 16.
// INT8-LABEL: func.func @sizes
// INT8-SAME:    serenity.peak_bytes = 16 : i64
// INT8:         "test.make"() {serenity.bytes = array<i64: 3, 5, 2, 2, 2, 2, 0>}
// ALIGN-LABEL: func.func @sizes
// ALIGN-SAME:    serenity.peak_bytes = 384 : i64
// ALIGN:         "test.make"() {serenity.bytes = array<i64: 64, 64, 64, 64, 64, 64, 0>}
func.func @sizes() {
  %0:7 = "test.make"() : () -> (tensor<3xi1>, tensor<5xi4>, tensor<2xf16>, tensor<2xbf16>, tensor<2xindex>, tensor<2xcomplex<f32>>, i32)
  "test.use"(%0#0, %0#1, %0#2, %0#3, %0#4, %0#5, %0#6) : (tensor<3xi1>, tensor<5xi4>, tensor<2xf16>, tensor<2xbf16>, tensor<2xindex>, tensor<2xcomplex<f32>>, i32) -> ()
  return
}
