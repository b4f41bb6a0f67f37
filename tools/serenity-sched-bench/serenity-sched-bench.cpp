//===- serenity-sched-bench.cpp - Scheduler benchmark -----------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// Runs the scheduling core on synthetic irregular networks and on the
// scheduling graphs of real networks saved by serenity-bench --dump-graph
// (graphs/*.graph, or the files given with --load-graph), and prints one
// table row per graph: sizes before and after chain merging, parts, states,
// the peaks of the input order, the greedy list scheduler and the scheduler,
// the proven lower bound, wall time and peak resident memory. Every case runs
// in a forked child so that its peak RSS is its own. Nothing is asserted.
//
//===----------------------------------------------------------------------===//

#include "serenity/Scheduling/GraphIO.h"
#include "serenity/Scheduling/Scheduler.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <chrono>
#include <functional>
#include <memory>
#include <random>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace serenity::sched;

static llvm::cl::opt<uint64_t>
    maxStates("max-states", llvm::cl::desc("States per part (exact search)"),
              llvm::cl::init(SchedulerOptions().maxStates));
static llvm::cl::opt<double>
    timeLimit("time-limit", llvm::cl::desc("Seconds per graph, 0 = none"),
              llvm::cl::init(0));
static llvm::cl::opt<unsigned>
    beamWidth("beam-width", llvm::cl::desc("Beam width"), llvm::cl::init(64));
static llvm::cl::opt<unsigned>
    seeds("seeds", llvm::cl::desc("Random DAGs per family"), llvm::cl::init(5));
static llvm::cl::opt<unsigned>
    cellNodes("cell-nodes", llvm::cl::desc("Nodes of the stacked-cell graphs"),
              llvm::cl::init(10000));
static llvm::cl::opt<std::string>
    filter("filter", llvm::cl::desc("Run only cases whose name contains this"),
           llvm::cl::init(""));
static llvm::cl::opt<bool>
    noFork("no-fork",
           llvm::cl::desc("Run cases in this process (RSS is then "
                          "the running maximum)"),
           llvm::cl::init(false));
static llvm::cl::list<std::string> loadGraph(
    "load-graph",
    llvm::cl::desc("Schedule the graphs of this file (GraphIO text format, "
                   "e.g. from serenity-bench --dump-graph) instead of the "
                   "built-in cases; may be repeated"));
static llvm::cl::opt<std::string> graphsDir(
    "graphs-dir",
    llvm::cl::desc("Directory whose *.graph files join the built-in cases"),
    llvm::cl::init(SERENITY_SCHED_BENCH_GRAPHS_DIR));

namespace {

using Rng = std::mt19937_64;

uint64_t uniform(Rng &rng, uint64_t lo, uint64_t hi) {
  return std::uniform_int_distribution<uint64_t>(lo, hi)(rng);
}

/// A RandWire-like irregular network: layers of 1..maxWidth nodes, each node
/// reading one or two nodes of the previous layer and sometimes a node a few
/// layers up (skip edge), one output of random size per node. Numbered layer
/// by layer (breadth first), as a graph importer would.
Graph randomLayered(uint64_t seed, unsigned numNodes, unsigned maxWidth) {
  Rng rng(seed);
  Graph g;
  std::vector<std::vector<NodeId>> layers;
  std::vector<BufferId> out;
  std::vector<bool> hasUser;
  auto use = [&](NodeId user, NodeId producer) {
    g.addUse(user, out[producer]);
    hasUser[producer] = true;
  };
  BufferId input = g.addBuffer(64 * 1024);
  unsigned created = 0;
  while (created < numNodes) {
    unsigned width =
        std::min<unsigned>(uniform(rng, 1, maxWidth), numNodes - created);
    std::vector<NodeId> layer;
    for (unsigned i = 0; i < width; ++i, ++created) {
      NodeId v = g.addNode("n" + std::to_string(created));
      out.push_back(g.addBuffer(uniform(rng, 1, 32) * 16 * 1024, v));
      hasUser.push_back(false);
      if (layers.empty()) {
        g.addUse(v, input);
      } else {
        const std::vector<NodeId> &prev = layers.back();
        unsigned fanIn = std::min<size_t>(uniform(rng, 1, 2), prev.size());
        std::vector<NodeId> picks = prev;
        std::shuffle(picks.begin(), picks.end(), rng);
        for (unsigned k = 0; k < fanIn; ++k)
          use(v, picks[k]);
        if (layers.size() >= 2 && uniform(rng, 0, 99) < 35) {
          size_t from = layers.size() -
                        std::min<size_t>(layers.size(), uniform(rng, 2, 4));
          const std::vector<NodeId> &far = layers[from];
          use(v, far[uniform(rng, 0, far.size() - 1)]);
        }
      }
      layer.push_back(v);
    }
    layers.push_back(std::move(layer));
  }
  // Every node but the last layer feeds someone; the last layer is returned.
  for (size_t l = 0; l + 1 < layers.size(); ++l)
    for (NodeId v : layers[l])
      if (!hasUser[v]) {
        const std::vector<NodeId> &next = layers[l + 1];
        g.addUse(next[uniform(rng, 0, next.size() - 1)], out[v]);
      }
  for (NodeId v : layers.back())
    g.setLiveOut(out[v]);
  g.finalize();
  return g;
}

/// A DARTS-like stack of cells. Cell k reads the outputs of cells k-2 and
/// k-1 through two preprocessing chains (conv, bn), then builds 4 nodes,
/// each the sum of two operations applied to earlier states of the cell
/// (separable conv: a 3-node chain with a 4x expanded middle, dilated conv:
/// 2 nodes with a 3x first output, pooling: 1 node, skip: none), and
/// concatenates the 4 nodes. Channels (and so sizes) vary from cell to cell.
Graph stackedCells(uint64_t seed, unsigned targetNodes, bool twoInputs) {
  Rng rng(seed);
  Graph g;
  unsigned count = 0;
  auto node = [&](const std::string &name) {
    ++count;
    return g.addNode(name);
  };
  BufferId input = g.addBuffer(256 * 1024);
  NodeId stem = node("stem");
  g.addUse(stem, input);
  BufferId prev1 = g.addBuffer(128 * 1024, stem), prev2 = prev1;
  /// Applies a chain of nodes to `x`, node i allocating sizes[i] bytes.
  auto chain = [&](BufferId x, std::initializer_list<uint64_t> sizes,
                   const std::string &name) {
    unsigned i = 0;
    for (uint64_t bytes : sizes) {
      NodeId v = node(name + "." + std::to_string(i++));
      g.addUse(v, x);
      x = g.addBuffer(bytes, v);
    }
    return x;
  };
  for (unsigned cell = 0; count + 40 < targetNodes; ++cell) {
    std::string c = "c" + std::to_string(cell);
    uint64_t unit = uniform(rng, 2, 8) * 16 * 1024;
    std::vector<BufferId> states;
    if (twoInputs)
      states.push_back(chain(prev2, {unit, unit}, c + ".pre0"));
    states.push_back(chain(prev1, {unit, unit}, c + ".pre1"));
    std::vector<BufferId> inner;
    for (unsigned i = 0; i < 4; ++i) {
      std::vector<BufferId> operands;
      for (unsigned k = 0; k < 2; ++k) {
        BufferId x = states[uniform(rng, 0, states.size() - 1)];
        std::string name =
            c + ".n" + std::to_string(i) + "." + std::to_string(k);
        switch (uniform(rng, 0, 3)) {
        case 0:
          x = chain(x, {unit, 4 * unit, unit}, name + ".sep");
          break;
        case 1:
          x = chain(x, {3 * unit, unit}, name + ".dil");
          break;
        case 2:
          x = chain(x, {unit}, name + ".pool");
          break;
        default:
          break; // skip connection
        }
        operands.push_back(x);
      }
      NodeId add = node(c + ".add" + std::to_string(i));
      for (BufferId x : operands)
        g.addUse(add, x);
      BufferId sum = g.addBuffer(unit, add);
      states.push_back(sum);
      inner.push_back(sum);
    }
    NodeId concat = node(c + ".concat");
    for (BufferId x : inner)
      g.addUse(concat, x);
    prev2 = prev1;
    prev1 = g.addBuffer(4 * unit, concat);
  }
  NodeId head = node("classifier");
  g.addUse(head, prev1);
  g.addBuffer(4 * 1024, head, /*liveOut=*/true);
  g.finalize();
  return g;
}

/// The same graph with node i renamed order[i].
Graph renumber(const Graph &g, const std::vector<NodeId> &order) {
  size_t n = g.numNodes();
  std::vector<NodeId> newId(n);
  for (NodeId i = 0; i < n; ++i)
    newId[order[i]] = i;
  Graph h;
  for (NodeId v : order)
    h.addNode(g.name(v).str());
  for (const Buffer &b : g.getBuffers()) {
    BufferId nb = h.addBuffer(
        b.bytes, b.producer == kEntry ? kEntry : newId[b.producer], b.liveOut);
    for (NodeId u : b.users)
      h.addUse(newId[u], nb);
  }
  for (NodeId v = 0; v < n; ++v)
    for (NodeId s : g.succs(v))
      h.addEdge(newId[v], newId[s]);
  h.finalize();
  return h;
}

/// The same graph with nodes numbered in breadth-first (Kahn, FIFO) order,
/// as a level-by-level exporter would emit them: a worse input order for
/// graphs whose natural numbering is already depth first.
Graph breadthFirst(const Graph &g) {
  size_t n = g.numNodes();
  std::vector<uint32_t> indegree(n);
  std::vector<NodeId> order;
  for (NodeId v = 0; v < n; ++v)
    if ((indegree[v] = g.preds(v).size()) == 0)
      order.push_back(v);
  for (size_t i = 0; i < order.size(); ++i)
    for (NodeId s : g.succs(order[i]))
      if (--indegree[s] == 0)
        order.push_back(s);
  return renumber(g, order);
}

/// The same graph with nodes numbered at random: the identity is then not a
/// topological order, and the smallest-id-first sort interleaves distant
/// parts of the network.
Graph shuffled(const Graph &g, uint64_t seed) {
  std::vector<NodeId> order(g.numNodes());
  for (NodeId i = 0; i < order.size(); ++i)
    order[i] = i;
  Rng rng(seed);
  std::shuffle(order.begin(), order.end(), rng);
  return renumber(g, order);
}

struct Case {
  std::string name;
  std::function<Graph()> build;
};

/// One case per graph of `path`, named after the file (and the graph's
/// index when it holds several).
bool addGraphFile(const std::string &path, std::vector<Case> &cases) {
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> file =
      llvm::MemoryBuffer::getFile(path);
  if (!file) {
    llvm::errs() << path << ": " << file.getError().message() << "\n";
    return false;
  }
  llvm::Expected<std::vector<NamedGraph>> graphs =
      readGraphs((*file)->getBuffer());
  if (!graphs) {
    llvm::errs() << path << ": " << llvm::toString(graphs.takeError()) << "\n";
    return false;
  }
  std::string stem = llvm::sys::path::stem(path).str();
  auto shared = std::make_shared<std::vector<NamedGraph>>(std::move(*graphs));
  for (size_t i = 0; i < shared->size(); ++i)
    cases.push_back(
        {shared->size() == 1 ? stem : stem + "#" + std::to_string(i),
         [shared, i] { return (*shared)[i].graph; }});
  return true;
}

std::string kib(uint64_t bytes) {
  return std::to_string((bytes + 1023) / 1024);
}

void runCase(const Case &c) {
  Graph g = c.build();
  uint64_t greedy = peakOf(g, greedyListOrder(g));
  SchedulerOptions options;
  options.maxStates = maxStates;
  options.timeLimitSeconds = timeLimit;
  options.beamWidth = beamWidth;
  auto start = std::chrono::steady_clock::now();
  ScheduleResult r = schedule(g, options);
  double ms = std::chrono::duration<double, std::milli>(
                  std::chrono::steady_clock::now() - start)
                  .count();
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  bool valid = !llvm::errorToBool(checkOrder(g, r.order)) &&
               peakOf(g, r.order) == r.peak;
  llvm::outs() << llvm::format(
      "%-22s %6zu %6zu %6zu %9llu %9s %9s %9s %9s %4s %-18s %9.1f %7.1f%s\n",
      c.name.c_str(), g.numNodes(), r.stats.nodesAfterMerging, r.stats.numParts,
      (unsigned long long)r.stats.statesExplored, kib(r.inputPeak).c_str(),
      kib(greedy).c_str(), kib(r.peak).c_str(), kib(r.lowerBound).c_str(),
      r.optimal ? "yes" : "no", r.method.c_str(), ms, usage.ru_maxrss / 1024.0,
      valid ? "" : "  INVALID ORDER");
  llvm::outs().flush();
}

/// The synthetic graphs, then the saved graphs of real networks.
void addBuiltinCases(std::vector<Case> &cases) {
  for (unsigned s = 1; s <= seeds; ++s)
    cases.push_back({"randwire-200-w8-s" + std::to_string(s),
                     [s] { return randomLayered(s, 200, 8); }});
  for (unsigned s = 1; s <= seeds; ++s)
    cases.push_back({"randwire-1000-w8-s" + std::to_string(s),
                     [s] { return randomLayered(100 + s, 1000, 8); }});
  for (unsigned w : {16u, 32u})
    for (unsigned s = 1; s <= 2; ++s)
      cases.push_back(
          {"randwire-200-w" + std::to_string(w) + "-s" + std::to_string(s),
           [s, w] { return randomLayered(200 + s, 200, w); }});
  unsigned n = cellNodes;
  std::string size = std::to_string(n);
  cases.push_back({"cells-1in-" + size,
                   [n] { return stackedCells(7, n, /*twoInputs=*/false); }});
  cases.push_back({"cells-1in-" + size + "-bfs",
                   [n] { return breadthFirst(stackedCells(7, n, false)); }});
  cases.push_back({"darts-" + size,
                   [n] { return stackedCells(7, n, /*twoInputs=*/true); }});
  cases.push_back({"darts-" + size + "-bfs",
                   [n] { return breadthFirst(stackedCells(7, n, true)); }});
  cases.push_back({"darts-" + size + "-shuffled",
                   [n] { return shuffled(stackedCells(7, n, true), 1); }});

  if (graphsDir.empty())
    return;
  std::error_code ec;
  std::vector<std::string> files;
  for (llvm::sys::fs::directory_iterator it(graphsDir.getValue(), ec), end;
       it != end && !ec; it.increment(ec))
    if (llvm::sys::path::extension(it->path()) == ".graph")
      files.push_back(it->path());
  std::sort(files.begin(), files.end());
  for (const std::string &path : files)
    addGraphFile(path, cases);
}

} // namespace

int main(int argc, char **argv) {
  llvm::cl::ParseCommandLineOptions(
      argc, argv, "Benchmark of the Serenity scheduling core\n");
  std::vector<Case> cases;
  for (const std::string &path : loadGraph)
    if (!addGraphFile(path, cases))
      return 1;
  if (loadGraph.empty())
    addBuiltinCases(cases);

  llvm::outs() << llvm::format(
      "%-22s %6s %6s %6s %9s %9s %9s %9s %9s %4s %-18s %9s %7s\n", "case",
      "nodes", "units", "parts", "states", "input", "greedy", "result", "bound",
      "opt", "method", "time ms", "RSS MiB");
  llvm::outs() << "  (peaks and bounds in KiB)\n";
  llvm::outs().flush();
  for (const Case &c : cases) {
    if (!filter.empty() && c.name.find(filter) == std::string::npos)
      continue;
    if (noFork) {
      runCase(c);
      continue;
    }
    pid_t pid = fork();
    if (pid == 0) {
      runCase(c);
      _exit(0);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
      llvm::outs() << c.name << ": child failed\n";
  }
  return 0;
}
