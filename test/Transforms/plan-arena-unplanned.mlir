// RUN: serenity-opt %s -split-input-file -allow-unregistered-dialect -serenity-plan-arena -verify-diagnostics | FileCheck %s

// Allocations the pass cannot plan stay as they are, with a remark saying
// why; the others of the same function are still planned.

// CHECK-LABEL: func.func @dynamic_and_returned
// CHECK-SAME: serenity.arena = #serenity.arena<bytes = 16, lower_bound = 16, optimal = true, planner = "tflite", buffers = 1>
// CHECK: memref.alloc(%{{.*}}) : memref<?xf32>
// CHECK: memref.alloc() : memref<8xf32>
// CHECK: memref.view
// CHECK: return %{{.*}} : memref<8xf32>
func.func @dynamic_and_returned(%n: index, %x: f32) -> memref<8xf32> {
  // expected-remark @below {{serenity-plan-arena: not planned: it has a dynamic size}}
  %dyn = memref.alloc(%n) : memref<?xf32>
  linalg.fill ins(%x : f32) outs(%dyn : memref<?xf32>)
  memref.dealloc %dyn : memref<?xf32>
  // expected-remark @below {{not planned: it is returned}}
  %ret = memref.alloc() : memref<8xf32>
  %ok = memref.alloc() : memref<4xf32>
  linalg.fill ins(%x : f32) outs(%ok : memref<4xf32>)
  %sub = memref.subview %ret[0] [4] [1] : memref<8xf32> to memref<4xf32, strided<[1]>>
  linalg.copy ins(%ok : memref<4xf32>) outs(%sub : memref<4xf32, strided<[1]>>)
  memref.dealloc %ok : memref<4xf32>
  return %ret : memref<8xf32>
}

// -----

func.func private @id(memref<4xf32>) -> memref<4xf32>
func.func private @read(memref<4xf32>)

// A call that only reads its operand is a use like any other (the function
// still frees the buffer after it); a call that returns a memref may hand
// the buffer back through it.
// CHECK-LABEL: func.func @calls
// CHECK-SAME: buffers = 1>
// CHECK: memref.view
// CHECK: call @read
func.func @calls(%x: f32) {
  %read = memref.alloc() : memref<4xf32>
  linalg.fill ins(%x : f32) outs(%read : memref<4xf32>)
  call @read(%read) : (memref<4xf32>) -> ()
  memref.dealloc %read : memref<4xf32>
  // expected-remark @below {{not planned: it is passed to a call that returns a memref, which may alias it}}
  %escapes = memref.alloc() : memref<4xf32>
  %back = call @id(%escapes) : (memref<4xf32>) -> memref<4xf32>
  call @read(%back) : (memref<4xf32>) -> ()
  memref.dealloc %escapes : memref<4xf32>
  return
}

// -----

// Buffers that leave the analysis, or are not freed where they are made.
// CHECK-LABEL: func.func @escapes
// CHECK-SAME: buffers = 0>
func.func @escapes(%x: f32, %c: i1) -> index {
  // expected-remark @below {{not planned: its address escapes through memref.extract_aligned_pointer_as_index}}
  %ptr = memref.alloc() : memref<4xf32>
  %p = memref.extract_aligned_pointer_as_index %ptr : memref<4xf32> -> index
  memref.dealloc %ptr : memref<4xf32>
  // expected-remark @below {{not planned: it is not freed in its block (it may outlive the function)}}
  %leak = memref.alloc() : memref<4xf32>
  linalg.fill ins(%x : f32) outs(%leak : memref<4xf32>)
  // expected-remark @below {{not planned: it is freed in another block}}
  %maybe = memref.alloc() : memref<4xf32>
  scf.if %c {
    memref.dealloc %maybe : memref<4xf32>
  }
  // expected-remark @below {{not planned: it is freed through a value that may be another buffer}}
  %one = memref.alloc() : memref<4xf32>
  // expected-remark @below {{not planned: it is freed through a value that may be another buffer}}
  %other = memref.alloc() : memref<4xf32>
  %either = arith.select %c, %one, %other : memref<4xf32>
  memref.dealloc %either : memref<4xf32>
  // expected-remark @below {{not planned: it is freed by bufferization.dealloc (ownership not resolved)}}
  %owned = memref.alloc() : memref<4xf32>
  %base, %offset, %size, %stride = memref.extract_strided_metadata %owned : memref<4xf32> -> memref<f32>, index, index, index
  bufferization.dealloc (%base : memref<f32>) if (%c)
  return %p : index
}

// -----

// Types a view of an i8 arena cannot have.
// CHECK-LABEL: func.func @types
// CHECK-SAME: buffers = 0>
func.func @types() {
  // expected-remark @below {{not planned: it has a non-identity layout}}
  %t = memref.alloc() : memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>
  memref.dealloc %t : memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>
  // expected-remark @below {{not planned: it is in a memory space other than the default}}
  %s = memref.alloc() : memref<4xf32, 1>
  memref.dealloc %s : memref<4xf32, 1>
  // expected-remark @below {{not planned: its element type is not an integer, float or index}}
  %v = memref.alloc() : memref<4xvector<4xf32>>
  memref.dealloc %v : memref<4xvector<4xf32>>
  return
}

// -----

// Regions: an allocation yielded out of its region, one in a loop whose
// iterations may run concurrently; one in a sequential loop is planned.
// CHECK-LABEL: func.func @regions
// CHECK-SAME: buffers = 1>
// CHECK: scf.parallel
// CHECK: memref.alloc() : memref<4xf32>
// CHECK: scf.for
// CHECK: memref.view
func.func @regions(%c: i1, %x: f32, %n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.if %c -> memref<4xf32> {
    // expected-remark @below {{not planned: it leaves its region through scf.yield}}
    %in = memref.alloc() : memref<4xf32>
    scf.yield %in : memref<4xf32>
  } else {
    // expected-remark @below {{not planned: it leaves its region through scf.yield}}
    %in = memref.alloc() : memref<4xf32>
    scf.yield %in : memref<4xf32>
  }
  "test.use"(%r) : (memref<4xf32>) -> ()
  memref.dealloc %r : memref<4xf32>
  scf.parallel (%i) = (%c0) to (%n) step (%c1) {
    // expected-remark @below {{not planned: it is inside scf.parallel, whose regions may run concurrently}}
    %p = memref.alloc() : memref<4xf32>
    linalg.fill ins(%x : f32) outs(%p : memref<4xf32>)
    memref.dealloc %p : memref<4xf32>
    scf.reduce
  }
  scf.for %i = %c0 to %n step %c1 {
    %s = memref.alloc() : memref<4xf32>
    linalg.fill ins(%x : f32) outs(%s : memref<4xf32>)
    memref.dealloc %s : memref<4xf32>
  }
  return
}

// -----

// Control flow between blocks decides lifetimes there: nothing is planned.
// CHECK-LABEL: func.func @blocks
// CHECK-SAME: buffers = 0>
func.func @blocks(%c: i1, %x: f32) {
  // expected-remark @below {{not planned: the function has several blocks}}
  %a = memref.alloc() : memref<4xf32>
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  linalg.fill ins(%x : f32) outs(%a : memref<4xf32>)
  cf.br ^bb2
^bb2:
  memref.dealloc %a : memref<4xf32>
  return
}
