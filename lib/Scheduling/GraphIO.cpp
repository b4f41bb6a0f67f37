//===- GraphIO.cpp - Text format for scheduling graphs ----------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//

#include "serenity/Scheduling/GraphIO.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

#include <algorithm>
#include <optional>

using namespace serenity::sched;

/// Names and titles live on one line.
static std::string oneLine(llvm::StringRef text) {
  std::string line = text.str();
  std::replace(line.begin(), line.end(), '\n', ' ');
  std::replace(line.begin(), line.end(), '\r', ' ');
  return line;
}

void serenity::sched::writeGraph(llvm::raw_ostream &os, const Graph &graph,
                                 llvm::StringRef title) {
  os << "graph " << oneLine(title) << "\n";
  for (NodeId n = 0, e = graph.numNodes(); n != e; ++n) {
    os << "node " << n;
    if (!graph.name(n).empty())
      os << " " << oneLine(graph.name(n));
    os << "\n";
  }
  for (BufferId b = 0, e = graph.numBuffers(); b != e; ++b) {
    const Buffer &buf = graph.buffer(b);
    os << "buffer " << b << " " << buf.bytes << " ";
    if (buf.producer == kEntry)
      os << "entry";
    else
      os << buf.producer;
    os << " " << (buf.liveOut ? 1 : 0);
    for (NodeId u : buf.users)
      os << " " << u;
    os << "\n";
  }
  // Edges that no buffer use implies: ordering edges and dependencies
  // through values without a buffer.
  for (NodeId n = 0, e = graph.numNodes(); n != e; ++n) {
    for (NodeId s : graph.succs(n)) {
      bool implied = false;
      for (BufferId b : graph.allocs(n)) {
        llvm::ArrayRef<NodeId> users = graph.buffer(b).users;
        if (std::binary_search(users.begin(), users.end(), s)) {
          implied = true;
          break;
        }
      }
      if (!implied)
        os << "edge " << n << " " << s << "\n";
    }
  }
  os << "end\n";
}

namespace {

/// Parses one graph section at a time; `fail` builds the error.
class Reader {
public:
  explicit Reader(llvm::StringRef text) : rest(text) {}

  llvm::Expected<std::vector<NamedGraph>> run() {
    std::vector<NamedGraph> graphs;
    std::optional<NamedGraph> current;
    size_t numNodes = 0, numBuffers = 0;
    while (!rest.empty()) {
      auto [line, tail] = rest.split('\n');
      rest = tail;
      ++lineNo;
      line = line.trim();
      if (line.empty() || line.starts_with("#"))
        continue;
      auto [keyword, args] = line.split(' ');
      args = args.trim();
      if (keyword == "graph") {
        if (current)
          return fail("'graph' inside a graph (missing 'end')");
        current.emplace();
        current->title = args.str();
        numNodes = numBuffers = 0;
        continue;
      }
      if (!current)
        return fail("'" + keyword.str() + "' outside a graph");
      Graph &g = current->graph;
      if (keyword == "end") {
        g.finalize();
        graphs.push_back(std::move(*current));
        current.reset();
        continue;
      }
      if (keyword == "node") {
        auto [idText, name] = args.split(' ');
        uint64_t id;
        if (idText.getAsInteger(10, id) || id != numNodes)
          return fail("expected node id " + std::to_string(numNodes));
        g.addNode(name.trim().str());
        ++numNodes;
        continue;
      }
      llvm::SmallVector<llvm::StringRef, 8> fields;
      args.split(fields, ' ', -1, /*KeepEmpty=*/false);
      if (keyword == "buffer") {
        uint64_t id, bytes, liveOut;
        if (fields.size() < 4 || fields[0].getAsInteger(10, id) ||
            id != numBuffers)
          return fail("expected 'buffer " + std::to_string(numBuffers) +
                      " <bytes> <producer> <live-out> <users...>'");
        if (fields[1].getAsInteger(10, bytes))
          return fail("bad byte count '" + fields[1].str() + "'");
        NodeId producer = kEntry;
        if (fields[2] != "entry") {
          std::optional<NodeId> p = node(fields[2], numNodes);
          if (!p)
            return fail("bad producer '" + fields[2].str() + "'");
          producer = *p;
        }
        if (fields[3].getAsInteger(10, liveOut) || liveOut > 1)
          return fail("bad live-out flag '" + fields[3].str() + "'");
        BufferId b = g.addBuffer(bytes, producer, liveOut != 0);
        for (llvm::StringRef field : llvm::ArrayRef(fields).drop_front(4)) {
          std::optional<NodeId> u = node(field, numNodes);
          if (!u)
            return fail("bad user '" + field.str() + "'");
          g.addUse(*u, b);
        }
        ++numBuffers;
        continue;
      }
      if (keyword == "edge") {
        std::optional<NodeId> from, to;
        if (fields.size() != 2 || !(from = node(fields[0], numNodes)) ||
            !(to = node(fields[1], numNodes)))
          return fail("expected 'edge <from> <to>' between existing nodes");
        g.addEdge(*from, *to);
        continue;
      }
      return fail("unknown keyword '" + keyword.str() + "'");
    }
    if (current)
      return fail("missing 'end'");
    return graphs;
  }

private:
  static std::optional<NodeId> node(llvm::StringRef text, size_t numNodes) {
    uint64_t id;
    if (text.getAsInteger(10, id) || id >= numNodes)
      return std::nullopt;
    return static_cast<NodeId>(id);
  }

  llvm::Error fail(const std::string &message) const {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "line " + std::to_string(lineNo) + ": " +
                                       message);
  }

  llvm::StringRef rest;
  size_t lineNo = 0;
};

} // namespace

llvm::Expected<std::vector<NamedGraph>>
serenity::sched::readGraphs(llvm::StringRef text) {
  return Reader(text).run();
}
