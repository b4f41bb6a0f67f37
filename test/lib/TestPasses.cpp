//===- TestPasses.cpp - Register the test passes ----------------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//

#include "TestPasses.h"

void serenity::test::registerTestPasses() {
  registerTestRunnerEntryPass();
  registerTestWeightPasses();
  registerTestDataflowPass();
  registerTestStripAttributesPass();
}
