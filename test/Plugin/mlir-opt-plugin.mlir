// Stock mlir-opt runs Serenity's dialect and passes from the plugin. With
// plugins, passes are named in --pass-pipeline (mlir-opt builds its
// per-pass flags before the plugin is loaded).
// RUN: mlir-opt %s --load-dialect-plugin=%serenity_lib_dir/SerenityPlugin%shlibext --load-pass-plugin=%serenity_lib_dir/SerenityPlugin%shlibext --pass-pipeline="builtin.module(serenity-annotate-footprint)" | FileCheck %s
// RUN: mlir-opt %s --load-pass-plugin=%serenity_lib_dir/SerenityPlugin%shlibext --pass-pipeline="builtin.module(serenity-report)" -o /dev/null | FileCheck %s --check-prefix=REPORT
// The pipeline too (TOSA lowered to linalg and scheduled there).
// RUN: mlir-opt %s --load-pass-plugin=%serenity_lib_dir/SerenityPlugin%shlibext --pass-pipeline="builtin.module(serenity-schedule-lowered)" | FileCheck %s --check-prefix=PIPELINE
// The dialect plugin alone registers the dialect (its verifier runs) and the
// passes.
// RUN: not mlir-opt %s --load-dialect-plugin=%serenity_lib_dir/SerenityPlugin%shlibext --pass-pipeline="builtin.module(serenity-annotate-footprint{alignment=0})" 2>&1 | FileCheck %s --check-prefix=ERR

// CHECK-LABEL: func.func @chain
// CHECK-SAME:    serenity.peak_bytes = 32 : i64
// CHECK:         tosa.abs {{.*}}serenity.bytes = array<i64: 16>
// REPORT: serenity-report: @chain: 2 ops, peak 32 bytes
// ERR: error: serenity-annotate-footprint: alignment must be in [1, 4294967296] bytes, got 0
// PIPELINE-LABEL: func.func @chain
// PIPELINE-SAME:    serenity.schedule = #serenity.schedule<
// PIPELINE:         linalg.generic
// PIPELINE-NOT:     tosa.
func.func @chain(%a: tensor<4xf32>) -> tensor<4xf32> {
  %0 = tosa.abs %a : (tensor<4xf32>) -> tensor<4xf32>
  %1 = tosa.exp %0 : (tensor<4xf32>) -> tensor<4xf32>
  return %1 : tensor<4xf32>
}
