//===- PartitionSpatialRegion.cpp - Regions and receptive fields -*- C++
//-*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// Which TOSA ops can be computed one window of their result at a time, what
// window of each operand that needs, and the region of such ops that ends at
// a cut (docs/Spatial.md, "Regions" and "Receptive fields").
//
//===----------------------------------------------------------------------===//

#include "PartitionSpatial.h"

#include "serenity/Dialect/Serenity/IR/SerenityDialect.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace serenity;
using namespace serenity::spatial;

Window spatial::fullWindow(RankedTensorType type) {
  Window window;
  for (int64_t size : type.getShape())
    window.push_back({0, size});
  return window;
}

Window spatial::hull(const Window &a, const Window &b) {
  assert(a.size() == b.size() && "windows of different ranks");
  Window result;
  for (auto [x, y] : llvm::zip(a, b))
    result.push_back({std::min(x.lo, y.lo), std::max(x.hi, y.hi)});
  return result;
}

RankedTensorType spatial::windowType(RankedTensorType type,
                                     const Window &window) {
  SmallVector<int64_t> shape;
  for (const Interval &interval : window)
    shape.push_back(interval.size());
  return type.clone(shape);
}

static RankedTensorType getStaticType(Type type) {
  auto ranked = dyn_cast<RankedTensorType>(type);
  return ranked && ranked.hasStaticShape() ? ranked : nullptr;
}

static std::optional<SmallVector<int64_t>> getConstShape(Value value) {
  auto op = value.getDefiningOp<tosa::ConstShapeOp>();
  if (!op)
    return std::nullopt;
  return llvm::to_vector(op.getValues().getValues<int64_t>());
}

namespace {
/// The kinds of ops a region may hold, by how windows cross them.
enum class OpKind {
  /// Convolutions and pooling: a 2-d sliding window over dims 1 and 2 (NHWC).
  Window2D,
  /// tosa.pad: every dim shifted by its low padding.
  Pad,
  /// tosa.slice: every dim shifted by its start.
  Slice,
  /// tosa.concat: every operand read on the result's window, whole along the
  /// axis.
  Concat,
  /// tosa.transpose: dims permuted.
  Transpose,
  /// tosa.reduce_*: the reduced axis read whole.
  Reduce,
  /// Element by element, size-1 dims broadcast.
  Elementwise,
};

/// The geometry of a Window2D op: per spatial dim (height, width) the kernel
/// size, stride, dilation and low/high padding.
struct SlidingWindow {
  int64_t kernel[2], stride[2], dilation[2], padLow[2], padHigh[2];
};
} // namespace

static std::optional<OpKind> classify(Operation *op) {
  if (isa<tosa::Conv2DOp, tosa::DepthwiseConv2DOp, tosa::AvgPool2dOp,
          tosa::MaxPool2dOp>(op))
    return OpKind::Window2D;
  if (isa<tosa::PadOp>(op))
    return OpKind::Pad;
  if (isa<tosa::SliceOp>(op))
    return OpKind::Slice;
  if (isa<tosa::ConcatOp>(op))
    return OpKind::Concat;
  if (isa<tosa::TransposeOp>(op))
    return OpKind::Transpose;
  if (isa<tosa::ReduceSumOp, tosa::ReduceMaxOp, tosa::ReduceMinOp,
          tosa::ReduceProductOp, tosa::ReduceAllOp, tosa::ReduceAnyOp>(op))
    return OpKind::Reduce;
  if (op->hasTrait<OpTrait::tosa::TosaElementwiseOperator>() ||
      isa<tosa::MulOp, tosa::CastOp, tosa::RescaleOp, tosa::TableOp>(op))
    return OpKind::Elementwise;
  return std::nullopt;
}

/// Whether operand `index` of `op` (of kind `kind`) is read through a window;
/// the others (weights, biases, zero points, shapes, shifts, per-channel
/// factors of other ranks) are read whole by every tile.
static bool isWindowedOperand(Operation *op, OpKind kind, unsigned index) {
  switch (kind) {
  case OpKind::Concat:
    return true;
  case OpKind::Elementwise: {
    auto operandType =
        dyn_cast<RankedTensorType>(op->getOperand(index).getType());
    auto resultType = dyn_cast<RankedTensorType>(op->getResult(0).getType());
    if (!operandType || !resultType ||
        operandType.getRank() != resultType.getRank())
      return false;
    // Broadcast along both spatial dims of an NHWC result (a per-channel
    // vector, such as a squeeze-and-excitation scale): every tile reads all
    // of it, so it is computed once, outside the region.
    if (resultType.getRank() == 4 && operandType.getDimSize(1) == 1 &&
        operandType.getDimSize(2) == 1 &&
        (resultType.getDimSize(1) > 1 || resultType.getDimSize(2) > 1))
      return false;
    return true;
  }
  default:
    return index == 0;
  }
}

static bool isWindowedUse(OpOperand &use) {
  Operation *op = use.getOwner();
  std::optional<OpKind> kind = classify(op);
  return kind && isWindowedOperand(op, *kind, use.getOperandNumber());
}

static std::optional<SlidingWindow> getSlidingWindow(Operation *op) {
  SlidingWindow w;
  ArrayRef<int64_t> kernel, stride, dilation, pad;
  SmallVector<int64_t, 2> convKernel;
  if (auto conv = dyn_cast<tosa::Conv2DOp>(op)) {
    // Weights [OC, KH, KW, IC].
    RankedTensorType weight = getStaticType(conv.getWeight().getType());
    if (!weight || weight.getRank() != 4)
      return std::nullopt;
    convKernel = {weight.getDimSize(1), weight.getDimSize(2)};
    kernel = convKernel;
    stride = conv.getStride();
    dilation = conv.getDilation();
    pad = conv.getPad();
  } else if (auto conv = dyn_cast<tosa::DepthwiseConv2DOp>(op)) {
    // Weights [KH, KW, C, M].
    RankedTensorType weight = getStaticType(conv.getWeight().getType());
    if (!weight || weight.getRank() != 4)
      return std::nullopt;
    convKernel = {weight.getDimSize(0), weight.getDimSize(1)};
    kernel = convKernel;
    stride = conv.getStride();
    dilation = conv.getDilation();
    pad = conv.getPad();
  } else if (auto pool = dyn_cast<tosa::AvgPool2dOp>(op)) {
    kernel = pool.getKernel();
    stride = pool.getStride();
    pad = pool.getPad();
  } else if (auto pool = dyn_cast<tosa::MaxPool2dOp>(op)) {
    kernel = pool.getKernel();
    stride = pool.getStride();
    pad = pool.getPad();
  } else {
    return std::nullopt;
  }
  if (kernel.size() != 2 || stride.size() != 2 || pad.size() != 4 ||
      (!dilation.empty() && dilation.size() != 2))
    return std::nullopt;
  for (int d = 0; d < 2; ++d) {
    w.kernel[d] = kernel[d];
    w.stride[d] = stride[d];
    w.dilation[d] = dilation.empty() ? 1 : dilation[d];
    // TOSA pads are [top, bottom, left, right].
    w.padLow[d] = pad[2 * d];
    w.padHigh[d] = pad[2 * d + 1];
    if (w.kernel[d] < 1 || w.stride[d] < 1 || w.dilation[d] < 1 ||
        w.padLow[d] < 0 || w.padHigh[d] < 0)
      return std::nullopt;
  }
  return w;
}

bool spatial::isTileable(Operation *op, std::string &why) {
  std::optional<OpKind> kind = classify(op);
  if (!kind) {
    why = "'" + op->getName().getStringRef().str() +
          "' has no receptive field the pass can compute";
    return false;
  }
  if (op->getNumResults() != 1 || op->getNumRegions() != 0) {
    why = "'" + op->getName().getStringRef().str() +
          "' does not have exactly one result and no regions";
    return false;
  }
  RankedTensorType resultType = getStaticType(op->getResult(0).getType());
  if (!resultType || resultType.getRank() == 0) {
    why = "'" + op->getName().getStringRef().str() +
          "' does not have a static ranked tensor result";
    return false;
  }
  for (OpOperand &operand : op->getOpOperands()) {
    if (!isWindowedOperand(op, *kind, operand.getOperandNumber()))
      continue;
    if (!getStaticType(operand.get().getType())) {
      why = "'" + op->getName().getStringRef().str() +
            "' reads a tensor of dynamic shape";
      return false;
    }
  }
  switch (*kind) {
  case OpKind::Window2D:
    if (resultType.getRank() != 4 || !getSlidingWindow(op)) {
      why = "'" + op->getName().getStringRef().str() +
            "' is not a 2-d NHWC window with static geometry";
      return false;
    }
    return true;
  case OpKind::Pad: {
    auto pad = cast<tosa::PadOp>(op);
    std::optional<SmallVector<int64_t>> padding =
        getConstShape(pad.getPadding());
    if (!padding || padding->size() != 2 * size_t(resultType.getRank()) ||
        llvm::any_of(*padding, [](int64_t p) { return p < 0; })) {
      why = "'tosa.pad' has no constant non-negative padding";
      return false;
    }
    return true;
  }
  case OpKind::Slice: {
    auto slice = cast<tosa::SliceOp>(op);
    std::optional<SmallVector<int64_t>> start = getConstShape(slice.getStart());
    if (!start || start->size() != size_t(resultType.getRank())) {
      why = "'tosa.slice' has no constant start";
      return false;
    }
    return true;
  }
  case OpKind::Elementwise:
    for (OpOperand &operand : op->getOpOperands()) {
      if (!isWindowedOperand(op, *kind, operand.getOperandNumber()))
        continue;
      auto type = cast<RankedTensorType>(operand.get().getType());
      for (auto [have, want] :
           llvm::zip(type.getShape(), resultType.getShape()))
        if (have != want && have != 1) {
          why = "'" + op->getName().getStringRef().str() +
                "' broadcasts in a way the pass does not know";
          return false;
        }
    }
    return true;
  case OpKind::Concat:
  case OpKind::Transpose:
  case OpKind::Reduce:
    return true;
  }
  llvm_unreachable("unknown op kind");
}

/// Widens `window` (of `op`'s result) to what `op` can compute: convolutions
/// and pooling compute every batch and channel, a concatenation its whole
/// axis.
static void normalizeResultWindow(Operation *op, OpKind kind, Window &window) {
  auto type = cast<RankedTensorType>(op->getResult(0).getType());
  if (kind == OpKind::Window2D) {
    window[0] = {0, type.getDimSize(0)};
    window[3] = {0, type.getDimSize(3)};
  } else if (auto concat = dyn_cast<tosa::ConcatOp>(op)) {
    int64_t axis = concat.getAxis();
    window[axis] = {0, type.getDimSize(axis)};
  }
}

/// The part of [lo, hi) (unclipped input indices) inside [0, size), and the
/// padding that makes up for what is cut off. Fails if nothing is inside.
static LogicalResult clip(int64_t lo, int64_t hi, int64_t size,
                          Interval &inside, int64_t &padLow, int64_t &padHigh) {
  inside = {std::max<int64_t>(lo, 0), std::min(hi, size)};
  if (inside.hi <= inside.lo)
    return failure();
  padLow = inside.lo - lo;
  padHigh = hi - inside.hi;
  return success();
}

/// Multiply-accumulates of `op` computing `window` of its result.
static uint64_t countMacs(Operation *op, const Window &window) {
  uint64_t elements = 1;
  for (const Interval &interval : window)
    elements *= interval.size();
  return llvm::TypeSwitch<Operation *, uint64_t>(op)
      .Case([&](tosa::Conv2DOp conv) -> uint64_t {
        auto weight = getStaticType(conv.getWeight().getType());
        if (!weight)
          return 0;
        // Each output element: KH * KW * IC products.
        return elements * weight.getDimSize(1) * weight.getDimSize(2) *
               weight.getDimSize(3);
      })
      .Case([&](tosa::DepthwiseConv2DOp conv) -> uint64_t {
        auto weight = getStaticType(conv.getWeight().getType());
        if (!weight)
          return 0;
        return elements * weight.getDimSize(0) * weight.getDimSize(1);
      })
      .Case([&](tosa::Conv3DOp conv) -> uint64_t {
        // Weights [OC, KD, KH, KW, IC].
        auto weight = getStaticType(conv.getWeight().getType());
        if (!weight)
          return 0;
        return elements * weight.getDimSize(1) * weight.getDimSize(2) *
               weight.getDimSize(3) * weight.getDimSize(4);
      })
      .Case([&](tosa::TransposeConv2DOp conv) -> uint64_t {
        // Every input element is multiplied by OC * KH * KW weights.
        auto input = getStaticType(conv.getInput().getType());
        auto weight = getStaticType(conv.getWeight().getType());
        if (!input || !weight)
          return 0;
        return input.getNumElements() * weight.getDimSize(0) *
               weight.getDimSize(1) * weight.getDimSize(2);
      })
      .Case([&](tosa::MatMulOp matmul) -> uint64_t {
        // [N, H, C] x [N, C, W] -> [N, H, W]: C products per element.
        auto a = getStaticType(matmul.getA().getType());
        if (!a)
          return 0;
        return elements * a.getDimSize(2);
      })
      .Default([](Operation *) -> uint64_t { return 0; });
}

uint64_t spatial::countMacs(Operation *op) {
  if (op->getNumResults() != 1)
    return 0;
  RankedTensorType type = getStaticType(op->getResult(0).getType());
  if (!type)
    return 0;
  return ::countMacs(op, fullWindow(type));
}

/// Records the windows `op` reads to compute `window` of its result (and its
/// new padding) in `tile`.
static LogicalResult propagate(Operation *op, OpKind kind, const Window &window,
                               TileWindows &tile, std::string &why) {
  auto fail = [&](const Twine &reason) {
    why = reason.str();
    return failure();
  };
  auto inputType = [&](unsigned index) {
    return cast<RankedTensorType>(op->getOperand(index).getType());
  };
  switch (kind) {
  case OpKind::Window2D: {
    SlidingWindow w = *getSlidingWindow(op);
    RankedTensorType type = inputType(0);
    Window in = {window[0], {}, {}, {0, type.getDimSize(3)}};
    SmallVector<int64_t> pad(4);
    for (int d = 0; d < 2; ++d) {
      const Interval &out = window[d + 1];
      int64_t lo = out.lo * w.stride[d] - w.padLow[d];
      int64_t hi = (out.hi - 1) * w.stride[d] - w.padLow[d] +
                   (w.kernel[d] - 1) * w.dilation[d] + 1;
      if (failed(clip(lo, hi, type.getDimSize(d + 1), in[d + 1], pad[2 * d],
                      pad[2 * d + 1])))
        return fail("a tile of '" + op->getName().getStringRef() +
                    "' reads only padding");
    }
    tile.uses[&op->getOpOperand(0)] = in;
    tile.padding[op] = pad;
    return success();
  }
  case OpKind::Pad: {
    auto padOp = cast<tosa::PadOp>(op);
    SmallVector<int64_t> padding = *getConstShape(padOp.getPadding());
    RankedTensorType type = inputType(0);
    Window in(window.size());
    SmallVector<int64_t> newPadding(padding.size());
    for (size_t d = 0; d < window.size(); ++d)
      if (failed(clip(window[d].lo - padding[2 * d],
                      window[d].hi - padding[2 * d], type.getDimSize(d), in[d],
                      newPadding[2 * d], newPadding[2 * d + 1])))
        return fail("a tile of 'tosa.pad' lies entirely in the padding");
    tile.uses[&op->getOpOperand(0)] = in;
    tile.padding[op] = newPadding;
    return success();
  }
  case OpKind::Slice: {
    SmallVector<int64_t> start =
        *getConstShape(cast<tosa::SliceOp>(op).getStart());
    Window in;
    for (auto [interval, offset] : llvm::zip(window, start))
      in.push_back({interval.lo + offset, interval.hi + offset});
    tile.uses[&op->getOpOperand(0)] = in;
    return success();
  }
  case OpKind::Concat: {
    int64_t axis = cast<tosa::ConcatOp>(op).getAxis();
    for (OpOperand &operand : op->getOpOperands()) {
      Window in = window;
      in[axis] = {0, inputType(operand.getOperandNumber()).getDimSize(axis)};
      tile.uses[&operand] = in;
    }
    return success();
  }
  case OpKind::Transpose: {
    ArrayRef<int32_t> perms = cast<tosa::TransposeOp>(op).getPerms();
    Window in(window.size());
    for (auto [i, perm] : llvm::enumerate(perms))
      in[perm] = window[i];
    tile.uses[&op->getOpOperand(0)] = in;
    return success();
  }
  case OpKind::Reduce: {
    auto axisAttr = op->getAttrOfType<IntegerAttr>("axis");
    if (!axisAttr)
      return fail("a reduction without an axis");
    int64_t axis = axisAttr.getInt();
    Window in = window;
    in[axis] = {0, inputType(0).getDimSize(axis)};
    tile.uses[&op->getOpOperand(0)] = in;
    return success();
  }
  case OpKind::Elementwise: {
    for (OpOperand &operand : op->getOpOperands()) {
      if (!isWindowedOperand(op, kind, operand.getOperandNumber()))
        continue;
      RankedTensorType type = inputType(operand.getOperandNumber());
      Window in = window;
      for (size_t d = 0; d < in.size(); ++d)
        if (type.getDimSize(d) == 1)
          in[d] = {0, 1};
      tile.uses[&operand] = in;
    }
    return success();
  }
  }
  llvm_unreachable("unknown op kind");
}

/// Whether `op` computes a tile of a region partitioned before.
static bool isTileOp(Operation *op) {
  return op->hasAttr(SerenityDialect::getSpatialTileAttrName());
}

FailureOr<SpatialRegion> spatial::findRegion(Value output, std::string &why) {
  Operation *root = output.getDefiningOp();
  if (!root) {
    why = "the cut is a block argument";
    return failure();
  }
  if (isTileOp(root)) {
    why = "the cut is inside a tile of a partitioned region";
    return failure();
  }
  if (!isTileable(root, why))
    return failure();
  auto type = cast<RankedTensorType>(output.getType());
  if (type.getRank() != 4 || type.getDimSize(1) * type.getDimSize(2) < 2) {
    why = "the cut is not an NHWC tensor with more than one pixel";
    return failure();
  }
  Block *block = root->getBlock();

  // Backwards through windowed operands, over tileable ops of the block.
  llvm::DenseSet<Operation *> members = {root};
  SmallVector<Operation *> worklist = {root};
  while (!worklist.empty()) {
    Operation *op = worklist.pop_back_val();
    std::optional<OpKind> kind = classify(op);
    for (OpOperand &operand : op->getOpOperands()) {
      if (!isWindowedOperand(op, *kind, operand.getOperandNumber()))
        continue;
      Operation *def = operand.get().getDefiningOp();
      std::string ignored;
      if (!def || def->getBlock() != block || members.contains(def) ||
          isTileOp(def) || !isTileable(def, ignored))
        continue;
      members.insert(def);
      worklist.push_back(def);
    }
  }

  // Drop the ops whose results are needed other than through a windowed use
  // inside the region, until none is left: what stays can be recomputed per
  // tile without anything else seeing its intermediate values.
  for (bool changed = true; changed;) {
    changed = false;
    SmallVector<Operation *> escaping;
    for (Operation *op : members) {
      if (op == root)
        continue;
      for (OpOperand &use : op->getResult(0).getUses())
        if (!members.contains(use.getOwner()) || !isWindowedUse(use)) {
          escaping.push_back(op);
          break;
        }
    }
    for (Operation *op : escaping)
      members.erase(op);
    changed = !escaping.empty();
  }

  SpatialRegion region;
  region.output = output;
  region.ops.assign(members.begin(), members.end());
  llvm::sort(region.ops,
             [](Operation *a, Operation *b) { return a->isBeforeInBlock(b); });
  region.opSet.insert(region.ops.begin(), region.ops.end());
  llvm::SmallPtrSet<Value, 8> seen;
  for (Operation *op : region.ops)
    for (OpOperand &operand : op->getOpOperands())
      if (isWindowedUse(operand) && !region.defines(operand.get()) &&
          seen.insert(operand.get()).second)
        region.sources.push_back(operand.get());
  return region;
}

FailureOr<TileWindows> spatial::computeTileWindows(const SpatialRegion &region,
                                                   const Window &outputWindow,
                                                   std::string &why) {
  TileWindows tile;
  // Users come after their producers: in reverse block order, every use
  // inside the region has its window when its producer is reached.
  for (Operation *op : llvm::reverse(region.ops)) {
    Value result = op->getResult(0);
    std::optional<Window> window;
    if (result == region.output)
      window = outputWindow;
    for (OpOperand &use : result.getUses()) {
      auto it = tile.uses.find(&use);
      if (it == tile.uses.end())
        continue;
      window = window ? hull(*window, it->second) : it->second;
    }
    if (!window) {
      why = "internal error: a region op is not used inside the region";
      return failure();
    }
    OpKind kind = *classify(op);
    normalizeResultWindow(op, kind, *window);
    tile.values[result] = *window;
    if (failed(propagate(op, kind, *window, tile, why)))
      return failure();
    tile.macs += ::countMacs(op, *window);
  }
  return tile;
}

SmallVector<Window> spatial::gridWindows(RankedTensorType type, Grid grid) {
  auto split = [](int64_t size, int64_t parts) {
    SmallVector<Interval> intervals;
    int64_t base = size / parts, extra = size % parts, lo = 0;
    for (int64_t i = 0; i < parts; ++i) {
      int64_t hi = lo + base + (i < extra ? 1 : 0);
      intervals.push_back({lo, hi});
      lo = hi;
    }
    return intervals;
  };
  SmallVector<Window> windows;
  for (const Interval &rows : split(type.getDimSize(1), grid.rows))
    for (const Interval &cols : split(type.getDimSize(2), grid.cols)) {
      Window window = fullWindow(type);
      window[1] = rows;
      window[2] = cols;
      windows.push_back(window);
    }
  return windows;
}

FailureOr<RegionPlan> spatial::planRegion(const SpatialRegion &region,
                                          Grid grid, std::string &why) {
  auto type = cast<RankedTensorType>(region.output.getType());
  if (grid.rows < 1 || grid.cols < 1 || grid.rows > type.getDimSize(1) ||
      grid.cols > type.getDimSize(2)) {
    why = "a grid of " + std::to_string(grid.rows) + "x" +
          std::to_string(grid.cols) + " tiles does not fit a " +
          std::to_string(type.getDimSize(1)) + "x" +
          std::to_string(type.getDimSize(2)) + " output";
    return failure();
  }
  RegionPlan plan;
  plan.region = region;
  plan.grid = grid;
  plan.outputWindows = gridWindows(type, grid);
  for (Operation *op : region.ops)
    plan.macsBefore += countMacs(op);
  for (const Window &window : plan.outputWindows) {
    FailureOr<TileWindows> tile = computeTileWindows(region, window, why);
    if (failed(tile))
      return failure();
    plan.macsAfter += tile->macs;
    plan.tiles.push_back(std::move(*tile));
  }
  return plan;
}
