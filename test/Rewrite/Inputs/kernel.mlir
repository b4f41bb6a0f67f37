// Kernel-wise partitioning: a concatenation of two parts (6 and 10
// channels) pushed down through every kind of op that treats channels
// independently: per-channel scale and shift (a batch norm), ReLU, a square
// of itself, an add of a full-size tensor, a depthwise convolution with
// channel multiplier 2, stride 2 and padding, a sigmoid, max and average
// pooling with padding, a padding and a slice of the spatial dims, a
// reduction over the height, a transpose; last a 1x1 convolution that
// channel-wise partitioning splits.
func.func @kernel(%x: tensor<1x8x8x3xf32>, %z: tensor<1x8x8x16xf32>) -> (tensor<1x4x4x5xf32>, tensor<1x1x4x32xf32>, tensor<1x32x3x3xf32>) {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %wa = "tosa.const"() <{values = dense<0.1> : tensor<6x3x3x3xf32>}> : () -> tensor<6x3x3x3xf32>
  %ba = "tosa.const"() <{values = dense<0.1> : tensor<6xf32>}> : () -> tensor<6xf32>
  %a = tosa.conv2d %x, %wa, %ba, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x3xf32>, tensor<6x3x3x3xf32>, tensor<6xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x6xf32>
  %wb = "tosa.const"() <{values = dense<0.1> : tensor<10x1x1x3xf32>}> : () -> tensor<10x1x1x3xf32>
  %bb = "tosa.const"() <{values = dense<0.1> : tensor<10xf32>}> : () -> tensor<10xf32>
  %b = tosa.conv2d %x, %wb, %bb, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x3xf32>, tensor<10x1x1x3xf32>, tensor<10xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x10xf32>
  %cat = tosa.concat %a, %b {axis = 3 : i32} : (tensor<1x8x8x6xf32>, tensor<1x8x8x10xf32>) -> tensor<1x8x8x16xf32>
  %scale = "tosa.const"() <{values = dense<1.0> : tensor<1x1x1x16xf32>}> : () -> tensor<1x1x1x16xf32>
  %bn0 = tosa.mul %cat, %scale, %shift : (tensor<1x8x8x16xf32>, tensor<1x1x1x16xf32>, tensor<1xi8>) -> tensor<1x8x8x16xf32>
  %offset = "tosa.const"() <{values = dense<0.5> : tensor<1x1x1x16xf32>}> : () -> tensor<1x1x1x16xf32>
  %bn = tosa.add %bn0, %offset : (tensor<1x8x8x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x8x8x16xf32>
  %relu = tosa.clamp %bn {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf32>
  %sq = tosa.mul %relu, %relu, %shift : (tensor<1x8x8x16xf32>, tensor<1x8x8x16xf32>, tensor<1xi8>) -> tensor<1x8x8x16xf32>
  %plus = tosa.add %sq, %z : (tensor<1x8x8x16xf32>, tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf32>
  %wd = "tosa.const"() <{values = dense<0.1> : tensor<3x3x16x2xf32>}> : () -> tensor<3x3x16x2xf32>
  %bd = "tosa.const"() <{values = dense<0.1> : tensor<32xf32>}> : () -> tensor<32xf32>
  %dw = tosa.depthwise_conv2d %plus, %wd, %bd, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x8x8x16xf32>, tensor<3x3x16x2xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x32xf32>
  %sig = tosa.sigmoid %dw : (tensor<1x4x4x32xf32>) -> tensor<1x4x4x32xf32>
  %max = tosa.max_pool2d %sig {kernel = array<i64: 3, 3>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x32xf32>) -> tensor<1x4x4x32xf32>
  %avg = tosa.avg_pool2d %max, %zp, %zp {acc_type = f32, kernel = array<i64: 3, 3>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x32xf32>
  %padding = tosa.const_shape {values = dense<[0, 0, 1, 0, 0, 1, 0, 0]> : tensor<8xindex>} : () -> !tosa.shape<8>
  %padded = tosa.pad %avg, %padding, %zp : (tensor<1x4x4x32xf32>, !tosa.shape<8>, tensor<1xf32>) -> tensor<1x5x5x32xf32>
  %start = tosa.const_shape {values = dense<[0, 1, 1, 0]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %size = tosa.const_shape {values = dense<[1, 3, 3, 32]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %sliced = tosa.slice %padded, %start, %size : (tensor<1x5x5x32xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x3x3x32xf32>
  %nchw = tosa.transpose %sliced {perms = array<i32: 0, 3, 1, 2>} : (tensor<1x3x3x32xf32>) -> tensor<1x32x3x3xf32>
  %sum = tosa.reduce_sum %avg {axis = 1 : i32} : (tensor<1x4x4x32xf32>) -> tensor<1x1x4x32xf32>
  %wy = "tosa.const"() <{values = dense<0.1> : tensor<5x1x1x32xf32>}> : () -> tensor<5x1x1x32xf32>
  %by = "tosa.const"() <{values = dense<0.1> : tensor<5xf32>}> : () -> tensor<5xf32>
  %y = tosa.conv2d %max, %wy, %by, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x32xf32>, tensor<5x1x1x32xf32>, tensor<5xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x5xf32>
  return %y, %sum, %nchw : tensor<1x4x4x5xf32>, tensor<1x1x4x32xf32>, tensor<1x32x3x3xf32>
}
