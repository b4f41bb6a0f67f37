// RUN: serenity-opt %s -split-input-file -serenity-dealloc-after-last-use | FileCheck %s
// RUN: serenity-opt %s -split-input-file -serenity-dealloc-after-last-use='report=true' -o /dev/null 2>&1 | FileCheck %s --check-prefix=REMARK

// What buffer-deallocation-pipeline produces: every dealloc at the end of the
// block. Each moves up to right after the last use of its buffer.

func.func private @use(memref<16xf32>)

// CHECK-LABEL: func.func @chain
// CHECK:      %[[A:.*]] = memref.alloc()
// CHECK-NEXT: linalg.fill {{.*}} outs(%[[A]]
// CHECK-NEXT: %[[B:.*]] = memref.alloc()
// CHECK-NEXT: memref.copy %[[A]], %[[B]]
// CHECK-NEXT: memref.dealloc %[[A]]
// CHECK-NEXT: %[[C:.*]] = memref.alloc()
// CHECK-NEXT: memref.copy %[[B]], %[[C]]
// CHECK-NEXT: memref.dealloc %[[B]]
// CHECK-NEXT: call @use(%[[C]])
// CHECK-NEXT: memref.dealloc %[[C]]
// CHECK-NEXT: return
func.func @chain(%f: f32) {
  %a = memref.alloc() : memref<16xf32>
  linalg.fill ins(%f : f32) outs(%a : memref<16xf32>)
  %b = memref.alloc() : memref<16xf32>
  memref.copy %a, %b : memref<16xf32> to memref<16xf32>
  %c = memref.alloc() : memref<16xf32>
  memref.copy %b, %c : memref<16xf32> to memref<16xf32>
  call @use(%c) : (memref<16xf32>) -> ()
  memref.dealloc %a : memref<16xf32>
  memref.dealloc %b : memref<16xf32>
  memref.dealloc %c : memref<16xf32>
  return
}
// REMARK: remark: serenity-dealloc-after-last-use: 2 deallocs moved, 1 already in place, 0 kept

// -----

// A view keeps its source alive: the dealloc of %a waits for the last use of
// %v, and of %w, a view of the view.

func.func private @use(memref<16xf32>)

// CHECK-LABEL: func.func @views
// CHECK:      %[[A:.*]] = memref.alloc()
// CHECK:      %[[V:.*]] = memref.collapse_shape %[[A]]
// CHECK-NEXT: %[[W:.*]] = memref.cast %[[V]]
// CHECK-NEXT: %[[B:.*]] = memref.alloc()
// CHECK-NEXT: linalg.fill {{.*}} outs(%[[B]]
// CHECK-NEXT: call @use(%[[W]])
// CHECK-NEXT: memref.dealloc %[[A]]
// CHECK-NEXT: call @use(%[[B]])
// CHECK-NEXT: memref.dealloc %[[B]]
func.func @views(%f: f32) {
  %a = memref.alloc() : memref<4x4xf32>
  linalg.fill ins(%f : f32) outs(%a : memref<4x4xf32>)
  %v = memref.collapse_shape %a [[0, 1]] : memref<4x4xf32> into memref<16xf32>
  %w = memref.cast %v : memref<16xf32> to memref<16xf32>
  %b = memref.alloc() : memref<16xf32>
  linalg.fill ins(%f : f32) outs(%b : memref<16xf32>)
  call @use(%w) : (memref<16xf32>) -> ()
  call @use(%b) : (memref<16xf32>) -> ()
  memref.dealloc %a : memref<4x4xf32>
  memref.dealloc %b : memref<16xf32>
  return
}
// REMARK: remark: serenity-dealloc-after-last-use: 1 deallocs moved, 1 already in place, 0 kept

// -----

// A use inside a region counts as a use by the op that holds the region; a
// buffer nobody uses is freed right after it is allocated; deallocs moved
// behind the same op keep their order.

// CHECK-LABEL: func.func @regions
// CHECK:      %[[A:.*]] = memref.alloc()
// CHECK-NEXT: %[[UNUSED:.*]] = memref.alloc()
// CHECK-NEXT: memref.dealloc %[[UNUSED]]
// CHECK-NEXT: %[[B:.*]] = memref.alloc()
// CHECK-NEXT: scf.for
// CHECK-NEXT:   memref.store %{{.*}}, %[[A]]
// CHECK-NEXT:   memref.store %{{.*}}, %[[B]]
// CHECK-NEXT: }
// CHECK-NEXT: memref.dealloc %[[B]]
// CHECK-NEXT: memref.dealloc %[[A]]
// CHECK-NEXT: %[[C:.*]] = memref.alloc()
// CHECK-NEXT: memref.dealloc %[[C]]
// CHECK-NEXT: return
func.func @regions(%f: f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  %a = memref.alloc() : memref<16xf32>
  %unused = memref.alloc() : memref<16xf32>
  %b = memref.alloc() : memref<16xf32>
  scf.for %i = %c0 to %c16 step %c1 {
    memref.store %f, %a[%i] : memref<16xf32>
    memref.store %f, %b[%i] : memref<16xf32>
  }
  %c = memref.alloc() : memref<16xf32>
  memref.dealloc %b : memref<16xf32>
  memref.dealloc %unused : memref<16xf32>
  memref.dealloc %a : memref<16xf32>
  memref.dealloc %c : memref<16xf32>
  return
}
// REMARK: remark: serenity-dealloc-after-last-use: 3 deallocs moved, 1 already in place, 0 kept

// -----

// Deallocs that must stay: the buffer's address escapes as an integer, or an
// alias is used in another block (control flow decides when that runs).

func.func private @use(memref<16xf32>)

// CHECK-LABEL: func.func @kept
// CHECK:      %[[A:.*]] = memref.alloc()
// CHECK-NEXT: memref.extract_aligned_pointer_as_index %[[A]]
// CHECK-NEXT: %[[B:.*]] = memref.alloc()
// CHECK-NEXT: call @use(%[[B]])
// CHECK-NEXT: cf.br ^bb1
// CHECK:      ^bb1:
// CHECK-NEXT: call @use(%[[B]])
// CHECK-NEXT: %[[C:.*]] = memref.alloc()
// CHECK-NEXT: call @use(%[[C]])
// CHECK-NEXT: memref.dealloc %[[C]]
// CHECK-NEXT: call @use(%[[C]])
// CHECK-NEXT: memref.dealloc %[[A]]
// CHECK-NEXT: memref.dealloc %[[B]]
// CHECK-NEXT: return %[[P:.*]] : index
func.func @kept() -> index {
  %a = memref.alloc() : memref<16xf32>
  %p = memref.extract_aligned_pointer_as_index %a : memref<16xf32> -> index
  %b = memref.alloc() : memref<16xf32>
  call @use(%b) : (memref<16xf32>) -> ()
  cf.br ^bb1
^bb1:
  call @use(%b) : (memref<16xf32>) -> ()
  %c = memref.alloc() : memref<16xf32>
  call @use(%c) : (memref<16xf32>) -> ()
  memref.dealloc %c : memref<16xf32>
  // Not a realistic program (a use after the free), but it shows that only
  // uses before a dealloc count.
  call @use(%c) : (memref<16xf32>) -> ()
  memref.dealloc %a : memref<16xf32>
  memref.dealloc %b : memref<16xf32>
  return %p : index
}
// REMARK: remark: serenity-dealloc-after-last-use: 0 deallocs moved, 1 already in place, 2 kept
