//===- ImportTranslation.cpp - import-onnx translation ----------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Registers `--import-onnx` with mlir-translate's registry, together with its
/// command-line options.
///
//===----------------------------------------------------------------------===//

#include "serenity/Import/ONNXImporter.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/Tools/mlir-translate/Translation.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"

using namespace mlir;
using namespace serenity;

/// Parses "1x3x224x224" into dims; empty on malformed text.
static std::optional<SmallVector<int64_t>> parseDims(StringRef text) {
  SmallVector<int64_t> dims;
  SmallVector<StringRef> parts;
  text.split(parts, 'x');
  for (StringRef p : parts) {
    int64_t d;
    if (p.getAsInteger(10, d) || d <= 0)
      return std::nullopt;
    dims.push_back(d);
  }
  return dims;
}

void serenity::registerImportONNXTranslation() {
  static llvm::cl::OptionCategory category("ONNX import options");
  static llvm::cl::opt<bool> elideWeights(
      "elide-weights",
      llvm::cl::desc("Replace floating-point weights by "
                     "dense_resource<__elided__> (no data)"),
      llvm::cl::init(false), llvm::cl::cat(category));
  static llvm::cl::list<std::string> inputShapes(
      "input-shape",
      llvm::cl::desc("Fix the shape of a graph input: name=1x3x224x224 "
                     "(repeatable)"),
      llvm::cl::cat(category));
  static llvm::cl::opt<int64_t> resourceThreshold(
      "resource-threshold",
      llvm::cl::desc("Constants with at least this many elements become "
                     "dense resource blobs"),
      llvm::cl::init(1024), llvm::cl::cat(category));

  static TranslateToMLIRRegistration registration(
      "import-onnx", "Import an ONNX model (ModelProto) as TOSA",
      [](llvm::SourceMgr &sourceMgr,
         MLIRContext *context) -> OwningOpRef<Operation *> {
        const llvm::MemoryBuffer *buffer =
            sourceMgr.getMemoryBuffer(sourceMgr.getMainFileID());
        Location fileLoc =
            FileLineColLoc::get(context, buffer->getBufferIdentifier(), 0, 0);
        ONNXImportOptions options;
        options.elideWeights = elideWeights;
        options.resourceThreshold = resourceThreshold;
        for (const std::string &spec : inputShapes) {
          auto [name, dims] = StringRef(spec).rsplit('=');
          std::optional<SmallVector<int64_t>> parsed = parseDims(dims);
          if (name.empty() || dims.empty() || !parsed) {
            emitError(fileLoc) << "malformed --input-shape '" << spec
                               << "'; expected name=1x3x224x224";
            return nullptr;
          }
          options.inputShapes[name] = *parsed;
        }
        OwningOpRef<ModuleOp> module =
            importONNXModel(buffer->getBuffer(), buffer->getBufferIdentifier(),
                            context, options);
        if (!module)
          return nullptr;
        return OwningOpRef<Operation *>(module.release().getOperation());
      },
      [](DialectRegistry &registry) {
        registry.insert<arith::ArithDialect, func::FuncDialect,
                        tensor::TensorDialect, tosa::TosaDialect>();
      });
  (void)registration;
}
