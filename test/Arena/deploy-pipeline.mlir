// The serenity-deploy pipeline: TOSA in, bufferized IR with one arena out,
// from serenity-opt, from stock mlir-opt with the plugin (named in
// --pass-pipeline), and with the out-parameter and argument forms.
// RUN: serenity-opt %s --serenity-deploy 2>&1 | FileCheck %s
// RUN: mlir-opt %s --load-pass-plugin=%serenity_lib_dir/SerenityPlugin%shlibext --load-dialect-plugin=%serenity_lib_dir/SerenityPlugin%shlibext --pass-pipeline="builtin.module(serenity-deploy)" 2>&1 | FileCheck %s
// RUN: serenity-opt %s "--serenity-deploy=out-params arena=argument" 2>&1 | FileCheck %s --check-prefix=OUT
// RUN: serenity-opt %s "--serenity-deploy=arena=global alignment=64" 2>&1 | FileCheck %s --check-prefix=GLOBAL
// RUN: not serenity-opt %s "--serenity-deploy=max-bytes=2047" 2>&1 | FileCheck %s --check-prefix=TOOBIG

// A chain of four elementwise ops on 1024-byte tensors (1x8x8x4xf32). After
// bufferization each op writes a new buffer: %0 (abs), %1 (exp), %2 (tanh),
// %3 (sigmoid, returned). %0 and %1 are live together while exp runs, %1 and
// %2 while tanh runs; %0 is dead by then, so %2 takes its place: the arena
// is 2048 bytes, its lower bound (two 1024-byte buffers live at once) too.
// The returned buffer belongs to the caller and stays an allocation, with a
// remark.
// CHECK:       remark: serenity-plan-arena: not planned: it is returned
// CHECK-LABEL: func.func @chain
// CHECK-SAME:    serenity.arena = #serenity.arena<bytes = 2048, lower_bound = 2048, optimal = true, planner = "tflite", buffers = 3>
// CHECK-SAME:    serenity.schedule = #serenity.schedule<
// CHECK:         %[[ARENA:.+]] = memref.alloc() {alignment = 16 : i64} : memref<2048xi8>
// CHECK:         %[[V0:.+]] = memref.view %[[ARENA]][%[[C0:.+]]][] : memref<2048xi8> to memref<1x8x8x4xf32>
// CHECK:         linalg.generic {{.*}} outs(%[[V0]] :
// CHECK:         %[[V1:.+]] = memref.view %[[ARENA]][%c1024][] : memref<2048xi8> to memref<1x8x8x4xf32>
// CHECK:         linalg.generic {{.*}} ins(%[[V0]] : {{.*}} outs(%[[V1]] :
// CHECK:         %[[V2:.+]] = memref.view %[[ARENA]][%c0{{.*}}][] : memref<2048xi8> to memref<1x8x8x4xf32>
// CHECK:         linalg.generic {{.*}} ins(%[[V1]] : {{.*}} outs(%[[V2]] :
// CHECK:         %[[RET:.+]] = memref.alloc() : memref<1x8x8x4xf32>
// CHECK:         linalg.generic {{.*}} ins(%[[V2]] : {{.*}} outs(%[[RET]] :
// CHECK:         memref.dealloc %[[ARENA]]
// CHECK-NEXT:    return %[[RET]]

// out-params: the result is a caller-owned argument, written in place (no
// copy), the arena a last argument: the function allocates nothing.
// OUT-NOT:     remark
// OUT-LABEL:   func.func @chain
// OUT-SAME:      (%{{.+}}: memref<1x8x8x4xf32, strided<[?, ?, ?, ?], offset: ?>>, %[[RES:.+]]: memref<1x8x8x4xf32>, %[[ARENA:.+]]: memref<2048xi8>)
// OUT-SAME:      serenity.arena = #serenity.arena<bytes = 2048, lower_bound = 2048, optimal = true, planner = "tflite", buffers = 3>
// OUT-NOT:       memref.alloc
// OUT-NOT:       memref.copy
// OUT:           linalg.generic {{.*}} outs(%[[RES]] :
// OUT-NEXT:      ^bb0
// OUT-NOT:       memref.alloc
// OUT:           return{{$}}

// GLOBAL: memref.global "private" @{{.+}} : memref<2048xi8> = uninitialized {alignment = 64 : i64}
// GLOBAL: serenity.arena = #serenity.arena<bytes = 2048

// TOOBIG: error: serenity-plan-arena: the arena needs 2048 bytes, more than max-bytes=2047 (lower bound 2048 bytes)
func.func @chain(%a: tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32> {
  %0 = tosa.abs %a : (tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32>
  %1 = tosa.exp %0 : (tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32>
  %2 = tosa.tanh %1 : (tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32>
  %3 = tosa.sigmoid %2 : (tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32>
  return %3 : tensor<1x8x8x4xf32>
}
