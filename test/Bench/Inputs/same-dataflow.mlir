// @cell of ../dataflow-check.mlir, written in another order with other names.
func.func @cell(%input: tensor<1024xf32>) -> tensor<1xf32> {
  %t = tosa.tanh %input : (tensor<1024xf32>) -> tensor<1024xf32>
  %ts = tosa.reduce_sum %t {axis = 0 : i32} : (tensor<1024xf32>) -> tensor<1xf32>
  %e = tosa.exp %input : (tensor<1024xf32>) -> tensor<1024xf32>
  %es = tosa.reduce_sum %e {axis = 0 : i32} : (tensor<1024xf32>) -> tensor<1xf32>
  %diff = tosa.sub %es, %ts : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
  return %diff : tensor<1xf32>
}
