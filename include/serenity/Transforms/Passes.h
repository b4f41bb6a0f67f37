//===- Passes.h - Serenity passes -------------------------------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_TRANSFORMS_PASSES_H
#define SERENITY_TRANSFORMS_PASSES_H

#include "serenity/Arena/Arena.h"
#include "serenity/Dialect/Serenity/IR/SerenityDialect.h"
#include "serenity/Scheduling/Scheduler.h"
#include "serenity/Transforms/PassOptions.h"

#include "mlir/Pass/Pass.h"

namespace serenity {

#define GEN_PASS_DECL
#include "serenity/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "serenity/Transforms/Passes.h.inc"

} // namespace serenity

#endif // SERENITY_TRANSFORMS_PASSES_H
