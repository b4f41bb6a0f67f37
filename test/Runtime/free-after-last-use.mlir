// Buffers are freed right after their last use, as the memory model
// (docs/MemoryModel.md, rule 7) assumes: upstream's
// optimize-allocation-liveness, which serenity-bufferize-for-measurement runs
// after buffer-deallocation-pipeline, on what that pipeline leaves (every
// dealloc at the end of the block). bufferize-for-measurement.mlir checks
// the whole pipeline.

// RUN: serenity-opt %s -split-input-file -allow-unregistered-dialect --pass-pipeline='builtin.module(func.func(optimize-allocation-liveness))' | FileCheck %s

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

// -----

// A use inside a region counts as a use by the op that holds the region.

// CHECK-LABEL: func.func @regions
// CHECK:      %[[A:.*]] = memref.alloc()
// CHECK-NEXT: %[[B:.*]] = memref.alloc()
// CHECK-NEXT: scf.for
// CHECK-NEXT:   memref.store %{{.*}}, %[[A]]
// CHECK-NEXT:   memref.store %{{.*}}, %[[B]]
// CHECK-NEXT: }
// CHECK-DAG:  memref.dealloc %[[B]]
// CHECK-DAG:  memref.dealloc %[[A]]
// CHECK-NEXT: %[[C:.*]] = memref.alloc()
// CHECK-NEXT: "test.use"(%[[C]])
// CHECK-NEXT: memref.dealloc %[[C]]
// CHECK-NEXT: return
func.func @regions(%f: f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  %a = memref.alloc() : memref<16xf32>
  %b = memref.alloc() : memref<16xf32>
  scf.for %i = %c0 to %c16 step %c1 {
    memref.store %f, %a[%i] : memref<16xf32>
    memref.store %f, %b[%i] : memref<16xf32>
  }
  %c = memref.alloc() : memref<16xf32>
  "test.use"(%c) : (memref<16xf32>) -> ()
  memref.dealloc %b : memref<16xf32>
  memref.dealloc %a : memref<16xf32>
  memref.dealloc %c : memref<16xf32>
  return
}

// -----

// An op of an unregistered dialect between the allocation and the dealloc
// is a user like any other (it crashed -serenity-dealloc-after-last-use,
// which this pipeline used before).

// CHECK-LABEL: func.func @unregistered
// CHECK:      %[[M:.*]] = memref.alloc()
// CHECK-NEXT: "test.use"(%[[M]])
// CHECK-NEXT: memref.dealloc %[[M]]
// CHECK-NEXT: "test.other"()
// CHECK-NEXT: return
func.func @unregistered() {
  %m = memref.alloc() : memref<16xf32>
  "test.use"(%m) : (memref<16xf32>) -> ()
  "test.other"() : () -> ()
  memref.dealloc %m : memref<16xf32>
  return
}

