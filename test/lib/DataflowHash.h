//===- DataflowHash.h - Does reordered IR compute the same? -----*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// The check that a reordered function computes what the original computes:
// the same multiset of Merkle hashes of its ops (an op's hash covers its
// name, attributes, properties, result types and regions, and the hashes of
// the producers of its operands, block arguments by position; commutative
// ops hash their operands as a set, as OperationEquivalence does), and its
// side-effecting ops in the same order, block by block. Used by
// -serenity-test-check-dataflow and by serenity-bench.
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_TEST_LIB_DATAFLOWHASH_H
#define SERENITY_TEST_LIB_DATAFLOWHASH_H

#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Support/LLVM.h"

namespace serenity::test {

/// Checks that `scheduled` computes the dataflow of `reference`. On failure
/// emits an error at `scheduled`, starting with `tool`, with notes at the
/// first op without a counterpart on either side. Returns the number of ops
/// compared.
mlir::FailureOr<size_t> checkSameDataflow(mlir::FunctionOpInterface reference,
                                          mlir::FunctionOpInterface scheduled,
                                          llvm::StringRef tool);

} // namespace serenity::test

#endif // SERENITY_TEST_LIB_DATAFLOWHASH_H
