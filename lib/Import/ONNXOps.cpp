//===- ONNXOps.cpp - ONNX operator converters ---------------------*- C++
//-*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// One converter per ONNX operator. A converter reads its node through
/// NodeView, fetches operands in the layout it wants (Importer::getNHWC /
/// getLogical), emits TOSA, and records its results with the layout they
/// are in. Operators whose inputs are all known at import time and that
/// compute shapes (Shape, Gather, Concat, Unsqueeze, Cast, ...) are folded to
/// host data instead of emitting IR.
///
//===----------------------------------------------------------------------===//

#include "ImporterImpl.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "llvm/ADT/STLExtras.h"

#include <cmath>
#include <limits>
#include <numeric>

using namespace mlir;
using namespace serenity;
using namespace serenity::onnx_import;

/// Host tensors up to this size are folded when all operands are constant.
static constexpr int64_t kFoldLimit = 1 << 16;

//===----------------------------------------------------------------------===//
// Small helpers
//===----------------------------------------------------------------------===//

static int64_t product(ArrayRef<int64_t> dims) {
  int64_t n = 1;
  for (int64_t d : dims)
    n *= d;
  return n;
}

/// Normalizes a possibly negative axis; failure if out of range.
static FailureOr<int64_t> normalizeAxis(NodeView &node, int64_t axis,
                                        int64_t rank) {
  if (axis < -rank || axis >= std::max<int64_t>(rank, 1))
    return node.emitError()
           << "axis " << axis << " is out of range for rank " << rank;
  return axis < 0 ? axis + rank : axis;
}

static HostTensorRef makeInts(ArrayRef<int64_t> shape, ArrayRef<int64_t> vals,
                              Type elementType) {
  auto t = std::make_shared<HostTensor>();
  t->shape.assign(shape.begin(), shape.end());
  t->elementType = elementType;
  t->ints.assign(vals.begin(), vals.end());
  return t;
}

static HostTensorRef makeFloats(ArrayRef<int64_t> shape,
                                std::vector<float> vals, Type elementType) {
  auto t = std::make_shared<HostTensor>();
  t->shape.assign(shape.begin(), shape.end());
  t->elementType = elementType;
  t->floats = std::move(vals);
  return t;
}

/// The same data with another shape.
static HostTensorRef reshapeHost(const HostTensor &in,
                                 ArrayRef<int64_t> shape) {
  auto t = std::make_shared<HostTensor>(in);
  t->shape.assign(shape.begin(), shape.end());
  return t;
}

/// Reads a constant as int64 values (for axes, pads, shapes, ...).
static SmallVector<int64_t> hostInts(const HostTensor &t) {
  SmallVector<int64_t> out;
  for (int64_t i = 0, e = t.numElements(); i < e; ++i)
    // Integers are read as they are stored: going through double (at())
    // would turn INT64_MAX, ONNX's "to the end" in Slice, into INT64_MIN.
    out.push_back(t.isFloat() ? (int64_t)t.floats[i] : t.ints[i]);
  return out;
}

static SmallVector<int64_t> rowMajorStrides(ArrayRef<int64_t> shape) {
  SmallVector<int64_t> strides(shape.size(), 1);
  for (int64_t i = (int64_t)shape.size() - 2; i >= 0; --i)
    strides[i] = strides[i + 1] * shape[i + 1];
  return strides;
}

/// Offset into a tensor of `shape` (broadcast against `outShape`, right
/// aligned) of the output element with multi-index `idx`.
static int64_t broadcastOffset(ArrayRef<int64_t> shape,
                               ArrayRef<int64_t> outShape,
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
static std::optional<SmallVector<int64_t>>
broadcastShapes(ArrayRef<int64_t> a, ArrayRef<int64_t> b) {
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

/// Iterates over all multi-indices of `shape` in row-major order.
template <typename Fn>
static void forEachIndex(ArrayRef<int64_t> shape, Fn fn) {
  int64_t n = product(shape);
  SmallVector<int64_t> idx(shape.size(), 0);
  for (int64_t i = 0; i < n; ++i) {
    fn(i, ArrayRef<int64_t>(idx));
    for (int64_t d = (int64_t)shape.size() - 1; d >= 0; --d) {
      if (++idx[d] < shape[d])
        break;
      idx[d] = 0;
    }
  }
}

/// True if every present input of the node is an import-time constant of at
/// most kFoldLimit elements.
static bool allInputsFoldable(Importer &imp, NodeView &node) {
  for (unsigned i = 0; i < node.numInputs(); ++i) {
    if (!node.hasInput(i))
      continue;
    TensorValue *tv = imp.getOptionalInput(node, i);
    if (!tv || !tv->constant || tv->constant->numElements() > kFoldLimit)
      return false;
  }
  return true;
}

static RankedTensorType withShape(RankedTensorType t, ArrayRef<int64_t> shape) {
  return RankedTensorType::get(shape, t.getElementType());
}

/// Operand `tv` at `rank` (unit dims prepended), in the requested layout.
static Value broadcastOperand(Importer &imp, TensorValue &tv, int64_t rank,
                              bool nhwc, Location loc) {
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

/// A value is "channels-last" if it is a rank-4 non-constant stored NHWC.
static bool prefersNHWC(const TensorValue &tv) {
  return !tv.constant && tv.type.getRank() == 4 && tv.nhwc;
}
static bool anyPrefersNHWC(ArrayRef<TensorValue *> tvs) {
  return llvm::any_of(tvs, [](TensorValue *tv) { return prefersNHWC(*tv); });
}

static FloatAttr f32Attr(Importer &imp, double v) {
  return imp.builder.getF32FloatAttr((float)v);
}

//===----------------------------------------------------------------------===//
// Elementwise operators
//===----------------------------------------------------------------------===//

/// Converts a unary elementwise op, keeping the operand's layout.
template <typename BuildFn>
static LogicalResult convertUnary(Importer &imp, NodeView &node,
                                  BuildFn build) {
  FailureOr<TensorValue *> in = imp.getInput(node, 0);
  if (failed(in))
    return failure();
  TensorValue &x = **in;
  if (!x.type.getElementType().isF32())
    return node.emitError()
           << "only f32 inputs are supported, got " << x.type.getElementType();
  bool nhwc = prefersNHWC(x);
  Value v = imp.getInLayout(x, nhwc, node.loc);
  Value result = build(v, cast<RankedTensorType>(v.getType()));
  if (!result)
    return failure();
  imp.setOutput(node, 0, result, nhwc);
  return success();
}

static Value clampValue(Importer &imp, Location loc, Value v, Type type,
                        float lo, float hi) {
  return tosa::ClampOp::create(imp.builder, loc, type, v, f32Attr(imp, lo),
                               f32Attr(imp, hi));
}

static LogicalResult convertRelu(Importer &imp, NodeView &node) {
  return convertUnary(imp, node, [&](Value v, RankedTensorType t) -> Value {
    return clampValue(imp, node.loc, v, t, 0.0f,
                      std::numeric_limits<float>::infinity());
  });
}

static LogicalResult convertClip(Importer &imp, NodeView &node) {
  float lo = -std::numeric_limits<float>::infinity();
  float hi = std::numeric_limits<float>::infinity();
  if (node.opset < 11) {
    lo = node.getFloat("min", lo);
    hi = node.getFloat("max", hi);
  } else {
    for (unsigned i : {1u, 2u}) {
      if (!node.hasInput(i))
        continue;
      FailureOr<HostTensorRef> c =
          imp.getConstantInput(node, i, i == 1 ? "minimum" : "maximum");
      if (failed(c))
        return failure();
      if ((*c)->numElements() != 1)
        return node.emitError() << "Clip bounds must be scalars";
      (i == 1 ? lo : hi) = (float)(*c)->at(0);
    }
  }
  return convertUnary(imp, node, [&](Value v, RankedTensorType t) -> Value {
    return clampValue(imp, node.loc, v, t, lo, hi);
  });
}

static Value mulValues(Importer &imp, Location loc, Value a, Value b) {
  auto ta = cast<RankedTensorType>(a.getType());
  auto tb = cast<RankedTensorType>(b.getType());
  SmallVector<int64_t> shape = *broadcastShapes(ta.getShape(), tb.getShape());
  return tosa::MulOp::create(imp.builder, loc, withShape(ta, shape), a, b,
                             imp.mulShift(loc));
}

static Value addScalar(Importer &imp, Location loc, Value v, float c) {
  auto t = cast<RankedTensorType>(v.getType());
  return tosa::AddOp::create(imp.builder, loc, t, v,
                             imp.scalarConst(loc, c, t.getRank()));
}

static Value mulScalar(Importer &imp, Location loc, Value v, float c) {
  auto t = cast<RankedTensorType>(v.getType());
  return mulValues(imp, loc, v, imp.scalarConst(loc, c, t.getRank()));
}

static LogicalResult convertLeakyRelu(Importer &imp, NodeView &node) {
  float alpha = node.getFloat("alpha", 0.01f);
  return convertUnary(imp, node, [&](Value v, RankedTensorType t) -> Value {
    Location loc = node.loc;
    Value zero = imp.scalarConst(loc, 0.0f, t.getRank());
    auto predType =
        RankedTensorType::get(t.getShape(), imp.builder.getI1Type());
    Value pos =
        tosa::GreaterEqualOp::create(imp.builder, loc, predType, v, zero);
    Value scaled = mulScalar(imp, loc, v, alpha);
    return tosa::SelectOp::create(imp.builder, loc, t, pos, v, scaled);
  });
}

static LogicalResult convertHardSigmoid(Importer &imp, NodeView &node) {
  float alpha = node.getFloat("alpha", 0.2f);
  float beta = node.getFloat("beta", 0.5f);
  return convertUnary(imp, node, [&](Value v, RankedTensorType t) -> Value {
    Value y =
        addScalar(imp, node.loc, mulScalar(imp, node.loc, v, alpha), beta);
    return clampValue(imp, node.loc, y, t, 0.0f, 1.0f);
  });
}

static LogicalResult convertHardSwish(Importer &imp, NodeView &node) {
  return convertUnary(imp, node, [&](Value v, RankedTensorType t) -> Value {
    Value y = addScalar(imp, node.loc, mulScalar(imp, node.loc, v, 1.0f / 6.0f),
                        0.5f);
    y = clampValue(imp, node.loc, y, t, 0.0f, 1.0f);
    return mulValues(imp, node.loc, v, y);
  });
}

template <typename OpTy>
static LogicalResult convertSimpleUnary(Importer &imp, NodeView &node) {
  return convertUnary(imp, node, [&](Value v, RankedTensorType t) -> Value {
    return OpTy::create(imp.builder, node.loc, t, v);
  });
}

static LogicalResult convertNeg(Importer &imp, NodeView &node) {
  return convertUnary(imp, node, [&](Value v, RankedTensorType t) -> Value {
    Value zp = imp.zeroPoint(node.loc, t.getElementType());
    return tosa::NegateOp::create(imp.builder, node.loc, t, v, zp, zp);
  });
}

static LogicalResult convertSqrt(Importer &imp, NodeView &node) {
  return convertUnary(imp, node, [&](Value v, RankedTensorType t) -> Value {
    return tosa::PowOp::create(imp.builder, node.loc, t, v,
                               imp.scalarConst(node.loc, 0.5f, t.getRank()));
  });
}

static LogicalResult convertElu(Importer &imp, NodeView &node) {
  float alpha = node.getFloat("alpha", 1.0f);
  return convertUnary(imp, node, [&](Value v, RankedTensorType t) -> Value {
    Location loc = node.loc;
    Value zero = imp.scalarConst(loc, 0.0f, t.getRank());
    auto predType =
        RankedTensorType::get(t.getShape(), imp.builder.getI1Type());
    Value pos =
        tosa::GreaterEqualOp::create(imp.builder, loc, predType, v, zero);
    Value e = tosa::ExpOp::create(imp.builder, loc, t, v);
    Value neg = mulScalar(imp, loc, addScalar(imp, loc, e, -1.0f), alpha);
    return tosa::SelectOp::create(imp.builder, loc, t, pos, v, neg);
  });
}

static LogicalResult convertSoftplus(Importer &imp, NodeView &node) {
  return convertUnary(imp, node, [&](Value v, RankedTensorType t) -> Value {
    Value e = tosa::ExpOp::create(imp.builder, node.loc, t, v);
    return tosa::LogOp::create(imp.builder, node.loc, t,
                               addScalar(imp, node.loc, e, 1.0f));
  });
}

/// Host evaluation of a binary op with numpy broadcasting.
static HostTensorRef foldBinary(const HostTensor &a, const HostTensor &b,
                                ArrayRef<int64_t> outShape, Type eltType,
                                StringRef op) {
  auto eval = [&](double x, double y) -> double {
    if (op == "Add")
      return x + y;
    if (op == "Sub")
      return x - y;
    if (op == "Mul")
      return x * y;
    if (op == "Div") {
      if (isa<FloatType>(eltType))
        return x / y;
      return y == 0 ? 0 : (double)((int64_t)x / (int64_t)y);
    }
    if (op == "Equal")
      return x == y;
    if (op == "Less")
      return x < y;
    if (op == "Greater")
      return x > y;
    if (op == "Max")
      return std::max(x, y);
    if (op == "Min")
      return std::min(x, y);
    return std::pow(x, y);
  };
  auto out = std::make_shared<HostTensor>();
  out->shape.assign(outShape.begin(), outShape.end());
  out->elementType = eltType;
  bool isFloat = isa<FloatType>(eltType);
  int64_t n = product(outShape);
  if (isFloat)
    out->floats.resize(n);
  else
    out->ints.resize(n);
  forEachIndex(outShape, [&](int64_t i, ArrayRef<int64_t> idx) {
    double r = eval(a.at(broadcastOffset(a.shape, outShape, idx)),
                    b.at(broadcastOffset(b.shape, outShape, idx)));
    if (isFloat)
      out->floats[i] = (float)r;
    else
      out->ints[i] = (int64_t)r;
  });
  return out;
}

/// Converts binary elementwise ops (and the variadic Max/Min/Sum/Mean).
static LogicalResult convertBinary(Importer &imp, NodeView &node) {
  StringRef op = node.opType();
  bool variadic = op == "Max" || op == "Min" || op == "Sum" || op == "Mean";
  if (!variadic && node.numInputs() != 2)
    return node.emitError() << "expected 2 inputs";
  SmallVector<TensorValue *> operands;
  for (unsigned i = 0; i < node.numInputs(); ++i) {
    FailureOr<TensorValue *> in = imp.getInput(node, i);
    if (failed(in))
      return failure();
    operands.push_back(*in);
  }
  Location loc = node.loc;

  // Broadcast shape of all operands.
  SmallVector<int64_t> outShape;
  for (TensorValue *tv : operands) {
    auto s = broadcastShapes(outShape, tv->type.getShape());
    if (!s)
      return node.emitError() << "operand shapes do not broadcast";
    outShape = *s;
  }
  bool isCompare = op == "Equal" || op == "Less" || op == "Greater" ||
                   op == "LessOrEqual" || op == "GreaterOrEqual";
  Type inElt = operands[0]->type.getElementType();
  Type outElt = isCompare ? imp.builder.getI1Type() : inElt;

  if (allInputsFoldable(imp, node) && !variadic && op != "LessOrEqual" &&
      op != "GreaterOrEqual") {
    imp.setConstantOutput(node, 0,
                          foldBinary(*operands[0]->constant,
                                     *operands[1]->constant, outShape, outElt,
                                     op));
    return success();
  }
  if (!inElt.isF32() && !inElt.isInteger(32) && !inElt.isInteger(64))
    return node.emitError() << "unsupported element type " << inElt;

  int64_t rank = outShape.size();
  bool nhwc = rank == 4 && anyPrefersNHWC(operands);
  SmallVector<Value> vals;
  for (TensorValue *tv : operands)
    vals.push_back(broadcastOperand(imp, *tv, rank, nhwc, loc));
  auto logicalOut = RankedTensorType::get(outShape, outElt);
  RankedTensorType outType = Importer::physicalType(logicalOut, nhwc);
  auto inType = withShape(outType, outType.getShape());
  inType = RankedTensorType::get(outType.getShape(), inElt);
  OpBuilder &b = imp.builder;

  auto combine = [&](Value x, Value y) -> Value {
    if (op == "Add" || op == "Sum" || op == "Mean")
      return tosa::AddOp::create(b, loc, inType, x, y);
    if (op == "Sub")
      return tosa::SubOp::create(b, loc, inType, x, y);
    if (op == "Mul")
      return tosa::MulOp::create(b, loc, inType, x, y, imp.mulShift(loc));
    if (op == "Div") {
      if (inElt.isF32()) {
        Value r = tosa::ReciprocalOp::create(b, loc, y.getType(), y);
        return tosa::MulOp::create(b, loc, inType, x, r, imp.mulShift(loc));
      }
      return tosa::IntDivOp::create(b, loc, inType, x, y);
    }
    if (op == "Pow")
      return tosa::PowOp::create(b, loc, inType, x, y);
    if (op == "Max")
      return tosa::MaximumOp::create(b, loc, inType, x, y);
    if (op == "Min")
      return tosa::MinimumOp::create(b, loc, inType, x, y);
    if (op == "Equal")
      return tosa::EqualOp::create(b, loc, outType, x, y);
    if (op == "Greater")
      return tosa::GreaterOp::create(b, loc, outType, x, y);
    if (op == "Less")
      return tosa::GreaterOp::create(b, loc, outType, y, x);
    if (op == "GreaterOrEqual")
      return tosa::GreaterEqualOp::create(b, loc, outType, x, y);
    assert(op == "LessOrEqual");
    return tosa::GreaterEqualOp::create(b, loc, outType, y, x);
  };
  Value result = vals[0];
  if (vals.size() == 1) {
    // A single-operand Max/Min/Sum/Mean is a broadcasted copy.
    result = vals[0];
  }
  for (size_t i = 1; i < vals.size(); ++i)
    result = combine(result, vals[i]);
  if (op == "Mean" && vals.size() > 1)
    result = mulScalar(imp, loc, result, 1.0f / vals.size());
  imp.setOutput(node, 0, result, nhwc);
  return success();
}

static LogicalResult convertPRelu(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> x = imp.getInput(node, 0);
  FailureOr<TensorValue *> slope = imp.getInput(node, 1);
  if (failed(x) || failed(slope))
    return failure();
  auto shape =
      broadcastShapes((*x)->type.getShape(), (*slope)->type.getShape());
  if (!shape || *shape != (*x)->type.getShape())
    return node.emitError() << "slope must broadcast to the input shape";
  int64_t rank = shape->size();
  bool nhwc = prefersNHWC(**x);
  Location loc = node.loc;
  Value v = imp.getInLayout(**x, nhwc, loc);
  Value s = broadcastOperand(imp, **slope, rank, nhwc, loc);
  auto t = cast<RankedTensorType>(v.getType());
  Value zero = imp.scalarConst(loc, 0.0f, rank);
  auto predType = RankedTensorType::get(t.getShape(), imp.builder.getI1Type());
  Value pos = tosa::GreaterEqualOp::create(imp.builder, loc, predType, v, zero);
  Value scaled =
      tosa::MulOp::create(imp.builder, loc, t, v, s, imp.mulShift(loc));
  imp.setOutput(node, 0,
                tosa::SelectOp::create(imp.builder, loc, t, pos, v, scaled),
                nhwc);
  return success();
}

static LogicalResult convertWhere(Importer &imp, NodeView &node) {
  SmallVector<TensorValue *> ops;
  for (unsigned i = 0; i < 3; ++i) {
    FailureOr<TensorValue *> in = imp.getInput(node, i);
    if (failed(in))
      return failure();
    ops.push_back(*in);
  }
  SmallVector<int64_t> shape;
  for (TensorValue *tv : ops) {
    auto s = broadcastShapes(shape, tv->type.getShape());
    if (!s)
      return node.emitError() << "operand shapes do not broadcast";
    shape = *s;
  }
  int64_t rank = shape.size();
  bool nhwc = rank == 4 && anyPrefersNHWC(ops);
  SmallVector<Value> vals;
  for (TensorValue *tv : ops)
    vals.push_back(broadcastOperand(imp, *tv, rank, nhwc, node.loc));
  auto outType = Importer::physicalType(
      RankedTensorType::get(shape, ops[1]->type.getElementType()), nhwc);
  imp.setOutput(node, 0,
                tosa::SelectOp::create(imp.builder, node.loc, outType, vals[0],
                                       vals[1], vals[2]),
                nhwc);
  return success();
}

//===----------------------------------------------------------------------===//
// Convolutions and pooling
//===----------------------------------------------------------------------===//

namespace {
/// Spatial window parameters of a 2-D conv or pool, in TOSA order.
struct Window {
  SmallVector<int64_t, 2> kernel, stride{1, 1}, dilation{1, 1};
  /// [top, bottom, left, right].
  SmallVector<int64_t, 4> pad{0, 0, 0, 0};
};
} // namespace

/// Reads kernel/stride/dilation/pads/auto_pad. `kernel` comes from the
/// weights for convs and from kernel_shape for pools.
static LogicalResult readWindow(NodeView &node, ArrayRef<int64_t> inHW,
                                ArrayRef<int64_t> kernel, Window &w) {
  w.kernel.assign(kernel.begin(), kernel.end());
  if (auto s = node.getInts("strides")) {
    if (s->size() != 2)
      return node.emitError() << "expected 2 strides";
    w.stride.assign(s->begin(), s->end());
  }
  if (auto d = node.getInts("dilations")) {
    if (d->size() != 2)
      return node.emitError() << "expected 2 dilations";
    w.dilation.assign(d->begin(), d->end());
  }
  std::string autoPad = node.getString("auto_pad", "NOTSET");
  if (autoPad == "NOTSET") {
    if (auto p = node.getInts("pads")) {
      if (p->size() != 4)
        return node.emitError() << "expected 4 pads";
      // ONNX: [h_begin, w_begin, h_end, w_end].
      w.pad = {(*p)[0], (*p)[2], (*p)[1], (*p)[3]};
    }
  } else if (autoPad == "VALID") {
    w.pad = {0, 0, 0, 0};
  } else if (autoPad == "SAME_UPPER" || autoPad == "SAME_LOWER") {
    for (int i = 0; i < 2; ++i) {
      int64_t out = (inHW[i] + w.stride[i] - 1) / w.stride[i];
      int64_t total = std::max<int64_t>(
          0, (out - 1) * w.stride[i] + (w.kernel[i] - 1) * w.dilation[i] + 1 -
                 inHW[i]);
      int64_t small = total / 2, large = total - total / 2;
      w.pad[2 * i] = autoPad == "SAME_UPPER" ? small : large;
      w.pad[2 * i + 1] = autoPad == "SAME_UPPER" ? large : small;
    }
  } else {
    return node.emitError() << "unsupported auto_pad '" << autoPad << "'";
  }
  for (int64_t p : w.pad)
    if (p < 0)
      return node.emitError() << "negative pads are not supported";
  return success();
}

/// TOSA requires the window arithmetic to be exact:
/// IH - 1 + pad_top + pad_bottom - (KH - 1) * dilation == (OH - 1) * stride.
/// ONNX floors (or ceils), so adjust the bottom/right pad to the output size
/// ONNX computed, and crop input rows no window reads when the pad alone
/// cannot absorb the difference. Returns the input (possibly sliced, NHWC).
static Value fitWindow(Importer &imp, Location loc, Value input, Window &w,
                       ArrayRef<int64_t> outHW) {
  auto type = cast<RankedTensorType>(input.getType());
  SmallVector<int64_t> size(type.getShape());
  bool crop = false;
  for (int i = 0; i < 2; ++i) {
    int64_t in = size[1 + i];
    int64_t span =
        (outHW[i] - 1) * w.stride[i] + (w.kernel[i] - 1) * w.dilation[i] + 1;
    int64_t end = span - in - w.pad[2 * i];
    if (end >= 0) {
      w.pad[2 * i + 1] = end;
    } else {
      w.pad[2 * i + 1] = 0;
      size[1 + i] = in + end;
      crop = true;
    }
  }
  if (!crop)
    return input;
  return tosa::SliceOp::create(imp.builder, loc, withShape(type, size), input,
                               imp.constShape(loc, {0, 0, 0, 0}),
                               imp.constShape(loc, size));
}

/// Weight `w` (ONNX OIHW, constant or not) permuted by `perm` and reshaped.
static Value weightValue(Importer &imp, TensorValue &w, ArrayRef<int64_t> shape,
                         ArrayRef<int32_t> perm, Location loc) {
  if (w.constant)
    return imp.materialize(
        *transposeHost(*reshapeHost(*w.constant, shape), perm), loc);
  Value v = imp.reshape(loc, imp.getLogical(w, loc), shape);
  return imp.transpose(loc, v, perm);
}

/// Bias operand: the given bias or zeros of length `n`.
static Value biasValue(Importer &imp, TensorValue *bias, int64_t n,
                       Location loc) {
  if (bias)
    return imp.getLogical(*bias, loc);
  return imp.materialize(
      *makeFloats({n}, std::vector<float>(n, 0.0f), imp.builder.getF32Type()),
      loc);
}

static LogicalResult convertConv(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> xIn = imp.getInput(node, 0);
  FailureOr<TensorValue *> wIn = imp.getInput(node, 1);
  if (failed(xIn) || failed(wIn))
    return failure();
  TensorValue &x = **xIn, &w = **wIn;
  TensorValue *bias = imp.getOptionalInput(node, 2);
  if (x.type.getRank() != 4 || w.type.getRank() != 4)
    return node.emitError() << "only 2-D convolutions (rank-4 tensors) are "
                               "supported, got input "
                            << x.type;
  if (!x.type.getElementType().isF32())
    return node.emitError() << "only f32 convolutions are supported";
  FailureOr<RankedTensorType> outType = imp.getOutputType(node, 0);
  if (failed(outType))
    return failure();
  Location loc = node.loc;
  OpBuilder &b = imp.builder;
  ArrayRef<int64_t> ws = w.type.getShape();
  int64_t group = node.getInt("group", 1);
  int64_t cin = x.type.getDimSize(1), cout = ws[0];
  if (group <= 0 || cin % group || cout % group || ws[1] * group != cin)
    return node.emitError()
           << "inconsistent group=" << group << " for input channels " << cin
           << " and weight shape " << w.type;
  Window win;
  if (failed(readWindow(node, x.type.getShape().drop_front(2), ws.drop_front(2),
                        win)))
    return failure();
  ArrayRef<int64_t> outHW = outType->getShape().drop_front(2);
  Value input = fitWindow(imp, loc, imp.getNHWC(x, loc), win, outHW);
  RankedTensorType resultType = Importer::physicalType(*outType, true);
  Value zp = imp.zeroPoint(loc, b.getF32Type());
  Type acc = b.getF32Type();
  Value biasV = biasValue(imp, bias, cout, loc);

  Value result;
  if (group == 1) {
    Value weight = weightValue(imp, w, ws, kToNHWC, loc);
    result =
        tosa::Conv2DOp::create(b, loc, resultType, input, weight, biasV, zp, zp,
                               win.pad, win.stride, win.dilation, acc);
  } else if (group == cin) {
    // Depthwise: ONNX [C*M, 1, KH, KW] -> TOSA [KH, KW, C, M].
    int64_t m = cout / cin;
    Value weight =
        weightValue(imp, w, {cin, m, ws[2], ws[3]}, {2, 3, 0, 1}, loc);
    result = tosa::DepthwiseConv2DOp::create(b, loc, resultType, input, weight,
                                             biasV, zp, zp, win.pad, win.stride,
                                             win.dilation, acc);
  } else {
    // Grouped: one convolution per group over a channel slice, then concat.
    int64_t cg = cin / group, mg = cout / group;
    auto inType = cast<RankedTensorType>(input.getType());
    SmallVector<Value> parts;
    for (int64_t g = 0; g < group; ++g) {
      SmallVector<int64_t> sliceShape(inType.getShape());
      sliceShape[3] = cg;
      Value xs =
          tosa::SliceOp::create(b, loc, withShape(inType, sliceShape), input,
                                imp.constShape(loc, {0, 0, 0, g * cg}),
                                imp.constShape(loc, sliceShape));
      Value ww, bb;
      if (w.constant) {
        HostTensor slice;
        slice.elementType = w.constant->elementType;
        slice.shape = {mg, ws[1], ws[2], ws[3]};
        int64_t per = ws[1] * ws[2] * ws[3];
        slice.floats.assign(w.constant->floats.begin() + g * mg * per,
                            w.constant->floats.begin() + (g + 1) * mg * per);
        ww = imp.materialize(*transposeHost(slice, kToNHWC), loc);
      } else {
        Value wl = imp.getLogical(w, loc);
        auto wt = cast<RankedTensorType>(wl.getType());
        Value s = tosa::SliceOp::create(
            b, loc, withShape(wt, {mg, ws[1], ws[2], ws[3]}), wl,
            imp.constShape(loc, {g * mg, 0, 0, 0}),
            imp.constShape(loc, {mg, ws[1], ws[2], ws[3]}));
        ww = imp.transpose(loc, s, kToNHWC);
      }
      if (bias && bias->constant) {
        std::vector<float> bv(bias->constant->floats.begin() + g * mg,
                              bias->constant->floats.begin() + (g + 1) * mg);
        bb = imp.materialize(*makeFloats({mg}, bv, b.getF32Type()), loc);
      } else if (bias) {
        Value bl = imp.getLogical(*bias, loc);
        bb = tosa::SliceOp::create(b, loc, withShape(bias->type, {mg}), bl,
                                   imp.constShape(loc, {g * mg}),
                                   imp.constShape(loc, {mg}));
      } else {
        bb = biasValue(imp, nullptr, mg, loc);
      }
      SmallVector<int64_t> partShape(resultType.getShape());
      partShape[3] = mg;
      parts.push_back(tosa::Conv2DOp::create(
          b, loc, withShape(resultType, partShape), xs, ww, bb, zp, zp, win.pad,
          win.stride, win.dilation, acc));
    }
    result = tosa::ConcatOp::create(b, loc, resultType, parts, 3);
  }
  imp.setOutput(node, 0, result, /*nhwc=*/true);
  return success();
}

static LogicalResult convertConvTranspose(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> xIn = imp.getInput(node, 0);
  FailureOr<TensorValue *> wIn = imp.getInput(node, 1);
  if (failed(xIn) || failed(wIn))
    return failure();
  TensorValue &x = **xIn, &w = **wIn;
  TensorValue *bias = imp.getOptionalInput(node, 2);
  if (x.type.getRank() != 4 || w.type.getRank() != 4)
    return node.emitError() << "only 2-D transposed convolutions are supported";
  if (node.getInt("group", 1) != 1)
    return node.emitError() << "grouped ConvTranspose is not supported";
  if (auto d = node.getInts("dilations"))
    if (llvm::any_of(*d, [](int64_t v) { return v != 1; }))
      return node.emitError() << "dilated ConvTranspose is not supported";
  FailureOr<RankedTensorType> outType = imp.getOutputType(node, 0);
  if (failed(outType))
    return failure();
  Location loc = node.loc;
  OpBuilder &b = imp.builder;
  ArrayRef<int64_t> ws = w.type.getShape(); // [IC, OC, KH, KW]
  int64_t oc = ws[1];
  SmallVector<int64_t> stride{1, 1};
  if (auto s = node.getInts("strides"))
    stride.assign(s->begin(), s->end());
  // Compute the full (uncropped) output, then slice the ONNX window out of
  // it: out[pad_begin, pad_begin + OH). Rows past the full output (from
  // output_padding) are added with a non-negative out_pad at the bottom.
  SmallVector<int64_t> outHW(outType->getShape().drop_front(2));
  SmallVector<int64_t> begin(2), extra(2);
  for (int i = 0; i < 2; ++i) {
    int64_t in = x.type.getDimSize(2 + i);
    int64_t full = (in - 1) * stride[i] + ws[2 + i];
    int64_t total = full - outHW[i]; // pads begin + end
    std::string autoPad = node.getString("auto_pad", "NOTSET");
    if (node.hasAttr("output_shape") || autoPad == "SAME_UPPER" ||
        autoPad == "SAME_LOWER") {
      int64_t small = total > 0 ? total / 2 : 0;
      begin[i] = autoPad == "SAME_UPPER" ? small : total - small;
      if (total < 0)
        begin[i] = 0;
    } else if (auto p = node.getInts("pads")) {
      begin[i] = (*p)[i];
    } else {
      begin[i] = 0;
    }
    extra[i] = std::max<int64_t>(0, begin[i] + outHW[i] - full);
  }
  Value weight = weightValue(imp, w, ws, {1, 2, 3, 0}, loc);
  Value zp = imp.zeroPoint(loc, b.getF32Type());
  SmallVector<int64_t> fullShape{
      x.type.getDimSize(0),
      (x.type.getDimSize(2) - 1) * stride[0] + ws[2] + extra[0],
      (x.type.getDimSize(3) - 1) * stride[1] + ws[3] + extra[1], oc};
  auto fullType = RankedTensorType::get(fullShape, b.getF32Type());
  Value result = tosa::TransposeConv2DOp::create(
      b, loc, fullType, imp.getNHWC(x, loc), weight,
      biasValue(imp, bias, oc, loc), zp, zp,
      ArrayRef<int64_t>{0, extra[0], 0, extra[1]}, stride, b.getF32Type());
  RankedTensorType resultType = Importer::physicalType(*outType, true);
  if (resultType.getShape() != ArrayRef<int64_t>(fullShape))
    result =
        tosa::SliceOp::create(b, loc, resultType, result,
                              imp.constShape(loc, {0, begin[0], begin[1], 0}),
                              imp.constShape(loc, resultType.getShape()));
  imp.setOutput(node, 0, result, true);
  return success();
}

static LogicalResult convertPool(Importer &imp, NodeView &node) {
  StringRef op = node.opType();
  bool isMax = op == "MaxPool" || op == "GlobalMaxPool";
  bool global = op.starts_with("Global");
  FailureOr<TensorValue *> xIn = imp.getInput(node, 0);
  if (failed(xIn))
    return failure();
  TensorValue &x = **xIn;
  if (x.type.getRank() != 4)
    return node.emitError() << "only 2-D pooling (rank-4 tensors) is supported";
  if (node.hasOutput(1))
    return node.emitError() << "the Indices output of MaxPool is not supported";
  FailureOr<RankedTensorType> outType = imp.getOutputType(node, 0);
  if (failed(outType))
    return failure();
  Location loc = node.loc;
  OpBuilder &b = imp.builder;
  ArrayRef<int64_t> inHW = x.type.getShape().drop_front(2);
  Window win;
  if (global) {
    win.kernel.assign(inHW.begin(), inHW.end());
  } else {
    auto kernel = node.getInts("kernel_shape");
    if (!kernel || kernel->size() != 2)
      return node.emitError() << "expected a 2-D kernel_shape";
    if (failed(readWindow(node, inHW, *kernel, win)))
      return failure();
    if (win.dilation[0] != 1 || win.dilation[1] != 1)
      return node.emitError() << "dilated pooling is not supported";
  }
  SmallVector<int64_t, 4> onnxPad(win.pad);
  Value input = imp.getNHWC(x, loc);
  bool countPad = !isMax && node.getInt("count_include_pad", 0) != 0;
  if (countPad && llvm::any_of(onnxPad, [](int64_t p) { return p != 0; })) {
    // TOSA's average excludes padding: pad explicitly with zeros instead.
    auto t = cast<RankedTensorType>(input.getType());
    SmallVector<int64_t> shape(t.getShape());
    shape[1] += onnxPad[0] + onnxPad[1];
    shape[2] += onnxPad[2] + onnxPad[3];
    input =
        tosa::PadOp::create(b, loc, withShape(t, shape), input,
                            imp.constShape(loc, {0, 0, onnxPad[0], onnxPad[1],
                                                 onnxPad[2], onnxPad[3], 0, 0}),
                            imp.scalarConst(loc, 0.0f, 1));
    win.pad = {0, 0, 0, 0};
  }
  ArrayRef<int64_t> outHW = outType->getShape().drop_front(2);
  input = fitWindow(imp, loc, input, win, outHW);
  for (int i = 0; i < 4; ++i)
    if (win.pad[i] >= win.kernel[i / 2])
      return node.emitError()
             << "padding " << win.pad[i] << " is not smaller than the kernel";
  RankedTensorType resultType = Importer::physicalType(*outType, true);
  Value result;
  if (isMax) {
    result = tosa::MaxPool2dOp::create(b, loc, resultType, input, win.kernel,
                                       win.stride, win.pad);
  } else {
    Value zp = imp.zeroPoint(loc, b.getF32Type());
    result = tosa::AvgPool2dOp::create(
        b, loc, resultType, input, zp, zp, b.getDenseI64ArrayAttr(win.kernel),
        b.getDenseI64ArrayAttr(win.stride), b.getDenseI64ArrayAttr(win.pad),
        TypeAttr::get(b.getF32Type()));
  }
  imp.setOutput(node, 0, result, true);
  return success();
}

static LogicalResult convertBatchNorm(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> xIn = imp.getInput(node, 0);
  if (failed(xIn))
    return failure();
  if (node.getInt("training_mode", 0) != 0 || node.numOutputs() > 1)
    return node.emitError() << "only inference-mode BatchNormalization (one "
                               "output) is supported";
  SmallVector<HostTensorRef, 4> params;
  const char *names[] = {"scale", "bias", "mean", "variance"};
  for (unsigned i = 1; i <= 4; ++i) {
    FailureOr<HostTensorRef> p = imp.getConstantInput(node, i, names[i - 1]);
    if (failed(p))
      return failure();
    params.push_back(*p);
  }
  TensorValue &x = **xIn;
  int64_t rank = x.type.getRank();
  if (rank < 2)
    return node.emitError() << "input must have rank >= 2";
  int64_t c = x.type.getDimSize(1);
  for (const HostTensorRef &p : params)
    if (p->numElements() != c || !p->isFloat())
      return node.emitError()
             << "parameters must be f32 vectors of length " << c;
  float eps = node.getFloat("epsilon", 1e-5f);
  std::vector<float> a(c), sh(c);
  for (int64_t i = 0; i < c; ++i) {
    a[i] = params[0]->floats[i] / std::sqrt(params[3]->floats[i] + eps);
    sh[i] = params[1]->floats[i] - params[2]->floats[i] * a[i];
  }
  bool nhwc = rank == 4 && prefersNHWC(x);
  SmallVector<int64_t> shape(rank, 1);
  shape[nhwc ? 3 : 1] = c;
  Location loc = node.loc;
  Value v = imp.getInLayout(x, nhwc, loc);
  Type f32 = imp.builder.getF32Type();
  Value scaled =
      mulValues(imp, loc, v, imp.materialize(*makeFloats(shape, a, f32), loc));
  Value result =
      tosa::AddOp::create(imp.builder, loc, v.getType(), scaled,
                          imp.materialize(*makeFloats(shape, sh, f32), loc));
  imp.setOutput(node, 0, result, nhwc);
  return success();
}

//===----------------------------------------------------------------------===//
// Matrix products
//===----------------------------------------------------------------------===//

/// [1, M, K] x [1, K, N] -> [M, N].
static Value matmul2D(Importer &imp, Location loc, Value a, Value b) {
  auto ta = cast<RankedTensorType>(a.getType());
  auto tb = cast<RankedTensorType>(b.getType());
  int64_t m = ta.getDimSize(0), k = ta.getDimSize(1), n = tb.getDimSize(1);
  Value a3 = imp.reshape(loc, a, {1, m, k});
  Value b3 = imp.reshape(loc, b, {1, k, n});
  Value zp = imp.zeroPoint(loc, ta.getElementType());
  Value r = tosa::MatMulOp::create(imp.builder, loc, withShape(ta, {1, m, n}),
                                   a3, b3, zp, zp);
  return imp.reshape(loc, r, {m, n});
}

static LogicalResult convertGemm(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> aIn = imp.getInput(node, 0);
  FailureOr<TensorValue *> bIn = imp.getInput(node, 1);
  if (failed(aIn) || failed(bIn))
    return failure();
  TensorValue *c = imp.getOptionalInput(node, 2);
  Location loc = node.loc;
  if ((*aIn)->type.getRank() != 2 || (*bIn)->type.getRank() != 2)
    return node.emitError() << "Gemm operands must be rank 2";
  if (!(*aIn)->type.getElementType().isF32())
    return node.emitError() << "only f32 Gemm is supported";
  auto operand = [&](TensorValue &tv, bool trans) -> Value {
    if (!trans)
      return imp.getLogical(tv, loc);
    if (tv.constant)
      return imp.materialize(*transposeHost(*tv.constant, {1, 0}), loc);
    return imp.transpose(loc, imp.getLogical(tv, loc), {1, 0});
  };
  Value a = operand(**aIn, node.getInt("transA", 0));
  Value b = operand(**bIn, node.getInt("transB", 0));
  float alpha = node.getFloat("alpha", 1.0f),
        beta = node.getFloat("beta", 1.0f);
  Value r = matmul2D(imp, loc, a, b);
  if (alpha != 1.0f)
    r = mulScalar(imp, loc, r, alpha);
  if (c && beta != 0.0f) {
    Value cv;
    if (c->constant && beta != 1.0f) {
      std::vector<float> scaled(c->constant->floats);
      for (float &f : scaled)
        f *= beta;
      HostTensorRef t =
          makeFloats(c->constant->shape, scaled, c->constant->elementType);
      TensorValue tmp;
      tmp.type = c->type;
      tmp.constant = t;
      cv = broadcastOperand(imp, tmp, 2, false, loc);
    } else {
      cv = broadcastOperand(imp, *c, 2, false, loc);
      if (beta != 1.0f)
        cv = mulScalar(imp, loc, cv, beta);
    }
    r = tosa::AddOp::create(imp.builder, loc, r.getType(), r, cv);
  }
  imp.setOutput(node, 0, r, false);
  return success();
}

static LogicalResult convertMatMul(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> aIn = imp.getInput(node, 0);
  FailureOr<TensorValue *> bIn = imp.getInput(node, 1);
  if (failed(aIn) || failed(bIn))
    return failure();
  FailureOr<RankedTensorType> outType = imp.getOutputType(node, 0);
  if (failed(outType))
    return failure();
  if (!(*aIn)->type.getElementType().isF32())
    return node.emitError() << "only f32 MatMul is supported";
  Location loc = node.loc;
  OpBuilder &b = imp.builder;
  Value a = imp.getLogical(**aIn, loc), bv = imp.getLogical(**bIn, loc);
  SmallVector<int64_t> as((*aIn)->type.getShape()), bs((*bIn)->type.getShape());
  // Promote vectors to matrices as numpy does.
  if (as.size() == 1)
    as.insert(as.begin(), 1);
  if (bs.size() == 1)
    bs.push_back(1);
  int64_t m = as[as.size() - 2], k = as.back(), n = bs.back();
  SmallVector<int64_t> batchA(as.begin(), as.end() - 2);
  SmallVector<int64_t> batchB(bs.begin(), bs.end() - 2);
  auto batch = broadcastShapes(batchA, batchB);
  if (!batch || bs[bs.size() - 2] != k)
    return node.emitError() << "incompatible MatMul shapes";
  int64_t nb = product(*batch);
  Value a3, b3;
  if (product(batchB) == 1 && !batch->empty()) {
    // Fold A's batch into the rows: [1, B*M, K] x [1, K, N].
    a3 = imp.reshape(loc, a, {1, nb * m, k});
    b3 = imp.reshape(loc, bv, {1, k, n});
    Value zp = imp.zeroPoint(loc, b.getF32Type());
    Value r = tosa::MatMulOp::create(
        b, loc, RankedTensorType::get({1, nb * m, n}, b.getF32Type()), a3, b3,
        zp, zp);
    imp.setOutput(node, 0, imp.reshape(loc, r, outType->getShape()), false);
    return success();
  }
  auto expand = [&](Value v, ArrayRef<int64_t> batchV, int64_t r0,
                    int64_t r1) -> Value {
    SmallVector<int64_t> full(batch->size() - batchV.size(), 1);
    llvm::append_range(full, batchV);
    full.push_back(r0);
    full.push_back(r1);
    v = imp.reshape(loc, v, full);
    SmallVector<int64_t> multiples;
    bool tile = false;
    for (size_t i = 0; i < batch->size(); ++i) {
      multiples.push_back(full[i] == (*batch)[i] ? 1 : (*batch)[i]);
      tile |= multiples.back() != 1;
    }
    multiples.push_back(1);
    multiples.push_back(1);
    if (tile) {
      SmallVector<int64_t> tiled(*batch);
      tiled.push_back(r0);
      tiled.push_back(r1);
      v = tosa::TileOp::create(b, loc,
                               RankedTensorType::get(tiled, b.getF32Type()), v,
                               imp.constShape(loc, multiples));
    }
    return imp.reshape(loc, v, {nb, r0, r1});
  };
  a3 = expand(a, batchA, m, k);
  b3 = expand(bv, batchB, k, n);
  Value zp = imp.zeroPoint(loc, b.getF32Type());
  Value r = tosa::MatMulOp::create(
      b, loc, RankedTensorType::get({nb, m, n}, b.getF32Type()), a3, b3, zp,
      zp);
  imp.setOutput(node, 0, imp.reshape(loc, r, outType->getShape()), false);
  return success();
}

//===----------------------------------------------------------------------===//
// Shape manipulation
//===----------------------------------------------------------------------===//

/// Records `shape`-reshaped `x` as output 0: folded when constant, else a
/// tosa.reshape of the logical view.
static LogicalResult setReshaped(Importer &imp, NodeView &node, TensorValue &x,
                                 ArrayRef<int64_t> shape) {
  if (product(shape) != x.type.getNumElements())
    return node.emitError()
           << "cannot reshape " << x.type << " to " << shape.size()
           << "-D shape with " << product(shape) << " elements";
  if (x.constant) {
    imp.setConstantOutput(node, 0, reshapeHost(*x.constant, shape));
    return success();
  }
  imp.setOutput(node, 0,
                imp.reshape(node.loc, imp.getLogical(x, node.loc), shape),
                false);
  return success();
}

static LogicalResult convertIdentity(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> x = imp.getInput(node, 0);
  if (failed(x))
    return failure();
  if (node.opType() == "Dropout" && node.hasOutput(1))
    return node.emitError() << "the mask output of Dropout is not supported";
  imp.values[node.proto.output(0)] = **x;
  return success();
}

static LogicalResult convertFlatten(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> x = imp.getInput(node, 0);
  if (failed(x))
    return failure();
  ArrayRef<int64_t> s = (*x)->type.getShape();
  int64_t rank = s.size(), axis = node.getInt("axis", 1);
  if (axis < -rank || axis > rank)
    return node.emitError()
           << "axis " << axis << " is out of range for rank " << rank;
  if (axis < 0)
    axis += rank;
  return setReshaped(
      imp, node, **x,
      {product(s.take_front(axis)), product(s.drop_front(axis))});
}

static LogicalResult convertReshape(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> x = imp.getInput(node, 0);
  if (failed(x))
    return failure();
  SmallVector<int64_t> target;
  if (node.opset < 5 || node.hasAttr("shape")) {
    target = node.getInts("shape").value_or(SmallVector<int64_t>{});
  } else {
    FailureOr<HostTensorRef> s = imp.getConstantInput(node, 1, "target shape");
    if (failed(s))
      return failure();
    target = hostInts(**s);
  }
  ArrayRef<int64_t> in = (*x)->type.getShape();
  bool allowZero = node.getInt("allowzero", 0) != 0;
  int64_t inferIdx = -1, known = 1;
  for (size_t i = 0; i < target.size(); ++i) {
    if (target[i] == 0 && !allowZero) {
      if (i >= in.size())
        return node.emitError() << "shape entry 0 at position " << i
                                << " has no input dimension to copy";
      target[i] = in[i];
    }
    if (target[i] == -1) {
      if (inferIdx >= 0)
        return node.emitError() << "more than one -1 in the target shape";
      inferIdx = i;
      continue;
    }
    if (target[i] < 0)
      return node.emitError() << "invalid target dimension " << target[i];
    known *= target[i];
  }
  if (inferIdx >= 0) {
    if (known == 0 || (*x)->type.getNumElements() % known)
      return node.emitError() << "cannot infer the -1 dimension";
    target[inferIdx] = (*x)->type.getNumElements() / known;
  }
  return setReshaped(imp, node, **x, target);
}

/// Reads axes from the attribute (old opsets) or input 1 (newer).
static FailureOr<std::optional<SmallVector<int64_t>>>
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

static LogicalResult convertSqueeze(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> x = imp.getInput(node, 0);
  if (failed(x))
    return failure();
  auto axes = readAxes(imp, node, 1, node.opset >= 13);
  if (failed(axes))
    return failure();
  ArrayRef<int64_t> in = (*x)->type.getShape();
  SmallVector<bool> drop(in.size(), false);
  if (*axes) {
    for (int64_t a : **axes) {
      FailureOr<int64_t> n = normalizeAxis(node, a, in.size());
      if (failed(n))
        return failure();
      if (in[*n] != 1)
        return node.emitError()
               << "cannot squeeze dimension " << *n << " of size " << in[*n];
      drop[*n] = true;
    }
  } else {
    for (size_t i = 0; i < in.size(); ++i)
      drop[i] = in[i] == 1;
  }
  SmallVector<int64_t> shape;
  for (size_t i = 0; i < in.size(); ++i)
    if (!drop[i])
      shape.push_back(in[i]);
  return setReshaped(imp, node, **x, shape);
}

static LogicalResult convertUnsqueeze(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> x = imp.getInput(node, 0);
  if (failed(x))
    return failure();
  auto axes = readAxes(imp, node, 1, node.opset >= 13);
  if (failed(axes))
    return failure();
  if (!*axes)
    return node.emitError() << "missing axes";
  ArrayRef<int64_t> in = (*x)->type.getShape();
  int64_t rank = in.size() + (*axes)->size();
  SmallVector<bool> isNew(rank, false);
  for (int64_t a : **axes) {
    FailureOr<int64_t> n = normalizeAxis(node, a, rank);
    if (failed(n))
      return failure();
    isNew[*n] = true;
  }
  SmallVector<int64_t> shape;
  size_t j = 0;
  for (int64_t i = 0; i < rank; ++i)
    shape.push_back(isNew[i] ? 1 : in[j++]);
  return setReshaped(imp, node, **x, shape);
}

static LogicalResult convertTranspose(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> xIn = imp.getInput(node, 0);
  if (failed(xIn))
    return failure();
  TensorValue &x = **xIn;
  int64_t rank = x.type.getRank();
  SmallVector<int32_t> perm;
  if (auto p = node.getInts("perm")) {
    for (int64_t v : *p)
      perm.push_back(v);
  } else {
    for (int64_t i = rank - 1; i >= 0; --i)
      perm.push_back(i);
  }
  SmallVector<int32_t> sorted(perm);
  llvm::sort(sorted);
  if ((int64_t)perm.size() != rank ||
      !llvm::equal(sorted, llvm::seq<int32_t>(0, rank)))
    return node.emitError() << "invalid permutation";
  if (x.constant && x.constant->numElements() <= kFoldLimit) {
    imp.setConstantOutput(node, 0, transposeHost(*x.constant, perm));
    return success();
  }
  if (prefersNHWC(x)) {
    // Compose with the storage permutation: one transpose from NHWC.
    SmallVector<int32_t> physical;
    for (int32_t p : perm)
      physical.push_back(kToNCHW[p]);
    imp.setOutput(node, 0, imp.transpose(node.loc, x.value, physical), false);
    return success();
  }
  imp.setOutput(node, 0,
                imp.transpose(node.loc, imp.getLogical(x, node.loc), perm),
                false);
  return success();
}

/// Host concatenation along `axis`.
static HostTensorRef concatHost(ArrayRef<HostTensorRef> parts, int64_t axis) {
  auto out = std::make_shared<HostTensor>();
  out->elementType = parts[0]->elementType;
  out->shape = parts[0]->shape;
  out->shape[axis] = 0;
  for (const HostTensorRef &p : parts)
    out->shape[axis] += p->shape[axis];
  int64_t outer = product(ArrayRef<int64_t>(out->shape).take_front(axis));
  for (int64_t o = 0; o < outer; ++o)
    for (const HostTensorRef &p : parts) {
      int64_t chunk = product(ArrayRef<int64_t>(p->shape).drop_front(axis));
      if (p->isFloat())
        out->floats.insert(out->floats.end(), p->floats.begin() + o * chunk,
                           p->floats.begin() + (o + 1) * chunk);
      else
        out->ints.insert(out->ints.end(), p->ints.begin() + o * chunk,
                         p->ints.begin() + (o + 1) * chunk);
    }
  return out;
}

static LogicalResult convertConcat(Importer &imp, NodeView &node) {
  SmallVector<TensorValue *> inputs;
  for (unsigned i = 0; i < node.numInputs(); ++i) {
    FailureOr<TensorValue *> in = imp.getInput(node, i);
    if (failed(in))
      return failure();
    // Empty tensors (e.g. from shape computations) contribute nothing.
    if ((*in)->type.getNumElements() == 0 && node.numInputs() > 1)
      continue;
    inputs.push_back(*in);
  }
  if (inputs.empty())
    return node.emitError() << "no non-empty inputs";
  int64_t rank = inputs[0]->type.getRank();
  FailureOr<int64_t> axis = normalizeAxis(node, node.getInt("axis", 0), rank);
  if (failed(axis))
    return failure();
  SmallVector<int64_t> shape(inputs[0]->type.getShape());
  shape[*axis] = 0;
  for (TensorValue *tv : inputs) {
    if (tv->type.getRank() != rank)
      return node.emitError() << "inputs have different ranks";
    shape[*axis] += tv->type.getDimSize(*axis);
  }
  if (allInputsFoldable(imp, node)) {
    SmallVector<HostTensorRef> parts;
    for (TensorValue *tv : inputs)
      parts.push_back(tv->constant);
    imp.setConstantOutput(node, 0, concatHost(parts, *axis));
    return success();
  }
  bool nhwc = rank == 4 && anyPrefersNHWC(inputs);
  SmallVector<Value> vals;
  for (TensorValue *tv : inputs)
    vals.push_back(imp.getInLayout(*tv, nhwc, node.loc));
  auto type = Importer::physicalType(
      RankedTensorType::get(shape, inputs[0]->type.getElementType()), nhwc);
  imp.setOutput(node, 0,
                tosa::ConcatOp::create(imp.builder, node.loc, type, vals,
                                       nhwc ? nhwcAxis(*axis) : *axis),
                nhwc);
  return success();
}

/// Extracts `size[d]` elements starting at `start[d]` with stride `step[d]`
/// (all 1 if empty) from `x`; folded when constant. Runtime slices support
/// steps of 1 and -1 (a reverse).
static LogicalResult sliceOutput(Importer &imp, NodeView &node, unsigned outIdx,
                                 TensorValue &x, ArrayRef<int64_t> start,
                                 ArrayRef<int64_t> size,
                                 ArrayRef<int64_t> step = {}) {
  SmallVector<int64_t> steps(step);
  if (steps.empty())
    steps.assign(start.size(), 1);
  if (x.constant && x.constant->numElements() <= kFoldLimit) {
    auto out = std::make_shared<HostTensor>();
    out->elementType = x.constant->elementType;
    out->shape.assign(size.begin(), size.end());
    SmallVector<int64_t> strides = rowMajorStrides(x.constant->shape);
    forEachIndex(size, [&](int64_t, ArrayRef<int64_t> idx) {
      int64_t off = 0;
      for (size_t d = 0; d < idx.size(); ++d)
        off += (start[d] + idx[d] * steps[d]) * strides[d];
      if (out->isFloat())
        out->floats.push_back(x.constant->floats[off]);
      else
        out->ints.push_back(x.constant->ints[off]);
    });
    imp.setConstantOutput(node, outIdx, out);
    return success();
  }
  SmallVector<int64_t> begin(start);
  for (size_t d = 0; d < steps.size(); ++d) {
    if (steps[d] == -1)
      begin[d] = start[d] - size[d] + 1;
    else if (steps[d] != 1)
      return node.emitError()
             << "Slice steps other than 1 and -1 are not supported on "
                "runtime tensors";
  }
  bool nhwc = prefersNHWC(x);
  auto toPhysical = [&](ArrayRef<int64_t> v) {
    SmallVector<int64_t> r(v);
    if (nhwc)
      for (int i = 0; i < 4; ++i)
        r[i] = v[kToNHWC[i]];
    return r;
  };
  SmallVector<int64_t> pStart = toPhysical(begin), pSize = toPhysical(size),
                       pStep = toPhysical(steps);
  Value v = imp.getInLayout(x, nhwc, node.loc);
  auto t = cast<RankedTensorType>(v.getType());
  Value r = v;
  if (t.getShape() != ArrayRef<int64_t>(pSize))
    r = tosa::SliceOp::create(imp.builder, node.loc, withShape(t, pSize), v,
                              imp.constShape(node.loc, pStart),
                              imp.constShape(node.loc, pSize));
  for (size_t d = 0; d < pStep.size(); ++d)
    if (pStep[d] == -1 && pSize[d] > 1)
      r = tosa::ReverseOp::create(imp.builder, node.loc, r.getType(), r,
                                  (int32_t)d);
  TensorValue tv;
  tv.type = withShape(x.type, size);
  tv.value = r;
  tv.nhwc = nhwc;
  (nhwc ? tv.nhwcView : tv.logicalView) = r;
  imp.values[node.proto.output(outIdx)] = tv;
  return success();
}

static LogicalResult convertSlice(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> xIn = imp.getInput(node, 0);
  if (failed(xIn))
    return failure();
  TensorValue &x = **xIn;
  ArrayRef<int64_t> in = x.type.getShape();
  int64_t rank = in.size();
  SmallVector<int64_t> starts, ends, axes, steps;
  if (node.opset < 10) {
    starts = node.getInts("starts").value_or(SmallVector<int64_t>{});
    ends = node.getInts("ends").value_or(SmallVector<int64_t>{});
    axes = node.getInts("axes").value_or(SmallVector<int64_t>{});
  } else {
    FailureOr<HostTensorRef> s = imp.getConstantInput(node, 1, "starts");
    if (failed(s))
      return failure();
    FailureOr<HostTensorRef> e = imp.getConstantInput(node, 2, "ends");
    if (failed(e))
      return failure();
    starts = hostInts(**s);
    ends = hostInts(**e);
    if (node.hasInput(3)) {
      FailureOr<HostTensorRef> a = imp.getConstantInput(node, 3, "axes");
      if (failed(a))
        return failure();
      axes = hostInts(**a);
    }
    if (node.hasInput(4)) {
      FailureOr<HostTensorRef> st = imp.getConstantInput(node, 4, "steps");
      if (failed(st))
        return failure();
      steps = hostInts(**st);
    }
  }
  if (axes.empty())
    for (size_t i = 0; i < starts.size(); ++i)
      axes.push_back(i);
  if (steps.empty())
    steps.assign(starts.size(), 1);
  if (starts.size() != ends.size() || axes.size() != starts.size() ||
      steps.size() != starts.size())
    return node.emitError() << "starts/ends/axes/steps lengths differ";
  SmallVector<int64_t> start(rank, 0), size(in), step(rank, 1);
  for (size_t i = 0; i < axes.size(); ++i) {
    FailureOr<int64_t> a = normalizeAxis(node, axes[i], rank);
    if (failed(a))
      return failure();
    int64_t dim = in[*a], st = steps[i];
    if (st == 0)
      return node.emitError() << "Slice step must not be zero";
    int64_t b = starts[i], e = ends[i];
    if (b < 0)
      b += dim;
    if (e < 0)
      e += dim;
    int64_t count;
    if (st > 0) {
      b = std::clamp<int64_t>(b, 0, dim);
      e = std::clamp<int64_t>(e, 0, dim);
      count = e > b ? (e - b + st - 1) / st : 0;
    } else {
      b = std::clamp<int64_t>(b, 0, dim - 1);
      e = std::clamp<int64_t>(e, -1, dim - 1);
      count = b > e ? (b - e - st - 1) / -st : 0;
    }
    start[*a] = b;
    size[*a] = count;
    step[*a] = st;
  }
  return sliceOutput(imp, node, 0, x, start, size, step);
}

static LogicalResult convertSplit(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> xIn = imp.getInput(node, 0);
  if (failed(xIn))
    return failure();
  TensorValue &x = **xIn;
  ArrayRef<int64_t> in = x.type.getShape();
  FailureOr<int64_t> axis =
      normalizeAxis(node, node.getInt("axis", 0), in.size());
  if (failed(axis))
    return failure();
  SmallVector<int64_t> sizes;
  if (node.opset < 13) {
    sizes = node.getInts("split").value_or(SmallVector<int64_t>{});
  } else if (node.hasInput(1)) {
    FailureOr<HostTensorRef> s = imp.getConstantInput(node, 1, "split sizes");
    if (failed(s))
      return failure();
    sizes = hostInts(**s);
  }
  unsigned n = node.numOutputs();
  if (sizes.empty()) {
    if (in[*axis] % n)
      return node.emitError() << "dimension " << in[*axis]
                              << " does not split evenly into " << n;
    sizes.assign(n, in[*axis] / n);
  }
  if (sizes.size() != n ||
      std::accumulate(sizes.begin(), sizes.end(), int64_t(0)) != in[*axis])
    return node.emitError() << "split sizes do not match the input";
  int64_t offset = 0;
  for (unsigned i = 0; i < n; ++i) {
    SmallVector<int64_t> start(in.size(), 0), size(in);
    start[*axis] = offset;
    size[*axis] = sizes[i];
    offset += sizes[i];
    if (node.hasOutput(i) && failed(sliceOutput(imp, node, i, x, start, size)))
      return failure();
  }
  return success();
}

static LogicalResult convertPad(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> xIn = imp.getInput(node, 0);
  if (failed(xIn))
    return failure();
  TensorValue &x = **xIn;
  std::string mode = node.getString("mode", "constant");
  if (mode != "constant")
    return node.emitError()
           << "Pad mode '" << mode << "' is not supported (only 'constant')";
  SmallVector<int64_t> pads;
  float value = 0.0f;
  if (node.opset < 11) {
    pads = node.getInts("pads").value_or(SmallVector<int64_t>{});
    value = node.getFloat("value", 0.0f);
  } else {
    FailureOr<HostTensorRef> p = imp.getConstantInput(node, 1, "pads");
    if (failed(p))
      return failure();
    pads = hostInts(**p);
    if (node.hasInput(2)) {
      FailureOr<HostTensorRef> v = imp.getConstantInput(node, 2, "pad value");
      if (failed(v))
        return failure();
      if ((*v)->numElements() != 1)
        return node.emitError() << "pad value must be a scalar";
      value = (*v)->at(0);
    }
  }
  int64_t rank = x.type.getRank();
  if ((int64_t)pads.size() != 2 * rank)
    return node.emitError() << "expected " << 2 * rank << " pads";
  if (llvm::any_of(pads, [](int64_t p) { return p < 0; }))
    return node.emitError() << "negative pads are not supported";
  if (!x.type.getElementType().isF32())
    return node.emitError() << "only f32 Pad is supported";
  bool nhwc = prefersNHWC(x);
  SmallVector<int64_t> tosaPads, shape;
  for (int64_t i = 0; i < rank; ++i) {
    int64_t l = nhwc ? kToNHWC[i] : i;
    tosaPads.push_back(pads[l]);
    tosaPads.push_back(pads[l + rank]);
  }
  Value v = imp.getInLayout(x, nhwc, node.loc);
  auto t = cast<RankedTensorType>(v.getType());
  for (int64_t i = 0; i < rank; ++i)
    shape.push_back(t.getDimSize(i) + tosaPads[2 * i] + tosaPads[2 * i + 1]);
  Value r = tosa::PadOp::create(imp.builder, node.loc, withShape(t, shape), v,
                                imp.constShape(node.loc, tosaPads),
                                imp.scalarConst(node.loc, value, 1));
  imp.setOutput(node, 0, r, nhwc);
  return success();
}

static LogicalResult convertGather(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> dIn = imp.getInput(node, 0);
  if (failed(dIn))
    return failure();
  FailureOr<HostTensorRef> idx = imp.getConstantInput(node, 1, "indices");
  if (failed(idx))
    return failure();
  TensorValue &data = **dIn;
  ArrayRef<int64_t> ds = data.type.getShape();
  FailureOr<int64_t> axis =
      normalizeAxis(node, node.getInt("axis", 0), ds.size());
  if (failed(axis))
    return failure();
  SmallVector<int64_t> indices = hostInts(**idx);
  for (int64_t &i : indices) {
    if (i < -ds[*axis] || i >= ds[*axis])
      return node.emitError() << "index " << i << " out of range";
    if (i < 0)
      i += ds[*axis];
  }
  ArrayRef<int64_t> is = (*idx)->shape;
  SmallVector<int64_t> outShape(ds.take_front(*axis));
  llvm::append_range(outShape, is);
  llvm::append_range(outShape, ds.drop_front(*axis + 1));
  int64_t outer = product(ds.take_front(*axis));
  int64_t inner = product(ds.drop_front(*axis + 1));
  if (data.constant && data.constant->numElements() <= kFoldLimit) {
    auto out = std::make_shared<HostTensor>();
    out->elementType = data.constant->elementType;
    out->shape = outShape;
    for (int64_t o = 0; o < outer; ++o)
      for (int64_t i : indices)
        for (int64_t k = 0; k < inner; ++k) {
          int64_t off = (o * ds[*axis] + i) * inner + k;
          if (out->isFloat())
            out->floats.push_back(data.constant->floats[off]);
          else
            out->ints.push_back(data.constant->ints[off]);
        }
    imp.setConstantOutput(node, 0, out);
    return success();
  }
  // Runtime data: bring the axis to the front, gather rows with tosa.gather,
  // then move the index dims back to the axis position.
  Location loc = node.loc;
  OpBuilder &b = imp.builder;
  int64_t rank = ds.size();
  SmallVector<int32_t> toFront{(int32_t)*axis};
  for (int64_t i = 0; i < rank; ++i)
    if (i != *axis)
      toFront.push_back(i);
  Value v = imp.transpose(loc, imp.getLogical(data, loc), toFront);
  int64_t rest = outer * inner, w = indices.size();
  v = imp.reshape(loc, v, {1, ds[*axis], rest});
  SmallVector<int64_t> idx32(indices);
  auto idxData = makeInts({1, w}, idx32, b.getI32Type());
  Value gathered = tosa::GatherOp::create(
      b, loc, RankedTensorType::get({1, w, rest}, data.type.getElementType()),
      v, imp.materialize(*idxData, loc));
  SmallVector<int64_t> frontShape(is);
  for (int64_t i = 0; i < rank; ++i)
    if (i != *axis)
      frontShape.push_back(ds[i]);
  Value r = imp.reshape(loc, gathered, frontShape);
  int64_t ni = is.size();
  SmallVector<int32_t> back;
  for (int64_t i = 0; i < *axis; ++i)
    back.push_back(ni + i);
  for (int64_t i = 0; i < ni; ++i)
    back.push_back(i);
  for (int64_t i = *axis; i < rank - 1; ++i)
    back.push_back(ni + i);
  imp.setOutput(node, 0, imp.transpose(loc, r, back), false);
  return success();
}

static LogicalResult convertShape(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> x = imp.getInput(node, 0);
  if (failed(x))
    return failure();
  ArrayRef<int64_t> s = (*x)->type.getShape();
  int64_t rank = s.size();
  int64_t start = node.getInt("start", 0), end = node.getInt("end", rank);
  if (start < 0)
    start += rank;
  if (end < 0)
    end += rank;
  start = std::clamp<int64_t>(start, 0, rank);
  end = std::clamp<int64_t>(end, start, rank);
  SmallVector<int64_t> dims(s.begin() + start, s.begin() + end);
  imp.setConstantOutput(
      node, 0,
      makeInts({(int64_t)dims.size()}, dims, imp.builder.getI64Type()));
  return success();
}

static LogicalResult convertConstant(Importer &imp, NodeView &node) {
  MLIRContext *ctx = imp.ctx;
  Type i64 = imp.builder.getI64Type(), f32 = imp.builder.getF32Type();
  if (const onnx::AttributeProto *a = node.attr("value")) {
    FailureOr<HostTensorRef> t = convertTensorProto(a->t(), ctx, node.loc);
    if (failed(t))
      return failure();
    imp.setConstantOutput(node, 0, *t);
  } else if (const onnx::AttributeProto *a = node.attr("value_float")) {
    imp.setConstantOutput(node, 0, makeFloats({}, {a->f()}, f32));
  } else if (const onnx::AttributeProto *a = node.attr("value_floats")) {
    std::vector<float> v(a->floats().begin(), a->floats().end());
    imp.setConstantOutput(node, 0, makeFloats({(int64_t)v.size()}, v, f32));
  } else if (const onnx::AttributeProto *a = node.attr("value_int")) {
    imp.setConstantOutput(node, 0, makeInts({}, {a->i()}, i64));
  } else if (const onnx::AttributeProto *a = node.attr("value_ints")) {
    SmallVector<int64_t> v(a->ints().begin(), a->ints().end());
    imp.setConstantOutput(node, 0, makeInts({(int64_t)v.size()}, v, i64));
  } else {
    return node.emitError() << "unsupported Constant form (sparse or string)";
  }
  return success();
}

static LogicalResult convertConstantOfShape(Importer &imp, NodeView &node) {
  FailureOr<HostTensorRef> s = imp.getConstantInput(node, 0, "shape");
  if (failed(s))
    return failure();
  SmallVector<int64_t> shape = hostInts(**s);
  HostTensorRef fill = makeFloats({1}, {0.0f}, imp.builder.getF32Type());
  if (const onnx::AttributeProto *a = node.attr("value")) {
    FailureOr<HostTensorRef> t = convertTensorProto(a->t(), imp.ctx, node.loc);
    if (failed(t))
      return failure();
    fill = *t;
  }
  int64_t n = product(shape);
  if (fill->isFloat())
    imp.setConstantOutput(node, 0,
                          makeFloats(shape,
                                     std::vector<float>(n, fill->floats[0]),
                                     fill->elementType));
  else
    imp.setConstantOutput(node, 0,
                          makeInts(shape,
                                   SmallVector<int64_t>(n, fill->ints[0]),
                                   fill->elementType));
  return success();
}

static LogicalResult convertRange(Importer &imp, NodeView &node) {
  SmallVector<double> args;
  Type elt;
  for (unsigned i = 0; i < 3; ++i) {
    FailureOr<HostTensorRef> c = imp.getConstantInput(node, i, "range bound");
    if (failed(c))
      return failure();
    args.push_back((*c)->at(0));
    elt = (*c)->elementType;
  }
  if (args[2] == 0)
    return node.emitError() << "zero delta";
  int64_t n = std::max<int64_t>(0, std::ceil((args[1] - args[0]) / args[2]));
  if (isa<FloatType>(elt)) {
    std::vector<float> v;
    for (int64_t i = 0; i < n; ++i)
      v.push_back(args[0] + i * args[2]);
    imp.setConstantOutput(node, 0, makeFloats({n}, v, elt));
  } else {
    SmallVector<int64_t> v;
    for (int64_t i = 0; i < n; ++i)
      v.push_back((int64_t)args[0] + i * (int64_t)args[2]);
    imp.setConstantOutput(node, 0, makeInts({n}, v, elt));
  }
  return success();
}

static LogicalResult convertCast(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> xIn = imp.getInput(node, 0);
  if (failed(xIn))
    return failure();
  TensorValue &x = **xIn;
  Type to = convertElementType(node.getInt("to", 0), imp.ctx);
  if (!to)
    return node.emitError()
           << "unsupported target type "
           << onnx::TensorProto::DataType_Name(
                  (onnx::TensorProto::DataType)node.getInt("to", 0));
  if (x.constant && x.constant->numElements() <= kFoldLimit) {
    auto out = std::make_shared<HostTensor>();
    out->shape = x.constant->shape;
    out->elementType = to;
    for (int64_t i = 0, e = x.constant->numElements(); i < e; ++i) {
      double v = x.constant->at(i);
      if (out->isFloat())
        out->floats.push_back(v);
      else if (to.isInteger(1))
        out->ints.push_back(v != 0);
      else
        out->ints.push_back((int64_t)v);
    }
    imp.setConstantOutput(node, 0, out);
    return success();
  }
  if (x.type.getElementType() == to) {
    imp.values[node.proto.output(0)] = x;
    return success();
  }
  bool nhwc = prefersNHWC(x);
  Value v = imp.getInLayout(x, nhwc, node.loc);
  auto t = cast<RankedTensorType>(v.getType());
  imp.setOutput(node, 0,
                tosa::CastOp::create(imp.builder, node.loc,
                                     RankedTensorType::get(t.getShape(), to),
                                     v),
                nhwc);
  return success();
}

static LogicalResult convertTileLike(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> xIn = imp.getInput(node, 0);
  if (failed(xIn))
    return failure();
  TensorValue &x = **xIn;
  FailureOr<HostTensorRef> arg = imp.getConstantInput(
      node, 1, node.opType() == "Tile" ? "repeats" : "shape");
  if (failed(arg))
    return failure();
  SmallVector<int64_t> vals = hostInts(**arg);
  SmallVector<int64_t> inShape(x.type.getShape()), multiples;
  if (node.opType() == "Tile") {
    if (vals.size() != inShape.size())
      return node.emitError() << "repeats must have one entry per dimension";
    multiples = vals;
  } else {
    auto out = broadcastShapes(inShape, vals);
    if (!out)
      return node.emitError() << "shape does not broadcast with the input";
    SmallVector<int64_t> padded(out->size() - inShape.size(), 1);
    llvm::append_range(padded, inShape);
    inShape = padded;
    for (size_t i = 0; i < out->size(); ++i)
      multiples.push_back(inShape[i] == (*out)[i] ? 1 : (*out)[i]);
  }
  SmallVector<int64_t> outShape;
  for (size_t i = 0; i < inShape.size(); ++i)
    outShape.push_back(inShape[i] * multiples[i]);
  Location loc = node.loc;
  Value v = imp.reshape(loc, imp.getLogical(x, loc), inShape);
  Value r = tosa::TileOp::create(imp.builder, loc, withShape(x.type, outShape),
                                 v, imp.constShape(loc, multiples));
  imp.setOutput(node, 0, r, false);
  return success();
}

//===----------------------------------------------------------------------===//
// Reductions and Softmax
//===----------------------------------------------------------------------===//

/// Reduces `v` over `axes` (physical) keeping dims.
static Value reduce(Importer &imp, Location loc, StringRef op, Value v,
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

static LogicalResult convertReduce(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> xIn = imp.getInput(node, 0);
  if (failed(xIn))
    return failure();
  TensorValue &x = **xIn;
  StringRef op = node.opType();
  bool axesFromInput = (op == "ReduceSum" && node.opset >= 13);
  auto axesOpt = readAxes(imp, node, 1, axesFromInput);
  if (failed(axesOpt))
    return failure();
  int64_t rank = x.type.getRank();
  SmallVector<int64_t> axes;
  if (*axesOpt && !(*axesOpt)->empty()) {
    for (int64_t a : **axesOpt) {
      FailureOr<int64_t> n = normalizeAxis(node, a, rank);
      if (failed(n))
        return failure();
      axes.push_back(*n);
    }
  } else if (node.getInt("noop_with_empty_axes", 0)) {
    imp.values[node.proto.output(0)] = x;
    return success();
  } else {
    for (int64_t i = 0; i < rank; ++i)
      axes.push_back(i);
  }
  llvm::sort(axes);
  axes.erase(llvm::unique(axes), axes.end());
  if (!x.type.getElementType().isF32())
    return node.emitError() << "only f32 reductions are supported";
  bool nhwc = prefersNHWC(x);
  SmallVector<int64_t> physAxes;
  for (int64_t a : axes)
    physAxes.push_back(nhwc ? nhwcAxis(a) : a);
  Location loc = node.loc;
  Value v = reduce(imp, loc, op, imp.getInLayout(x, nhwc, loc), physAxes);
  if (op == "ReduceMean") {
    int64_t count = 1;
    for (int64_t a : axes)
      count *= x.type.getDimSize(a);
    v = mulScalar(imp, loc, v, 1.0f / count);
  }
  if (node.getInt("keepdims", 1)) {
    imp.setOutput(node, 0, v, nhwc);
    return success();
  }
  TensorValue kept;
  kept.value = v;
  kept.nhwc = nhwc;
  (nhwc ? kept.nhwcView : kept.logicalView) = v;
  SmallVector<int64_t> shape;
  for (int64_t i = 0; i < rank; ++i)
    if (!llvm::is_contained(axes, i))
      shape.push_back(x.type.getDimSize(i));
  imp.setOutput(node, 0, imp.reshape(loc, imp.getLogical(kept, loc), shape),
                false);
  return success();
}

/// softmax(v) along physical axis `axis` (log-softmax if `log`).
static Value softmax(Importer &imp, Location loc, Value v, int64_t axis,
                     bool log) {
  auto t = cast<RankedTensorType>(v.getType());
  Value max = reduce(imp, loc, "ReduceMax", v, {axis});
  Value shifted = tosa::SubOp::create(imp.builder, loc, t, v, max);
  Value e = tosa::ExpOp::create(imp.builder, loc, t, shifted);
  Value sum = reduce(imp, loc, "ReduceSum", e, {axis});
  if (log) {
    Value ls = tosa::LogOp::create(imp.builder, loc, sum.getType(), sum);
    return tosa::SubOp::create(imp.builder, loc, t, shifted, ls);
  }
  Value r = tosa::ReciprocalOp::create(imp.builder, loc, sum.getType(), sum);
  return tosa::MulOp::create(imp.builder, loc, t, e, r, imp.mulShift(loc));
}

static LogicalResult convertSoftmax(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> xIn = imp.getInput(node, 0);
  if (failed(xIn))
    return failure();
  TensorValue &x = **xIn;
  int64_t rank = x.type.getRank();
  bool log = node.opType() == "LogSoftmax";
  FailureOr<int64_t> axis =
      normalizeAxis(node, node.getInt("axis", node.opset < 13 ? 1 : -1), rank);
  if (failed(axis))
    return failure();
  Location loc = node.loc;
  if (node.opset < 13 && *axis != rank - 1) {
    // Old semantics: softmax over the flattened trailing dims.
    ArrayRef<int64_t> s = x.type.getShape();
    Value v = imp.reshape(
        loc, imp.getLogical(x, loc),
        {product(s.take_front(*axis)), product(s.drop_front(*axis))});
    Value r = softmax(imp, loc, v, 1, log);
    imp.setOutput(node, 0, imp.reshape(loc, r, s), false);
    return success();
  }
  bool nhwc = prefersNHWC(x);
  Value v = imp.getInLayout(x, nhwc, loc);
  imp.setOutput(
      node, 0, softmax(imp, loc, v, nhwc ? nhwcAxis(*axis) : *axis, log), nhwc);
  return success();
}

//===----------------------------------------------------------------------===//
// Resize
//===----------------------------------------------------------------------===//

static LogicalResult convertResize(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> xIn = imp.getInput(node, 0);
  if (failed(xIn))
    return failure();
  TensorValue &x = **xIn;
  if (x.type.getRank() != 4 || !x.type.getElementType().isF32())
    return node.emitError() << "only f32 rank-4 Resize is supported";
  FailureOr<RankedTensorType> outType = imp.getOutputType(node, 0);
  if (failed(outType))
    return failure();
  std::string mode = node.getString("mode", "nearest");
  bool upsample = node.opType() == "Upsample";
  std::string ctm =
      upsample || node.opset < 11
          ? "asymmetric"
          : node.getString("coordinate_transformation_mode", "half_pixel");
  std::string nearestMode =
      upsample || node.opset < 11
          ? "floor"
          : node.getString("nearest_mode", "round_prefer_floor");
  if (mode != "nearest" && mode != "linear" && mode != "bilinear")
    return node.emitError()
           << "Resize mode '" << mode << "' is not supported (nearest, linear)";
  if (node.getInt("antialias", 0))
    return node.emitError() << "antialiased Resize is not supported";
  if (node.getInt("exclude_outside", 0))
    return node.emitError() << "Resize exclude_outside is not supported";
  bool nearest = mode == "nearest";
  ArrayRef<int64_t> in = x.type.getShape(), out = outType->getShape();
  if (in[0] != out[0] || in[1] != out[1])
    return node.emitError()
           << "Resize of the N or C dimension is not supported";

  // Scales as given (they define the coordinate mapping), else out/in.
  SmallVector<float> scales;
  unsigned scalesIdx = upsample || node.opset < 11 ? 1 : 2;
  if (node.hasInput(scalesIdx)) {
    FailureOr<HostTensorRef> s =
        imp.getConstantInput(node, scalesIdx, "scales");
    if (failed(s))
      return failure();
    for (int64_t i = 0; i < (*s)->numElements(); ++i)
      scales.push_back((*s)->at(i));
  }
  if (upsample && node.opset < 9)
    scales = node.getFloats("scales").value_or(SmallVector<float>{});
  bool useSizes = scales.size() != 4;
  // TOSA's arithmetic: y = out * d + offset; in = y / n.
  SmallVector<int64_t> scaleAttr, offsetAttr, borderAttr;
  for (int i = 0; i < 2; ++i) {
    int64_t inD = in[2 + i], outD = out[2 + i];
    int64_t n, d;
    if (ctm == "align_corners") {
      // in = out * (IN - 1) / (length_resized - 1), where length_resized is
      // IN * scale when scales are given (not the rounded output size).
      double resized = useSizes ? outD : inD * scales[2 + i];
      if (resized <= 1 || inD == 1) {
        n = 1;
        d = 0;
      } else {
        d = 1 << 10;
        n = std::lround(d * (resized - 1) / (inD - 1));
        if (useSizes) {
          n = outD - 1;
          d = inD - 1;
        }
      }
      int64_t g = std::gcd(n, d);
      n /= g;
      d /= g;
    } else if (useSizes) {
      n = outD;
      d = inD;
    } else {
      // Rational approximation of the float scale.
      d = 1 << 10;
      n = (int64_t)std::lround(scales[2 + i] * d);
      int64_t g = std::gcd(n, d);
      n /= g;
      d /= g;
    }
    if (ctm != "asymmetric" && ctm != "half_pixel" &&
        ctm != "pytorch_half_pixel" && ctm != "align_corners")
      return node.emitError() << "coordinate_transformation_mode '" << ctm
                              << "' is not supported";
    // Double both so the half-unit offsets below are integers.
    n *= 2;
    d *= 2;
    int64_t offset = 0;
    bool halfPixel =
        ctm == "half_pixel" || (ctm == "pytorch_half_pixel" && outD > 1);
    if (halfPixel)
      offset = d / 2 - n / 2;
    if (nearest) {
      // TOSA rounds half up; shift to get ONNX's rounding.
      if (nearestMode == "round_prefer_floor")
        offset -= 1;
      else if (nearestMode == "floor")
        offset -= n / 2;
      else if (nearestMode == "ceil")
        offset += n / 2 - 1;
      else if (nearestMode != "round_prefer_ceil")
        return node.emitError()
               << "nearest_mode '" << nearestMode << "' is not supported";
    }
    int64_t border = (outD - 1) * d - (inD - 1) * n + offset;
    scaleAttr.push_back(n);
    scaleAttr.push_back(d);
    offsetAttr.push_back(offset);
    borderAttr.push_back(border);
  }
  Location loc = node.loc;
  Value r = tosa::ResizeOp::create(
      imp.builder, loc, Importer::physicalType(*outType, true),
      imp.getNHWC(x, loc), imp.constShape(loc, scaleAttr),
      imp.constShape(loc, offsetAttr), imp.constShape(loc, borderAttr),
      nearest ? tosa::ResizeMode::NEAREST_NEIGHBOR
              : tosa::ResizeMode::BILINEAR);
  imp.setOutput(node, 0, r, true);
  return success();
}

//===----------------------------------------------------------------------===//
// Operator table
//===----------------------------------------------------------------------===//

const llvm::StringMap<ConvertFn> &onnx_import::getConverters() {
  static const llvm::StringMap<ConvertFn> table = [] {
    llvm::StringMap<ConvertFn> t;
    t["Abs"] = convertSimpleUnary<tosa::AbsOp>;
    t["Add"] = convertBinary;
    t["AveragePool"] = convertPool;
    t["BatchNormalization"] = convertBatchNorm;
    t["Cast"] = convertCast;
    t["Ceil"] = convertSimpleUnary<tosa::CeilOp>;
    t["Clip"] = convertClip;
    t["Concat"] = convertConcat;
    t["Constant"] = convertConstant;
    t["ConstantOfShape"] = convertConstantOfShape;
    t["Conv"] = convertConv;
    t["ConvTranspose"] = convertConvTranspose;
    t["Cos"] = convertSimpleUnary<tosa::CosOp>;
    t["Div"] = convertBinary;
    t["Dropout"] = convertIdentity;
    t["Elu"] = convertElu;
    t["Equal"] = convertBinary;
    t["Erf"] = convertSimpleUnary<tosa::ErfOp>;
    t["Exp"] = convertSimpleUnary<tosa::ExpOp>;
    t["Expand"] = convertTileLike;
    t["Flatten"] = convertFlatten;
    t["Floor"] = convertSimpleUnary<tosa::FloorOp>;
    t["Gather"] = convertGather;
    t["Gemm"] = convertGemm;
    t["GlobalAveragePool"] = convertPool;
    t["GlobalMaxPool"] = convertPool;
    t["Greater"] = convertBinary;
    t["GreaterOrEqual"] = convertBinary;
    t["HardSigmoid"] = convertHardSigmoid;
    t["HardSwish"] = convertHardSwish;
    t["Identity"] = convertIdentity;
    t["LeakyRelu"] = convertLeakyRelu;
    t["Less"] = convertBinary;
    t["LessOrEqual"] = convertBinary;
    t["Log"] = convertSimpleUnary<tosa::LogOp>;
    t["LogSoftmax"] = convertSoftmax;
    t["MatMul"] = convertMatMul;
    t["Max"] = convertBinary;
    t["MaxPool"] = convertPool;
    t["Mean"] = convertBinary;
    t["Min"] = convertBinary;
    t["Mul"] = convertBinary;
    t["Neg"] = convertNeg;
    t["Pad"] = convertPad;
    t["Pow"] = convertBinary;
    t["PRelu"] = convertPRelu;
    t["Range"] = convertRange;
    t["Reciprocal"] = convertSimpleUnary<tosa::ReciprocalOp>;
    t["ReduceMax"] = convertReduce;
    t["ReduceMean"] = convertReduce;
    t["ReduceMin"] = convertReduce;
    t["ReduceProd"] = convertReduce;
    t["ReduceSum"] = convertReduce;
    t["Relu"] = convertRelu;
    t["Reshape"] = convertReshape;
    t["Resize"] = convertResize;
    t["Shape"] = convertShape;
    t["Sigmoid"] = convertSimpleUnary<tosa::SigmoidOp>;
    t["Sin"] = convertSimpleUnary<tosa::SinOp>;
    t["Slice"] = convertSlice;
    t["Softmax"] = convertSoftmax;
    t["Softplus"] = convertSoftplus;
    t["Split"] = convertSplit;
    t["Sqrt"] = convertSqrt;
    t["Squeeze"] = convertSqueeze;
    t["Sub"] = convertBinary;
    t["Sum"] = convertBinary;
    t["Tanh"] = convertSimpleUnary<tosa::TanhOp>;
    t["Tile"] = convertTileLike;
    t["Transpose"] = convertTranspose;
    t["Unsqueeze"] = convertUnsqueeze;
    t["Upsample"] = convertResize;
    t["Where"] = convertWhere;
    return t;
  }();
  return table;
}
