// RUN: serenity-opt %s -split-input-file -allow-unregistered-dialect -serenity-annotate-footprint | FileCheck %s --check-prefix=SIZES
// RUN: serenity-opt %s -split-input-file -allow-unregistered-dialect -serenity-report -o /dev/null | FileCheck %s --check-prefix=REPORT
// RUN: serenity-opt %s -split-input-file -allow-unregistered-dialect -serenity-memory-schedule | FileCheck %s --check-prefix=SCHED
// RUN: serenity-opt %s -split-input-file -allow-unregistered-dialect -serenity-rewrite-identity | serenity-opt -allow-unregistered-dialect -serenity-memory-schedule | FileCheck %s --check-prefix=SCHED

// Quantized tensors are sized by their storage type (rule 1), whatever the
// quantization: uniform, per-axis, sub-channel, any; quant.calibrated,
// which has no storage type, by its expressed type.
//   i8, u8 and i4 (one byte each) x 4 = 4 B each; i16 x 8 = 16 B;
//   any<i32> x 4 = 16 B; calibrated f32 x 4 = 16 B; i8 x 8 = 8 B.
//   Peak 4 + 4 + 4 + 16 + 16 + 16 + 8 = 68 B.
// SIZES-LABEL: func.func @quantized_element_types
// SIZES-SAME:    serenity.peak_bytes = 68 : i64
// SIZES:         "test.make"() {serenity.bytes = array<i64: 4, 4, 4, 16, 16, 16, 8>}
func.func @quantized_element_types() {
  %0:7 = "test.make"() : () -> (tensor<4x!quant.uniform<i8:f32, 0.1>>, tensor<4x!quant.uniform<u8:f32, 0.1:128>>, tensor<4x!quant.uniform<i4:f32, 0.5>>, tensor<2x4x!quant.uniform<i16:f32:1, {0.1, 0.2, 0.3, 0.4}>>, tensor<4x!quant.any<i32:f32>>, tensor<4x!quant.calibrated<f32<-1.0:1.0>>>, tensor<2x4x!quant.uniform<i8:f32:{1:2}, {{0.1, 0.2}, {0.3, 0.4}}>>)
  "test.use"(%0#0, %0#1, %0#2, %0#3, %0#4, %0#5, %0#6) : (tensor<4x!quant.uniform<i8:f32, 0.1>>, tensor<4x!quant.uniform<u8:f32, 0.1:128>>, tensor<4x!quant.uniform<i4:f32, 0.5>>, tensor<2x4x!quant.uniform<i16:f32:1, {0.1, 0.2, 0.3, 0.4}>>, tensor<4x!quant.any<i32:f32>>, tensor<4x!quant.calibrated<f32<-1.0:1.0>>>, tensor<2x4x!quant.uniform<i8:f32:{1:2}, {{0.1, 0.2}, {0.3, 0.4}}>>) -> ()
  return
}

// -----

// A small int8 network: two 1x1 convolutions of one input (i8 in, i32
// accumulators), rescaled to i8 and concatenated, then a per-channel
// quantized convolution of the concatenation. Bytes: %x 64, each
// accumulator 1x4x4x8xi32 = 512, each rescaled 128, the concatenation 256,
// %y 256, %r 64; constants 0.
// SIZES-LABEL: func.func @qnet
// SIZES-SAME:    serenity.peak_bytes = 1152 : i64
// SIZES:         tosa.conv2d {{.*}}serenity.bytes = array<i64: 512>
// SIZES:         tosa.conv2d {{.*}}serenity.bytes = array<i64: 512>
// SIZES:         tosa.rescale {{.*}}serenity.bytes = array<i64: 128>
// SIZES:         tosa.rescale {{.*}}serenity.bytes = array<i64: 128>
// SIZES:         tosa.concat {{.*}}serenity.bytes = array<i64: 256>
// SIZES:         tosa.conv2d {{.*}}serenity.bytes = array<i64: 256>
// SIZES:         tosa.rescale {{.*}}serenity.bytes = array<i64: 64>
//
// In the given order both accumulators are live at the first rescale:
//   entry 64; %ca 576; %cb 1088, %x freed: 1024; %ra 1152, %ca freed: 640;
//   %rb 768 -> 256; concat 512 -> 256; %y 512 -> 256; %r 320 -> 64.
// The lower bound is %ra's 512 + 128 = 640.
// REPORT: serenity-report: @qnet: 16 ops, peak 1152 bytes at op #9 (tosa.rescale {{.*}}), lower bound 640 bytes, entry 64 bytes
//
// Scheduled, each rescale follows its convolution:
//   %ca 576; %ra 704 -> 192; %cb 704 -> 640; %rb 768 -> 256; then as above.
// 768 B is optimal (the scheduler proves it). The last run line schedules
// after -serenity-rewrite-identity: the same.
// SCHED-LABEL: func.func @qnet
// SCHED-SAME:    serenity.schedule = #serenity.schedule<peak_before = 1152, peak_after = 768, lower_bound = 768, optimal = true
// SCHED:         %[[CA:.*]] = tosa.conv2d %arg0
// SCHED:         tosa.rescale %[[CA]]
// SCHED:         %[[CB:.*]] = tosa.conv2d %arg0
// SCHED:         tosa.rescale %[[CB]]
// SCHED:         tosa.concat
!qx = !quant.uniform<i8:f32, 1.000000e-02>
!qw = !quant.uniform<i8<-127:127>:f32, 2.000000e-02>
!qc = !quant.uniform<i8<-127:127>:f32:0, {2.000000e-02, 3.000000e-02, 2.000000e-02, 3.000000e-02}>
!qacc = !quant.uniform<i32:f32, 2.000000e-04>
func.func @qnet(%x: tensor<1x4x4x4x!qx>) -> tensor<1x4x4x4xi8> {
  %wa = "tosa.const"() {values = dense<1> : tensor<8x1x1x4xi8>} : () -> tensor<8x1x1x4x!qw>
  %wb = "tosa.const"() {values = dense<2> : tensor<8x1x1x4xi8>} : () -> tensor<8x1x1x4x!qw>
  %b = "tosa.const"() {values = dense<0> : tensor<8xi32>} : () -> tensor<8x!qacc>
  %zp8 = "tosa.const"() {values = dense<0> : tensor<1xi8>} : () -> tensor<1xi8>
  %zp32 = "tosa.const"() {values = dense<0> : tensor<1xi32>} : () -> tensor<1xi32>
  %m = "tosa.const"() {values = dense<1073741824> : tensor<1xi32>} : () -> tensor<1xi32>
  %s = "tosa.const"() {values = dense<30> : tensor<1xi8>} : () -> tensor<1xi8>
  %ca = tosa.conv2d %x, %wa, %b, %zp8, %zp8 {acc_type = i32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x4x!qx>, tensor<8x1x1x4x!qw>, tensor<8x!qacc>, tensor<1xi8>, tensor<1xi8>) -> tensor<1x4x4x8x!qacc>
  %cb = tosa.conv2d %x, %wb, %b, %zp8, %zp8 {acc_type = i32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x4x!qx>, tensor<8x1x1x4x!qw>, tensor<8x!qacc>, tensor<1xi8>, tensor<1xi8>) -> tensor<1x4x4x8x!qacc>
  %ra = tosa.rescale %ca, %m, %s, %zp32, %zp8 {input_unsigned = false, output_unsigned = false, per_channel = false, rounding_mode = SINGLE_ROUND, scale32 = true} : (tensor<1x4x4x8x!qacc>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi8>) -> tensor<1x4x4x8x!qx>
  %rb = tosa.rescale %cb, %m, %s, %zp32, %zp8 {input_unsigned = false, output_unsigned = false, per_channel = false, rounding_mode = SINGLE_ROUND, scale32 = true} : (tensor<1x4x4x8x!qacc>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi8>) -> tensor<1x4x4x8x!qx>
  %cat = tosa.concat %ra, %rb {axis = 3 : i32} : (tensor<1x4x4x8x!qx>, tensor<1x4x4x8x!qx>) -> tensor<1x4x4x16x!qx>
  %wc = "tosa.const"() {values = dense<1> : tensor<4x1x1x16xi8>} : () -> tensor<4x1x1x16x!qc>
  %bc = "tosa.const"() {values = dense<0> : tensor<4xi32>} : () -> tensor<4x!qacc>
  %y = tosa.conv2d %cat, %wc, %bc, %zp8, %zp8 {acc_type = i32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x16x!qx>, tensor<4x1x1x16x!qc>, tensor<4x!qacc>, tensor<1xi8>, tensor<1xi8>) -> tensor<1x4x4x4x!qacc>
  %r = tosa.rescale %y, %m, %s, %zp32, %zp8 {input_unsigned = false, output_unsigned = false, per_channel = false, rounding_mode = SINGLE_ROUND, scale32 = true} : (tensor<1x4x4x4x!qacc>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi8>) -> tensor<1x4x4x4xi8>
  return %r : tensor<1x4x4x4xi8>
}
