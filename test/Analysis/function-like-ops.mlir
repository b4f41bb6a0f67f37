// The passes work on every function-like op, not only func.func, and can be
// nested in a pipeline anchored on the functions themselves.
// RUN: serenity-opt %s -serenity-annotate-footprint | FileCheck %s
// RUN: serenity-opt %s --pass-pipeline="builtin.module(func.func(serenity-annotate-footprint))" | FileCheck %s --check-prefix=NESTED
// RUN: serenity-opt %s -serenity-memory-schedule | FileCheck %s --check-prefix=SCHED

// entry 16; abs 32 -> 16; exp 32.
// CHECK-LABEL: ml_program.func @ml
// CHECK-SAME:    serenity.peak_bytes = 32 : i64
// CHECK:         tosa.abs {{.*}}serenity.bytes = array<i64: 16>
// Nested under func.func, the ml_program function is not visited.
// NESTED-LABEL: ml_program.func @ml
// NESTED-NOT:     serenity.peak_bytes
// SCHED-LABEL: ml_program.func @ml
// SCHED-SAME:    serenity.schedule = #serenity.schedule<peak_before = 32, peak_after = 32, lower_bound = 32, optimal = true, method = "input-order">
ml_program.func @ml(%a: tensor<4xf32>) -> tensor<4xf32> {
  %0 = tosa.abs %a : (tensor<4xf32>) -> tensor<4xf32>
  %1 = tosa.exp %0 : (tensor<4xf32>) -> tensor<4xf32>
  ml_program.return %1 : tensor<4xf32>
}

// CHECK-LABEL: func.func @f
// CHECK-SAME:    serenity.peak_bytes = 32 : i64
// NESTED-LABEL: func.func @f
// NESTED-SAME:    serenity.peak_bytes = 32 : i64
func.func @f(%a: tensor<4xf32>) -> tensor<4xf32> {
  %0 = tosa.abs %a : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
