//===- ConvPoolOps.cpp - convolution and pooling converters -----*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Conv (grouped, depthwise, dilated), ConvTranspose and the 2-D pools, all
/// producing NHWC values. TOSA wants exact window arithmetic, so ONNX's
/// floor/ceil output sizes are met by adjusting or cropping the padding.
///
//===----------------------------------------------------------------------===//

#include "Converters.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "llvm/ADT/STLExtras.h"

#include <cmath>

using namespace mlir;
using namespace serenity;
using namespace serenity::onnx_import;

//===----------------------------------------------------------------------===//
// Convolutions and pooling
//===----------------------------------------------------------------------===//

namespace {
/// Spatial window parameters of a 2-D conv or pool, in TOSA order.
struct Window {
  SmallVector<int64_t, 2> kernel, stride{1, 1}, dilation{1, 1};
  /// [top, bottom, left, right].
  SmallVector<int64_t, 4> pad{0, 0, 0, 0};
};
} // namespace

/// Reads kernel/stride/dilation/pads/auto_pad. `kernel` comes from the
/// weights for convs and from kernel_shape for pools.
static LogicalResult readWindow(NodeView &node, ArrayRef<int64_t> inHW,
                                ArrayRef<int64_t> kernel, Window &w) {
  w.kernel.assign(kernel.begin(), kernel.end());
  if (auto s = node.getInts("strides")) {
    if (s->size() != 2)
      return node.emitError() << "expected 2 strides";
    w.stride.assign(s->begin(), s->end());
  }
  if (auto d = node.getInts("dilations")) {
    if (d->size() != 2)
      return node.emitError() << "expected 2 dilations";
    w.dilation.assign(d->begin(), d->end());
  }
  std::string autoPad = node.getString("auto_pad", "NOTSET");
  if (autoPad == "NOTSET") {
    if (auto p = node.getInts("pads")) {
      if (p->size() != 4)
        return node.emitError() << "expected 4 pads";
      // ONNX: [h_begin, w_begin, h_end, w_end].
      w.pad = {(*p)[0], (*p)[2], (*p)[1], (*p)[3]};
    }
  } else if (autoPad == "VALID") {
    w.pad = {0, 0, 0, 0};
  } else if (autoPad == "SAME_UPPER" || autoPad == "SAME_LOWER") {
    for (int i = 0; i < 2; ++i) {
      int64_t out = (inHW[i] + w.stride[i] - 1) / w.stride[i];
      int64_t total = std::max<int64_t>(
          0, (out - 1) * w.stride[i] + (w.kernel[i] - 1) * w.dilation[i] + 1 -
                 inHW[i]);
      int64_t small = total / 2, large = total - total / 2;
      w.pad[2 * i] = autoPad == "SAME_UPPER" ? small : large;
      w.pad[2 * i + 1] = autoPad == "SAME_UPPER" ? large : small;
    }
  } else {
    return node.emitError() << "unsupported auto_pad '" << autoPad << "'";
  }
  for (int64_t p : w.pad)
    if (p < 0)
      return node.emitError() << "negative pads are not supported";
  return success();
}

/// TOSA requires the window arithmetic to be exact:
/// IH - 1 + pad_top + pad_bottom - (KH - 1) * dilation == (OH - 1) * stride.
/// ONNX floors (or ceils), so adjust the bottom/right pad to the output size
/// ONNX computed, and crop input rows no window reads when the pad alone
/// cannot absorb the difference. Returns the input (possibly sliced, NHWC).
static Value fitWindow(Importer &imp, Location loc, Value input, Window &w,
                       ArrayRef<int64_t> outHW) {
  auto type = cast<RankedTensorType>(input.getType());
  SmallVector<int64_t> size(type.getShape());
  bool crop = false;
  for (int i = 0; i < 2; ++i) {
    int64_t in = size[1 + i];
    int64_t span =
        (outHW[i] - 1) * w.stride[i] + (w.kernel[i] - 1) * w.dilation[i] + 1;
    int64_t end = span - in - w.pad[2 * i];
    if (end >= 0) {
      w.pad[2 * i + 1] = end;
    } else {
      w.pad[2 * i + 1] = 0;
      size[1 + i] = in + end;
      crop = true;
    }
  }
  if (!crop)
    return input;
  return tosa::SliceOp::create(imp.builder, loc, withShape(type, size), input,
                               imp.constShape(loc, {0, 0, 0, 0}),
                               imp.constShape(loc, size));
}

/// Weight `w` (ONNX OIHW, constant or not) permuted by `perm` and reshaped.
static Value weightValue(Importer &imp, TensorValue &w, ArrayRef<int64_t> shape,
                         ArrayRef<int32_t> perm, Location loc) {
  if (w.constant)
    return imp.materialize(
        *transposeHost(*reshapeHost(*w.constant, shape), perm), loc);
  Value v = imp.reshape(loc, imp.getLogical(w, loc), shape);
  return imp.transpose(loc, v, perm);
}

/// Bias operand: the given bias or zeros of length `n`.
static Value biasValue(Importer &imp, TensorValue *bias, int64_t n,
                       Location loc) {
  if (bias)
    return imp.getLogical(*bias, loc);
  return imp.materialize(
      *makeFloats({n}, std::vector<float>(n, 0.0f), imp.builder.getF32Type()),
      loc);
}

static LogicalResult convertConv(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> xIn = imp.getInput(node, 0);
  FailureOr<TensorValue *> wIn = imp.getInput(node, 1);
  if (failed(xIn) || failed(wIn))
    return failure();
  TensorValue &x = **xIn, &w = **wIn;
  TensorValue *bias = imp.getOptionalInput(node, 2);
  if (x.type.getRank() != 4 || w.type.getRank() != 4)
    return node.emitError() << "only 2-D convolutions (rank-4 tensors) are "
                               "supported, got input "
                            << x.type;
  if (!x.type.getElementType().isF32())
    return node.emitError() << "only f32 convolutions are supported";
  FailureOr<RankedTensorType> outType = imp.getOutputType(node, 0);
  if (failed(outType))
    return failure();
  Location loc = node.loc;
  OpBuilder &b = imp.builder;
  ArrayRef<int64_t> ws = w.type.getShape();
  int64_t group = node.getInt("group", 1);
  int64_t cin = x.type.getDimSize(1), cout = ws[0];
  if (group <= 0 || cin % group || cout % group || ws[1] * group != cin)
    return node.emitError()
           << "inconsistent group=" << group << " for input channels " << cin
           << " and weight shape " << w.type;
  Window win;
  if (failed(readWindow(node, x.type.getShape().drop_front(2), ws.drop_front(2),
                        win)))
    return failure();
  ArrayRef<int64_t> outHW = outType->getShape().drop_front(2);
  Value input = fitWindow(imp, loc, imp.getNHWC(x, loc), win, outHW);
  RankedTensorType resultType = Importer::physicalType(*outType, true);
  Value zp = imp.zeroPoint(loc, b.getF32Type());
  Type acc = b.getF32Type();
  Value biasV = biasValue(imp, bias, cout, loc);

  Value result;
  if (group == 1) {
    Value weight = weightValue(imp, w, ws, kToNHWC, loc);
    result =
        tosa::Conv2DOp::create(b, loc, resultType, input, weight, biasV, zp, zp,
                               win.pad, win.stride, win.dilation, acc);
  } else if (group == cin) {
    // Depthwise: ONNX [C*M, 1, KH, KW] -> TOSA [KH, KW, C, M].
    int64_t m = cout / cin;
    Value weight =
        weightValue(imp, w, {cin, m, ws[2], ws[3]}, {2, 3, 0, 1}, loc);
    result = tosa::DepthwiseConv2DOp::create(b, loc, resultType, input, weight,
                                             biasV, zp, zp, win.pad, win.stride,
                                             win.dilation, acc);
  } else {
    // Grouped: one convolution per group over a channel slice, then concat.
    int64_t cg = cin / group, mg = cout / group;
    auto inType = cast<RankedTensorType>(input.getType());
    SmallVector<Value> parts;
    for (int64_t g = 0; g < group; ++g) {
      SmallVector<int64_t> sliceShape(inType.getShape());
      sliceShape[3] = cg;
      Value xs =
          tosa::SliceOp::create(b, loc, withShape(inType, sliceShape), input,
                                imp.constShape(loc, {0, 0, 0, g * cg}),
                                imp.constShape(loc, sliceShape));
      Value ww, bb;
      if (w.constant) {
        HostTensor slice;
        slice.elementType = w.constant->elementType;
        slice.shape = {mg, ws[1], ws[2], ws[3]};
        int64_t per = ws[1] * ws[2] * ws[3];
        slice.floats.assign(w.constant->floats.begin() + g * mg * per,
                            w.constant->floats.begin() + (g + 1) * mg * per);
        ww = imp.materialize(*transposeHost(slice, kToNHWC), loc);
      } else {
        Value wl = imp.getLogical(w, loc);
        auto wt = cast<RankedTensorType>(wl.getType());
        Value s = tosa::SliceOp::create(
            b, loc, withShape(wt, {mg, ws[1], ws[2], ws[3]}), wl,
            imp.constShape(loc, {g * mg, 0, 0, 0}),
            imp.constShape(loc, {mg, ws[1], ws[2], ws[3]}));
        ww = imp.transpose(loc, s, kToNHWC);
      }
      if (bias && bias->constant) {
        std::vector<float> bv(bias->constant->floats.begin() + g * mg,
                              bias->constant->floats.begin() + (g + 1) * mg);
        bb = imp.materialize(*makeFloats({mg}, bv, b.getF32Type()), loc);
      } else if (bias) {
        Value bl = imp.getLogical(*bias, loc);
        bb = tosa::SliceOp::create(b, loc, withShape(bias->type, {mg}), bl,
                                   imp.constShape(loc, {g * mg}),
                                   imp.constShape(loc, {mg}));
      } else {
        bb = biasValue(imp, nullptr, mg, loc);
      }
      SmallVector<int64_t> partShape(resultType.getShape());
      partShape[3] = mg;
      parts.push_back(tosa::Conv2DOp::create(
          b, loc, withShape(resultType, partShape), xs, ww, bb, zp, zp, win.pad,
          win.stride, win.dilation, acc));
    }
    result = tosa::ConcatOp::create(b, loc, resultType, parts, 3);
  }
  imp.setOutput(node, 0, result, /*nhwc=*/true);
  return success();
}

static LogicalResult convertConvTranspose(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> xIn = imp.getInput(node, 0);
  FailureOr<TensorValue *> wIn = imp.getInput(node, 1);
  if (failed(xIn) || failed(wIn))
    return failure();
  TensorValue &x = **xIn, &w = **wIn;
  TensorValue *bias = imp.getOptionalInput(node, 2);
  if (x.type.getRank() != 4 || w.type.getRank() != 4)
    return node.emitError() << "only 2-D transposed convolutions are supported";
  if (node.getInt("group", 1) != 1)
    return node.emitError() << "grouped ConvTranspose is not supported";
  if (auto d = node.getInts("dilations"))
    if (llvm::any_of(*d, [](int64_t v) { return v != 1; }))
      return node.emitError() << "dilated ConvTranspose is not supported";
  FailureOr<RankedTensorType> outType = imp.getOutputType(node, 0);
  if (failed(outType))
    return failure();
  Location loc = node.loc;
  OpBuilder &b = imp.builder;
  ArrayRef<int64_t> ws = w.type.getShape(); // [IC, OC, KH, KW]
  int64_t oc = ws[1];
  SmallVector<int64_t> stride{1, 1};
  if (auto s = node.getInts("strides"))
    stride.assign(s->begin(), s->end());
  // Compute the full (uncropped) output, then slice the ONNX window out of
  // it: out[pad_begin, pad_begin + OH). Rows past the full output (from
  // output_padding) are added with a non-negative out_pad at the bottom.
  SmallVector<int64_t> outHW(outType->getShape().drop_front(2));
  SmallVector<int64_t> begin(2), extra(2);
  for (int i = 0; i < 2; ++i) {
    int64_t in = x.type.getDimSize(2 + i);
    int64_t full = (in - 1) * stride[i] + ws[2 + i];
    int64_t total = full - outHW[i]; // pads begin + end
    std::string autoPad = node.getString("auto_pad", "NOTSET");
    if (node.hasAttr("output_shape") || autoPad == "SAME_UPPER" ||
        autoPad == "SAME_LOWER") {
      int64_t small = total > 0 ? total / 2 : 0;
      begin[i] = autoPad == "SAME_UPPER" ? small : total - small;
      if (total < 0)
        begin[i] = 0;
    } else if (auto p = node.getInts("pads")) {
      begin[i] = (*p)[i];
    } else {
      begin[i] = 0;
    }
    extra[i] = std::max<int64_t>(0, begin[i] + outHW[i] - full);
  }
  Value weight = weightValue(imp, w, ws, {1, 2, 3, 0}, loc);
  Value zp = imp.zeroPoint(loc, b.getF32Type());
  SmallVector<int64_t> fullShape{
      x.type.getDimSize(0),
      (x.type.getDimSize(2) - 1) * stride[0] + ws[2] + extra[0],
      (x.type.getDimSize(3) - 1) * stride[1] + ws[3] + extra[1], oc};
  auto fullType = RankedTensorType::get(fullShape, b.getF32Type());
  Value result = tosa::TransposeConv2DOp::create(
      b, loc, fullType, imp.getNHWC(x, loc), weight,
      biasValue(imp, bias, oc, loc), zp, zp,
      ArrayRef<int64_t>{0, extra[0], 0, extra[1]}, stride, b.getF32Type());
  RankedTensorType resultType = Importer::physicalType(*outType, true);
  if (resultType.getShape() != ArrayRef<int64_t>(fullShape))
    result =
        tosa::SliceOp::create(b, loc, resultType, result,
                              imp.constShape(loc, {0, begin[0], begin[1], 0}),
                              imp.constShape(loc, resultType.getShape()));
  imp.setOutput(node, 0, result, true);
  return success();
}

static LogicalResult convertPool(Importer &imp, NodeView &node) {
  StringRef op = node.opType();
  bool isMax = op == "MaxPool" || op == "GlobalMaxPool";
  bool global = op.starts_with("Global");
  FailureOr<TensorValue *> xIn = imp.getInput(node, 0);
  if (failed(xIn))
    return failure();
  TensorValue &x = **xIn;
  if (x.type.getRank() != 4)
    return node.emitError() << "only 2-D pooling (rank-4 tensors) is supported";
  if (node.hasOutput(1))
    return node.emitError() << "the Indices output of MaxPool is not supported";
  FailureOr<RankedTensorType> outType = imp.getOutputType(node, 0);
  if (failed(outType))
    return failure();
  Location loc = node.loc;
  OpBuilder &b = imp.builder;
  ArrayRef<int64_t> inHW = x.type.getShape().drop_front(2);
  Window win;
  if (global) {
    win.kernel.assign(inHW.begin(), inHW.end());
  } else {
    auto kernel = node.getInts("kernel_shape");
    if (!kernel || kernel->size() != 2)
      return node.emitError() << "expected a 2-D kernel_shape";
    if (failed(readWindow(node, inHW, *kernel, win)))
      return failure();
    if (win.dilation[0] != 1 || win.dilation[1] != 1)
      return node.emitError() << "dilated pooling is not supported";
  }
  SmallVector<int64_t, 4> onnxPad(win.pad);
  Value input = imp.getNHWC(x, loc);
  bool countPad = !isMax && node.getInt("count_include_pad", 0) != 0;
  if (countPad && llvm::any_of(onnxPad, [](int64_t p) { return p != 0; })) {
    // TOSA's average excludes padding: pad explicitly with zeros instead.
    auto t = cast<RankedTensorType>(input.getType());
    SmallVector<int64_t> shape(t.getShape());
    shape[1] += onnxPad[0] + onnxPad[1];
    shape[2] += onnxPad[2] + onnxPad[3];
    input =
        tosa::PadOp::create(b, loc, withShape(t, shape), input,
                            imp.constShape(loc, {0, 0, onnxPad[0], onnxPad[1],
                                                 onnxPad[2], onnxPad[3], 0, 0}),
                            imp.scalarConst(loc, 0.0f, 1));
    win.pad = {0, 0, 0, 0};
  }
  ArrayRef<int64_t> outHW = outType->getShape().drop_front(2);
  input = fitWindow(imp, loc, input, win, outHW);
  for (int i = 0; i < 4; ++i)
    if (win.pad[i] >= win.kernel[i / 2])
      return node.emitError()
             << "padding " << win.pad[i] << " is not smaller than the kernel";
  RankedTensorType resultType = Importer::physicalType(*outType, true);
  Value result;
  if (isMax) {
    result = tosa::MaxPool2dOp::create(b, loc, resultType, input, win.kernel,
                                       win.stride, win.pad);
  } else {
    Value zp = imp.zeroPoint(loc, b.getF32Type());
    result = tosa::AvgPool2dOp::create(
        b, loc, resultType, input, zp, zp, b.getDenseI64ArrayAttr(win.kernel),
        b.getDenseI64ArrayAttr(win.stride), b.getDenseI64ArrayAttr(win.pad),
        TypeAttr::get(b.getF32Type()));
  }
  imp.setOutput(node, 0, result, true);
  return success();
}

//===----------------------------------------------------------------------===//
// Registration
//===----------------------------------------------------------------------===//

void onnx_import::populateConvPoolConverters(ConverterTable &t) {
  t["AveragePool"] = convertPool;
  t["Conv"] = convertConv;
  t["ConvTranspose"] = convertConvTranspose;
  t["GlobalAveragePool"] = convertPool;
  t["GlobalMaxPool"] = convertPool;
  t["MaxPool"] = convertPool;
}
