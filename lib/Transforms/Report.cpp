//===- Report.cpp - Print peak activation memory per function ---*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//

#include "PassDetail.h"

#include "serenity/Arena/GraphOrder.h"
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
enum class TimelineFormat { None, Json, Csv };

struct ReportPass : public serenity::impl::ReportPassBase<ReportPass> {
  using ReportPassBase::ReportPassBase;
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
         << block.traffic->loadBytes << " loaded, "
         << block.traffic->storeBytes << " stored)";
    os << "\n";
  }
}

static llvm::json::Object toJson(FunctionOpInterface function,
                                 ArrayRef<BlockReport> blocks) {
  llvm::json::Array blockArray;
  for (auto [index, block] : llvm::enumerate(blocks)) {
    const sched::Timeline &t = block.timeline;
    llvm::json::Array steps;
    for (auto [step, op] : llvm::enumerate(block.model->getOps()))
      steps.push_back(llvm::json::Object{
          {"step", static_cast<int64_t>(step)},
          {"op", op->getName().getStringRef()},
          {"loc", toString(op->getLoc())},
          {"during_bytes", static_cast<int64_t>(t.during[step])},
          {"after_bytes", static_cast<int64_t>(t.after[step])},
      });
    llvm::json::Value peakStep = nullptr;
    if (t.peakStep)
      peakStep = static_cast<int64_t>(*t.peakStep);
    llvm::json::Object object{
        {"block", static_cast<int64_t>(index)},
        {"ops", static_cast<int64_t>(block.model->getOps().size())},
        {"entry_bytes", static_cast<int64_t>(t.entryBytes)},
        {"peak_bytes", static_cast<int64_t>(t.peak)},
        {"peak_step", std::move(peakStep)},
        {"lower_bound_bytes", static_cast<int64_t>(block.lowerBound)},
        {"steps", std::move(steps)},
    };
    if (block.traffic) {
      object["load_bytes"] = static_cast<int64_t>(block.traffic->loadBytes);
      object["store_bytes"] = static_cast<int64_t>(block.traffic->storeBytes);
    }
    blockArray.push_back(std::move(object));
  }
  return llvm::json::Object{{"function", functionName(function)},
                            {"blocks", std::move(blockArray)}};
}

static void printCsv(llvm::raw_ostream &os, FunctionOpInterface function,
                     ArrayRef<BlockReport> blocks) {
  std::string name = functionName(function);
  for (auto [index, block] : llvm::enumerate(blocks)) {
    const sched::Timeline &t = block.timeline;
    os << name << "," << index << ",-1,entry,,"
       << t.entryBytes << "," << t.entryBytes << "\n";
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
  FailureOr<MemoryModelOptions> options =
      getMemoryModelOptions(getOperation(), alignment, countArguments,
                            elementBits);
  if (failed(options))
    return signalPassFailure();
  TimelineFormat format;
  if (timeline == "none")
    format = TimelineFormat::None;
  else if (timeline == "json")
    format = TimelineFormat::Json;
  else if (timeline == "csv")
    format = TimelineFormat::Csv;
  else {
    getOperation()->emitError()
        << "serenity-report: unknown timeline format '" << timeline
        << "' (expected none, json or csv)";
    return signalPassFailure();
  }

  SmallVector<FunctionOpInterface> functions = collectFunctions(getOperation());
  std::vector<std::optional<FunctionMemoryModel>> models(functions.size());
  std::vector<std::vector<BlockReport>> reports(functions.size());
  if (failed(forEachFunctionModel(
          &getContext(), functions, *options,
          [&](size_t i, FunctionMemoryModel &model) {
            models[i] = std::move(model);
            for (const BlockMemoryModel &block : models[i]->getBlocks())
              reports[i].push_back(
                  BlockReport{&block, block.simulateCurrentOrder(),
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

  switch (format) {
  case TimelineFormat::None:
    for (auto [function, blocks] : llvm::zip(functions, reports))
      printText(*os, function, blocks);
    break;
  case TimelineFormat::Json: {
    llvm::json::Array array;
    for (auto [function, blocks] : llvm::zip(functions, reports))
      array.push_back(toJson(function, blocks));
    *os << llvm::formatv("{0:2}",
                         llvm::json::Value(llvm::json::Object{
                             {"functions", std::move(array)}}))
        << "\n";
    break;
  }
  case TimelineFormat::Csv:
    *os << "function,block,step,op,loc,during_bytes,after_bytes\n";
    for (auto [function, blocks] : llvm::zip(functions, reports))
      printCsv(*os, function, blocks);
    break;
  }
  os->flush();
  if (file)
    file->keep();
  markAllAnalysesPreserved();
}
