//===- Report.cpp - Print peak activation memory per function ---*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//

#include "PassDetail.h"

#include "serenity/Analysis/FunctionModels.h"
#include "serenity/Arena/GraphOrder.h"
#include "serenity/Dialect/Serenity/IR/SerenityAttrs.h"
#include "serenity/Transforms/Passes.h"

#include "mlir/IR/Threading.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/raw_ostream.h"

namespace serenity {
#define GEN_PASS_DEF_REPORTPASS
#include "serenity/Transforms/Passes.h.inc"
} // namespace serenity

using namespace mlir;
using namespace serenity;

namespace {
struct ReportPass : public serenity::impl::ReportPassBase<ReportPass> {
  using ReportPassBase::ReportPassBase;
  LogicalResult initializeOptions(
      StringRef options,
      function_ref<LogicalResult(const Twine &)> errorHandler) override {
    return initializePassOptions(*this, options, errorHandler);
  }
  void runOnOperation() override;
};
} // namespace

static std::string toString(Location loc) {
  std::string text;
  llvm::raw_string_ostream os(text);
  loc.print(os);
  return text;
}

static std::string functionName(FunctionOpInterface function) {
  return function.getName().str();
}

/// One block's figures, computed in parallel and printed in IR order.
struct BlockReport {
  const BlockMemoryModel *model;
  sched::Timeline timeline;
  uint64_t lowerBound;
  /// Off-chip traffic of the current order (`onchip-bytes`), if asked for.
  std::optional<arena::Traffic> traffic;
};

/// The off-chip traffic of the block's current order with `onchipBytes` of
/// on-chip memory (node ids of a block model follow the current order, so
/// the identity order is that order), or none when `onchipBytes` is 0.
static std::optional<arena::Traffic> getTraffic(const BlockMemoryModel &block,
                                                uint64_t onchipBytes) {
  if (!onchipBytes)
    return std::nullopt;
  const sched::Graph &graph = block.getGraph();
  return arena::getOffChipTraffic(graph, sched::identityOrder(graph),
                                  onchipBytes);
}

static void printText(llvm::raw_ostream &os, FunctionOpInterface function,
                      ArrayRef<BlockReport> blocks) {
  os << "serenity-report: @" << functionName(function) << ":";
  if (blocks.empty()) {
    os << " external, nothing to report\n";
    return;
  }
  if (blocks.size() > 1)
    os << " " << blocks.size()
       << " blocks, each modelled on its own (values crossing blocks are "
          "live at block entry / end)\n";
  for (auto [index, block] : llvm::enumerate(blocks)) {
    if (blocks.size() > 1)
      os << "  block #" << index << ":";
    const sched::Timeline &t = block.timeline;
    os << " " << block.model->getOps().size() << " ops, peak " << t.peak
       << " bytes ";
    if (t.peakStep) {
      Operation *op = block.model->getOps()[*t.peakStep];
      os << "at op #" << *t.peakStep << " (" << op->getName() << " "
         << toString(op->getLoc()) << ")";
    } else {
      os << "at entry";
    }
    os << ", lower bound " << block.lowerBound << " bytes, entry "
       << t.entryBytes << " bytes";
    if (block.traffic)
      os << ", off-chip traffic " << block.traffic->total() << " bytes ("
         << block.traffic->loadBytes << " loaded, " << block.traffic->storeBytes
         << " stored)";
    os << "\n";
  }
}

/// Bytes as a JSON number.
static llvm::json::Value bytes(uint64_t value) {
  return static_cast<int64_t>(value);
}

/// The function's Serenity attributes as JSON: `serenity.<name>` becomes
/// `<name>`, summaries become objects of their fields.
static llvm::json::Object attributesToJson(FunctionOpInterface function) {
  llvm::json::Object attributes;
  for (NamedAttribute named : function->getAttrs()) {
    StringRef name = named.getName().getValue();
    if (!name.consume_front("serenity."))
      continue;
    Attribute attr = named.getValue();
    if (auto schedule = dyn_cast<ScheduleAttr>(attr)) {
      attributes[name] = llvm::json::Object{
          {"peak_before", bytes(schedule.getPeakBefore())},
          {"peak_after", bytes(schedule.getPeakAfter())},
          {"lower_bound", bytes(schedule.getLowerBound())},
          {"optimal", schedule.getOptimal()},
          {"method", schedule.getMethod()},
      };
    } else if (auto rewrite = dyn_cast<RewriteAttr>(attr)) {
      attributes[name] = llvm::json::Object{
          {"sites", bytes(rewrite.getSites())},
          {"rewritten", bytes(rewrite.getRewritten())},
          {"convs_partitioned", bytes(rewrite.getConvsPartitioned())},
          {"ops_partitioned", bytes(rewrite.getOpsPartitioned())},
          {"concats_materialized", bytes(rewrite.getConcatsMaterialized())},
          {"producers_redirected", bytes(rewrite.getProducersRedirected())},
          {"adds_accumulated", bytes(rewrite.getAddsAccumulated())},
          {"peak_before", bytes(rewrite.getPeakBefore())},
          {"peak_after", bytes(rewrite.getPeakAfter())},
          {"evaluations", bytes(rewrite.getEvaluations())},
          {"time_limit_hit", rewrite.getTimeLimitHit()},
      };
    } else if (auto arena = dyn_cast<ArenaAttr>(attr)) {
      attributes[name] = llvm::json::Object{
          {"bytes", bytes(arena.getBytes())},
          {"lower_bound", bytes(arena.getLowerBound())},
          {"optimal", arena.getOptimal()},
          {"planner", arena.getPlanner()},
          {"buffers", bytes(arena.getBuffers())},
      };
    } else if (auto integer = dyn_cast<IntegerAttr>(attr)) {
      attributes[name] = integer.getInt();
    } else if (isa<UnitAttr>(attr)) {
      attributes[name] = true;
    } else {
      std::string text;
      llvm::raw_string_ostream os(text);
      attr.print(os);
      attributes[name] = std::move(text);
    }
  }
  return attributes;
}

static llvm::json::Object toJson(FunctionOpInterface function,
                                 ArrayRef<BlockReport> blocks, bool steps) {
  llvm::json::Array blockArray;
  uint64_t peak = 0, bound = 0;
  size_t numOps = 0;
  for (auto [index, block] : llvm::enumerate(blocks)) {
    const sched::Timeline &t = block.timeline;
    peak = std::max(peak, t.peak);
    bound = std::max(bound, block.lowerBound);
    numOps += block.model->getOps().size();
    llvm::json::Value peakStep = nullptr, peakOp = nullptr, peakLoc = nullptr;
    if (t.peakStep) {
      Operation *op = block.model->getOps()[*t.peakStep];
      peakStep = static_cast<int64_t>(*t.peakStep);
      peakOp = op->getName().getStringRef();
      peakLoc = toString(op->getLoc());
    }
    llvm::json::Object object{
        {"block", static_cast<int64_t>(index)},
        {"ops", static_cast<int64_t>(block.model->getOps().size())},
        {"entry_bytes", bytes(t.entryBytes)},
        {"peak_bytes", bytes(t.peak)},
        {"peak_step", std::move(peakStep)},
        {"peak_op", std::move(peakOp)},
        {"peak_loc", std::move(peakLoc)},
        {"lower_bound_bytes", bytes(block.lowerBound)},
    };
    if (steps) {
      llvm::json::Array stepArray;
      for (auto [step, op] : llvm::enumerate(block.model->getOps()))
        stepArray.push_back(llvm::json::Object{
            {"step", static_cast<int64_t>(step)},
            {"op", op->getName().getStringRef()},
            {"loc", toString(op->getLoc())},
            {"during_bytes", bytes(t.during[step])},
            {"after_bytes", bytes(t.after[step])},
        });
      object["steps"] = std::move(stepArray);
    }
    if (block.traffic) {
      object["load_bytes"] = bytes(block.traffic->loadBytes);
      object["store_bytes"] = bytes(block.traffic->storeBytes);
    }
    blockArray.push_back(std::move(object));
  }
  return llvm::json::Object{
      {"function", functionName(function)},
      {"external", function.isExternal()},
      {"ops", static_cast<int64_t>(numOps)},
      {"peak_bytes", bytes(peak)},
      {"lower_bound_bytes", bytes(bound)},
      {"blocks", std::move(blockArray)},
      {"attributes", attributesToJson(function)},
  };
}

static void printCsv(llvm::raw_ostream &os, FunctionOpInterface function,
                     ArrayRef<BlockReport> blocks) {
  std::string name = functionName(function);
  for (auto [index, block] : llvm::enumerate(blocks)) {
    const sched::Timeline &t = block.timeline;
    os << name << "," << index << ",-1,entry,," << t.entryBytes << ","
       << t.entryBytes << "\n";
    for (auto [step, op] : llvm::enumerate(block.model->getOps())) {
      std::string loc = toString(op->getLoc());
      // CSV-quote the location: it may contain commas and quotes.
      std::string quoted = "\"";
      for (char c : loc)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
      quoted += "\"";
      os << name << "," << index << "," << step << "," << op->getName() << ","
         << quoted << "," << t.during[step] << "," << t.after[step] << "\n";
    }
  }
}

void ReportPass::runOnOperation() {
  FailureOr<MemoryModelOptions> options = getMemoryModelOptions(
      getOperation(), getArgument(), alignment, countArguments, elementBits);
  if (failed(options))
    return signalPassFailure();
  if (format == ReportFormat::Json && timeline == TimelineFormat::Csv) {
    getOperation()->emitError()
        << "serenity-report: timeline=csv prints CSV instead of the report; "
           "it cannot be combined with format=json";
    return signalPassFailure();
  }
  // The timeline in JSON is a part of the JSON document.
  bool json = format == ReportFormat::Json || timeline == TimelineFormat::Json;

  SmallVector<FunctionOpInterface> functions = collectFunctions(getOperation());
  std::vector<std::optional<FunctionMemoryModel>> models(functions.size());
  std::vector<std::vector<BlockReport>> reports(functions.size());
  if (failed(forEachFunctionModel(&getContext(), functions, *options,
                                  [&](size_t i, FunctionMemoryModel &model) {
                                    models[i] = std::move(model);
                                    for (const BlockMemoryModel &block :
                                         models[i]->getBlocks())
                                      reports[i].push_back(BlockReport{
                                          &block, block.simulateCurrentOrder(),
                                          sched::lowerBound(block.getGraph()),
                                          getTraffic(block, onchipBytes)});
                                    return success();
                                  })))
    return signalPassFailure();

  std::string error;
  std::unique_ptr<llvm::ToolOutputFile> file;
  llvm::raw_ostream *os = &llvm::outs();
  if (outputFile != "-") {
    file = openOutputFile(outputFile, &error);
    if (!file) {
      getOperation()->emitError() << "serenity-report: " << error;
      return signalPassFailure();
    }
    os = &file->os();
  }

  if (timeline == TimelineFormat::Csv) {
    *os << "function,block,step,op,loc,during_bytes,after_bytes\n";
    for (auto [function, blocks] : llvm::zip(functions, reports))
      printCsv(*os, function, blocks);
  } else if (json) {
    llvm::json::Array array;
    for (auto [function, blocks] : llvm::zip(functions, reports))
      array.push_back(
          toJson(function, blocks, timeline == TimelineFormat::Json));
    *os << llvm::formatv("{0:2}", llvm::json::Value(llvm::json::Object{
                                      {"functions", std::move(array)}}))
        << "\n";
  } else {
    for (auto [function, blocks] : llvm::zip(functions, reports))
      printText(*os, function, blocks);
  }
  os->flush();
  if (file)
    file->keep();
  markAllAnalysesPreserved();
}
