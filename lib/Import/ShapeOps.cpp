//===- ShapeOps.cpp - shape and data movement converters --------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Reshape, Flatten, Squeeze, Unsqueeze, Transpose, Concat, Slice, Split,
/// Pad, Tile and Expand. Each folds to host data when its input is
/// an import-time constant, so shape computations never reach the IR.
///
//===----------------------------------------------------------------------===//

#include "Converters.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/MathExtras.h"

#include <numeric>

using namespace mlir;
using namespace serenity;
using namespace serenity::onnx_import;

//===----------------------------------------------------------------------===//
// Shape manipulation
//===----------------------------------------------------------------------===//

/// Records `shape`-reshaped `x` as output 0: folded when constant, else a
/// tosa.reshape of the logical view.
static LogicalResult setReshaped(Importer &imp, NodeView &node, TensorValue &x,
                                 ArrayRef<int64_t> shape) {
  if (product(shape) != x.type.getNumElements())
    return node.emitError()
           << "cannot reshape " << x.type << " to " << shape.size()
           << "-D shape with " << product(shape) << " elements";
  if (x.constant) {
    imp.setConstantOutput(node, 0, reshapeHost(*x.constant, shape));
    return success();
  }
  imp.setOutput(node, 0,
                imp.reshape(node.loc, imp.getLogical(x, node.loc), shape),
                false);
  return success();
}

static LogicalResult convertIdentity(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> x = imp.getInput(node, 0);
  if (failed(x))
    return failure();
  imp.values[node.proto.output(0)] = **x;
  return success();
}

/// Dropout that keeps every element (inference mode, or ratio 0): the
/// identity, and an all-true mask.
static LogicalResult convertDropout(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> x = imp.getInput(node, 0);
  if (failed(x))
    return failure();
  if (node.hasInput(2)) {
    FailureOr<HostTensorRef> training =
        imp.getConstantInput(node, 2, "training_mode");
    if (failed(training))
      return failure();
    if ((*training)->numElements() != 1)
      return node.emitError() << "training_mode must be a scalar";
    // Training mode with ratio 0 (as torch exports F.dropout(p=0.0,
    // training=True)) keeps every element: still the identity.
    bool identity = (*training)->at(0) == 0;
    if (!identity && node.hasInput(1)) {
      FailureOr<HostTensorRef> ratio = imp.getConstantInput(node, 1, "ratio");
      if (failed(ratio))
        return failure();
      identity = (*ratio)->numElements() == 1 && (*ratio)->at(0) == 0;
    }
    if (!identity)
      return node.emitError() << "training-mode Dropout with a non-zero "
                                 "ratio is not supported";
  }
  imp.values[node.proto.output(0)] = **x;
  if (node.hasOutput(1)) {
    ArrayRef<int64_t> shape = (*x)->type.getShape();
    if (product(shape) > kFoldLimit)
      return node.emitError() << "the mask output of a Dropout of more than "
                              << kFoldLimit << " elements is not supported";
    imp.setConstantOutput(node, 1,
                          makeInts(shape,
                                   SmallVector<int64_t>(product(shape), 1),
                                   imp.builder.getI1Type()));
  }
  return success();
}

static LogicalResult convertFlatten(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> x = imp.getInput(node, 0);
  if (failed(x))
    return failure();
  ArrayRef<int64_t> s = (*x)->type.getShape();
  int64_t rank = s.size(), axis = node.getInt("axis", 1);
  if (axis < -rank || axis > rank)
    return node.emitError()
           << "axis " << axis << " is out of range for rank " << rank;
  if (axis < 0)
    axis += rank;
  return setReshaped(
      imp, node, **x,
      {product(s.take_front(axis)), product(s.drop_front(axis))});
}

static LogicalResult convertReshape(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> x = imp.getInput(node, 0);
  if (failed(x))
    return failure();
  SmallVector<int64_t> target;
  if (node.opset < 5 || node.hasAttr("shape")) {
    target = node.getInts("shape").value_or(SmallVector<int64_t>{});
  } else {
    FailureOr<HostTensorRef> s = imp.getConstantInput(node, 1, "target shape");
    if (failed(s))
      return failure();
    target = hostInts(**s);
  }
  ArrayRef<int64_t> in = (*x)->type.getShape();
  bool allowZero = node.getInt("allowzero", 0) != 0;
  int64_t inferIdx = -1, known = 1;
  for (size_t i = 0; i < target.size(); ++i) {
    if (target[i] == 0 && !allowZero) {
      if (i >= in.size())
        return node.emitError() << "shape entry 0 at position " << i
                                << " has no input dimension to copy";
      target[i] = in[i];
    }
    if (target[i] == -1) {
      if (inferIdx >= 0)
        return node.emitError() << "more than one -1 in the target shape";
      inferIdx = i;
      continue;
    }
    if (target[i] < 0)
      return node.emitError() << "invalid target dimension " << target[i];
    known *= target[i];
  }
  if (inferIdx >= 0) {
    if (known == 0 || (*x)->type.getNumElements() % known)
      return node.emitError() << "cannot infer the -1 dimension";
    target[inferIdx] = (*x)->type.getNumElements() / known;
  }
  return setReshaped(imp, node, **x, target);
}

static LogicalResult convertSqueeze(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> x = imp.getInput(node, 0);
  if (failed(x))
    return failure();
  auto axes = readAxes(imp, node, 1, node.opset >= 13);
  if (failed(axes))
    return failure();
  ArrayRef<int64_t> in = (*x)->type.getShape();
  SmallVector<bool> drop(in.size(), false);
  if (*axes) {
    for (int64_t a : **axes) {
      FailureOr<int64_t> n = normalizeAxis(node, a, in.size());
      if (failed(n))
        return failure();
      if (in[*n] != 1)
        return node.emitError()
               << "cannot squeeze dimension " << *n << " of size " << in[*n];
      drop[*n] = true;
    }
  } else {
    for (size_t i = 0; i < in.size(); ++i)
      drop[i] = in[i] == 1;
  }
  SmallVector<int64_t> shape;
  for (size_t i = 0; i < in.size(); ++i)
    if (!drop[i])
      shape.push_back(in[i]);
  return setReshaped(imp, node, **x, shape);
}

static LogicalResult convertUnsqueeze(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> x = imp.getInput(node, 0);
  if (failed(x))
    return failure();
  auto axes = readAxes(imp, node, 1, node.opset >= 13);
  if (failed(axes))
    return failure();
  if (!*axes)
    return node.emitError() << "missing axes";
  ArrayRef<int64_t> in = (*x)->type.getShape();
  int64_t rank = in.size() + (*axes)->size();
  SmallVector<bool> isNew(rank, false);
  for (int64_t a : **axes) {
    FailureOr<int64_t> n = normalizeAxis(node, a, rank);
    if (failed(n))
      return failure();
    isNew[*n] = true;
  }
  SmallVector<int64_t> shape;
  size_t j = 0;
  for (int64_t i = 0; i < rank; ++i)
    shape.push_back(isNew[i] ? 1 : in[j++]);
  return setReshaped(imp, node, **x, shape);
}

static LogicalResult convertTranspose(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> xIn = imp.getInput(node, 0);
  if (failed(xIn))
    return failure();
  TensorValue &x = **xIn;
  int64_t rank = x.type.getRank();
  SmallVector<int32_t> perm;
  if (auto p = node.getInts("perm")) {
    for (int64_t v : *p)
      perm.push_back(v);
  } else {
    for (int64_t i = rank - 1; i >= 0; --i)
      perm.push_back(i);
  }
  SmallVector<int32_t> sorted(perm);
  llvm::sort(sorted);
  if ((int64_t)perm.size() != rank ||
      !llvm::equal(sorted, llvm::seq<int32_t>(0, rank)))
    return node.emitError() << "invalid permutation";
  if (x.constant && x.constant->numElements() <= kFoldLimit) {
    imp.setConstantOutput(node, 0, transposeHost(*x.constant, perm));
    return success();
  }
  if (prefersNHWC(x)) {
    // Compose with the storage permutation: one transpose from NHWC.
    SmallVector<int32_t> physical;
    for (int32_t p : perm)
      physical.push_back(kToNCHW[p]);
    imp.setOutput(node, 0, imp.transpose(node.loc, x.value, physical), false);
    return success();
  }
  imp.setOutput(node, 0,
                imp.transpose(node.loc, imp.getLogical(x, node.loc), perm),
                false);
  return success();
}

/// Host concatenation along `axis`.
static HostTensorRef concatHost(ArrayRef<HostTensorRef> parts, int64_t axis) {
  auto out = std::make_shared<HostTensor>();
  out->elementType = parts[0]->elementType;
  out->shape = parts[0]->shape;
  out->shape[axis] = 0;
  for (const HostTensorRef &p : parts)
    out->shape[axis] += p->shape[axis];
  int64_t outer = product(ArrayRef<int64_t>(out->shape).take_front(axis));
  for (int64_t o = 0; o < outer; ++o)
    for (const HostTensorRef &p : parts) {
      int64_t chunk = product(ArrayRef<int64_t>(p->shape).drop_front(axis));
      if (p->isFloat())
        out->floats.insert(out->floats.end(), p->floats.begin() + o * chunk,
                           p->floats.begin() + (o + 1) * chunk);
      else
        out->ints.insert(out->ints.end(), p->ints.begin() + o * chunk,
                         p->ints.begin() + (o + 1) * chunk);
    }
  return out;
}

static LogicalResult convertConcat(Importer &imp, NodeView &node) {
  SmallVector<TensorValue *> inputs;
  for (unsigned i = 0; i < node.numInputs(); ++i) {
    FailureOr<TensorValue *> in = imp.getInput(node, i);
    if (failed(in))
      return failure();
    // Empty tensors (e.g. from shape computations) contribute nothing.
    if ((*in)->type.getNumElements() == 0 && node.numInputs() > 1)
      continue;
    inputs.push_back(*in);
  }
  if (inputs.empty())
    return node.emitError() << "no non-empty inputs";
  int64_t rank = inputs[0]->type.getRank();
  FailureOr<int64_t> axis = normalizeAxis(node, node.getInt("axis", 0), rank);
  if (failed(axis))
    return failure();
  SmallVector<int64_t> shape(inputs[0]->type.getShape());
  shape[*axis] = 0;
  for (TensorValue *tv : inputs) {
    if (tv->type.getRank() != rank)
      return node.emitError() << "inputs have different ranks";
    shape[*axis] += tv->type.getDimSize(*axis);
  }
  if (allInputsFoldable(imp, node)) {
    SmallVector<HostTensorRef> parts;
    for (TensorValue *tv : inputs)
      parts.push_back(tv->constant);
    imp.setConstantOutput(node, 0, concatHost(parts, *axis));
    return success();
  }
  bool nhwc = rank == 4 && anyPrefersNHWC(inputs);
  SmallVector<Value> vals;
  for (TensorValue *tv : inputs)
    vals.push_back(imp.getInLayout(*tv, nhwc, node.loc));
  auto type = Importer::physicalType(
      RankedTensorType::get(shape, inputs[0]->type.getElementType()), nhwc);
  imp.setOutput(node, 0,
                tosa::ConcatOp::create(imp.builder, node.loc, type, vals,
                                       nhwc ? nhwcAxis(*axis) : *axis),
                nhwc);
  return success();
}

/// Extracts `size[d]` elements starting at `start[d]` with stride `step[d]`
/// (all 1 if empty) from `x`; folded when constant.
static LogicalResult sliceOutput(Importer &imp, NodeView &node, unsigned outIdx,
                                 TensorValue &x, ArrayRef<int64_t> start,
                                 ArrayRef<int64_t> size,
                                 ArrayRef<int64_t> step = {}) {
  SmallVector<int64_t> steps(step);
  if (steps.empty())
    steps.assign(start.size(), 1);
  if (x.constant && x.constant->numElements() <= kFoldLimit) {
    auto out = std::make_shared<HostTensor>();
    out->elementType = x.constant->elementType;
    out->shape.assign(size.begin(), size.end());
    SmallVector<int64_t> strides = rowMajorStrides(x.constant->shape);
    forEachIndex(size, [&](int64_t, ArrayRef<int64_t> idx) {
      int64_t off = 0;
      for (size_t d = 0; d < idx.size(); ++d)
        off += (start[d] + idx[d] * steps[d]) * strides[d];
      if (out->isFloat())
        out->floats.push_back(x.constant->floats[off]);
      else
        out->ints.push_back(x.constant->ints[off]);
    });
    imp.setConstantOutput(node, outIdx, out);
    return success();
  }
  // Runtime slices: one contiguous tosa.slice covering the selected
  // elements, a tosa.reverse per negative step, then every |step| > 1 as
  // pad-to-a-multiple, reshape [count, |step|], take index 0.
  SmallVector<int64_t> begin(start), span(size);
  for (size_t d = 0; d < steps.size(); ++d) {
    int64_t st = std::abs(steps[d]);
    span[d] = size[d] == 0 ? 0 : (size[d] - 1) * st + 1;
    if (steps[d] < 0)
      begin[d] = start[d] - span[d] + 1;
  }
  bool nhwc = prefersNHWC(x);
  auto toPhysical = [&](ArrayRef<int64_t> v) {
    SmallVector<int64_t> r(v);
    if (nhwc)
      for (int i = 0; i < 4; ++i)
        r[i] = v[kToNHWC[i]];
    return r;
  };
  SmallVector<int64_t> pStart = toPhysical(begin), pSpan = toPhysical(span),
                       pStep = toPhysical(steps);
  Location loc = node.loc;
  OpBuilder &b = imp.builder;
  Value v = imp.getInLayout(x, nhwc, loc);
  auto t = cast<RankedTensorType>(v.getType());
  Value r = v;
  if (t.getShape() != ArrayRef<int64_t>(pSpan))
    r = tosa::SliceOp::create(b, loc, withShape(t, pSpan), v,
                              imp.constShape(loc, pStart),
                              imp.constShape(loc, pSpan));
  for (size_t d = 0; d < pStep.size(); ++d)
    if (pStep[d] < 0 && pSpan[d] > 1)
      r = tosa::ReverseOp::create(b, loc, r.getType(), r, (int32_t)d);
  int64_t rank = pStep.size();
  for (int64_t d = 0; d < rank; ++d) {
    int64_t st = std::abs(pStep[d]);
    if (st == 1 || pSpan[d] <= 1)
      continue;
    auto rt = cast<RankedTensorType>(r.getType());
    SmallVector<int64_t> shape(rt.getShape());
    int64_t count = (shape[d] - 1) / st + 1;
    if (shape[d] != count * st) {
      SmallVector<int64_t> pads(2 * rank, 0);
      pads[2 * d + 1] = count * st - shape[d];
      shape[d] = count * st;
      Value zero = imp.scalarConst(loc, 0.0f, 1, rt.getElementType());
      r = tosa::PadOp::create(b, loc, withShape(rt, shape), r,
                              imp.constShape(loc, pads), zero);
    }
    SmallVector<int64_t> split(shape.begin(), shape.begin() + d);
    split.push_back(count);
    split.push_back(st);
    split.append(shape.begin() + d + 1, shape.end());
    r = imp.reshape(loc, r, split);
    SmallVector<int64_t> first(split), zeros(split.size(), 0);
    first[d + 1] = 1;
    r = tosa::SliceOp::create(b, loc, withShape(rt, first), r,
                              imp.constShape(loc, zeros),
                              imp.constShape(loc, first));
    shape[d] = count;
    r = imp.reshape(loc, r, shape);
  }
  TensorValue tv;
  tv.type = withShape(x.type, size);
  tv.value = r;
  tv.nhwc = nhwc;
  (nhwc ? tv.nhwcView : tv.logicalView) = r;
  imp.values[node.proto.output(outIdx)] = tv;
  return success();
}

static LogicalResult convertSlice(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> xIn = imp.getInput(node, 0);
  if (failed(xIn))
    return failure();
  TensorValue &x = **xIn;
  ArrayRef<int64_t> in = x.type.getShape();
  int64_t rank = in.size();
  SmallVector<int64_t> starts, ends, axes, steps;
  if (node.opset < 10) {
    starts = node.getInts("starts").value_or(SmallVector<int64_t>{});
    ends = node.getInts("ends").value_or(SmallVector<int64_t>{});
    axes = node.getInts("axes").value_or(SmallVector<int64_t>{});
  } else {
    FailureOr<HostTensorRef> s = imp.getConstantInput(node, 1, "starts");
    if (failed(s))
      return failure();
    FailureOr<HostTensorRef> e = imp.getConstantInput(node, 2, "ends");
    if (failed(e))
      return failure();
    starts = hostInts(**s);
    ends = hostInts(**e);
    if (node.hasInput(3)) {
      FailureOr<HostTensorRef> a = imp.getConstantInput(node, 3, "axes");
      if (failed(a))
        return failure();
      axes = hostInts(**a);
    }
    if (node.hasInput(4)) {
      FailureOr<HostTensorRef> st = imp.getConstantInput(node, 4, "steps");
      if (failed(st))
        return failure();
      steps = hostInts(**st);
    }
  }
  if (axes.empty())
    for (size_t i = 0; i < starts.size(); ++i)
      axes.push_back(i);
  if (steps.empty())
    steps.assign(starts.size(), 1);
  if (starts.size() != ends.size() || axes.size() != starts.size() ||
      steps.size() != starts.size())
    return node.emitError() << "starts/ends/axes/steps lengths differ";
  SmallVector<int64_t> start(rank, 0), size(in), step(rank, 1);
  for (size_t i = 0; i < axes.size(); ++i) {
    FailureOr<int64_t> a = normalizeAxis(node, axes[i], rank);
    if (failed(a))
      return failure();
    int64_t dim = in[*a], st = steps[i];
    if (st == 0)
      return node.emitError() << "Slice step must not be zero";
    int64_t b = starts[i], e = ends[i];
    if (b < 0)
      b += dim;
    if (e < 0)
      e += dim;
    int64_t count;
    if (st > 0) {
      b = std::clamp<int64_t>(b, 0, dim);
      e = std::clamp<int64_t>(e, 0, dim);
      count = e > b ? (e - b + st - 1) / st : 0;
    } else {
      b = std::clamp<int64_t>(b, 0, dim - 1);
      e = std::clamp<int64_t>(e, -1, dim - 1);
      count = b > e ? (b - e - st - 1) / -st : 0;
    }
    start[*a] = b;
    size[*a] = count;
    step[*a] = st;
  }
  return sliceOutput(imp, node, 0, x, start, size, step);
}

static LogicalResult convertSplit(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> xIn = imp.getInput(node, 0);
  if (failed(xIn))
    return failure();
  TensorValue &x = **xIn;
  ArrayRef<int64_t> in = x.type.getShape();
  FailureOr<int64_t> axis =
      normalizeAxis(node, node.getInt("axis", 0), in.size());
  if (failed(axis))
    return failure();
  SmallVector<int64_t> sizes;
  if (node.opset < 13) {
    sizes = node.getInts("split").value_or(SmallVector<int64_t>{});
  } else if (node.hasInput(1)) {
    FailureOr<HostTensorRef> s = imp.getConstantInput(node, 1, "split sizes");
    if (failed(s))
      return failure();
    sizes = hostInts(**s);
  }
  unsigned n = node.numOutputs();
  if (sizes.empty()) {
    if (in[*axis] % n)
      return node.emitError() << "dimension " << in[*axis]
                              << " does not split evenly into " << n;
    sizes.assign(n, in[*axis] / n);
  }
  if (sizes.size() != n ||
      std::accumulate(sizes.begin(), sizes.end(), int64_t(0)) != in[*axis])
    return node.emitError() << "split sizes do not match the input";
  int64_t offset = 0;
  for (unsigned i = 0; i < n; ++i) {
    SmallVector<int64_t> start(in.size(), 0), size(in);
    start[*axis] = offset;
    size[*axis] = sizes[i];
    offset += sizes[i];
    if (node.hasOutput(i) && failed(sliceOutput(imp, node, i, x, start, size)))
      return failure();
  }
  return success();
}

static LogicalResult convertPad(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> xIn = imp.getInput(node, 0);
  if (failed(xIn))
    return failure();
  TensorValue &x = **xIn;
  std::string mode = node.getString("mode", "constant");
  if (mode != "constant")
    return node.emitError()
           << "Pad mode '" << mode << "' is not supported (only 'constant')";
  SmallVector<int64_t> pads;
  float value = 0.0f;
  if (node.opset < 11) {
    pads = node.getInts("pads").value_or(SmallVector<int64_t>{});
    value = node.getFloat("value", 0.0f);
  } else {
    FailureOr<HostTensorRef> p = imp.getConstantInput(node, 1, "pads");
    if (failed(p))
      return failure();
    pads = hostInts(**p);
    if (node.hasInput(2)) {
      FailureOr<HostTensorRef> v = imp.getConstantInput(node, 2, "pad value");
      if (failed(v))
        return failure();
      if ((*v)->numElements() != 1)
        return node.emitError() << "pad value must be a scalar";
      value = (*v)->at(0);
    }
  }
  int64_t rank = x.type.getRank();
  if ((int64_t)pads.size() != 2 * rank)
    return node.emitError() << "expected " << 2 * rank << " pads";
  if (llvm::any_of(pads, [](int64_t p) { return p < 0; }))
    return node.emitError() << "negative pads are not supported";
  if (!x.type.getElementType().isF32())
    return node.emitError() << "only f32 Pad is supported";
  bool nhwc = prefersNHWC(x);
  SmallVector<int64_t> tosaPads, shape;
  for (int64_t i = 0; i < rank; ++i) {
    int64_t l = nhwc ? kToNHWC[i] : i;
    tosaPads.push_back(pads[l]);
    tosaPads.push_back(pads[l + rank]);
  }
  Value v = imp.getInLayout(x, nhwc, node.loc);
  auto t = cast<RankedTensorType>(v.getType());
  for (int64_t i = 0; i < rank; ++i) {
    int64_t d;
    if (llvm::AddOverflow(t.getDimSize(i), tosaPads[2 * i], d) ||
        llvm::AddOverflow(d, tosaPads[2 * i + 1], d))
      return node.emitError() << "the padded dimension " << i << " overflows";
    shape.push_back(d);
  }
  Value r = tosa::PadOp::create(imp.builder, node.loc, withShape(t, shape), v,
                                imp.constShape(node.loc, tosaPads),
                                imp.scalarConst(node.loc, value, 1));
  imp.setOutput(node, 0, r, nhwc);
  return success();
}

static LogicalResult convertTileLike(Importer &imp, NodeView &node) {
  FailureOr<TensorValue *> xIn = imp.getInput(node, 0);
  if (failed(xIn))
    return failure();
  TensorValue &x = **xIn;
  FailureOr<HostTensorRef> arg = imp.getConstantInput(
      node, 1, node.opType() == "Tile" ? "repeats" : "shape");
  if (failed(arg))
    return failure();
  SmallVector<int64_t> vals = hostInts(**arg);
  SmallVector<int64_t> inShape(x.type.getShape()), multiples;
  if (node.opType() == "Tile") {
    if (vals.size() != inShape.size())
      return node.emitError() << "repeats must have one entry per dimension";
    multiples = vals;
  } else {
    auto out = broadcastShapes(inShape, vals);
    if (!out)
      return node.emitError() << "shape does not broadcast with the input";
    SmallVector<int64_t> padded(out->size() - inShape.size(), 1);
    llvm::append_range(padded, inShape);
    inShape = padded;
    for (size_t i = 0; i < out->size(); ++i)
      multiples.push_back(inShape[i] == (*out)[i] ? 1 : (*out)[i]);
  }
  SmallVector<int64_t> outShape;
  for (size_t i = 0; i < inShape.size(); ++i) {
    int64_t d;
    if (multiples[i] < 0 || llvm::MulOverflow(inShape[i], multiples[i], d))
      return node.emitError()
             << "invalid or overflowing result dimension " << i << " ("
             << inShape[i] << " x " << multiples[i] << ")";
    outShape.push_back(d);
  }
  if (x.constant && product(outShape) <= kFoldLimit) {
    auto out = std::make_shared<HostTensor>();
    out->shape = outShape;
    out->elementType = x.constant->elementType;
    SmallVector<int64_t> strides = rowMajorStrides(inShape);
    forEachIndex(outShape, [&](int64_t, ArrayRef<int64_t> idx) {
      int64_t off = 0;
      for (size_t d = 0; d < idx.size(); ++d)
        off += (idx[d] % inShape[d]) * strides[d];
      if (out->isFloat())
        out->floats.push_back(x.constant->floats[off]);
      else
        out->ints.push_back(x.constant->ints[off]);
    });
    imp.setConstantOutput(node, 0, out);
    return success();
  }
  Location loc = node.loc;
  Value v = imp.reshape(loc, imp.getLogical(x, loc), inShape);
  Value r = tosa::TileOp::create(imp.builder, loc, withShape(x.type, outShape),
                                 v, imp.constShape(loc, multiples));
  imp.setOutput(node, 0, r, false);
  return success();
}

//===----------------------------------------------------------------------===//
// Registration
//===----------------------------------------------------------------------===//

void onnx_import::populateShapeConverters(ConverterTable &t) {
  t["Concat"] = convertConcat;
  t["Dropout"] = convertDropout;
  t["Expand"] = convertTileLike;
  t["Flatten"] = convertFlatten;
  t["Identity"] = convertIdentity;
  t["Pad"] = convertPad;
  t["Reshape"] = convertReshape;
  t["Slice"] = convertSlice;
  t["Split"] = convertSplit;
  t["Squeeze"] = convertSqueeze;
  t["Tile"] = convertTileLike;
  t["Transpose"] = convertTranspose;
  t["Unsqueeze"] = convertUnsqueeze;
}
