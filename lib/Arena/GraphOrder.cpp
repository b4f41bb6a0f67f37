//===- GraphOrder.cpp - Arena and traffic of a scheduling order -*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//

#include "serenity/Arena/GraphOrder.h"

#include <algorithm>

using namespace serenity;
using namespace serenity::arena;

/// Position of each node in `order`.
static std::vector<uint32_t> positions(const sched::Graph &graph,
                                       llvm::ArrayRef<sched::NodeId> order) {
  std::vector<uint32_t> position(graph.numNodes(), 0);
  for (uint32_t i = 0; i < order.size(); ++i)
    position[order[i]] = i;
  return position;
}

std::vector<Buffer>
serenity::arena::getArenaBuffers(const sched::Graph &graph,
                                 llvm::ArrayRef<sched::NodeId> order,
                                 uint64_t alignment) {
  std::vector<uint32_t> position = positions(graph, order);
  uint32_t end = order.size();
  std::vector<Buffer> result;
  for (const sched::Buffer &b : graph.getBuffers()) {
    Buffer buffer;
    buffer.bytes = b.bytes;
    buffer.alignment = alignment;
    buffer.first = b.producer == sched::kEntry ? 0 : position[b.producer] + 1;
    buffer.last = buffer.first;
    for (sched::NodeId user : b.users)
      buffer.last = std::max(buffer.last, position[user] + 1);
    if (b.liveOut)
      buffer.last = end;
    result.push_back(buffer);
  }
  return result;
}

std::vector<AccessedBuffer>
serenity::arena::getAccessedBuffers(const sched::Graph &graph,
                                    llvm::ArrayRef<sched::NodeId> order) {
  std::vector<uint32_t> position = positions(graph, order);
  std::vector<AccessedBuffer> result;
  for (const sched::Buffer &b : graph.getBuffers()) {
    AccessedBuffer buffer;
    buffer.bytes = b.bytes;
    buffer.producer =
        b.producer == sched::kEntry ? -1 : int64_t(position[b.producer]);
    for (sched::NodeId user : b.users)
      buffer.reads.push_back(position[user]);
    std::sort(buffer.reads.begin(), buffer.reads.end());
    buffer.liveOut = b.liveOut;
    result.push_back(std::move(buffer));
  }
  return result;
}

Traffic serenity::arena::getOffChipTraffic(const sched::Graph &graph,
                                           llvm::ArrayRef<sched::NodeId> order,
                                           uint64_t capacity) {
  return simulateBelady(getAccessedBuffers(graph, order), order.size(),
                        capacity);
}
