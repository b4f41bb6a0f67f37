//===- serenity-sched-bench.cpp - Scheduler benchmark -----------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// The MLIR-free benchmark of the scheduling core. Two tables:
//
// * the classic one (default): synthetic irregular networks (Synthetic.h)
//   and the scheduling graphs of real networks saved by serenity-bench
//   --dump-graph (graphs/*.graph, or the files given with --load-graph), one
//   row per graph: sizes before and after chain merging, parts, states, the
//   peaks of the input order, the greedy list scheduler and the scheduler,
//   the proven lower bound, wall time and peak resident memory;
// * `--families`: the random irregular networks of issue 13 (Families.h) at
//   several sizes and seeds, one row per graph and a summary per family and
//   size: the share proven optimal within 2 s, the median time, the gaps of
//   the rest. `--results=bench/results.md` writes the summary into its own
//   marked section of that file and appends a line to its history.
//
// Every case runs in a forked child so that its peak RSS is its own and a
// crash is reported as such. Nothing is asserted: the tool prints what it
// measured (and flags an invalid order, which would be a bug).
//
//===----------------------------------------------------------------------===//

#include "BruteForce.h"
#include "Families.h"
#include "Synthetic.h"

#include "serenity/Scheduling/GraphIO.h"
#include "serenity/Scheduling/Scheduler.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <map>
#include <memory>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace serenity::sched;
using namespace serenity::sched::bench;

static llvm::cl::opt<uint64_t>
    maxStates("max-states", llvm::cl::desc("States per part (exact search)"),
              llvm::cl::init(SchedulerOptions().maxStates));
static llvm::cl::opt<double>
    timeLimit("time-limit", llvm::cl::desc("Seconds per graph, 0 = none"),
              llvm::cl::init(SchedulerOptions().timeLimitSeconds));
static llvm::cl::opt<unsigned>
    beamWidth("beam-width", llvm::cl::desc("Beam width"),
              llvm::cl::init(SchedulerOptions().beamWidth));
static llvm::cl::opt<unsigned>
    seeds("seeds", llvm::cl::desc("Random DAGs per family (classic table)"),
          llvm::cl::init(5));
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

static llvm::cl::opt<bool>
    families("families",
             llvm::cl::desc("Run the random irregular families of issue 13 "
                            "(long-skip, width-16) instead of the classic "
                            "table"),
             llvm::cl::init(false));
static llvm::cl::list<unsigned> sizes("sizes",
                                      llvm::cl::desc("Ops per family graph"),
                                      llvm::cl::CommaSeparated);
static llvm::cl::opt<unsigned>
    familySeeds("family-seeds", llvm::cl::desc("Graphs per family and size"),
                llvm::cl::init(20));
static llvm::cl::opt<double> provenWithin(
    "proven-within",
    llvm::cl::desc("Seconds within which a proof counts in the summary"),
    llvm::cl::init(2.0));
static llvm::cl::opt<std::string>
    resultsFile("results",
                llvm::cl::desc("Write the families summary into the marked "
                               "section of this markdown file "
                               "(bench/results.md) and append to its history"),
                llvm::cl::init(""));
static llvm::cl::opt<bool> bruteForce(
    "brute-force",
    llvm::cl::desc("Check the scheduler's claims on the selected family "
                   "graphs (use small --sizes) against the optimum by "
                   "exhaustive search over all down-sets; exit 1 on a "
                   "disagreement"),
    llvm::cl::init(false));
static llvm::cl::opt<uint64_t> maxDownSets(
    "max-down-sets",
    llvm::cl::desc("Down-sets above which --brute-force skips a graph"),
    llvm::cl::init(20'000'000));
static llvm::cl::opt<std::string>
    emitTosa("emit-tosa",
             llvm::cl::desc("Write every family graph selected as TOSA to this "
                            "directory (<case>.mlir) and exit"),
             llvm::cl::init(""));
static llvm::cl::opt<std::string> emitGraph(
    "emit-graph",
    llvm::cl::desc("Write every family graph selected in the GraphIO format "
                   "to this directory (<case>.graph) and exit"),
    llvm::cl::init(""));

namespace {

struct Case {
  std::string name;
  std::function<Graph()> build;
  /// Family cases only.
  std::optional<Family> family;
  unsigned size = 0, seed = 0;
};

/// What a child process measured, sent back through a pipe.
struct Measurement {
  uint64_t nodes, units, parts, states, input, greedy, peak, bound;
  double ms, rssMiB;
  bool optimal, valid;
  char method[32];
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

Measurement measure(const Case &c) {
  Graph g = c.build();
  Measurement m{};
  m.greedy = peakOf(g, greedyListOrder(g));
  SchedulerOptions options;
  options.maxStates = maxStates;
  options.timeLimitSeconds = timeLimit;
  options.beamWidth = beamWidth;
  auto start = std::chrono::steady_clock::now();
  ScheduleResult r = schedule(g, options);
  m.ms = std::chrono::duration<double, std::milli>(
             std::chrono::steady_clock::now() - start)
             .count();
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  m.rssMiB = usage.ru_maxrss / 1024.0;
  m.nodes = g.numNodes();
  m.units = r.stats.nodesAfterMerging;
  m.parts = r.stats.numParts;
  m.states = r.stats.statesExplored;
  m.input = r.inputPeak;
  m.peak = r.peak;
  m.bound = r.lowerBound;
  m.optimal = r.optimal;
  m.valid = !llvm::errorToBool(checkOrder(g, r.order)) &&
            peakOf(g, r.order) == r.peak;
  std::snprintf(m.method, sizeof(m.method), "%s", r.method.c_str());
  return m;
}

/// Runs `c` in a child process (unless --no-fork); std::nullopt if it died.
std::optional<Measurement> run(const Case &c) {
  if (noFork)
    return measure(c);
  int fds[2];
  if (pipe(fds) != 0)
    return measure(c);
  pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    Measurement m = measure(c);
    ssize_t written = write(fds[1], &m, sizeof(m));
    _exit(written == sizeof(m) ? 0 : 1);
  }
  close(fds[1]);
  Measurement m{};
  ssize_t got = read(fds[0], &m, sizeof(m));
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  if (got != sizeof(m) || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
    return std::nullopt;
  return m;
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

void addFamilyCases(std::vector<Case> &cases) {
  std::vector<unsigned> n(sizes.begin(), sizes.end());
  if (n.empty())
    n = {100, 200, 500, 1000};
  for (Family f : {Family::LongSkip, Family::Width16})
    for (unsigned size : n)
      for (unsigned s = 1; s <= familySeeds; ++s)
        cases.push_back(
            {llvm::formatv("{0}-{1}-s{2}", familyName(f), size, s).str(),
             [f, size, s] { return toGraph(generate(f, size, s)); }, f, size,
             s});
}

bool selected(const Case &c) {
  return filter.empty() || c.name.find(filter) != std::string::npos;
}

int runClassic(const std::vector<Case> &cases) {
  llvm::outs() << llvm::format(
      "%-22s %6s %6s %6s %9s %9s %9s %9s %9s %4s %-18s %9s %7s\n", "case",
      "nodes", "units", "parts", "states", "input", "greedy", "result", "bound",
      "opt", "method", "time ms", "RSS MiB");
  llvm::outs() << "  (peaks and bounds in KiB)\n";
  llvm::outs().flush();
  for (const Case &c : cases) {
    if (!selected(c))
      continue;
    std::optional<Measurement> m = run(c);
    if (!m) {
      llvm::outs() << c.name << ": child failed\n";
      continue;
    }
    llvm::outs() << llvm::format(
        "%-22s %6llu %6llu %6llu %9llu %9s %9s %9s %9s %4s %-18s %9.1f "
        "%7.1f%s\n",
        c.name.c_str(), m->nodes, m->units, m->parts, m->states,
        kib(m->input).c_str(), kib(m->greedy).c_str(), kib(m->peak).c_str(),
        kib(m->bound).c_str(), m->optimal ? "yes" : "no", m->method, m->ms,
        m->rssMiB, m->valid ? "" : "  INVALID ORDER");
    llvm::outs().flush();
  }
  return 0;
}

/// Percent by which `peak` exceeds `bound`.
double gapPercent(const Measurement &m) {
  return m.bound ? 100.0 * double(m.peak - m.bound) / double(m.bound) : 0;
}

struct Summary {
  Family family;
  unsigned size = 0;
  std::vector<Measurement> runs;
  unsigned failed = 0;

  unsigned provenInTime() const {
    return llvm::count_if(runs, [](const Measurement &m) {
      return m.optimal && m.ms <= provenWithin * 1000;
    });
  }
  double medianMs() const {
    std::vector<double> t;
    for (const Measurement &m : runs)
      t.push_back(m.ms);
    if (t.empty())
      return 0;
    std::sort(t.begin(), t.end());
    return t.size() % 2 ? t[t.size() / 2]
                        : (t[t.size() / 2 - 1] + t[t.size() / 2]) / 2;
  }
  double maxMs() const {
    double t = 0;
    for (const Measurement &m : runs)
      t = std::max(t, m.ms);
    return t;
  }
  /// The gaps of the graphs not proven within the time, largest first.
  std::string gaps() const {
    std::vector<const Measurement *> rest;
    for (const Measurement &m : runs)
      if (!m.optimal || m.ms > provenWithin * 1000)
        rest.push_back(&m);
    if (rest.empty())
      return "-";
    std::sort(rest.begin(), rest.end(),
              [](const Measurement *a, const Measurement *b) {
                return gapPercent(*a) > gapPercent(*b);
              });
    std::string s;
    for (const Measurement *m : rest) {
      if (!s.empty())
        s += ", ";
      s += m->optimal ? llvm::formatv("0 % ({0:f1} s)", m->ms / 1000).str()
                      : llvm::formatv("{0:f2} %", gapPercent(*m)).str();
    }
    return s;
  }
};

std::string gitRevision() {
  std::string rev;
  std::string cmd = "git -C '" +
                    llvm::sys::path::parent_path(
                        llvm::sys::path::parent_path(SERENITY_SCHED_BENCH_DIR))
                        .str() +
                    "' rev-parse --short HEAD 2>/dev/null";
  if (FILE *p = popen(cmd.c_str(), "r")) {
    char buf[64];
    if (fgets(buf, sizeof(buf), p))
      rev = llvm::StringRef(buf).trim().str();
    pclose(p);
  }
  return rev.empty() ? "unknown" : rev;
}

std::string now() {
  std::time_t t = std::time(nullptr);
  char buf[32];
  std::strftime(buf, sizeof(buf), "%Y-%m-%d %H:%M", std::localtime(&t));
  return buf;
}

std::string summaryTable(const std::vector<Summary> &summaries) {
  std::string s;
  llvm::raw_string_ostream os(s);
  os << "| family | ops | graphs | proven within "
     << llvm::formatv("{0:g}", provenWithin.getValue())
     << " s | median ms | max ms | gaps of the rest (peak over bound) |\n"
     << "|---|---:|---:|---:|---:|---:|---|\n";
  for (const Summary &sum : summaries) {
    unsigned n = sum.runs.size();
    os << "| " << familyName(sum.family) << " | " << sum.size << " | " << n
       << (sum.failed ? llvm::formatv(" ({0} failed)", sum.failed).str() : "")
       << " | " << sum.provenInTime() << " ("
       << llvm::formatv("{0:f0}", n ? 100.0 * sum.provenInTime() / n : 0.0)
       << " %) | " << llvm::formatv("{0:f1}", sum.medianMs()) << " | "
       << llvm::formatv("{0:f1}", sum.maxMs()) << " | " << sum.gaps() << " |\n";
  }
  return s;
}

constexpr llvm::StringLiteral kBegin =
    "<!-- serenity-sched-bench --families: begin -->";
constexpr llvm::StringLiteral kEnd =
    "<!-- serenity-sched-bench --families: end -->";
constexpr llvm::StringLiteral kHistory = "<!-- history -->";

/// Replaces the marked section of `path` (appended if absent): the latest
/// summary, then the history lines of the previous section plus one for
/// this run.
/// The 1-minute load average (/proc/loadavg), or "unknown".
std::string loadAverage() {
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> file =
      llvm::MemoryBuffer::getFileAsStream("/proc/loadavg");
  if (!file)
    return "unknown";
  return (*file)->getBuffer().split(' ').first.str();
}

bool writeResults(const std::string &path,
                  const std::vector<Summary> &summaries, double seconds) {
  std::string text;
  if (auto file = llvm::MemoryBuffer::getFile(path))
    text = (*file)->getBuffer().str();
  std::vector<std::string> history;
  size_t begin = text.find(kBegin.str()), end = text.find(kEnd.str());
  if (begin != std::string::npos && end != std::string::npos && end > begin) {
    llvm::StringRef old(text.data() + begin, end - begin);
    size_t h = old.find(kHistory);
    if (h != llvm::StringRef::npos) {
      llvm::SmallVector<llvm::StringRef> lines;
      old.drop_front(h + kHistory.size()).split(lines, '\n');
      for (llvm::StringRef line : lines)
        if (line.starts_with("| 20"))
          history.push_back(line.str());
    }
  } else {
    begin = end = text.size();
    if (!text.empty() && !llvm::StringRef(text).ends_with("\n\n"))
      text += "\n";
    begin = end = text.size();
  }
  std::string rev = gitRevision(), date = now();
  std::string line = "| " + date + " | " + rev + " |";
  for (const Summary &sum : summaries)
    line += llvm::formatv(" {0}-{1}: {2}/{3}, {4:f0} ms |",
                          familyName(sum.family), sum.size, sum.provenInTime(),
                          sum.runs.size(), sum.medianMs())
                .str();
  history.push_back(line);

  std::string section;
  llvm::raw_string_ostream os(section);
  os << kBegin << "\n"
     << "## Exact scheduling at scale (serenity-sched-bench --families)\n\n"
     << "Written by `build/bin/serenity-sched-bench --families "
        "--results=bench/results.md` (bench/sched/README.md), not by "
        "run-benchmarks.py. Random irregular graphs of issue 13 "
        "(bench/sched/Families.h), scheduled with the default options "
        "(max-states "
     << maxStates << ", time limit "
     << (timeLimit > 0 ? llvm::formatv("{0} s", timeLimit.getValue()).str()
                       : std::string("none"))
     << "), one process per graph. \"proven\" counts the graphs whose peak "
        "the scheduler proved optimal within the time shown; the others are "
        "listed with the gap between the peak found and the proven lower "
        "bound.\n\n"
     << "- Date: " << date << ", git " << rev << ", "
     << std::thread::hardware_concurrency() << " cores, "
     << llvm::formatv("{0:f0}", seconds) << " s in total, load average "
     << loadAverage()
     << " at the end (the machine is shared: above 2, times are inflated)\n\n"
     << summaryTable(summaries) << "\n### History\n\n"
     << kHistory << "\n"
     << "| date | git | family-ops: proven/graphs, median |\n|---|---|---|\n";
  for (const std::string &h : history)
    os << h << "\n";
  os << kEnd;
  text.replace(begin, end == text.size() ? 0 : end + kEnd.size() - begin,
               section);
  if (end == text.size() - section.size())
    text += "\n";
  std::error_code ec;
  llvm::raw_fd_ostream out(path, ec);
  if (ec) {
    llvm::errs() << path << ": " << ec.message() << "\n";
    return false;
  }
  out << text;
  return true;
}

int runFamilies(const std::vector<Case> &cases) {
  auto start = std::chrono::steady_clock::now();
  llvm::outs() << llvm::format("%-20s %6s %6s %6s %10s %9s %9s %7s %4s %9s\n",
                               "case", "nodes", "units", "parts", "states",
                               "result", "bound", "gap %", "opt", "time ms");
  llvm::outs() << "  (peaks and bounds in KiB)\n";
  llvm::outs().flush();
  std::vector<Summary> summaries;
  for (const Case &c : cases) {
    if (!selected(c))
      continue;
    if (summaries.empty() || summaries.back().family != *c.family ||
        summaries.back().size != c.size)
      summaries.push_back({*c.family, c.size, {}, 0});
    std::optional<Measurement> m = run(c);
    if (!m) {
      llvm::outs() << c.name << ": child failed\n";
      ++summaries.back().failed;
      continue;
    }
    summaries.back().runs.push_back(*m);
    llvm::outs() << llvm::format(
        "%-20s %6llu %6llu %6llu %10llu %9s %9s %7.2f %4s %9.1f%s\n",
        c.name.c_str(), m->nodes, m->units, m->parts, m->states,
        kib(m->peak).c_str(), kib(m->bound).c_str(), gapPercent(*m),
        m->optimal ? "yes" : "no", m->ms, m->valid ? "" : "  INVALID ORDER");
    llvm::outs().flush();
  }
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  llvm::outs() << "\n" << summaryTable(summaries);
  if (!resultsFile.empty() && !writeResults(resultsFile, summaries, seconds))
    return 1;
  return 0;
}

/// --emit-tosa / --emit-graph: the selected family graphs as files.
int emitFamilies(const std::vector<Case> &cases) {
  for (const Case &c : cases) {
    if (!selected(c))
      continue;
    Net net = generate(*c.family, c.size, c.seed);
    for (const auto &[dir, ext] : {std::pair(emitTosa.getValue(), ".mlir"),
                                   std::pair(emitGraph.getValue(), ".graph")}) {
      if (dir.empty())
        continue;
      std::string path = dir + "/" + c.name + ext;
      std::error_code ec;
      llvm::raw_fd_ostream out(path, ec);
      if (ec) {
        llvm::errs() << path << ": " << ec.message() << "\n";
        return 1;
      }
      std::string title = c.name;
      std::replace(title.begin(), title.end(), '-', '_');
      if (llvm::StringRef(ext) == ".mlir")
        writeTosa(out, net, title);
      else
        writeGraph(out, toGraph(net), "@" + title + " block 0");
    }
  }
  return 0;
}

} // namespace

/// --brute-force: every selected family graph scheduled by default and
/// solved exhaustively. A claim of optimality must equal the optimum; every
/// result must satisfy bound <= optimum <= peak.
int runBruteForce(const std::vector<Case> &cases) {
  llvm::outs() << llvm::format("%-22s %6s %10s %9s %9s %9s %4s %s\n", "case",
                               "nodes", "down-sets", "optimum", "result",
                               "bound", "opt", "check");
  llvm::outs() << "  (bytes)\n";
  unsigned checked = 0, claims = 0, skipped = 0, wrong = 0;
  for (const Case &c : cases) {
    if (!selected(c))
      continue;
    Graph g = c.build();
    std::optional<BruteForceResult> exact = bruteForcePeak(g, maxDownSets);
    if (!exact) {
      ++skipped;
      llvm::outs() << c.name << ": too many down-sets, skipped\n";
      continue;
    }
    SchedulerOptions options;
    options.maxStates = maxStates;
    options.timeLimitSeconds = timeLimit;
    ScheduleResult r = schedule(g, options);
    bool ok = !llvm::errorToBool(checkOrder(g, r.order)) &&
              peakOf(g, r.order) == r.peak && r.lowerBound <= exact->peak &&
              exact->peak <= r.peak && (!r.optimal || r.peak == exact->peak);
    ++checked;
    claims += r.optimal;
    wrong += !ok;
    llvm::outs() << llvm::format(
        "%-22s %6u %10llu %9llu %9llu %9llu %4s %s\n", c.name.c_str(),
        unsigned(g.numNodes()), exact->downSets, exact->peak, r.peak,
        r.lowerBound, r.optimal ? "yes" : "no", ok ? "ok" : "WRONG");
  }
  llvm::outs() << "\n"
               << checked << " graphs checked against brute force (" << skipped
               << " skipped): " << claims << " claimed optimal, " << wrong
               << " disagreements\n";
  return wrong == 0 ? 0 : 1;
}

int main(int argc, char **argv) {
  llvm::cl::ParseCommandLineOptions(
      argc, argv, "Benchmark of the Serenity scheduling core\n");
  std::vector<Case> cases;
  if (families || bruteForce || !emitTosa.empty() || !emitGraph.empty()) {
    addFamilyCases(cases);
    if (!emitTosa.empty() || !emitGraph.empty())
      return emitFamilies(cases);
    if (bruteForce)
      return runBruteForce(cases);
    return runFamilies(cases);
  }
  for (const std::string &path : loadGraph)
    if (!addGraphFile(path, cases))
      return 1;
  if (loadGraph.empty())
    addBuiltinCases(cases);
  return runClassic(cases);
}
