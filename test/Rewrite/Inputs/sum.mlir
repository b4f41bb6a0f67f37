// Weighted sums (how RandWire aggregates a node's inputs): three nodes, each
// the ReLU of a weighted sum of earlier nodes followed by a 1x1
// convolution; the weights are per tensor and per channel, and one term is
// not scaled.
func.func @sums(%x: tensor<1x6x6x4xf32>, %y: tensor<1x6x6x4xf32>) -> tensor<1x6x6x4xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %s1 = "tosa.const"() <{values = dense<0.5> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
  %s2 = "tosa.const"() <{values = dense<0.7> : tensor<1x1x1x4xf32>}> : () -> tensor<1x1x1x4xf32>
  %s3 = "tosa.const"() <{values = dense<0.3> : tensor<1x1x1x4xf32>}> : () -> tensor<1x1x1x4xf32>
  %w = "tosa.const"() <{values = dense<0.1> : tensor<4x1x1x4xf32>}> : () -> tensor<4x1x1x4xf32>
  %b = "tosa.const"() <{values = dense<0.1> : tensor<4xf32>}> : () -> tensor<4xf32>
  %m1 = tosa.mul %x, %s1, %shift : (tensor<1x6x6x4xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x6x6x4xf32>
  %m2 = tosa.mul %y, %s2, %shift : (tensor<1x6x6x4xf32>, tensor<1x1x1x4xf32>, tensor<1xi8>) -> tensor<1x6x6x4xf32>
  %a1 = tosa.add %m1, %m2 : (tensor<1x6x6x4xf32>, tensor<1x6x6x4xf32>) -> tensor<1x6x6x4xf32>
  %r1 = tosa.clamp %a1 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x6x6x4xf32>) -> tensor<1x6x6x4xf32>
  %n1 = tosa.conv2d %r1, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x6x6x4xf32>, tensor<4x1x1x4xf32>, tensor<4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x6x6x4xf32>
  %m3 = tosa.mul %x, %s3, %shift : (tensor<1x6x6x4xf32>, tensor<1x1x1x4xf32>, tensor<1xi8>) -> tensor<1x6x6x4xf32>
  %m4 = tosa.mul %n1, %s1, %shift : (tensor<1x6x6x4xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x6x6x4xf32>
  %a2 = tosa.add %m3, %m4 : (tensor<1x6x6x4xf32>, tensor<1x6x6x4xf32>) -> tensor<1x6x6x4xf32>
  %a3 = tosa.add %y, %a2 : (tensor<1x6x6x4xf32>, tensor<1x6x6x4xf32>) -> tensor<1x6x6x4xf32>
  %r2 = tosa.clamp %a3 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x6x6x4xf32>) -> tensor<1x6x6x4xf32>
  %n2 = tosa.conv2d %r2, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x6x6x4xf32>, tensor<4x1x1x4xf32>, tensor<4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x6x6x4xf32>
  %m5 = tosa.mul %n1, %s2, %shift : (tensor<1x6x6x4xf32>, tensor<1x1x1x4xf32>, tensor<1xi8>) -> tensor<1x6x6x4xf32>
  %m6 = tosa.mul %n2, %s3, %shift : (tensor<1x6x6x4xf32>, tensor<1x1x1x4xf32>, tensor<1xi8>) -> tensor<1x6x6x4xf32>
  %a4 = tosa.add %m5, %m6 : (tensor<1x6x6x4xf32>, tensor<1x6x6x4xf32>) -> tensor<1x6x6x4xf32>
  %m7 = tosa.mul %x, %s1, %shift : (tensor<1x6x6x4xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x6x6x4xf32>
  %a5 = tosa.add %a4, %m7 : (tensor<1x6x6x4xf32>, tensor<1x6x6x4xf32>) -> tensor<1x6x6x4xf32>
  %r3 = tosa.clamp %a5 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x6x6x4xf32>) -> tensor<1x6x6x4xf32>
  return %r3 : tensor<1x6x6x4xf32>
}
