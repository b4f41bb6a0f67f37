//===- serenity-arena-bench.cpp - Arenas and off-chip traffic ---*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// For one TOSA network, in three orders (the framework's, Serenity's from the
// serenity-schedule-lowered pipeline, and the same with identity rewriting),
// serenity-arena-bench lowers to linalg on tensors and measures:
//
// - the int8 off-chip traffic of the order (the memory model with 8-bit
//   elements, serenity/Arena/Traffic.h) for 32, 64, 128 and 256 KiB on chip;
// - the static arena of the bufferized program, as the runner compiles it
//   (utils/serenity-run.py: an entry function that allocates the inputs and
//   reads the outputs, the network inlined into it, one-shot-bufferize,
//   buffer-deallocation-pipeline, optimize-allocation-liveness), planned
//   by -serenity-plan-arena with every planner: the live-bytes lower bound,
//   each arena, whether Serenity's is proven optimal, the time of each pass.
//
// Elided weights (zero splats) get a marker value first, as the runner does,
// so that TOSA's folders do not simplify the network away. Prints JSON; the
// driver bench/arena/arena-bench.py runs it on every benchmark network.
//
//===----------------------------------------------------------------------===//

#include "serenity/Analysis/MemoryModel.h"
#include "serenity/Arena/GraphOrder.h"
#include "serenity/Dialect/Serenity/IR/SerenityAttrs.h"
#include "serenity/Dialect/Serenity/IR/SerenityDialect.h"
#include "serenity/Transforms/Passes.h"
#include "serenity/Transforms/Pipelines.h"

#include "mlir/Conversion/TosaToArith/TosaToArith.h"
#include "mlir/Conversion/TosaToLinalg/TosaToLinalg.h"
#include "mlir/Conversion/TosaToTensor/TosaToTensor.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/Pipelines/Passes.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/Dialect/Tosa/Transforms/Passes.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/FileUtilities.h"
#include "mlir/Transforms/Passes.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>

using namespace mlir;
using namespace serenity;

namespace cl = llvm::cl;

static cl::opt<std::string>
    inputFilename(cl::Positional, cl::desc("<TOSA .mlir file>"), cl::Required);
static cl::opt<uint64_t>
    alignment("alignment",
              cl::desc("-serenity-plan-arena's alignment (default: its own)"),
              cl::init(16));
static cl::opt<uint64_t>
    maxNodes("max-nodes",
             cl::desc("-serenity-plan-arena's max-nodes (default: its own)"),
             cl::init(200000));

/// The marker value of utils/serenity-run.py's mark_weights: -2^-10.
static constexpr float kMarker = -9.765625e-4f;

/// Gives every zero-splat f32 tensor constant but scalars (tensor<1xf32>, the
/// zero points) the marker value, as utils/serenity-run.py does.
static unsigned markElidedWeights(ModuleOp module) {
  unsigned count = 0;
  module.walk([&](Operation *op) {
    if (!isa<tosa::ConstOp, arith::ConstantOp>(op))
      return;
    StringRef name = isa<tosa::ConstOp>(op) ? "values" : "value";
    auto dense = dyn_cast_or_null<DenseElementsAttr>(op->getAttr(name));
    if (!dense || !dense.isSplat() || !dense.getElementType().isF32())
      return;
    auto type = cast<ShapedType>(dense.getType());
    if (type.getNumElements() <= 1 || !dense.getSplatValue<APFloat>().isZero())
      return;
    op->setAttr(name, DenseElementsAttr::get(type, kMarker));
    ++count;
  });
  return count;
}

/// The network: the first public function with a body.
static func::FuncOp getNetwork(ModuleOp module) {
  for (auto function : module.getOps<func::FuncOp>())
    if (!function.isExternal() && function.isPublic())
      return function;
  return nullptr;
}

/// What the runner's harness does: makes the network private and adds an
/// entry function that fills its inputs (one allocation each), calls it and
/// hands every result to an external function that only reads it.
static LogicalResult addHarness(ModuleOp module) {
  func::FuncOp network = getNetwork(module);
  if (!network)
    return module.emitError("serenity-arena-bench: no public function");
  Location loc = network.getLoc();
  OpBuilder builder = OpBuilder::atBlockEnd(module.getBody());
  SmallVector<func::FuncOp> sinks;
  for (auto [index, type] :
       llvm::enumerate(network.getFunctionType().getResults())) {
    auto sink = func::FuncOp::create(
        builder, loc, "__serenity_arena_bench_sink" + std::to_string(index),
        builder.getFunctionType({type}, {}));
    sink.setPrivate();
    sink.setArgAttr(0, "bufferization.access", builder.getStringAttr("read"));
    sinks.push_back(sink);
  }
  auto entry = func::FuncOp::create(builder, loc, "__serenity_arena_bench",
                                    builder.getFunctionType({}, {}));
  builder.setInsertionPointToStart(entry.addEntryBlock());
  SmallVector<Value> inputs;
  for (Type type : network.getFunctionType().getInputs()) {
    auto tensor = dyn_cast<RankedTensorType>(type);
    if (!tensor || !tensor.hasStaticShape())
      return network.emitError("serenity-arena-bench: inputs must be static "
                               "ranked tensors");
    Value empty = tensor::EmptyOp::create(builder, loc, tensor.getShape(),
                                          tensor.getElementType());
    Value zero = arith::ConstantOp::create(
        builder, loc, builder.getZeroAttr(tensor.getElementType()));
    inputs.push_back(
        linalg::FillOp::create(builder, loc, zero, empty).getResult(0));
  }
  auto call = func::CallOp::create(builder, loc, network, inputs);
  for (auto [sink, result] : llvm::zip(sinks, call.getResults()))
    func::CallOp::create(builder, loc, sink, result);
  func::ReturnOp::create(builder, loc);
  network.setPrivate();
  return success();
}

/// Inline the network into the harness, bufferize, free after the last use.
static void addBufferize(OpPassManager &pm) {
  // Cannot fail: `pm` runs on the module.
  (void)buildBufferizeForMeasurementPassPipeline(
      pm, BufferizeForMeasurementOptions());
}

static LogicalResult run(ModuleOp module,
                         llvm::function_ref<void(OpPassManager &)> build) {
  PassManager pm(module->getContext());
  build(pm);
  return pm.run(module);
}

/// The int8 traffic and the fp32 live peak of the network's order.
static FailureOr<llvm::json::Object> measureOrder(ModuleOp linalg) {
  func::FuncOp network = getNetwork(linalg);
  if (!network || !network.getBody().hasOneBlock())
    return linalg.emitError("serenity-arena-bench: one function with one "
                            "block expected");
  MemoryModelOptions fp32, int8;
  int8.elementBits = 8;
  FailureOr<BlockMemoryModel> model =
      BlockMemoryModel::build(network.getBody().front(), fp32);
  FailureOr<BlockMemoryModel> model8 =
      BlockMemoryModel::build(network.getBody().front(), int8);
  if (failed(model) || failed(model8))
    return failure();
  llvm::json::Object result;
  result["ops"] = int64_t(model->getOps().size());
  result["live_peak"] = int64_t(model->simulateCurrentOrder().peak);
  result["live_peak_int8"] = int64_t(model8->simulateCurrentOrder().peak);
  const sched::Graph &graph = model8->getGraph();
  std::vector<sched::NodeId> order = sched::identityOrder(graph);
  llvm::json::Object traffic;
  for (uint64_t kib : {32, 64, 128, 256}) {
    arena::Traffic t = arena::getOffChipTraffic(graph, order, kib * 1024);
    traffic[std::to_string(kib)] = llvm::json::Object{
        {"load", int64_t(t.loadBytes)}, {"store", int64_t(t.storeBytes)}};
  }
  result["traffic_int8"] = std::move(traffic);
  return result;
}

/// -serenity-plan-arena with `planner` on a clone of the bufferized module.
static FailureOr<llvm::json::Object> planArena(ModuleOp bufferized,
                                               arena::Planner planner) {
  OwningOpRef<ModuleOp> clone = bufferized.clone();
  PlanArenaPassOptions options;
  options.planner = planner;
  options.alignment = alignment;
  options.maxNodes = maxNodes;
  auto start = std::chrono::steady_clock::now();
  if (failed(run(*clone, [&](OpPassManager &pm) {
        pm.addPass(createPlanArenaPass(options));
      })))
    return failure();
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  auto entry = clone->lookupSymbol<func::FuncOp>("__serenity_arena_bench");
  auto summary = entry
                     ? entry->getAttrOfType<ArenaAttr>(ArenaAttr::getAttrName())
                     : ArenaAttr();
  if (!summary)
    return clone->emitError("serenity-arena-bench: no arena planned");
  unsigned allocs = 0;
  entry.walk([&](memref::AllocOp) { ++allocs; });
  return llvm::json::Object{
      {"bytes", int64_t(summary.getBytes())},
      {"lower_bound", int64_t(summary.getLowerBound())},
      {"optimal", summary.getOptimal()},
      {"method", summary.getPlanner().str()},
      {"buffers", int64_t(summary.getBuffers())},
      // The arena itself, and any allocation the pass left alone.
      {"allocations_left", int64_t(allocs)},
      {"seconds", seconds}};
}

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  cl::ParseCommandLineOptions(argc, argv, "Serenity arena benchmark\n");

  DialectRegistry registry;
  registerAllDialects(registry);
  registerAllExtensions(registry);
  registry.insert<SerenityDialect>();
  MLIRContext context(registry);
  context.disableMultithreading(); // one core each; the driver runs two
  llvm::SourceMgr sourceMgr;
  std::string error;
  auto file = openInputFile(inputFilename, &error);
  if (!file) {
    llvm::errs() << "serenity-arena-bench: " << error << "\n";
    return 1;
  }
  sourceMgr.AddNewSourceBuffer(std::move(file), llvm::SMLoc());
  SourceMgrDiagnosticHandler handler(sourceMgr, &context);
  OwningOpRef<ModuleOp> input = parseSourceFile<ModuleOp>(sourceMgr, &context);
  if (!input)
    return 1;
  unsigned marked = markElidedWeights(*input);

  struct Order {
    const char *name;
    std::function<void(OpPassManager &)> lower;
  };
  ScheduleLoweredOptions plain, rewrite, inPlace;
  rewrite.rewrite = true;
  inPlace.rewrite = true;
  inPlace.inPlace = true;
  Order orders[] = {
      {"framework", buildTosaToLinalgPassPipeline},
      {"serenity",
       [&](OpPassManager &pm) { buildScheduleLoweredPassPipeline(pm, plain); }},
      {"serenity+rewrite",
       [&](OpPassManager &pm) {
         buildScheduleLoweredPassPipeline(pm, rewrite);
       }},
      {"serenity+rewrite+in-place",
       [&](OpPassManager &pm) {
         buildScheduleLoweredPassPipeline(pm, inPlace);
       }},
  };
  llvm::json::Object result{{"module", inputFilename},
                            {"marked_weights", int64_t(marked)},
                            {"alignment", int64_t(alignment)}};
  llvm::json::Object ordersJson;
  for (const Order &order : orders) {
    OwningOpRef<ModuleOp> linalg = input->clone();
    auto start = std::chrono::steady_clock::now();
    if (failed(run(*linalg, order.lower)))
      return 1;
    double lowerSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
            .count();
    FailureOr<llvm::json::Object> measured = measureOrder(*linalg);
    if (failed(measured) || failed(addHarness(*linalg)) ||
        failed(run(*linalg, addBufferize)))
      return 1;
    measured->insert({"lower_seconds", lowerSeconds});
    llvm::json::Object arenas;
    for (auto [name, planner] : {std::pair<const char *, arena::Planner>{
                                     "tflite", arena::Planner::TFLite},
                                 {"tflite-micro", arena::Planner::TFLiteMicro},
                                 {"xla", arena::Planner::XLA},
                                 {"serenity", arena::Planner::Serenity}}) {
      FailureOr<llvm::json::Object> planned = planArena(*linalg, planner);
      if (failed(planned))
        return 1;
      arenas[name] = std::move(*planned);
    }
    measured->insert({"arenas", std::move(arenas)});
    ordersJson[order.name] = std::move(*measured);
  }
  result["orders"] = std::move(ordersJson);
  llvm::outs() << llvm::formatv("{0:2}", llvm::json::Value(std::move(result)))
               << "\n";
  return 0;
}
