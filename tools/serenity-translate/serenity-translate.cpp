//===- serenity-translate.cpp - Serenity translation driver ---------------===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The translation driver: `serenity-translate --import-onnx model.onnx`
/// turns an ONNX model into a TOSA module. Only Serenity's translations are
/// registered.
///
//===----------------------------------------------------------------------===//

#include "serenity/Import/ONNXImporter.h"

#include "mlir/Support/LogicalResult.h"
#include "mlir/Tools/mlir-translate/MlirTranslateMain.h"

int main(int argc, char **argv) {
  serenity::registerImportONNXTranslation();
  return mlir::failed(mlir::mlirTranslateMain(argc, argv,
                                              "Serenity translation driver\n"))
             ? 1
             : 0;
}
