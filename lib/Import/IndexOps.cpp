//===- IndexOps.cpp - gather and scatter converters -------------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Gather (constant indices; runtime data as tosa.gather over the axis
/// brought to the front) and ScatterND. ScatterND appears in exports of
/// shape-derived data (Swin's attention masks are built by slice
/// assignments) and is folded at import time; a runtime ScatterND is
/// rejected.
///
//===----------------------------------------------------------------------===//

#include "Converters.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "llvm/ADT/STLExtras.h"

using namespace mlir;
using namespace serenity;
using namespace serenity::onnx_import;

static LogicalResult convertGather(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> dIn = imp.getInput(node, 0);
  if (failed(dIn))
    return failure();
  FailureOr<HostTensorRef> idx = imp.getConstantInput(node, 1, "indices");
  if (failed(idx))
    return failure();
  TensorValue &data = **dIn;
  ArrayRef<int64_t> ds = data.type.getShape();
  FailureOr<int64_t> axis =
      normalizeAxis(node, node.getInt("axis", 0), ds.size());
  if (failed(axis))
    return failure();
  SmallVector<int64_t> indices = hostInts(**idx);
  for (int64_t &i : indices) {
    if (i < -ds[*axis] || i >= ds[*axis])
      return node.emitError() << "index " << i << " out of range";
    if (i < 0)
      i += ds[*axis];
  }
  ArrayRef<int64_t> is = (*idx)->shape;
  SmallVector<int64_t> outShape(ds.take_front(*axis));
  llvm::append_range(outShape, is);
  llvm::append_range(outShape, ds.drop_front(*axis + 1));
  int64_t outer = product(ds.take_front(*axis));
  int64_t inner = product(ds.drop_front(*axis + 1));
  if (data.constant && data.constant->numElements() <= kFoldLimit) {
    auto out = std::make_shared<HostTensor>();
    out->elementType = data.constant->elementType;
    out->shape = outShape;
    for (int64_t o = 0; o < outer; ++o)
      for (int64_t i : indices)
        for (int64_t k = 0; k < inner; ++k) {
          int64_t off = (o * ds[*axis] + i) * inner + k;
          if (out->isFloat())
            out->floats.push_back(data.constant->floats[off]);
          else
            out->ints.push_back(data.constant->ints[off]);
        }
    imp.setConstantOutput(node, 0, out);
    return success();
  }
  // Runtime data: bring the axis to the front, gather rows with tosa.gather,
  // then move the index dims back to the axis position.
  Location loc = node.loc;
  OpBuilder &b = imp.builder;
  int64_t rank = ds.size();
  SmallVector<int32_t> toFront{(int32_t)*axis};
  for (int64_t i = 0; i < rank; ++i)
    if (i != *axis)
      toFront.push_back(i);
  Value v = imp.transpose(loc, imp.getLogical(data, loc), toFront);
  int64_t rest = outer * inner, w = indices.size();
  v = imp.reshape(loc, v, {1, ds[*axis], rest});
  SmallVector<int64_t> idx32(indices);
  auto idxData = makeInts({1, w}, idx32, b.getI32Type());
  Value gathered = tosa::GatherOp::create(
      b, loc, RankedTensorType::get({1, w, rest}, data.type.getElementType()),
      v, imp.materialize(*idxData, loc));
  SmallVector<int64_t> frontShape(is);
  for (int64_t i = 0; i < rank; ++i)
    if (i != *axis)
      frontShape.push_back(ds[i]);
  Value r = imp.reshape(loc, gathered, frontShape);
  int64_t ni = is.size();
  SmallVector<int32_t> back;
  for (int64_t i = 0; i < *axis; ++i)
    back.push_back(ni + i);
  for (int64_t i = 0; i < ni; ++i)
    back.push_back(i);
  for (int64_t i = *axis; i < rank - 1; ++i)
    back.push_back(ni + i);
  imp.setOutput(node, 0, imp.transpose(loc, r, back), false);
  return success();
}

static LogicalResult convertScatterND(Importer &imp, NodeView &node) {
  if (node.getString("reduction", "none") != "none")
    return node.emitError() << "ScatterND reductions are not supported";
  TensorValue *in[3];
  for (unsigned i = 0; i < 3; ++i) {
    FailureOr<TensorValue *> v = imp.getInput(node, i);
    if (failed(v))
      return failure();
    in[i] = *v;
  }
  if (!allInputsFoldable(imp, node))
    return node.emitError() << "ScatterND is only supported on import-time "
                               "constants";
  const HostTensor &data = *in[0]->constant, &idx = *in[1]->constant,
                   &upd = *in[2]->constant;
  ArrayRef<int64_t> ds = data.shape, is = idx.shape;
  if (is.empty() || (int64_t)ds.size() < is.back())
    return node.emitError() << "invalid indices shape";
  int64_t k = is.back();
  // updates: indices.shape[:-1] + data.shape[k:].
  SmallVector<int64_t> us(is.drop_back());
  llvm::append_range(us, ds.drop_front(k));
  if (ArrayRef<int64_t>(upd.shape) != ArrayRef<int64_t>(us) ||
      upd.elementType != data.elementType)
    return node.emitError() << "updates do not match the data and indices";
  auto out = std::make_shared<HostTensor>(data);
  SmallVector<int64_t> strides = rowMajorStrides(ds);
  int64_t slice = product(ds.drop_front(k));
  SmallVector<int64_t> ids = hostInts(idx);
  int64_t count = product(is.drop_back());
  for (int64_t i = 0; i < count; ++i) {
    int64_t off = 0;
    for (int64_t d = 0; d < k; ++d) {
      int64_t v = ids[i * k + d];
      if (v < -ds[d] || v >= ds[d])
        return node.emitError() << "index " << v << " out of range";
      off += (v < 0 ? v + ds[d] : v) * strides[d];
    }
    for (int64_t j = 0; j < slice; ++j) {
      if (out->isFloat())
        out->floats[off + j] = upd.floats[i * slice + j];
      else
        out->ints[off + j] = upd.ints[i * slice + j];
    }
  }
  imp.setConstantOutput(node, 0, out);
  return success();
}

//===----------------------------------------------------------------------===//
// Registration
//===----------------------------------------------------------------------===//

void onnx_import::populateIndexConverters(ConverterTable &t) {
  t["Gather"] = convertGather;
  t["ScatterND"] = convertScatterND;
}
