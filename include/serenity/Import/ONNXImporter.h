//===- ONNXImporter.h - ONNX to TOSA importer -------------------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Public entry points of the ONNX importer: a serialized ONNX ModelProto goes
/// in, a module with one `func.func` whose body is TOSA (plus tensor/arith)
/// comes out. The graph is imported in NHWC layout with one transpose at each
/// 4-D graph input and output; node order is preserved.
///
//===----------------------------------------------------------------------===//

#ifndef SERENITY_IMPORT_ONNXIMPORTER_H
#define SERENITY_IMPORT_ONNXIMPORTER_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"

namespace mlir {
class MLIRContext;
} // namespace mlir

namespace serenity {

/// Knobs of the ONNX importer.
struct ONNXImportOptions {
  /// Replace floating-point weights (more than one element) by
  /// `dense_resource<__elided__>`, a resource without data: the IR stays
  /// small and the graph unchanged (no folder can see through it); the
  /// values are lost.
  bool elideWeights = false;
  /// Static shapes for graph inputs, overriding dynamic (or static) dims.
  llvm::StringMap<llvm::SmallVector<int64_t>> inputShapes;
  /// Constants with at least this many elements become dense resource blobs
  /// instead of inline dense literals.
  int64_t resourceThreshold = 1024;
};

/// Parses `input` as a serialized ONNX ModelProto and imports it. `fileName`
/// only feeds the locations of diagnostics. Returns null after emitting a
/// diagnostic on failure; nothing partial is returned.
mlir::OwningOpRef<mlir::ModuleOp>
importONNXModel(llvm::StringRef input, llvm::StringRef fileName,
                mlir::MLIRContext *context, const ONNXImportOptions &options);

/// Registers the `import-onnx` translation and its command-line options
/// (`--elide-weights`, `--input-shape name=1x3x224x224`).
void registerImportONNXTranslation();

} // namespace serenity

#endif // SERENITY_IMPORT_ONNXIMPORTER_H
