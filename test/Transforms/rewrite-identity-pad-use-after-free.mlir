// REQUIRES: valgrind
// RUN: valgrind --error-exitcode=9 -q serenity-opt -allow-unregistered-dialect -serenity-rewrite-identity %s | FileCheck %s
// The channel rewrite of the convolution behind a padded concatenation
// erased the padding with the convolution (dead operands are cleaned up),
// then read the erased padding (a heap use after free that a release build
// survived; found by the MLIR fuzzer under ASan).

// CHECK-LABEL: func.func @f
// CHECK-COUNT-2: linalg.conv_2d_nhwc_fhwc
// CHECK-NOT: linalg.conv_2d_nhwc_fhwc
func.func @f(%a: tensor<1x4x4x2xf32>, %b: tensor<1x4x4x3xf32>) -> tensor<1x4x4x4xf32> {
  %e = tensor.empty() : tensor<1x4x4x5xf32>
  %i0 = tensor.insert_slice %a into %e[0, 0, 0, 0] [1, 4, 4, 2] [1, 1, 1, 1] : tensor<1x4x4x2xf32> into tensor<1x4x4x5xf32>
  %cat = tensor.insert_slice %b into %i0[0, 0, 0, 2] [1, 4, 4, 3] [1, 1, 1, 1] : tensor<1x4x4x3xf32> into tensor<1x4x4x5xf32>
  %zero = arith.constant 0.0 : f32
  %padded = tensor.pad %cat low[0, 1, 1, 0] high[0, 1, 1, 0] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %zero : f32
  } : tensor<1x4x4x5xf32> to tensor<1x6x6x5xf32>
  %w = arith.constant dense<0.5> : tensor<4x3x3x5xf32>
  %oe = tensor.empty() : tensor<1x4x4x4xf32>
  %y = linalg.conv_2d_nhwc_fhwc {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%padded, %w : tensor<1x6x6x5xf32>, tensor<4x3x3x5xf32>) outs(%oe : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  return %y : tensor<1x4x4x4xf32>
}
