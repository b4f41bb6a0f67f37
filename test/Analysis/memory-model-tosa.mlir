// RUN: serenity-opt %s -split-input-file -serenity-annotate-footprint | FileCheck %s

// The reference memory model (docs/MemoryModel.md) on TOSA. Byte counts are
// worked out by hand in the comments; sizes are numElements * element bytes.

// Rules 1, 5, 6, 7: %arg0 (1x8x8x4xf32 = 1024 B) stays live until its last
// user (%1); each elementwise op allocates 1024 B.
//   entry          : arg                         = 1024
//   %0 = abs(arg)  : arg + %0                    = 2048, arg still needed
//   %1 = tanh(arg) : arg + %0 + %1               = 3072, then arg freed: 2048
//   %2 = add       : %0 + %1 + %2                = 3072, then %0, %1 freed
// Peak 3072.
// CHECK-LABEL: func.func @elementwise
// CHECK-SAME:    serenity.peak_bytes = 3072 : i64
// CHECK:         tosa.abs {{.*}}serenity.bytes = array<i64: 1024>
// CHECK:         tosa.tanh {{.*}}serenity.bytes = array<i64: 1024>
// CHECK:         tosa.add {{.*}}serenity.bytes = array<i64: 1024>
func.func @elementwise(%arg0: tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32> {
  %0 = tosa.abs %arg0 : (tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32>
  %1 = tosa.tanh %arg0 : (tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32>
  %2 = tosa.add %0, %1 : (tensor<1x8x8x4xf32>, tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32>
  return %2 : tensor<1x8x8x4xf32>
}

// -----

// Rule 2: constants (weights, shapes, zero points) cost nothing.
// Rule 5: conv2d allocates its result, concat allocates its own buffer.
//   input 1x8x8x4xf32 = 1024 B; conv results 1x8x8x8xf32 = 2048 B;
//   concat and clamp 1x8x8x16xf32 = 4096 B each.
//   entry          : in                          = 1024
//   %c0 = conv     : in + c0                     = 3072
//   %c1 = conv     : in + c0 + c1                = 5120, in freed: 4096
//   %cat = concat  : c0 + c1 + cat               = 8192, c0, c1 freed: 4096
//   %r = clamp     : cat + r                     = 8192, cat freed: 4096
// Peak 8192, first reached at the concat.
// CHECK-LABEL: func.func @cell
// CHECK-SAME:    serenity.peak_bytes = 8192 : i64
// CHECK:         tosa.const{{.*}}serenity.bytes = array<i64: 0>
// CHECK:         tosa.const{{.*}}serenity.bytes = array<i64: 0>
// CHECK:         tosa.const{{.*}}serenity.bytes = array<i64: 0>
// CHECK:         tosa.conv2d {{.*}}serenity.bytes = array<i64: 2048>
// CHECK:         tosa.conv2d {{.*}}serenity.bytes = array<i64: 2048>
// CHECK:         tosa.concat {{.*}}serenity.bytes = array<i64: 4096>
// CHECK:         tosa.clamp {{.*}}serenity.bytes = array<i64: 4096>
func.func @cell(%in: tensor<1x8x8x4xf32>) -> tensor<1x8x8x16xf32> {
  %w = "tosa.const"() {values = dense<1.0> : tensor<8x3x3x4xf32>} : () -> tensor<8x3x3x4xf32>
  %b = "tosa.const"() {values = dense<0.0> : tensor<8xf32>} : () -> tensor<8xf32>
  %zp = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %c0 = tosa.conv2d %in, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x4xf32>, tensor<8x3x3x4xf32>, tensor<8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x8xf32>
  %c1 = tosa.conv2d %in, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x8x8x4xf32>, tensor<8x3x3x4xf32>, tensor<8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x8xf32>
  %cat = tosa.concat %c0, %c1 {axis = 3 : i32} : (tensor<1x8x8x8xf32>, tensor<1x8x8x8xf32>) -> tensor<1x8x8x16xf32>
  %r = tosa.clamp %cat {min_val = 0.0 : f32, max_val = 6.0 : f32} : (tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf32>
  return %r : tensor<1x8x8x16xf32>
}

// -----

// Rule 3: tosa.reshape is a view. It allocates nothing, and its uses keep the
// source buffer alive.
//   entry               : arg (2x8xf32)            = 64
//   %0 = abs            : arg + %0                 = 128, arg freed: 64
//   %1 = reshape %0     : %0                       = 64
//   %2 = exp %0         : %0 + %2                  = 128 (%0 still used via %1)
//   %3 = sigmoid %1     : %0 + %2 + %3             = 192, %0 freed: 128
//   %4 = add %3, %2     : %2 + %3 + %4             = 192, then 64
// Peak 192.
// CHECK-LABEL: func.func @reshape_view
// CHECK-SAME:    serenity.peak_bytes = 192 : i64
// CHECK:         tosa.abs {{.*}}array<i64: 64>
// CHECK:         tosa.reshape {{.*}}array<i64: 0>
// CHECK:         tosa.exp {{.*}}array<i64: 64>
// CHECK:         tosa.sigmoid {{.*}}array<i64: 64>
// CHECK:         tosa.add {{.*}}array<i64: 64>
func.func @reshape_view(%arg0: tensor<2x8xf32>) -> tensor<16xf32> {
  %s = tosa.const_shape {values = dense<[16]> : tensor<1xindex>} : () -> !tosa.shape<1>
  %0 = tosa.abs %arg0 : (tensor<2x8xf32>) -> tensor<2x8xf32>
  %1 = tosa.reshape %0, %s : (tensor<2x8xf32>, !tosa.shape<1>) -> tensor<16xf32>
  %2 = tosa.exp %0 : (tensor<2x8xf32>) -> tensor<2x8xf32>
  %3 = tosa.sigmoid %1 : (tensor<16xf32>) -> tensor<16xf32>
  %4 = tosa.reshape %2, %s : (tensor<2x8xf32>, !tosa.shape<1>) -> tensor<16xf32>
  %5 = tosa.add %3, %4 : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  return %5 : tensor<16xf32>
}

// -----

// Rule 6: a returned value stays live to the end, and so does a returned
// argument. Rule 8: the peak can be at entry.
//   entry              : %a (4 KiB) + %b (16 B)    = 4112
//   %0 = abs %b        : a + b + %0                = 4128, b freed: 4112
//   %1 = exp %0        : a + %0 + %1               = 4128, %0 freed: 4112
// Peak 4128; %a is returned, so it is never freed.
// CHECK-LABEL: func.func @returns
// CHECK-SAME:    serenity.peak_bytes = 4128 : i64
func.func @returns(%a: tensor<1024xf32>, %b: tensor<4xf32>) -> (tensor<1024xf32>, tensor<4xf32>) {
  %0 = tosa.abs %b : (tensor<4xf32>) -> tensor<4xf32>
  %1 = tosa.exp %0 : (tensor<4xf32>) -> tensor<4xf32>
  return %a, %1 : tensor<1024xf32>, tensor<4xf32>
}

// -----

// Rule 8, entry included: an unused 4 KiB argument makes the peak at entry.
// CHECK-LABEL: func.func @entry_peak
// CHECK-SAME:    serenity.peak_bytes = 4112 : i64
func.func @entry_peak(%unused: tensor<1024xf32>, %b: tensor<4xf32>) -> tensor<4xf32> {
  %0 = tosa.abs %b : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
