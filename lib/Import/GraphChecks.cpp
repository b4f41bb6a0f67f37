//===- GraphChecks.cpp - structural checks of an ONNX graph -----*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Checks a graph before anything is inferred or emitted: every input is
/// defined before it is used, every value is written once, the number of
/// inputs and outputs of a node is one its operator schema allows, and the
/// attributes that ONNX's own shape inference divides by are positive (a
/// zero stride makes libonnx divide by zero, a SIGFPE that no C++ handler
/// catches).
///
//===----------------------------------------------------------------------===//

#include "ImporterImpl.h"

#include "mlir/IR/Diagnostics.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

#include <onnx/defs/schema.h>

using namespace mlir;
using namespace serenity;
using namespace serenity::onnx_import;

/// Operators whose window attributes (strides, dilations, kernel_shape) must
/// be positive.
static bool hasWindowAttributes(StringRef op) {
  return llvm::is_contained({"AveragePool", "Conv", "ConvInteger",
                             "ConvTranspose", "LpPool", "MaxPool", "MaxUnpool",
                             "QLinearConv"},
                            op);
}

/// Checks the attributes that shape inference or the converters divide by.
static LogicalResult checkAttributes(NodeView &node) {
  StringRef op = node.opType();
  if (hasWindowAttributes(op)) {
    for (StringRef name : {"strides", "dilations", "kernel_shape"}) {
      std::optional<SmallVector<int64_t>> vals = node.getInts(name);
      if (!vals)
        continue;
      for (auto [i, v] : llvm::enumerate(*vals))
        if (v <= 0)
          return node.emitError()
                 << "attribute '" << name << "' has value " << v
                 << " at position " << i << "; it must be positive";
    }
  }
  if (llvm::is_contained(
          {"Conv", "ConvInteger", "ConvTranspose", "QLinearConv"}, op) &&
      node.hasAttr("group") && node.getInt("group", 1) <= 0)
    return node.emitError()
           << "attribute 'group' is " << node.getInt("group", 1)
           << "; it must be positive";
  if ((op == "DepthToSpace" || op == "SpaceToDepth") &&
      node.getInt("blocksize", 1) <= 0)
    return node.emitError()
           << "attribute 'blocksize' is " << node.getInt("blocksize", 1)
           << "; it must be positive";
  return success();
}

LogicalResult onnx_import::checkGraph(
    const onnx::GraphProto &graph, int64_t opset,
    llvm::function_ref<Location(const onnx::NodeProto &, int)> nodeLoc,
    Location fileLoc) {
  // Where each defined name comes from, for the messages.
  llvm::StringMap<std::string> definedBy;
  for (const onnx::TensorProto &init : graph.initializer())
    definedBy.try_emplace(init.name(), "an initializer");
  for (const onnx::ValueInfoProto &in : graph.input())
    definedBy.try_emplace(in.name(), "a graph input");

  for (int i = 0, e = graph.node_size(); i < e; ++i) {
    const onnx::NodeProto &proto = graph.node(i);
    NodeView node(proto, nodeLoc(proto, i), opset);
    bool defaultDomain = proto.domain().empty() || proto.domain() == "ai.onnx";
    // Operators the opset does not define yet (some exporters emit them
    // early) are left to the converters.
    const onnx::OpSchema *schema =
        defaultDomain
            ? onnx::OpSchemaRegistry::Schema(proto.op_type(), (int)opset, "")
            : nullptr;
    if (schema) {
      auto checkCount = [&](StringRef what, int n, int lo, int hi) {
        if (n >= lo && n <= hi)
          return success();
        InFlightDiagnostic diag = node.emitError();
        diag << "has " << n << " " << what << "s; opset " << opset << "'s "
             << proto.op_type() << " takes ";
        if (lo == hi)
          diag << lo;
        else if (hi == std::numeric_limits<int>::max())
          diag << "at least " << lo;
        else
          diag << lo << " to " << hi;
        return failure();
      };
      if (failed(checkCount("input", proto.input_size(), schema->min_input(),
                            schema->max_input())) ||
          failed(checkCount("output", proto.output_size(), schema->min_output(),
                            schema->max_output())))
        return failure();
    }
    if (failed(checkAttributes(node)))
      return failure();
    for (const std::string &in : proto.input())
      if (!in.empty() && !definedBy.count(in))
        return node.emitError() << "input '" << in
                                << "' is not produced by any earlier node, "
                                   "graph input or initializer";
    for (const std::string &out : proto.output()) {
      if (out.empty())
        continue;
      auto [it, inserted] =
          definedBy.try_emplace(out, "node '" + node.name().str() + "'");
      if (!inserted)
        return node.emitError()
               << "output '" << out << "' is already defined by " << it->second
               << "; a value must be written exactly once";
    }
  }
  for (const onnx::ValueInfoProto &out : graph.output())
    if (!definedBy.count(out.name()))
      return emitError(fileLoc) << "graph output '" << out.name()
                                << "' is not produced by any node";
  return success();
}
