//===- serenity-bench.cpp - Every scheduler side by side --------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// For every block of every function of a module, serenity-bench measures the
// peak activation memory (docs/MemoryModel.md) of the framework order (the
// order of the input IR), of reverse post-order, of the greedy list order
// and of Serenity's exact schedule, with the scheduler's lower bound, the
// time of the schedule() call and the peak RSS of the process.
//
// Then it checks what the real pass does: it runs -serenity-memory-schedule
// on a clone of the module, verifies the result, checks that the scheduled
// IR computes the same dataflow as the input (test/lib/DataflowHash.h: the
// same multiset of Merkle hashes of ops, side-effecting ops in the same
// relative order), and that the memory model gives the scheduled IR exactly
// the peak that schedule() predicted. A failed check is an error and the
// exit status is 1.
//
// It also reports the peak after -serenity-rewrite-identity and
// -serenity-memory-schedule.
//
//===----------------------------------------------------------------------===//

#include "DataflowHash.h"

#include "serenity/Analysis/FunctionModels.h"
#include "serenity/Analysis/MemoryModel.h"
#include "serenity/Dialect/Serenity/IR/SerenityAttrs.h"
#include "serenity/Dialect/Serenity/IR/SerenityDialect.h"
#include "serenity/Scheduling/GraphIO.h"
#include "serenity/Scheduling/Scheduler.h"
#include "serenity/Transforms/Passes.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OperationSupport.h"
#include "mlir/IR/Verifier.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/raw_ostream.h"

#include <sys/resource.h>

#include <chrono>
#include <optional>

using namespace mlir;
using namespace serenity;

namespace cl = llvm::cl;

static cl::OptionCategory benchCategory("serenity-bench options");

static cl::opt<std::string> inputFilename(cl::Positional,
                                          cl::desc("<input .mlir file>"),
                                          cl::init("-"),
                                          cl::cat(benchCategory));

static cl::opt<unsigned> elementBits(
    "element-bits",
    cl::desc("Size every tensor element with this many bits (0: the type's; "
             "8 sizes activations as int8, as the SERENITY paper does)"),
    cl::init(0), cl::cat(benchCategory));

static cl::opt<bool> emitJson("json", cl::desc("Print the figures as JSON"),
                              cl::init(false), cl::cat(benchCategory));

static cl::opt<uint64_t> maxStates(
    "max-states",
    cl::desc("States the exact search may store per independent part, for "
             "the measured schedule() call and the checked pass alike"),
    cl::init(sched::SchedulerOptions().maxStates), cl::cat(benchCategory));

static cl::opt<std::string> checkReference(
    "check-reference",
    cl::desc("Check the scheduled module against the dataflow of this module "
             "instead of the input (to test the check itself)"),
    cl::init(""), cl::cat(benchCategory));

static cl::opt<double> timeLimit(
    "time-limit",
    cl::desc("Seconds each schedule and the rewrite search may take (0: no "
             "limit, what the benchmark table measures)"),
    cl::init(0), cl::cat(benchCategory));

static cl::opt<std::string> dumpGraph(
    "dump-graph",
    cl::desc("Write the scheduling graph of every block to this file, in the "
             "text format of serenity/Scheduling/GraphIO.h (for "
             "serenity-sched-bench --load-graph)"),
    cl::init(""), cl::cat(benchCategory));

namespace {
/// The figures of one block, or the aggregate of several (sums of counts and
/// times, maxima of peaks and bounds).
struct Figures {
  /// Ops of the block, constants included, terminator excluded.
  size_t ops = 0;
  /// Nodes of the scheduling graph (constants excluded).
  size_t nodes = 0;
  /// Scheduling units after chain merging (ScheduleStats).
  size_t merged = 0;
  uint64_t framework = 0;
  uint64_t rpo = 0;
  uint64_t greedy = 0;
  uint64_t serenity = 0;
  uint64_t lowerBound = 0;
  bool optimal = true;
  std::string method;
  /// Milliseconds spent in schedule() (Algorithm::Exact).
  double timeMs = 0;
  uint64_t states = 0;
  size_t parts = 0;

  void add(const Figures &other) {
    ops += other.ops;
    nodes += other.nodes;
    merged += other.merged;
    framework = std::max(framework, other.framework);
    rpo = std::max(rpo, other.rpo);
    greedy = std::max(greedy, other.greedy);
    if (other.serenity >= serenity)
      method = other.method;
    serenity = std::max(serenity, other.serenity);
    lowerBound = std::max(lowerBound, other.lowerBound);
    optimal &= other.optimal;
    timeMs += other.timeMs;
    states += other.states;
    parts += other.parts;
  }
};

struct FunctionFigures {
  FunctionOpInterface function;
  std::vector<Figures> blocks;
  /// Peak after -serenity-rewrite-identity and -serenity-memory-schedule.
  std::optional<uint64_t> rewritePeak;

  Figures total() const {
    Figures sum;
    for (const Figures &block : blocks)
      sum.add(block);
    return sum;
  }
};

} // namespace

static std::string functionName(FunctionOpInterface function) {
  return ("@" + function.getName()).str();
}

//===----------------------------------------------------------------------===//
// Measuring
//===----------------------------------------------------------------------===//

static sched::SchedulerOptions getSchedulerOptions() {
  sched::SchedulerOptions options;
  options.algorithm = sched::Algorithm::Exact;
  options.maxStates = maxStates;
  options.timeLimitSeconds = timeLimit;
  return options;
}

/// Measures one block. Fails (with an error at the function) when one of
/// the schedulers returns an invalid order or figures that contradict each
/// other.
static FailureOr<Figures> measureBlock(FunctionOpInterface function,
                                       size_t blockIndex,
                                       const BlockMemoryModel &model,
                                       llvm::raw_ostream *graphDump) {
  auto fail = [&](const Twine &message) {
    return function->emitError() << "serenity-bench: " << functionName(function)
                                 << " block #" << blockIndex << ": " << message;
  };
  std::vector<sched::NodeId> kept;
  sched::Graph graph = model.buildSchedulingGraph(kept);
  if (graphDump)
    sched::writeGraph(
        *graphDump, graph,
        llvm::formatv("{0} block {1}", functionName(function), blockIndex)
            .str());
  Figures figures;
  figures.ops = model.getOps().size();
  figures.nodes = graph.numNodes();
  figures.framework = model.simulateCurrentOrder().peak;

  std::vector<sched::NodeId> rpo = sched::reversePostOrder(graph);
  std::vector<sched::NodeId> greedy = sched::greedyListOrder(graph);
  for (auto [name, order] :
       {std::pair<StringRef, const std::vector<sched::NodeId> *>{
            "reverse post-order", &rpo},
        {"greedy list order", &greedy}}) {
    if (llvm::Error error = sched::checkOrder(graph, *order))
      return fail(Twine("the ") + name +
                  " is not a valid order: " + llvm::toString(std::move(error)));
  }
  figures.rpo = sched::peakOf(graph, rpo);
  figures.greedy = sched::peakOf(graph, greedy);

  sched::SchedulerOptions options = getSchedulerOptions();
  auto start = std::chrono::steady_clock::now();
  sched::ScheduleResult result = sched::schedule(graph, options);
  auto end = std::chrono::steady_clock::now();
  figures.timeMs =
      std::chrono::duration<double, std::milli>(end - start).count();

  if (llvm::Error error = sched::checkOrder(graph, result.order))
    return fail("schedule() returned an invalid order: " +
                llvm::toString(std::move(error)));
  uint64_t simulated = sched::peakOf(graph, result.order);
  if (simulated != result.peak)
    return fail(llvm::formatv("schedule() reports a peak of {0} bytes but its "
                              "order has a peak of {1} bytes",
                              result.peak, simulated));
  if (result.inputPeak != figures.framework)
    return fail(llvm::formatv("schedule() reports an input peak of {0} bytes "
                              "but the memory model gives the input order "
                              "{1} bytes",
                              result.inputPeak, figures.framework));
  for (auto [name, peak] :
       {std::pair<StringRef, uint64_t>{"framework order", figures.framework},
        {"reverse post-order", figures.rpo},
        {"greedy list order", figures.greedy},
        {"exact schedule", result.peak}})
    if (result.lowerBound > peak)
      return fail(llvm::formatv("the lower bound {0} exceeds the peak {1} of "
                                "the {2}",
                                result.lowerBound, peak, name));

  figures.merged = result.stats.nodesAfterMerging;
  figures.serenity = result.peak;
  figures.lowerBound = result.lowerBound;
  figures.optimal = result.optimal;
  figures.method = result.method;
  figures.states = result.stats.statesExplored;
  figures.parts = result.stats.numParts;
  return figures;
}

static MemoryModelOptions getModelOptions() {
  MemoryModelOptions options;
  options.elementBits = elementBits;
  return options;
}

/// The peak of each function of `module` in its current order.
static FailureOr<std::vector<uint64_t>> functionPeaks(ModuleOp module) {
  std::vector<uint64_t> peaks;
  for (FunctionOpInterface function : collectFunctions(module)) {
    FailureOr<FunctionMemoryModel> model =
        FunctionMemoryModel::build(function, getModelOptions());
    if (failed(model))
      return failure();
    peaks.push_back(getFunctionPeak(*model));
  }
  return peaks;
}

//===----------------------------------------------------------------------===//
// Passes
//===----------------------------------------------------------------------===//

/// Runs -serenity-rewrite-identity (if `rewrite`) and
/// -serenity-memory-schedule with this tool's options on `module`; the
/// pipeline's text in `text`, if given.
static LogicalResult runPasses(ModuleOp module, bool rewrite,
                               std::string *text = nullptr) {
  PassManager pm(module->getContext());
  if (rewrite) {
    RewriteIdentityPassOptions options;
    options.maxStates = maxStates;
    options.elementBits = elementBits;
    options.timeLimit = timeLimit;
    pm.addPass(createRewriteIdentityPass(options));
  }
  MemorySchedulePassOptions options;
  options.maxStates = maxStates;
  options.elementBits = elementBits;
  options.timeLimit = timeLimit;
  pm.addPass(createMemorySchedulePass(options));
  if (text) {
    llvm::raw_string_ostream os(*text);
    pm.printAsTextualPipeline(os);
  }
  return pm.run(module);
}

//===----------------------------------------------------------------------===//
// Checking the scheduled IR
//===----------------------------------------------------------------------===//

/// Runs -serenity-memory-schedule on a clone of `module` and checks the
/// result against `reference` and the predicted figures. Prints one line per
/// function to `os` (unless null).
static LogicalResult checkSchedule(ModuleOp module, ModuleOp reference,
                                   ArrayRef<FunctionFigures> figures,
                                   llvm::raw_ostream *os) {
  OwningOpRef<ModuleOp> scheduled(module.clone());
  if (failed(runPasses(*scheduled, /*rewrite=*/false)))
    return scheduled->emitError()
           << "serenity-bench: check failed: -serenity-memory-schedule "
              "failed";
  if (failed(verify(*scheduled)))
    return scheduled->emitError()
           << "serenity-bench: check failed: the scheduled module does not "
              "verify";

  SmallVector<FunctionOpInterface> after = collectFunctions(*scheduled);
  SmallVector<FunctionOpInterface> before = collectFunctions(reference);
  if (after.size() != before.size() || after.size() != figures.size())
    return scheduled->emitError()
           << "serenity-bench: check failed: " << after.size()
           << " function(s) after scheduling, " << before.size()
           << " in the reference";

  bool ok = true;
  for (auto [function, ref, predicted] : llvm::zip(after, before, figures)) {
    FailureOr<size_t> numOps =
        test::checkSameDataflow(ref, function, "serenity-bench");
    if (failed(numOps)) {
      ok = false;
      continue;
    }
    if (function.isExternal())
      continue;
    FailureOr<FunctionMemoryModel> model =
        FunctionMemoryModel::build(function, getModelOptions());
    if (failed(model))
      return failure();
    if (model->getBlocks().size() != predicted.blocks.size())
      return function->emitError()
             << "serenity-bench: check failed: the block count changed";
    uint64_t peak = 0;
    for (auto [index, block, figure] :
         llvm::enumerate(model->getBlocks(), predicted.blocks)) {
      uint64_t recomputed = block.simulateCurrentOrder().peak;
      peak = std::max(peak, recomputed);
      if (recomputed != figure.serenity) {
        function->emitError()
            << "serenity-bench: check failed: " << functionName(function)
            << " block #" << index << ": the memory model gives the scheduled "
            << "IR a peak of " << recomputed << " bytes, schedule() predicted "
            << figure.serenity;
        ok = false;
      }
    }
    auto attr = function->getAttrOfType<ScheduleAttr>(
        SerenityDialect::getScheduleAttrName());
    if (!attr || attr.getPeakAfter() != peak) {
      function->emitError()
          << "serenity-bench: check failed: " << functionName(function)
          << ": the pass reports peak_after = "
          << (attr ? std::to_string(attr.getPeakAfter()) : "(none)")
          << ", the memory model gives the scheduled IR " << peak << " bytes";
      ok = false;
      continue;
    }
    if (os && ok)
      *os << "checked " << functionName(function)
          << ": -serenity-memory-schedule output verifies, computes the same "
             "dataflow ("
          << *numOps << " ops hashed), peak " << peak
          << " bytes as predicted\n";
  }
  return success(ok);
}

//===----------------------------------------------------------------------===//
// Output
//===----------------------------------------------------------------------===//

/// Peak resident set size of this process so far, in KiB (Linux ru_maxrss).
static uint64_t peakRssKiB() {
  struct rusage usage;
  if (getrusage(RUSAGE_SELF, &usage) != 0)
    return 0;
  return static_cast<uint64_t>(usage.ru_maxrss);
}

static llvm::json::Object toJson(const Figures &f,
                                 std::optional<uint64_t> rewrite) {
  llvm::json::Value rewriteValue = nullptr;
  if (rewrite)
    rewriteValue = static_cast<int64_t>(*rewrite);
  return llvm::json::Object{
      {"ops", static_cast<int64_t>(f.ops)},
      {"nodes", static_cast<int64_t>(f.nodes)},
      {"merged", static_cast<int64_t>(f.merged)},
      {"framework_bytes", static_cast<int64_t>(f.framework)},
      {"rpo_bytes", static_cast<int64_t>(f.rpo)},
      {"greedy_bytes", static_cast<int64_t>(f.greedy)},
      {"serenity_bytes", static_cast<int64_t>(f.serenity)},
      {"rewrite_bytes", std::move(rewriteValue)},
      {"lower_bound_bytes", static_cast<int64_t>(f.lowerBound)},
      {"optimal", f.optimal},
      {"method", f.method},
      {"time_ms", f.timeMs},
      {"states", static_cast<int64_t>(f.states)},
      {"parts", static_cast<int64_t>(f.parts)},
  };
}

static void printRow(llvm::raw_ostream &os, StringRef name, StringRef block,
                     const Figures &f, StringRef rewrite) {
  os << llvm::format("%-24s %5s %6zu %6zu %6zu %12llu %12llu %12llu %12llu "
                     "%12s %12llu %7s %9.1f\n",
                     name.str().c_str(), block.str().c_str(), f.ops, f.nodes,
                     f.merged, static_cast<unsigned long long>(f.framework),
                     static_cast<unsigned long long>(f.rpo),
                     static_cast<unsigned long long>(f.greedy),
                     static_cast<unsigned long long>(f.serenity),
                     rewrite.str().c_str(),
                     static_cast<unsigned long long>(f.lowerBound),
                     f.optimal ? "yes" : "no", f.timeMs);
}

static std::string rewriteText(std::optional<uint64_t> rewrite) {
  return rewrite ? std::to_string(*rewrite) : std::string("n/a");
}

static void printText(llvm::raw_ostream &os,
                      ArrayRef<FunctionFigures> functions, const Figures &total,
                      std::optional<uint64_t> rewrite, uint64_t rssKiB) {
  os << "serenity-bench: " << inputFilename << ", element bits: "
     << (elementBits ? std::to_string(elementBits) : std::string("type's"))
     << ", peaks in bytes\n";
  os << llvm::format("%-24s %5s %6s %6s %6s %12s %12s %12s %12s %12s %12s %7s "
                     "%9s\n",
                     "function", "block", "ops", "nodes", "merged", "framework",
                     "rpo", "greedy", "serenity", "+rewrite", "lower-bound",
                     "optimal", "time-ms");
  for (const FunctionFigures &function : functions) {
    std::string name = functionName(function.function);
    if (function.blocks.empty()) {
      os << llvm::format("%-24s external\n", name.c_str());
      continue;
    }
    if (function.blocks.size() == 1) {
      printRow(os, name, "0", function.blocks.front(),
               rewriteText(function.rewritePeak));
      continue;
    }
    for (auto [index, block] : llvm::enumerate(function.blocks))
      printRow(os, name, std::to_string(index), block, "-");
    printRow(os, name, "all", function.total(),
             rewriteText(function.rewritePeak));
  }
  if (functions.size() > 1)
    printRow(os, "total", "", total, rewriteText(rewrite));
  os << llvm::format("peak RSS after scheduling: %.1f MB (the whole process: "
                     "MLIR, the parsed module, the graphs, the search)\n",
                     rssKiB / 1024.0);
}

//===----------------------------------------------------------------------===//
// main
//===----------------------------------------------------------------------===//

static OwningOpRef<ModuleOp> parseModule(StringRef filename,
                                         llvm::SourceMgr &sourceMgr,
                                         MLIRContext &context) {
  std::string error;
  std::unique_ptr<llvm::MemoryBuffer> file = openInputFile(filename, &error);
  if (!file) {
    emitError(UnknownLoc::get(&context)) << "serenity-bench: " << error;
    return nullptr;
  }
  sourceMgr.AddNewSourceBuffer(std::move(file), llvm::SMLoc());
  return parseSourceFile<ModuleOp>(sourceMgr, ParserConfig(&context));
}

int main(int argc, char **argv) {
  llvm::InitLLVM initLLVM(argc, argv);
  serenity::registerSerenityPasses();
  cl::HideUnrelatedOptions(benchCategory);
  cl::ParseCommandLineOptions(
      argc, argv,
      "serenity-bench: peak activation memory of every function under the "
      "framework order, reverse post-order, greedy and Serenity's exact "
      "schedule, with the -serenity-memory-schedule output checked\n");

  DialectRegistry registry;
  registerAllDialects(registry);
  registerAllExtensions(registry);
  registry.insert<SerenityDialect>();
  MLIRContext context(registry);
  // One thread: timings are of the scheduler alone, and the machine is
  // shared.
  context.disableMultithreading();
  // Errors point at ops of networks with thousands of ops: do not print them.
  context.printOpOnDiagnostic(false);

  llvm::SourceMgr sourceMgr;
  SourceMgrDiagnosticHandler diagnostics(sourceMgr, &context);
  OwningOpRef<ModuleOp> module = parseModule(inputFilename, sourceMgr, context);
  if (!module)
    return 1;

  std::unique_ptr<llvm::ToolOutputFile> graphDump;
  if (!dumpGraph.empty()) {
    std::string error;
    graphDump = openOutputFile(dumpGraph, &error);
    if (!graphDump) {
      emitError(UnknownLoc::get(&context)) << "serenity-bench: " << error;
      return 1;
    }
    graphDump->os() << "# Scheduling graphs of " << inputFilename.getValue()
                    << " (serenity-bench --dump-graph, element bits: "
                    << elementBits << ")\n";
  }

  // Measure.
  SmallVector<FunctionOpInterface> functions = collectFunctions(*module);
  std::vector<FunctionFigures> figures;
  for (FunctionOpInterface function : functions) {
    FunctionFigures entry;
    entry.function = function;
    if (!function.isExternal()) {
      FailureOr<FunctionMemoryModel> model =
          FunctionMemoryModel::build(function, getModelOptions());
      if (failed(model))
        return 1;
      for (auto [index, block] : llvm::enumerate(model->getBlocks())) {
        FailureOr<Figures> blockFigures = measureBlock(
            function, index, block, graphDump ? &graphDump->os() : nullptr);
        if (failed(blockFigures))
          return 1;
        entry.blocks.push_back(std::move(*blockFigures));
      }
    }
    figures.push_back(std::move(entry));
  }
  uint64_t rssKiB = peakRssKiB();
  if (graphDump)
    graphDump->keep();

  Figures total;
  for (const FunctionFigures &function : figures)
    total.add(function.total());

  // Identity rewriting.
  bool failedAny = false;
  std::string rewritePipeline;
  std::optional<uint64_t> rewriteTotal;
  OwningOpRef<ModuleOp> rewritten(module->clone());
  FailureOr<std::vector<uint64_t>> peaks = failure();
  if (succeeded(runPasses(*rewritten, /*rewrite=*/true, &rewritePipeline)) &&
      succeeded(verify(*rewritten)))
    peaks = functionPeaks(*rewritten);
  if (failed(peaks)) {
    (*module)->emitError() << "serenity-bench: '" << rewritePipeline
                           << "' failed or produced invalid IR";
    failedAny = true;
  } else if (peaks->size() != figures.size()) {
    (*module)->emitError() << "serenity-bench: '" << rewritePipeline
                           << "' changed the number of functions";
    failedAny = true;
  } else {
    rewriteTotal = 0;
    for (auto [function, peak] : llvm::zip(figures, *peaks)) {
      if (function.blocks.empty())
        continue;
      function.rewritePeak = peak;
      rewriteTotal = std::max(*rewriteTotal, peak);
    }
  }

  // Check the real pass.
  OwningOpRef<ModuleOp> referenceModule;
  ModuleOp reference = *module;
  // Diagnostics at its locations go through the handler above, which opens
  // the file by name.
  llvm::SourceMgr referenceSourceMgr;
  if (!checkReference.empty()) {
    referenceModule = parseModule(checkReference, referenceSourceMgr, context);
    if (!referenceModule)
      return 1;
    reference = *referenceModule;
  }
  std::string checkLog;
  llvm::raw_string_ostream checkStream(checkLog);
  bool checked =
      succeeded(checkSchedule(*module, reference, figures, &checkStream));

  if (emitJson) {
    llvm::json::Array functionArray;
    for (const FunctionFigures &function : figures) {
      llvm::json::Array blocks;
      for (const Figures &block : function.blocks)
        blocks.push_back(toJson(block, std::nullopt));
      llvm::json::Object object =
          toJson(function.total(), function.rewritePeak);
      object["name"] = functionName(function.function).substr(1);
      object["external"] = function.blocks.empty();
      object["blocks"] = std::move(blocks);
      functionArray.push_back(std::move(object));
    }
    llvm::json::Object root{
        {"file", inputFilename.getValue()},
        {"element_bits", static_cast<int64_t>(elementBits)},
        {"max_states", static_cast<int64_t>(maxStates)},
        {"rewrite_pipeline", rewritePipeline},
        {"functions", std::move(functionArray)},
        {"total", toJson(total, rewriteTotal)},
        {"rss_kib", static_cast<int64_t>(rssKiB)},
        {"checked", checked && !failedAny},
    };
    llvm::outs() << llvm::formatv("{0:2}", llvm::json::Value(std::move(root)))
                 << "\n";
  } else {
    printText(llvm::outs(), figures, total, rewriteTotal, rssKiB);
    llvm::outs() << checkLog;
    if (checked && !failedAny)
      llvm::outs() << "checked\n";
  }
  return checked && !failedAny ? 0 : 1;
}
