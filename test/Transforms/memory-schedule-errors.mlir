// RUN: serenity-opt %s -split-input-file -serenity-memory-schedule -verify-diagnostics
// (Bad option values: pass-options-errors.mlir.)

// A tensor the model cannot size stops the pass with an error and the IR is
// not reordered.
func.func @dynamic(%a: tensor<4xf32>) -> tensor<?xf32> {
  %0 = tosa.exp %a : (tensor<4xf32>) -> tensor<4xf32>
  %1 = tensor.cast %0 : tensor<4xf32> to tensor<?xf32>
  // expected-error@+1 {{serenity: cannot size result #0 of type 'tensor<?xf32>' (dynamic shape)}}
  %2 = tosa.tanh %1 : (tensor<?xf32>) -> tensor<?xf32>
  return %2 : tensor<?xf32>
}
