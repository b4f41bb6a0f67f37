//===- ReductionOps.cpp - reduction and softmax converters ------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// ReduceMax/Mean/Min/Prod/Sum (axes as attribute or input) and
/// Softmax/LogSoftmax on any axis.
///
//===----------------------------------------------------------------------===//

#include "Converters.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "llvm/ADT/STLExtras.h"

using namespace mlir;
using namespace serenity;
using namespace serenity::onnx_import;

//===----------------------------------------------------------------------===//
// Reductions and Softmax
//===----------------------------------------------------------------------===//

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
// Registration
//===----------------------------------------------------------------------===//

void onnx_import::populateReductionConverters(ConverterTable &t) {
  t["LogSoftmax"] = convertSoftmax;
  t["ReduceMax"] = convertReduce;
  t["ReduceMean"] = convertReduce;
  t["ReduceMin"] = convertReduce;
  t["ReduceProd"] = convertReduce;
  t["ReduceSum"] = convertReduce;
  t["Softmax"] = convertSoftmax;
}
