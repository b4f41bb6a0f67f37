//===- TestStripAttributes.cpp - Drop Serenity attributes -------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// -serenity-test-strip-attributes removes every `serenity.*` attribute of
// the functions of a module. The runner's harness reads the summaries the
// passes left (the schedule, the planned arena) through -serenity-report's
// JSON before lowering, then strips them with this pass: mlir-runner does
// not load the Serenity dialect, so it cannot parse them.
//
//===----------------------------------------------------------------------===//

#include "TestPasses.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Pass/Pass.h"
#include "llvm/ADT/SmallVector.h"

using namespace mlir;

namespace {

struct TestStripAttributesPass
    : public PassWrapper<TestStripAttributesPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(TestStripAttributesPass)

  StringRef getArgument() const final {
    return "serenity-test-strip-attributes";
  }
  StringRef getDescription() const final {
    return "Remove the serenity.* attributes of every function (test pass "
           "of the runner's harness)";
  }

  void runOnOperation() override {
    getOperation().walk([](FunctionOpInterface function) {
      llvm::SmallVector<StringAttr> names;
      for (NamedAttribute named : function->getAttrs())
        if (named.getName().getValue().starts_with("serenity."))
          names.push_back(named.getName());
      for (StringAttr name : names)
        function->removeAttr(name);
    });
  }
};

} // namespace

void serenity::test::registerTestStripAttributesPass() {
  PassRegistration<TestStripAttributesPass>();
}
