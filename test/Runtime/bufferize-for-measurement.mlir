// RUN: serenity-opt %s -serenity-bufferize-for-measurement | FileCheck %s
// RUN: serenity-opt %s -serenity-bufferize-for-measurement=free-after-last-use=false | FileCheck %s --check-prefix=END

// The bufferization of utils/serenity-run.py on tensors: the call is inlined
// into the caller and the callee dropped, every buffer allocated right
// before its op, without alignment padding, and freed right after its last
// use.

// CHECK-LABEL: func.func @main
// CHECK-NOT:   call
// CHECK:       %[[X:.*]] = memref.alloc() : memref<16xf32>
// CHECK-NEXT:  linalg.fill {{.*}} outs(%[[X]]
// CHECK-NEXT:  %[[Y:.*]] = memref.alloc() : memref<16xf32>
// CHECK-NEXT:  linalg.generic {{.*}} ins(%[[X]] : memref<16xf32>) outs(%[[Y]]
// CHECK:       memref.dealloc %[[X]]
// CHECK-NEXT:  %[[Z:.*]] = memref.alloc() : memref<16xf32>
// CHECK-NEXT:  linalg.generic {{.*}} ins(%[[Y]] : memref<16xf32>) outs(%[[Z]]
// CHECK:       memref.dealloc %[[Y]]
// CHECK-NEXT:  %[[C:.*]] = memref.cast %[[Z]]
// CHECK-NEXT:  call @sink(%[[C]])
// CHECK-NEXT:  memref.dealloc %[[Z]]
// CHECK-NEXT:  return
// CHECK-NOT:   func.func private @f
// Without free-after-last-use, every buffer lives to the end of the block.
// END-LABEL: func.func @main
// END:         call @sink
// END-NEXT:    memref.dealloc
// END-NEXT:    memref.dealloc
// END-NEXT:    memref.dealloc
// END-NEXT:    return

#map = affine_map<(d0) -> (d0)>
func.func private @f(%x: tensor<16xf32>) -> tensor<16xf32> {
  %e0 = tensor.empty() : tensor<16xf32>
  %y = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%x : tensor<16xf32>) outs(%e0 : tensor<16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<16xf32>
  %e1 = tensor.empty() : tensor<16xf32>
  %z = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%y : tensor<16xf32>) outs(%e1 : tensor<16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.exp %in : f32
    linalg.yield %t : f32
  } -> tensor<16xf32>
  return %z : tensor<16xf32>
}
func.func private @sink(tensor<*xf32> {bufferization.access = "read"})
func.func @main(%v: f32) {
  %e = tensor.empty() : tensor<16xf32>
  %x = linalg.fill ins(%v : f32) outs(%e : tensor<16xf32>) -> tensor<16xf32>
  %z = call @f(%x) : (tensor<16xf32>) -> tensor<16xf32>
  %u = tensor.cast %z : tensor<16xf32> to tensor<*xf32>
  call @sink(%u) : (tensor<*xf32>) -> ()
  return
}
