// RUN: serenity-opt %s --pass-pipeline='builtin.module(func.func(tosa-to-linalg),serenity-in-place)' | FileCheck %s
// RUN: serenity-opt %s --pass-pipeline='builtin.module(func.func(tosa-to-linalg),serenity-in-place{report})' -o /dev/null 2>&1 | FileCheck %s --check-prefix=REMARK
// RUN: serenity-opt %s --pass-pipeline='builtin.module(func.func(tosa-to-linalg),serenity-report{count-arguments=false},serenity-in-place,serenity-report{count-arguments=false})' -o /dev/null | FileCheck %s --check-prefix=MODEL

// Memory model, arguments not counted (1024-byte tensors): lowered, abs, exp
// and tanh each write a new buffer (3 tensor.empty, 3 generics); from the
// tensor.empty of exp on, abs's result and exp's are live
// (2048). In place, exp and tanh write into abs's buffer: one 1024-byte
// buffer for the whole chain.
// MODEL: serenity-report: @chain: 6 ops, peak 2048 bytes
// MODEL: serenity-report: @chain: 4 ops, peak 1024 bytes at op #0 (tensor.empty

// REMARK-COUNT-4: remark: serenity-in-place: writes its result into operand
// REMARK-NOT: remark

// The operand (abs's result, single use, its buffer from a tensor.empty)
// becomes the init; the body reads the init's block argument.
// CHECK-LABEL: func.func @chain
// CHECK:         %[[E:.+]] = tensor.empty()
// CHECK:         %[[ABS:.+]] = linalg.generic {{.*}} ins(%{{.+}} : tensor<1x8x8x4xf32>) outs(%[[E]] :
// CHECK:         %[[EXP:.+]] = linalg.generic {indexing_maps = [#{{.+}}], {{.*}} outs(%[[ABS]] : tensor<1x8x8x4xf32>) {
// CHECK-NEXT:    ^bb0(%[[OUT:.+]]: f32):
// CHECK-NEXT:      math.exp %[[OUT]] : f32
// CHECK:         %[[TANH:.+]] = linalg.generic {{.*}} outs(%[[EXP]] : tensor<1x8x8x4xf32>) {
// CHECK-NEXT:    ^bb0(%[[OUT2:.+]]: f32):
// CHECK-NEXT:      math.tanh %[[OUT2]] : f32
// CHECK-NOT:     tensor.empty
// CHECK:         return %[[TANH]]

// abs's result is also returned: exp must not overwrite it. Nor is an
// argument overwritten (abs reads %arg0).
// CHECK-LABEL: func.func @two_uses
// CHECK:         linalg.generic {{.*}} ins(%arg0 : tensor<4xf32>) outs(%{{.+}} :
// CHECK:         %[[E:.+]] = tensor.empty()
// CHECK:         linalg.generic {{.*}} ins(%{{.+}} : tensor<4xf32>) outs(%[[E]] :

// A binary op writes into its dying operand and keeps the other as input
// (the add's operand order is kept in the body); an operand read twice is
// replaced at both places.
// CHECK-LABEL: func.func @binary
// CHECK:         %[[ABS:.+]] = linalg.generic {{.*}} ins(%arg0
// CHECK:         %[[ADD:.+]] = linalg.generic {{.*}} ins(%arg1 : tensor<4xf32>) outs(%[[ABS]] : tensor<4xf32>) {
// CHECK-NEXT:    ^bb0(%[[IN:.+]]: f32, %[[OUT:.+]]: f32):
// CHECK-NEXT:      arith.addf %[[IN]], %[[OUT]] : f32
// CHECK:         linalg.generic {{.*}} outs(%[[ADD]] : tensor<4xf32>) {
// CHECK-NEXT:    ^bb0(%[[OUT:.+]]: f32):
// CHECK-NEXT:      arith.maximumf %[[OUT]], %[[OUT]] : f32

// A broadcast operand has another shape than the result: not in place.
// CHECK-LABEL: func.func @broadcast
// CHECK:         %[[E:.+]] = tensor.empty() : tensor<3x4xf32>
// CHECK:         linalg.generic {{.*}} ins(%{{.+}}, %arg1 : tensor<1x4xf32>, tensor<3x4xf32>) outs(%[[E]] :

func.func @chain(%a: tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32> {
  %0 = tosa.abs %a : (tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32>
  %1 = tosa.exp %0 : (tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32>
  %2 = tosa.tanh %1 : (tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32>
  return %2 : tensor<1x8x8x4xf32>
}
func.func @two_uses(%a: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %0 = tosa.abs %a : (tensor<4xf32>) -> tensor<4xf32>
  %1 = tosa.exp %0 : (tensor<4xf32>) -> tensor<4xf32>
  return %0, %1 : tensor<4xf32>, tensor<4xf32>
}
func.func @binary(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<4xf32> {
  %0 = tosa.abs %a : (tensor<4xf32>) -> tensor<4xf32>
  %1 = tosa.add %b, %0 : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %2 = tosa.maximum %1, %1 : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %2 : tensor<4xf32>
}
func.func @broadcast(%a: tensor<1x4xf32>, %b: tensor<3x4xf32>) -> tensor<3x4xf32> {
  %0 = tosa.abs %a : (tensor<1x4xf32>) -> tensor<1x4xf32>
  %1 = tosa.add %0, %b : (tensor<1x4xf32>, tensor<3x4xf32>) -> tensor<3x4xf32>
  return %1 : tensor<3x4xf32>
}
