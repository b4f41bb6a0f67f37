//===- CheckLowerable.cpp - Refuse what the TOSA lowering cannot take -----===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// -serenity-check-lowerable: an error at every TOSA op with a quantized
// operand or result, before upstream's TOSA lowering (which crashes on them)
// runs in the lowering pipelines.
//
//===----------------------------------------------------------------------===//

#include "serenity/Transforms/Passes.h"

#include "mlir/Dialect/Quant/IR/QuantTypes.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"

namespace serenity {
#define GEN_PASS_DEF_CHECKLOWERABLEPASS
#include "serenity/Transforms/Passes.h.inc"
} // namespace serenity

using namespace mlir;

namespace {
struct CheckLowerablePass
    : public serenity::impl::CheckLowerablePassBase<CheckLowerablePass> {
  using CheckLowerablePassBase::CheckLowerablePassBase;
  void runOnOperation() override;
};
} // namespace

/// The first quantized type among `types`, or null.
static Type findQuantized(TypeRange types) {
  for (Type type : types) {
    Type element = getElementTypeOrSelf(type);
    if (isa<quant::QuantizedType>(element))
      return type;
  }
  return {};
}

void CheckLowerablePass::runOnOperation() {
  bool failed = false;
  getOperation()->walk([&](Operation *op) {
    if (!isa_and_nonnull<tosa::TosaDialect>(op->getDialect()))
      return;
    Type quantized = findQuantized(op->getOperandTypes());
    if (!quantized)
      quantized = findQuantized(op->getResultTypes());
    if (!quantized)
      return;
    op->emitError()
        << "serenity: cannot lower '" << op->getName()
        << "' on the quantized type " << quantized
        << ": upstream's TOSA lowering takes integer types (rescale "
           "quantized tensors first); scheduling and reports "
           "accept it without lowering";
    failed = true;
  });
  if (failed)
    signalPassFailure();
}
