// @cell of ../dataflow-check.mlir computing b1 - a1 instead of a1 - b1.
func.func @cell(%x: tensor<1024xf32>) -> tensor<1xf32> {
  %a = tosa.exp %x : (tensor<1024xf32>) -> tensor<1024xf32>
  %b = tosa.tanh %x : (tensor<1024xf32>) -> tensor<1024xf32>
  %a1 = tosa.reduce_sum %a {axis = 0 : i32} : (tensor<1024xf32>) -> tensor<1xf32>
  %b1 = tosa.reduce_sum %b {axis = 0 : i32} : (tensor<1024xf32>) -> tensor<1xf32>
  %d = tosa.sub %b1, %a1 : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
  return %d : tensor<1xf32>
}
