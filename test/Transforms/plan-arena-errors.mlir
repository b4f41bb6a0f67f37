// RUN: serenity-opt %s -split-input-file -serenity-plan-arena=max-bytes=1000 -verify-diagnostics
// RUN: not serenity-opt %s -split-input-file -serenity-plan-arena=arena=argument 2>&1 | FileCheck %s --check-prefix=ARG
// RUN: not serenity-opt %s -serenity-plan-arena=alignment=24 2>&1 | FileCheck %s --check-prefix=ALIGN

// ALIGN: error: serenity-plan-arena: alignment=24 is not a power of two

// Two 1 KiB buffers live at once need 2048 bytes: more than max-bytes.
// expected-error @below {{serenity-plan-arena: the arena needs 2048 bytes, more than max-bytes=1000 (lower bound 2048 bytes)}}
func.func @too_big(%x: f32, %out: memref<256xf32>) {
  %a = memref.alloc() : memref<256xf32>
  linalg.fill ins(%x : f32) outs(%a : memref<256xf32>)
  %b = memref.alloc() : memref<256xf32>
  linalg.copy ins(%a : memref<256xf32>) outs(%b : memref<256xf32>)
  memref.dealloc %a : memref<256xf32>
  linalg.copy ins(%b : memref<256xf32>) outs(%out : memref<256xf32>)
  memref.dealloc %b : memref<256xf32>
  return
}

// -----

// 64 bytes fit. With arena=argument, the function is called in the module:
// a new argument would break the call, so the pass fails (and changes
// nothing).
// ARG: error: serenity-plan-arena: arena=argument would change the signature of a function that is called in the module
func.func @small(%x: f32) {
  %a = memref.alloc() : memref<16xf32>
  linalg.fill ins(%x : f32) outs(%a : memref<16xf32>)
  memref.dealloc %a : memref<16xf32>
  return
}

func.func @caller(%x: f32) {
  call @small(%x) : (f32) -> ()
  return
}
