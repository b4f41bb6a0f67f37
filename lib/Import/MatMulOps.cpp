//===- MatMulOps.cpp - matrix product converters ----------------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Gemm, (batched, broadcasting) MatMul and Einsum as tosa.matmul. An Einsum
/// of two operands is a batched matmul once its labels are sorted into batch
/// (in both operands and the output), contracted (in both, not the output)
/// and free labels: transpose each operand to [batch, free, contracted],
/// multiply, transpose the result to the output order. Labels in only one
/// operand and not in the output are summed first.
///
//===----------------------------------------------------------------------===//

#include "Converters.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

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
// Einsum
//===----------------------------------------------------------------------===//

namespace {
/// One Einsum term: a label per dimension. Labels are letters; the
/// dimensions of an ellipsis get labels 128, 129, ... (right-aligned, so
/// that they broadcast as numpy does).
using Labels = SmallVector<int>;
} // namespace

/// Parses `term` for an operand of rank `rank` (or the output, rank -1, with
/// `ellipsisRank` dims for "...").
static FailureOr<Labels> parseTerm(NodeView &node, StringRef term, int64_t rank,
                                   int64_t &ellipsisRank) {
  Labels labels;
  size_t dots = term.find("...");
  int64_t letters = 0;
  for (char c : term)
    if (llvm::isAlpha(c))
      ++letters;
    else if (c != '.')
      return node.emitError()
             << "invalid character '" << c << "' in the equation";
  if (dots != StringRef::npos && term.find("...", dots + 3) != StringRef::npos)
    return node.emitError() << "more than one ellipsis in a term";
  int64_t ell = 0;
  if (dots != StringRef::npos) {
    ell = rank >= 0 ? rank - letters : ellipsisRank;
    if (ell < 0)
      return node.emitError() << "term '" << term << "' has more labels than "
                              << "its operand has dimensions";
    if (rank >= 0)
      ellipsisRank = std::max(ellipsisRank, ell);
  } else if (rank >= 0 && letters != rank) {
    return node.emitError() << "term '" << term << "' has " << letters
                            << " labels for an operand of rank " << rank;
  }
  for (size_t i = 0; i < term.size(); ++i) {
    if (i == dots) {
      int64_t total = rank >= 0 ? ellipsisRank : ell;
      for (int64_t k = total - ell; k < total; ++k)
        labels.push_back(128 + k);
      i += 2;
      continue;
    }
    labels.push_back(term[i]);
  }
  return labels;
}

/// `v` (dims labelled `labels`) transposed to `order` and reshaped to
/// `groups` (products of consecutive dims of the transposed value).
static Value arrange(Importer &imp, Location loc, Value v, const Labels &labels,
                     const Labels &order, ArrayRef<int64_t> groups) {
  SmallVector<int32_t> perm;
  for (int l : order)
    perm.push_back(llvm::find(labels, l) - labels.begin());
  v = imp.transpose(loc, v, perm);
  return imp.reshape(loc, v, groups);
}

static LogicalResult convertEinsum(Importer &imp, NodeView &node) {
  std::string eq;
  for (char c : node.getString("equation", ""))
    if (c != ' ')
      eq.push_back(c);
  unsigned n = node.numInputs();
  if (n != 1 && n != 2)
    return node.emitError() << "only Einsum of one or two operands is "
                               "supported";
  SmallVector<TensorValue *, 2> ops;
  for (unsigned i = 0; i < n; ++i) {
    FailureOr<TensorValue *> in = imp.getInput(node, i);
    if (failed(in))
      return failure();
    if (!(*in)->type.getElementType().isF32())
      return node.emitError() << "only f32 Einsum is supported";
    ops.push_back(*in);
  }
  auto [lhs, rhs] = StringRef(eq).split("->");
  bool explicitOut = StringRef(eq).contains("->");
  SmallVector<StringRef> terms;
  lhs.split(terms, ',');
  if (terms.size() != n)
    return node.emitError() << "the equation has " << terms.size()
                            << " operand terms for " << n << " inputs";
  // The widest ellipsis first, so that every operand's ellipsis dims are
  // labelled right-aligned against it.
  int64_t ellipsisRank = 0;
  for (unsigned i = 0; i < n; ++i)
    if (failed(parseTerm(node, terms[i], ops[i]->type.getRank(), ellipsisRank)))
      return failure();
  SmallVector<Labels, 2> in;
  llvm::DenseMap<int, int64_t> dim;
  for (unsigned i = 0; i < n; ++i) {
    FailureOr<Labels> l =
        parseTerm(node, terms[i], ops[i]->type.getRank(), ellipsisRank);
    if (failed(l))
      return failure();
    for (auto [k, label] : llvm::enumerate(*l)) {
      if (llvm::count(*l, label) != 1)
        return node.emitError() << "repeated labels within a term (diagonals)"
                                   " are not supported";
      int64_t d = ops[i]->type.getDimSize(k);
      auto [it, inserted] = dim.try_emplace(label, d);
      if (!inserted && it->second != d)
        return node.emitError() << "label dimensions disagree (" << it->second
                                << " vs " << d << "); broadcasting Einsum "
                                << "labels is not supported";
    }
    in.push_back(*l);
  }
  Labels out;
  if (explicitOut) {
    FailureOr<Labels> l = parseTerm(node, rhs, -1, ellipsisRank);
    if (failed(l))
      return failure();
    out = *l;
    for (int label : out)
      if (!dim.count(label) || llvm::count(out, label) != 1)
        return node.emitError() << "output labels must appear once and in "
                                   "an operand";
  } else {
    // Implicit output: the ellipsis, then the labels used once, sorted.
    for (int64_t k = 0; k < ellipsisRank; ++k)
      out.push_back(128 + k);
    SmallVector<int> once;
    for (auto &[label, d] : dim) {
      (void)d;
      int uses = 0;
      for (const Labels &l : in)
        uses += llvm::count(l, label);
      if (label < 128 && uses == 1)
        once.push_back(label);
    }
    llvm::sort(once);
    llvm::append_range(out, once);
  }
  auto has = [](const Labels &l, int label) {
    return llvm::is_contained(l, label);
  };
  auto size = [&](const Labels &l) {
    int64_t p = 1;
    for (int label : l)
      p *= dim[label];
    return p;
  };
  Location loc = node.loc;
  OpBuilder &b = imp.builder;
  Type f32 = b.getF32Type();
  SmallVector<int64_t> outShape;
  for (int label : out)
    outShape.push_back(dim[label]);

  if (n == 1) {
    Labels kept, summed;
    for (int label : out)
      kept.push_back(label);
    for (int label : in[0])
      if (!has(out, label))
        summed.push_back(label);
    Labels order(kept);
    llvm::append_range(order, summed);
    Value v = arrange(imp, loc, imp.getLogical(*ops[0], loc), in[0], order,
                      {size(kept), size(summed)});
    if (!summed.empty())
      v = reduce(imp, loc, "ReduceSum", v, {1});
    imp.setOutput(node, 0, imp.reshape(loc, v, outShape), false);
    return success();
  }

  Labels batch, contracted, aFree, bFree, aSum, bSum;
  for (int label : out) {
    bool inA = has(in[0], label), inB = has(in[1], label);
    (inA && inB ? batch : inA ? aFree : bFree).push_back(label);
  }
  for (int label : in[0])
    if (!has(out, label))
      (has(in[1], label) ? contracted : aSum).push_back(label);
  for (int label : in[1])
    if (!has(out, label) && !has(in[0], label))
      bSum.push_back(label);
  int64_t nb = size(batch), m = size(aFree), k = size(contracted),
          nn = size(bFree);
  auto operand = [&](unsigned i, const Labels &free, const Labels &sum,
                     bool freeFirst) {
    Labels order(batch);
    llvm::append_range(order, freeFirst ? free : contracted);
    llvm::append_range(order, freeFirst ? contracted : free);
    llvm::append_range(order, sum);
    int64_t r0 = freeFirst ? size(free) : k, r1 = freeFirst ? k : size(free);
    Value v = arrange(imp, loc, imp.getLogical(*ops[i], loc), in[i], order,
                      {nb, r0, r1, size(sum)});
    if (!sum.empty())
      v = reduce(imp, loc, "ReduceSum", v, {3});
    return imp.reshape(loc, v, {nb, r0, r1});
  };
  Value a = operand(0, aFree, aSum, true);
  Value bv = operand(1, bFree, bSum, false);
  Value zp = imp.zeroPoint(loc, f32);
  Value r = tosa::MatMulOp::create(
      b, loc, RankedTensorType::get({nb, m, nn}, f32), a, bv, zp, zp);
  // [batch, aFree, bFree] -> the output order.
  Labels produced(batch);
  llvm::append_range(produced, aFree);
  llvm::append_range(produced, bFree);
  SmallVector<int64_t> producedShape;
  for (int label : produced)
    producedShape.push_back(dim[label]);
  r = imp.reshape(loc, r, producedShape);
  SmallVector<int32_t> perm;
  for (int label : out)
    perm.push_back(llvm::find(produced, label) - produced.begin());
  imp.setOutput(node, 0, imp.transpose(loc, r, perm), false);
  return success();
}

//===----------------------------------------------------------------------===//
// Registration
//===----------------------------------------------------------------------===//

void onnx_import::populateMatMulConverters(ConverterTable &t) {
  t["Einsum"] = convertEinsum;
  t["Gemm"] = convertGemm;
  t["MatMul"] = convertMatMul;
}
