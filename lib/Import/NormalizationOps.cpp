//===- NormalizationOps.cpp - normalization converters ----------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// BatchNormalization (inference, folded to a multiply-add).
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

//===----------------------------------------------------------------------===//
// Registration
//===----------------------------------------------------------------------===//

void onnx_import::populateNormalizationConverters(ConverterTable &t) {
  t["BatchNormalization"] = convertBatchNorm;
}
