//===- main.cpp - A downstream compiler using installed Serenity -*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// Parses a module, runs Serenity's footprint pass from its own PassManager
// and prints the result: what a downstream compiler does with our passes.
//
//===----------------------------------------------------------------------===//

#include "serenity/Dialect/Serenity/IR/SerenityDialect.h"
#include "serenity/Transforms/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/Support/raw_ostream.h"

int main(int argc, char **argv) {
  if (argc != 2) {
    llvm::errs() << "usage: downstream-compiler file.mlir\n";
    return 2;
  }
  mlir::DialectRegistry registry;
  registry.insert<mlir::func::FuncDialect, mlir::tosa::TosaDialect,
                  serenity::SerenityDialect>();
  mlir::MLIRContext context(registry);
  mlir::OwningOpRef<mlir::ModuleOp> module =
      mlir::parseSourceFile<mlir::ModuleOp>(argv[1], &context);
  if (!module)
    return 1;
  mlir::PassManager pm(&context);
  pm.addPass(serenity::createAnnotateFootprintPass());
  if (mlir::failed(pm.run(*module)))
    return 1;
  module->print(llvm::outs());
  return 0;
}
