// RUN: serenity-opt %s -split-input-file -allow-unregistered-dialect -serenity-annotate-footprint -verify-diagnostics
// RUN: not serenity-opt %s -split-input-file -allow-unregistered-dialect -serenity-annotate-footprint 2>&1 | FileCheck %s --check-prefix=EXIT

// Inputs the model cannot size: a clear error at the op or argument, and a
// failing exit code (second run line: `not` checks the exit status).
// EXIT: error: serenity: cannot size

// expected-error@+1 {{serenity: cannot size argument #0 of type 'tensor<?x4xf32>': give it a serenity.bytes argument attribute}}
func.func @dynamic_argument(%a: tensor<?x4xf32>) -> tensor<?x4xf32> {
  return %a : tensor<?x4xf32>
}

// -----

func.func @dynamic_result(%a: tensor<?x4xf32> {serenity.bytes = 64 : i64}) -> tensor<?x4xf32> {
  // expected-error@+1 {{serenity: cannot size result #0 of type 'tensor<?x4xf32>' (dynamic shape): give the op a 'serenity.bytes' attribute}}
  %0 = tosa.abs %a : (tensor<?x4xf32>) -> tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}

// -----

// A zero entry in serenity.bytes keeps the model's choice, so it does not
// hide that a dynamic result cannot be sized.
func.func @dynamic_result_zero_override(%a: tensor<?x4xf32> {serenity.bytes = 64 : i64}) -> tensor<?x4xf32> {
  // expected-error@+1 {{serenity: cannot size result #0 of type 'tensor<?x4xf32>' (dynamic shape): give the op a 'serenity.bytes' attribute}}
  %0 = tosa.abs %a {serenity.bytes = array<i64: 0>} : (tensor<?x4xf32>) -> tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}

// -----

func.func @unranked_result() {
  // expected-error@+1 {{serenity: cannot size result #0 of type 'tensor<*xf32>' (dynamic shape)}}
  %0 = "test.make"() : () -> tensor<*xf32>
  "test.use"(%0) : (tensor<*xf32>) -> ()
  return
}

// -----

func.func @unknown_element_type() {
  // expected-error@+1 {{serenity: cannot size result #0 of type 'tensor<2x!test.opaque>' (unknown element type)}}
  %0 = "test.make"() : () -> tensor<2x!test.opaque>
  return
}

// -----

// A dynamic view needs no size: it allocates nothing.
func.func @dynamic_view_is_fine(%a: tensor<4xf32>) -> tensor<?xf32> {
  %0 = tensor.cast %a : tensor<4xf32> to tensor<?xf32>
  return %0 : tensor<?xf32>
}
