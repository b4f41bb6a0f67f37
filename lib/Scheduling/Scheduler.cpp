//===- Scheduler.cpp - Memory-aware scheduling of a graph -------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// Drives the parts of a Decomposition: list heuristics for every part, then
// the exact search for the parts that can still decide the peak, heaviest
// first, each with the best lower bound known so far as floor (costs below it
// cannot change the result). Parts that do not decide the peak keep their
// input order.
//
//===----------------------------------------------------------------------===//

#include "serenity/Scheduling/Scheduler.h"
#include "CutBound.h"
#include "Problem.h"

#include "llvm/ADT/STLExtras.h"

#include <algorithm>
#include <cassert>
#include <numeric>
#include <optional>

using namespace serenity::sched;

namespace {

/// Units per window of the local improvement after a search hits its limits.
constexpr unsigned kWindowUnits = 48;

/// Under a time limit, the share of the remaining time a part's exact search
/// may use; the rest is left to the beam and window searches (half each).
constexpr double kExactTimeShare = 0.6;

/// The order chosen for one part, with its local cost.
struct PartPlan {
  std::vector<uint32_t> order;
  uint64_t cost = 0;
  /// The unit order follows the input order of the units' first nodes; it
  /// differs from the input order where a merged chain was interleaved.
  const char *method = "merged-input-order";

  /// Takes `candidate` (a unit order of `p`, or empty) if it costs less.
  void consider(const Problem &p, std::vector<uint32_t> candidate,
                const char *from) {
    if (candidate.empty())
      return;
    uint64_t candidateCost = evaluateOrder(p, candidate);
    if (candidateCost < cost) {
      order = std::move(candidate);
      cost = candidateCost;
      method = from;
    }
  }
};

PartPlan bestHeuristic(const Problem &p) {
  PartPlan plan;
  plan.order.resize(p.numUnits());
  std::iota(plan.order.begin(), plan.order.end(), 0);
  plan.cost = evaluateOrder(p, plan.order);
  plan.consider(p, greedyOrder(p), "greedy");
  plan.consider(p, reversePostOrder(p), "reverse-post-order");
  return plan;
}

/// Allocations glued to their first consumer (docs/Algorithms.md, "Pure
/// allocations"): a node with no predecessors that uses no buffer, whose
/// buffers all have users, and one of whose successors `w` reaches all the
/// others (as `tensor.empty` and the DPS op writing it, whose later readers
/// are users of the same buffer through the op's result). Delaying such a
/// node to right before its first consumer never raises a step, so some
/// optimal order runs it right before `w`, and run there it costs no more
/// than `w`'s own step: the graph where `w` allocates its buffers instead has
/// the same optimal peak and the same peak for every order.
struct Contraction {
  /// The contracted graph and, per original node, its node there.
  Graph graph;
  std::vector<NodeId> nodeOf;
  /// Per contracted node, the glued original nodes that run right before it
  /// (in id order), then the original node itself.
  std::vector<std::vector<NodeId>> expansion;
};

/// The successor of `source` that reaches all its other successors, or kNone.
NodeId firstConsumer(const Graph &graph, NodeId source,
                     llvm::ArrayRef<uint32_t> position,
                     std::vector<uint32_t> &seen, uint32_t stamp) {
  llvm::ArrayRef<NodeId> succs = graph.succs(source);
  if (succs.size() == 1)
    return succs.front();
  // Only the first successor in a topological order can reach the others.
  NodeId first =
      *std::min_element(succs.begin(), succs.end(), [&](NodeId a, NodeId b) {
        return position[a] < position[b];
      });
  uint32_t last = 0;
  for (NodeId s : succs)
    last = std::max(last, position[s]);
  size_t missing = succs.size() - 1;
  std::vector<NodeId> stack{first};
  seen[first] = stamp;
  while (!stack.empty() && missing) {
    NodeId n = stack.back();
    stack.pop_back();
    for (NodeId s : graph.succs(n)) {
      if (seen[s] == stamp || position[s] > last)
        continue;
      seen[s] = stamp;
      if (std::binary_search(succs.begin(), succs.end(), s))
        --missing;
      stack.push_back(s);
    }
  }
  return missing ? kEntry : first;
}

/// Contracts the pure allocations of `graph` into their first consumers, or
/// returns std::nullopt if there is none. `inputOrder` is a topological order.
std::optional<Contraction>
contractAllocations(const Graph &graph, llvm::ArrayRef<NodeId> inputOrder) {
  size_t n = graph.numNodes();
  std::vector<uint32_t> position(n);
  for (uint32_t i = 0; i < n; ++i)
    position[inputOrder[i]] = i;
  std::vector<NodeId> gluedTo(n, kEntry);
  std::vector<uint32_t> seen(n, 0);
  uint32_t stamp = 0;
  bool any = false;
  for (NodeId v = 0; v < n; ++v) {
    if (!graph.preds(v).empty() || !graph.uses(v).empty() ||
        graph.allocs(v).empty() || graph.succs(v).empty())
      continue;
    bool allUsed = llvm::all_of(graph.allocs(v), [&](BufferId b) {
      return !graph.buffer(b).users.empty();
    });
    if (!allUsed)
      continue;
    NodeId w = firstConsumer(graph, v, position, seen, ++stamp);
    if (w == kEntry)
      continue;
    gluedTo[v] = w;
    any = true;
  }
  if (!any)
    return std::nullopt;

  Contraction c;
  c.nodeOf.assign(n, kEntry);
  for (NodeId v = 0; v < n; ++v)
    if (gluedTo[v] == kEntry) {
      c.nodeOf[v] = c.graph.addNode(graph.name(v).str());
      c.expansion.emplace_back();
    }
  // A glued node's consumer is never glued itself: it has a predecessor.
  for (NodeId v = 0; v < n; ++v)
    if (gluedTo[v] != kEntry) {
      c.nodeOf[v] = c.nodeOf[gluedTo[v]];
      c.expansion[c.nodeOf[v]].push_back(v);
    }
  for (NodeId v = 0; v < n; ++v)
    if (gluedTo[v] == kEntry)
      c.expansion[c.nodeOf[v]].push_back(v);
  for (const Buffer &b : graph.getBuffers()) {
    BufferId id = c.graph.addBuffer(
        b.bytes, b.producer == kEntry ? kEntry : c.nodeOf[b.producer],
        b.liveOut);
    for (NodeId u : b.users)
      c.graph.addUse(c.nodeOf[u], id);
  }
  for (NodeId v = 0; v < n; ++v)
    for (NodeId s : graph.succs(v))
      c.graph.addEdge(c.nodeOf[v], c.nodeOf[s]);
  c.graph.finalize();
  return c;
}

ScheduleResult scheduleGraph(const Graph &graph,
                             const SchedulerOptions &options);

} // namespace

ScheduleResult serenity::sched::schedule(const Graph &graph,
                                         const SchedulerOptions &options) {
  if (options.algorithm == Algorithm::InputOrder || !options.mergeChains)
    return scheduleGraph(graph, options);
  std::optional<std::vector<NodeId>> input = inputOrder(graph);
  std::optional<Contraction> c;
  if (input)
    c = contractAllocations(graph, *input);
  if (!c)
    return scheduleGraph(graph, options);

  // Contracting may leave new pure allocations (a fill of a glued
  // tensor.empty): contract again until none is left.
  ScheduleResult inner = schedule(c->graph, options);
  ScheduleResult result;
  result.stats = inner.stats;
  result.inputPeak = peakOf(graph, *input);
  result.lowerBound = inner.lowerBound;
  result.order.reserve(graph.numNodes());
  for (NodeId v : inner.order)
    result.order.insert(result.order.end(), c->expansion[v].begin(),
                        c->expansion[v].end());
  result.peak = peakOf(graph, result.order);
  assert(result.peak == inner.peak && "contraction changed a peak");
  result.method = inner.method;
  // The contracted input order runs glued allocations later than the input.
  if (result.method == "input-order" && result.order != *input)
    result.method = "merged-input-order";
  if (result.inputPeak <= result.peak) {
    result.order = std::move(*input);
    result.peak = result.inputPeak;
    result.method = "input-order";
  }
  result.optimal = result.lowerBound == result.peak;
  assert(!llvm::errorToBool(checkOrder(graph, result.order)) &&
         "invalid schedule");
  return result;
}

namespace {

/// The scheduler proper (schedule() without the contraction).
ScheduleResult scheduleGraph(const Graph &graph,
                             const SchedulerOptions &options) {
  ScheduleResult result;
  Deadline deadline(options.timeLimitSeconds);
  bool keepInput = options.algorithm == Algorithm::InputOrder;
  Decomposition d = decompose(graph, !keepInput && options.mergeChains,
                              !keepInput && options.divideAndConquer);
  if (!d.acyclic) {
    // No valid order exists; hand back the input unchanged.
    result.order = identityOrder(graph);
    result.method = "input-order";
    return result;
  }
  result.inputPeak = peakOf(graph, d.inputOrder);
  result.stats.numParts = d.parts.size();
  result.stats.nodesAfterMerging = d.numUnits;
  for (const Problem &p : d.parts) {
    result.stats.largestPart = std::max(result.stats.largestPart, p.numUnits());
    result.stats.delayedUnits +=
        std::count(p.unitDelayed.begin(), p.unitDelayed.end(), 1);
  }

  // The floor: the best proven lower bound on the peak of every order.
  uint64_t floor = std::max(graph.entryBytes(), lowerBound(graph));
  for (const Problem &p : d.parts)
    floor = std::max(floor, p.background + p.staticLowerBound);

  auto finish = [&](std::vector<NodeId> order, const char *method) {
    result.order = std::move(order);
    result.peak = peakOf(graph, result.order);
    result.method = method;
    if (result.inputPeak <= result.peak) {
      result.order = d.inputOrder;
      result.peak = result.inputPeak;
      result.method = "input-order";
    } else if (result.method == "input-order") {
      // The parts' input orders, with merged chains run back to back: not
      // the input order, which has a higher peak.
      result.method = "merged-input-order";
    }
    // Not clamped to the peak: a bound above it would be a bug to expose.
    assert(floor <= result.peak && "lower bound above a valid order's peak");
    result.lowerBound = floor;
    result.optimal = result.lowerBound == result.peak;
    assert(!llvm::errorToBool(checkOrder(graph, result.order)) &&
           "invalid schedule");
  };
  if (keepInput) {
    finish(d.inputOrder, "input-order");
    return result;
  }

  size_t numParts = d.parts.size();
  std::vector<PartPlan> plans;
  plans.reserve(numParts);
  for (const Problem &p : d.parts)
    plans.push_back(bestHeuristic(p));

  // Search the parts that may decide the peak, most expensive first.
  if (options.algorithm == Algorithm::Exact) {
    std::vector<uint32_t> byCost(numParts);
    std::iota(byCost.begin(), byCost.end(), 0);
    std::stable_sort(byCost.begin(), byCost.end(), [&](uint32_t a, uint32_t b) {
      return d.parts[a].background + plans[a].cost >
             d.parts[b].background + plans[b].cost;
    });
    for (uint32_t q : byCost) {
      const Problem &p = d.parts[q];
      PartPlan &plan = plans[q];
      if (p.background + plan.cost <= floor || deadline.expired())
        continue;
      // The min-cut bound of every unit may prove the heuristic optimal, or
      // raise the floor the search starts from.
      if (CutBound::affordable(p)) {
        uint64_t target = floor > p.background ? floor - p.background : 0;
        target = std::max(target, plan.cost);
        floor = std::max(floor, p.background + CutBound(p).partBound(target));
        if (p.background + plan.cost <= floor)
          continue;
      }
      SearchOptions search;
      search.floor = floor > p.background ? floor - p.background : 0;
      search.upperBound = options.softBudget ? plan.cost : UINT64_MAX;
      search.maxStates = options.maxStates;
      // Leave time for the fallback if the exact search runs out of it.
      search.deadline = deadline.partial(kExactTimeShare);
      SearchResult r = exactSearch(p, search);
      result.stats.statesExplored += r.statesExpanded;
      floor = std::max(floor, p.background + r.lowerBound);
      plan.consider(p, std::move(r.order), "exact");
      if (r.status != SearchResult::LimitHit ||
          p.background + plan.cost <= floor)
        continue;
      // Limits hit: a bounded search for something better than the best
      // order found so far.
      search.upperBound = plan.cost;
      search.deadline = deadline.partial(0.5);
      SearchResult b = beamSearch(p, options.beamWidth, search);
      result.stats.statesExplored += b.statesExpanded;
      plan.consider(p, std::move(b.order), "beam");
      // Then exact reordering of windows around the most expensive steps.
      search.upperBound = UINT64_MAX;
      search.deadline = deadline;
      SearchResult w = improveByWindows(p, plan.order, kWindowUnits, search);
      result.stats.statesExplored += w.statesExpanded;
      plan.consider(p, std::move(w.order), "window");
    }
  }

  uint64_t peak = graph.entryBytes();
  for (uint32_t q = 0; q < numParts; ++q)
    peak = std::max(peak, d.parts[q].background + plans[q].cost);

  // Parts whose input order stays within the peak keep it: fewer changes,
  // and rescheduling an optimal order is the identity.
  std::vector<uint32_t> position(graph.numNodes());
  for (uint32_t i = 0; i < d.inputOrder.size(); ++i)
    position[d.inputOrder[i]] = i;
  std::vector<std::vector<NodeId>> partInput(numParts);
  std::vector<NodeId> inputByParts;
  inputByParts.reserve(graph.numNodes());
  for (uint32_t q = 0; q < numParts; ++q) {
    std::vector<NodeId> &nodes = partInput[q];
    nodes.assign(d.parts[q].stepNode.begin(), d.parts[q].stepNode.end());
    std::sort(nodes.begin(), nodes.end(),
              [&](NodeId a, NodeId b) { return position[a] < position[b]; });
    inputByParts.insert(inputByParts.end(), nodes.begin(), nodes.end());
  }
  Timeline inputTimeline = simulate(graph, inputByParts);
  // The method reported is the one of the most expensive reordered part.
  std::vector<NodeId> order;
  order.reserve(graph.numNodes());
  const char *method = "input-order";
  bool reordered = false;
  uint64_t methodCost = 0;
  for (uint32_t q = 0, step = 0; q < numParts; ++q) {
    uint64_t inputCost = 0;
    for (size_t i = 0; i < partInput[q].size(); ++i)
      inputCost = std::max(inputCost, inputTimeline.during[step + i]);
    step += partInput[q].size();
    if (inputCost <= peak) {
      order.insert(order.end(), partInput[q].begin(), partInput[q].end());
      continue;
    }
    std::vector<NodeId> nodes = expandOrder(d.parts[q], plans[q].order);
    order.insert(order.end(), nodes.begin(), nodes.end());
    uint64_t cost = d.parts[q].background + plans[q].cost;
    if (!reordered || cost > methodCost) {
      method = plans[q].method;
      methodCost = cost;
      reordered = true;
    }
  }
  finish(std::move(order), method);
  return result;
}

} // namespace

std::vector<NodeId> serenity::sched::reversePostOrder(const Graph &graph) {
  Decomposition d = decompose(graph, /*mergeChains=*/false,
                              /*splitAtCuts=*/false, /*bounds=*/false);
  if (!d.acyclic)
    return identityOrder(graph);
  return expandOrder(d.parts.front(), reversePostOrder(d.parts.front()));
}

std::vector<NodeId> serenity::sched::greedyListOrder(const Graph &graph) {
  Decomposition d = decompose(graph, /*mergeChains=*/false,
                              /*splitAtCuts=*/false, /*bounds=*/false);
  if (!d.acyclic)
    return identityOrder(graph);
  return expandOrder(d.parts.front(), greedyOrder(d.parts.front()));
}
