// Measured peak memory of a compiled diamond, given breadth first, before and
// after -serenity-memory-schedule: the bytes the lowered code really
// allocates (utils/serenity-run.py, runtime/SerenityRuntime.cpp) are what the
// memory model predicts, and reordering leaves the output bit for bit equal.

// RUN: %python %serenity_run %s > %t.framework
// RUN: %python %serenity_run %s --passes=-serenity-memory-schedule > %t.scheduled
// RUN: FileCheck %s --check-prefix=FRAMEWORK < %t.framework
// RUN: FileCheck %s --check-prefix=SCHEDULED < %t.scheduled
// RUN: cat %t.framework %t.scheduled | FileCheck %s --check-prefix=SAME

// Without freeing after the last use (--no-dealloc-fix), buffer-deallocation-pipeline
// frees every buffer at the end of the function: both orders then measure
// the sum of all buffers, and scheduling saves nothing.
// RUN: %python %serenity_run %s --no-dealloc-fix > %t.nofix.framework
// RUN: %python %serenity_run %s --no-dealloc-fix --passes=-serenity-memory-schedule > %t.nofix.scheduled
// RUN: FileCheck %s --check-prefix=NOFIX < %t.nofix.framework
// RUN: FileCheck %s --check-prefix=NOFIX < %t.nofix.scheduled
// RUN: cat %t.framework %t.nofix.framework %t.nofix.scheduled | FileCheck %s --check-prefix=SAME3

// %x is 4096 B (the harness allocates it through the tracked allocator, live
// from entry to its last use), %a and %b 4096 B, %a1, %b1 and %r 4 B each.
//
// Framework order (as written):
//   entry                 x                4096
//   exp   -> %a           x a              8192
//   tanh  -> %b           x a b           12288   x freed after
//   reduce %a -> %a1      a b a1           8196   a freed after
//   reduce %b -> %b1      b a1 b1          4104   b freed after
//   add   -> %r           a1 b1 r            12   r live to the end
// Peak 12288 B.
//
// Serenity's order (depth first: each branch reduced before the next):
//   exp   -> %a           x a              8192
//   reduce %a -> %a1      x a a1           8196   a freed after
//   tanh  -> %b           x a1 b           8196   x freed after
//   reduce %b -> %b1      a1 b b1          4104   b freed after
//   add   -> %r           a1 b1 r            12
// Peak 8196 B.
//
// Deallocs at the end: 4096 * 3 + 4 * 3 = 12300 B in both orders.

// FRAMEWORK: serenity-run: @diamond: measured peak 12288 bytes, predicted 12288 bytes (model on the input IR), 12288 bytes (model on the lowered linalg)
// FRAMEWORK: serenity-run: @diamond: 6 allocations, 6 frees, 12300 bytes allocated in total, 0 live at exit
// SCHEDULED: serenity-run: @diamond: measured peak 8196 bytes, predicted 8196 bytes (model on the input IR), 8196 bytes (model on the lowered linalg)
// SCHEDULED: serenity-run: @diamond: 6 allocations, 6 frees, 12300 bytes allocated in total, 0 live at exit
// NOFIX: serenity-run: @diamond: measured peak 12300 bytes
// NOFIX: serenity-run: @diamond: 6 allocations, 0 frees, 12300 bytes allocated in total, 0 live at exit

// SAME: output 0 f32 1 hash [[HASH:0x[0-9a-f]+]] sum [[SUM:[-+.0-9e]+]] abs_sum
// SAME: output 0 f32 1 hash [[HASH]] sum [[SUM]] abs_sum
// SAME3: output 0 f32 1 hash [[HASH:0x[0-9a-f]+]]
// SAME3: output 0 f32 1 hash [[HASH]]
// SAME3: output 0 f32 1 hash [[HASH]]

func.func @diamond(%x: tensor<1024xf32>) -> tensor<1xf32> {
  %a = tosa.exp %x : (tensor<1024xf32>) -> tensor<1024xf32>
  %b = tosa.tanh %x : (tensor<1024xf32>) -> tensor<1024xf32>
  %a1 = tosa.reduce_sum %a {axis = 0 : i32} : (tensor<1024xf32>) -> tensor<1xf32>
  %b1 = tosa.reduce_sum %b {axis = 0 : i32} : (tensor<1024xf32>) -> tensor<1xf32>
  %r = tosa.add %a1, %b1 : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
  return %r : tensor<1xf32>
}
