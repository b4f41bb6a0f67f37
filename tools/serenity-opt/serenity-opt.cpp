//===- serenity-opt.cpp - Serenity optimizer driver -------------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// mlir-opt with the serenity dialect, passes and pipelines added: every
// upstream dialect, extension and pass is available too, so users can run
// Serenity in the same pipeline as the TOSA/linalg lowering. The test passes
// of test/lib (the harness of utils/serenity-run.py, the dataflow check) are
// registered here only.
//
//===----------------------------------------------------------------------===//

#include "TestPasses.h"
#include "serenity/Dialect/Serenity/IR/SerenityDialect.h"
#include "serenity/Transforms/Passes.h"
#include "serenity/Transforms/Pipelines.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"

int main(int argc, char **argv) {
  mlir::registerAllPasses();
  serenity::registerSerenityPasses();
  serenity::registerSerenityPipelines();
  serenity::test::registerTestPasses();

  mlir::DialectRegistry registry;
  mlir::registerAllDialects(registry);
  mlir::registerAllExtensions(registry);
  registry.insert<serenity::SerenityDialect>();

  return mlir::asMainReturnCode(mlir::MlirOptMain(
      argc, argv, "Serenity: memory-aware scheduling for MLIR\n", registry));
}
