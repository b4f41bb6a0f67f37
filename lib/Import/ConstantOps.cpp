//===- ConstantOps.cpp - constant and shape-query converters ----*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Constant, ConstantOfShape, Shape, Range and Cast: operators that create
/// import-time data (Cast also converts runtime tensors).
///
//===----------------------------------------------------------------------===//

#include "Converters.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "llvm/ADT/STLExtras.h"

#include <cmath>

using namespace mlir;
using namespace serenity;
using namespace serenity::onnx_import;

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
  FailureOr<int64_t> count = checkedProduct(node, shape, kMaxHostElements);
  if (failed(count))
    return failure();
  if (fill->numElements() != 1)
    return node.emitError() << "the value must have one element";
  int64_t n = *count;
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
  double count = std::ceil((args[1] - args[0]) / args[2]);
  if (!(count <= (double)kMaxHostElements))
    return node.emitError()
           << "the range has more than " << kMaxHostElements << " elements";
  int64_t n = std::max<int64_t>(0, (int64_t)count);
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

//===----------------------------------------------------------------------===//
// Registration
//===----------------------------------------------------------------------===//

void onnx_import::populateConstantConverters(ConverterTable &t) {
  t["Cast"] = convertCast;
  t["Constant"] = convertConstant;
  t["ConstantOfShape"] = convertConstantOfShape;
  t["Range"] = convertRange;
  t["Shape"] = convertShape;
}
