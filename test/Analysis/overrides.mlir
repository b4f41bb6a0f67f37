// RUN: serenity-opt %s -split-input-file -allow-unregistered-dialect -serenity-annotate-footprint | FileCheck %s
// RUN: serenity-opt %s -split-input-file -allow-unregistered-dialect -serenity-annotate-footprint -serenity-annotate-footprint | FileCheck %s
// RUN: serenity-opt %s -split-input-file -allow-unregistered-dialect -serenity-annotate-footprint=count-arguments=false | FileCheck %s --check-prefix=NOARGS

// A hand-written serenity.bytes overrides the model: it sizes a dynamic
// result, and a dynamic argument is sized by its serenity.bytes argument
// attribute. Running the pass twice (second run line) changes nothing.
//   entry: %arg (100 B by attribute)
//   custom op: 100 + 1000 = 1100, arg freed: 1000
//   test.fix, sized 0 by hand: 1000, then %0 freed: 0
//   abs: 0 + 64 = 64
// CHECK-LABEL: func.func @dynamic
// CHECK-SAME:    serenity.peak_bytes = 1100 : i64
// CHECK:         "test.custom"{{.*}}serenity.bytes = array<i64: 1000>
// CHECK:         tosa.abs {{.*}}serenity.bytes = array<i64: 64>
// Without arguments (count-arguments=false): the custom op's 1000.
// NOARGS-LABEL: func.func @dynamic
// NOARGS-SAME:    serenity.peak_bytes = 1000 : i64
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
