//===- ConcatMatching.cpp - Matching concatenations -------------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// Finds the concatenations the identity rewrites start from (tosa.concat,
// tensor.concat and chains of tensor.insert_slice into a tensor.empty), and
// the slicing helpers every rewrite shares.
//
//===----------------------------------------------------------------------===//

#include "IdentityRewrites.h"
#include "SiteRewriter.h"

#include "mlir/Conversion/TosaToLinalg/TosaToLinalg.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/Dialect/Tosa/Transforms/Passes.h"
#include "mlir/Dialect/Utils/StructuredOpsUtils.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Transforms/DialectConversion.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SetVector.h"

using namespace mlir;
using namespace serenity;

using namespace serenity::rewrites;

//===----------------------------------------------------------------------===//
// Types and slices
//===----------------------------------------------------------------------===//

RankedTensorType rewrites::getStaticType(Type type) {
  auto ranked = dyn_cast<RankedTensorType>(type);
  return ranked && ranked.hasStaticShape() ? ranked : nullptr;
}

RankedTensorType rewrites::withDim(RankedTensorType type, int64_t dim,
                                   int64_t size) {
  SmallVector<int64_t> shape(type.getShape());
  shape[dim] = size;
  return type.clone(shape);
}

/// The elements of `dense` in [offset, offset + size) along `dim`, or null if
/// the element type is neither integer nor float.
static DenseElementsAttr sliceConstant(DenseElementsAttr dense,
                                       RankedTensorType sliceType, int64_t dim,
                                       int64_t offset) {
  if (dense.isSplat())
    return dense.resizeSplat(sliceType);
  ArrayRef<int64_t> shape = dense.getType().getShape();
  int64_t outer = 1, inner = 1;
  for (int64_t d = 0; d < dim; ++d)
    outer *= shape[d];
  for (int64_t d = dim + 1, e = shape.size(); d < e; ++d)
    inner *= shape[d];
  int64_t size = sliceType.getDimSize(dim);
  auto gather = [&](auto values, auto &out) {
    out.reserve(outer * size * inner);
    for (int64_t o = 0; o < outer; ++o)
      for (int64_t k = 0; k < size; ++k) {
        int64_t base = (o * shape[dim] + offset + k) * inner;
        for (int64_t i = 0; i < inner; ++i)
          out.push_back(values[base + i]);
      }
  };
  Type element = dense.getElementType();
  if (isa<FloatType>(element)) {
    SmallVector<APFloat> out;
    gather(dense.getValues<APFloat>(), out);
    return DenseElementsAttr::get(sliceType, out);
  }
  if (isa<IntegerType>(element)) {
    SmallVector<APInt> out;
    gather(dense.getValues<APInt>(), out);
    return DenseElementsAttr::get(sliceType, out);
  }
  return nullptr;
}

/// `value` restricted to [offset, offset + size) along `dim`: a new constant
/// when `value` is a dense constant (weights stay constants, which take no
/// activation memory), otherwise a tensor.extract_slice, a view that
/// bufferizes to a memref.subview.
Value rewrites::sliceAlong(OpBuilder &builder, Location loc, Value value,
                           int64_t dim, int64_t offset, int64_t size) {
  auto type = cast<RankedTensorType>(value.getType());
  if (offset == 0 && size == type.getDimSize(dim))
    return value;
  RankedTensorType sliceType = withDim(type, dim, size);
  DenseElementsAttr dense;
  if (matchPattern(value, m_Constant(&dense)))
    if (DenseElementsAttr sliced =
            sliceConstant(dense, sliceType, dim, offset)) {
      if (value.getDefiningOp<tosa::ConstOp>())
        return tosa::ConstOp::create(builder, loc, sliceType, sliced);
      return arith::ConstantOp::create(builder, loc, sliceType, sliced);
    }
  int64_t rank = type.getRank();
  SmallVector<OpFoldResult> offsets(rank, builder.getIndexAttr(0));
  SmallVector<OpFoldResult> strides(rank, builder.getIndexAttr(1));
  SmallVector<OpFoldResult> sizes;
  for (int64_t d = 0; d < rank; ++d)
    sizes.push_back(builder.getIndexAttr(sliceType.getDimSize(d)));
  offsets[dim] = builder.getIndexAttr(offset);
  return tensor::ExtractSliceOp::create(builder, loc, sliceType, value, offsets,
                                        sizes, strides);
}

/// Offsets, sizes and unit strides of part `i` of `concat` in its result.
void rewrites::getSliceParams(OpBuilder &builder, const Concat &concat,
                              size_t i, SmallVectorImpl<OpFoldResult> &offsets,
                              SmallVectorImpl<OpFoldResult> &sizes,
                              SmallVectorImpl<OpFoldResult> &strides) {
  auto type = cast<RankedTensorType>(concat.result.getType());
  for (int64_t d = 0, e = type.getRank(); d < e; ++d) {
    bool axis = d == concat.axis;
    offsets.push_back(builder.getIndexAttr(axis ? concat.offsets[i] : 0));
    sizes.push_back(
        builder.getIndexAttr(axis ? concat.sizes[i] : type.getDimSize(d)));
    strides.push_back(builder.getIndexAttr(1));
  }
}

//===----------------------------------------------------------------------===//
// Matching concatenations
//===----------------------------------------------------------------------===//

/// Fills `concat` from operands concatenated along `axis` in operand order.
static bool matchOperands(Concat &concat, RankedTensorType type,
                          MutableArrayRef<OpOperand> operands, int64_t axis) {
  if (operands.empty() || axis < 0 || axis >= type.getRank())
    return false;
  int64_t offset = 0;
  for (OpOperand &operand : operands) {
    RankedTensorType partType = getStaticType(operand.get().getType());
    if (!partType || partType.getRank() != type.getRank())
      return false;
    concat.partUses.push_back(&operand);
    concat.offsets.push_back(offset);
    concat.sizes.push_back(partType.getDimSize(axis));
    offset += partType.getDimSize(axis);
  }
  concat.axis = axis;
  concat.anyAxis = operands.size() == 1;
  return offset == type.getDimSize(axis);
}

/// A chain of tensor.insert_slice ops ending in `value` that tiles a
/// single-use tensor.empty along one axis, each intermediate value used only
/// by the next insert.
static bool matchInsertChain(Concat &concat, RankedTensorType type,
                             Value value) {
  SmallVector<tensor::InsertSliceOp> chain;
  Value dest = value;
  while (auto insert = dest.getDefiningOp<tensor::InsertSliceOp>()) {
    if (dest != value && !dest.hasOneUse())
      return false;
    chain.push_back(insert);
    dest = insert.getDest();
  }
  auto empty = dest.getDefiningOp<tensor::EmptyOp>();
  if (chain.empty() || !empty || !dest.hasOneUse() || dest.getType() != type)
    return false;

  struct Piece {
    int64_t offset, size;
    OpOperand *use;
  };
  SmallVector<Piece> pieces;
  std::optional<int64_t> axis;
  for (tensor::InsertSliceOp insert : chain) {
    if (insert.getSourceType().getRank() != type.getRank() ||
        !insert.getOffsets().empty() || !insert.getSizes().empty() ||
        !insert.getStrides().empty() || !insert.hasUnitStride())
      return false;
    ArrayRef<int64_t> offsets = insert.getStaticOffsets();
    ArrayRef<int64_t> sizes = insert.getStaticSizes();
    for (int64_t d = 0, e = type.getRank(); d < e; ++d) {
      if (sizes[d] == type.getDimSize(d)) {
        if (offsets[d] != 0)
          return false;
        continue;
      }
      if (axis && *axis != d)
        return false;
      axis = d;
    }
    pieces.push_back({0, 0, &insert.getSourceMutable()});
  }
  concat.anyAxis = !axis;
  concat.axis = axis.value_or(type.getRank() - 1);
  for (auto [piece, insert] : llvm::zip(pieces, chain)) {
    piece.offset = insert.getStaticOffsets()[concat.axis];
    piece.size = insert.getStaticSizes()[concat.axis];
  }
  llvm::stable_sort(pieces, [](const Piece &a, const Piece &b) {
    return a.offset < b.offset;
  });
  int64_t end = 0;
  for (const Piece &piece : pieces) {
    if (piece.offset != end)
      return false;
    end += piece.size;
    concat.partUses.push_back(piece.use);
    concat.offsets.push_back(piece.offset);
    concat.sizes.push_back(piece.size);
  }
  if (end != type.getDimSize(concat.axis))
    return false;
  concat.ops.push_back(empty);
  for (tensor::InsertSliceOp insert : llvm::reverse(chain))
    concat.ops.push_back(insert);
  return true;
}

std::optional<Concat> serenity::matchConcat(Value value) {
  RankedTensorType type = getStaticType(value.getType());
  Operation *def = value.getDefiningOp();
  if (!type || !def)
    return std::nullopt;
  Concat concat;
  concat.result = value;
  if (auto op = dyn_cast<tosa::ConcatOp>(def)) {
    concat.form = Concat::Form::Tosa;
    concat.ops.push_back(op);
    if (!matchOperands(concat, type, op->getOpOperands(), op.getAxis()))
      return std::nullopt;
    return concat;
  }
  if (auto op = dyn_cast<tensor::ConcatOp>(def)) {
    concat.form = Concat::Form::Tensor;
    concat.ops.push_back(op);
    if (!matchOperands(concat, type, op->getOpOperands(), op.getDim()))
      return std::nullopt;
    return concat;
  }
  if (isa<tensor::InsertSliceOp>(def)) {
    concat.form = Concat::Form::InsertChain;
    if (!matchInsertChain(concat, type, value))
      return std::nullopt;
    return concat;
  }
  return std::nullopt;
}

SmallVector<Value> serenity::findConcats(Block &block) {
  SmallVector<Value> result;
  for (Operation &op : block) {
    if (!isa<tosa::ConcatOp, tensor::ConcatOp, tensor::InsertSliceOp>(op))
      continue;
    Value value = op.getResult(0);
    // Only the end of an insert chain is a concatenation of its own.
    if (isa<tensor::InsertSliceOp>(op) &&
        llvm::any_of(value.getUses(), [](OpOperand &use) {
          auto next = dyn_cast<tensor::InsertSliceOp>(use.getOwner());
          return next && use.get() == next.getDest();
        }))
      continue;
    if (matchConcat(value))
      result.push_back(value);
  }
  return result;
}
