// RUN: serenity-opt %s -split-input-file -verify-diagnostics

// The dialect verifies its attributes wherever they appear.

func.func @bytes_wrong_length(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{'tosa.abs' op 'serenity.bytes' has 2 entries but the op has 1 results}}
  %0 = tosa.abs %a {serenity.bytes = array<i64: 16, 16>} : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @bytes_negative(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{'serenity.bytes' entry #0 must be non-negative, got -16}}
  %0 = tosa.abs %a {serenity.bytes = array<i64: -16>} : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @bytes_wrong_kind(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{'serenity.bytes' must be an array<i64> with one entry per result}}
  %0 = tosa.abs %a {serenity.bytes = 16 : i64} : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @peak_on_an_op(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{'serenity.peak_bytes' is only valid on function-like ops}}
  %0 = tosa.abs %a {serenity.peak_bytes = 16 : i64} : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// expected-error@+1 {{'serenity.peak_bytes' must be non-negative, got -1}}
func.func @peak_negative() attributes {serenity.peak_bytes = -1 : i64} {
  return
}

// -----

// expected-error@+1 {{'serenity.peak_bytes' must be an i64 integer attribute}}
func.func @peak_not_i64() attributes {serenity.peak_bytes = 1.0 : f32} {
  return
}

// -----

// expected-error@+1 {{unknown serenity attribute 'serenity.bogus'}}
func.func @unknown() attributes {serenity.bogus = 1 : i64} {
  return
}

// -----

// expected-error@+1 {{argument #0: 'serenity.bytes' must be non-negative, got -4}}
func.func @argument_negative(%a: tensor<?xf32> {serenity.bytes = -4 : i64}) {
  return
}

// -----

// expected-error@+1 {{'serenity.schedule' must be a #serenity.schedule attribute}}
func.func @schedule_wrong_kind() attributes {serenity.schedule = 3 : i64} {
  return
}

// -----

// expected-error@+1 {{lower_bound (20) exceeds peak_after (10)}}
func.func @schedule_bad_bound() attributes {serenity.schedule = #serenity.schedule<peak_before = 30, peak_after = 10, lower_bound = 20, optimal = false, method = "greedy">} {
  return
}

// -----

// expected-error@+1 {{an optimal schedule must have lower_bound equal to peak_after}}
func.func @schedule_bad_optimal() attributes {serenity.schedule = #serenity.schedule<peak_before = 30, peak_after = 10, lower_bound = 5, optimal = true, method = "exact">} {
  return
}

// -----

// Negative figures were parsed into unsigned fields and printed as
// 18446744073709551615.
// expected-error@+1 {{peak_before must be non-negative, got -1}}
func.func @schedule_negative_before() attributes {serenity.schedule = #serenity.schedule<peak_before = -1, peak_after = 0, lower_bound = 0, optimal = true, method = "exact">} {
  return
}

// -----

// expected-error@+1 {{peak_after must be non-negative, got -8}}
func.func @schedule_negative_after() attributes {serenity.schedule = #serenity.schedule<peak_before = 8, peak_after = -8, lower_bound = -8, optimal = true, method = "exact">} {
  return
}

// -----

// expected-error@+1 {{lower_bound must be non-negative, got -2}}
func.func @schedule_negative_bound() attributes {serenity.schedule = #serenity.schedule<peak_before = 8, peak_after = 8, lower_bound = -2, optimal = false, method = "heuristic">} {
  return
}

// -----

// expected-error@+1 {{method must not be empty}}
func.func @schedule_no_method() attributes {serenity.schedule = #serenity.schedule<peak_before = 8, peak_after = 8, lower_bound = 8, optimal = true, method = "">} {
  return
}

// -----

func.func @schedule_on_an_op(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{'serenity.schedule' is only valid on function-like ops}}
  %0 = tosa.abs %a {serenity.schedule = #serenity.schedule<peak_before = 8, peak_after = 8, lower_bound = 8, optimal = true, method = "exact">} : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// Result attributes: the model sizes a returned value by its producer, so
// no serenity attribute is valid there (a negative one went unchecked).
// expected-error@+1 {{result #0: 'serenity.bytes' is not valid on a result (the memory model sizes a returned value by the op that produces it)}}
func.func @result_negative(%a: tensor<4xf32>) -> (tensor<4xf32> {serenity.bytes = -5 : i64}) {
  return %a : tensor<4xf32>
}

// -----

// expected-error@+1 {{result #1: 'serenity.bytes' is not valid on a result}}
func.func private @result_on_a_declaration(tensor<4xf32>) -> (tensor<4xf32>, tensor<?xf32> {serenity.bytes = 16 : i64})

// -----

// expected-error@+1 {{result #0: 'serenity.peak_bytes' is not valid on a result}}
func.func @result_peak(%a: tensor<4xf32>) -> (tensor<4xf32> {serenity.peak_bytes = 16 : i64}) {
  return %a : tensor<4xf32>
}

// -----

// expected-error@+1 {{argument #0: 'serenity.bytes' must be an i64 integer attribute}}
func.func @argument_not_i64(%a: tensor<?xf32> {serenity.bytes = array<i64: 4>}) {
  return
}

// -----

// expected-error@+1 {{argument #1: unknown serenity argument attribute 'serenity.peak_bytes'}}
func.func @argument_unknown(%a: tensor<4xf32>, %b: tensor<4xf32> {serenity.peak_bytes = 4 : i64}) {
  return
}

// -----

// expected-error@+1 {{'serenity.bytes' is not valid on a function-like op: size an argument with an argument attribute}}
func.func @bytes_on_a_function() attributes {serenity.bytes = array<i64>} {
  return
}

// -----

func.func @bytes_on_a_nested_op(%a: tensor<4xf32>, %c: i1) -> tensor<4xf32> {
  %0 = scf.if %c -> tensor<4xf32> {
    // expected-error@+1 {{'serenity.bytes' entry #0 must be non-negative, got -1}}
    %1 = tosa.abs %a {serenity.bytes = array<i64: -1>} : (tensor<4xf32>) -> tensor<4xf32>
    scf.yield %1 : tensor<4xf32>
  } else {
    scf.yield %a : tensor<4xf32>
  }
  return %0 : tensor<4xf32>
}
