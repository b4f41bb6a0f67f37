//===- ShapeInference.cpp - libonnx inference and conversion ----*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Every call into libonnx that can throw: whole-model shape inference (with
/// data propagation), the opset version converter, and per-node shape
/// inference. The latter is how shapes that ONNX cannot see statically become
/// known: when whole-model inference leaves an output open (its shape
/// depends on values ONNX's data propagation does not compute, e.g. a Div in
/// torch's `chunk` bounds), the importer has by then folded the node's
/// constant inputs, so inferring the node alone, with its inputs' real types
/// and those constants as initializers, gives the static shape.
///
/// libonnx reports errors by throwing; this file is compiled with
/// -fexceptions and turns every exception into a diagnostic.
///
//===----------------------------------------------------------------------===//

#include "Converters.h"

#include "mlir/IR/Diagnostics.h"
#include "llvm/ADT/StringSet.h"

#include <onnx/defs/schema.h>
#include <onnx/shape_inference/implementation.h>
#include <onnx/version_converter/convert.h>

#include <unordered_map>

using namespace mlir;
using namespace serenity;
using namespace serenity::onnx_import;

RankedTensorType onnx_import::convertTypeProto(const onnx::TypeProto &type,
                                               MLIRContext *ctx) {
  if (!type.has_tensor_type() || !type.tensor_type().has_shape())
    return nullptr;
  Type elt = convertElementType(type.tensor_type().elem_type(), ctx);
  if (!elt)
    return nullptr;
  SmallVector<int64_t> shape;
  for (const onnx::TensorShapeProto_Dimension &d :
       type.tensor_type().shape().dim())
    shape.push_back(d.has_dim_value() && d.dim_value() >= 0
                        ? d.dim_value()
                        : ShapedType::kDynamic);
  return RankedTensorType::get(shape, elt);
}

static onnx::ShapeInferenceOptions inferenceOptions() {
  return onnx::ShapeInferenceOptions(/*check_type_val=*/false,
                                     /*strict_mode_val=*/0,
                                     /*data_prop_val=*/true);
}

LogicalResult onnx_import::inferModelShapes(onnx::ModelProto &model,
                                            Location loc) {
  try {
    onnx::shape_inference::InferShapes(
        model, onnx::OpSchemaRegistry::Instance(), inferenceOptions());
  } catch (const std::exception &e) {
    return emitError(loc) << "ONNX shape inference failed: " << e.what();
  } catch (...) {
    return emitError(loc) << "ONNX shape inference failed";
  }
  return success();
}

LogicalResult onnx_import::convertOpset(onnx::ModelProto &model, int64_t from,
                                        int64_t to, Location loc) {
  try {
    model = onnx::version_conversion::ConvertVersion(model, (int)to);
  } catch (const std::exception &e) {
    return emitError(loc) << "ONNX's version converter could not convert the "
                             "model from opset "
                          << from << " to " << to << ": " << e.what();
  } catch (...) {
    return emitError(loc) << "ONNX's version converter could not convert the "
                             "model from opset "
                          << from << " to " << to;
  }
  return success();
}

FailureOr<SmallVector<RankedTensorType>>
onnx_import::inferNodeTypes(Importer &imp, NodeView &node) {
  onnx::GraphProto graph;
  graph.set_name("node");
  *graph.add_node() = node.proto;
  llvm::StringSet<> seen;
  for (unsigned i = 0; i < node.numInputs(); ++i) {
    if (!node.hasInput(i))
      continue;
    const std::string &name = node.proto.input(i);
    if (!seen.insert(name).second)
      continue;
    auto it = imp.values.find(name);
    if (it == imp.values.end())
      return node.emitError() << "input '" << name << "' is not defined";
    const TensorValue &tv = it->second;
    onnx::ValueInfoProto *vi = graph.add_input();
    vi->set_name(name);
    onnx::TypeProto_Tensor *tt = vi->mutable_type()->mutable_tensor_type();
    tt->set_elem_type(toONNXElementType(tv.type.getElementType()));
    onnx::TensorShapeProto *shape = tt->mutable_shape();
    for (int64_t d : tv.type.getShape())
      shape->add_dim()->set_dim_value(d);
    // Constants that may decide the output shape (shapes, axes, pads,
    // repeats) are small; big ones (weights) only contribute their type.
    if (tv.constant && tv.constant->numElements() <= kInferenceConstantLimit)
      *graph.add_initializer() = toTensorProto(*tv.constant, name);
  }
  for (unsigned i = 0; i < node.numOutputs(); ++i)
    graph.add_output()->set_name(node.proto.output(i));

  std::unordered_map<std::string, int> opsets;
  for (const auto &[domain, version] : imp.opsetImports)
    opsets[domain] = (int)version;
  try {
    onnx::shape_inference::InferShapes(
        &graph, opsets, onnx::OpSchemaRegistry::Instance(), inferenceOptions());
  } catch (const std::exception &e) {
    return node.emitError() << "ONNX shape inference failed: " << e.what();
  } catch (...) {
    return node.emitError() << "ONNX shape inference failed";
  }
  SmallVector<RankedTensorType> types;
  for (const onnx::ValueInfoProto &out : graph.output())
    types.push_back(convertTypeProto(out.type(), imp.ctx));
  return types;
}
