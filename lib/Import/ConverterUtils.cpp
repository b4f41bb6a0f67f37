//===- ConverterUtils.cpp - helpers shared by the converters ----*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Host-data helpers, operand broadcasting and small IR builders used by
/// several converter families (declared in Converters.h).
///
//===----------------------------------------------------------------------===//

#include "Converters.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/InterleavedRange.h"
#include "llvm/Support/MathExtras.h"

using namespace mlir;
using namespace serenity;
using namespace serenity::onnx_import;

namespace serenity {
namespace onnx_import {

FailureOr<int64_t> checkedProduct(NodeView &node, ArrayRef<int64_t> shape,
                                  int64_t limit) {
  int64_t n = 1;
  for (int64_t d : shape) {
    if (d < 0)
      return node.emitError() << "negative dimension " << d;
    if (llvm::MulOverflow(n, d, n) || n > limit)
      return node.emitError()
             << "a tensor of shape [" << llvm::interleaved(shape, ", ")
             << "] has more than " << limit << " elements";
  }
  return n;
}

int64_t product(ArrayRef<int64_t> dims) {
  int64_t n = 1;
  for (int64_t d : dims)
    n *= d;
  return n;
}

/// Normalizes a possibly negative axis; failure if out of range.
FailureOr<int64_t> normalizeAxis(NodeView &node, int64_t axis, int64_t rank) {
  if (axis < -rank || axis >= std::max<int64_t>(rank, 1))
    return node.emitError()
           << "axis " << axis << " is out of range for rank " << rank;
  return axis < 0 ? axis + rank : axis;
}

HostTensorRef makeInts(ArrayRef<int64_t> shape, ArrayRef<int64_t> vals,
                       Type elementType) {
  auto t = std::make_shared<HostTensor>();
  t->shape.assign(shape.begin(), shape.end());
  t->elementType = elementType;
  t->ints.assign(vals.begin(), vals.end());
  return t;
}

HostTensorRef makeFloats(ArrayRef<int64_t> shape, std::vector<float> vals,
                         Type elementType) {
  auto t = std::make_shared<HostTensor>();
  t->shape.assign(shape.begin(), shape.end());
  t->elementType = elementType;
  t->floats = std::move(vals);
  return t;
}

/// The same data with another shape.
HostTensorRef reshapeHost(const HostTensor &in, ArrayRef<int64_t> shape) {
  auto t = std::make_shared<HostTensor>(in);
  t->shape.assign(shape.begin(), shape.end());
  return t;
}

/// Reads a constant as int64 values (for axes, pads, shapes, ...).
SmallVector<int64_t> hostInts(const HostTensor &t) {
  SmallVector<int64_t> out;
  for (int64_t i = 0, e = t.numElements(); i < e; ++i)
    // Integers are read as they are stored: going through double (at())
    // would turn INT64_MAX, ONNX's "to the end" in Slice, into INT64_MIN.
    out.push_back(t.isFloat() ? (int64_t)t.floats[i] : t.ints[i]);
  return out;
}

SmallVector<int64_t> rowMajorStrides(ArrayRef<int64_t> shape) {
  SmallVector<int64_t> strides(shape.size(), 1);
  for (int64_t i = (int64_t)shape.size() - 2; i >= 0; --i)
    strides[i] = strides[i + 1] * shape[i + 1];
  return strides;
}

/// Offset into a tensor of `shape` (broadcast against `outShape`, right
/// aligned) of the output element with multi-index `idx`.
int64_t broadcastOffset(ArrayRef<int64_t> shape, ArrayRef<int64_t> outShape,
                        ArrayRef<int64_t> idx) {
  int64_t offset = 0, stride = 1;
  int64_t shift = outShape.size() - shape.size();
  for (int64_t d = (int64_t)shape.size() - 1; d >= 0; --d) {
    if (shape[d] != 1)
      offset += idx[d + shift] * stride;
    stride *= shape[d];
  }
  return offset;
}

/// Numpy broadcast of two shapes; nullopt if incompatible.
std::optional<SmallVector<int64_t>> broadcastShapes(ArrayRef<int64_t> a,
                                                    ArrayRef<int64_t> b) {
  size_t rank = std::max(a.size(), b.size());
  SmallVector<int64_t> out(rank);
  for (size_t i = 0; i < rank; ++i) {
    int64_t da = i < rank - a.size() ? 1 : a[i - (rank - a.size())];
    int64_t db = i < rank - b.size() ? 1 : b[i - (rank - b.size())];
    if (da != db && da != 1 && db != 1)
      return std::nullopt;
    out[i] = da == 1 ? db : da;
  }
  return out;
}

/// True if every present input of the node is an import-time constant of at
/// most kFoldLimit elements.
bool allInputsFoldable(Importer &imp, NodeView &node) {
  for (unsigned i = 0; i < node.numInputs(); ++i) {
    if (!node.hasInput(i))
      continue;
    TensorValue *tv = imp.getOptionalInput(node, i);
    if (!tv || !tv->constant || tv->constant->numElements() > kFoldLimit)
      return false;
  }
  return true;
}

/// Operand `tv` at `rank` (unit dims prepended), in the requested layout.
Value broadcastOperand(Importer &imp, TensorValue &tv, int64_t rank, bool nhwc,
                       Location loc) {
  if (tv.type.getRank() == rank)
    return imp.getInLayout(tv, nhwc, loc);
  SmallVector<int64_t> shape(rank - tv.type.getRank(), 1);
  llvm::append_range(shape, tv.type.getShape());
  if (tv.constant) {
    HostTensorRef data = reshapeHost(*tv.constant, shape);
    if (nhwc)
      data = transposeHost(*data, kToNHWC);
    return imp.materialize(*data, loc);
  }
  Value v = imp.reshape(loc, imp.getLogical(tv, loc), shape);
  return nhwc ? imp.transpose(loc, v, kToNHWC) : v;
}

bool anyPrefersNHWC(ArrayRef<TensorValue *> tvs) {
  return llvm::any_of(tvs, [](TensorValue *tv) { return prefersNHWC(*tv); });
}

FloatAttr f32Attr(Importer &imp, double v) {
  return imp.builder.getF32FloatAttr((float)v);
}

Value mulValues(Importer &imp, Location loc, Value a, Value b) {
  auto ta = cast<RankedTensorType>(a.getType());
  auto tb = cast<RankedTensorType>(b.getType());
  SmallVector<int64_t> shape = *broadcastShapes(ta.getShape(), tb.getShape());
  return tosa::MulOp::create(imp.builder, loc, withShape(ta, shape), a, b,
                             imp.mulShift(loc));
}

Value addScalar(Importer &imp, Location loc, Value v, float c) {
  auto t = cast<RankedTensorType>(v.getType());
  return tosa::AddOp::create(imp.builder, loc, t, v,
                             imp.scalarConst(loc, c, t.getRank()));
}

Value mulScalar(Importer &imp, Location loc, Value v, float c) {
  auto t = cast<RankedTensorType>(v.getType());
  return mulValues(imp, loc, v, imp.scalarConst(loc, c, t.getRank()));
}

/// Reads axes from the attribute (old opsets) or input 1 (newer).
FailureOr<std::optional<SmallVector<int64_t>>>
readAxes(Importer &imp, NodeView &node, unsigned inputIdx, bool fromInput) {
  if (!fromInput)
    return node.getInts("axes");
  if (!node.hasInput(inputIdx))
    return std::optional<SmallVector<int64_t>>();
  FailureOr<HostTensorRef> axes = imp.getConstantInput(node, inputIdx, "axes");
  if (failed(axes))
    return failure();
  return std::optional<SmallVector<int64_t>>(hostInts(**axes));
}

/// Reduces `v` over `axes` (physical) keeping dims.
Value reduce(Importer &imp, Location loc, StringRef op, Value v,
             ArrayRef<int64_t> axes) {
  for (int64_t a : axes) {
    auto t = cast<RankedTensorType>(v.getType());
    SmallVector<int64_t> shape(t.getShape());
    shape[a] = 1;
    auto rt = withShape(t, shape);
    if (op == "ReduceMax")
      v = tosa::ReduceMaxOp::create(imp.builder, loc, rt, v, (uint32_t)a);
    else if (op == "ReduceMin")
      v = tosa::ReduceMinOp::create(imp.builder, loc, rt, v, (uint32_t)a);
    else if (op == "ReduceProd")
      v = tosa::ReduceProductOp::create(imp.builder, loc, rt, v, (uint32_t)a);
    else
      v = tosa::ReduceSumOp::create(imp.builder, loc, rt, v, (uint32_t)a);
  }
  return v;
}

} // namespace onnx_import
} // namespace serenity
