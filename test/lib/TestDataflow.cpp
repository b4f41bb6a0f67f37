//===- TestDataflow.cpp - Check that reordered IR computes the same -*- C++
//-*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// -serenity-test-check-dataflow{reference=<file>} checks every function of
// the module against the function of the same name in `reference`
// (DataflowHash.h): run after a pass that reorders, it shows that the pass
// kept what the functions compute. A function that differs is an error; one
// that matches gets a remark with the number of ops compared.
//
//===----------------------------------------------------------------------===//

#include "DataflowHash.h"
#include "TestPasses.h"

#include "serenity/Analysis/MemoryModel.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/Support/SourceMgr.h"

using namespace mlir;

namespace {
struct TestCheckDataflowPass
    : public PassWrapper<TestCheckDataflowPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(TestCheckDataflowPass)
  TestCheckDataflowPass() = default;
  TestCheckDataflowPass(const TestCheckDataflowPass &other)
      : PassWrapper(other) {}
  StringRef getArgument() const final { return "serenity-test-check-dataflow"; }
  StringRef getDescription() const final {
    return "Check that every function computes the dataflow of the function "
           "of the same name in a reference module";
  }
  void runOnOperation() override;

  Option<std::string> reference{*this, "reference",
                                llvm::cl::desc("The reference module (.mlir)")};
};
} // namespace

void TestCheckDataflowPass::runOnOperation() {
  ModuleOp module = getOperation();
  std::string error;
  std::unique_ptr<llvm::MemoryBuffer> file = openInputFile(reference, &error);
  if (!file) {
    module.emitError() << getArgument() << ": " << error;
    return signalPassFailure();
  }
  auto sourceMgr = std::make_shared<llvm::SourceMgr>();
  sourceMgr->AddNewSourceBuffer(std::move(file), llvm::SMLoc());
  OwningOpRef<ModuleOp> referenceModule =
      parseSourceFile<ModuleOp>(sourceMgr, ParserConfig(&getContext()));
  if (!referenceModule)
    return signalPassFailure();

  bool ok = true;
  for (FunctionOpInterface function : serenity::collectFunctions(module)) {
    auto other = dyn_cast_if_present<FunctionOpInterface>(
        SymbolTable::lookupSymbolIn(*referenceModule, function.getName()));
    if (!other) {
      function->emitError() << getArgument() << ": no @" << function.getName()
                            << " in the reference";
      ok = false;
      continue;
    }
    FailureOr<size_t> compared =
        serenity::test::checkSameDataflow(other, function, getArgument());
    if (failed(compared)) {
      ok = false;
      continue;
    }
    function->emitRemark() << getArgument() << ": @" << function.getName()
                           << " computes the dataflow of the reference ("
                           << *compared << " ops compared)";
  }
  if (!ok)
    signalPassFailure();
  markAllAnalysesPreserved();
}

void serenity::test::registerTestDataflowPass() {
  PassRegistration<TestCheckDataflowPass>();
}
