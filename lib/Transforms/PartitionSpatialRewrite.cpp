//===- PartitionSpatialRewrite.cpp - Clone a region per tile ----*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// The rewrite of docs/Spatial.md: each tile of a region's output is computed
// by a copy of the region's ops on the windows the tile needs (sliced from
// the sources, padded as the original only at the image border) and inserted
// into one destination.
//
//===----------------------------------------------------------------------===//

#include "PartitionSpatial.h"

#include "serenity/Dialect/Serenity/IR/SerenityDialect.h"

#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace serenity;
using namespace serenity::spatial;

/// Offsets, sizes and unit strides of `window` relative to `within`.
static void getSliceParams(OpBuilder &builder, const Window &window,
                           const Window &within,
                           SmallVectorImpl<OpFoldResult> &offsets,
                           SmallVectorImpl<OpFoldResult> &sizes,
                           SmallVectorImpl<OpFoldResult> &strides) {
  for (auto [part, whole] : llvm::zip(window, within)) {
    offsets.push_back(builder.getIndexAttr(part.lo - whole.lo));
    sizes.push_back(builder.getIndexAttr(part.size()));
    strides.push_back(builder.getIndexAttr(1));
  }
}

/// `value`, which holds `have` of its tensor, cut down to `want` (a view).
static Value sliceTo(OpBuilder &builder, Location loc, Value value,
                     const Window &have, const Window &want) {
  if (have == want)
    return value;
  SmallVector<OpFoldResult> offsets, sizes, strides;
  getSliceParams(builder, want, have, offsets, sizes, strides);
  return tensor::ExtractSliceOp::create(builder, loc, value, offsets, sizes,
                                        strides);
}

/// A copy of `op` reading `operands` and computing `window` of its result,
/// with the padding of `tile`.
static Value cloneForTile(OpBuilder &builder, Operation *op,
                          SmallVectorImpl<Value> &operands,
                          const Window &window, const TileWindows &tile,
                          int64_t index) {
  Location loc = op->getLoc();
  auto padding = tile.padding.find(op);
  if (auto pad = dyn_cast<tosa::PadOp>(op))
    operands[1] =
        tosa::ConstShapeOp::create(builder, loc, pad.getPadding().getType(),
                                   builder.getIndexTensorAttr(padding->second));
  Operation *clone = builder.clone(*op);
  clone->setOperands(operands);
  Value result = clone->getResult(0);
  result.setType(windowType(cast<RankedTensorType>(result.getType()), window));
  // The tile's sizes are the model's (docs/MemoryModel.md); a hand-written
  // size of the whole op does not apply to a tile.
  clone->removeAttr(SerenityDialect::getBytesAttrName());
  clone->removeAttr(SerenityDialect::getSpatialCutAttrName());
  clone->setAttr(SerenityDialect::getSpatialTileAttrName(),
                 builder.getI64IntegerAttr(index));
  if (padding != tile.padding.end())
    llvm::TypeSwitch<Operation *>(clone)
        .Case<tosa::Conv2DOp, tosa::DepthwiseConv2DOp, tosa::AvgPool2dOp,
              tosa::MaxPool2dOp>(
            [&](auto windowOp) { windowOp.setPad(padding->second); });
  return result;
}

Value spatial::partitionRegion(OpBuilder &builder, const RegionPlan &plan) {
  const SpatialRegion &region = plan.region;
  Operation *root = region.output.getDefiningOp();
  Location loc = root->getLoc();
  builder.setInsertionPoint(root);
  auto type = cast<RankedTensorType>(region.output.getType());
  Window whole = fullWindow(type);
  Value dest = tensor::EmptyOp::create(builder, loc, type.getShape(),
                                       type.getElementType());
  for (auto [index, outputWindow, tile] :
       llvm::enumerate(plan.outputWindows, plan.tiles)) {
    // The tile's value of every region result, holding tile.values[result].
    DenseMap<Value, Value> tileValues;
    for (Operation *op : region.ops) {
      SmallVector<Value> operands(op->getOperands());
      for (OpOperand &use : op->getOpOperands()) {
        auto want = tile.uses.find(&use);
        if (want == tile.uses.end())
          continue;
        Value value = use.get();
        if (region.defines(value)) {
          operands[use.getOperandNumber()] =
              sliceTo(builder, op->getLoc(), tileValues.lookup(value),
                      tile.values.lookup(value), want->second);
        } else {
          auto sourceType = cast<RankedTensorType>(value.getType());
          operands[use.getOperandNumber()] =
              sliceTo(builder, op->getLoc(), value, fullWindow(sourceType),
                      want->second);
        }
      }
      Value result = op->getResult(0);
      const Window &window = tile.values.find(result)->second;
      // A slice reads exactly its result's window: the view is the result.
      if (isa<tosa::SliceOp>(op))
        tileValues[result] = operands[0];
      else
        tileValues[result] =
            cloneForTile(builder, op, operands, window, tile, index);
    }
    // The output op may compute more than the tile (a concatenation along
    // a tiled dim computes its whole axis).
    Value result = sliceTo(builder, loc, tileValues.lookup(region.output),
                           tile.values.lookup(region.output), outputWindow);
    SmallVector<OpFoldResult> offsets, sizes, strides;
    getSliceParams(builder, outputWindow, whole, offsets, sizes, strides);
    dest = tensor::InsertSliceOp::create(builder, loc, result, dest, offsets,
                                         sizes, strides);
  }
  Value output = region.output;
  output.replaceAllUsesWith(dest);
  for (Operation *op : llvm::reverse(region.ops))
    op->erase();
  return dest;
}
