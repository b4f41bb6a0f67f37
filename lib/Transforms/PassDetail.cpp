//===- PassDetail.cpp - Helpers shared by Serenity passes -------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//

#include "PassDetail.h"

#include <cmath>

using namespace mlir;
using namespace serenity;

FailureOr<sched::SchedulerOptions>
serenity::getSchedulerOptions(Operation *root, StringRef pass,
                              const SchedulerOptionValues &values) {
  if (std::isnan(values.timeLimit) || values.timeLimit < 0)
    return root->emitError() << pass
                             << ": time-limit must be a number of seconds "
                                "(0 or inf: none), got "
                             << values.timeLimit;
  if (values.maxStates == 0)
    return root->emitError() << pass << ": max-states must be at least 1";
  if (values.beamWidth > kMaxBeamWidth)
    return root->emitError() << pass << ": beam-width must be at most "
                             << kMaxBeamWidth << ", got " << values.beamWidth;
  sched::SchedulerOptions options;
  options.algorithm = values.algorithm;
  options.maxStates = values.maxStates;
  options.beamWidth = values.beamWidth;
  options.divideAndConquer = values.divideAndConquer;
  options.mergeChains = values.mergeChains;
  options.softBudget = values.softBudget;
  // The scheduler takes 0 for none; a limit longer than any run (infinity
  // included) is none too.
  options.timeLimitSeconds =
      values.timeLimit >= sched::kNoTimeLimitSeconds ? 0 : values.timeLimit;
  return options;
}

LogicalResult serenity::initializePassOptions(
    Pass &pass, StringRef options,
    function_ref<LogicalResult(const Twine &)> errorHandler) {
  return pass.Pass::initializeOptions(options, [&](const Twine &message) {
    std::string text = message.str();
    if (!text.empty())
      return errorHandler(message);
    return errorHandler("invalid options for " + pass.getArgument() + ": '" +
                        options + "'");
  });
}
