//===- ResizeOps.cpp - Resize and Upsample converter ------------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Resize/Upsample (nearest, bilinear) as tosa.resize with the coordinate
/// transformation expressed in TOSA's integer scale/offset/border.
///
//===----------------------------------------------------------------------===//

#include "Converters.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "llvm/ADT/STLExtras.h"

#include <cmath>
#include <numeric>

using namespace mlir;
using namespace serenity;
using namespace serenity::onnx_import;

//===----------------------------------------------------------------------===//
// Resize
//===----------------------------------------------------------------------===//

static LogicalResult convertResize(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> xIn = imp.getInput(node, 0);
  if (failed(xIn))
    return failure();
  TensorValue &x = **xIn;
  if (x.type.getRank() != 4 || !x.type.getElementType().isF32())
    return node.emitError() << "only f32 rank-4 Resize is supported";
  FailureOr<RankedTensorType> outType = imp.getOutputType(node, 0);
  if (failed(outType))
    return failure();
  std::string mode = node.getString("mode", "nearest");
  bool upsample = node.opType() == "Upsample";
  std::string ctm =
      upsample || node.opset < 11
          ? "asymmetric"
          : node.getString("coordinate_transformation_mode", "half_pixel");
  std::string nearestMode =
      upsample || node.opset < 11
          ? "floor"
          : node.getString("nearest_mode", "round_prefer_floor");
  if (mode != "nearest" && mode != "linear" && mode != "bilinear")
    return node.emitError()
           << "Resize mode '" << mode << "' is not supported (nearest, linear)";
  if (node.getInt("antialias", 0))
    return node.emitError() << "antialiased Resize is not supported";
  if (node.getInt("exclude_outside", 0))
    return node.emitError() << "Resize exclude_outside is not supported";
  bool nearest = mode == "nearest";
  ArrayRef<int64_t> in = x.type.getShape(), out = outType->getShape();
  if (in[0] != out[0] || in[1] != out[1])
    return node.emitError()
           << "Resize of the N or C dimension is not supported";

  // Scales as given (they define the coordinate mapping), else out/in.
  SmallVector<float> scales;
  unsigned scalesIdx = upsample || node.opset < 11 ? 1 : 2;
  if (node.hasInput(scalesIdx)) {
    FailureOr<HostTensorRef> s =
        imp.getConstantInput(node, scalesIdx, "scales");
    if (failed(s))
      return failure();
    for (int64_t i = 0; i < (*s)->numElements(); ++i)
      scales.push_back((*s)->at(i));
  }
  if (upsample && node.opset < 9)
    scales = node.getFloats("scales").value_or(SmallVector<float>{});
  bool useSizes = scales.size() != 4;
  // TOSA's arithmetic: y = out * d + offset; in = y / n.
  SmallVector<int64_t> scaleAttr, offsetAttr, borderAttr;
  for (int i = 0; i < 2; ++i) {
    int64_t inD = in[2 + i], outD = out[2 + i];
    int64_t n, d;
    if (ctm == "align_corners") {
      // in = out * (IN - 1) / (length_resized - 1), where length_resized is
      // IN * scale when scales are given (not the rounded output size).
      double resized = useSizes ? outD : inD * scales[2 + i];
      if (resized <= 1 || inD == 1) {
        n = 1;
        d = 0;
      } else {
        d = 1 << 10;
        n = std::lround(d * (resized - 1) / (inD - 1));
        if (useSizes) {
          n = outD - 1;
          d = inD - 1;
        }
      }
      int64_t g = std::gcd(n, d);
      n /= g;
      d /= g;
    } else if (useSizes) {
      n = outD;
      d = inD;
    } else {
      // Rational approximation of the float scale.
      d = 1 << 10;
      n = (int64_t)std::lround(scales[2 + i] * d);
      int64_t g = std::gcd(n, d);
      n /= g;
      d /= g;
    }
    if (ctm != "asymmetric" && ctm != "half_pixel" &&
        ctm != "pytorch_half_pixel" && ctm != "align_corners")
      return node.emitError() << "coordinate_transformation_mode '" << ctm
                              << "' is not supported";
    // Double both so the half-unit offsets below are integers.
    n *= 2;
    d *= 2;
    int64_t offset = 0;
    bool halfPixel =
        ctm == "half_pixel" || (ctm == "pytorch_half_pixel" && outD > 1);
    if (halfPixel)
      offset = d / 2 - n / 2;
    if (nearest) {
      // TOSA rounds half up; shift to get ONNX's rounding.
      if (nearestMode == "round_prefer_floor")
        offset -= 1;
      else if (nearestMode == "floor")
        offset -= n / 2;
      else if (nearestMode == "ceil")
        offset += n / 2 - 1;
      else if (nearestMode != "round_prefer_ceil")
        return node.emitError()
               << "nearest_mode '" << nearestMode << "' is not supported";
    }
    int64_t border = (outD - 1) * d - (inD - 1) * n + offset;
    scaleAttr.push_back(n);
    scaleAttr.push_back(d);
    offsetAttr.push_back(offset);
    borderAttr.push_back(border);
  }
  Location loc = node.loc;
  Value r = tosa::ResizeOp::create(
      imp.builder, loc, Importer::physicalType(*outType, true),
      imp.getNHWC(x, loc), imp.constShape(loc, scaleAttr),
      imp.constShape(loc, offsetAttr), imp.constShape(loc, borderAttr),
      nearest ? tosa::ResizeMode::NEAREST_NEIGHBOR
              : tosa::ResizeMode::BILINEAR);
  imp.setOutput(node, 0, r, true);
  return success();
}

//===----------------------------------------------------------------------===//
// Registration
//===----------------------------------------------------------------------===//

void onnx_import::populateResizeConverters(ConverterTable &t) {
  t["Resize"] = convertResize;
  t["Upsample"] = convertResize;
}
