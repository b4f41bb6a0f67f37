// Channel-wise partitioning: one concatenation of three parts of different
// widths (5, 3 and 8 channels, made by a convolution, an add and a depthwise
// convolution) read by three convolutions: 3x3 with stride 2 and padding,
// 3x3 with dilation 2 and asymmetric padding, and 1x1 with weights that are
// a function argument (not constant).
func.func @channel(%x: tensor<1x9x9x4xf32>, %y: tensor<1x9x9x3xf32>, %wdyn: tensor<6x1x1x16xf32>) -> (tensor<1x5x5x7xf32>, tensor<1x9x9x2xf32>, tensor<1x9x9x6xf32>) {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %wa = "tosa.const"() <{values = dense<0.1> : tensor<5x1x1x4xf32>}> : () -> tensor<5x1x1x4xf32>
  %ba = "tosa.const"() <{values = dense<0.1> : tensor<5xf32>}> : () -> tensor<5xf32>
  %a = tosa.conv2d %x, %wa, %ba, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x9x9x4xf32>, tensor<5x1x1x4xf32>, tensor<5xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x9x9x5xf32>
  %b = tosa.add %y, %y : (tensor<1x9x9x3xf32>, tensor<1x9x9x3xf32>) -> tensor<1x9x9x3xf32>
  %wc = "tosa.const"() <{values = dense<0.1> : tensor<3x3x4x2xf32>}> : () -> tensor<3x3x4x2xf32>
  %bc = "tosa.const"() <{values = dense<0.1> : tensor<8xf32>}> : () -> tensor<8xf32>
  %c = tosa.depthwise_conv2d %x, %wc, %bc, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x9x9x4xf32>, tensor<3x3x4x2xf32>, tensor<8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x9x9x8xf32>
  %cat = tosa.concat %a, %b, %c {axis = 3 : i32} : (tensor<1x9x9x5xf32>, tensor<1x9x9x3xf32>, tensor<1x9x9x8xf32>) -> tensor<1x9x9x16xf32>
  %w1 = "tosa.const"() <{values = dense<0.1> : tensor<7x3x3x16xf32>}> : () -> tensor<7x3x3x16xf32>
  %b1 = "tosa.const"() <{values = dense<0.1> : tensor<7xf32>}> : () -> tensor<7xf32>
  %r1 = tosa.conv2d %cat, %w1, %b1, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 2, 2>} : (tensor<1x9x9x16xf32>, tensor<7x3x3x16xf32>, tensor<7xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x5x5x7xf32>
  %w2 = "tosa.const"() <{values = dense<0.1> : tensor<2x3x3x16xf32>}> : () -> tensor<2x3x3x16xf32>
  %b2 = "tosa.const"() <{values = dense<0.1> : tensor<2xf32>}> : () -> tensor<2xf32>
  %r2 = tosa.conv2d %cat, %w2, %b2, %zp, %zp {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 1, 3, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x9x9x16xf32>, tensor<2x3x3x16xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x9x9x2xf32>
  %b3 = "tosa.const"() <{values = dense<0.1> : tensor<6xf32>}> : () -> tensor<6xf32>
  %r3 = tosa.conv2d %cat, %wdyn, %b3, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x9x9x16xf32>, tensor<6x1x1x16xf32>, tensor<6xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x9x9x6xf32>
  return %r1, %r2, %r3 : tensor<1x5x5x7xf32>, tensor<1x9x9x2xf32>, tensor<1x9x9x6xf32>
}
