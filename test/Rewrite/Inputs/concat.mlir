// Concatenations that stay: one returned and reshaped, one reduced. Their
// parts are an add and a 1x1 convolution used only there (written straight
// into their slice once lowered to linalg), a ReLU used twice and a function
// argument (copied into their slice).
func.func @concat(%x: tensor<1x6x6x4xf32>, %y: tensor<1x6x6x4xf32>) -> (tensor<1x6x6x17xf32>, tensor<1x612xf32>, tensor<1x1x6x12xf32>) {
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %a = tosa.add %x, %y : (tensor<1x6x6x4xf32>, tensor<1x6x6x4xf32>) -> tensor<1x6x6x4xf32>
  %w = "tosa.const"() <{values = dense<0.1> : tensor<5x1x1x4xf32>}> : () -> tensor<5x1x1x4xf32>
  %bias = "tosa.const"() <{values = dense<0.1> : tensor<5xf32>}> : () -> tensor<5xf32>
  %b = tosa.conv2d %y, %w, %bias, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x6x6x4xf32>, tensor<5x1x1x4xf32>, tensor<5xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x6x6x5xf32>
  %r = tosa.clamp %x {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x6x6x4xf32>) -> tensor<1x6x6x4xf32>
  %cat = tosa.concat %a, %b, %r, %y {axis = 3 : i32} : (tensor<1x6x6x4xf32>, tensor<1x6x6x5xf32>, tensor<1x6x6x4xf32>, tensor<1x6x6x4xf32>) -> tensor<1x6x6x17xf32>
  %shape = tosa.const_shape {values = dense<[1, 612]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %flat = tosa.reshape %cat, %shape : (tensor<1x6x6x17xf32>, !tosa.shape<2>) -> tensor<1x612xf32>
  %e = tosa.exp %r : (tensor<1x6x6x4xf32>) -> tensor<1x6x6x4xf32>
  %m = tosa.mul %x, %y, %shift : (tensor<1x6x6x4xf32>, tensor<1x6x6x4xf32>, tensor<1xi8>) -> tensor<1x6x6x4xf32>
  %cat2 = tosa.concat %e, %m, %r {axis = 3 : i32} : (tensor<1x6x6x4xf32>, tensor<1x6x6x4xf32>, tensor<1x6x6x4xf32>) -> tensor<1x6x6x12xf32>
  %sum = tosa.reduce_max %cat2 {axis = 1 : i32} : (tensor<1x6x6x12xf32>) -> tensor<1x1x6x12xf32>
  return %cat, %flat, %sum : tensor<1x6x6x17xf32>, tensor<1x612xf32>, tensor<1x1x6x12xf32>
}
