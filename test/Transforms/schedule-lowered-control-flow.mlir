// TOSA control flow through -serenity-schedule-lowered: tosa.cond_if and
// tosa.while_loop become scf.if and scf.while (tosa-to-scf, as upstream's
// TOSA lowering does), the TOSA ops in their regions linalg, and the
// function is scheduled on the result.

// RUN: serenity-opt %s -serenity-schedule-lowered -split-input-file | FileCheck %s
// RUN: serenity-opt %s -serenity-tosa-to-linalg -split-input-file | FileCheck %s --check-prefix=LOWERED

// CHECK-LABEL: func.func @cond
// CHECK-SAME:    serenity.schedule = #serenity.schedule<
// CHECK-NOT:     tosa.
// CHECK:         scf.if
// CHECK:           math.tanh
// CHECK:           scf.yield
// CHECK:         } else {
// CHECK:           math.absf
// CHECK-NOT:     tosa.
// CHECK:         return
// LOWERED-LABEL: func.func @cond
// LOWERED-NOT:   tosa.
// LOWERED:       scf.if
// LOWERED-NOT:   tosa.
// LOWERED:       return
func.func @cond(%c: tensor<i1>, %x: tensor<16xf32>) -> tensor<16xf32> {
  %0 = tosa.exp %x : (tensor<16xf32>) -> tensor<16xf32>
  %1 = tosa.cond_if %c (%a = %0) : tensor<i1> (tensor<16xf32>) -> tensor<16xf32> {
  ^bb0(%a: tensor<16xf32>):
    %2 = tosa.tanh %a : (tensor<16xf32>) -> tensor<16xf32>
    tosa.yield %2 : tensor<16xf32>
  } else {
  ^bb0(%a: tensor<16xf32>):
    %3 = tosa.abs %a : (tensor<16xf32>) -> tensor<16xf32>
    tosa.yield %3 : tensor<16xf32>
  }
  return %1 : tensor<16xf32>
}

// -----

// CHECK-LABEL: func.func @loop
// CHECK-SAME:    serenity.schedule = #serenity.schedule<
// CHECK-NOT:     tosa.
// CHECK:         scf.while
// CHECK:           scf.condition
// CHECK:         } do {
// CHECK:           math.tanh
// CHECK:           scf.yield
// CHECK-NOT:     tosa.
// CHECK:         return
// LOWERED-LABEL: func.func @loop
// LOWERED-NOT:   tosa.
// LOWERED:       scf.while
// LOWERED-NOT:   tosa.
// LOWERED:       return
func.func @loop(%i: tensor<i32>, %x: tensor<16xf32>) -> tensor<16xf32> {
  %r:2 = tosa.while_loop (%a = %i, %b = %x) : (tensor<i32>, tensor<16xf32>) -> (tensor<i32>, tensor<16xf32>) {
    %limit = "tosa.const"() <{values = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %c = tosa.greater %limit, %a : (tensor<i32>, tensor<i32>) -> tensor<i1>
    tosa.yield %c : tensor<i1>
  } do {
  ^bb0(%a: tensor<i32>, %b: tensor<16xf32>):
    %one = "tosa.const"() <{values = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %n = tosa.add %a, %one : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %e = tosa.tanh %b : (tensor<16xf32>) -> tensor<16xf32>
    tosa.yield %n, %e : tensor<i32>, tensor<16xf32>
  }
  return %r#1 : tensor<16xf32>
}
