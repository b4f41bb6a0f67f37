//===- MemoryModel.cpp - Reference activation memory model ------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//

#include "serenity/Analysis/MemoryModel.h"

#include "serenity/Dialect/Serenity/IR/SerenityDialect.h"

#include "mlir/Analysis/Liveness.h"
#include "mlir/Dialect/Quant/IR/QuantTypes.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Interfaces/ViewLikeInterface.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CheckedArithmetic.h"

using namespace mlir;
using namespace serenity;

std::optional<uint64_t> serenity::getElementBytes(Type elementType) {
  if (elementType.isIntOrFloat())
    return (uint64_t(elementType.getIntOrFloatBitWidth()) + 7) / 8;
  if (elementType.isIndex())
    return 8;
  if (auto complex = dyn_cast<ComplexType>(elementType)) {
    std::optional<uint64_t> part = getElementBytes(complex.getElementType());
    if (!part)
      return std::nullopt;
    return 2 * *part;
  }
  // A quantized tensor holds its storage type (i8 for int8 networks).
  // quant.calibrated has none: its values are still of the expressed type.
  if (auto quantized = dyn_cast<quant::QuantizedType>(elementType)) {
    Type storage = quantized.getStorageType();
    if (!storage)
      storage = quantized.getExpressedType();
    return storage ? getElementBytes(storage) : std::nullopt;
  }
  return std::nullopt;
}

std::optional<uint64_t> serenity::alignBytes(uint64_t bytes,
                                             uint64_t alignment) {
  if (alignment > 1) {
    // Up to the next multiple, checked: alignTo() would wrap past 2^64.
    uint64_t rest = bytes % alignment;
    if (rest) {
      std::optional<uint64_t> rounded =
          llvm::checkedAddUnsigned(bytes, alignment - rest);
      if (!rounded)
        return std::nullopt;
      bytes = *rounded;
    }
  }
  if (bytes > kMaxBlockBytes)
    return std::nullopt;
  return bytes;
}

TypeSize serenity::computeTypeSize(Type type, uint64_t alignment,
                                   unsigned elementBits) {
  auto tensor = dyn_cast<TensorType>(type);
  if (!tensor)
    return {SizeStatus::Ok, 0};
  auto ranked = dyn_cast<RankedTensorType>(tensor);
  if (!ranked || !ranked.hasStaticShape())
    return {SizeStatus::DynamicShape, 0};
  std::optional<uint64_t> elementBytes =
      getElementBytes(ranked.getElementType());
  if (!elementBytes)
    return {SizeStatus::UnknownElementType, 0};
  if (elementBits)
    elementBytes = (uint64_t(elementBits) + 7) / 8;
  // ShapedType::getNumElements() multiplies without overflow checks.
  ArrayRef<int64_t> shape = ranked.getShape();
  if (llvm::is_contained(shape, 0))
    return {SizeStatus::Ok, 0};
  std::optional<uint64_t> bytes = *elementBytes;
  for (int64_t dim : shape)
    if (bytes)
      bytes = llvm::checkedMulUnsigned(*bytes, static_cast<uint64_t>(dim));
  if (bytes)
    bytes = alignBytes(*bytes, alignment);
  if (!bytes)
    return {SizeStatus::TooLarge, 0};
  return {SizeStatus::Ok, *bytes};
}

std::optional<uint64_t> serenity::getTypeBytes(Type type, uint64_t alignment,
                                               unsigned elementBits) {
  TypeSize size = computeTypeSize(type, alignment, elementBits);
  if (size.status != SizeStatus::Ok)
    return std::nullopt;
  return size.bytes;
}

/// The diagnostic's words for the size limit.
static constexpr llvm::StringLiteral kLimitText =
    "more than 2^62 bytes (4611686018427387904), the most the memory model "
    "sizes";

/// Rule 3: ops whose result is a view of their first operand.
static bool isViewOp(Operation *op) {
  return isa<tosa::ReshapeOp, tensor::CastOp, tensor::CollapseShapeOp,
             tensor::ExpandShapeOp, tensor::BitcastOp, tensor::ExtractSliceOp,
             tensor::ReshapeOp>(op);
}

ResultKind serenity::classifyResult(Operation *op, unsigned index,
                                    OpOperand **aliasedOperand) {
  OpResult result = op->getResult(index);
  if (!isa<TensorType>(result.getType()))
    return ResultKind::None;
  if (op->hasTrait<OpTrait::ConstantLike>())
    return ResultKind::None;
  if (isViewOp(op) && op->getNumOperands() > 0) {
    if (aliasedOperand)
      *aliasedOperand = &op->getOpOperand(0);
    return ResultKind::Alias;
  }
  if (auto view = dyn_cast<ViewLikeOpInterface>(op)) {
    Value source = view.getViewSource();
    for (OpOperand &operand : op->getOpOperands())
      if (operand.get() == source) {
        if (aliasedOperand)
          *aliasedOperand = &operand;
        return ResultKind::Alias;
      }
  }
  if (isa<tensor::EmptyOp>(op))
    return ResultKind::Alloc;
  if (auto dps = dyn_cast<DestinationStyleOpInterface>(op)) {
    if (OpOperand *init = dps.getTiedOpOperand(result)) {
      if (aliasedOperand)
        *aliasedOperand = init;
      return ResultKind::Alias;
    }
  }
  return ResultKind::Alloc;
}

/// Whether `op` must keep its place relative to other such ops: it has memory
/// effects other than allocating its own results, or unknown effects.
static bool hasOrderedSideEffects(Operation *op) {
  std::optional<SmallVector<MemoryEffects::EffectInstance>> effects =
      getEffectsRecursively(op);
  if (!effects)
    return true;
  return llvm::any_of(*effects, [](const MemoryEffects::EffectInstance &e) {
    return !isa<MemoryEffects::Allocate>(e.getEffect());
  });
}

namespace {
/// Builds one BlockMemoryModel; holds the value -> buffer map while doing so.
class BlockModelBuilder {
public:
  BlockModelBuilder(Block &block, const MemoryModelOptions &options,
                    const Liveness *liveness)
      : block(block), options(options), liveness(liveness) {}

  LogicalResult build(sched::Graph &graph, std::vector<Operation *> &ops,
                      std::vector<SmallVector<int64_t, 1>> &resultBytes);

private:
  /// The buffer of `value` (std::nullopt: it has none). Values defined
  /// outside the block become buffers live on entry.
  FailureOr<std::optional<sched::BufferId>> lookup(Value value,
                                                   Operation *user);
  LogicalResult addArgument(BlockArgument arg);
  LogicalResult addResults(Operation *op, sched::NodeId node,
                           SmallVectorImpl<int64_t> &bytes);
  /// Adds a buffer, keeping the block's total at or below kMaxBlockBytes;
  /// `emitError` reports where the total crosses it.
  FailureOr<sched::BufferId>
  addBuffer(uint64_t bytes, sched::NodeId producer,
            llvm::function_ref<InFlightDiagnostic()> emitError);

  Block &block;
  const MemoryModelOptions &options;
  const Liveness *liveness;
  sched::Graph *graph = nullptr;
  llvm::DenseMap<Value, std::optional<sched::BufferId>> buffers;
  llvm::DenseMap<Operation *, sched::NodeId> nodes;
  /// Sum of the bytes of every buffer added so far.
  uint64_t totalBytes = 0;
};
} // namespace

FailureOr<sched::BufferId> BlockModelBuilder::addBuffer(
    uint64_t bytes, sched::NodeId producer,
    llvm::function_ref<InFlightDiagnostic()> emitError) {
  if (bytes > kMaxBlockBytes - totalBytes)
    return emitError() << "serenity: the buffers of the block take "
                       << kLimitText << " (" << totalBytes << " + " << bytes
                       << " bytes here)";
  totalBytes += bytes;
  return graph->addBuffer(bytes, producer);
}

/// Why `type` cannot be sized, for a diagnostic.
static StringRef describeFailure(SizeStatus status) {
  switch (status) {
  case SizeStatus::DynamicShape:
    return "dynamic shape";
  case SizeStatus::UnknownElementType:
    return "unknown element type";
  case SizeStatus::TooLarge:
    return kLimitText;
  case SizeStatus::Ok:
    break;
  }
  return "";
}

/// Says that sizes are rounded up, if they are.
static std::string alignmentNote(uint64_t alignment) {
  if (alignment <= 1)
    return "";
  return " rounded up to a multiple of " + std::to_string(alignment);
}

LogicalResult BlockModelBuilder::addArgument(BlockArgument arg) {
  auto emit = [&]() { return emitError(arg.getLoc()); };
  uint64_t bytes = 0;
  auto function = dyn_cast<FunctionOpInterface>(block.getParentOp());
  IntegerAttr given;
  if (function && block.isEntryBlock())
    given = function.getArgAttrOfType<IntegerAttr>(
        arg.getArgNumber(), SerenityDialect::getBytesAttrName());
  if (given) {
    std::optional<uint64_t> aligned;
    if (given.getValue().isNonNegative() &&
        given.getValue().getActiveBits() <= 64)
      aligned = alignBytes(given.getValue().getZExtValue(), options.alignment);
    if (!aligned)
      return emit() << "serenity: the '" << SerenityDialect::getBytesAttrName()
                    << "' attribute of argument #" << arg.getArgNumber() << ", "
                    << llvm::toString(given.getValue(), 10, true) << " bytes"
                    << alignmentNote(options.alignment)
                    << ", is out of range: " << kLimitText;
    bytes = *aligned;
  } else {
    TypeSize size =
        computeTypeSize(arg.getType(), options.alignment, options.elementBits);
    if (size.status == SizeStatus::TooLarge)
      return emit() << "serenity: argument #" << arg.getArgNumber()
                    << " of type " << arg.getType() << " takes " << kLimitText;
    if (size.status != SizeStatus::Ok)
      return emit() << "serenity: cannot size argument #" << arg.getArgNumber()
                    << " of type " << arg.getType()
                    << ": give it a serenity.bytes argument attribute";
    bytes = size.bytes;
  }
  if (!isa<TensorType>(arg.getType())) {
    buffers[arg] = std::nullopt;
    return success();
  }
  FailureOr<sched::BufferId> buffer =
      addBuffer(options.countArguments ? bytes : 0, sched::kEntry, emit);
  if (failed(buffer))
    return failure();
  buffers[arg] = *buffer;
  return success();
}

FailureOr<std::optional<sched::BufferId>>
BlockModelBuilder::lookup(Value value, Operation *user) {
  auto it = buffers.find(value);
  if (it != buffers.end())
    return it->second;
  // Defined in another block: live on entry to this one.
  if (!isa<TensorType>(value.getType()))
    return buffers[value] = std::nullopt;
  TypeSize size =
      computeTypeSize(value.getType(), options.alignment, options.elementBits);
  if (size.status != SizeStatus::Ok)
    return user->emitError() << "serenity: cannot size value of type "
                             << value.getType() << " defined in another block ("
                             << describeFailure(size.status) << ")";
  FailureOr<sched::BufferId> buffer =
      addBuffer(size.bytes, sched::kEntry, [&]() { return user->emitError(); });
  if (failed(buffer))
    return failure();
  return buffers[value] = *buffer;
}

LogicalResult BlockModelBuilder::addResults(Operation *op, sched::NodeId node,
                                            SmallVectorImpl<int64_t> &bytes) {
  auto override =
      op->getAttrOfType<DenseI64ArrayAttr>(SerenityDialect::getBytesAttrName());
  if (override && static_cast<size_t>(override.size()) != op->getNumResults())
    return op->emitOpError() << "'" << SerenityDialect::getBytesAttrName()
                             << "' needs one entry per result";
  for (OpResult result : op->getResults()) {
    unsigned index = result.getResultNumber();
    // Only an entry greater than zero overrides: zero keeps the model's
    // choice (what -serenity-annotate-footprint writes for aliases and
    // constants), so it neither sizes an allocation as 0 B nor hides that a
    // dynamic result cannot be sized.
    std::optional<int64_t> given;
    if (override && override[index] > 0)
      given = override[index];
    OpOperand *aliased = nullptr;
    ResultKind kind = classifyResult(op, index, &aliased);

    if (kind == ResultKind::Alias && !given) {
      FailureOr<std::optional<sched::BufferId>> source =
          lookup(aliased->get(), op);
      if (failed(source))
        return failure();
      // A destination-style op cannot write into a constant: bufferization
      // copies it first, so the result is a new buffer.
      if (*source || !isa<DestinationStyleOpInterface>(op)) {
        buffers[result] = *source;
        bytes.push_back(0);
        continue;
      }
      kind = ResultKind::Alloc;
    }
    if (kind == ResultKind::None && !given) {
      buffers[result] = std::nullopt;
      bytes.push_back(0);
      continue;
    }

    uint64_t size = 0;
    if (given) {
      std::optional<uint64_t> aligned =
          alignBytes(static_cast<uint64_t>(*given), options.alignment);
      if (!aligned)
        return op->emitError()
               << "serenity: '" << SerenityDialect::getBytesAttrName()
               << "' entry #" << index << ", " << *given << " bytes"
               << alignmentNote(options.alignment)
               << ", is out of range: " << kLimitText;
      size = *aligned;
    } else {
      TypeSize typeSize = computeTypeSize(result.getType(), options.alignment,
                                          options.elementBits);
      if (typeSize.status == SizeStatus::TooLarge)
        return op->emitError() << "serenity: result #" << index << " of type "
                               << result.getType() << " takes " << kLimitText;
      if (typeSize.status != SizeStatus::Ok)
        return op->emitError()
               << "serenity: cannot size result #" << index << " of type "
               << result.getType() << " (" << describeFailure(typeSize.status)
               << "): give the op a '" << SerenityDialect::getBytesAttrName()
               << "' attribute";
      size = typeSize.bytes;
    }
    FailureOr<sched::BufferId> buffer =
        addBuffer(size, node, [&]() { return op->emitError(); });
    if (failed(buffer))
      return failure();
    buffers[result] = *buffer;
    bytes.push_back(static_cast<int64_t>(size));
  }
  return success();
}

LogicalResult
BlockModelBuilder::build(sched::Graph &g, std::vector<Operation *> &ops,
                         std::vector<SmallVector<int64_t, 1>> &resultBytes) {
  graph = &g;
  for (BlockArgument arg : block.getArguments())
    if (failed(addArgument(arg)))
      return failure();

  Operation *terminator = nullptr;
  if (!block.empty() && block.back().hasTrait<OpTrait::IsTerminator>())
    terminator = &block.back();

  std::optional<sched::NodeId> lastOrdered;
  for (Operation &op : block) {
    if (&op == terminator)
      break;
    sched::NodeId node = graph->addNode(op.getName().getStringRef().str());
    nodes[&op] = node;
    ops.push_back(&op);

    // Uses: operands of the op and of ops nested in it that come from
    // outside it. Every SSA dependency inside the block becomes an edge, also
    // for values without a buffer (shapes, scalars), so that any order of
    // the graph keeps dominance.
    llvm::SetVector<sched::BufferId> used;
    WalkResult walk = op.walk([&](Operation *nested) {
      for (Value operand : nested->getOperands()) {
        if (nested != &op &&
            op.isAncestor(operand.getParentBlock()->getParentOp()))
          continue;
        if (Operation *def = operand.getDefiningOp())
          if (def->getBlock() == &block)
            graph->addEdge(nodes.lookup(def), node);
        FailureOr<std::optional<sched::BufferId>> buffer = lookup(operand, &op);
        if (failed(buffer))
          return WalkResult::interrupt();
        if (*buffer)
          used.insert(**buffer);
      }
      return WalkResult::advance();
    });
    if (walk.wasInterrupted())
      return failure();
    for (sched::BufferId buffer : used)
      graph->addUse(node, buffer);

    resultBytes.emplace_back();
    if (failed(addResults(&op, node, resultBytes.back())))
      return failure();

    if (hasOrderedSideEffects(&op)) {
      if (lastOrdered)
        graph->addEdge(*lastOrdered, node);
      lastOrdered = node;
    }
  }

  // Rule 6: what the terminator passes on stays live to the end, and so does
  // whatever later blocks still need.
  auto keepLive = [&](Value value) -> LogicalResult {
    FailureOr<std::optional<sched::BufferId>> buffer =
        lookup(value, terminator ? terminator : block.getParentOp());
    if (failed(buffer))
      return failure();
    if (*buffer)
      graph->setLiveOut(**buffer);
    return success();
  };
  if (terminator)
    for (Value operand : terminator->getOperands())
      if (failed(keepLive(operand)))
        return failure();
  if (liveness)
    for (Value value : liveness->getLiveOut(&block))
      if (buffers.count(value) && failed(keepLive(value)))
        return failure();
  graph->finalize();
  return success();
}

FailureOr<BlockMemoryModel>
BlockMemoryModel::build(Block &block, const MemoryModelOptions &options,
                        const Liveness *liveness) {
  BlockMemoryModel model;
  model.block = &block;
  BlockModelBuilder builder(block, options, liveness);
  if (failed(builder.build(model.graph, model.ops, model.resultBytes)))
    return failure();
  return model;
}

sched::Timeline BlockMemoryModel::simulateCurrentOrder() const {
  return sched::simulate(graph, sched::identityOrder(graph));
}

bool BlockMemoryModel::isFloating(sched::NodeId node) const {
  Operation *op = ops[node];
  return op->getNumOperands() == 0 && op->getNumRegions() == 0 &&
         graph.allocBytes(node) == 0 && isMemoryEffectFree(op);
}

sched::Graph
BlockMemoryModel::buildSchedulingGraph(std::vector<sched::NodeId> &kept) const {
  std::vector<sched::NodeId> index(graph.numNodes(), sched::kEntry);
  sched::Graph result;
  for (sched::NodeId n = 0, e = graph.numNodes(); n != e; ++n) {
    if (isFloating(n))
      continue;
    index[n] = result.addNode(graph.name(n).str());
    kept.push_back(n);
  }
  for (const sched::Buffer &buffer : graph.getBuffers()) {
    sched::NodeId producer = buffer.producer == sched::kEntry
                                 ? sched::kEntry
                                 : index[buffer.producer];
    sched::BufferId id =
        result.addBuffer(buffer.bytes, producer, buffer.liveOut);
    for (sched::NodeId user : buffer.users)
      result.addUse(index[user], id);
  }
  for (sched::NodeId n : kept)
    for (sched::NodeId succ : graph.succs(n))
      if (index[succ] != sched::kEntry)
        result.addEdge(index[n], index[succ]);
  result.finalize();
  return result;
}

SmallVector<FunctionOpInterface> serenity::collectFunctions(Operation *root) {
  SmallVector<FunctionOpInterface> functions;
  root->walk<WalkOrder::PreOrder>([&](Operation *op) {
    if (auto function = dyn_cast<FunctionOpInterface>(op)) {
      functions.push_back(function);
      return WalkResult::skip();
    }
    return WalkResult::advance();
  });
  return functions;
}

FailureOr<FunctionMemoryModel>
FunctionMemoryModel::build(FunctionOpInterface function,
                           const MemoryModelOptions &options) {
  FunctionMemoryModel model;
  Region &body = function.getFunctionBody();
  std::optional<Liveness> liveness;
  if (!body.hasOneBlock() && !body.empty())
    liveness.emplace(function);
  for (Block &block : body) {
    FailureOr<BlockMemoryModel> blockModel = BlockMemoryModel::build(
        block, options, liveness ? &*liveness : nullptr);
    if (failed(blockModel))
      return failure();
    model.blocks.push_back(std::move(*blockModel));
  }
  return model;
}
