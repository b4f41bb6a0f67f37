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
// Registration
//===----------------------------------------------------------------------===//

void onnx_import::populateElementwiseConverters(ConverterTable &t) {
  t["Abs"] = convertSimpleUnary<tosa::AbsOp>;
  t["Add"] = convertBinary;
  t["Ceil"] = convertSimpleUnary<tosa::CeilOp>;
  t["Clip"] = convertClip;
  t["Cos"] = convertSimpleUnary<tosa::CosOp>;
  t["Div"] = convertBinary;
  t["Elu"] = convertElu;
  t["Equal"] = convertBinary;
  t["Erf"] = convertSimpleUnary<tosa::ErfOp>;
  t["Exp"] = convertSimpleUnary<tosa::ExpOp>;
  t["Floor"] = convertSimpleUnary<tosa::FloorOp>;
  t["Greater"] = convertBinary;
  t["GreaterOrEqual"] = convertBinary;
  t["HardSigmoid"] = convertHardSigmoid;
  t["HardSwish"] = convertHardSwish;
  t["LeakyRelu"] = convertLeakyRelu;
  t["Less"] = convertBinary;
  t["LessOrEqual"] = convertBinary;
  t["Log"] = convertSimpleUnary<tosa::LogOp>;
  t["Max"] = convertBinary;
  t["Mean"] = convertBinary;
  t["Min"] = convertBinary;
  t["Mul"] = convertBinary;
  t["Neg"] = convertNeg;
  t["Pow"] = convertBinary;
  t["PRelu"] = convertPRelu;
  t["Reciprocal"] = convertSimpleUnary<tosa::ReciprocalOp>;
  t["Relu"] = convertRelu;
  t["Sigmoid"] = convertSimpleUnary<tosa::SigmoidOp>;
  t["Sin"] = convertSimpleUnary<tosa::SinOp>;
  t["Softplus"] = convertSoftplus;
  t["Sqrt"] = convertSqrt;
  t["Sub"] = convertBinary;
  t["Sum"] = convertBinary;
  t["Tanh"] = convertSimpleUnary<tosa::TanhOp>;
  t["Where"] = convertWhere;
}
