// RUN: serenity-opt %s -split-input-file -allow-unregistered-dialect -serenity-annotate-footprint -verify-diagnostics
// RUN: serenity-opt %s -split-input-file -allow-unregistered-dialect -serenity-memory-schedule -verify-diagnostics
// RUN: serenity-opt %s -split-input-file -allow-unregistered-dialect -serenity-report -verify-diagnostics -o /dev/null
// RUN: serenity-opt %s -split-input-file -allow-unregistered-dialect -serenity-rewrite-identity -verify-diagnostics
// RUN: not serenity-opt %s -split-input-file -allow-unregistered-dialect -serenity-report=timeline=json 2>&1 | FileCheck %s

// Sizes that do not fit: every buffer, and the sum of the buffers of a
// block, must stay at or below 2^62 = 4611686018427387904 bytes, so that no
// peak, bound or sum in the scheduler and the report can wrap. Past that,
// every pass that sizes memory stops with an error at the op or argument
// (and a failing exit code, last run line) instead of a wrapped figure.
// CHECK: error: serenity: result #0 of type 'tensor<4294967296x4294967296xf32>' takes more than 2^62 bytes
// CHECK-NOT: "peak_bytes": -

// 2^32 * 2^32 elements: the element count alone wraps a 64-bit product to 0
// (it was sized 0 B, with `peak 0, optimal = true`).
func.func @element_count_wraps(%a: tensor<4xf32>) -> tensor<4294967296x4294967296xf32> {
  // expected-error@+1 {{serenity: result #0 of type 'tensor<4294967296x4294967296xf32>' takes more than 2^62 bytes (4611686018427387904), the most the memory model sizes}}
  %0 = "test.make"(%a) : (tensor<4xf32>) -> tensor<4294967296x4294967296xf32>
  return %0 : tensor<4294967296x4294967296xf32>
}

// -----

// The element count fits in 64 bits, the bytes (2^62 * 4 = 2^64) do not.
func.func @bytes_wrap(%a: tensor<4xf32>) -> tensor<4611686018427387904x4xf32> {
  // expected-error@+1 {{serenity: result #0 of type 'tensor<4611686018427387904x4xf32>' takes more than 2^62 bytes}}
  %0 = "test.make"(%a) : (tensor<4xf32>) -> tensor<4611686018427387904x4xf32>
  return %0 : tensor<4611686018427387904x4xf32>
}

// -----

// 3037000500^2 elements overflow int64 (ShapedType::getNumElements).
// expected-error@+1 {{serenity: argument #0 of type 'tensor<3037000500x3037000500xi8>' takes more than 2^62 bytes}}
func.func @argument_too_large(%a: tensor<3037000500x3037000500xi8>) -> tensor<3037000500x3037000500xi8> {
  return %a : tensor<3037000500x3037000500xi8>
}

// -----

// One byte past the limit.
func.func @one_past_the_limit() {
  // expected-error@+1 {{serenity: result #0 of type 'tensor<4611686018427387905xi8>' takes more than 2^62 bytes}}
  %0 = "test.make"() : () -> tensor<4611686018427387905xi8>
  "test.use"(%0) : (tensor<4611686018427387905xi8>) -> ()
  return
}

// -----

// Buffers that fit one by one but not together: 2^61 + 2^61 is the limit,
// one byte more crosses it, at argument #2. Their sum, 2^62 + 1 bytes, was
// printed as a wrapped or negative peak before.
// expected-error@+1 {{serenity: the buffers of the block take more than 2^62 bytes (4611686018427387904), the most the memory model sizes (4611686018427387904 + 1 bytes here)}}
func.func @arguments_sum_past_the_limit(%a: tensor<2305843009213693952xi8>, %b: tensor<2305843009213693952xi8>, %c: tensor<1xi8>) {
  return
}

// -----

// 2^62 + 2^62 = 2^63 bytes: the JSON report printed a peak of
// -9223372036854775808 and exited 0.
// expected-error@+1 {{serenity: the buffers of the block take more than 2^62 bytes (4611686018427387904), the most the memory model sizes (4611686018427387904 + 4611686018427387904 bytes here)}}
func.func @negative_peak(%a: tensor<4611686018427387904xi8>, %b: tensor<4611686018427387904xi8>) {
  "test.use"(%a, %b) : (tensor<4611686018427387904xi8>, tensor<4611686018427387904xi8>) -> ()
  return
}

// -----

// Two results of one op: the second crosses the limit.
func.func @results_sum_past_the_limit() {
  // expected-error@+1 {{serenity: the buffers of the block take more than 2^62 bytes (4611686018427387904), the most the memory model sizes (2305843009213693952 + 2305843009213693953 bytes here)}}
  %0:2 = "test.make"() : () -> (tensor<2305843009213693952xi8>, tensor<2305843009213693953xi8>)
  "test.use"(%0#0, %0#1) : (tensor<2305843009213693952xi8>, tensor<2305843009213693953xi8>) -> ()
  return
}

// -----

// Three buffers of 2^62 bytes would sum to 3 * 2^62, past 2^64: the wrapped
// sum named the wrong peak op in the report.
func.func @sum_wraps(%a: tensor<4611686018427387904xi8>) {
  // expected-error@+1 {{serenity: the buffers of the block take more than 2^62 bytes}}
  %0 = "test.make"() : () -> tensor<4611686018427387904xi8>
  %1 = "test.make"() : () -> tensor<4611686018427387904xi8>
  "test.use"(%a, %0, %1) : (tensor<4611686018427387904xi8>, tensor<4611686018427387904xi8>, tensor<4611686018427387904xi8>) -> ()
  return
}

// -----

// Hand-written sizes are checked too.
func.func @override_too_large(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{serenity: 'serenity.bytes' entry #0, 4611686018427387905 bytes, is out of range: more than 2^62 bytes}}
  %0 = tosa.abs %a {serenity.bytes = array<i64: 4611686018427387905>} : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// expected-error@+1 {{serenity: the 'serenity.bytes' attribute of argument #0, 9223372036854775807 bytes, is out of range: more than 2^62 bytes}}
func.func @argument_override_too_large(%a: tensor<?xf32> {serenity.bytes = 9223372036854775807 : i64}) {
  return
}
