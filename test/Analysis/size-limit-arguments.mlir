// RUN: serenity-opt %s -allow-unregistered-dialect -serenity-annotate-footprint=count-arguments=false | FileCheck %s
// RUN: not serenity-opt %s -allow-unregistered-dialect -serenity-annotate-footprint 2>&1 | FileCheck %s --check-prefix=ARGS

// Arguments counted as 0 bytes (count-arguments=false) do not count towards
// the limit: the results take 2^62 bytes in all.
//   make: 2^61 + 2^61 = 2^62 B.
// Counted (second run line), the argument's 2^62 B leave no room for them.
// ARGS: error: serenity: the buffers of the block take more than 2^62 bytes (4611686018427387904), the most the memory model sizes (4611686018427387904 + 2305843009213693952 bytes here)
// CHECK-LABEL: func.func @without_arguments
// CHECK-SAME:    serenity.peak_bytes = 4611686018427387904 : i64
// CHECK:         "test.make"() {serenity.bytes = array<i64: 2305843009213693952, 2305843009213693952>}
func.func @without_arguments(%a: tensor<4611686018427387904xi8>) {
  %0:2 = "test.make"() : () -> (tensor<2305843009213693952xi8>, tensor<2305843009213693952xi8>)
  "test.use"(%a, %0#0, %0#1) : (tensor<4611686018427387904xi8>, tensor<2305843009213693952xi8>, tensor<2305843009213693952xi8>) -> ()
  return
}
