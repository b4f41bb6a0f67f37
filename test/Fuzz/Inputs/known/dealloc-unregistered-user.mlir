// RUN: serenity-opt -allow-unregistered-dialect -serenity-dealloc-after-last-use %s
func.func @f() {
  %a = memref.alloc() : memref<16xf32>
  "test.use"(%a) : (memref<16xf32>) -> ()
  memref.dealloc %a : memref<16xf32>
  return
}
