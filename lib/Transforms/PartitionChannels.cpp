//===- PartitionChannels.cpp - Channel-wise partitioning --------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// A convolution of a concatenation along its input channels becomes a sum
// of convolutions of the parts with the matching slices of the weights
// (docs/Rewriting.md, "Channel-wise partitioning").
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
