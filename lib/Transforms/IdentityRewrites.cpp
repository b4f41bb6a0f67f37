//===- IdentityRewrites.cpp - Identity graph rewrites -----------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// Matches concatenations and rewrites the ops around them (docs/Rewriting.md):
//
//   channel  conv(concat_c(x_i), W) + b  ->  acc = b; acc += conv(x_i, W_i)
//   kernel   op(concat_c(x_i))           ->  concat_c(op(x_i))
//   concat   concat_c(x_i)               ->  d = empty; d[slice_i] = x_i
//
// The emitted form is what one-shot bufferization turns into code without
// extra buffers: partial convolutions accumulate into one destination through
// their DPS init, parts are written through extract_slice / insert_slice pairs
// of one destination, weights are sliced as constants or views.
//
// This file holds the site rewriter's driver, kernel-wise partitioning and
// materialization; the other rewrites live beside it, one file each:
// ConcatMatching.cpp (finding the sites, slicing), PartitionChannels.cpp
// (channel), AccumulateSums.cpp (sum). SiteRewriter.h is what they share.
//
//===----------------------------------------------------------------------===//

#include "IdentityRewrites.h"
#include "SiteRewriter.h"

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

using namespace serenity::rewrites;

//===----------------------------------------------------------------------===//
// Kernel-wise partitioning: which operands follow the parts
//===----------------------------------------------------------------------===//

namespace {
/// How an op splits along the concatenation axis: per operand, the
/// dimension sliced like the parts (std::nullopt: passed unchanged).
struct OpSplit {
  /// The axis of the op's result that the new concatenation is along.
  int64_t resultAxis = 0;
  /// Result parts are `scale` times as large as input parts along the axis
  /// (the channel multiplier of a depthwise convolution).
  int64_t scale = 1;
  /// For every operand that is not the concatenation: the dimension to slice
  /// it along (sizes and offsets times `operandScale`), or std::nullopt.
  SmallVector<std::optional<int64_t>> sliceDim;
  SmallVector<int64_t> operandScale;
};
} // namespace

/// Values of a tosa.const_shape, or std::nullopt.
static std::optional<SmallVector<int64_t>> getConstShape(Value value) {
  auto op = value.getDefiningOp<tosa::ConstShapeOp>();
  if (!op)
    return std::nullopt;
  return llvm::to_vector(op.getValues().getValues<int64_t>());
}

/// Whether `op` applies element by element, broadcasting size-1 dims.
static bool isTosaElementwise(Operation *op) {
  return op->hasTrait<OpTrait::tosa::TosaElementwiseOperator>() ||
         isa<tosa::MulOp, tosa::CastOp>(op);
}

/// How the TOSA op `op`, reading the concatenation `concatValue` (whose size
/// along `axis` is `channels`), splits along `axis`; failure if it does not
/// treat the slices along `axis` independently.
static FailureOr<OpSplit> analyzeTosaOp(Operation *op, Value concatValue,
                                        int64_t axis, int64_t channels) {
  if (op->getNumResults() != 1)
    return failure();
  RankedTensorType resultType = getStaticType(op->getResult(0).getType());
  auto inputType = cast<RankedTensorType>(concatValue.getType());
  if (!resultType)
    return failure();
  OpSplit split;
  split.sliceDim.assign(op->getNumOperands(), std::nullopt);
  split.operandScale.assign(op->getNumOperands(), 1);
  split.resultAxis = axis;

  // Every op but the elementwise ones reads the concatenation as its first
  // operand only.
  auto onlyFirst = [&] {
    for (OpOperand &operand : op->getOpOperands())
      if ((operand.get() == concatValue) != (operand.getOperandNumber() == 0))
        return false;
    return true;
  };

  if (isTosaElementwise(op)) {
    if (resultType.getRank() != inputType.getRank() ||
        resultType.getDimSize(axis) != channels)
      return failure();
    for (OpOperand &operand : op->getOpOperands()) {
      if (operand.get() == concatValue)
        continue;
      auto type = dyn_cast<RankedTensorType>(operand.get().getType());
      // Shifts and zero points have their own ranks; they are scalars.
      if (!type || type.getRank() != resultType.getRank())
        continue;
      if (!type.hasStaticShape())
        return failure();
      if (type.getDimSize(axis) == channels && channels != 1)
        split.sliceDim[operand.getOperandNumber()] = axis;
      else if (type.getDimSize(axis) != 1)
        return failure();
    }
    return split;
  }

  if (!onlyFirst())
    return failure();

  if (auto conv = dyn_cast<tosa::DepthwiseConv2DOp>(op)) {
    // Weights [KH, KW, C, M], output channel c * M + m, bias [C * M] or [1].
    RankedTensorType weightType = getStaticType(conv.getWeight().getType());
    RankedTensorType biasType = getStaticType(conv.getBias().getType());
    if (axis != 3 || !weightType || !biasType ||
        weightType.getDimSize(2) != channels)
      return failure();
    int64_t multiplier = weightType.getDimSize(3);
    split.scale = multiplier;
    split.sliceDim[1] = 2;
    if (biasType.getDimSize(0) == channels * multiplier) {
      split.sliceDim[2] = 0;
      split.operandScale[2] = multiplier;
    } else if (biasType.getDimSize(0) != 1) {
      return failure();
    }
    return split;
  }
  if (isa<tosa::MaxPool2dOp, tosa::AvgPool2dOp>(op)) {
    if (axis != 3)
      return failure();
    return split;
  }
  if (auto pad = dyn_cast<tosa::PadOp>(op)) {
    std::optional<SmallVector<int64_t>> padding =
        getConstShape(pad.getPadding());
    if (!padding || (*padding)[2 * axis] != 0 || (*padding)[2 * axis + 1] != 0)
      return failure();
    return split;
  }
  if (auto slice = dyn_cast<tosa::SliceOp>(op)) {
    std::optional<SmallVector<int64_t>> start = getConstShape(slice.getStart());
    std::optional<SmallVector<int64_t>> size = getConstShape(slice.getSize());
    if (!start || !size || (*start)[axis] != 0 ||
        ((*size)[axis] != channels && (*size)[axis] != -1))
      return failure();
    return split;
  }
  if (auto transpose = dyn_cast<tosa::TransposeOp>(op)) {
    ArrayRef<int32_t> perms = transpose.getPerms();
    const int32_t *it = llvm::find(perms, static_cast<int32_t>(axis));
    if (it == perms.end())
      return failure();
    split.resultAxis = it - perms.begin();
    return split;
  }
  if (isa<tosa::ReduceSumOp, tosa::ReduceMaxOp, tosa::ReduceMinOp,
          tosa::ReduceProductOp, tosa::ReduceAllOp, tosa::ReduceAnyOp>(op)) {
    auto reduceAxis = op->getAttrOfType<IntegerAttr>("axis");
    if (!reduceAxis || reduceAxis.getInt() == axis)
      return failure();
    return split;
  }
  return failure();
}

/// For each operand of `op`, the position of loop `dim` in its indexing map,
/// or std::nullopt if the map does not use the loop; failure if the loop is
/// not parallel, appears inside a compound expression or twice in one map,
/// or the body reads its index. Such a loop can be restricted to a range by
/// slicing exactly the operands that use it.
static FailureOr<SmallVector<std::optional<int64_t>>>
getLoopPositions(linalg::LinalgOp op, unsigned dim) {
  if (op.getIteratorTypesArray()[dim] != utils::IteratorType::parallel)
    return failure();
  bool readsIndex = false;
  op->walk([&](linalg::IndexOp index) { readsIndex |= index.getDim() == dim; });
  if (readsIndex)
    return failure();
  SmallVector<std::optional<int64_t>> positions;
  for (OpOperand &operand : op->getOpOperands()) {
    AffineMap map = op.getMatchingIndexingMap(&operand);
    std::optional<int64_t> position;
    for (auto [index, expr] : llvm::enumerate(map.getResults())) {
      if (auto dimExpr = dyn_cast<AffineDimExpr>(expr)) {
        if (dimExpr.getPosition() != dim)
          continue;
        if (position)
          return failure();
        position = index;
      } else if (expr.isFunctionOfDim(dim)) {
        return failure();
      }
    }
    positions.push_back(position);
  }
  return positions;
}

//===----------------------------------------------------------------------===//
// Lowering TOSA producers
//===----------------------------------------------------------------------===//

/// Whether the TOSA op `op` lowers (tosa-to-linalg) to one destination-style
/// op writing into a tensor.empty, without other buffers.
static bool isLowerableProducer(Operation *op) {
  if (isTosaElementwise(op))
    return true;
  if (auto conv = dyn_cast<tosa::Conv2DOp>(op))
    return llvm::all_of(conv.getPad(), [](int64_t p) { return p == 0; });
  return false;
}

TosaLowering::TosaLowering(MLIRContext *context) {
  tosa::populateTosaTypeConversion(converter);
  RewritePatternSet set(context);
  tosa::populateTosaToLinalgConversionPatterns(converter, &set);
  tosa::populateTosaToLinalgNamedConversionPatterns(converter, &set,
                                                    TosaToLinalgNamedOptions());
  patterns = FrozenRewritePatternSet(std::move(set));
}

LogicalResult TosaLowering::lower(Operation *op,
                                  RewriterBase::Listener *listener) const {
  ConversionTarget target(*op->getContext());
  target.markUnknownOpDynamicallyLegal(
      [op](Operation *other) { return other != op; });
  ConversionConfig config;
  config.listener = listener;
  return applyPartialConversion(ArrayRef<Operation *>{op}, target, patterns,
                                config);
}

/// If `part` is used once and made in `block` by a chain of single-result
/// destination-style ops, each the only user of the previous one's result,
/// that starts at a tensor.empty: that chain, tensor.empty first. Writing the
/// chain into a slice of another tensor instead of the tensor.empty computes
/// the same values in that slice.
static SmallVector<Operation *> getRedirectableChain(Value part, Block *block) {
  SmallVector<Operation *> chain;
  if (!part.hasOneUse())
    return {};
  Value value = part;
  while (true) {
    auto dps = value.getDefiningOp<DestinationStyleOpInterface>();
    if (!dps || dps->getBlock() != block || dps->getNumResults() != 1 ||
        dps.getNumDpsInits() != 1 || !dps.hasPureTensorSemantics())
      return {};
    chain.push_back(dps);
    Value init = dps.getDpsInitOperand(0)->get();
    if (!init.hasOneUse() || init.getType() != value.getType())
      return {};
    if (auto empty = init.getDefiningOp<tensor::EmptyOp>()) {
      if (empty->getBlock() != block)
        return {};
      chain.push_back(empty);
      std::reverse(chain.begin(), chain.end());
      return chain;
    }
    value = init;
  }
}

//===----------------------------------------------------------------------===//
// The site rewriter
//===----------------------------------------------------------------------===//

namespace {
/// Keeps a set of erased ops up to date, forwarding every notification. An
/// op created later at the address of an erased one leaves the set.
struct ErasureTracker : public RewriterBase::ForwardingListener {
  ErasureTracker(OpBuilder::Listener *next, llvm::DenseSet<Operation *> &erased)
      : ForwardingListener(next), erased(erased) {}
  void notifyOperationInserted(Operation *op,
                               OpBuilder::InsertPoint previous) override {
    erased.erase(op);
    ForwardingListener::notifyOperationInserted(op, previous);
  }
  void notifyOperationErased(Operation *op) override {
    erased.insert(op);
    ForwardingListener::notifyOperationErased(op);
  }
  llvm::DenseSet<Operation *> &erased;
};

} // namespace

void SiteRewriter::eraseDeadOps(ArrayRef<Operation *> seeds) {
  llvm::SetVector<Operation *> work(seeds.begin(), seeds.end());
  while (!work.empty()) {
    Operation *op = work.pop_back_val();
    if (erasedOps.contains(op) || !op->use_empty() || !isMemoryEffectFree(op) ||
        op->hasTrait<OpTrait::IsTerminator>())
      continue;
    for (Value operand : op->getOperands())
      if (Operation *def = operand.getDefiningOp())
        if (!erasedOps.contains(def))
          work.insert(def);
    rewriter.eraseOp(op);
  }
}

/// The defining ops of the operands of `op`, other than `op`.
static SmallVector<Operation *> getOperandDefs(Operation *op) {
  SmallVector<Operation *> defs;
  for (Value operand : op->getOperands())
    if (Operation *def = operand.getDefiningOp())
      if (def != op)
        defs.push_back(def);
  return defs;
}

void SiteRewriter::replaceAndClean(Operation *op, Value replacement) {
  SmallVector<Operation *> seeds = getOperandDefs(op);
  rewriter.replaceOp(op, replacement);
  eraseDeadOps(seeds);
  changed = true;
}

void SiteRewriter::eraseAndClean(Operation *op) {
  SmallVector<Operation *> seeds = getOperandDefs(op);
  rewriter.eraseOp(op);
  eraseDeadOps(seeds);
  changed = true;
}

void SiteRewriter::eraseConcat(const Concat &concat) {
  for (Operation *op : llvm::reverse(concat.ops))
    rewriter.eraseOp(op);
}

FailureOr<Value> SiteRewriter::partitionTosa(Operation *op,
                                             const Concat &concat) {
  auto concatType = cast<RankedTensorType>(concat.result.getType());
  // A concatenation of one part is one along any axis: take the first that
  // the op splits along.
  SmallVector<int64_t> axes;
  if (concat.anyAxis)
    for (int64_t d = concatType.getRank() - 1; d >= 0; --d)
      axes.push_back(d);
  else
    axes.push_back(concat.axis);
  FailureOr<OpSplit> split = failure();
  int64_t axis = 0;
  for (int64_t candidate : axes) {
    split = analyzeTosaOp(op, concat.result, candidate,
                          concatType.getDimSize(candidate));
    if (succeeded(split)) {
      axis = candidate;
      break;
    }
  }
  if (failed(split))
    return failure();

  auto resultType = cast<RankedTensorType>(op->getResult(0).getType());
  Location loc = op->getLoc();
  rewriter.setInsertionPoint(op);
  SmallVector<Value> parts;
  for (size_t i = 0, e = concat.numParts(); i < e; ++i) {
    int64_t offset = concat.anyAxis ? 0 : concat.offsets[i];
    int64_t size =
        concat.anyAxis ? concatType.getDimSize(axis) : concat.sizes[i];
    IRMapping mapping;
    mapping.map(concat.result, concat.part(i));
    for (OpOperand &operand : op->getOpOperands()) {
      unsigned n = operand.getOperandNumber();
      if (operand.get() == concat.result || !split->sliceDim[n])
        continue;
      int64_t scale = split->operandScale[n];
      mapping.map(operand.get(),
                  sliceAlong(rewriter, loc, operand.get(), *split->sliceDim[n],
                             offset * scale, size * scale));
    }
    if (auto slice = dyn_cast<tosa::SliceOp>(op)) {
      SmallVector<int64_t> sizes = *getConstShape(slice.getSize());
      sizes[axis] = size;
      mapping.map(slice.getSize(), tosa::ConstShapeOp::create(
                                       rewriter, loc, slice.getSize().getType(),
                                       rewriter.getIndexTensorAttr(sizes)));
    }
    Operation *part = rewriter.clone(*op, mapping);
    part->getResult(0).setType(
        withDim(resultType, split->resultAxis, size * split->scale));
    parts.push_back(part->getResult(0));
  }
  Value result =
      tosa::ConcatOp::create(rewriter, loc, resultType, parts,
                             static_cast<uint32_t>(split->resultAxis));
  replaceAndClean(op, result);
  ++counts.opsPartitioned;
  return result;
}

Value SiteRewriter::partInit(Value init, int64_t dim, int64_t offset,
                             int64_t size) {
  auto type = cast<RankedTensorType>(init.getType());
  Location loc = init.getLoc();
  if (auto empty = init.getDefiningOp<tensor::EmptyOp>())
    return tensor::EmptyOp::create(rewriter, loc,
                                   withDim(type, dim, size).getShape(),
                                   type.getElementType());
  // An init computed for this op alone (a fill, a bias broadcast) is
  // computed for the part alone, so that parts do not share a buffer.
  auto producer = init.getDefiningOp<linalg::LinalgOp>();
  if (producer && init.hasOneUse() && producer->getNumResults() == 1 &&
      producer.getNumDpsInits() == 1 && producer.hasPureTensorSemantics()) {
    OpOperand *producerInit = producer.getDpsInitOperand(0);
    AffineMap map = producer.getMatchingIndexingMap(producerInit);
    if (auto loop = dyn_cast<AffineDimExpr>(map.getResult(dim))) {
      FailureOr<SmallVector<std::optional<int64_t>>> positions =
          getLoopPositions(producer, loop.getPosition());
      if (succeeded(positions)) {
        SmallVector<Value> operands;
        for (OpOperand &operand : producer->getOpOperands()) {
          std::optional<int64_t> position =
              (*positions)[operand.getOperandNumber()];
          if (&operand == producerInit)
            operands.push_back(
                partInit(operand.get(), *position, offset, size));
          else if (position)
            operands.push_back(sliceAlong(rewriter, loc, operand.get(),
                                          *position, offset, size));
          else
            operands.push_back(operand.get());
        }
        Type partType = operands[producerInit->getOperandNumber()].getType();
        return clone(rewriter, producer, TypeRange{partType}, operands)
            ->getResult(0);
      }
    }
  }
  return sliceAlong(rewriter, loc, init, dim, offset, size);
}

FailureOr<Value> SiteRewriter::partitionLinalg(linalg::LinalgOp op,
                                               const Concat &concat) {
  if (!op.hasPureTensorSemantics() || op->getNumResults() != 1 ||
      op.getNumDpsInits() != 1)
    return failure();
  // The loop that runs along the concatenation axis in every operand that
  // reads the concatenation.
  std::optional<unsigned> loop;
  for (OpOperand &operand : op->getOpOperands()) {
    if (operand.get() != concat.result)
      continue;
    if (op.isDpsInit(&operand) || concat.anyAxis)
      return failure();
    auto expr = dyn_cast<AffineDimExpr>(
        op.getMatchingIndexingMap(&operand).getResult(concat.axis));
    if (!expr || (loop && *loop != expr.getPosition()))
      return failure();
    loop = expr.getPosition();
  }
  if (!loop)
    return failure();
  FailureOr<SmallVector<std::optional<int64_t>>> positions =
      getLoopPositions(op, *loop);
  if (failed(positions))
    return failure();
  OpOperand *init = op.getDpsInitOperand(0);
  std::optional<int64_t> resultAxis = (*positions)[init->getOperandNumber()];
  if (!resultAxis)
    return failure();

  Location loc = op.getLoc();
  rewriter.setInsertionPoint(op);
  SmallVector<Value> parts;
  for (size_t i = 0, e = concat.numParts(); i < e; ++i) {
    int64_t offset = concat.offsets[i], size = concat.sizes[i];
    SmallVector<Value> operands;
    for (OpOperand &operand : op->getOpOperands()) {
      std::optional<int64_t> position =
          (*positions)[operand.getOperandNumber()];
      if (operand.get() == concat.result)
        operands.push_back(concat.part(i));
      else if (&operand == init)
        operands.push_back(partInit(operand.get(), *position, offset, size));
      else if (position)
        operands.push_back(
            sliceAlong(rewriter, loc, operand.get(), *position, offset, size));
      else
        operands.push_back(operand.get());
    }
    Type partType = operands[init->getOperandNumber()].getType();
    parts.push_back(
        clone(rewriter, op, TypeRange{partType}, operands)->getResult(0));
  }
  Value result =
      tensor::ConcatOp::create(rewriter, loc, *resultAxis, parts).getResult();
  replaceAndClean(op, result);
  ++counts.opsPartitioned;
  return result;
}

/// The low and high padding of `pad` (which must be constants) and its
/// padding value, if the value does not depend on the position.
bool rewrites::getStaticPadding(tensor::PadOp pad,
                                SmallVectorImpl<int64_t> &low,
                                SmallVectorImpl<int64_t> &high, Value &value) {
  value = pad.getConstantPaddingValue();
  for (OpFoldResult l : pad.getMixedLowPad()) {
    std::optional<int64_t> constant = getConstantIntValue(l);
    if (!constant)
      return false;
    low.push_back(*constant);
  }
  for (OpFoldResult h : pad.getMixedHighPad()) {
    std::optional<int64_t> constant = getConstantIntValue(h);
    if (!constant)
      return false;
    high.push_back(*constant);
  }
  return static_cast<bool>(value);
}

FailureOr<Value> SiteRewriter::partitionPad(tensor::PadOp pad,
                                            const Concat &concat) {
  SmallVector<int64_t> low, high;
  Value padValue;
  if (concat.anyAxis || !getStaticPadding(pad, low, high, padValue) ||
      low[concat.axis] != 0 || high[concat.axis] != 0)
    return failure();
  auto resultType = cast<RankedTensorType>(pad.getResultType());
  Location loc = pad.getLoc();
  rewriter.setInsertionPoint(pad);
  SmallVector<Value> parts;
  SmallVector<OpFoldResult> lowAttrs, highAttrs;
  for (auto [l, h] : llvm::zip(low, high)) {
    lowAttrs.push_back(rewriter.getIndexAttr(l));
    highAttrs.push_back(rewriter.getIndexAttr(h));
  }
  for (size_t i = 0, e = concat.numParts(); i < e; ++i)
    parts.push_back(tensor::PadOp::create(
        rewriter, loc, withDim(resultType, concat.axis, concat.sizes[i]),
        concat.part(i), lowAttrs, highAttrs, padValue, pad.getNofold()));
  Value result =
      tensor::ConcatOp::create(rewriter, loc, concat.axis, parts).getResult();
  replaceAndClean(pad, result);
  ++counts.opsPartitioned;
  return result;
}

FailureOr<Value>
SiteRewriter::partitionCollapse(tensor::CollapseShapeOp collapse,
                                const Concat &concat) {
  // The group of dims holding the axis is collapsed into one; the parts stay
  // contiguous blocks of it if the dims before the axis in the group are 1.
  auto sourceType = cast<RankedTensorType>(concat.result.getType());
  if (concat.anyAxis)
    return failure();
  int64_t resultAxis = -1, inner = 1;
  for (auto [index, group] :
       llvm::enumerate(collapse.getReassociationIndices())) {
    if (!llvm::is_contained(group, concat.axis))
      continue;
    resultAxis = index;
    for (int64_t d : group) {
      if (d < concat.axis && sourceType.getDimSize(d) != 1)
        return failure();
      if (d > concat.axis)
        inner *= sourceType.getDimSize(d);
    }
  }
  if (resultAxis < 0)
    return failure();
  auto resultType = cast<RankedTensorType>(collapse.getResultType());
  rewriter.setInsertionPoint(collapse);
  SmallVector<Value> parts;
  for (size_t i = 0, e = concat.numParts(); i < e; ++i)
    parts.push_back(tensor::CollapseShapeOp::create(
        rewriter, collapse.getLoc(),
        withDim(resultType, resultAxis, concat.sizes[i] * inner),
        concat.part(i), collapse.getReassociationIndices()));
  Value result =
      tensor::ConcatOp::create(rewriter, collapse.getLoc(), resultAxis, parts)
          .getResult();
  replaceAndClean(collapse, result);
  ++counts.opsPartitioned;
  return result;
}

//===----------------------------------------------------------------------===//
// Materializing concatenations
//===----------------------------------------------------------------------===//

bool SiteRewriter::materialize(const Concat &original) {
  // Producers that lower to one destination-style op can write into their
  // slice: lower them first (only for concatenation ops; an insert chain is
  // already lowered code).
  if (original.form != Concat::Form::InsertChain)
    for (size_t i = 0, e = original.numParts(); i < e; ++i) {
      Value part = original.part(i);
      Operation *producer = part.getDefiningOp();
      if (producer && part.hasOneUse() &&
          isa_and_present<tosa::TosaDialect>(producer->getDialect()) &&
          isLowerableProducer(producer) &&
          succeeded(lowering.lower(producer,
                                   dyn_cast_if_present<RewriterBase::Listener>(
                                       rewriter.getListener()))))
        changed = true;
    }
  std::optional<Concat> concat = matchConcat(original.result);
  if (!concat)
    return false;
  SmallVector<SmallVector<Operation *>> chains;
  for (size_t i = 0, e = concat->numParts(); i < e; ++i)
    chains.push_back(
        getRedirectableChain(concat->part(i), concat->ops.back()->getBlock()));
  if (concat->form == Concat::Form::InsertChain &&
      llvm::all_of(chains, [](auto &chain) { return chain.empty(); }))
    return false;

  Operation *anchor = concat->ops.back();
  Location loc = anchor->getLoc();
  auto type = cast<RankedTensorType>(concat->result.getType());
  rewriter.setInsertionPoint(anchor);
  // The destination is a part that is copied anyway, padded to the full
  // size: an allocation that waits for its data. A tensor.empty would be an
  // allocation without inputs, which the scheduler may place anywhere and
  // which makes the exact search much larger. Only when every part writes
  // into its slice does the destination start as a tensor.empty.
  Value dest;
  size_t base =
      llvm::find_if(chains, [](auto &chain) { return chain.empty(); }) -
      chains.begin();
  if (base < chains.size()) {
    Type element = type.getElementType();
    Value zero = arith::ConstantOp::create(rewriter, loc, element,
                                           rewriter.getZeroAttr(element));
    int64_t rank = type.getRank();
    SmallVector<OpFoldResult> low(rank, rewriter.getIndexAttr(0));
    SmallVector<OpFoldResult> high(rank, rewriter.getIndexAttr(0));
    low[concat->axis] = rewriter.getIndexAttr(concat->offsets[base]);
    high[concat->axis] =
        rewriter.getIndexAttr(type.getDimSize(concat->axis) -
                              concat->offsets[base] - concat->sizes[base]);
    dest = tensor::PadOp::create(rewriter, loc, type, concat->part(base), low,
                                 high, zero);
  } else {
    dest = tensor::EmptyOp::create(rewriter, loc, type.getShape(),
                                   type.getElementType());
  }
  for (size_t i = 0, e = concat->numParts(); i < e; ++i) {
    if (i == base)
      continue;
    SmallVector<OpFoldResult> offsets, sizes, strides;
    getSliceParams(rewriter, *concat, i, offsets, sizes, strides);
    Value part = concat->part(i);
    if (!chains[i].empty()) {
      Value slice = tensor::ExtractSliceOp::create(rewriter, loc, dest, offsets,
                                                   sizes, strides);
      for (Operation *op : llvm::drop_begin(chains[i]))
        rewriter.moveOpBefore(op, anchor);
      rewriter.replaceOp(chains[i].front(), slice);
      ++counts.producersRedirected;
    }
    dest = tensor::InsertSliceOp::create(rewriter, loc, part, dest, offsets,
                                         sizes, strides);
  }
  rewriter.replaceAllUsesWith(concat->result, dest);
  eraseConcat(*concat);
  ++counts.concatsMaterialized;
  changed = true;
  return true;
}

//===----------------------------------------------------------------------===//
// Driver
//===----------------------------------------------------------------------===//

void SiteRewriter::processUsers(const Concat &concat) {
  llvm::SetVector<Operation *> users(concat.result.getUsers().begin(),
                                     concat.result.getUsers().end());
  for (Operation *user : users) {
    if (erasedOps.contains(user))
      continue;
    if (hasKind(kinds, RewriteKind::Channel)) {
      if (auto conv = dyn_cast<tosa::Conv2DOp>(user))
        if (succeeded(partitionTosaConv(conv, concat)))
          continue;
      if (auto conv = dyn_cast<linalg::LinalgOp>(user))
        if (succeeded(partitionLinalgConv(conv, concat, nullptr)))
          continue;
    }
    if (hasKind(kinds, RewriteKind::Kernel)) {
      FailureOr<Value> next = failure();
      if (auto pad = dyn_cast<tensor::PadOp>(user))
        next = partitionPad(pad, concat);
      else if (auto collapse = dyn_cast<tensor::CollapseShapeOp>(user))
        next = partitionCollapse(collapse, concat);
      else if (auto linalgOp = dyn_cast<linalg::LinalgOp>(user))
        next = partitionLinalg(linalgOp, concat);
      else if (isa_and_present<tosa::TosaDialect>(user->getDialect()))
        next = partitionTosa(user, concat);
      if (succeeded(next)) {
        worklist.push_back(*next);
        continue;
      }
    }
    // Without kernel-wise partitioning, a padding between the concatenation
    // and the convolutions (linalg input) is split with them.
    // Partitioning the last convolution may erase the padding with it (the
    // clean-up of dead operands): look at it only if it is still there.
    if (hasKind(kinds, RewriteKind::Channel))
      if (auto pad = dyn_cast<tensor::PadOp>(user))
        if (succeeded(partitionPaddedConvs(pad, concat)) &&
            !erasedOps.contains(pad) && pad->use_empty())
          eraseAndClean(pad);
  }
}

bool SiteRewriter::run(Value root) {
  // Concatenations still used once their users are rewritten. Both lists
  // hold the defining ops, looked at only if they were not erased since (a
  // concatenation dies with the last of its users).
  SmallVector<Operation *> leftovers;
  SmallVector<Operation *> work = {root.getDefiningOp()};
  while (!work.empty()) {
    Operation *op = work.pop_back_val();
    if (erasedOps.contains(op))
      continue;
    std::optional<Concat> concat = matchConcat(op->getResult(0));
    if (!concat)
      continue;
    processUsers(*concat);
    for (Value next : worklist)
      work.push_back(next.getDefiningOp());
    worklist.clear();
    if (erasedOps.contains(op))
      continue;
    if (concat->result.use_empty()) {
      eraseConcat(*concat);
      changed = true;
    } else {
      leftovers.push_back(op);
    }
  }
  if (hasKind(kinds, RewriteKind::Concat))
    for (Operation *op : leftovers)
      if (!erasedOps.contains(op))
        if (std::optional<Concat> concat = matchConcat(op->getResult(0)))
          materialize(*concat);
  return changed;
}

bool serenity::rewriteSite(RewriterBase &rewriter, Value root,
                           RewriteKind kinds, const TosaLowering &lowering,
                           RewriteCounts &counts) {
  SiteRewriter site(rewriter, kinds, lowering, counts);
  OpBuilder::Listener *previous = rewriter.getListener();
  ErasureTracker tracker(previous, site.getErasedOps());
  rewriter.setListener(&tracker);
  bool changed = site.run(root);
  rewriter.setListener(previous);
  return changed;
}
