//===- PlanArena.cpp - Place static allocations in one arena ----*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// -serenity-plan-arena: translates the allocations of each function body into
// the MLIR-free arena problem (serenity/Arena/Arena.h: sizes, alignments,
// lifetimes in steps of the body), plans it, checks the placement, and only
// then rewrites: every planned memref.alloc becomes a memref.view of one i8
// arena, its deallocs go away. docs/Arena.md describes the rules.
//
//===----------------------------------------------------------------------===//

#include "serenity/Arena/Arena.h"
#include "serenity/Dialect/Serenity/IR/SerenityAttrs.h"
#include "serenity/Transforms/Passes.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Bufferization/Transforms/BufferViewFlowAnalysis.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/CallInterfaces.h"
#include "mlir/Interfaces/DataLayoutInterfaces.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "llvm/Support/FormatVariadic.h"

#include <chrono>

namespace serenity {
#define GEN_PASS_DEF_PLANARENAPASS
#include "serenity/Transforms/Passes.h.inc"
} // namespace serenity

using namespace mlir;
using namespace serenity;

namespace {

/// The plan of one function, computed before anything changes.
struct FunctionPlan {
  FunctionOpInterface function;
  /// The allocations placed in the arena, indexed like the problem.
  SmallVector<memref::AllocOp> allocs;
  /// The deallocs of each planned allocation.
  SmallVector<SmallVector<memref::DeallocOp, 1>> deallocs;
  std::vector<arena::Buffer> buffers;
  arena::PlanResult result;
  uint64_t alignment = 1;
  double seconds = 0;
  size_t leftOut = 0;
};

struct PlanArenaPass : public serenity::impl::PlanArenaPassBase<PlanArenaPass> {
  using PlanArenaPassBase::PlanArenaPassBase;
  void runOnOperation() override;

private:
  FailureOr<FunctionPlan> planFunction(FunctionOpInterface function,
                                       const DataLayout &layout,
                                       const BufferViewFlowAnalysis &flow);
  void rewrite(FunctionPlan &plan, SymbolTable &symbols);
};

/// Ops that run their regions one iteration after another, so that an
/// allocation inside them is live only while they run and two instances of
/// it never coexist.
bool runsRegionsSequentially(Operation *op) {
  return isa<scf::ForOp, scf::WhileOp, scf::IfOp, scf::IndexSwitchOp,
             scf::ExecuteRegionOp, affine::AffineForOp, affine::AffineIfOp>(op);
}

/// Follows views and casts from `value` back to the allocation they come
/// from; null if they do not lead to one.
Operation *getAllocationOf(Value value) {
  while (value) {
    Operation *def = value.getDefiningOp();
    if (!def)
      return nullptr;
    if (isa<memref::AllocOp>(def))
      return def;
    if (auto view = dyn_cast<ViewLikeOpInterface>(def)) {
      value = view.getViewSource();
      continue;
    }
    if (auto cast = dyn_cast<memref::CastOp>(def)) {
      value = cast.getSource();
      continue;
    }
    return nullptr;
  }
  return nullptr;
}

/// Why `user` makes a buffer (through `alias`) unplannable, or an empty
/// string.
std::string getEscape(Operation *user, Value alias) {
  if (user->hasTrait<OpTrait::IsTerminator>())
    return isa<FunctionOpInterface>(user->getParentOp())
               ? "it is returned"
               : ("it leaves its region through " +
                  user->getName().getStringRef())
                     .str();
  if (isa<memref::ExtractAlignedPointerAsIndexOp, UnrealizedConversionCastOp>(
          user) ||
      isa_and_nonnull<LLVM::LLVMDialect>(user->getDialect()))
    return ("its address escapes through " + user->getName().getStringRef())
        .str();
  if (auto store = dyn_cast<memref::StoreOp>(user))
    if (store.getValueToStore() == alias)
      return "it is stored to memory";
  if (isa<bufferization::DeallocOp>(user))
    return "it is freed by bufferization.dealloc (ownership not resolved)";
  if (auto call = dyn_cast<CallOpInterface>(user))
    for (Type type : call->getResultTypes())
      if (isa<BaseMemRefType>(type))
        return "it is passed to a call that returns a memref, which may "
               "alias it";
  return {};
}

} // namespace

FailureOr<FunctionPlan>
PlanArenaPass::planFunction(FunctionOpInterface function,
                            const DataLayout &layout,
                            const BufferViewFlowAnalysis &flow) {
  FunctionPlan plan;
  plan.function = function;
  Region &body = function.getFunctionBody();
  SmallVector<memref::AllocOp> allocs;
  function.walk([&](memref::AllocOp alloc) { allocs.push_back(alloc); });
  auto leaveOut = [&](memref::AllocOp alloc, const Twine &why) {
    alloc.emitRemark() << "serenity-plan-arena: not planned: " << why;
    ++plan.leftOut;
  };
  if (!body.hasOneBlock()) {
    for (memref::AllocOp alloc : allocs)
      leaveOut(alloc, "the function has several blocks");
    // An empty arena, as the planner places no buffer (the summary then
    // names the planner, as the dialect requires).
    arena::PlannerOptions options;
    options.planner = planner;
    plan.result = arena::plan(plan.buffers, options);
    return plan;
  }
  Block &block = body.front();
  llvm::DenseMap<Operation *, uint32_t> step;
  for (Operation &op : block)
    step[&op] = step.size();

  for (memref::AllocOp alloc : allocs) {
    MemRefType type = alloc.getType();
    if (!type.hasStaticShape()) {
      leaveOut(alloc, "it has a dynamic size");
      continue;
    }
    if (!type.getLayout().isIdentity()) {
      leaveOut(alloc, "it has a non-identity layout");
      continue;
    }
    if (type.getMemorySpace()) {
      leaveOut(alloc, "it is in a memory space other than the default");
      continue;
    }
    Type elementType = type.getElementType();
    if (!isa<IntegerType, FloatType, IndexType>(elementType)) {
      leaveOut(alloc, "its element type is not an integer, float or index");
      continue;
    }
    // Nested allocations are planned for the whole step of the op of the
    // body that holds them, if every op around them runs its regions one
    // iteration after another.
    std::string concurrent;
    for (Operation *parent = alloc->getParentOp(); parent != function;
         parent = parent->getParentOp())
      if (!runsRegionsSequentially(parent)) {
        concurrent = parent->getName().getStringRef().str();
        break;
      }
    if (!concurrent.empty()) {
      leaveOut(alloc, "it is inside " + concurrent +
                          ", whose regions may run concurrently");
      continue;
    }
    Operation *holder = block.findAncestorOpInBlock(*alloc);

    // Its aliases: every value that may be derived from it.
    BufferViewFlowAnalysis::ValueSetT aliases = flow.resolve(alloc);
    std::string escape;
    SmallVector<memref::DeallocOp, 1> deallocs;
    uint32_t first = step[holder], last = first;
    for (Value alias : aliases) {
      if (Operation *def = alias.getDefiningOp())
        if (Operation *inBlock = block.findAncestorOpInBlock(*def))
          last = std::max(last, step[inBlock]);
      for (OpOperand &use : alias.getUses()) {
        Operation *user = use.getOwner();
        if (auto dealloc = dyn_cast<memref::DeallocOp>(user)) {
          if (getAllocationOf(dealloc.getMemref()) != alloc) {
            escape = "it is freed through a value that may be another "
                     "buffer";
            break;
          }
          if (dealloc->getBlock() != alloc->getBlock()) {
            escape = "it is freed in another block";
            break;
          }
          deallocs.push_back(dealloc);
          continue;
        }
        escape = getEscape(user, alias);
        if (!escape.empty())
          break;
        // Uses in other functions (a callee the analysis looked into) run
        // during the call, which is a use here.
        if (Operation *inBlock = block.findAncestorOpInBlock(*user))
          last = std::max(last, step[inBlock]);
      }
      if (!escape.empty())
        break;
    }
    if (escape.empty() && deallocs.empty())
      escape = "it is not freed in its block (it may outlive the function)";
    if (!escape.empty()) {
      leaveOut(alloc, escape);
      continue;
    }

    // Bytes per element as the lowering to LLVM allocates them (i1 and i4
    // take a byte).
    uint64_t elementBytes = layout.getTypeSize(elementType).getFixedValue();
    uint64_t elementAlign = layout.getTypeABIAlignment(elementType);
    arena::Buffer buffer;
    buffer.bytes = type.getNumElements() * elementBytes;
    buffer.first = first;
    buffer.last = last;
    buffer.alignment = std::max<uint64_t>(alignment, elementAlign);
    if (std::optional<uint64_t> own = alloc.getAlignment())
      buffer.alignment = std::max<uint64_t>(buffer.alignment, *own);
    if (!llvm::isPowerOf2_64(buffer.alignment)) {
      alloc.emitError() << "serenity-plan-arena: alignment " << buffer.alignment
                        << " is not a power of two";
      return failure();
    }
    plan.alignment = std::max(plan.alignment, buffer.alignment);
    plan.allocs.push_back(alloc);
    plan.deallocs.push_back(std::move(deallocs));
    plan.buffers.push_back(buffer);
  }

  arena::PlannerOptions options;
  options.planner = planner;
  options.maxNodes = maxNodes;
  options.timeLimit = timeLimit;
  auto start = std::chrono::steady_clock::now();
  plan.result = arena::plan(plan.buffers, options);
  plan.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  std::string invalid =
      arena::checkPlacement(plan.buffers, plan.result.placement);
  if (!invalid.empty()) {
    function.emitError() << "serenity-plan-arena: the planner produced an "
                            "invalid placement: "
                         << invalid;
    return failure();
  }
  if (maxBytes && plan.result.placement.arenaBytes > maxBytes) {
    function.emitError() << "serenity-plan-arena: the arena needs "
                         << plan.result.placement.arenaBytes
                         << " bytes, more than max-bytes=" << uint64_t(maxBytes)
                         << " (lower bound " << plan.result.lowerBound
                         << " bytes)";
    return failure();
  }
  if (storage == arena::ArenaStorage::Argument && !plan.allocs.empty()) {
    auto module = function->getParentOfType<ModuleOp>();
    std::optional<SymbolTable::UseRange> uses =
        SymbolTable::getSymbolUses(function, module);
    if (!uses || !uses->empty()) {
      function.emitError() << "serenity-plan-arena: arena=argument would "
                              "change the signature of a function that is "
                              "called in the module";
      return failure();
    }
  }
  if (!plan.result.limitHit.empty())
    function.emitRemark() << "serenity-plan-arena: the search stopped at its "
                          << plan.result.limitHit << " limit after "
                          << plan.result.nodes << " nodes: arena "
                          << plan.result.placement.arenaBytes
                          << " bytes, lower bound " << plan.result.lowerBound
                          << " bytes";
  return plan;
}

void PlanArenaPass::rewrite(FunctionPlan &plan, SymbolTable &symbols) {
  FunctionOpInterface function = plan.function;
  MLIRContext *context = function.getContext();
  const arena::PlanResult &result = plan.result;
  uint64_t bytes = result.placement.arenaBytes;
  function->setAttr(ArenaAttr::getAttrName(),
                    ArenaAttr::get(context, bytes, result.lowerBound,
                                   result.optimal, result.method,
                                   plan.allocs.size()));
  if (report)
    function.emitRemark() << llvm::formatv(
        "serenity-plan-arena: {0} buffers in an arena of {1} bytes (lower "
        "bound {2}, {3}, by {4}), {5} left out; baselines tflite {6}, "
        "tflite-micro {7}, xla {8}; search {9} nodes, {10:f3} s",
        plan.allocs.size(), bytes, result.lowerBound,
        result.optimal ? "optimal" : "not proven optimal", result.method,
        plan.leftOut, result.baselines[0], result.baselines[1],
        result.baselines[2], result.nodes, plan.seconds);
  if (plan.allocs.empty())
    return;

  Block &entry = function.getFunctionBody().front();
  Location loc = function.getLoc();
  OpBuilder builder = OpBuilder::atBlockBegin(&entry);
  auto arenaType = MemRefType::get({int64_t(bytes)}, builder.getI8Type());
  IntegerAttr alignAttr = builder.getI64IntegerAttr(plan.alignment);
  Value arenaValue;
  switch (storage) {
  case arena::ArenaStorage::Alloc: {
    arenaValue = memref::AllocOp::create(builder, loc, arenaType, ValueRange{},
                                         ValueRange{}, alignAttr);
    for (Operation &op : entry)
      if (op.hasTrait<OpTrait::ReturnLike>()) {
        builder.setInsertionPoint(&op);
        memref::DeallocOp::create(builder, loc, arenaValue);
      }
    break;
  }
  case arena::ArenaStorage::Global: {
    OpBuilder moduleBuilder(function);
    auto global = memref::GlobalOp::create(
        moduleBuilder, loc,
        (SymbolTable::getSymbolName(function).getValue() + "_arena").str(),
        moduleBuilder.getStringAttr("private"), arenaType,
        UnitAttr::get(context), /*constant=*/false, alignAttr);
    symbols.insert(global); // renames it if the name is taken
    arenaValue = memref::GetGlobalOp::create(builder, loc, arenaType,
                                             global.getSymName());
    break;
  }
  case arena::ArenaStorage::Argument: {
    unsigned index = function.getNumArguments();
    if (failed(function.insertArgument(index, arenaType, {}, loc))) {
      function.emitError() << "serenity-plan-arena: cannot add the arena "
                              "argument";
      return signalPassFailure();
    }
    arenaValue = function.getArgument(index);
    break;
  }
  }

  for (auto [index, alloc] : llvm::enumerate(plan.allocs)) {
    builder.setInsertionPoint(alloc);
    Value offset = arith::ConstantIndexOp::create(
        builder, alloc.getLoc(), result.placement.offsets[index]);
    Value view =
        memref::ViewOp::create(builder, alloc.getLoc(), alloc.getType(),
                               arenaValue, offset, ValueRange{});
    for (memref::DeallocOp dealloc : plan.deallocs[index])
      dealloc.erase();
    alloc.replaceAllUsesWith(view);
    alloc.erase();
  }
}

void PlanArenaPass::runOnOperation() {
  ModuleOp module = getOperation();
  if (!llvm::isPowerOf2_64(alignment)) {
    module.emitError() << "serenity-plan-arena: alignment="
                       << uint64_t(alignment) << " is not a power of two";
    return signalPassFailure();
  }
  BufferViewFlowAnalysis flow(module);
  DataLayout layout(module);
  // Plan every function, then rewrite: nothing changes unless all succeed.
  std::vector<FunctionPlan> plans;
  bool failed = false;
  module.walk([&](FunctionOpInterface function) {
    if (function.isExternal() || function->hasAttr(ArenaAttr::getAttrName()))
      return WalkResult::skip();
    FailureOr<FunctionPlan> plan = planFunction(function, layout, flow);
    if (::mlir::failed(plan))
      failed = true;
    else
      plans.push_back(std::move(*plan));
    return WalkResult::skip();
  });
  if (failed)
    return signalPassFailure();
  SymbolTable symbols(module);
  for (FunctionPlan &plan : plans)
    rewrite(plan, symbols);
}
