//===- NormalizationOps.cpp - normalization converters ----------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// BatchNormalization (inference, folded to a multiply-add), and
/// LayerNormalization and InstanceNormalization, which TOSA does not have:
/// they are lowered to reductions and elementwise ops,
///   mean = sum(x) / n, d = x - mean, var = sum(d * d) / n,
///   y = d * rsqrt(var + epsilon) * scale + bias
/// over the normalized axes (the two-pass form, as PyTorch computes it).
///
//===----------------------------------------------------------------------===//

#include "Converters.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "llvm/ADT/STLExtras.h"

#include <cmath>

using namespace mlir;
using namespace serenity;
using namespace serenity::onnx_import;

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

namespace {
/// The statistics of a normalization, in the physical layout of its input.
struct Normalized {
  Value y;      // (x - mean) * invStdDev
  Value mean;   // kept dims
  Value invStd; // kept dims
};
} // namespace

/// Normalizes `v` over the physical `axes`.
static Normalized normalize(Importer &imp, Location loc, Value v,
                            ArrayRef<int64_t> axes, float epsilon) {
  auto t = cast<RankedTensorType>(v.getType());
  int64_t count = 1;
  for (int64_t a : axes)
    count *= t.getDimSize(a);
  OpBuilder &b = imp.builder;
  Value mean =
      mulScalar(imp, loc, reduce(imp, loc, "ReduceSum", v, axes), 1.0f / count);
  Value d = tosa::SubOp::create(b, loc, t, v, mean);
  Value var = mulScalar(
      imp, loc, reduce(imp, loc, "ReduceSum", mulValues(imp, loc, d, d), axes),
      1.0f / count);
  // 1 / (var + eps)^0.5 rather than tosa.rsqrt: MLIR's
  // convert-math-to-libm turns math.rsqrt into a call to rsqrtf, which libm
  // does not have, so the lowered module would not link.
  auto vt = cast<RankedTensorType>(var.getType());
  Value sq = tosa::PowOp::create(b, loc, vt, addScalar(imp, loc, var, epsilon),
                                 imp.scalarConst(loc, 0.5f, vt.getRank()));
  Value inv = tosa::ReciprocalOp::create(b, loc, vt, sq);
  return {mulValues(imp, loc, d, inv), mean, inv};
}

/// `v * scale + bias` for per-channel vectors scale and bias, reshaped to
/// `paramShape` (the physical shape of one channel vector at v's rank).
static Value scaleAndShift(Importer &imp, Location loc, Value v,
                           TensorValue &scale, TensorValue &bias,
                           ArrayRef<int64_t> paramShape) {
  auto operand = [&](TensorValue &p) -> Value {
    if (p.constant)
      return imp.materialize(*reshapeHost(*p.constant, paramShape), loc);
    return imp.reshape(loc, imp.getLogical(p, loc), paramShape);
  };
  Value r = mulValues(imp, loc, v, operand(scale));
  return tosa::AddOp::create(imp.builder, loc, r.getType(), r, operand(bias));
}

static LogicalResult convertLayerNorm(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> xIn = imp.getInput(node, 0);
  FailureOr<TensorValue *> scaleIn = imp.getInput(node, 1);
  if (failed(xIn) || failed(scaleIn))
    return failure();
  TensorValue &x = **xIn;
  TensorValue *bias = imp.getOptionalInput(node, 2);
  if (!x.type.getElementType().isF32())
    return node.emitError() << "only f32 LayerNormalization is supported";
  int64_t rank = x.type.getRank();
  FailureOr<int64_t> axis = normalizeAxis(node, node.getInt("axis", -1), rank);
  if (failed(axis))
    return failure();
  if (node.getInt("stash_type", 1) != 1)
    return node.emitError() << "only stash_type 1 (f32 statistics) is "
                               "supported";
  // Scale and bias broadcast against the normalized (trailing) dims.
  ArrayRef<int64_t> normalized = x.type.getShape().drop_front(*axis);
  for (TensorValue *p : {*scaleIn, bias}) {
    if (!p)
      continue;
    auto s = broadcastShapes(normalized, p->type.getShape());
    if (!s || ArrayRef<int64_t>(*s) != normalized)
      return node.emitError() << "scale/bias of type " << p->type
                              << " do not broadcast to the normalized shape";
  }
  Location loc = node.loc;
  SmallVector<int64_t> axes;
  for (int64_t a = *axis; a < rank; ++a)
    axes.push_back(a);
  Normalized n = normalize(imp, loc, imp.getLogical(x, loc), axes,
                           node.getFloat("epsilon", 1e-5f));
  // Scale and bias are right-aligned against x: [1, ..., 1, d_axis, ...].
  Value y = mulValues(imp, loc, n.y,
                      broadcastOperand(imp, **scaleIn, rank, false, loc));
  if (bias)
    y = tosa::AddOp::create(imp.builder, loc, y.getType(), y,
                            broadcastOperand(imp, *bias, rank, false, loc));
  imp.setOutput(node, 0, y, false);
  if (node.hasOutput(1))
    imp.setOutput(node, 1, n.mean, false);
  if (node.hasOutput(2))
    imp.setOutput(node, 2, n.invStd, false);
  return success();
}

static LogicalResult convertInstanceNorm(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> xIn = imp.getInput(node, 0);
  FailureOr<TensorValue *> scaleIn = imp.getInput(node, 1);
  FailureOr<TensorValue *> biasIn = imp.getInput(node, 2);
  if (failed(xIn) || failed(scaleIn) || failed(biasIn))
    return failure();
  TensorValue &x = **xIn;
  int64_t rank = x.type.getRank();
  if (rank < 3 || !x.type.getElementType().isF32())
    return node.emitError() << "expected an f32 input of rank >= 3";
  int64_t c = x.type.getDimSize(1);
  for (TensorValue *p : {*scaleIn, *biasIn})
    if (p->type.getRank() != 1 || p->type.getDimSize(0) != c)
      return node.emitError()
             << "scale and bias must be vectors of length " << c;
  bool nhwc = rank == 4 && prefersNHWC(x);
  SmallVector<int64_t> axes, paramShape(rank, 1);
  for (int64_t a = 2; a < rank; ++a)
    axes.push_back(nhwc ? nhwcAxis(a) : a);
  paramShape[nhwc ? 3 : 1] = c;
  Location loc = node.loc;
  Normalized n = normalize(imp, loc, imp.getInLayout(x, nhwc, loc), axes,
                           node.getFloat("epsilon", 1e-5f));
  imp.setOutput(node, 0,
                scaleAndShift(imp, loc, n.y, **scaleIn, **biasIn, paramShape),
                nhwc);
  return success();
}

//===----------------------------------------------------------------------===//
// Registration
//===----------------------------------------------------------------------===//

void onnx_import::populateNormalizationConverters(ConverterTable &t) {
  t["BatchNormalization"] = convertBatchNorm;
  t["InstanceNormalization"] = convertInstanceNorm;
  t["LayerNormalization"] = convertLayerNorm;
}
