//===- TestPasses.h - Passes that drive Serenity's tests --------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// Test passes (as CIRCT's lib/Scheduling/TestPasses.cpp and upstream's
// mlir/test/lib are): the harness that runs a function under the counting
// runtime, the weights of networks whose weights an importer elided, and
// the dataflow check of reordered IR. Registered in serenity-opt only; the
// scripts of utils/ and test/ run them through serenity-opt.
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_TEST_LIB_TESTPASSES_H
#define SERENITY_TEST_LIB_TESTPASSES_H

namespace serenity::test {

/// Registers every test pass with the pass registry.
void registerTestPasses();

/// One registration function per file.
void registerTestRunnerEntryPass();
void registerTestWeightPasses();
void registerTestDataflowPass();
void registerTestStripAttributesPass();

} // namespace serenity::test

#endif // SERENITY_TEST_LIB_TESTPASSES_H
