//===- SerenityDialect.h - Serenity dialect ---------------------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_DIALECT_SERENITY_IR_SERENITYDIALECT_H
#define SERENITY_DIALECT_SERENITY_IR_SERENITYDIALECT_H

#include "mlir/IR/Dialect.h"

#include "serenity/Dialect/Serenity/IR/SerenityOpsDialect.h.inc"

#endif // SERENITY_DIALECT_SERENITY_IR_SERENITYDIALECT_H
