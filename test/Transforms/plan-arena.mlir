// RUN: serenity-opt %s -split-input-file -serenity-plan-arena | FileCheck %s
// Running the pass twice changes nothing.
// RUN: serenity-opt %s -split-input-file -serenity-plan-arena -serenity-plan-arena | FileCheck %s
// Deallocs moved after the last use (optimize-allocation-liveness):
// the lifetimes come from the last uses, so the plan is the same.
// RUN: serenity-opt %s -split-input-file --pass-pipeline="builtin.module(func.func(optimize-allocation-liveness),serenity-plan-arena)" | FileCheck %s

// Steps are the ops of the body. %a lives over steps 0-3, %b 2-6, %c 5-8:
// %a and %c never meet and share bytes [0, 1024); %b takes [1024, 2048).
// Lower bound: 2 x 1 KiB live at steps 2-3 and 5-6.

// CHECK-LABEL: func.func @chain
// CHECK-SAME: serenity.arena = #serenity.arena<bytes = 2048, lower_bound = 2048, optimal = true, planner = "tflite", buffers = 3>
// CHECK-NEXT: %[[ARENA:.*]] = memref.alloc() {alignment = 16 : i64} : memref<2048xi8>
// CHECK-NEXT: %[[O0:.*]] = arith.constant 0 : index
// CHECK-NEXT: %[[A:.*]] = memref.view %[[ARENA]][%[[O0]]][] : memref<2048xi8> to memref<256xf32>
// CHECK-NEXT: linalg.fill ins(%{{.*}} : f32) outs(%[[A]] : memref<256xf32>)
// CHECK-NEXT: %[[O1:.*]] = arith.constant 1024 : index
// CHECK-NEXT: %[[B:.*]] = memref.view %[[ARENA]][%[[O1]]][] : memref<2048xi8> to memref<256xf32>
// CHECK-NEXT: linalg.copy ins(%[[A]] : memref<256xf32>) outs(%[[B]] : memref<256xf32>)
// CHECK-NEXT: %[[O2:.*]] = arith.constant 0 : index
// CHECK-NEXT: %[[C:.*]] = memref.view %[[ARENA]][%[[O2]]][] : memref<2048xi8> to memref<256xf32>
// CHECK-NEXT: linalg.copy ins(%[[B]] : memref<256xf32>) outs(%[[C]] : memref<256xf32>)
// CHECK-NEXT: linalg.copy ins(%[[C]] : memref<256xf32>) outs(%{{.*}} : memref<256xf32>)
// CHECK-NEXT: memref.dealloc %[[ARENA]] : memref<2048xi8>
// CHECK-NEXT: return
func.func @chain(%cst: f32, %out: memref<256xf32>) {
  %a = memref.alloc() : memref<256xf32>
  linalg.fill ins(%cst : f32) outs(%a : memref<256xf32>)
  %b = memref.alloc() : memref<256xf32>
  linalg.copy ins(%a : memref<256xf32>) outs(%b : memref<256xf32>)
  memref.dealloc %a : memref<256xf32>
  %c = memref.alloc() : memref<256xf32>
  linalg.copy ins(%b : memref<256xf32>) outs(%c : memref<256xf32>)
  memref.dealloc %b : memref<256xf32>
  linalg.copy ins(%c : memref<256xf32>) outs(%out : memref<256xf32>)
  memref.dealloc %c : memref<256xf32>
  return
}

// -----

// Views of views keep the buffer alive: %a's last use is through %w, a
// subview of a collapse of it, at step 7 (the deallocs sit at the end of the
// block, as upstream buffer deallocation puts them). So %a (512 B, steps
// 0-7) meets %b (1 KiB, 4-10) and only %c (512 B, 8-11) can share its
// bytes. Largest first: %b at 0, %a above it, %c above it too. Had only
// %a's direct uses counted (steps 0-1), %a would have met nothing and
// taken offset 0. Lower bound: 1536 B at steps 4-10.

// CHECK-LABEL: func.func @views_of_views
// CHECK-SAME: serenity.arena = #serenity.arena<bytes = 1536, lower_bound = 1536, optimal = true, planner = "tflite", buffers = 3>
// CHECK-NEXT: %[[ARENA:.*]] = memref.alloc() {alignment = 16 : i64} : memref<1536xi8>
// CHECK: %[[O0:.*]] = arith.constant 1024 : index
// CHECK-NEXT: %[[A:.*]] = memref.view %[[ARENA]][%[[O0]]][] : memref<1536xi8> to memref<2x64xf32>
// CHECK-NEXT: %[[V:.*]] = memref.collapse_shape %[[A]]
// CHECK-NEXT: %[[W:.*]] = memref.subview %[[V]][0] [64] [1]
// CHECK-NEXT: linalg.fill ins(%{{.*}} : f32) outs(%[[W]]
// CHECK-NEXT: %[[O1:.*]] = arith.constant 0 : index
// CHECK-NEXT: memref.view %[[ARENA]][%[[O1]]][] : memref<1536xi8> to memref<256xf32>
// CHECK: %[[O2:.*]] = arith.constant 1024 : index
// CHECK-NEXT: memref.view %[[ARENA]][%[[O2]]][] : memref<1536xi8> to memref<128xf32>
// CHECK-NOT: memref.dealloc %{{.*}} : memref<{{.*}}xf32>
// CHECK: memref.dealloc %[[ARENA]]
func.func @views_of_views(%cst: f32, %out: memref<128xf32>) {
  %a = memref.alloc() : memref<2x64xf32>
  %v = memref.collapse_shape %a [[0, 1]] : memref<2x64xf32> into memref<128xf32>
  %w = memref.subview %v[0] [64] [1] : memref<128xf32> to memref<64xf32, strided<[1]>>
  linalg.fill ins(%cst : f32) outs(%w : memref<64xf32, strided<[1]>>)
  %b = memref.alloc() : memref<256xf32>
  linalg.fill ins(%cst : f32) outs(%b : memref<256xf32>)
  %bs = memref.subview %b[0] [64] [1] : memref<256xf32> to memref<64xf32, strided<[1]>>
  linalg.copy ins(%w : memref<64xf32, strided<[1]>>) outs(%bs : memref<64xf32, strided<[1]>>)
  %c = memref.alloc() : memref<128xf32>
  %cs = memref.subview %c[0] [64] [1] : memref<128xf32> to memref<64xf32, strided<[1]>>
  linalg.copy ins(%bs : memref<64xf32, strided<[1]>>) outs(%cs : memref<64xf32, strided<[1]>>)
  linalg.copy ins(%c : memref<128xf32>) outs(%out : memref<128xf32>)
  memref.dealloc %a : memref<2x64xf32>
  memref.dealloc %b : memref<256xf32>
  memref.dealloc %c : memref<128xf32>
  return
}

// -----

// Buffers used inside regions: a use in an scf.for body or a linalg.generic
// body is a use by the op that holds the region. Steps: the three
// constants are 0-2, %a is allocated at 3 and read last inside the loop (6),
// %b is allocated at 5 and read last inside the linalg.generic body (8);
// %c (7-9) meets %b but not %a, and takes %a's bytes. The allocation inside
// the loop body, freed there, lives for the loop's step only: it meets %a
// and %b, and goes above them. 1 KiB each; live at step 6: %a, %b and %t
// (256 B): 2304 B.

// CHECK-LABEL: func.func @regions
// CHECK-SAME: serenity.arena = #serenity.arena<bytes = 2304, lower_bound = 2304, optimal = true, planner = "tflite", buffers = 4>
// CHECK: arith.constant 64 : index
// CHECK-NEXT: %[[O0:.*]] = arith.constant 0 : index
// CHECK-NEXT: %[[A:.*]] = memref.view %{{.*}}[%[[O0]]][] : memref<2304xi8> to memref<256xf32>
// CHECK: %[[O1:.*]] = arith.constant 1024 : index
// CHECK-NEXT: %[[B:.*]] = memref.view %{{.*}}[%[[O1]]][] : memref<2304xi8> to memref<256xf32>
// CHECK: scf.for
// CHECK: %[[O2:.*]] = arith.constant 2048 : index
// CHECK-NEXT: %[[T:.*]] = memref.view %{{.*}}[%[[O2]]][] : memref<2304xi8> to memref<64xf32>
// CHECK-NEXT: memref.load %[[A]]
// CHECK-NOT: memref.dealloc
// CHECK: }
// CHECK: %[[O3:.*]] = arith.constant 0 : index
// CHECK-NEXT: %[[C:.*]] = memref.view %{{.*}}[%[[O3]]][] : memref<2304xi8> to memref<256xf32>
// CHECK: linalg.generic
// CHECK: memref.load %[[B]]
func.func @regions(%cst: f32, %out: memref<256xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c64 = arith.constant 64 : index
  %a = memref.alloc() : memref<256xf32>
  linalg.fill ins(%cst : f32) outs(%a : memref<256xf32>)
  %b = memref.alloc() : memref<256xf32>
  scf.for %i = %c0 to %c64 step %c1 {
    %t = memref.alloc() : memref<64xf32>
    %x = memref.load %a[%i] : memref<256xf32>
    memref.store %x, %t[%i] : memref<64xf32>
    %y = memref.load %t[%i] : memref<64xf32>
    memref.store %y, %b[%i] : memref<256xf32>
    memref.dealloc %t : memref<64xf32>
  }
  %c = memref.alloc() : memref<256xf32>
  linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>],
                  iterator_types = ["parallel"]}
      outs(%c : memref<256xf32>) {
  ^bb0(%o: f32):
    %k = linalg.index 0 : index
    %v = memref.load %b[%k] : memref<256xf32>
    linalg.yield %v : f32
  }
  linalg.copy ins(%c : memref<256xf32>) outs(%out : memref<256xf32>)
  memref.dealloc %a : memref<256xf32>
  memref.dealloc %b : memref<256xf32>
  memref.dealloc %c : memref<256xf32>
  return
}

// -----

// Alignment: every offset is a multiple of 16 (the default of the
// alignment option), of the element type's alignment (i64: 8) and of an
// allocation's own alignment (%big: 128). %x (100 B), %y (8 B) and %big
// (64 B) are live together; sizes rounded to the granule (16): 112 + 16 +
// 64 = 192. Largest first: %x at 0, %big above it at the next multiple of
// 128, %y in the gap between them at 112.

// CHECK-LABEL: func.func @alignment
// CHECK-SAME: serenity.arena = #serenity.arena<bytes = 192, lower_bound = 192, optimal = true, planner = "tflite", buffers = 3>
// CHECK-NEXT: %[[ARENA:.*]] = memref.alloc() {alignment = 128 : i64} : memref<192xi8>
// CHECK-NEXT: %[[O0:.*]] = arith.constant 0 : index
// CHECK-NEXT: memref.view %[[ARENA]][%[[O0]]][] : memref<192xi8> to memref<100xi8>
// CHECK-NEXT: %[[O1:.*]] = arith.constant 112 : index
// CHECK-NEXT: memref.view %[[ARENA]][%[[O1]]][] : memref<192xi8> to memref<1xi64>
// CHECK-NEXT: %[[O2:.*]] = arith.constant 128 : index
// CHECK-NEXT: memref.view %[[ARENA]][%[[O2]]][] : memref<192xi8> to memref<16xf32>
func.func @alignment(%v: i8, %w: i64, %f: f32, %out: memref<100xi8>) {
  %x = memref.alloc() : memref<100xi8>
  %y = memref.alloc() : memref<1xi64>
  %big = memref.alloc() {alignment = 128 : i64} : memref<16xf32>
  linalg.fill ins(%v : i8) outs(%x : memref<100xi8>)
  linalg.fill ins(%w : i64) outs(%y : memref<1xi64>)
  linalg.fill ins(%f : f32) outs(%big : memref<16xf32>)
  linalg.copy ins(%x : memref<100xi8>) outs(%out : memref<100xi8>)
  memref.dealloc %x : memref<100xi8>
  memref.dealloc %y : memref<1xi64>
  memref.dealloc %big : memref<16xf32>
  return
}

// -----

// A function of several blocks is not planned: its allocations stay, and
// its summary is an empty arena that names the planner (an empty planner
// name does not verify; found by test/Fuzz).
// CHECK-LABEL: func.func @several_blocks
// CHECK-SAME: serenity.arena = #serenity.arena<bytes = 0, lower_bound = 0, optimal = true, planner = "tflite", buffers = 0>
// CHECK: memref.alloc() : memref<4xf32>
func.func @several_blocks(%f: f32) {
  %a = memref.alloc() : memref<4xf32>
  linalg.fill ins(%f : f32) outs(%a : memref<4xf32>)
  cf.br ^bb1
^bb1:
  memref.dealloc %a : memref<4xf32>
  return
}
