//===- MatMulOps.cpp - matrix product converters ----------------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Gemm and (batched, broadcasting) MatMul as tosa.matmul.
///
//===----------------------------------------------------------------------===//

#include "Converters.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "llvm/ADT/STLExtras.h"

using namespace mlir;
using namespace serenity;
using namespace serenity::onnx_import;

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
// Registration
//===----------------------------------------------------------------------===//

void onnx_import::populateMatMulConverters(ConverterTable &t) {
  t["Gemm"] = convertGemm;
  t["MatMul"] = convertMatMul;
}
