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
#include "llvm/ADT/StringSwitch.h"
#include "llvm/ADT/bit.h"

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
  void runOnOperation() override;
};

/// The rewrites chosen per site: a set of RewriteKind, 0 for none.
using Choices = SmallVector<unsigned>;

/// What the search found for one function.
struct FunctionPlan {
  Choices choices;
  uint64_t peakBefore = 0;
  uint64_t peakAfter = 0;
  size_t evaluations = 0;
};

/// Records the ops a rewriter erases.
struct ErasedOps : public RewriterBase::Listener {
  void notifyOperationErased(Operation *op) override { erased.insert(op); }
  llvm::DenseSet<Operation *> erased;
};

/// Finds which sites of one function to rewrite, and how.
class SiteSearch {
public:
  SiteSearch(FunctionOpInterface function,
             const MemoryModelOptions &modelOptions,
             const sched::SchedulerOptions &schedulerOptions,
             const TosaLowering &lowering)
      : function(function), modelOptions(modelOptions),
        schedulerOptions(schedulerOptions), lowering(lowering) {}

  /// The sites of `function` (or of a clone of it, in the same order).
  static SmallVector<Operation *> findSites(FunctionOpInterface function);

  /// Rewrites the sites of `target` (the function or a clone) as `choices`
  /// says. Returns whether the IR changed.
  bool apply(FunctionOpInterface target, ArrayRef<unsigned> choices,
             RewriteCounts &counts) const;

  /// The peak -serenity-memory-schedule reaches on `target`.
  FailureOr<uint64_t> peakOf(FunctionOpInterface target) const;

  /// The plan for the function: with `onlyIfProfitable`, the search of the
  /// file comment over the rewrite sets in `kinds`; otherwise every site
  /// rewritten with all of `kinds`.
  FailureOr<FunctionPlan> plan(unsigned kinds, bool onlyIfProfitable);

private:
  /// The peak of a clone of the function rewritten as `choices` says.
  uint64_t evaluate(ArrayRef<unsigned> choices);
  /// The distinct ways to rewrite each site (strongest first, each changing
  /// the IR) out of the subsets of `kinds`.
  SmallVector<SmallVector<unsigned>> findVariants(size_t numSites,
                                                  unsigned kinds);

  FunctionOpInterface function;
  const MemoryModelOptions &modelOptions;
  const sched::SchedulerOptions &schedulerOptions;
  const TosaLowering &lowering;
  size_t evaluations = 0;
};
} // namespace

SmallVector<Operation *> SiteSearch::findSites(FunctionOpInterface function) {
  SmallVector<Operation *> sites;
  for (Block &block : function.getFunctionBody()) {
    size_t begin = sites.size();
    for (Value concat : findConcats(block))
      sites.push_back(concat.getDefiningOp());
    for (Value sum : findSums(block))
      sites.push_back(sum.getDefiningOp());
    // In IR order, so that the last site is rewritten first.
    std::sort(sites.begin() + begin, sites.end(),
              [](Operation *a, Operation *b) { return a->isBeforeInBlock(b); });
  }
  return sites;
}

bool SiteSearch::apply(FunctionOpInterface target, ArrayRef<unsigned> choices,
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
      if (!kinds || listener.erased.contains(site) ||
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
  uint64_t peak = 0;
  for (const BlockMemoryModel &block : model->getBlocks()) {
    std::vector<sched::NodeId> kept;
    sched::Graph graph = block.buildSchedulingGraph(kept);
    peak = std::max(peak, sched::schedule(graph, schedulerOptions).peak);
  }
  return peak;
}

uint64_t SiteSearch::evaluate(ArrayRef<unsigned> choices) {
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

SmallVector<SmallVector<unsigned>> SiteSearch::findVariants(size_t numSites,
                                                            unsigned kinds) {
  // Subsets of `kinds`, the largest first.
  SmallVector<unsigned> subsets;
  for (unsigned set = 1; set <= kAllRewrites; ++set)
    if ((set & kinds) == set)
      subsets.push_back(set);
  llvm::stable_sort(subsets, [](unsigned a, unsigned b) {
    return llvm::popcount(a) > llvm::popcount(b);
  });

  SmallVector<SmallVector<unsigned>> variants(numSites);
  for (size_t site = 0; site < numSites; ++site) {
    llvm::DenseSet<llvm::hash_code> seen;
    for (unsigned set : subsets) {
      Choices choices(numSites, 0);
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

FailureOr<FunctionPlan> SiteSearch::plan(unsigned kinds,
                                         bool onlyIfProfitable) {
  FunctionPlan plan;
  FailureOr<uint64_t> base = peakOf(function);
  if (failed(base))
    return failure();
  plan.peakBefore = *base;
  SmallVector<Operation *> sites = findSites(function);
  size_t numSites = sites.size();
  plan.choices.assign(numSites, 0);
  if (numSites == 0) {
    plan.peakAfter = *base;
    return plan;
  }
  if (!onlyIfProfitable) {
    plan.choices.assign(numSites, kinds);
    plan.peakAfter = evaluate(plan.choices);
    plan.evaluations = evaluations;
    return plan;
  }

  SmallVector<SmallVector<unsigned>> variants = findVariants(numSites, kinds);
  Choices choices(numSites, 0);
  for (size_t site = 0; site < numSites; ++site)
    if (!variants[site].empty())
      choices[site] = variants[site].front();
  uint64_t best = evaluate(choices);

  // The alternatives to the current choice of `site`: the weaker variants
  // in order, then none.
  auto weaker = [&](size_t site) {
    SmallVector<unsigned> result;
    ArrayRef<unsigned> list = variants[site];
    auto it = llvm::find(list, choices[site]);
    if (it != list.end())
      result.append(std::next(it), list.end());
    result.push_back(0);
    return result;
  };

  // Undo rewrites that raise the peak, until none does. Accumulating a sum
  // in place never raises the optimal peak (docs/Rewriting.md), so sum
  // sites are not tried here.
  for (bool improved = true; improved;) {
    improved = false;
    for (size_t site = 0; site < numSites; ++site) {
      if (!choices[site] || isa<tosa::AddOp>(sites[site]))
        continue;
      for (unsigned set : weaker(site)) {
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
          trial[site] = 0;
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
    if (choices[site])
      rewritten.push_back(site);
  undoGroup(rewritten);
  // Then weaken what is left, the weakest variant first.
  for (size_t site = 0; site < numSites; ++site) {
    if (!choices[site])
      continue;
    SmallVector<unsigned> options = weaker(site);
    options.pop_back(); // none: tried above
    for (unsigned set : llvm::reverse(options)) {
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
  return plan;
}

void RewriteIdentityPass::runOnOperation() {
  Operation *root = getOperation();
  FailureOr<MemoryModelOptions> modelOptions =
      getMemoryModelOptions(root, alignment, countArguments, elementBits);
  if (failed(modelOptions))
    return signalPassFailure();

  unsigned kinds = rewrites.empty() ? static_cast<unsigned>(kAllRewrites) : 0u;
  for (const std::string &name : rewrites) {
    unsigned kind = llvm::StringSwitch<unsigned>(name)
                        .Case("channel", kChannelRewrite)
                        .Case("kernel", kKernelRewrite)
                        .Case("concat", kConcatRewrite)
                        .Case("sum", kSumRewrite)
                        .Default(0);
    if (!kind) {
      root->emitError() << "serenity-rewrite-identity: unknown rewrite '"
                        << name
                        << "' (expected channel, kernel, concat or sum)";
      return signalPassFailure();
    }
    kinds |= kind;
  }

  sched::SchedulerOptions schedulerOptions;
  schedulerOptions.maxStates = maxStates;

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
            SiteSearch search(functions[i], *modelOptions, schedulerOptions,
                              lowering);
            FailureOr<FunctionPlan> plan = search.plan(kinds, onlyIfProfitable);
            if (failed(plan))
              return failure();
            plans[i] = std::move(*plan);
            return success();
          })))
    return signalPassFailure();

  for (auto [function, plan] : llvm::zip(functions, plans)) {
    SiteSearch search(function, *modelOptions, schedulerOptions, lowering);
    RewriteCounts counts;
    search.apply(function, plan.choices, counts);
    size_t rewritten =
        llvm::count_if(plan.choices, [](unsigned set) { return set != 0; });
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
    if (report)
      function->emitRemark()
          << "serenity-rewrite-identity: @" << function.getName() << ": "
          << plan.choices.size() << " sites, " << rewritten << " rewritten ("
          << counts.convsPartitioned << " convolutions partitioned, "
          << counts.opsPartitioned << " ops partitioned, "
          << counts.concatsMaterialized << " concatenations materialized, "
          << counts.producersRedirected << " producers redirected, "
          << counts.addsAccumulated << " additions accumulated), optimal peak "
          << plan.peakBefore << " -> " << plan.peakAfter << " bytes, "
          << plan.evaluations << " schedules compared";
  }
}
