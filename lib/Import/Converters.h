//===- Converters.h - ONNX converter families and helpers -------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The converter table is assembled from one `populate*Converters` function
/// per operator family (as torch-mlir's TorchOnnxToTorch splits its patterns):
/// each family file registers one converter per ONNX op_type. This header also
/// declares the small helpers the families share (host-data folding,
/// broadcasting, layout preferences, scalar arithmetic).
///
//===----------------------------------------------------------------------===//

#ifndef SERENITY_LIB_IMPORT_CONVERTERS_H
#define SERENITY_LIB_IMPORT_CONVERTERS_H

#include "ImporterImpl.h"

#include <optional>

namespace serenity {
namespace onnx_import {

using ConverterTable = llvm::StringMap<ConvertFn>;

/// Abs, Add, Clip, Div, Erf, Gelu, Relu, Where, ... (ElementwiseOps.cpp).
void populateElementwiseConverters(ConverterTable &table);
/// Conv, ConvTranspose, MaxPool, AveragePool, global pools (ConvPoolOps.cpp).
void populateConvPoolConverters(ConverterTable &table);
/// BatchNormalization, LayerNormalization, ... (NormalizationOps.cpp).
void populateNormalizationConverters(ConverterTable &table);
/// Gemm, MatMul, Einsum (MatMulOps.cpp).
void populateMatMulConverters(ConverterTable &table);
/// Reshape, Transpose, Concat, Slice, Pad, Tile, ... (ShapeOps.cpp).
void populateShapeConverters(ConverterTable &table);
/// Gather, ScatterND (IndexOps.cpp).
void populateIndexConverters(ConverterTable &table);
/// Constant, ConstantOfShape, Shape, Range, Cast (ConstantOps.cpp).
void populateConstantConverters(ConverterTable &table);
/// Reduce*, Softmax, LogSoftmax (ReductionOps.cpp).
void populateReductionConverters(ConverterTable &table);
/// Resize, Upsample (ResizeOps.cpp).
void populateResizeConverters(ConverterTable &table);

//===----------------------------------------------------------------------===//
// Host data
//===----------------------------------------------------------------------===//

/// Host tensors up to this size are folded when all operands are constant
/// (Swin's shifted-window attention masks, computed from shapes, have
/// ~150k elements).
inline constexpr int64_t kFoldLimit = 1 << 22;
/// Constants up to this size are handed to ONNX's per-node shape inference
/// as initializers (the data that decides shapes: shapes, axes, pads).
inline constexpr int64_t kInferenceConstantLimit = 1 << 12;

/// Import-time constants built by the importer itself (ConstantOfShape,
/// Range) are limited to this many elements.
inline constexpr int64_t kMaxHostElements = int64_t(1) << 26;

int64_t product(llvm::ArrayRef<int64_t> dims);
/// The number of elements of `shape`, or failure (with an error at `node`)
/// if a dimension is negative or the product overflows or exceeds `limit`.
mlir::FailureOr<int64_t>
checkedProduct(NodeView &node, llvm::ArrayRef<int64_t> shape, int64_t limit);
llvm::SmallVector<int64_t> rowMajorStrides(llvm::ArrayRef<int64_t> shape);
HostTensorRef makeInts(llvm::ArrayRef<int64_t> shape,
                       llvm::ArrayRef<int64_t> vals, mlir::Type elementType);
HostTensorRef makeFloats(llvm::ArrayRef<int64_t> shape, std::vector<float> vals,
                         mlir::Type elementType);
/// The same data with another shape.
HostTensorRef reshapeHost(const HostTensor &in, llvm::ArrayRef<int64_t> shape);
/// Reads a constant as int64 values (for axes, pads, shapes, ...).
llvm::SmallVector<int64_t> hostInts(const HostTensor &t);
/// Offset into a tensor of `shape` (broadcast against `outShape`, right
/// aligned) of the output element with multi-index `idx`.
int64_t broadcastOffset(llvm::ArrayRef<int64_t> shape,
                        llvm::ArrayRef<int64_t> outShape,
                        llvm::ArrayRef<int64_t> idx);
/// Numpy broadcast of two shapes; nullopt if incompatible.
std::optional<llvm::SmallVector<int64_t>>
broadcastShapes(llvm::ArrayRef<int64_t> a, llvm::ArrayRef<int64_t> b);

/// Iterates over all multi-indices of `shape` in row-major order.
template <typename Fn> void forEachIndex(llvm::ArrayRef<int64_t> shape, Fn fn) {
  int64_t n = product(shape);
  llvm::SmallVector<int64_t> idx(shape.size(), 0);
  for (int64_t i = 0; i < n; ++i) {
    fn(i, llvm::ArrayRef<int64_t>(idx));
    for (int64_t d = (int64_t)shape.size() - 1; d >= 0; --d) {
      if (++idx[d] < shape[d])
        break;
      idx[d] = 0;
    }
  }
}

//===----------------------------------------------------------------------===//
// Operands
//===----------------------------------------------------------------------===//

/// Normalizes a possibly negative axis; failure (with an error) if out of
/// range.
mlir::FailureOr<int64_t> normalizeAxis(NodeView &node, int64_t axis,
                                       int64_t rank);
/// True if every present input of the node is an import-time constant of at
/// most kFoldLimit elements.
bool allInputsFoldable(Importer &imp, NodeView &node);
/// Reads axes from the attribute (`fromInput` false) or from input
/// `inputIdx`; nullopt when absent.
mlir::FailureOr<std::optional<llvm::SmallVector<int64_t>>>
readAxes(Importer &imp, NodeView &node, unsigned inputIdx, bool fromInput);

inline mlir::RankedTensorType withShape(mlir::RankedTensorType t,
                                        llvm::ArrayRef<int64_t> shape) {
  return mlir::RankedTensorType::get(shape, t.getElementType());
}

/// Operand `tv` at `rank` (unit dims prepended), in the requested layout.
mlir::Value broadcastOperand(Importer &imp, TensorValue &tv, int64_t rank,
                             bool nhwc, mlir::Location loc);

/// A value is "channels-last" if it is a rank-4 non-constant stored NHWC.
inline bool prefersNHWC(const TensorValue &tv) {
  return !tv.constant && tv.type.getRank() == 4 && tv.nhwc;
}
bool anyPrefersNHWC(llvm::ArrayRef<TensorValue *> tvs);

//===----------------------------------------------------------------------===//
// IR helpers
//===----------------------------------------------------------------------===//

mlir::FloatAttr f32Attr(Importer &imp, double v);
/// `a * b` with broadcasting (equal ranks).
mlir::Value mulValues(Importer &imp, mlir::Location loc, mlir::Value a,
                      mlir::Value b);
mlir::Value addScalar(Importer &imp, mlir::Location loc, mlir::Value v,
                      float c);
mlir::Value mulScalar(Importer &imp, mlir::Location loc, mlir::Value v,
                      float c);
/// Reduces `v` over the physical `axes`, keeping dims; `op` is the ONNX name
/// (ReduceMax, ReduceMin, ReduceProd; anything else sums).
mlir::Value reduce(Importer &imp, mlir::Location loc, llvm::StringRef op,
                   mlir::Value v, llvm::ArrayRef<int64_t> axes);

} // namespace onnx_import
} // namespace serenity

#endif // SERENITY_LIB_IMPORT_CONVERTERS_H
