// --weights=fill (the default) gives values to exactly the weights the
// importer elided, dense_resource<__elided__> (serenity-translate
// --import-onnx --elide-weights): their globals become writable, lose the
// initializer and are filled at run time with pseudo-random values seeded by
// the global's name. Genuine constants, zeros included, keep their values.

// RUN: rm -rf %t && %python %serenity_run %s --function=net --keep-temps %t --json > %t.json
// RUN: FileCheck %s --check-prefix=JSON < %t.json
// RUN: FileCheck %s --check-prefix=IR < %t/3-filled.mlir
// RUN: %python %serenity_run %s --function=net | FileCheck %s --check-prefix=TEXT

// One weight elided, so one fill; the output varies (min < max).
// JSON: "filled_weights": 1,
// JSON: "constant_outputs": [],
// TEXT-NOT: warning

// The elided weight: writable, no initializer, filled by the entry function.
// The genuine zero bias and the genuine 0.5 scale stay constant globals with
// their values.
// IR-DAG: memref.global "private" @[[W:__constant_4x1x1x4xf32[_0-9]*]] : memref<4x1x1x4xf32> = uninitialized
// IR-DAG: memref.global "private" constant @{{.*}} : memref<4xf32> = dense<0.000000e+00>
// IR-DAG: memref.global "private" constant @{{.*}} : memref<1x1x1x4xf32> = dense<5.000000e-01>
// IR-LABEL: func.func @__serenity_run_main()
// IR:       memref.get_global @[[W]]
// IR:       call @serenityFillF32
// IR-NOT:   call @serenityFillF32

func.func @net(%x: tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32> {
  %w = "tosa.const"() {values = dense_resource<__elided__> : tensor<4x1x1x4xf32>} : () -> tensor<4x1x1x4xf32>
  %b = "tosa.const"() {values = dense<0.0> : tensor<4xf32>} : () -> tensor<4xf32>
  %zp = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %s = "tosa.const"() {values = dense<0.5> : tensor<1x1x1x4xf32>} : () -> tensor<1x1x1x4xf32>
  %shift = "tosa.const"() {values = dense<0> : tensor<1xi8>} : () -> tensor<1xi8>
  %y = tosa.conv2d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x4xf32>, tensor<4x1x1x4xf32>, tensor<4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x4xf32>
  %z = tosa.mul %y, %s, %shift : (tensor<1x4x4x4xf32>, tensor<1x1x1x4xf32>, tensor<1xi8>) -> tensor<1x4x4x4xf32>
  return %z : tensor<1x4x4x4xf32>
}

// A network whose weights are all genuine zeros computes a constant output:
// the run warns, and says how many weights it filled.
// RUN: %python %serenity_run %s --function=zeros | FileCheck %s --check-prefix=ZEROS
// ZEROS: serenity-run: @zeros: warning: output 0 is constant (every element is 0), so it says little about the order; 0 elided weights were filled

func.func @zeros(%x: tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32> {
  %w = "tosa.const"() {values = dense<0.0> : tensor<4x1x1x4xf32>} : () -> tensor<4x1x1x4xf32>
  %b = "tosa.const"() {values = dense<0.0> : tensor<4xf32>} : () -> tensor<4xf32>
  %zp = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %y = tosa.conv2d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x4xf32>, tensor<4x1x1x4xf32>, tensor<4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x4xf32>
  return %y : tensor<1x4x4x4xf32>
}

// Resources are elided in every mode: --weights=keep still fills them (the
// same values as the default: the same hash), --weights=materialize writes
// values into them (and nothing else) before any pass, and the legacy
// --elided=zero-splats counts them besides the zero splats (module-wide:
// the bias of @net and both weights of @zeros are zero splats).
// RUN: %python %serenity_run %s --function=net --json > %t.fill.json
// RUN: %python %serenity_run %s --function=net --json --weights=keep > %t.keep.json
// RUN: FileCheck %s --check-prefix=KEEP < %t.keep.json
// RUN: grep '"hash"' %t.fill.json > %t.fill.hash
// RUN: grep '"hash"' %t.keep.json > %t.keep.hash
// RUN: diff %t.keep.hash %t.fill.hash
// RUN: %python %serenity_run %s --function=net --json --weights=materialize | FileCheck %s --check-prefix=MAT
// RUN: %python %serenity_run %s --function=net --json --weights=materialize --elided=zero-splats | FileCheck %s --check-prefix=MAT-LEGACY
// KEEP: "filled_weights": 1,
// MAT: "materialized_weights": 1,
// MAT: "filled_weights": 0,
// MAT-LEGACY: "materialized_weights": 4,
// MAT-LEGACY: "filled_weights": 0,

// Before any pass every elided weight gets a resource of its own, numbered
// in module order, which seeds its values; genuine constants stay. The
// legacy mode counts the f32 zero splats too, but not the zero points.
// RUN: serenity-opt %s -serenity-test-mark-weights | FileCheck %s --check-prefix=MARK
// RUN: serenity-opt %s -serenity-test-mark-weights=elided=zero-splats | FileCheck %s --check-prefix=LEGACY
// MARK-LABEL: func.func @net
// MARK:         dense_resource<__elided__0> : tensor<4x1x1x4xf32>
// MARK:         dense<0.000000e+00> : tensor<4xf32>
// MARK-LABEL: func.func @zeros
// MARK:         dense<0.000000e+00> : tensor<4x1x1x4xf32>
// MARK-NOT:     dense_resource
// LEGACY-LABEL: func.func @net
// LEGACY:         dense_resource<__elided__0> : tensor<4x1x1x4xf32>
// LEGACY:         dense_resource<__elided__1> : tensor<4xf32>
// LEGACY:         dense<0.000000e+00> : tensor<1xf32>
// LEGACY-LABEL: func.func @zeros
// LEGACY:         dense_resource<__elided__2> : tensor<4x1x1x4xf32>
// LEGACY:         dense_resource<__elided__3> : tensor<4xf32>
// LEGACY:         dense<0.000000e+00> : tensor<1xf32>
