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
// Types and slices
//===----------------------------------------------------------------------===//

static RankedTensorType getStaticType(Type type) {
  auto ranked = dyn_cast<RankedTensorType>(type);
  return ranked && ranked.hasStaticShape() ? ranked : nullptr;
}

static RankedTensorType withDim(RankedTensorType type, int64_t dim,
                                int64_t size) {
  SmallVector<int64_t> shape(type.getShape());
  shape[dim] = size;
  return type.clone(shape);
}

/// The elements of `dense` in [offset, offset + size) along `dim`, or null if
/// the element type is neither integer nor float.
static DenseElementsAttr sliceConstant(DenseElementsAttr dense,
                                       RankedTensorType sliceType, int64_t dim,
                                       int64_t offset) {
  if (dense.isSplat())
    return dense.resizeSplat(sliceType);
  ArrayRef<int64_t> shape = dense.getType().getShape();
  int64_t outer = 1, inner = 1;
  for (int64_t d = 0; d < dim; ++d)
    outer *= shape[d];
  for (int64_t d = dim + 1, e = shape.size(); d < e; ++d)
    inner *= shape[d];
  int64_t size = sliceType.getDimSize(dim);
  auto gather = [&](auto values, auto &out) {
    out.reserve(outer * size * inner);
    for (int64_t o = 0; o < outer; ++o)
      for (int64_t k = 0; k < size; ++k) {
        int64_t base = (o * shape[dim] + offset + k) * inner;
        for (int64_t i = 0; i < inner; ++i)
          out.push_back(values[base + i]);
      }
  };
  Type element = dense.getElementType();
  if (isa<FloatType>(element)) {
    SmallVector<APFloat> out;
    gather(dense.getValues<APFloat>(), out);
    return DenseElementsAttr::get(sliceType, out);
  }
  if (isa<IntegerType>(element)) {
    SmallVector<APInt> out;
    gather(dense.getValues<APInt>(), out);
    return DenseElementsAttr::get(sliceType, out);
  }
  return nullptr;
}

/// `value` restricted to [offset, offset + size) along `dim`: a new constant
/// when `value` is a dense constant (weights stay constants, which take no
/// activation memory), otherwise a tensor.extract_slice, a view that
/// bufferizes to a memref.subview.
static Value sliceAlong(OpBuilder &builder, Location loc, Value value,
                        int64_t dim, int64_t offset, int64_t size) {
  auto type = cast<RankedTensorType>(value.getType());
  if (offset == 0 && size == type.getDimSize(dim))
    return value;
  RankedTensorType sliceType = withDim(type, dim, size);
  DenseElementsAttr dense;
  if (matchPattern(value, m_Constant(&dense)))
    if (DenseElementsAttr sliced =
            sliceConstant(dense, sliceType, dim, offset)) {
      if (value.getDefiningOp<tosa::ConstOp>())
        return tosa::ConstOp::create(builder, loc, sliceType, sliced);
      return arith::ConstantOp::create(builder, loc, sliceType, sliced);
    }
  int64_t rank = type.getRank();
  SmallVector<OpFoldResult> offsets(rank, builder.getIndexAttr(0));
  SmallVector<OpFoldResult> strides(rank, builder.getIndexAttr(1));
  SmallVector<OpFoldResult> sizes;
  for (int64_t d = 0; d < rank; ++d)
    sizes.push_back(builder.getIndexAttr(sliceType.getDimSize(d)));
  offsets[dim] = builder.getIndexAttr(offset);
  return tensor::ExtractSliceOp::create(builder, loc, sliceType, value, offsets,
                                        sizes, strides);
}

/// Offsets, sizes and unit strides of part `i` of `concat` in its result.
static void getSliceParams(OpBuilder &builder, const Concat &concat, size_t i,
                           SmallVectorImpl<OpFoldResult> &offsets,
                           SmallVectorImpl<OpFoldResult> &sizes,
                           SmallVectorImpl<OpFoldResult> &strides) {
  auto type = cast<RankedTensorType>(concat.result.getType());
  for (int64_t d = 0, e = type.getRank(); d < e; ++d) {
    bool axis = d == concat.axis;
    offsets.push_back(builder.getIndexAttr(axis ? concat.offsets[i] : 0));
    sizes.push_back(
        builder.getIndexAttr(axis ? concat.sizes[i] : type.getDimSize(d)));
    strides.push_back(builder.getIndexAttr(1));
  }
}

//===----------------------------------------------------------------------===//
// Matching concatenations
//===----------------------------------------------------------------------===//

/// Fills `concat` from operands concatenated along `axis` in operand order.
static bool matchOperands(Concat &concat, RankedTensorType type,
                          MutableArrayRef<OpOperand> operands, int64_t axis) {
  if (operands.empty() || axis < 0 || axis >= type.getRank())
    return false;
  int64_t offset = 0;
  for (OpOperand &operand : operands) {
    RankedTensorType partType = getStaticType(operand.get().getType());
    if (!partType || partType.getRank() != type.getRank())
      return false;
    concat.partUses.push_back(&operand);
    concat.offsets.push_back(offset);
    concat.sizes.push_back(partType.getDimSize(axis));
    offset += partType.getDimSize(axis);
  }
  concat.axis = axis;
  concat.anyAxis = operands.size() == 1;
  return offset == type.getDimSize(axis);
}

/// A chain of tensor.insert_slice ops ending in `value` that tiles a
/// single-use tensor.empty along one axis, each intermediate value used only
/// by the next insert.
static bool matchInsertChain(Concat &concat, RankedTensorType type,
                             Value value) {
  SmallVector<tensor::InsertSliceOp> chain;
  Value dest = value;
  while (auto insert = dest.getDefiningOp<tensor::InsertSliceOp>()) {
    if (dest != value && !dest.hasOneUse())
      return false;
    chain.push_back(insert);
    dest = insert.getDest();
  }
  auto empty = dest.getDefiningOp<tensor::EmptyOp>();
  if (chain.empty() || !empty || !dest.hasOneUse() || dest.getType() != type)
    return false;

  struct Piece {
    int64_t offset, size;
    OpOperand *use;
  };
  SmallVector<Piece> pieces;
  std::optional<int64_t> axis;
  for (tensor::InsertSliceOp insert : chain) {
    if (insert.getSourceType().getRank() != type.getRank() ||
        !insert.getOffsets().empty() || !insert.getSizes().empty() ||
        !insert.getStrides().empty() || !insert.hasUnitStride())
      return false;
    ArrayRef<int64_t> offsets = insert.getStaticOffsets();
    ArrayRef<int64_t> sizes = insert.getStaticSizes();
    for (int64_t d = 0, e = type.getRank(); d < e; ++d) {
      if (sizes[d] == type.getDimSize(d)) {
        if (offsets[d] != 0)
          return false;
        continue;
      }
      if (axis && *axis != d)
        return false;
      axis = d;
    }
    pieces.push_back({0, 0, &insert.getSourceMutable()});
  }
  concat.anyAxis = !axis;
  concat.axis = axis.value_or(type.getRank() - 1);
  for (auto [piece, insert] : llvm::zip(pieces, chain)) {
    piece.offset = insert.getStaticOffsets()[concat.axis];
    piece.size = insert.getStaticSizes()[concat.axis];
  }
  llvm::stable_sort(pieces, [](const Piece &a, const Piece &b) {
    return a.offset < b.offset;
  });
  int64_t end = 0;
  for (const Piece &piece : pieces) {
    if (piece.offset != end)
      return false;
    end += piece.size;
    concat.partUses.push_back(piece.use);
    concat.offsets.push_back(piece.offset);
    concat.sizes.push_back(piece.size);
  }
  if (end != type.getDimSize(concat.axis))
    return false;
  concat.ops.push_back(empty);
  for (tensor::InsertSliceOp insert : llvm::reverse(chain))
    concat.ops.push_back(insert);
  return true;
}

std::optional<Concat> serenity::matchConcat(Value value) {
  RankedTensorType type = getStaticType(value.getType());
  Operation *def = value.getDefiningOp();
  if (!type || !def)
    return std::nullopt;
  Concat concat;
  concat.result = value;
  if (auto op = dyn_cast<tosa::ConcatOp>(def)) {
    concat.form = Concat::Form::Tosa;
    concat.ops.push_back(op);
    if (!matchOperands(concat, type, op->getOpOperands(), op.getAxis()))
      return std::nullopt;
    return concat;
  }
  if (auto op = dyn_cast<tensor::ConcatOp>(def)) {
    concat.form = Concat::Form::Tensor;
    concat.ops.push_back(op);
    if (!matchOperands(concat, type, op->getOpOperands(), op.getDim()))
      return std::nullopt;
    return concat;
  }
  if (isa<tensor::InsertSliceOp>(def)) {
    concat.form = Concat::Form::InsertChain;
    if (!matchInsertChain(concat, type, value))
      return std::nullopt;
    return concat;
  }
  return std::nullopt;
}

SmallVector<Value> serenity::findConcats(Block &block) {
  SmallVector<Value> result;
  for (Operation &op : block) {
    if (!isa<tosa::ConcatOp, tensor::ConcatOp, tensor::InsertSliceOp>(op))
      continue;
    Value value = op.getResult(0);
    // Only the end of an insert chain is a concatenation of its own.
    if (isa<tensor::InsertSliceOp>(op) &&
        llvm::any_of(value.getUses(), [](OpOperand &use) {
          auto next = dyn_cast<tensor::InsertSliceOp>(use.getOwner());
          return next && use.get() == next.getDest();
        }))
      continue;
    if (matchConcat(value))
      result.push_back(value);
  }
  return result;
}

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

class SiteRewriter {
public:
  SiteRewriter(RewriterBase &rewriter, RewriteKind kinds,
               const TosaLowering &lowering, RewriteCounts &counts)
      : rewriter(rewriter), kinds(kinds), lowering(lowering), counts(counts) {}

  bool run(Value root);
  llvm::DenseSet<Operation *> &getErasedOps() { return erasedOps; }

private:
  void processUsers(const Concat &concat);
  FailureOr<Value> partitionTosa(Operation *op, const Concat &concat);
  FailureOr<Value> partitionLinalg(linalg::LinalgOp op, const Concat &concat);
  FailureOr<Value> partitionPad(tensor::PadOp pad, const Concat &concat);
  FailureOr<Value> partitionCollapse(tensor::CollapseShapeOp collapse,
                                     const Concat &concat);
  Value partInit(Value init, int64_t dim, int64_t offset, int64_t size);
  LogicalResult partitionTosaConv(tosa::Conv2DOp conv, const Concat &concat);
  LogicalResult partitionLinalgConv(linalg::LinalgOp conv, const Concat &concat,
                                    tensor::PadOp pad);
  LogicalResult partitionPaddedConvs(tensor::PadOp pad, const Concat &concat);
  bool materialize(const Concat &concat);
  void replaceAndClean(Operation *op, Value replacement);
  void eraseAndClean(Operation *op);
  void eraseDeadOps(ArrayRef<Operation *> seeds);
  void eraseConcat(const Concat &concat);

  RewriterBase &rewriter;
  RewriteKind kinds;
  const TosaLowering &lowering;
  RewriteCounts &counts;
  bool changed = false;
  SmallVector<Value> worklist;
  /// Ops this rewriter erased: users and concatenations remembered earlier
  /// are skipped when they are among them.
  llvm::DenseSet<Operation *> erasedOps;
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
static bool getStaticPadding(tensor::PadOp pad, SmallVectorImpl<int64_t> &low,
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
// Channel-wise partitioning
//===----------------------------------------------------------------------===//

LogicalResult SiteRewriter::partitionTosaConv(tosa::Conv2DOp conv,
                                              const Concat &concat) {
  if (conv.getInput() != concat.result || conv.getWeight() == concat.result ||
      conv.getBias() == concat.result || !concat.hasAxis(3))
    return failure();
  auto inputType = cast<RankedTensorType>(concat.result.getType());
  RankedTensorType weightType = getStaticType(conv.getWeight().getType());
  RankedTensorType biasType = getStaticType(conv.getBias().getType());
  RankedTensorType resultType = getStaticType(conv.getType());
  Type element = inputType.getElementType();
  // Floating point only, accumulated in the result type: the partial sums
  // are then rounded like the full sum, up to the order of the additions.
  if (!weightType || !biasType || !resultType || !isa<FloatType>(element) ||
      weightType.getElementType() != element ||
      resultType.getElementType() != element ||
      biasType.getElementType() != element || conv.getAccType() != element)
    return failure();
  FailureOr<int64_t> inputZp = conv.getInputZeroPoint();
  FailureOr<int64_t> weightZp = conv.getWeightZeroPoint();
  if (failed(inputZp) || failed(weightZp) || *inputZp != 0 || *weightZp != 0)
    return failure();
  int64_t outChannels = resultType.getDimSize(3);
  if (biasType.getDimSize(0) != outChannels && biasType.getDimSize(0) != 1)
    return failure();

  Location loc = conv.getLoc();
  rewriter.setInsertionPoint(conv);
  // The first partial convolution makes the destination: a tosa.conv2d of
  // the first part with its weights and the bias, which tosa-to-linalg-named
  // lowers to tensor.empty, a broadcast of the bias and a linalg convolution
  // into it. Emitting that lowering here would give the graph a tensor.empty
  // without inputs, an allocation the scheduler may place anywhere, which
  // makes the exact search much larger for the same optimum.
  Value acc = tosa::Conv2DOp::create(
      rewriter, loc, resultType, concat.part(0),
      sliceAlong(rewriter, loc, conv.getWeight(), /*dim=*/3, concat.offsets[0],
                 concat.sizes[0]),
      conv.getBias(), conv.getInputZp(), conv.getWeightZp(), conv.getPadAttr(),
      conv.getStrideAttr(), conv.getDilationAttr(), conv.getAccTypeAttr(),
      conv.getLocalBoundAttr());

  ArrayRef<int64_t> pad = conv.getPad(); // top, bottom, left, right
  bool padded = llvm::any_of(pad, [](int64_t p) { return p != 0; });
  Value zero;
  if (padded)
    zero = arith::ConstantOp::create(rewriter, loc, element,
                                     rewriter.getZeroAttr(element));
  Attribute strides = rewriter.getI64TensorAttr(conv.getStride());
  Attribute dilations = rewriter.getI64TensorAttr(conv.getDilation());
  for (size_t i = 1, e = concat.numParts(); i < e; ++i) {
    int64_t offset = concat.offsets[i], size = concat.sizes[i];
    Value input = concat.part(i);
    if (padded) {
      auto partType = cast<RankedTensorType>(input.getType());
      RankedTensorType paddedType = RankedTensorType::get(
          {partType.getDimSize(0), partType.getDimSize(1) + pad[0] + pad[1],
           partType.getDimSize(2) + pad[2] + pad[3], partType.getDimSize(3)},
          element);
      SmallVector<OpFoldResult> low = {
          rewriter.getIndexAttr(0), rewriter.getIndexAttr(pad[0]),
          rewriter.getIndexAttr(pad[2]), rewriter.getIndexAttr(0)};
      SmallVector<OpFoldResult> high = {
          rewriter.getIndexAttr(0), rewriter.getIndexAttr(pad[1]),
          rewriter.getIndexAttr(pad[3]), rewriter.getIndexAttr(0)};
      input = tensor::PadOp::create(rewriter, loc, paddedType, input, low, high,
                                    zero);
    }
    Value weight =
        sliceAlong(rewriter, loc, conv.getWeight(), /*dim=*/3, offset, size);
    acc = linalg::Conv2DNhwcFhwcOp::create(rewriter, loc, TypeRange{resultType},
                                           ValueRange{input, weight},
                                           ValueRange{acc}, strides, dilations)
              ->getResult(0);
  }
  replaceAndClean(conv, acc);
  ++counts.convsPartitioned;
  return success();
}

LogicalResult SiteRewriter::partitionLinalgConv(linalg::LinalgOp conv,
                                                const Concat &concat,
                                                tensor::PadOp pad) {
  // Filter layouts: [F, KH, KW, C] and [KH, KW, C, F].
  int64_t weightDim;
  if (isa<linalg::Conv2DNhwcFhwcOp>(conv))
    weightDim = 3;
  else if (isa<linalg::Conv2DNhwcHwcfOp>(conv))
    weightDim = 2;
  else
    return failure();
  if (!conv.hasPureTensorSemantics() || !concat.hasAxis(3))
    return failure();
  Value input = conv.getDpsInputOperand(0)->get();
  Value weight = conv.getDpsInputOperand(1)->get();
  Value init = conv.getDpsInitOperand(0)->get();
  Value expected = pad ? pad.getResult() : concat.result;
  if (input != expected || weight == expected || init == expected)
    return failure();
  Type element = cast<RankedTensorType>(input.getType()).getElementType();
  if (!isa<FloatType>(element) ||
      cast<RankedTensorType>(weight.getType()).getElementType() != element ||
      cast<RankedTensorType>(init.getType()).getElementType() != element)
    return failure();
  SmallVector<int64_t> low, high;
  Value padValue;
  if (pad && (!getStaticPadding(pad, low, high, padValue) || low[3] != 0 ||
              high[3] != 0))
    return failure();

  Location loc = conv.getLoc();
  rewriter.setInsertionPoint(conv);
  Value acc = init;
  for (size_t i = 0, e = concat.numParts(); i < e; ++i) {
    int64_t offset = concat.offsets[i], size = concat.sizes[i];
    Value part = concat.part(i);
    if (pad) {
      SmallVector<OpFoldResult> lowAttrs, highAttrs;
      for (auto [l, h] : llvm::zip(low, high)) {
        lowAttrs.push_back(rewriter.getIndexAttr(l));
        highAttrs.push_back(rewriter.getIndexAttr(h));
      }
      part = tensor::PadOp::create(
          rewriter, loc, withDim(pad.getResultType(), 3, size), part, lowAttrs,
          highAttrs, padValue, pad.getNofold());
    }
    Value slice = sliceAlong(rewriter, loc, weight, weightDim, offset, size);
    acc = clone(rewriter, conv, TypeRange{init.getType()},
                ValueRange{part, slice, acc})
              ->getResult(0);
  }
  replaceAndClean(conv, acc);
  ++counts.convsPartitioned;
  return success();
}

LogicalResult SiteRewriter::partitionPaddedConvs(tensor::PadOp pad,
                                                 const Concat &concat) {
  bool any = false;
  for (Operation *user : llvm::make_early_inc_range(pad->getUsers()))
    if (auto conv = dyn_cast<linalg::LinalgOp>(user))
      any |= succeeded(partitionLinalgConv(conv, concat, pad));
  return success(any);
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
    if (hasKind(kinds, RewriteKind::Channel))
      if (auto pad = dyn_cast<tensor::PadOp>(user))
        if (succeeded(partitionPaddedConvs(pad, concat)) && pad->use_empty())
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
