//===- Traffic.cpp - Off-chip traffic of an order under Belady --*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//

#include "serenity/Arena/Traffic.h"

#include <algorithm>
#include <cassert>
#include <limits>

using namespace serenity;
using namespace serenity::arena;

namespace {
/// Part of a buffer's bytes that the policy may keep after a step.
struct Chunk {
  uint64_t nextRead; // step of the next read; `never` for live-out only
  bool clean;        // has a copy off chip
  uint32_t buffer;
  uint64_t bytes;
};
} // namespace

Traffic serenity::arena::simulateBelady(llvm::ArrayRef<AccessedBuffer> buffers,
                                        uint32_t numSteps, uint64_t capacity) {
  const uint64_t never = std::numeric_limits<uint64_t>::max();
  size_t n = buffers.size();
  // Per buffer: bytes on chip, of which without an off-chip copy; the index
  // of its next read.
  std::vector<uint64_t> onChip(n, 0), dirty(n, 0);
  std::vector<size_t> next(n, 0);
  // Buffers written and read at each step (the entry is step -1, index 0).
  std::vector<std::vector<uint32_t>> writes(numSteps + 1), reads(numSteps + 1);
  for (uint32_t b = 0; b < n; ++b) {
    const AccessedBuffer &buffer = buffers[b];
    assert(buffer.producer >= -1 && buffer.producer < int64_t(numSteps));
    writes[buffer.producer + 1].push_back(b);
    for (uint32_t step : buffer.reads) {
      assert(int64_t(step) > buffer.producer && step < numSteps);
      reads[step + 1].push_back(b);
    }
  }

  Traffic traffic;
  std::vector<uint32_t> live; // written, and needed later or live-out
  std::vector<Chunk> chunks;
  for (uint32_t slot = 0; slot <= numSteps; ++slot) {
    // The step: reads what is missing, writes its results.
    for (uint32_t b : reads[slot]) {
      traffic.loadBytes += buffers[b].bytes - onChip[b];
      // Every byte is at hand now; those just loaded have an off-chip copy.
      onChip[b] = buffers[b].bytes;
      ++next[b];
    }
    for (uint32_t b : writes[slot]) {
      onChip[b] = dirty[b] = buffers[b].bytes;
      live.push_back(b);
    }
    // Keep the bytes read soonest; drop the rest, storing what is still
    // needed and has no copy off chip.
    chunks.clear();
    std::vector<uint32_t> stillLive;
    for (uint32_t b : live) {
      const AccessedBuffer &buffer = buffers[b];
      bool readAgain = next[b] < buffer.reads.size();
      if (!readAgain && !buffer.liveOut) {
        onChip[b] = dirty[b] = 0; // dead: dropped for free
        continue;
      }
      stillLive.push_back(b);
      uint64_t nextRead = readAgain ? buffer.reads[next[b]] : never;
      if (dirty[b])
        chunks.push_back({nextRead, false, b, dirty[b]});
      if (onChip[b] > dirty[b])
        chunks.push_back({nextRead, true, b, onChip[b] - dirty[b]});
    }
    live = std::move(stillLive);
    std::sort(chunks.begin(), chunks.end(), [](const Chunk &x, const Chunk &y) {
      return std::make_tuple(x.nextRead, x.clean, x.buffer) <
             std::make_tuple(y.nextRead, y.clean, y.buffer);
    });
    uint64_t room = capacity;
    for (const Chunk &chunk : chunks) {
      uint64_t kept = std::min(room, chunk.bytes);
      room -= kept;
      uint64_t dropped = chunk.bytes - kept;
      onChip[chunk.buffer] -= dropped;
      if (!chunk.clean) {
        traffic.storeBytes += dropped;
        dirty[chunk.buffer] -= dropped;
      }
    }
  }
  return traffic;
}

std::vector<AccessedBuffer>
serenity::arena::getAccessedBuffers(const sched::Graph &graph,
                                    llvm::ArrayRef<sched::NodeId> order) {
  std::vector<uint32_t> position(graph.numNodes(), 0);
  for (uint32_t i = 0; i < order.size(); ++i)
    position[order[i]] = i;
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
