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
