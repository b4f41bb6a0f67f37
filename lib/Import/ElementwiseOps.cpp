//===- ElementwiseOps.cpp - elementwise ONNX converters ---------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Unary and binary elementwise operators, activations, Where and PRelu.
/// Each keeps the layout (NCHW or NHWC) of its operands; binary operators
/// on import-time constants are folded to host data.
///
//===----------------------------------------------------------------------===//

#include "Converters.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "llvm/ADT/STLExtras.h"

using namespace mlir;
using namespace serenity;
using namespace serenity::onnx_import;

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

namespace {
/// The binary (and variadic) elementwise operators.
enum class Binary {
  Add,
  Sub,
  Mul,
  Div,
  Pow,
  Mod,
  Max,
  Min,
  Sum,
  Mean,
  Equal,
  Less,
  Greater,
  LessOrEqual,
  GreaterOrEqual,
  And,
  Or,
  Xor
};
} // namespace

static bool isVariadic(Binary op) {
  return op == Binary::Max || op == Binary::Min || op == Binary::Sum ||
         op == Binary::Mean;
}
static bool isComparison(Binary op) {
  return op == Binary::Equal || op == Binary::Less || op == Binary::Greater ||
         op == Binary::LessOrEqual || op == Binary::GreaterOrEqual;
}
static bool isLogical(Binary op) {
  return op == Binary::And || op == Binary::Or || op == Binary::Xor;
}

/// Host evaluation of `x op y` for integers (also bool), in int64 so that
/// large shape values (INT64_MAX in Slice bounds) stay exact.
static std::optional<int64_t> evalInt(Binary op, int64_t x, int64_t y,
                                      bool fmod) {
  switch (op) {
  case Binary::Add:
  case Binary::Sum:
    return (int64_t)((uint64_t)x + (uint64_t)y);
  case Binary::Sub:
    return (int64_t)((uint64_t)x - (uint64_t)y);
  case Binary::Mul:
    return (int64_t)((uint64_t)x * (uint64_t)y);
  case Binary::Div:
    if (y == 0 || (x == INT64_MIN && y == -1))
      return std::nullopt;
    return x / y;
  case Binary::Mod: {
    if (y == 0 || (x == INT64_MIN && y == -1))
      return std::nullopt;
    int64_t r = x % y;
    // ONNX's integer Mod (fmod=0) takes the sign of the divisor.
    if (!fmod && r != 0 && ((r < 0) != (y < 0)))
      r += y;
    return r;
  }
  case Binary::Pow: {
    if (y < 0)
      return std::nullopt;
    int64_t r = 1;
    for (int64_t i = 0; i < y && i < 64; ++i)
      r = (int64_t)((uint64_t)r * (uint64_t)x);
    return r;
  }
  case Binary::Max:
    return std::max(x, y);
  case Binary::Min:
    return std::min(x, y);
  case Binary::Mean:
    return (x + y) / 2;
  case Binary::Equal:
    return x == y;
  case Binary::Less:
    return x < y;
  case Binary::Greater:
    return x > y;
  case Binary::LessOrEqual:
    return x <= y;
  case Binary::GreaterOrEqual:
    return x >= y;
  case Binary::And:
    return x && y;
  case Binary::Or:
    return x || y;
  case Binary::Xor:
    return (x != 0) != (y != 0);
  }
  llvm_unreachable("unknown binary op");
}

static double evalFloat(Binary op, double x, double y) {
  switch (op) {
  case Binary::Add:
  case Binary::Sum:
    return x + y;
  case Binary::Sub:
    return x - y;
  case Binary::Mul:
    return x * y;
  case Binary::Div:
    return x / y;
  case Binary::Mod:
    return std::fmod(x, y);
  case Binary::Pow:
    return std::pow(x, y);
  case Binary::Max:
    return std::max(x, y);
  case Binary::Min:
    return std::min(x, y);
  case Binary::Mean:
    return (x + y) / 2;
  case Binary::Equal:
    return x == y;
  case Binary::Less:
    return x < y;
  case Binary::Greater:
    return x > y;
  case Binary::LessOrEqual:
    return x <= y;
  case Binary::GreaterOrEqual:
    return x >= y;
  case Binary::And:
  case Binary::Or:
  case Binary::Xor:
    break;
  }
  llvm_unreachable("logical ops are integer ops");
}

/// Host evaluation of a binary op with numpy broadcasting; failure (with an
/// error) on an integer division by zero.
static FailureOr<HostTensorRef>
foldBinary(NodeView &node, Binary op, const HostTensor &a, const HostTensor &b,
           ArrayRef<int64_t> outShape, Type outElt) {
  auto out = std::make_shared<HostTensor>();
  out->shape.assign(outShape.begin(), outShape.end());
  out->elementType = outElt;
  bool floatIn = a.isFloat();
  bool fmod = node.getInt("fmod", 0) != 0;
  int64_t n = product(outShape);
  if (out->isFloat())
    out->floats.resize(n);
  else
    out->ints.resize(n);
  bool divByZero = false;
  forEachIndex(outShape, [&](int64_t i, ArrayRef<int64_t> idx) {
    int64_t ia = broadcastOffset(a.shape, outShape, idx);
    int64_t ib = broadcastOffset(b.shape, outShape, idx);
    if (floatIn) {
      double r = evalFloat(op, a.at(ia), b.at(ib));
      if (out->isFloat())
        out->floats[i] = (float)r;
      else
        out->ints[i] = (int64_t)r;
      return;
    }
    int64_t y = b.isFloat() ? (int64_t)b.floats[ib] : b.ints[ib];
    std::optional<int64_t> r = evalInt(op, a.ints[ia], y, fmod);
    divByZero |= !r;
    out->ints[i] = r.value_or(0);
  });
  if (divByZero)
    return node.emitError() << "integer division by zero in an import-time "
                               "constant";
  return HostTensorRef(out);
}

/// Converts a binary elementwise op (or a variadic Max/Min/Sum/Mean).
static LogicalResult convertBinary(Importer &imp, NodeView &node, Binary op) {
  bool variadic = isVariadic(op);
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
  Type inElt = operands[0]->type.getElementType();
  // Pow's exponent may have another type; it is cast to the base's.
  for (TensorValue *tv : operands)
    if (tv->type.getElementType() != inElt && op != Binary::Pow)
      return node.emitError() << "operands have different element types";
  Type outElt = isComparison(op) ? imp.builder.getI1Type() : inElt;

  if (allInputsFoldable(imp, node) && op != Binary::Mean) {
    HostTensorRef acc = operands[0]->constant;
    if (operands.size() == 1)
      acc = reshapeHost(*acc, outShape);
    for (size_t i = 1; i < operands.size(); ++i) {
      auto s = broadcastShapes(acc->shape, operands[i]->type.getShape());
      FailureOr<HostTensorRef> r =
          foldBinary(node, op, *acc, *operands[i]->constant, *s, outElt);
      if (failed(r))
        return failure();
      acc = *r;
    }
    imp.setConstantOutput(node, 0, acc);
    return success();
  }
  if (op == Binary::Mod)
    return node.emitError() << "Mod is only supported on import-time "
                               "constants";
  if (isLogical(op)
          ? !inElt.isInteger(1)
          : !inElt.isF32() && !inElt.isInteger(32) && !inElt.isInteger(64))
    return node.emitError() << "unsupported element type " << inElt;

  int64_t rank = outShape.size();
  bool nhwc = rank == 4 && anyPrefersNHWC(operands);
  SmallVector<Value> vals;
  for (TensorValue *tv : operands) {
    Value v = broadcastOperand(imp, *tv, rank, nhwc, loc);
    auto t = cast<RankedTensorType>(v.getType());
    if (t.getElementType() != inElt)
      v = tosa::CastOp::create(imp.builder, loc,
                               RankedTensorType::get(t.getShape(), inElt), v);
    vals.push_back(v);
  }
  auto logicalOut = RankedTensorType::get(outShape, outElt);
  RankedTensorType outType = Importer::physicalType(logicalOut, nhwc);
  auto inType = RankedTensorType::get(outType.getShape(), inElt);
  OpBuilder &b = imp.builder;

  auto combine = [&](Value x, Value y) -> Value {
    switch (op) {
    case Binary::Add:
    case Binary::Sum:
    case Binary::Mean:
      return tosa::AddOp::create(b, loc, inType, x, y);
    case Binary::Sub:
      return tosa::SubOp::create(b, loc, inType, x, y);
    case Binary::Mul:
      return tosa::MulOp::create(b, loc, inType, x, y, imp.mulShift(loc));
    case Binary::Div:
      if (inElt.isF32()) {
        Value r = tosa::ReciprocalOp::create(b, loc, y.getType(), y);
        return tosa::MulOp::create(b, loc, inType, x, r, imp.mulShift(loc));
      }
      return tosa::IntDivOp::create(b, loc, inType, x, y);
    case Binary::Pow:
      return tosa::PowOp::create(b, loc, inType, x, y);
    case Binary::Max:
      return tosa::MaximumOp::create(b, loc, inType, x, y);
    case Binary::Min:
      return tosa::MinimumOp::create(b, loc, inType, x, y);
    case Binary::Equal:
      return tosa::EqualOp::create(b, loc, outType, x, y);
    case Binary::Greater:
      return tosa::GreaterOp::create(b, loc, outType, x, y);
    case Binary::Less:
      return tosa::GreaterOp::create(b, loc, outType, y, x);
    case Binary::GreaterOrEqual:
      return tosa::GreaterEqualOp::create(b, loc, outType, x, y);
    case Binary::LessOrEqual:
      return tosa::GreaterEqualOp::create(b, loc, outType, y, x);
    case Binary::And:
      return tosa::LogicalAndOp::create(b, loc, outType, x, y);
    case Binary::Or:
      return tosa::LogicalOrOp::create(b, loc, outType, x, y);
    case Binary::Xor:
      return tosa::LogicalXorOp::create(b, loc, outType, x, y);
    case Binary::Mod:
      break;
    }
    llvm_unreachable("Mod is folded or rejected above");
  };
  // A single-operand Max/Min/Sum/Mean is a broadcasted copy.
  Value result = vals[0];
  for (size_t i = 1; i < vals.size(); ++i)
    result = combine(result, vals[i]);
  if (op == Binary::Mean && vals.size() > 1)
    result = mulScalar(imp, loc, result, 1.0f / vals.size());
  imp.setOutput(node, 0, result, nhwc);
  return success();
}

/// The converter of one binary operator.
template <Binary Op>
static LogicalResult convertBinaryOp(Importer &imp, NodeView &node) {
  return convertBinary(imp, node, Op);
}

static LogicalResult convertNot(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> in = imp.getInput(node, 0);
  if (failed(in))
    return failure();
  TensorValue &x = **in;
  if (!x.type.getElementType().isInteger(1))
    return node.emitError() << "Not expects a bool tensor";
  if (x.constant) {
    auto out = std::make_shared<HostTensor>(*x.constant);
    for (int64_t &v : out->ints)
      v = !v;
    imp.setConstantOutput(node, 0, out);
    return success();
  }
  bool nhwc = prefersNHWC(x);
  Value v = imp.getInLayout(x, nhwc, node.loc);
  imp.setOutput(
      node, 0,
      tosa::LogicalNotOp::create(imp.builder, node.loc, v.getType(), v), nhwc);
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
  if (allInputsFoldable(imp, node)) {
    const HostTensor &c = *ops[0]->constant, &x = *ops[1]->constant,
                     &y = *ops[2]->constant;
    if (x.elementType != y.elementType)
      return node.emitError() << "X and Y have different element types";
    auto out = std::make_shared<HostTensor>();
    out->shape = shape;
    out->elementType = x.elementType;
    forEachIndex(shape, [&](int64_t, ArrayRef<int64_t> idx) {
      bool pick = c.at(broadcastOffset(c.shape, shape, idx)) != 0;
      const HostTensor &src = pick ? x : y;
      int64_t off = broadcastOffset(src.shape, shape, idx);
      if (out->isFloat())
        out->floats.push_back(src.floats[off]);
      else
        out->ints.push_back(src.ints[off]);
    });
    imp.setConstantOutput(node, 0, out);
    return success();
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
// Registration
//===----------------------------------------------------------------------===//

void onnx_import::populateElementwiseConverters(ConverterTable &t) {
  t["And"] = convertBinaryOp<Binary::And>;
  t["Abs"] = convertSimpleUnary<tosa::AbsOp>;
  t["Add"] = convertBinaryOp<Binary::Add>;
  t["Ceil"] = convertSimpleUnary<tosa::CeilOp>;
  t["Clip"] = convertClip;
  t["Cos"] = convertSimpleUnary<tosa::CosOp>;
  t["Div"] = convertBinaryOp<Binary::Div>;
  t["Elu"] = convertElu;
  t["Equal"] = convertBinaryOp<Binary::Equal>;
  t["Erf"] = convertSimpleUnary<tosa::ErfOp>;
  t["Exp"] = convertSimpleUnary<tosa::ExpOp>;
  t["Floor"] = convertSimpleUnary<tosa::FloorOp>;
  t["Greater"] = convertBinaryOp<Binary::Greater>;
  t["GreaterOrEqual"] = convertBinaryOp<Binary::GreaterOrEqual>;
  t["HardSigmoid"] = convertHardSigmoid;
  t["HardSwish"] = convertHardSwish;
  t["LeakyRelu"] = convertLeakyRelu;
  t["Less"] = convertBinaryOp<Binary::Less>;
  t["LessOrEqual"] = convertBinaryOp<Binary::LessOrEqual>;
  t["Log"] = convertSimpleUnary<tosa::LogOp>;
  t["Max"] = convertBinaryOp<Binary::Max>;
  t["Mean"] = convertBinaryOp<Binary::Mean>;
  t["Min"] = convertBinaryOp<Binary::Min>;
  t["Mod"] = convertBinaryOp<Binary::Mod>;
  t["Mul"] = convertBinaryOp<Binary::Mul>;
  t["Not"] = convertNot;
  t["Neg"] = convertNeg;
  t["Or"] = convertBinaryOp<Binary::Or>;
  t["Pow"] = convertBinaryOp<Binary::Pow>;
  t["PRelu"] = convertPRelu;
  t["Reciprocal"] = convertSimpleUnary<tosa::ReciprocalOp>;
  t["Relu"] = convertRelu;
  t["Sigmoid"] = convertSimpleUnary<tosa::SigmoidOp>;
  t["Sin"] = convertSimpleUnary<tosa::SinOp>;
  t["Softplus"] = convertSoftplus;
  t["Sqrt"] = convertSqrt;
  t["Sub"] = convertBinaryOp<Binary::Sub>;
  t["Sum"] = convertBinaryOp<Binary::Sum>;
  t["Tanh"] = convertSimpleUnary<tosa::TanhOp>;
  t["Where"] = convertWhere;
  t["Xor"] = convertBinaryOp<Binary::Xor>;
}
