//===- RewriteIdentity.cpp - Identity graph rewriting -----------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// Decides which sites (concatenations and the ops they feed) to rewrite with
// the identities of IdentityRewrites.h, by asking the scheduler: every
// candidate is a clone of the function with some sites rewritten, and its
// cost is the peak that -serenity-memory-schedule would reach on it.
//
// The search starts from every site rewritten as far as it goes and then
// removes rewrites one site at a time: first while that strictly lowers the
// peak, then while it does not raise it. Starting from "everything" matters
// because of ties: a network of identical cells reaches its peak in each of
// them, so rewriting one cell alone never lowers the peak, and a search that
// adds one site at a time would stop before it starts.
//
//===----------------------------------------------------------------------===//

#include "IdentityRewrites.h"
#include "PassDetail.h"

#include "serenity/Analysis/FunctionModels.h"
#include "serenity/Dialect/Serenity/IR/SerenityAttrs.h"
#include "serenity/Scheduling/Scheduler.h"
#include "serenity/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/OperationSupport.h"
#include "mlir/IR/Threading.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/Hashing.h"
#include "llvm/ADT/bit.h"

#include <chrono>
#include <functional>

namespace serenity {
#define GEN_PASS_DEF_REWRITEIDENTITYPASS
#include "serenity/Transforms/Passes.h.inc"
} // namespace serenity

using namespace mlir;
using namespace serenity;

namespace {
struct RewriteIdentityPass
    : public serenity::impl::RewriteIdentityPassBase<RewriteIdentityPass> {
  using RewriteIdentityPassBase::RewriteIdentityPassBase;
  LogicalResult initializeOptions(
      StringRef options,
      function_ref<LogicalResult(const Twine &)> errorHandler) override {
    return initializePassOptions(*this, options, errorHandler);
  }
  void runOnOperation() override;
};

/// The rewrites chosen per site, RewriteKind::None for none.
using Choices = SmallVector<RewriteKind>;

using Clock = std::chrono::steady_clock;

/// What the search found for one function.
struct FunctionPlan {
  Choices choices;
  uint64_t peakBefore = 0;
  uint64_t peakAfter = 0;
  size_t evaluations = 0;
  /// Whether the search stopped at its time limit.
  bool timeLimitHit = false;
};

/// Records the ops a rewriter erases.
struct ErasedOps : public RewriterBase::Listener {
  void notifyOperationErased(Operation *op) override { erased.insert(op); }
  llvm::DenseSet<Operation *> erased;
};

/// Finds which sites of one function to rewrite, and how.
class SiteSearch {
public:
  /// A search that ends by `deadline`, if given.
  SiteSearch(FunctionOpInterface function,
             const MemoryModelOptions &modelOptions,
             const sched::SchedulerOptions &schedulerOptions,
             const TosaLowering &lowering,
             std::optional<Clock::time_point> deadline = std::nullopt)
      : function(function), modelOptions(modelOptions),
        schedulerOptions(schedulerOptions), lowering(lowering),
        deadline(deadline) {}

  /// The sites of `function` (or of a clone of it, in the same order).
  static SmallVector<Operation *> findSites(FunctionOpInterface function);

  /// Rewrites the sites of `target` (the function or a clone) as `choices`
  /// says. Returns whether the IR changed.
  bool apply(FunctionOpInterface target, ArrayRef<RewriteKind> choices,
             RewriteCounts &counts) const;

  /// The peak -serenity-memory-schedule reaches on `target`, within what is
  /// left of the time.
  FailureOr<uint64_t> peakOf(FunctionOpInterface target) const;

  /// The plan for the function: with `onlyIfProfitable`, the search of the
  /// file comment over the rewrite sets in `kinds`; otherwise every site
  /// rewritten with all of `kinds`. Past the deadline, the best plan found
  /// so far.
  FailureOr<FunctionPlan> plan(RewriteKind kinds, bool onlyIfProfitable);

private:
  bool expired() const { return deadline && Clock::now() >= *deadline; }
  /// The peak of a clone of the function rewritten as `choices` says;
  /// UINT64_MAX past the deadline.
  uint64_t evaluate(ArrayRef<RewriteKind> choices);
  /// The distinct ways to rewrite each site (strongest first, each changing
  /// the IR) out of the subsets of `kinds`.
  SmallVector<SmallVector<RewriteKind>> findVariants(size_t numSites,
                                                     RewriteKind kinds);

  FunctionOpInterface function;
  const MemoryModelOptions &modelOptions;
  const sched::SchedulerOptions &schedulerOptions;
  const TosaLowering &lowering;
  std::optional<Clock::time_point> deadline;
  size_t evaluations = 0;
};
} // namespace

/// Whether every value `op` and its users read or write has integer or
/// float elements. The rewrites build zeros and partial sums in the element
/// type, which a quantized type (!quant.uniform) has no constants for, and
/// partial sums of quantized values would need their zero points: sites
/// touching other element types are left as they are.
static bool hasPlainElements(Operation *op) {
  auto plain = [](Type type) {
    auto shaped = dyn_cast<ShapedType>(type);
    return !shaped || shaped.getElementType().isIntOrIndexOrFloat();
  };
  auto opIsPlain = [&](Operation *o) {
    return llvm::all_of(o->getOperandTypes(), plain) &&
           llvm::all_of(o->getResultTypes(), plain);
  };
  return opIsPlain(op) && llvm::all_of(op->getUsers(), opIsPlain);
}

SmallVector<Operation *> SiteSearch::findSites(FunctionOpInterface function) {
  SmallVector<Operation *> sites;
  for (Block &block : function.getFunctionBody()) {
    size_t begin = sites.size();
    for (Value concat : findConcats(block))
      if (hasPlainElements(concat.getDefiningOp()))
        sites.push_back(concat.getDefiningOp());
    for (Value sum : findSums(block))
      if (hasPlainElements(sum.getDefiningOp()))
        sites.push_back(sum.getDefiningOp());
    // In IR order, so that the last site is rewritten first.
    std::sort(sites.begin() + begin, sites.end(),
              [](Operation *a, Operation *b) { return a->isBeforeInBlock(b); });
  }
  return sites;
}

bool SiteSearch::apply(FunctionOpInterface target,
                       ArrayRef<RewriteKind> choices,
                       RewriteCounts &counts) const {
  SmallVector<Operation *> sites = findSites(target);
  assert(sites.size() == choices.size() && "sites differ from the original");
  ErasedOps listener;
  IRRewriter rewriter(target->getContext(), &listener);
  bool changed = false;
  // Concatenations first, the last one first: pushing a concatenation down
  // can give an earlier concatenation (one of its parts) new users to be
  // partitioned, such as the ReLU of a cell's output pushed into the nodes
  // that make it. Then sums: a sum the concatenations partitioned is gone
  // (an addition of a concatenation is split into one addition per part).
  for (bool sums : {false, true})
    for (auto [site, kinds] : llvm::reverse(llvm::zip(sites, choices))) {
      // A site rewritten away by another one has nothing left to rewrite.
      if (kinds == RewriteKind::None || listener.erased.contains(site) ||
          isa<tosa::AddOp>(site) != sums)
        continue;
      if (sums)
        changed |= rewriteSum(rewriter, site->getResult(0), kinds, counts);
      else
        changed |=
            rewriteSite(rewriter, site->getResult(0), kinds, lowering, counts);
    }
  return changed;
}

FailureOr<uint64_t> SiteSearch::peakOf(FunctionOpInterface target) const {
  FailureOr<FunctionMemoryModel> model =
      FunctionMemoryModel::build(target, modelOptions);
  if (failed(model))
    return failure();
  sched::SchedulerOptions options = schedulerOptions;
  uint64_t peak = 0;
  for (const BlockMemoryModel &block : model->getBlocks()) {
    if (deadline) {
      // What is left of the time, at least a moment (0 would be none).
      options.timeLimitSeconds = std::max(
          1e-3,
          std::chrono::duration<double>(*deadline - Clock::now()).count());
    }
    std::vector<sched::NodeId> kept;
    sched::Graph graph = block.buildSchedulingGraph(kept);
    peak = std::max(peak, sched::schedule(graph, options).peak);
  }
  return peak;
}

uint64_t SiteSearch::evaluate(ArrayRef<RewriteKind> choices) {
  if (expired())
    return std::numeric_limits<uint64_t>::max();
  ++evaluations;
  OwningOpRef<Operation *> clone(function->clone());
  auto target = cast<FunctionOpInterface>(*clone);
  RewriteCounts counts;
  apply(target, choices, counts);
  FailureOr<uint64_t> peak = peakOf(target);
  return succeeded(peak) ? *peak : std::numeric_limits<uint64_t>::max();
}

/// A hash of the ops of `function` that is the same for structurally equal
/// functions (values are numbered in IR order).
static llvm::hash_code hashStructure(FunctionOpInterface function) {
  llvm::DenseMap<Value, unsigned> numbers;
  llvm::hash_code hash = 0;
  function->walk<WalkOrder::PreOrder>([&](Block *block) {
    for (BlockArgument arg : block->getArguments())
      numbers[arg] = numbers.size();
  });
  function->walk<WalkOrder::PreOrder>([&](Operation *op) {
    hash = llvm::hash_combine(hash, OperationEquivalence::computeHash(
                                        op,
                                        [&](Value value) {
                                          return llvm::hash_value(
                                              numbers.lookup(value));
                                        },
                                        OperationEquivalence::ignoreHashValue,
                                        OperationEquivalence::IgnoreLocations));
    for (Value result : op->getResults())
      numbers[result] = numbers.size();
    for (Region &region : op->getRegions())
      for (Block &block : region)
        for (BlockArgument arg : block.getArguments())
          if (!numbers.count(arg))
            numbers[arg] = numbers.size();
  });
  return hash;
}

SmallVector<SmallVector<RewriteKind>>
SiteSearch::findVariants(size_t numSites, RewriteKind kinds) {
  // Subsets of `kinds`, the largest first.
  SmallVector<RewriteKind> subsets;
  for (unsigned bits = 1; bits <= static_cast<unsigned>(RewriteKind::All);
       ++bits) {
    auto set = static_cast<RewriteKind>(bits);
    if ((set & kinds) == set)
      subsets.push_back(set);
  }
  llvm::stable_sort(subsets, [](RewriteKind a, RewriteKind b) {
    return llvm::popcount(static_cast<unsigned>(a)) >
           llvm::popcount(static_cast<unsigned>(b));
  });

  SmallVector<SmallVector<RewriteKind>> variants(numSites);
  for (size_t site = 0; site < numSites && !expired(); ++site) {
    llvm::DenseSet<llvm::hash_code> seen;
    for (RewriteKind set : subsets) {
      Choices choices(numSites, RewriteKind::None);
      choices[site] = set;
      OwningOpRef<Operation *> clone(function->clone());
      auto target = cast<FunctionOpInterface>(*clone);
      RewriteCounts counts;
      if (apply(target, choices, counts) &&
          seen.insert(hashStructure(target)).second)
        variants[site].push_back(set);
    }
  }
  return variants;
}

FailureOr<FunctionPlan> SiteSearch::plan(RewriteKind kinds,
                                         bool onlyIfProfitable) {
  FunctionPlan plan;
  FailureOr<uint64_t> base = peakOf(function);
  if (failed(base))
    return failure();
  plan.peakBefore = *base;
  SmallVector<Operation *> sites = findSites(function);
  size_t numSites = sites.size();
  plan.choices.assign(numSites, RewriteKind::None);
  if (numSites == 0) {
    plan.peakAfter = *base;
    plan.timeLimitHit = expired();
    return plan;
  }
  if (!onlyIfProfitable) {
    // For testing: everything rewritten, even past the deadline.
    plan.choices.assign(numSites, kinds);
    ++evaluations;
    OwningOpRef<Operation *> clone(function->clone());
    auto target = cast<FunctionOpInterface>(*clone);
    RewriteCounts counts;
    apply(target, plan.choices, counts);
    FailureOr<uint64_t> peak = peakOf(target);
    plan.peakAfter =
        succeeded(peak) ? *peak : std::numeric_limits<uint64_t>::max();
    plan.evaluations = evaluations;
    plan.timeLimitHit = expired();
    return plan;
  }

  SmallVector<SmallVector<RewriteKind>> variants =
      findVariants(numSites, kinds);
  Choices choices(numSites, RewriteKind::None);
  for (size_t site = 0; site < numSites; ++site)
    if (!variants[site].empty())
      choices[site] = variants[site].front();
  uint64_t best = evaluate(choices);

  // The alternatives to the current choice of `site`: the weaker variants
  // in order, then none.
  auto weaker = [&](size_t site) {
    SmallVector<RewriteKind> result;
    ArrayRef<RewriteKind> list = variants[site];
    auto it = llvm::find(list, choices[site]);
    if (it != list.end())
      result.append(std::next(it), list.end());
    result.push_back(RewriteKind::None);
    return result;
  };

  // Undo rewrites that raise the peak, until none does. Accumulating a sum
  // in place never raises the optimal peak (docs/Rewriting.md), so sum
  // sites are not tried here.
  for (bool improved = true; improved;) {
    improved = false;
    for (size_t site = 0; site < numSites; ++site) {
      if (choices[site] == RewriteKind::None || isa<tosa::AddOp>(sites[site]))
        continue;
      for (RewriteKind set : weaker(site)) {
        Choices trial = choices;
        trial[site] = set;
        uint64_t peak = evaluate(trial);
        if (peak < best) {
          choices = std::move(trial);
          best = peak;
          improved = true;
          break;
        }
      }
    }
  }
  // Undo rewrites that do not help. Usually few sites matter (those where
  // the peak is), so undo whole groups first, halving the groups that
  // cannot be undone, down to single sites.
  std::function<void(ArrayRef<size_t>)> undoGroup =
      [&](ArrayRef<size_t> group) {
        if (group.empty())
          return;
        Choices trial = choices;
        for (size_t site : group)
          trial[site] = RewriteKind::None;
        uint64_t peak = evaluate(trial);
        if (peak <= best) {
          choices = std::move(trial);
          best = peak;
          return;
        }
        if (group.size() == 1)
          return;
        undoGroup(group.take_front(group.size() / 2));
        undoGroup(group.drop_front(group.size() / 2));
      };
  SmallVector<size_t> rewritten;
  for (size_t site = 0; site < numSites; ++site)
    if (choices[site] != RewriteKind::None)
      rewritten.push_back(site);
  undoGroup(rewritten);
  // Then weaken what is left, the weakest variant first.
  for (size_t site = 0; site < numSites; ++site) {
    if (choices[site] == RewriteKind::None)
      continue;
    SmallVector<RewriteKind> options = weaker(site);
    options.pop_back(); // none: tried above
    for (RewriteKind set : llvm::reverse(options)) {
      Choices trial = choices;
      trial[site] = set;
      uint64_t peak = evaluate(trial);
      if (peak <= best) {
        choices = std::move(trial);
        best = peak;
        break;
      }
    }
  }

  if (best < *base) {
    plan.choices = std::move(choices);
    plan.peakAfter = best;
  } else {
    plan.peakAfter = *base;
  }
  plan.evaluations = evaluations;
  plan.timeLimitHit = expired();
  return plan;
}

void RewriteIdentityPass::runOnOperation() {
  Operation *root = getOperation();
  FailureOr<MemoryModelOptions> modelOptions = getMemoryModelOptions(
      root, getArgument(), alignment, countArguments, elementBits);
  if (failed(modelOptions))
    return signalPassFailure();
  FailureOr<sched::SchedulerOptions> schedulerOptions =
      getSchedulerOptions(root, getArgument(),
                          {algorithm, maxStates, beamWidth, divideAndConquer,
                           mergeChains, softBudget, timeLimit});
  if (failed(schedulerOptions))
    return signalPassFailure();
  // The time limit is for the whole search; each schedule gets what is left.
  double seconds = schedulerOptions->timeLimitSeconds;
  schedulerOptions->timeLimitSeconds = 0;

  RewriteKind kinds = rewrites.empty() ? RewriteKind::All : RewriteKind::None;
  for (const std::string &name : rewrites) {
    std::optional<RewriteKind> kind = getRewriteKind(name);
    if (!kind) {
      root->emitError() << "serenity-rewrite-identity: unknown rewrite '"
                        << name
                        << "' (expected channel, kernel, concat or sum)";
      return signalPassFailure();
    }
    kinds |= *kind;
  }

  MLIRContext *context = &getContext();
  TosaLowering lowering(context);
  SmallVector<FunctionOpInterface> functions;
  for (FunctionOpInterface function : collectFunctions(root))
    if (!function.isExternal())
      functions.push_back(function);

  // Plan every function first (on clones), then rewrite.
  std::vector<FunctionPlan> plans(functions.size());
  if (failed(failableParallelForEachN(
          context, 0, functions.size(), [&](size_t i) -> LogicalResult {
            std::optional<Clock::time_point> deadline;
            if (seconds > 0)
              deadline =
                  Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                     std::chrono::duration<double>(seconds));
            SiteSearch search(functions[i], *modelOptions, *schedulerOptions,
                              lowering, deadline);
            FailureOr<FunctionPlan> plan = search.plan(kinds, onlyIfProfitable);
            if (failed(plan))
              return failure();
            plans[i] = std::move(*plan);
            return success();
          })))
    return signalPassFailure();

  for (auto [function, plan] : llvm::zip(functions, plans)) {
    SiteSearch search(function, *modelOptions, *schedulerOptions, lowering);
    RewriteCounts counts;
    search.apply(function, plan.choices, counts);
    size_t rewritten = llvm::count_if(
        plan.choices, [](RewriteKind set) { return set != RewriteKind::None; });
    numSites += plan.choices.size();
    numSitesRewritten += rewritten;
    numConvs += counts.convsPartitioned;
    numOps += counts.opsPartitioned;
    numConcats += counts.concatsMaterialized;
    numRedirected += counts.producersRedirected;
    numAccumulated += counts.addsAccumulated;
    numEvaluations += plan.evaluations;
    peakBefore += plan.peakBefore;
    peakAfter += plan.peakAfter;
    auto summary = RewriteAttr::get(
        context, plan.choices.size(), rewritten, counts.convsPartitioned,
        counts.opsPartitioned, counts.concatsMaterialized,
        counts.producersRedirected, counts.addsAccumulated, plan.peakBefore,
        plan.peakAfter, plan.evaluations, plan.timeLimitHit);
    function->setAttr(SerenityDialect::getRewriteAttrName(), summary);
    if (plan.timeLimitHit)
      function->emitWarning()
          << "serenity-rewrite-identity: @" << function.getName()
          << ": the search stopped at its time limit of " << seconds
          << " s; the rewrites are the best found by then";
    if (report)
      function->emitRemark() << "serenity-rewrite-identity: @"
                             << function.getName() << ": " << summary;
  }
}
