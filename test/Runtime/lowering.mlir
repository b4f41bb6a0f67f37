// The lowering serenity-run uses keeps the order of the ops and the sizes the
// memory model predicts: every buffer is allocated where its op is, freed
// right after its last use, constants become globals that are not counted,
// and the one difference is a temporary of the lowering, the padded copy of
// the convolution's input.

// RUN: rm -rf %t && %python %serenity_run %s --keep-temps %t > %t.out
// RUN: FileCheck %s < %t.out
// RUN: FileCheck %s --check-prefix=IR < %t/3-filled.mlir

// Model on TOSA: %x 1024 B from entry; the conv adds %y (1024 B), and %x is
// freed after it; the clamp adds %z (1024 B): peak 2048 B.
// Lowered: the conv becomes tensor.pad (a new 1x10x10x4 buffer, 1600 B, live
// together with %x: 2624 B; %x is freed after the pad), the bias broadcast
// into a new 1024 B buffer (2624 B again) and the convolution accumulating
// into it, then the pad is freed. Peak 2624 B, which the model also gives
// on the lowered linalg.
// CHECK: serenity-run: @conv: measured peak 2624 bytes, predicted 2048 bytes (model on the input IR), 2624 bytes (model on the lowered linalg)
// CHECK: serenity-run: @conv: 4 allocations, 4 frees, 4672 bytes allocated in total, 0 live at exit

// Constants are globals, not allocations. The elided bias
// (dense_resource<__elided__>, as `--elide-weights` imports it) becomes a
// writable global without an initializer, filled at run time; the genuine
// constants (the weight and the zero point) keep their values.
// IR-DAG: memref.global "private" constant @[[ZP:__constant_1xf32]] : memref<1xf32> = dense<0.000000e+00>
// IR-DAG: memref.global "private" @[[BIAS:__constant_4xf32]] : memref<4xf32> = uninitialized
// IR-DAG: memref.global "private" constant @[[W:__constant_4x3x3x4xf32]] : memref<4x3x3x4xf32> = dense<1.000000e-01>
// IR-LABEL: func.func @__serenity_run_main()
// IR:       memref.get_global @[[BIAS]]
// IR:       call @serenityFillF32
// The input, allocated and filled by the harness.
// IR:       %[[X:.*]] = memref.alloc() : memref<1x8x8x4xf32>
// IR-NEXT:  linalg.generic
// IR-NOT:   memref.alloc
// IR:       %[[WV:.*]] = memref.get_global @[[W]]
// IR-NEXT:  %[[BV:.*]] = memref.get_global @[[BIAS]]
// The conv: pad, bias broadcast, convolution.
// IR-NEXT:  %[[P:.*]] = memref.alloc() : memref<1x10x10x4xf32>
// IR-NEXT:  linalg.map outs(%[[P]]
// IR:       %[[S:.*]] = memref.subview %[[P]]
// IR-NEXT:  memref.copy %[[X]], %[[S]]
// IR-NEXT:  memref.dealloc %[[X]]
// IR-NEXT:  %[[Y:.*]] = memref.alloc() : memref<1x8x8x4xf32>
// IR-NEXT:  linalg.generic {{.*}} ins(%[[BV]] : memref<4xf32>) outs(%[[Y]]
// IR:       linalg.conv_2d_nhwc_fhwc {{.*}} ins(%[[P]], %[[WV]] : {{.*}}) outs(%[[Y]]
// IR-NEXT:  memref.dealloc %[[P]]
// The clamp.
// IR-NEXT:  %[[Z:.*]] = memref.alloc() : memref<1x8x8x4xf32>
// IR-NEXT:  linalg.generic {{.*}} ins(%[[Y]] : {{.*}}) outs(%[[Z]]
// IR:       memref.dealloc %[[Y]]
// The result, live to the end, then checksummed and freed.
// IR-NEXT:  %[[C:.*]] = memref.cast %[[Z]]
// IR-NEXT:  call @serenityChecksumF32(%[[C]])
// IR-NEXT:  memref.dealloc %[[Z]]
// IR-NEXT:  call @serenityReport()
// IR-NEXT:  return

func.func @conv(%x: tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32> {
  %w = "tosa.const"() {values = dense<0.1> : tensor<4x3x3x4xf32>} : () -> tensor<4x3x3x4xf32>
  %b = "tosa.const"() {values = dense_resource<__elided__> : tensor<4xf32>} : () -> tensor<4xf32>
  %zp = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %y = tosa.conv2d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x4xf32>, tensor<4x3x3x4xf32>, tensor<4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x4xf32>
  %z = tosa.clamp %y {min_val = 0.0 : f32, max_val = 6.0 : f32} : (tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32>
  return %z : tensor<1x8x8x4xf32>
}
