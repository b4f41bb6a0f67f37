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

LogicalResult ScheduleAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                   int64_t peakBefore, int64_t peakAfter,
                                   int64_t lowerBound, bool optimal,
                                   StringRef method) {
  for (auto [name, value] :
       {std::pair<StringRef, int64_t>{"peak_before", peakBefore},
        {"peak_after", peakAfter},
        {"lower_bound", lowerBound}})
    if (value < 0)
      return emitError() << name << " must be non-negative, got " << value;
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

LogicalResult RewriteAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                  uint64_t sites, uint64_t rewritten, uint64_t,
                                  uint64_t, uint64_t, uint64_t, uint64_t,
                                  uint64_t, uint64_t, uint64_t, bool) {
  if (rewritten > sites)
    return emitError() << "rewritten (" << rewritten << ") exceeds sites ("
                       << sites << ")";
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

LogicalResult ArenaAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                uint64_t bytes, uint64_t lowerBound,
                                bool optimal, StringRef planner,
                                uint64_t buffers) {
  if (lowerBound > bytes)
    return emitError() << "lower_bound (" << lowerBound << ") exceeds bytes ("
                       << bytes << ")";
  if (optimal && lowerBound != bytes)
    return emitError() << "an optimal arena must have lower_bound equal to "
                          "bytes";
  if (planner.empty())
    return emitError() << "planner must not be empty";
  return success();
}

LogicalResult
SerenityDialect::verifyOperationAttribute(Operation *op,
                                          NamedAttribute namedAttr) {
  StringRef name = namedAttr.getName().getValue();
  Attribute attr = namedAttr.getValue();
  auto emitError = [&]() { return op->emitOpError(); };

  if (name == getBytesAttrName()) {
    if (isa<FunctionOpInterface>(op))
      return emitError() << "'" << name
                         << "' is not valid on a function-like op: size an "
                            "argument with an argument attribute";
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

  if (name == ArenaAttr::getAttrName()) {
    if (!isa<FunctionOpInterface>(op))
      return emitError() << "'" << name
                         << "' is only valid on function-like ops";
    if (!isa<ArenaAttr>(attr))
      return emitError() << "'" << name
                         << "' must be a #serenity.arena attribute";
    return success();
  }

  if (name == getRewriteAttrName() || name == getTimeLimitHitAttrName()) {
    if (!isa<FunctionOpInterface>(op))
      return emitError() << "'" << name
                         << "' is only valid on function-like ops";
    if (name == getRewriteAttrName() && !isa<RewriteAttr>(attr))
      return emitError() << "'" << name
                         << "' must be a #serenity.rewrite attribute";
    if (name == getTimeLimitHitAttrName() && !isa<UnitAttr>(attr))
      return emitError() << "'" << name << "' must be a unit attribute";
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

LogicalResult
SerenityDialect::verifyRegionArgAttribute(Operation *op, unsigned regionIndex,
                                          unsigned argIndex,
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

LogicalResult SerenityDialect::verifyRegionResultAttribute(
    Operation *op, unsigned regionIndex, unsigned resultIndex,
    NamedAttribute namedAttr) {
  return op->emitOpError()
         << "result #" << resultIndex << ": '" << namedAttr.getName().getValue()
         << "' is not valid on a result (the memory model sizes a returned "
            "value by the op that produces it)";
}
