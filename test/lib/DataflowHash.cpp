//===- DataflowHash.cpp - Does reordered IR compute the same? ---*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//

#include "DataflowHash.h"

#include "mlir/IR/OperationSupport.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/ADT/DenseSet.h"

using namespace mlir;

namespace {
/// Merkle hashes of ops (see DataflowHash.h). An op's hash covers its name,
/// attributes, properties, result types and regions, and the hashes of the
/// producers of its operands (block arguments by position), so two ops hash
/// alike when they compute the same value from the same inputs, whatever the
/// order of the ops around them. Commutative ops hash their operands as a set,
/// as OperationEquivalence does.
class DataflowHasher {
public:
  llvm::hash_code hashOp(Operation *op) {
    auto it = memo.find(op);
    if (it != memo.end())
      return it->second;
    // A use cycle (graph regions): stop at the op's name.
    if (!inProgress.insert(op).second)
      return llvm::hash_value(op->getName().getStringRef());
    llvm::hash_code hash = OperationEquivalence::computeHash(
        op, [&](Value value) { return hashValue(value); },
        OperationEquivalence::ignoreHashValue,
        OperationEquivalence::IgnoreLocations);
    for (Region &region : op->getRegions()) {
      for (Block &block : region) {
        hash = llvm::hash_combine(hash, block.getNumArguments());
        for (BlockArgument argument : block.getArguments())
          hash = llvm::hash_combine(hash, argument.getType());
        for (Operation &nested : block)
          hash = llvm::hash_combine(hash, hashOp(&nested));
      }
    }
    inProgress.erase(op);
    memo[op] = hash;
    return hash;
  }

  llvm::hash_code hashValue(Value value) {
    if (auto result = dyn_cast<OpResult>(value))
      return llvm::hash_combine(hashOp(result.getOwner()),
                                result.getResultNumber());
    auto argument = cast<BlockArgument>(value);
    Block *block = argument.getOwner();
    Region *region = block->getParent();
    Operation *parent = block->getParentOp();
    return llvm::hash_combine(
        llvm::StringRef("block-argument"),
        parent ? parent->getName().getStringRef() : llvm::StringRef(),
        region ? region->getRegionNumber() : 0u,
        region ? std::distance(region->begin(), block->getIterator()) : 0,
        argument.getArgNumber(), argument.getType());
  }

private:
  llvm::DenseMap<Operation *, llvm::hash_code> memo;
  llvm::DenseSet<Operation *> inProgress;
};

/// The dataflow of one function: the Merkle hash of every op nested in its
/// body, and per block of the body the hashes of its side-effecting ops in
/// order.
struct Dataflow {
  struct Entry {
    llvm::hash_code hash;
    /// Position in a pre-order walk of the body, to name ops in IR order.
    size_t position;
    Operation *op;
  };
  /// Sorted by hash (then position).
  std::vector<Entry> ops;
  std::vector<std::vector<llvm::hash_code>> effectOrder;
};
} // namespace

static std::string functionName(FunctionOpInterface function) {
  return ("@" + function.getName()).str();
}

static Dataflow computeDataflow(FunctionOpInterface function) {
  DataflowHasher hasher;
  Dataflow dataflow;
  for (Block &block : function.getFunctionBody()) {
    std::vector<llvm::hash_code> effects;
    for (Operation &op : block) {
      op.walk<WalkOrder::PreOrder>([&](Operation *nested) {
        dataflow.ops.push_back(
            {hasher.hashOp(nested), dataflow.ops.size(), nested});
      });
      if (!isMemoryEffectFree(&op))
        effects.push_back(hasher.hashOp(&op));
    }
    dataflow.effectOrder.push_back(std::move(effects));
  }
  llvm::sort(dataflow.ops,
             [](const Dataflow::Entry &a, const Dataflow::Entry &b) {
               return std::make_pair(static_cast<size_t>(a.hash), a.position) <
                      std::make_pair(static_cast<size_t>(b.hash), b.position);
             });
  return dataflow;
}

/// The entry of `entries` first in IR order.
static Operation *firstInIR(ArrayRef<Dataflow::Entry> entries) {
  return llvm::min_element(
             entries,
             [](const Dataflow::Entry &a, const Dataflow::Entry &b) {
               return a.position < b.position;
             })
      ->op;
}

FailureOr<size_t>
serenity::test::checkSameDataflow(FunctionOpInterface reference,
                                  FunctionOpInterface scheduled,
                                  StringRef tool) {
  Dataflow before = computeDataflow(reference);
  Dataflow after = computeDataflow(scheduled);
  // Ops whose hash has no counterpart on the other side.
  SmallVector<Dataflow::Entry> missing, extra;
  auto i = before.ops.begin(), j = after.ops.begin();
  auto hashLess = [](const Dataflow::Entry &a, const Dataflow::Entry &b) {
    return static_cast<size_t>(a.hash) < static_cast<size_t>(b.hash);
  };
  while (i != before.ops.end() || j != after.ops.end()) {
    if (j == after.ops.end() || (i != before.ops.end() && hashLess(*i, *j)))
      missing.push_back(*i++);
    else if (i == before.ops.end() || hashLess(*j, *i))
      extra.push_back(*j++);
    else
      ++i, ++j;
  }
  if (!missing.empty() || !extra.empty()) {
    InFlightDiagnostic diag =
        scheduled->emitError()
        << tool << ": check failed: the scheduled " << functionName(scheduled)
        << " computes a different dataflow: " << extra.size()
        << " op(s) with no counterpart in the reference, " << missing.size()
        << " op(s) of the reference not computed";
    if (!extra.empty()) {
      Operation *op = firstInIR(extra);
      diag.attachNote(op->getLoc())
          << "first op with no counterpart: " << op->getName();
    }
    if (!missing.empty()) {
      Operation *op = firstInIR(missing);
      diag.attachNote(op->getLoc())
          << "first op of the reference not computed: " << op->getName();
    }
    return failure();
  }
  if (before.effectOrder != after.effectOrder)
    return scheduled->emitError()
           << tool << ": check failed: the scheduled "
           << functionName(scheduled)
           << " runs its side-effecting ops in a different order";
  return after.ops.size();
}
