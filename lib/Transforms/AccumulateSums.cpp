//===- AccumulateSums.cpp - Sums accumulated in place -----------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// A chain of tosa.add (of terms, possibly scaled by a tosa.mul) becomes one
// linalg.generic accumulating each term into one buffer
// (docs/Rewriting.md, "Sums").
//
//===----------------------------------------------------------------------===//

#include "IdentityRewrites.h"

#include "mlir/Conversion/TosaToLinalg/TosaToLinalg.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/Dialect/Tosa/Transforms/Passes.h"
#include "mlir/Dialect/Utils/StructuredOpsUtils.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Transforms/DialectConversion.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SetVector.h"

using namespace mlir;
using namespace serenity;

//===----------------------------------------------------------------------===//
// Sums accumulated in place
//===----------------------------------------------------------------------===//

namespace {
/// A term of a sum: `value`, or `value * scale` when it is made by a tosa.mul
/// used only by the sum.
struct Term {
  Value value;
  Value scale;
  tosa::MulOp mul;
};

/// A chain of tosa.add, innermost first: `first` is the innermost addition's
/// left operand, then each addition adds one term to the sum so far.
struct SumChain {
  Term first;
  SmallVector<Term> terms;
  SmallVector<tosa::AddOp> adds;
};
} // namespace

/// Whether `value` is an f32-like tensor of exactly `type`.
static bool hasType(Value value, RankedTensorType type) {
  return value.getType() == type;
}

static Term getTerm(Value value, RankedTensorType type, Block *block) {
  Term term{value, nullptr, nullptr};
  auto mul = value.getDefiningOp<tosa::MulOp>();
  if (!mul || !value.hasOneUse() || mul->getBlock() != block)
    return term;
  // A product of the same shape by a broadcast factor, without shift.
  auto scaleType = dyn_cast<RankedTensorType>(mul.getInput2().getType());
  if (!hasType(mul.getInput1(), type) || !scaleType ||
      !scaleType.hasStaticShape() || scaleType.getRank() != type.getRank() ||
      scaleType.getElementType() != type.getElementType())
    return term;
  for (auto [s, t] : llvm::zip(scaleType.getShape(), type.getShape()))
    if (s != 1 && s != t)
      return term;
  return {mul.getInput1(), mul.getInput2(), mul};
}

/// The chain of additions ending in `root`: each addition adds a term to an
/// addition that only it uses (or is the innermost one). The sum is
/// accumulated in the order the chain adds, so the rounding is the same.
static std::optional<SumChain> matchSum(tosa::AddOp root) {
  auto type = dyn_cast<RankedTensorType>(root.getType());
  if (!type || !type.hasStaticShape() || !isa<FloatType>(type.getElementType()))
    return std::nullopt;
  Block *block = root->getBlock();
  SmallVector<std::pair<tosa::AddOp, Value>> outer;
  tosa::AddOp add = root;
  while (true) {
    if (!hasType(add.getInput1(), type) || !hasType(add.getInput2(), type))
      return std::nullopt;
    auto inner = [&](Value v) {
      auto def = v.getDefiningOp<tosa::AddOp>();
      return def && v.hasOneUse() && def->getBlock() == block ? def : nullptr;
    };
    tosa::AddOp lhs = inner(add.getInput1()), rhs = inner(add.getInput2());
    if (lhs && !rhs) {
      outer.push_back({add, add.getInput2()});
      add = lhs;
    } else if (rhs && !lhs) {
      outer.push_back({add, add.getInput1()});
      add = rhs;
    } else {
      break;
    }
  }
  SumChain chain;
  chain.adds.push_back(add);
  Term left = getTerm(add.getInput1(), type, block);
  Term right = getTerm(add.getInput2(), type, block);
  // The innermost addition starts the destination: a product it reads
  // becomes the destination, the other term is added into it.
  if (!left.mul && right.mul)
    std::swap(left, right);
  chain.first = left;
  chain.terms.push_back(right);
  for (auto [addOp, value] : llvm::reverse(outer)) {
    chain.adds.push_back(addOp);
    chain.terms.push_back(getTerm(value, type, block));
  }
  // Nothing to gain if the destination is a new tensor and every addition
  // stays: a single addition of two plain tensors.
  if (!chain.first.mul && chain.adds.size() == 1 && !chain.terms[0].mul)
    return std::nullopt;
  return chain;
}

SmallVector<Value> serenity::findSums(Block &block) {
  SmallVector<Value> roots;
  for (Operation &op : block) {
    auto add = dyn_cast<tosa::AddOp>(op);
    if (!add)
      continue;
    // The end of a chain: not the single-use operand of another addition.
    Value result = add.getResult();
    if (result.hasOneUse())
      if (auto next = dyn_cast<tosa::AddOp>(*result.getUsers().begin()))
        if (next->getBlock() == &block && next.getType() == add.getType())
          continue;
    if (matchSum(add))
      roots.push_back(result);
  }
  return roots;
}

bool serenity::rewriteSum(RewriterBase &rewriter, Value root, RewriteKind kinds,
                          RewriteCounts &counts) {
  auto rootOp = root.getDefiningOp<tosa::AddOp>();
  if (!hasKind(kinds, RewriteKind::Sum) || !rootOp)
    return false;
  std::optional<SumChain> chain = matchSum(rootOp);
  if (!chain)
    return false;
  auto type = cast<RankedTensorType>(root.getType());
  Location loc = rootOp.getLoc();
  rewriter.setInsertionPoint(rootOp);

  // The destination: the first product (a tosa.mul, which allocates), or the
  // innermost addition when it adds two plain tensors.
  Value acc;
  size_t next = 0;
  if (chain->first.mul) {
    acc = chain->first.mul.getResult();
  } else {
    acc = chain->adds.front().getResult();
    next = 1;
  }
  int64_t rank = type.getRank();
  AffineMap identity = rewriter.getMultiDimIdentityMap(rank);
  SmallVector<utils::IteratorType> iterators(rank,
                                             utils::IteratorType::parallel);
  for (size_t i = next, e = chain->terms.size(); i < e; ++i) {
    const Term &term = chain->terms[i];
    SmallVector<Value> inputs = {term.value};
    SmallVector<AffineMap> maps = {identity};
    if (term.scale) {
      // Size-1 dims of the factor are broadcast.
      auto scaleType = cast<RankedTensorType>(term.scale.getType());
      SmallVector<AffineExpr> exprs;
      for (int64_t d = 0; d < rank; ++d)
        exprs.push_back(scaleType.getDimSize(d) == 1 && type.getDimSize(d) != 1
                            ? rewriter.getAffineConstantExpr(0)
                            : rewriter.getAffineDimExpr(d));
      inputs.push_back(term.scale);
      maps.push_back(AffineMap::get(rank, 0, exprs, rewriter.getContext()));
    }
    maps.push_back(identity);
    bool scaled = static_cast<bool>(term.scale);
    acc = linalg::GenericOp::create(
              rewriter, loc, TypeRange{type}, inputs, ValueRange{acc}, maps,
              iterators,
              [&](OpBuilder &b, Location l, ValueRange args) {
                // The same operations as the TOSA ops: a product rounded to
                // the element type, then one addition.
                Value value = args[0];
                if (scaled)
                  value = arith::MulFOp::create(b, l, value, args[1]);
                Value sum = arith::AddFOp::create(b, l, args.back(), value);
                linalg::YieldOp::create(b, l, sum);
              })
              ->getResult(0);
    ++counts.addsAccumulated;
  }
  // The additions (outermost first, each the only user of the next) and the
  // products they read are dead now.
  rewriter.replaceAllUsesWith(root, acc);
  for (tosa::AddOp add : llvm::reverse(llvm::drop_begin(chain->adds, next)))
    rewriter.eraseOp(add);
  for (const Term &term : llvm::drop_begin(chain->terms, next))
    if (term.mul)
      rewriter.eraseOp(term.mul);
  return true;
}
