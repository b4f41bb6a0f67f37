//===- SerenityDialect.cpp - Serenity dialect -------------------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//

#include "serenity/Dialect/Serenity/IR/SerenityDialect.h"
#include "serenity/Dialect/Serenity/IR/SerenityAttrs.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectImplementation.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace serenity;

#include "serenity/Dialect/Serenity/IR/SerenityOpsDialect.cpp.inc"

#define GET_ATTRDEF_CLASSES
#include "serenity/Dialect/Serenity/IR/SerenityAttrs.cpp.inc"

void SerenityDialect::initialize() { registerAttributes(); }

void SerenityDialect::registerAttributes() {
  addAttributes<
#define GET_ATTRDEF_LIST
#include "serenity/Dialect/Serenity/IR/SerenityAttrs.cpp.inc"
      >();
}

LogicalResult
ScheduleAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                     uint64_t peakBefore, uint64_t peakAfter,
                     uint64_t lowerBound, bool optimal, StringRef method) {
  if (lowerBound > peakAfter)
    return emitError() << "lower_bound (" << lowerBound
                       << ") exceeds peak_after (" << peakAfter << ")";
  if (optimal && lowerBound != peakAfter)
    return emitError() << "an optimal schedule must have lower_bound equal "
                          "to peak_after";
  if (method.empty())
    return emitError() << "method must not be empty";
  return success();
}

/// Verifies a non-negative i64 size attribute named `name`.
static LogicalResult verifySize(Attribute attr, StringRef name,
                                function_ref<InFlightDiagnostic()> emitError) {
  auto intAttr = dyn_cast<IntegerAttr>(attr);
  if (!intAttr || !intAttr.getType().isSignlessInteger(64))
    return emitError() << "'" << name << "' must be an i64 integer attribute";
  if (intAttr.getInt() < 0)
    return emitError() << "'" << name << "' must be non-negative, got "
                       << intAttr.getInt();
  return success();
}

LogicalResult
SerenityDialect::verifyOperationAttribute(Operation *op,
                                          NamedAttribute namedAttr) {
  StringRef name = namedAttr.getName().getValue();
  Attribute attr = namedAttr.getValue();
  auto emitError = [&]() { return op->emitOpError(); };

  if (name == getBytesAttrName()) {
    auto bytes = dyn_cast<DenseI64ArrayAttr>(attr);
    if (!bytes)
      return emitError() << "'" << name
                         << "' must be an array<i64> with one entry per result";
    if (static_cast<size_t>(bytes.size()) != op->getNumResults())
      return emitError() << "'" << name << "' has " << bytes.size()
                         << " entries but the op has " << op->getNumResults()
                         << " results";
    for (auto [index, value] : llvm::enumerate(bytes.asArrayRef()))
      if (value < 0)
        return emitError() << "'" << name << "' entry #" << index
                           << " must be non-negative, got " << value;
    return success();
  }

  if (name == getPeakBytesAttrName() || name == getScheduleAttrName()) {
    if (!isa<FunctionOpInterface>(op))
      return emitError() << "'" << name
                         << "' is only valid on function-like ops";
    if (name == getPeakBytesAttrName())
      return verifySize(attr, name, emitError);
    if (!isa<ScheduleAttr>(attr))
      return emitError() << "'" << name
                         << "' must be a #serenity.schedule attribute";
    return success();
  }

  if (name == getSpatialAttrName()) {
    if (!isa<FunctionOpInterface>(op))
      return emitError() << "'" << name
                         << "' is only valid on function-like ops";
    if (!isa<SpatialAttr>(attr))
      return emitError() << "'" << name
                         << "' must be a #serenity.spatial attribute";
    return success();
  }

  if (name == getSpatialTileAttrName())
    return verifySize(attr, name, emitError);

  if (name == getSpatialCutAttrName()) {
    if (!isa<UnitAttr>(attr))
      return emitError() << "'" << name << "' must be a unit attribute";
    if (op->getNumResults() != 1)
      return emitError() << "'" << name
                         << "' is only valid on ops with one result";
    return success();
  }

  return emitError() << "unknown serenity attribute '" << name << "'";
}

LogicalResult SerenityDialect::verifyRegionArgAttribute(
    Operation *op, unsigned regionIndex, unsigned argIndex,
    NamedAttribute namedAttr) {
  StringRef name = namedAttr.getName().getValue();
  auto emitError = [&]() {
    return op->emitOpError() << "argument #" << argIndex << ": ";
  };
  if (name != getBytesAttrName())
    return emitError() << "unknown serenity argument attribute '" << name
                       << "'";
  return verifySize(namedAttr.getValue(), name, emitError);
}
