// @cell of ../dataflow-check.mlir with tanh replaced by sigmoid.
func.func @cell(%x: tensor<1024xf32>) -> tensor<1xf32> {
  %a = tosa.exp %x : (tensor<1024xf32>) -> tensor<1024xf32>
  %b = tosa.sigmoid %x : (tensor<1024xf32>) -> tensor<1024xf32>
  %a1 = tosa.reduce_sum %a {axis = 0 : i32} : (tensor<1024xf32>) -> tensor<1xf32>
  %b1 = tosa.reduce_sum %b {axis = 0 : i32} : (tensor<1024xf32>) -> tensor<1xf32>
  %d = tosa.sub %a1, %b1 : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
  return %d : tensor<1xf32>
}
