//===- DeallocAfterLastUse.cpp - Free buffers right after their last use --===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// Upstream buffer deallocation (`buffer-deallocation-pipeline`) frees every
// buffer at the end of the block that owns it, so a lowered network keeps all
// of its activations until it returns and the order of its ops no longer
// decides its peak memory. This pass moves each `memref.dealloc` up to right
// after the last op that uses any value that may alias the freed buffer, which
// is what the memory model (docs/MemoryModel.md, rule 7) assumes.
//
//===----------------------------------------------------------------------===//

#include "serenity/Transforms/Passes.h"

#include "mlir/Dialect/Bufferization/Transforms/BufferViewFlowAnalysis.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/DenseSet.h"

namespace serenity {
#define GEN_PASS_DEF_DEALLOCAFTERLASTUSEPASS
#include "serenity/Transforms/Passes.h.inc"
} // namespace serenity

using namespace mlir;
using namespace serenity;

namespace {
struct DeallocAfterLastUsePass
    : public serenity::impl::DeallocAfterLastUsePassBase<
          DeallocAfterLastUsePass> {
  using DeallocAfterLastUsePassBase::DeallocAfterLastUsePassBase;
  void runOnOperation() override;
};

/// Where a dealloc may go: right after `op`, or at the start of its block
/// when `op` is null. `std::nullopt` when the dealloc must stay.
using InsertionPoint = std::optional<Operation *>;
} // namespace

/// True if `user` turns a memref into something the view-flow analysis does
/// not follow (a pointer, an integer, an LLVM value, a stored memref), after
/// which later ops may reach the buffer without naming any of its aliases.
static bool mayEscape(Operation *user, Value alias) {
  if (isa<memref::ExtractAlignedPointerAsIndexOp,
          UnrealizedConversionCastOp>(user))
    return true;
  if (auto store = dyn_cast<memref::StoreOp>(user))
    return store.getValueToStore() == alias;
  return isa<LLVM::LLVMDialect>(user->getDialect());
}

/// The latest point in the dealloc's block after which no op uses the freed
/// buffer: the last op before the dealloc that uses (also inside its regions)
/// a value that may alias the buffer, or defines one.
static InsertionPoint findInsertionPoint(memref::DeallocOp dealloc,
                                         const BufferViewFlowAnalysis &flow) {
  Block *block = dealloc->getBlock();
  // Every value the buffer may have come from, and everything that may have
  // been derived from those: views, casts, values carried through regions
  // and block arguments, results of ops the analysis does not know.
  BufferViewFlowAnalysis::ValueSetT aliases;
  for (Value origin : flow.resolveReverse(dealloc.getMemref()))
    for (Value alias : flow.resolve(origin))
      aliases.insert(alias);

  Operation *last = nullptr;
  auto keepLatest = [&](Operation *op) {
    if (op != dealloc && op->isBeforeInBlock(dealloc) &&
        (!last || last->isBeforeInBlock(op)))
      last = op;
  };
  for (Value alias : aliases) {
    if (Operation *def = alias.getDefiningOp()) {
      if (Operation *inBlock = block->findAncestorOpInBlock(*def))
        keepLatest(inBlock);
    }
    for (OpOperand &use : alias.getUses()) {
      Operation *user = use.getOwner();
      if (user == dealloc)
        continue;
      if (mayEscape(user, alias))
        return std::nullopt;
      Operation *inBlock = block->findAncestorOpInBlock(*user);
      // A use in another block (a parent's, a sibling's): whether it runs
      // before or after the dealloc is a question of control flow, which
      // this pass does not answer.
      if (!inBlock)
        return std::nullopt;
      keepLatest(inBlock);
    }
  }
  return InsertionPoint(last);
}

void DeallocAfterLastUsePass::runOnOperation() {
  Operation *root = getOperation();
  BufferViewFlowAnalysis flow(root);

  SmallVector<memref::DeallocOp> deallocs;
  root->walk([&](memref::DeallocOp op) { deallocs.push_back(op); });

  // Deallocs moved behind the same op keep their original relative order:
  // each one goes after the ones already placed there.
  llvm::DenseSet<Operation *> placed;
  uint64_t moved = 0, inPlace = 0, kept = 0;
  for (memref::DeallocOp dealloc : deallocs) {
    InsertionPoint point = findInsertionPoint(dealloc, flow);
    if (!point) {
      ++kept;
      continue;
    }
    Block *block = dealloc->getBlock();
    Operation *next = *point ? (*point)->getNextNode() : &block->front();
    while (next != dealloc.getOperation() && placed.contains(next))
      next = next->getNextNode();
    placed.insert(dealloc);
    if (next == dealloc.getOperation()) {
      ++inPlace;
      continue;
    }
    dealloc->moveBefore(next);
    ++moved;
  }

  numMoved += moved;
  numInPlace += inPlace;
  numKept += kept;
  if (report)
    root->emitRemark() << "serenity-dealloc-after-last-use: " << moved
                       << " deallocs moved, " << inPlace
                       << " already in place, " << kept << " kept";
}
