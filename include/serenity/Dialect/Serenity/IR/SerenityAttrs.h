//===- SerenityAttrs.h - Serenity attributes --------------------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_DIALECT_SERENITY_IR_SERENITYATTRS_H
#define SERENITY_DIALECT_SERENITY_IR_SERENITYATTRS_H

#include "mlir/IR/Attributes.h"
#include "mlir/IR/BuiltinAttributes.h"

#define GET_ATTRDEF_CLASSES
#include "serenity/Dialect/Serenity/IR/SerenityAttrs.h.inc"

#endif // SERENITY_DIALECT_SERENITY_IR_SERENITYATTRS_H
