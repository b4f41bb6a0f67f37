// RUN: serenity-opt %s -split-input-file -allow-unregistered-dialect -serenity-annotate-footprint | FileCheck %s
// RUN: serenity-opt %s -split-input-file -allow-unregistered-dialect -serenity-annotate-footprint -serenity-annotate-footprint | FileCheck %s
// RUN: serenity-opt %s -split-input-file -allow-unregistered-dialect -serenity-annotate-footprint=count-arguments=false | FileCheck %s --check-prefix=NOARGS

// A hand-written serenity.bytes overrides the model: it sizes a dynamic
// result, and a dynamic argument is sized by its serenity.bytes argument
// attribute. An entry of zero keeps the model's choice: test.fix's static
// result is sized by its type, 16 * 4 = 64 B, not 0 B. Running the pass
// twice (second run line) changes nothing.
//   entry: %arg (100 B by attribute)
//   custom op: 100 + 1000 = 1100, arg freed: 1000
//   test.fix: 1000 + 64 = 1064, then %0 freed: 64
//   abs: 64 + 64 = 128, then %1 freed: 64
// CHECK-LABEL: func.func @dynamic
// CHECK-SAME:    serenity.peak_bytes = 1100 : i64
// CHECK:         "test.custom"{{.*}}serenity.bytes = array<i64: 1000>
// CHECK:         "test.fix"{{.*}}serenity.bytes = array<i64: 64>
// CHECK:         tosa.abs {{.*}}serenity.bytes = array<i64: 64>
// Without arguments (count-arguments=false): test.fix's 1000 + 64.
// NOARGS-LABEL: func.func @dynamic
// NOARGS-SAME:    serenity.peak_bytes = 1064 : i64
func.func @dynamic(%arg: tensor<?xf32> {serenity.bytes = 100 : i64}) -> tensor<16xf32> {
  %0 = "test.custom"(%arg) {serenity.bytes = array<i64: 1000>} : (tensor<?xf32>) -> tensor<?xf32>
  %1 = "test.fix"(%0) {serenity.bytes = array<i64: 0>} : (tensor<?xf32>) -> tensor<16xf32>
  %2 = tosa.abs %1 : (tensor<16xf32>) -> tensor<16xf32>
  return %2 : tensor<16xf32>
}

// -----

// An override greater than zero on a view makes it a copy of that size.
//   entry 64; abs 128 -> 64; reshape now allocates 32: 96, then abs freed: 32
// CHECK-LABEL: func.func @view_override
// CHECK-SAME:    serenity.peak_bytes = 128 : i64
// CHECK:         tosa.reshape {{.*}}serenity.bytes = array<i64: 32>
func.func @view_override(%a: tensor<16xf32>) -> tensor<4x4xf32> {
  %s = tosa.const_shape {values = dense<[4, 4]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %0 = tosa.abs %a : (tensor<16xf32>) -> tensor<16xf32>
  %1 = tosa.reshape %0, %s {serenity.bytes = array<i64: 32>} : (tensor<16xf32>, !tosa.shape<2>) -> tensor<4x4xf32>
  return %1 : tensor<4x4xf32>
}

// -----

// Zero entries keep the model's choice on static results: the allocating
// abs takes its 64 B, the view stays a view of it (0 B), the constant stays
// free. The peak is that of the same function without the attribute.
//   entry 64; abs 64 + 64 = 128, arg freed: 64; reshape (view): 64
// CHECK-LABEL: func.func @zero_keeps_the_model
// CHECK-SAME:    serenity.peak_bytes = 128 : i64
// CHECK:         tosa.const_shape {{.*}}serenity.bytes = array<i64: 0>
// CHECK:         tosa.abs {{.*}}serenity.bytes = array<i64: 64>
// CHECK:         tosa.reshape {{.*}}serenity.bytes = array<i64: 0>
func.func @zero_keeps_the_model(%a: tensor<16xf32>) -> tensor<4x4xf32> {
  %s = tosa.const_shape {values = dense<[4, 4]> : tensor<2xindex>, serenity.bytes = array<i64: 0>} : () -> !tosa.shape<2>
  %0 = tosa.abs %a {serenity.bytes = array<i64: 0>} : (tensor<16xf32>) -> tensor<16xf32>
  %1 = tosa.reshape %0, %s {serenity.bytes = array<i64: 0>} : (tensor<16xf32>, !tosa.shape<2>) -> tensor<4x4xf32>
  return %1 : tensor<4x4xf32>
}
