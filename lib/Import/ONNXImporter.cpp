//===- ONNXImporter.cpp - ONNX ModelProto to TOSA ---------------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Parses an ONNX model, checks its structure (GraphChecks.cpp), converts old
/// opsets, runs ONNX shape inference (ShapeInference.cpp), and walks the graph
/// in node order, handing each node to its converter (Converters.h) and
/// checking what it recorded. Also the Importer's operand, layout and IR
/// construction helpers.
///
//===----------------------------------------------------------------------===//

#include "ImporterImpl.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinDialect.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/Verifier.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace mlir;
using namespace serenity;
using namespace serenity::onnx_import;

/// Opsets the importer accepts: ONNX 1.12 knows 1 to 17; models older than
/// kConvertedOpset are converted to it with ONNX's version converter.
static constexpr int64_t kOldestOpset = 7;
static constexpr int64_t kConvertedOpset = 9;
static constexpr int64_t kNewestOpset = 17;

//===----------------------------------------------------------------------===//
// NodeView
//===----------------------------------------------------------------------===//

StringRef NodeView::name() const {
  if (!proto.name().empty())
    return proto.name();
  return proto.output_size() ? StringRef(proto.output(0)) : StringRef("");
}

const onnx::AttributeProto *NodeView::attr(StringRef attrName) const {
  for (const onnx::AttributeProto &a : proto.attribute())
    if (a.name() == attrName)
      return &a;
  return nullptr;
}

int64_t NodeView::getInt(StringRef attrName, int64_t dflt) const {
  const onnx::AttributeProto *a = attr(attrName);
  return a ? a->i() : dflt;
}

float NodeView::getFloat(StringRef attrName, float dflt) const {
  const onnx::AttributeProto *a = attr(attrName);
  return a ? a->f() : dflt;
}

std::string NodeView::getString(StringRef attrName, StringRef dflt) const {
  const onnx::AttributeProto *a = attr(attrName);
  return a ? a->s() : dflt.str();
}

std::optional<SmallVector<int64_t>>
NodeView::getInts(StringRef attrName) const {
  const onnx::AttributeProto *a = attr(attrName);
  if (!a)
    return std::nullopt;
  return SmallVector<int64_t>(a->ints().begin(), a->ints().end());
}

std::optional<SmallVector<float>>
NodeView::getFloats(StringRef attrName) const {
  const onnx::AttributeProto *a = attr(attrName);
  if (!a)
    return std::nullopt;
  return SmallVector<float>(a->floats().begin(), a->floats().end());
}

InFlightDiagnostic NodeView::emitError() const {
  return mlir::emitError(loc)
         << "node '" << name() << "' (" << opType() << "): ";
}

//===----------------------------------------------------------------------===//
// Importer: operands, results, layouts
//===----------------------------------------------------------------------===//

FailureOr<TensorValue *> Importer::getInput(NodeView &node, unsigned i) {
  if (!node.hasInput(i))
    return node.emitError() << "missing required input #" << i;
  auto it = values.find(node.proto.input(i));
  if (it == values.end())
    return node.emitError() << "input '" << node.proto.input(i)
                            << "' is not produced by any earlier node, graph "
                               "input or initializer";
  return &it->second;
}

TensorValue *Importer::getOptionalInput(NodeView &node, unsigned i) {
  if (!node.hasInput(i))
    return nullptr;
  auto it = values.find(node.proto.input(i));
  return it == values.end() ? nullptr : &it->second;
}

FailureOr<HostTensorRef> Importer::getConstantInput(NodeView &node, unsigned i,
                                                    StringRef what) {
  FailureOr<TensorValue *> tv = getInput(node, i);
  if (failed(tv))
    return failure();
  if (!(*tv)->constant)
    return node.emitError()
           << "the " << what << " (input '" << node.proto.input(i)
           << "') must be known at import time";
  return (*tv)->constant;
}

FailureOr<RankedTensorType> Importer::getOutputType(NodeView &node,
                                                    unsigned i) {
  if (!node.hasOutput(i))
    return node.emitError() << "missing output #" << i;
  const std::string &name = node.proto.output(i);
  auto it = inferredTypes.find(name);
  if (it == inferredTypes.end() || !it->second ||
      !it->second.hasStaticShape()) {
    // Whole-model inference could not tell (the shape depends on values its
    // data propagation does not compute); infer this node alone, now that
    // its inputs' types are known and their constants folded.
    FailureOr<SmallVector<RankedTensorType>> types =
        inferNodeTypes(*this, node);
    if (failed(types))
      return failure();
    for (unsigned k = 0; k < types->size(); ++k)
      if ((*types)[k] && node.hasOutput(k))
        inferredTypes[node.proto.output(k)] = (*types)[k];
    it = inferredTypes.find(name);
  }
  if (it == inferredTypes.end() || !it->second)
    return node.emitError() << "shape inference could not determine the "
                               "shape of output '"
                            << name << "', even after folding the constant "
                            << "inputs of the node";
  if (!it->second.hasStaticShape())
    return node.emitError()
           << "output '" << name << "' has dynamic shape " << it->second
           << " (it depends on runtime values); fix the graph inputs with "
              "--input-shape, or export the model with static shapes";
  return it->second;
}

void Importer::setOutput(NodeView &node, unsigned i, Value value, bool nhwc) {
  TensorValue tv;
  auto physical = cast<RankedTensorType>(value.getType());
  tv.type = nhwc ? RankedTensorType::get(
                       {physical.getDimSize(0), physical.getDimSize(3),
                        physical.getDimSize(1), physical.getDimSize(2)},
                       physical.getElementType())
                 : physical;
  tv.value = value;
  tv.nhwc = nhwc;
  if (nhwc)
    tv.nhwcView = value;
  else
    tv.logicalView = value;
  values[node.proto.output(i)] = tv;
}

void Importer::setConstantOutput(NodeView &node, unsigned i,
                                 HostTensorRef data) {
  TensorValue tv;
  tv.type = RankedTensorType::get(data->shape, data->elementType);
  tv.constant = std::move(data);
  values[node.proto.output(i)] = tv;
}

RankedTensorType Importer::physicalType(RankedTensorType logical, bool nhwc) {
  if (!nhwc)
    return logical;
  ArrayRef<int64_t> s = logical.getShape();
  return RankedTensorType::get({s[0], s[2], s[3], s[1]},
                               logical.getElementType());
}

/// True if permuting a tensor of `shape` by `perm` only moves unit
/// dimensions, so a reshape does the same job as a transpose.
static bool isReshapeLikePermutation(ArrayRef<int64_t> shape,
                                     ArrayRef<int32_t> perm) {
  int64_t last = -1;
  for (int32_t p : perm) {
    if (shape[p] == 1)
      continue;
    if (p < last)
      return false;
    last = p;
  }
  return true;
}

Value Importer::getLogical(TensorValue &tv, Location loc) {
  if (tv.logicalView)
    return tv.logicalView;
  if (tv.constant) {
    tv.logicalView = materialize(*tv.constant, loc);
    return tv.logicalView;
  }
  assert(tv.nhwc && "a value without a logical view must be NHWC");
  tv.logicalView = transpose(loc, tv.value, kToNCHW);
  return tv.logicalView;
}

Value Importer::getNHWC(TensorValue &tv, Location loc) {
  assert(tv.type.getRank() == 4 && "NHWC view of a non-4-D value");
  if (tv.nhwcView)
    return tv.nhwcView;
  if (tv.constant) {
    tv.nhwcView = materialize(*transposeHost(*tv.constant, kToNHWC), loc);
    return tv.nhwcView;
  }
  tv.nhwcView = transpose(loc, tv.value, kToNHWC);
  return tv.nhwcView;
}

//===----------------------------------------------------------------------===//
// Importer: IR construction helpers
//===----------------------------------------------------------------------===//

DenseResourceElementsHandle Importer::elidedHandle() {
  // Every elided weight refers to the one blob-less resource named
  // `__elided__`: MLIR parses and prints it (it is what the printer writes
  // for elided resources), and no folder can see through it.
  auto &iface = DenseResourceElementsHandle::getManagerInterface(ctx);
  if (DialectResourceBlobManager::BlobEntry *entry =
          iface.getBlobManager().lookup(kElidedResource))
    return DenseResourceElementsHandle(entry,
                                       ctx->getLoadedDialect<BuiltinDialect>());
  return iface.insert(kElidedResource);
}

Value Importer::materialize(const HostTensor &data, Location loc) {
  auto type = RankedTensorType::get(data.shape, data.elementType);
  int64_t n = data.numElements();
  ElementsAttr attr;
  if (data.isFloat()) {
    if (options.elideWeights && n > 1)
      attr = DenseResourceElementsAttr::get(type, elidedHandle());
    else if (n >= options.resourceThreshold)
      attr = DenseResourceElementsAttr::get(
          type, "onnx_weight_" + std::to_string(blobCounter++),
          HeapAsmResourceBlob::allocateAndCopyInferAlign(
              ArrayRef<float>(data.floats)));
    else
      attr = DenseElementsAttr::get(type, ArrayRef<float>(data.floats));
  } else {
    unsigned width = data.elementType.getIntOrFloatBitWidth();
    if (width == 64) {
      attr = DenseElementsAttr::get(type, ArrayRef<int64_t>(data.ints));
    } else if (width == 1) {
      SmallVector<bool> bits(data.ints.begin(), data.ints.end());
      attr = DenseElementsAttr::get(type, ArrayRef<bool>(bits));
    } else {
      SmallVector<APInt> vals;
      vals.reserve(n);
      for (int64_t v : data.ints)
        vals.push_back(
            APInt(width, v, /*isSigned=*/true, /*implicitTrunc=*/true));
      attr = DenseElementsAttr::get(type, vals);
    }
  }
  return tosa::ConstOp::create(builder, loc, type, attr);
}

Value Importer::transpose(Location loc, Value v, ArrayRef<int32_t> perm) {
  auto type = cast<RankedTensorType>(v.getType());
  SmallVector<int64_t> shape;
  for (int32_t p : perm)
    shape.push_back(type.getDimSize(p));
  if (llvm::equal(perm, llvm::seq<int32_t>(0, perm.size())))
    return v;
  // Moving only unit dims around is a reshape; it keeps the IR free of
  // transposes that do not move data (e.g. before Flatten after a global
  // pool).
  if (isReshapeLikePermutation(type.getShape(), perm))
    return reshape(loc, v, shape);
  auto resultType = RankedTensorType::get(shape, type.getElementType());
  return tosa::TransposeOp::create(builder, loc, resultType, v,
                                   builder.getDenseI32ArrayAttr(perm));
}

Value Importer::constShape(Location loc, ArrayRef<int64_t> vals) {
  auto attrType =
      RankedTensorType::get({(int64_t)vals.size()}, builder.getIndexType());
  auto attr = DenseIntElementsAttr::get(attrType, vals);
  auto shapeType = tosa::shapeType::get(ctx, vals.size());
  return tosa::ConstShapeOp::create(builder, loc, shapeType, attr);
}

Value Importer::reshape(Location loc, Value v, ArrayRef<int64_t> shape) {
  auto type = cast<RankedTensorType>(v.getType());
  if (type.getShape() == shape)
    return v;
  auto resultType = RankedTensorType::get(shape, type.getElementType());
  return tosa::ReshapeOp::create(builder, loc, resultType, v,
                                 constShape(loc, shape));
}

Value Importer::scalarConst(Location loc, float value, int64_t rank,
                            Type elementType) {
  if (!elementType)
    elementType = builder.getF32Type();
  SmallVector<int64_t> shape(rank, 1);
  auto type = RankedTensorType::get(shape, elementType);
  Attribute elt;
  if (isa<FloatType>(elementType))
    elt = builder.getFloatAttr(elementType, value);
  else
    elt = builder.getIntegerAttr(elementType, (int64_t)value);
  return tosa::ConstOp::create(builder, loc, type,
                               DenseElementsAttr::get(type, elt));
}

Value Importer::zeroPoint(Location loc, Type elementType) {
  return scalarConst(loc, 0.0f, 1, elementType);
}

Value Importer::mulShift(Location loc) {
  return scalarConst(loc, 0.0f, 1, builder.getI8Type());
}

Value Importer::broadcastRank(Location loc, Value v, int64_t rank) {
  auto type = cast<RankedTensorType>(v.getType());
  if (type.getRank() == rank)
    return v;
  SmallVector<int64_t> shape(rank - type.getRank(), 1);
  llvm::append_range(shape, type.getShape());
  return reshape(loc, v, shape);
}

//===----------------------------------------------------------------------===//
// Model-level import
//===----------------------------------------------------------------------===//

namespace {
/// Walks one ModelProto.
class ModelImporter {
public:
  ModelImporter(MLIRContext *ctx, StringRef fileName,
                const ONNXImportOptions &options)
      : ctx(ctx), fileName(fileName), options(options), importer(ctx, options) {
  }

  OwningOpRef<ModuleOp> run(StringRef input);

private:
  Location fileLoc() { return FileLineColLoc::get(ctx, fileName, 0, 0); }
  /// The directory external data is read from: the model file's.
  std::string externalDataDir() {
    if (fileName.empty() || fileName == "-" || fileName == "<stdin>" ||
        !llvm::sys::fs::exists(fileName))
      return "";
    SmallString<256> dir(fileName);
    llvm::sys::path::remove_filename(dir);
    return dir.empty() ? "." : std::string(dir);
  }
  /// Location of the node at graph position `index` (reported as the line).
  Location nodeLoc(const onnx::NodeProto &node, int index);
  LogicalResult parse(StringRef input);
  LogicalResult upgradeOpset();
  LogicalResult applyInputShapes();
  void collectInferredTypes();
  LogicalResult checkOperators();
  /// Checks the outputs `node`'s converter recorded: sizes that fit, the
  /// shapes ONNX inferred, no zero-sized runtime tensors.
  LogicalResult checkOutputs(NodeView &node);
  OwningOpRef<ModuleOp> buildFunction();

  MLIRContext *ctx;
  StringRef fileName;
  const ONNXImportOptions &options;
  Importer importer;
  onnx::ModelProto model;
  llvm::StringSet<> initializerNames;
};
} // namespace

Location ModelImporter::nodeLoc(const onnx::NodeProto &node, int index) {
  std::string name = node.name();
  if (name.empty())
    name = node.output_size() ? node.output(0) : node.op_type();
  return NameLoc::get(StringAttr::get(ctx, name),
                      FileLineColLoc::get(ctx, fileName, index + 1, 0));
}

LogicalResult ModelImporter::parse(StringRef input) {
  if (input.size() > (size_t)std::numeric_limits<int>::max())
    return emitError(fileLoc()) << "model is larger than 2 GiB";
  if (!model.ParseFromArray(input.data(), (int)input.size()))
    return emitError(fileLoc())
           << "failed to parse the input as an ONNX ModelProto (truncated "
              "or not an ONNX file?)";
  if (!model.has_graph() || model.graph().output_size() == 0)
    return emitError(fileLoc())
           << "the input is not an ONNX model: it has no graph with outputs";
  if (model.ir_version() <= 0)
    return emitError(fileLoc())
           << "the input is not an ONNX model: missing ir_version";

  int64_t opset = -1;
  for (const onnx::OperatorSetIdProto &id : model.opset_import())
    if (id.domain().empty() || id.domain() == "ai.onnx")
      opset = id.version();
  if (opset < 0)
    return emitError(fileLoc())
           << "the model imports no version of the default ONNX operator "
              "set";
  if (opset > kNewestOpset)
    return emitError(fileLoc())
           << "unsupported ONNX opset " << opset << ": the newest opset this "
           << "importer knows is " << kNewestOpset
           << " (ONNX 1.12); export the model with opset " << kNewestOpset
           << " or older";
  if (opset < kOldestOpset)
    return emitError(fileLoc())
           << "unsupported ONNX opset " << opset
           << " (supported: " << kOldestOpset << " to " << kNewestOpset << ")";
  importer.opset = opset;
  return success();
}

LogicalResult ModelImporter::upgradeOpset() {
  // The converters handle opsets 9 and newer; older models go through ONNX's
  // version converter first.
  if (importer.opset >= kConvertedOpset)
    return success();
  if (failed(convertOpset(model, importer.opset, kConvertedOpset, fileLoc())))
    return failure();
  importer.opset = kConvertedOpset;
  return success();
}

LogicalResult ModelImporter::applyInputShapes() {
  onnx::GraphProto *graph = model.mutable_graph();
  for (const onnx::TensorProto &init : graph->initializer())
    initializerNames.insert(init.name());
  llvm::StringSet<> seen;
  for (onnx::ValueInfoProto &in : *graph->mutable_input()) {
    if (initializerNames.contains(in.name()))
      continue;
    auto it = options.inputShapes.find(in.name());
    if (it == options.inputShapes.end())
      continue;
    seen.insert(in.name());
    onnx::TypeProto_Tensor *tensorType =
        in.mutable_type()->mutable_tensor_type();
    onnx::TensorShapeProto *shape = tensorType->mutable_shape();
    if (shape->dim_size() != 0 && shape->dim_size() != (int)it->second.size())
      return emitError(fileLoc())
             << "--input-shape for '" << in.name() << "' has rank "
             << it->second.size() << " but the graph input has rank "
             << shape->dim_size();
    shape->clear_dim();
    for (int64_t d : it->second)
      shape->add_dim()->set_dim_value(d);
  }
  for (const auto &entry : options.inputShapes)
    if (!seen.contains(entry.getKey()))
      return emitError(fileLoc()) << "--input-shape names '" << entry.getKey()
                                  << "', which is not a graph input";
  if (!options.inputShapes.empty()) {
    // Shapes recorded at export time may contradict the new input shapes;
    // let shape inference recompute them.
    graph->clear_value_info();
    for (onnx::ValueInfoProto &out : *graph->mutable_output())
      out.mutable_type()->mutable_tensor_type()->clear_shape();
  }
  return success();
}

void ModelImporter::collectInferredTypes() {
  const onnx::GraphProto &graph = model.graph();
  auto add = [&](const onnx::ValueInfoProto &vi) {
    importer.inferredTypes[vi.name()] = convertTypeProto(vi.type(), ctx);
  };
  for (const onnx::ValueInfoProto &vi : graph.input())
    add(vi);
  for (const onnx::ValueInfoProto &vi : graph.value_info())
    add(vi);
  for (const onnx::ValueInfoProto &vi : graph.output())
    add(vi);
}

LogicalResult ModelImporter::checkOperators() {
  const llvm::StringMap<ConvertFn> &converters = getConverters();
  const onnx::GraphProto &graph = model.graph();
  auto qualified = [](const onnx::NodeProto &node) {
    bool defaultDomain = node.domain().empty() || node.domain() == "ai.onnx";
    return defaultDomain ? node.op_type()
                         : node.domain() + "." + node.op_type();
  };
  // Every unsupported operator type, so that one run names them all.
  int first = -1;
  llvm::SmallVector<std::string> others;
  for (int i = 0, e = graph.node_size(); i < e; ++i) {
    const onnx::NodeProto &node = graph.node(i);
    bool defaultDomain = node.domain().empty() || node.domain() == "ai.onnx";
    if (defaultDomain && converters.count(node.op_type()))
      continue;
    std::string op = qualified(node);
    if (first < 0)
      first = i;
    else if (op != qualified(graph.node(first)) &&
             !llvm::is_contained(others, op))
      others.push_back(op);
  }
  if (first < 0)
    return success();
  const onnx::NodeProto &node = graph.node(first);
  SmallVector<StringRef> supported;
  for (const auto &entry : converters)
    supported.push_back(entry.getKey());
  llvm::sort(supported);
  InFlightDiagnostic diag = emitError(nodeLoc(node, first));
  diag << "node '" << NodeView(node, nodeLoc(node, first), 0).name()
       << "': unsupported ONNX operator '" << qualified(node) << "'";
  if (!others.empty()) {
    diag << " (the graph also uses unsupported ";
    llvm::interleaveComma(
        others, diag, [&](const std::string &op) { diag << "'" << op << "'"; });
    diag << ")";
  }
  diag << "; supported operators (default domain): ";
  llvm::interleaveComma(supported, diag);
  return failure();
}

/// A symbol name every tool handles without quoting (MLIR bare identifier,
/// C identifier): the graph's name with every other character replaced by
/// '_', or "main" when nothing is left.
static std::string functionName(StringRef graphName) {
  std::string name;
  for (char c : graphName) {
    bool ok = llvm::isAlnum(c) || c == '_';
    if (ok)
      name.push_back(c);
    else if (!name.empty() && name.back() != '_')
      name.push_back('_');
  }
  while (!name.empty() && name.back() == '_')
    name.pop_back();
  if (name.empty())
    return "main";
  if (llvm::isDigit(name.front()))
    name.insert(name.begin(), '_');
  return name;
}

/// Byte size of a tensor type, or nullopt if it does not fit in int64.
static std::optional<int64_t> checkedByteSize(RankedTensorType type) {
  int64_t bits =
      std::max<int64_t>(8, llvm::alignTo(type.getElementTypeBitWidth(), 8));
  int64_t bytes = bits / 8;
  for (int64_t d : type.getShape())
    if (llvm::MulOverflow(bytes, d, bytes))
      return std::nullopt;
  return bytes;
}

LogicalResult ModelImporter::checkOutputs(NodeView &node) {
  for (const std::string &out : node.proto.output()) {
    auto it = importer.values.find(out);
    if (it == importer.values.end())
      continue;
    RankedTensorType type = it->second.type;
    if (!checkedByteSize(type))
      return node.emitError() << "output '" << out << "' has type " << type
                              << ", more than 2^63 bytes";
    // The converter's type must be the one ONNX inferred, where it did.
    RankedTensorType inferred = importer.inferredTypes.lookup(out);
    if (inferred && inferred.hasStaticShape() &&
        inferred.getShape() != type.getShape())
      return node.emitError()
             << "output '" << out << "' has shape " << type
             << " here but ONNX shape inference gives " << inferred;
    // Empty constants (e.g. a Resize roi) are fine; empty runtime tensors
    // are not expressible in TOSA.
    if (!it->second.constant && llvm::is_contained(type.getShape(), 0))
      return node.emitError()
             << "output '" << out << "' has zero-sized type " << type
             << "; zero-sized tensors are not supported";
  }
  return success();
}

OwningOpRef<ModuleOp> ModelImporter::buildFunction() {
  const onnx::GraphProto &graph = model.graph();
  OpBuilder &b = importer.builder;
  OwningOpRef<ModuleOp> module = ModuleOp::create(fileLoc());

  // Initializers are import-time constants; they are materialized lazily, so
  // unused ones never reach the IR.
  for (const onnx::TensorProto &init : graph.initializer()) {
    FailureOr<HostTensorRef> data = convertTensorProto(
        init, ctx, NameLoc::get(StringAttr::get(ctx, init.name()), fileLoc()),
        externalDataDir());
    if (failed(data))
      return nullptr;
    TensorValue tv;
    tv.type = RankedTensorType::get((*data)->shape, (*data)->elementType);
    tv.constant = *data;
    importer.values[init.name()] = tv;
  }

  // Function signature: the graph inputs that are not initializers.
  SmallVector<Type> argTypes;
  SmallVector<std::string> argNames;
  for (const onnx::ValueInfoProto &in : graph.input()) {
    if (initializerNames.contains(in.name()))
      continue;
    Location loc = NameLoc::get(StringAttr::get(ctx, in.name()), fileLoc());
    RankedTensorType type = convertTypeProto(in.type(), ctx);
    if (!type) {
      emitError(loc) << "graph input '" << in.name()
                     << "' is not a ranked tensor of a supported element "
                        "type (FLOAT, INT64, INT32, BOOL)";
      return nullptr;
    }
    for (int64_t i = 0; i < type.getRank(); ++i) {
      if (!type.isDynamicDim(i))
        continue;
      std::string dimName;
      const auto &dim = in.type().tensor_type().shape().dim(i);
      if (dim.has_dim_param())
        dimName = " ('" + dim.dim_param() + "')";
      emitError(loc) << "graph input '" << in.name()
                     << "' has a dynamic dimension" << dimName
                     << " at position " << i << "; fix it with --input-shape "
                     << in.name() << "=<d0>x<d1>x...";
      return nullptr;
    }
    argTypes.push_back(type);
    argNames.push_back(in.name());
  }

  std::string funcName = functionName(graph.name());
  b.setInsertionPointToEnd(module->getBody());
  auto func = func::FuncOp::create(b, fileLoc(), funcName,
                                   b.getFunctionType(argTypes, {}));
  Block *entry = func.addEntryBlock();
  for (auto [i, name] : llvm::enumerate(argNames)) {
    TensorValue tv;
    tv.type = cast<RankedTensorType>(argTypes[i]);
    tv.value = tv.logicalView = entry->getArgument(i);
    importer.values[name] = tv;
    func.setArgAttr(i, "onnx.name", b.getStringAttr(name));
  }
  if (funcName != graph.name() && !graph.name().empty())
    func->setAttr("onnx.graph_name", b.getStringAttr(graph.name()));
  b.setInsertionPointToEnd(entry);

  const llvm::StringMap<ConvertFn> &converters = getConverters();
  for (int i = 0, e = graph.node_size(); i < e; ++i) {
    const onnx::NodeProto &proto = graph.node(i);
    NodeView node(proto, nodeLoc(proto, i), importer.opset);
    if (failed(converters.lookup(proto.op_type())(importer, node)))
      return nullptr;
    if (failed(checkOutputs(node)))
      return nullptr;
  }

  SmallVector<Value> results;
  SmallVector<Type> resultTypes;
  for (const onnx::ValueInfoProto &out : graph.output()) {
    auto it = importer.values.find(out.name());
    if (it == importer.values.end()) {
      emitError(fileLoc()) << "graph output '" << out.name()
                           << "' is not produced by any node";
      return nullptr;
    }
    Location loc = NameLoc::get(StringAttr::get(ctx, out.name()), fileLoc());
    if (llvm::is_contained(it->second.type.getShape(), 0)) {
      emitError(loc) << "graph output '" << out.name() << "' is zero-sized ("
                     << it->second.type << "); zero-sized tensors are not "
                     << "supported";
      return nullptr;
    }
    Value v = importer.getLogical(it->second, loc);
    results.push_back(v);
    resultTypes.push_back(v.getType());
  }
  func::ReturnOp::create(b, fileLoc(), results);
  func.setType(b.getFunctionType(argTypes, resultTypes));
  for (auto [i, out] : llvm::enumerate(graph.output()))
    func.setResultAttr(i, "onnx.name", b.getStringAttr(out.name()));

  if (failed(verify(*module)))
    return nullptr;
  return module;
}

OwningOpRef<ModuleOp> ModelImporter::run(StringRef input) {
  auto loc = [&](const onnx::NodeProto &node, int i) {
    return nodeLoc(node, i);
  };
  if (failed(parse(input)) ||
      failed(checkGraph(model.graph(), importer.opset, loc, fileLoc())) ||
      failed(upgradeOpset()) || failed(applyInputShapes()) ||
      failed(checkOperators()) || failed(inferModelShapes(model, fileLoc())))
    return nullptr;
  for (const onnx::OperatorSetIdProto &id : model.opset_import())
    importer.opsetImports.emplace_back(
        id.domain() == "ai.onnx" ? std::string() : id.domain(), id.version());
  collectInferredTypes();
  return buildFunction();
}

OwningOpRef<ModuleOp>
serenity::importONNXModel(StringRef input, StringRef fileName,
                          MLIRContext *context,
                          const ONNXImportOptions &options) {
  context->loadDialect<arith::ArithDialect, func::FuncDialect,
                       tensor::TensorDialect, tosa::TosaDialect>();
  ModelImporter importer(context, fileName, options);
  return importer.run(input);
}
