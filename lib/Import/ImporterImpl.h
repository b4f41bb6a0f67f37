//===- ImporterImpl.h - ONNX importer internals -----------------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// State shared by the graph walker (ONNXImporter.cpp) and the per-operator
/// converters (Converters.h and the family files *Ops.cpp).
///
/// Every ONNX value is tracked as a TensorValue: its logical (ONNX, NCHW)
/// type, the SSA value that holds it, and whether that SSA value is stored
/// channels-last (NHWC). Values known at import time (initializers, Constant
/// nodes, folded shape computations) carry their data as a HostTensor and are
/// only materialized as `tosa.const` when a non-folded operator uses them, in
/// the layout that operator wants.
///
//===----------------------------------------------------------------------===//

#ifndef SERENITY_LIB_IMPORT_IMPORTERIMPL_H
#define SERENITY_LIB_IMPORT_IMPORTERIMPL_H

#include "serenity/Import/ONNXImporter.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Location.h"
#include "mlir/Support/LLVM.h"
#include "llvm/ADT/StringMap.h"

#include <onnx/onnx_pb.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace serenity {
namespace onnx_import {

/// Import-time tensor data, always in the logical ONNX layout. Floating-point
/// tensors are held as f32, everything else (integers, bool) as int64.
struct HostTensor {
  llvm::SmallVector<int64_t> shape;
  mlir::Type elementType;
  std::vector<float> floats;
  std::vector<int64_t> ints;

  bool isFloat() const { return mlir::isa<mlir::FloatType>(elementType); }
  int64_t numElements() const;
  /// Element `i` (row-major) as a double, whatever the storage.
  double at(int64_t i) const { return isFloat() ? floats[i] : ints[i]; }
};
using HostTensorRef = std::shared_ptr<const HostTensor>;

/// Layout bookkeeping for one ONNX value.
struct TensorValue {
  /// The logical (ONNX-order) type.
  mlir::RankedTensorType type;
  /// The SSA value as produced; null for constants not yet materialized.
  mlir::Value value;
  /// `value` is the NHWC permutation of a rank-4 logical NCHW tensor.
  bool nhwc = false;
  /// Contents, when known at import time.
  HostTensorRef constant;
  /// Lazily built views of `value` in each layout.
  mlir::Value logicalView, nhwcView;
};

/// Read access to a NodeProto's attributes and inputs.
class NodeView {
public:
  NodeView(const onnx::NodeProto &proto, mlir::Location loc, int64_t opset)
      : proto(proto), loc(loc), opset(opset) {}

  const onnx::NodeProto &proto;
  mlir::Location loc;
  int64_t opset;

  llvm::StringRef opType() const { return proto.op_type(); }
  llvm::StringRef name() const;
  const onnx::AttributeProto *attr(llvm::StringRef name) const;
  bool hasAttr(llvm::StringRef name) const { return attr(name) != nullptr; }
  int64_t getInt(llvm::StringRef name, int64_t dflt) const;
  float getFloat(llvm::StringRef name, float dflt) const;
  std::string getString(llvm::StringRef name, llvm::StringRef dflt) const;
  std::optional<llvm::SmallVector<int64_t>> getInts(llvm::StringRef name) const;
  std::optional<llvm::SmallVector<float>> getFloats(llvm::StringRef name) const;

  unsigned numInputs() const { return proto.input_size(); }
  /// True if input `i` is present (ONNX marks skipped optional inputs with an
  /// empty name).
  bool hasInput(unsigned i) const {
    return i < (unsigned)proto.input_size() && !proto.input(i).empty();
  }
  unsigned numOutputs() const { return proto.output_size(); }
  bool hasOutput(unsigned i) const {
    return i < (unsigned)proto.output_size() && !proto.output(i).empty();
  }

  /// Emits an error at the node's location, prefixed by the node's identity.
  mlir::InFlightDiagnostic emitError() const;
};

class Importer;
using ConvertFn = mlir::LogicalResult (*)(Importer &, NodeView &);

/// The operator table, by ONNX op_type (default domain).
const llvm::StringMap<ConvertFn> &getConverters();

/// Converts a TensorProto to host data, reading external data relative to
/// `externalDir` (none if empty). Returns failure (after emitting at `loc`)
/// for unsupported element types or inconsistent payloads.
mlir::FailureOr<HostTensorRef>
convertTensorProto(const onnx::TensorProto &t, mlir::MLIRContext *ctx,
                   mlir::Location loc, llvm::StringRef externalDir = "");

/// Maps an ONNX element type to the MLIR element type used for it, or null.
mlir::Type convertElementType(int32_t onnxType, mlir::MLIRContext *ctx);
/// The inverse of convertElementType (UNDEFINED for other types).
int32_t toONNXElementType(mlir::Type type);
/// Host data as a TensorProto named `name`.
onnx::TensorProto toTensorProto(const HostTensor &data, llvm::StringRef name);
/// Logical type of a TypeProto, or null if it is not a ranked tensor of a
/// supported element type; unknown dims are dynamic.
mlir::RankedTensorType convertTypeProto(const onnx::TypeProto &type,
                                        mlir::MLIRContext *ctx);

/// Structural checks before inference (GraphChecks.cpp): inputs defined
/// before use, values written once, input/output counts allowed by the
/// operator schema, positive strides, dilations, kernel sizes, groups.
mlir::LogicalResult checkGraph(
    const onnx::GraphProto &graph, int64_t opset,
    llvm::function_ref<mlir::Location(const onnx::NodeProto &, int)> nodeLoc,
    mlir::Location fileLoc);

/// ONNX shape inference with data propagation on the whole model, in place.
mlir::LogicalResult inferModelShapes(onnx::ModelProto &model,
                                     mlir::Location loc);
/// ONNX's version converter, in place, from opset `from` to `to`.
mlir::LogicalResult convertOpset(onnx::ModelProto &model, int64_t from,
                                 int64_t to, mlir::Location loc);

/// The resource key of elided weights, shared with the runner, which fills
/// exactly these constants with deterministic values.
inline constexpr llvm::StringLiteral kElidedResource = "__elided__";

/// Permutation NCHW -> NHWC (`nhwc[i] = nchw[kToNHWC[i]]`) and back.
inline constexpr int32_t kToNHWC[4] = {0, 2, 3, 1};
inline constexpr int32_t kToNCHW[4] = {0, 3, 1, 2};
/// Position of logical (NCHW) axis `a` in an NHWC tensor.
inline int64_t nhwcAxis(int64_t a) { return kToNCHW[a]; }

/// Row-major transpose of host data: `out.shape[i] = in.shape[perm[i]]`.
HostTensorRef transposeHost(const HostTensor &in, llvm::ArrayRef<int32_t> perm);

/// The importer's state while walking one graph.
class Importer {
public:
  Importer(mlir::MLIRContext *ctx, const ONNXImportOptions &options)
      : ctx(ctx), builder(ctx), options(options) {}

  mlir::MLIRContext *ctx;
  mlir::OpBuilder builder;
  const ONNXImportOptions &options;
  int64_t opset = 0;
  /// The model's operator sets (domain, version), for per-node inference.
  llvm::SmallVector<std::pair<std::string, int64_t>> opsetImports;
  /// Every ONNX value seen so far, by name.
  llvm::StringMap<TensorValue> values;
  /// Logical types from ONNX shape inference (and the graph's annotations).
  llvm::StringMap<mlir::RankedTensorType> inferredTypes;
  /// Counter to name resource blobs uniquely.
  unsigned blobCounter = 0;

  //===--------------------------------------------------------------------===//
  // Operands and results of the node being converted.
  //===--------------------------------------------------------------------===//

  /// Input `i` of `node`, or failure (with an error) if it is missing.
  mlir::FailureOr<TensorValue *> getInput(NodeView &node, unsigned i);
  /// Input `i` if present, else null.
  TensorValue *getOptionalInput(NodeView &node, unsigned i);
  /// Input `i` that must be known at import time (`what` names it).
  mlir::FailureOr<HostTensorRef> getConstantInput(NodeView &node, unsigned i,
                                                  llvm::StringRef what);
  /// The statically known logical type of output `i`, or failure.
  mlir::FailureOr<mlir::RankedTensorType> getOutputType(NodeView &node,
                                                        unsigned i);
  /// Records output `i` of `node`.
  void setOutput(NodeView &node, unsigned i, mlir::Value value, bool nhwc);
  void setConstantOutput(NodeView &node, unsigned i, HostTensorRef data);

  //===--------------------------------------------------------------------===//
  // Layout views.
  //===--------------------------------------------------------------------===//

  /// The value in logical ONNX order.
  mlir::Value getLogical(TensorValue &tv, mlir::Location loc);
  /// The value of a rank-4 tensor in NHWC order.
  mlir::Value getNHWC(TensorValue &tv, mlir::Location loc);
  /// The value in the layout requested (`nhwc` only for rank 4).
  mlir::Value getInLayout(TensorValue &tv, bool nhwc, mlir::Location loc) {
    return nhwc ? getNHWC(tv, loc) : getLogical(tv, loc);
  }
  /// Physical type of a logical type in the given layout.
  static mlir::RankedTensorType physicalType(mlir::RankedTensorType logical,
                                             bool nhwc);

  //===--------------------------------------------------------------------===//
  // IR construction helpers.
  //===--------------------------------------------------------------------===//

  /// Emits `tosa.const` for host data: inline when small, a resource blob
  /// when large; with --elide-weights, floating-point tensors of more than
  /// one element become `dense_resource<__elided__>` (scalars, integer
  /// tensors and the importer's zero points and shapes keep their values).
  mlir::Value materialize(const HostTensor &data, mlir::Location loc);
  /// The handle of the `__elided__` resource.
  mlir::DenseResourceElementsHandle elidedHandle();
  mlir::Value transpose(mlir::Location loc, mlir::Value v,
                        llvm::ArrayRef<int32_t> perm);
  mlir::Value reshape(mlir::Location loc, mlir::Value v,
                      llvm::ArrayRef<int64_t> shape);
  mlir::Value constShape(mlir::Location loc, llvm::ArrayRef<int64_t> values);
  /// An f32 constant of shape [1] x rank holding `value`.
  mlir::Value scalarConst(mlir::Location loc, float value, int64_t rank,
                          mlir::Type elementType = nullptr);
  /// A rank-1 single-element zero point of the given element type.
  mlir::Value zeroPoint(mlir::Location loc, mlir::Type elementType);
  mlir::Value mulShift(mlir::Location loc);
  /// Reshapes `v` (logical rank r < rank) to `rank` by prepending unit dims.
  mlir::Value broadcastRank(mlir::Location loc, mlir::Value v, int64_t rank);
};

/// ONNX shape inference of one node from the importer's knowledge of its
/// inputs (types, and the data of small constants): one type per output,
/// null where ONNX could not tell.
mlir::FailureOr<llvm::SmallVector<mlir::RankedTensorType>>
inferNodeTypes(Importer &imp, NodeView &node);

} // namespace onnx_import
} // namespace serenity

#endif // SERENITY_LIB_IMPORT_IMPORTERIMPL_H
