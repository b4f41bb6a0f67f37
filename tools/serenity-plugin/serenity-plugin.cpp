//===- serenity-plugin.cpp - Serenity as an mlir-opt plugin -----*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// Lets stock mlir-opt run Serenity without our driver:
//
//   mlir-opt --load-dialect-plugin=SerenityPlugin.so \
//            --load-pass-plugin=SerenityPlugin.so \
//            --serenity-annotate-footprint model.mlir
//
//===----------------------------------------------------------------------===//

#include "serenity/Dialect/Serenity/IR/SerenityDialect.h"
#include "serenity/Transforms/Passes.h"
#include "serenity/Transforms/Pipelines.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/Plugins/DialectPlugin.h"
#include "mlir/Tools/Plugins/PassPlugin.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/Compiler.h"

/// Entry point of --load-dialect-plugin. Registers the passes as well, so
/// one flag is enough.
extern "C" LLVM_ATTRIBUTE_WEAK mlir::DialectPluginLibraryInfo
mlirGetDialectPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "Serenity", LLVM_VERSION_STRING,
          [](mlir::DialectRegistry *registry) {
            registry->insert<serenity::SerenityDialect>();
            serenity::registerSerenityPasses();
            serenity::registerSerenityPipelines();
          }};
}

/// Entry point of --load-pass-plugin.
extern "C" LLVM_ATTRIBUTE_WEAK mlir::PassPluginLibraryInfo
mlirGetPassPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "SerenityPasses", LLVM_VERSION_STRING, []() {
            serenity::registerSerenityPasses();
            serenity::registerSerenityPipelines();
          }};
}
