// RUN: serenity-opt %s -allow-unregistered-dialect -serenity-plan-arena | FileCheck %s --check-prefix=ALLOC
// RUN: serenity-opt %s -allow-unregistered-dialect -serenity-plan-arena=arena=global | FileCheck %s --check-prefix=GLOBAL
// RUN: serenity-opt %s -allow-unregistered-dialect -serenity-plan-arena=arena=argument | FileCheck %s --check-prefix=ARGUMENT
// RUN: serenity-opt %s -allow-unregistered-dialect -serenity-plan-arena=planner=tflite | FileCheck %s --check-prefix=TFLITE
// RUN: serenity-opt %s -allow-unregistered-dialect "-serenity-plan-arena=alignment=256 planner=xla" | FileCheck %s --check-prefix=XLA
// RUN: serenity-opt %s -allow-unregistered-dialect -serenity-plan-arena=max-nodes=0 | FileCheck %s --check-prefix=NOSEARCH

// Four buffers whose lifetimes (in steps of the body) are
//   %c 256 B, steps 0-5;  %d 512 B, steps 2-3;
//   %b 256 B, steps 4-7;  %a 512 B, steps 6-7.
// Live at once: %c + %d = 768 B (steps 2-3), %c + %b = 512 B (4-5),
// %b + %a = 768 B (6-7): the lower bound is 768 B.
//
// Largest first (TFLite, TFLite Micro and XLA alike) puts %d and %a at 0
// (they never meet), %c on %d at 512, and %b, which meets %c and %a, on top
// at 768: 1024 B. The exact search finds 768 B: %c at 0, %d on it at 256,
// %b at 512 and %a under it at 0 (both meet only each other and %c or %b).

// ALLOC-LABEL: func.func @forms(
// ALLOC-SAME: serenity.arena = #serenity.arena<bytes = 768, lower_bound = 768, optimal = true, planner = "search", buffers = 4>
// ALLOC-NEXT: %[[ARENA:.*]] = memref.alloc() {alignment = 16 : i64} : memref<768xi8>
// ALLOC-NEXT: %[[OC:.*]] = arith.constant 0 : index
// ALLOC-NEXT: memref.view %[[ARENA]][%[[OC]]][] : memref<768xi8> to memref<64xf32>
// ALLOC: %[[OD:.*]] = arith.constant 256 : index
// ALLOC-NEXT: memref.view %[[ARENA]][%[[OD]]][] : memref<768xi8> to memref<128xf32>
// ALLOC: %[[OB:.*]] = arith.constant 512 : index
// ALLOC-NEXT: memref.view %[[ARENA]][%[[OB]]][] : memref<768xi8> to memref<64xf32>
// ALLOC: %[[OA:.*]] = arith.constant 0 : index
// ALLOC-NEXT: memref.view %[[ARENA]][%[[OA]]][] : memref<768xi8> to memref<128xf32>
// ALLOC: memref.dealloc %[[ARENA]] : memref<768xi8>
// ALLOC-NEXT: return

// The arena as a private global (renamed, since @forms_arena is taken), no
// allocation and no dealloc in the function.
// GLOBAL: memref.global "private" @forms_arena : memref<4xf32>
// GLOBAL: memref.global "private" @[[NAME:forms_arena_[0-9]+]] : memref<768xi8> = uninitialized {alignment = 16 : i64}
// GLOBAL-LABEL: func.func @forms(
// GLOBAL-NEXT: %[[ARENA:.*]] = memref.get_global @[[NAME]] : memref<768xi8>
// GLOBAL-NOT: memref.alloc
// GLOBAL-NOT: memref.dealloc
// GLOBAL: return

// The arena as a new last argument, owned by the caller.
// ARGUMENT-LABEL: func.func @forms(
// ARGUMENT-SAME: %{{.*}}: f32, %[[ARENA:.*]]: memref<768xi8>)
// ARGUMENT-NOT: memref.alloc
// ARGUMENT: memref.view %[[ARENA]]
// ARGUMENT-NOT: memref.dealloc
// ARGUMENT: return

// A baseline alone, with the honest bound.
// TFLITE: serenity.arena = #serenity.arena<bytes = 1024, lower_bound = 768, optimal = false, planner = "tflite", buffers = 4>
// XLA: serenity.arena = #serenity.arena<bytes = 1024, lower_bound = 768, optimal = false, planner = "xla", buffers = 4>
// XLA: memref.alloc() {alignment = 256 : i64} : memref<1024xi8>
// No search: the best baseline.
// NOSEARCH: serenity.arena = #serenity.arena<bytes = 1024, lower_bound = 768, optimal = false, planner = "tflite", buffers = 4>

memref.global "private" @forms_arena : memref<4xf32>

func.func @forms(%x: f32) {
  %c = memref.alloc() : memref<64xf32>
  linalg.fill ins(%x : f32) outs(%c : memref<64xf32>)
  %d = memref.alloc() : memref<128xf32>
  "test.use"(%c, %d) : (memref<64xf32>, memref<128xf32>) -> ()
  %b = memref.alloc() : memref<64xf32>
  "test.use"(%c, %b) : (memref<64xf32>, memref<64xf32>) -> ()
  %a = memref.alloc() : memref<128xf32>
  "test.use"(%a, %b) : (memref<128xf32>, memref<64xf32>) -> ()
  memref.dealloc %d : memref<128xf32>
  memref.dealloc %c : memref<64xf32>
  memref.dealloc %b : memref<64xf32>
  memref.dealloc %a : memref<128xf32>
  return
}
