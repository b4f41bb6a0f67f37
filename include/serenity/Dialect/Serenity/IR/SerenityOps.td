//===- SerenityOps.td - Serenity dialect ops ---------------*- tablegen -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// The dialect has no ops: it annotates other dialects' IR. This file exists
// so that add_mlir_dialect generates the dialect declarations.
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_DIALECT_SERENITY_IR_SERENITYOPS_TD
#define SERENITY_DIALECT_SERENITY_IR_SERENITYOPS_TD

include "serenity/Dialect/Serenity/IR/SerenityAttrs.td"

#endif // SERENITY_DIALECT_SERENITY_IR_SERENITYOPS_TD
