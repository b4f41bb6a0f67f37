// RUN: serenity-opt %s -split-input-file -serenity-rewrite-identity="only-if-profitable=false rewrites=channel,kernel" | FileCheck %s
// RUN: serenity-opt %s -split-input-file -serenity-rewrite-identity="only-if-profitable=false" | FileCheck %s --check-prefix=CONCAT

// The rewrites on linalg-on-tensors input, every site forced. A
// concatenation is a tensor.concat or what tosa-to-tensor makes of
// tosa.concat: a chain of tensor.insert_slice ops tiling a tensor.empty.

// Channel-wise partitioning of the lowered form of a padded tosa.conv2d:
// each part is padded like the concatenation was (no padding along the
// channels) and convolved with its weight slice into the original
// destination, the bias broadcast.
// CHECK-LABEL: func.func @channel_insert_chain
// CHECK-SAME:    (%[[A:.*]]: tensor<1x4x4x2xf32>, %[[B:.*]]: tensor<1x4x4x3xf32>)
// CHECK-DAG:     %[[INIT:.*]] = linalg.generic {{.*}} ins(%{{.*}} : tensor<4xf32>) outs(%{{.*}} : tensor<1x4x4x4xf32>)
// CHECK-DAG:     %[[PA:.*]] = tensor.pad %[[A]] low[0, 1, 1, 0] high[0, 1, 1, 0]
// CHECK-DAG:     %[[PB:.*]] = tensor.pad %[[B]] low[0, 1, 1, 0] high[0, 1, 1, 0]
// CHECK:         %[[WA:.*]] = arith.constant dense<5.000000e-01> : tensor<4x3x3x2xf32>
// CHECK:         %[[ACC:.*]] = linalg.conv_2d_nhwc_fhwc {{.*}} ins(%[[PA]], %[[WA]] : {{.*}}) outs(%[[INIT]] :
// CHECK:         %[[WB:.*]] = arith.constant dense<5.000000e-01> : tensor<4x3x3x3xf32>
// CHECK:         %[[Y:.*]] = linalg.conv_2d_nhwc_fhwc {{.*}} ins(%[[PB]], %[[WB]] : {{.*}}) outs(%[[ACC]] :
// CHECK:         return %[[Y]]
// CHECK-NOT:     tensor.insert_slice
#bias = affine_map<(d0, d1, d2, d3) -> (d3)>
#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
func.func @channel_insert_chain(%a: tensor<1x4x4x2xf32>, %b: tensor<1x4x4x3xf32>) -> tensor<1x4x4x4xf32> {
  %e = tensor.empty() : tensor<1x4x4x5xf32>
  %i0 = tensor.insert_slice %a into %e[0, 0, 0, 0] [1, 4, 4, 2] [1, 1, 1, 1] : tensor<1x4x4x2xf32> into tensor<1x4x4x5xf32>
  %cat = tensor.insert_slice %b into %i0[0, 0, 0, 2] [1, 4, 4, 3] [1, 1, 1, 1] : tensor<1x4x4x3xf32> into tensor<1x4x4x5xf32>
  %zero = arith.constant 0.0 : f32
  %padded = tensor.pad %cat low[0, 1, 1, 0] high[0, 1, 1, 0] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %zero : f32
  } : tensor<1x4x4x5xf32> to tensor<1x6x6x5xf32>
  %w = arith.constant dense<0.5> : tensor<4x3x3x5xf32>
  %bias = arith.constant dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>
  %oe = tensor.empty() : tensor<1x4x4x4xf32>
  %init = linalg.generic {indexing_maps = [#bias, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%bias : tensor<4xf32>) outs(%oe : tensor<1x4x4x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<1x4x4x4xf32>
  %y = linalg.conv_2d_nhwc_fhwc {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%padded, %w : tensor<1x6x6x5xf32>, tensor<4x3x3x5xf32>) outs(%init : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  return %y : tensor<1x4x4x4xf32>
}

// -----

// The [KH, KW, C, F] filter layout is sliced along its third dim; weights
// that are an argument are sliced as views.
// CHECK-LABEL: func.func @channel_hwcf
// CHECK-SAME:    (%[[A:.*]]: tensor<1x4x4x2xf32>, %[[B:.*]]: tensor<1x4x4x3xf32>, %[[W:.*]]: tensor<1x1x5x4xf32>, %[[INIT:.*]]: tensor<1x4x4x4xf32>)
// CHECK:         %[[WA:.*]] = tensor.extract_slice %[[W]][0, 0, 0, 0] [1, 1, 2, 4] [1, 1, 1, 1]
// CHECK:         %[[ACC:.*]] = linalg.conv_2d_nhwc_hwcf {{.*}} ins(%[[A]], %[[WA]] : {{.*}}) outs(%[[INIT]] :
// CHECK:         %[[WB:.*]] = tensor.extract_slice %[[W]][0, 0, 2, 0] [1, 1, 3, 4] [1, 1, 1, 1]
// CHECK:         %[[Y:.*]] = linalg.conv_2d_nhwc_hwcf {{.*}} ins(%[[B]], %[[WB]] : {{.*}}) outs(%[[ACC]] :
// CHECK:         return %[[Y]]
func.func @channel_hwcf(%a: tensor<1x4x4x2xf32>, %b: tensor<1x4x4x3xf32>, %w: tensor<1x1x5x4xf32>, %init: tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32> {
  %cat = tensor.concat dim(3) %a, %b : (tensor<1x4x4x2xf32>, tensor<1x4x4x3xf32>) -> tensor<1x4x4x5xf32>
  %y = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%cat, %w : tensor<1x4x4x5xf32>, tensor<1x1x5x4xf32>) outs(%init : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  return %y : tensor<1x4x4x4xf32>
}

// -----

// Kernel-wise partitioning of channel-separable linalg ops: an elementwise
// generic with a per-channel operand (sliced like the parts) and a depthwise
// convolution (filter sliced along its channel dim). Each part gets its own
// tensor.empty and fill, so the parts do not share one buffer.
// CHECK-LABEL: func.func @kernel_linalg
// CHECK-SAME:    (%[[A:.*]]: tensor<1x6x6x2xf32>, %[[B:.*]]: tensor<1x6x6x3xf32>)
// CHECK:         %[[SA:.*]] = arith.constant dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>
// CHECK:         %[[MA:.*]] = linalg.generic {{.*}} ins(%[[A]], %[[SA]] : {{.*}}) outs(%{{.*}} : tensor<1x6x6x2xf32>)
// CHECK:         %[[SB:.*]] = arith.constant dense<[3.000000e+00, 4.000000e+00, 5.000000e+00]> : tensor<3xf32>
// CHECK:         %[[MB:.*]] = linalg.generic {{.*}} ins(%[[B]], %[[SB]] : {{.*}}) outs(%{{.*}} : tensor<1x6x6x3xf32>)
// CHECK:         %[[EA:.*]] = tensor.empty() : tensor<1x4x4x2xf32>
// CHECK:         %[[FA:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%[[EA]] :
// CHECK:         %[[DA:.*]] = linalg.depthwise_conv_2d_nhwc_hwc {{.*}} ins(%[[MA]], %{{.*}} : tensor<1x6x6x2xf32>, tensor<3x3x2xf32>) outs(%[[FA]] :
// CHECK:         %[[EB:.*]] = tensor.empty() : tensor<1x4x4x3xf32>
// CHECK:         %[[FB:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%[[EB]] :
// CHECK:         %[[DB:.*]] = linalg.depthwise_conv_2d_nhwc_hwc {{.*}} ins(%[[MB]], %{{.*}} : tensor<1x6x6x3xf32>, tensor<3x3x3xf32>) outs(%[[FB]] :
// CHECK:         %[[CAT:.*]] = tensor.concat dim(3) %[[DA]], %[[DB]]
// CHECK:         return %[[CAT]]
// With the concat rewrite, the depthwise convolutions write into their
// slices of one destination instead.
// CONCAT-LABEL: func.func @kernel_linalg
// CONCAT:         %[[D:.*]] = tensor.empty() : tensor<1x4x4x5xf32>
// CONCAT:         %[[SA:.*]] = tensor.extract_slice %[[D]][0, 0, 0, 0] [1, 4, 4, 2]
// CONCAT:         %[[FA:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%[[SA]] :
// CONCAT:         %[[DA:.*]] = linalg.depthwise_conv_2d_nhwc_hwc {{.*}} outs(%[[FA]] :
// CONCAT:         %[[IA:.*]] = tensor.insert_slice %[[DA]] into %[[D]][0, 0, 0, 0] [1, 4, 4, 2]
// CONCAT:         %[[SB:.*]] = tensor.extract_slice %[[IA]][0, 0, 0, 2] [1, 4, 4, 3]
// CONCAT:         %[[FB:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%[[SB]] :
// CONCAT:         %[[DB:.*]] = linalg.depthwise_conv_2d_nhwc_hwc {{.*}} outs(%[[FB]] :
// CONCAT:         %[[IB:.*]] = tensor.insert_slice %[[DB]] into %[[IA]][0, 0, 0, 2] [1, 4, 4, 3]
// CONCAT:         return %[[IB]]
#ch = affine_map<(d0, d1, d2, d3) -> (d3)>
#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
func.func @kernel_linalg(%a: tensor<1x6x6x2xf32>, %b: tensor<1x6x6x3xf32>) -> tensor<1x4x4x5xf32> {
  %cat = tensor.concat dim(3) %a, %b : (tensor<1x6x6x2xf32>, tensor<1x6x6x3xf32>) -> tensor<1x6x6x5xf32>
  %scale = arith.constant dense<[1.0, 2.0, 3.0, 4.0, 5.0]> : tensor<5xf32>
  %e = tensor.empty() : tensor<1x6x6x5xf32>
  %m = linalg.generic {indexing_maps = [#id, #ch, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cat, %scale : tensor<1x6x6x5xf32>, tensor<5xf32>) outs(%e : tensor<1x6x6x5xf32>) {
  ^bb0(%x: f32, %s: f32, %out: f32):
    %p = arith.mulf %x, %s : f32
    linalg.yield %p : f32
  } -> tensor<1x6x6x5xf32>
  %w = arith.constant dense<0.5> : tensor<3x3x5xf32>
  %zero = arith.constant 0.0 : f32
  %de = tensor.empty() : tensor<1x4x4x5xf32>
  %dinit = linalg.fill ins(%zero : f32) outs(%de : tensor<1x4x4x5xf32>) -> tensor<1x4x4x5xf32>
  %d = linalg.depthwise_conv_2d_nhwc_hwc {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%m, %w : tensor<1x6x6x5xf32>, tensor<3x3x5xf32>) outs(%dinit : tensor<1x4x4x5xf32>) -> tensor<1x4x4x5xf32>
  return %d : tensor<1x4x4x5xf32>
}

// -----

// An insert chain whose first part is made by a generic writing into a
// tensor.empty of its own: the generic writes into its slice of the
// destination instead (the other part, an argument, is copied: the
// destination is that part padded to the full size).
// CONCAT-LABEL: func.func @concat_linalg
// CONCAT-SAME:    (%[[X:.*]]: tensor<1x4x4x2xf32>, %[[Y:.*]]: tensor<1x4x4x3xf32>)
// CONCAT-NOT:     tensor.empty
// CONCAT:         %[[D:.*]] = tensor.pad %[[Y]] low[0, 0, 0, 2] high[0, 0, 0, 0]
// CONCAT:         %[[S:.*]] = tensor.extract_slice %[[D]][0, 0, 0, 0] [1, 4, 4, 2] [1, 1, 1, 1]
// CONCAT:         %[[N:.*]] = linalg.generic {{.*}} ins(%[[X]] : {{.*}}) outs(%[[S]] :
// CONCAT:         %[[R:.*]] = tensor.insert_slice %[[N]] into %[[D]][0, 0, 0, 0] [1, 4, 4, 2] [1, 1, 1, 1]
// CONCAT:         return %[[R]]
#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
func.func @concat_linalg(%x: tensor<1x4x4x2xf32>, %y: tensor<1x4x4x3xf32>) -> tensor<1x4x4x5xf32> {
  %e0 = tensor.empty() : tensor<1x4x4x2xf32>
  %a = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%x : tensor<1x4x4x2xf32>) outs(%e0 : tensor<1x4x4x2xf32>) {
  ^bb0(%in: f32, %out: f32):
    %n = arith.negf %in : f32
    linalg.yield %n : f32
  } -> tensor<1x4x4x2xf32>
  %e = tensor.empty() : tensor<1x4x4x5xf32>
  %i0 = tensor.insert_slice %a into %e[0, 0, 0, 0] [1, 4, 4, 2] [1, 1, 1, 1] : tensor<1x4x4x2xf32> into tensor<1x4x4x5xf32>
  %cat = tensor.insert_slice %y into %i0[0, 0, 0, 2] [1, 4, 4, 3] [1, 1, 1, 1] : tensor<1x4x4x3xf32> into tensor<1x4x4x5xf32>
  return %cat : tensor<1x4x4x5xf32>
}

// -----

// Not channel-separable: the body reads the channel index (each part would
// need its offset added), ...
// CHECK-LABEL: func.func @index_on_channel
// CHECK:         %[[CAT:.*]] = tensor.concat
// CHECK:         linalg.generic {{.*}} ins(%[[CAT]] :
#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
func.func @index_on_channel(%a: tensor<1x4x4x2xf32>, %b: tensor<1x4x4x3xf32>) -> tensor<1x4x4x5xf32> {
  %cat = tensor.concat dim(3) %a, %b : (tensor<1x4x4x2xf32>, tensor<1x4x4x3xf32>) -> tensor<1x4x4x5xf32>
  %e = tensor.empty() : tensor<1x4x4x5xf32>
  %m = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cat : tensor<1x4x4x5xf32>) outs(%e : tensor<1x4x4x5xf32>) {
  ^bb0(%x: f32, %out: f32):
    %c = linalg.index 3 : index
    %i = arith.index_cast %c : index to i32
    %f = arith.sitofp %i : i32 to f32
    %p = arith.mulf %x, %f : f32
    linalg.yield %p : f32
  } -> tensor<1x4x4x5xf32>
  return %m : tensor<1x4x4x5xf32>
}

// -----

// ... and the concatenation axis is a reduction of the matmul (this is
// channel-wise partitioning of a matmul, not implemented).
// CHECK-LABEL: func.func @matmul_reduction
// CHECK:         %[[CAT:.*]] = tensor.concat
// CHECK:         linalg.matmul ins(%[[CAT]], %{{.*}} :
func.func @matmul_reduction(%a: tensor<4x2xf32>, %b: tensor<4x3xf32>, %w: tensor<5x6xf32>) -> tensor<4x6xf32> {
  %cat = tensor.concat dim(1) %a, %b : (tensor<4x2xf32>, tensor<4x3xf32>) -> tensor<4x5xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x6xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<4x6xf32>) -> tensor<4x6xf32>
  %m = linalg.matmul ins(%cat, %w : tensor<4x5xf32>, tensor<5x6xf32>) outs(%f : tensor<4x6xf32>) -> tensor<4x6xf32>
  return %m : tensor<4x6xf32>
}
