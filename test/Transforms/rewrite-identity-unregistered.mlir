// Ops of unregistered dialects next to every kind of rewrite site: as
// producers of parts, as users of concatenations, convolutions and sums,
// and holding uses in their regions. The pass leaves them as they are and
// rewrites around them (it crashed on them: Operation::getDialect() is null
// for an unregistered op).

// RUN: serenity-opt %s -allow-unregistered-dialect -split-input-file -serenity-rewrite-identity=only-if-profitable=false | FileCheck %s
// RUN: serenity-opt %s -allow-unregistered-dialect -split-input-file -serenity-rewrite-identity -serenity-memory-schedule -verify-each -o /dev/null
// RUN: serenity-opt %s -allow-unregistered-dialect -split-input-file -serenity-tosa-to-linalg -serenity-rewrite-identity=only-if-profitable=false -verify-each -o /dev/null

// The issue's reproducer: an unregistered producer of a tensor.concat part.
// CHECK-LABEL: func.func @producer
// CHECK:         "test.op"
// CHECK:         tensor.insert_slice
// CHECK:         return
func.func @producer(%b: tensor<2x4xf32>) -> tensor<4x4xf32> {
  %0 = tosa.exp %b : (tensor<2x4xf32>) -> tensor<2x4xf32>
  %1 = "test.op"(%b) : (tensor<2x4xf32>) -> tensor<2x4xf32>
  %3 = tensor.concat dim(0) %1, %0 : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<4x4xf32>
  return %3 : tensor<4x4xf32>
}

// -----

// An unregistered user of a tosa.concat keeps the concatenation.
// CHECK-LABEL: func.func @user
// CHECK:         %[[CAT:.*]] = tensor.insert_slice
// CHECK:         "test.use"(%[[CAT]])
func.func @user(%a: tensor<1x4x4x2xf32>, %b: tensor<1x4x4x2xf32>) -> tensor<1x4x4x4xf32> {
  %0 = tosa.exp %a : (tensor<1x4x4x2xf32>) -> tensor<1x4x4x2xf32>
  %cat = tosa.concat %0, %b {axis = 3 : i32} : (tensor<1x4x4x2xf32>, tensor<1x4x4x2xf32>) -> tensor<1x4x4x4xf32>
  %r = "test.use"(%cat) : (tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  return %r : tensor<1x4x4x4xf32>
}

// -----

// Channel-wise and kernel-wise partitioning with unregistered producers and
// users around: a ReLU (kernel) and a convolution (channel) of a
// concatenation of an unregistered op's result, the convolution's result
// used by another.
// CHECK-LABEL: func.func @conv
// CHECK:         "test.make"
// CHECK-COUNT-2: tosa.clamp
// CHECK:         linalg.conv_2d_nhwc_fhwc
// CHECK:         "test.use"
func.func @conv(%x: tensor<1x4x4x4xf32>) -> tensor<1x4x4x8xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %w = "tosa.const"() <{values = dense<0.5> : tensor<8x1x1x8xf32>}> : () -> tensor<8x1x1x8xf32>
  %bias = "tosa.const"() <{values = dense<0.5> : tensor<8xf32>}> : () -> tensor<8xf32>
  %p = "test.make"(%x) : (tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  %q = tosa.exp %x : (tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  %cat = tosa.concat %p, %q {axis = 3 : i32} : (tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>) -> tensor<1x4x4x8xf32>
  %relu = tosa.clamp %cat {max_val = 3.40282347E+38 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
  %y = tosa.conv2d %relu, %w, %bias, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x8xf32>, tensor<8x1x1x8xf32>, tensor<8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x8xf32>
  %r = "test.use"(%y) : (tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
  return %r : tensor<1x4x4x8xf32>
}

// -----

// A use of a concatenation inside an unregistered op's region, beside a
// use the rewrite partitions.
// CHECK-LABEL: func.func @region
// CHECK:         "test.region"
// CHECK:           "test.yield"
func.func @region(%a: tensor<1x4x4x2xf32>, %b: tensor<1x4x4x2xf32>) -> (tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>) {
  %cat = tosa.concat %a, %b {axis = 3 : i32} : (tensor<1x4x4x2xf32>, tensor<1x4x4x2xf32>) -> tensor<1x4x4x4xf32>
  %e = tosa.exp %cat : (tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  %r = "test.region"() ({
    %t = tosa.tanh %cat : (tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
    "test.yield"(%t) : (tensor<1x4x4x4xf32>) -> ()
  }) : () -> tensor<1x4x4x4xf32>
  return %e, %r : tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>
}

// -----

// A weighted sum whose terms an unregistered op makes and whose result
// another uses.
// CHECK-LABEL: func.func @sum
// CHECK:         "test.make"
// CHECK:         linalg.generic
// CHECK:         "test.use"
func.func @sum(%x: tensor<1x4x4x4xf32>, %y: tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32> {
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %c = "tosa.const"() <{values = dense<0.5> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
  %t = "test.make"(%x) : (tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  %m0 = tosa.mul %t, %c, %shift : (tensor<1x4x4x4xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x4xf32>
  %m1 = tosa.mul %y, %c, %shift : (tensor<1x4x4x4xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x4xf32>
  %s = tosa.add %m0, %m1 : (tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  %r = "test.use"(%s) : (tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  return %r : tensor<1x4x4x4xf32>
}
