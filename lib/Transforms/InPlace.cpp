//===- InPlace.cpp - Elementwise ops write into a dying operand -*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// -serenity-in-place: an elementwise linalg.generic whose init is a fresh
// tensor.empty writes its result into the buffer of an input instead, when
// that input has no other use and its buffer no other user (a chain of
// single-use destination-style inits down to a tensor.empty). The input
// becomes the init, the body reads the init's block argument in its place,
// and One-Shot Bufferize then writes in place: one buffer fewer. The memory
// model's rule 4 (a tied result aliases its init) sees the result in the
// operand's buffer, so the schedulers run after this pass see it too; and
// since the operand has no other use, every order keeps it valid
// (docs/MemoryModel.md, rule 4b).
//
// Upstream has no such rewrite: One-Shot Bufferize only reuses an init's
// buffer, and empty-tensor elimination only folds tensor.empty into a later
// tensor.insert_slice destination.
//
//===----------------------------------------------------------------------===//

#include "serenity/Transforms/Passes.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"

namespace serenity {
#define GEN_PASS_DEF_INPLACEPASS
#include "serenity/Transforms/Passes.h.inc"
} // namespace serenity

using namespace mlir;

namespace {
struct InPlacePass : public serenity::impl::InPlacePassBase<InPlacePass> {
  using InPlacePassBase::InPlacePassBase;
  void runOnOperation() override;
};
} // namespace

/// Whether every use of `value` is an operand of `user`.
static bool onlyUsedBy(Value value, Operation *user) {
  return llvm::all_of(value.getUses(),
                      [&](OpOperand &use) { return use.getOwner() == user; });
}

/// Whether `value`'s buffer is its own: `value` is the tied result of a chain
/// of destination-style ops, each init used by its op alone, that starts at
/// a tensor.empty, all in `block`.
static bool ownsFreshBuffer(Value value, Block *block) {
  while (true) {
    auto result = dyn_cast<OpResult>(value);
    if (!result || result.getOwner()->getBlock() != block)
      return false;
    Operation *op = result.getOwner();
    if (isa<tensor::EmptyOp>(op))
      return true;
    auto dps = dyn_cast<DestinationStyleOpInterface>(op);
    if (!dps || !dps.hasPureTensorSemantics())
      return false;
    OpOperand *init = dps.getTiedOpOperand(result);
    if (!init || !onlyUsedBy(init->get(), op) ||
        llvm::count_if(op->getOperands(),
                       [&](Value v) { return v == init->get(); }) != 1)
      return false;
    value = init->get();
  }
}

/// The input whose buffer `op` can write its result into, or -1.
static int64_t findInPlaceInput(linalg::GenericOp op) {
  if (op.getNumDpsInits() != 1 || op->getNumResults() != 1 ||
      !op.hasPureTensorSemantics() ||
      op.getNumLoops() != op.getNumParallelLoops())
    return -1;
  OpOperand *init = op.getDpsInitOperand(0);
  if (!init->get().getDefiningOp<tensor::EmptyOp>() ||
      op.payloadUsesValueFromOperand(init))
    return -1;
  AffineMap outMap = op.getMatchingIndexingMap(init);
  if (!outMap.isIdentity())
    return -1;
  Type resultType = op->getResult(0).getType();
  for (OpOperand *input : op.getDpsInputOperands()) {
    Value value = input->get();
    if (value.getType() != resultType ||
        op.getMatchingIndexingMap(input) != outMap || !onlyUsedBy(value, op) ||
        !ownsFreshBuffer(value, op->getBlock()))
      continue;
    // Every occurrence of the value among the inputs must read it the same
    // way, since all of them become the init's block argument.
    bool sameMaps = llvm::all_of(op.getDpsInputOperands(), [&](OpOperand *o) {
      return o->get() != value || op.getMatchingIndexingMap(o) == outMap;
    });
    if (sameMaps)
      return input->getOperandNumber();
  }
  return -1;
}

/// Rewrites `op` so that input #`index` is its init.
static void rewriteInPlace(RewriterBase &rewriter, linalg::GenericOp op,
                           int64_t index) {
  Value operand = op->getOperand(index);
  SmallVector<Value> inputs;
  SmallVector<AffineMap> maps;
  SmallVector<unsigned> dropped;
  for (OpOperand *input : op.getDpsInputOperands()) {
    if (input->get() == operand) {
      dropped.push_back(input->getOperandNumber());
      continue;
    }
    inputs.push_back(input->get());
    maps.push_back(op.getMatchingIndexingMap(input));
  }
  OpOperand *init = op.getDpsInitOperand(0);
  maps.push_back(op.getMatchingIndexingMap(init));
  Value empty = init->get();

  rewriter.setInsertionPoint(op);
  auto generic = linalg::GenericOp::create(
      rewriter, op.getLoc(), op->getResultTypes(), inputs, ValueRange{operand},
      maps, op.getIteratorTypesArray());
  generic->setDiscardableAttrs(op->getDiscardableAttrDictionary());
  rewriter.inlineRegionBefore(op.getRegion(), generic.getRegion(),
                              generic.getRegion().end());
  Block &body = generic.getRegion().front();
  BlockArgument out = body.getArgument(body.getNumArguments() - 1);
  // The dropped inputs' block arguments read the init's instead (the same
  // element of the same buffer); erase them from the last.
  for (unsigned number : llvm::reverse(dropped)) {
    BlockArgument arg = body.getArgument(number);
    rewriter.replaceAllUsesWith(arg, out);
    body.eraseArgument(number);
  }
  rewriter.replaceOp(op, generic->getResults());
  if (empty.use_empty())
    rewriter.eraseOp(empty.getDefiningOp());
}

void InPlacePass::runOnOperation() {
  SmallVector<std::pair<linalg::GenericOp, int64_t>> candidates;
  getOperation()->walk([&](linalg::GenericOp op) {
    int64_t index = findInPlaceInput(op);
    if (index >= 0)
      candidates.push_back({op, index});
  });
  IRRewriter rewriter(&getContext());
  for (auto [op, index] : candidates) {
    if (report)
      op.emitRemark() << "serenity-in-place: writes its result into operand #"
                      << index;
    rewriteInPlace(rewriter, op, index);
  }
}
