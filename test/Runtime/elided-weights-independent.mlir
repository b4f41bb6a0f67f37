// An output computed from constants only does not depend on the input: the
// entry pass finds it in the dataflow and the run warns.
// RUN: %python %serenity_run %s | FileCheck %s --check-prefix=UNUSED
// UNUSED: serenity-run: @unused_input: warning: output 1 does not depend on the input
// UNUSED-NOT: warning: output 0

func.func @unused_input(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %c = "tosa.const"() {values = dense_resource<__elided__> : tensor<4xf32>} : () -> tensor<4xf32>
  %e = tosa.exp %x : (tensor<4xf32>) -> tensor<4xf32>
  %t = tosa.tanh %c : (tensor<4xf32>) -> tensor<4xf32>
  return %e, %t : tensor<4xf32>, tensor<4xf32>
}
