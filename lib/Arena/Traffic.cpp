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
/// Part of a buffer's bytes that the policy may hold on chip during a step.
struct Chunk {
  /// The reads that holding these bytes can serve: the buffer's reads from
  /// this index on (the read of this step, for bytes on chip that the step
  /// reads; else the next one).
  size_t firstRead;
  bool clean; // has a copy off chip
  uint32_t buffer;
  uint64_t bytes;
  bool readNow; // on chip before the step, read by it
};
} // namespace

Traffic serenity::arena::simulateBelady(llvm::ArrayRef<AccessedBuffer> buffers,
                                        uint32_t numSteps, uint64_t capacity) {
  size_t n = buffers.size();
  // Per buffer: bytes on chip, of which without an off-chip copy; the index
  // of its next read.
  std::vector<uint64_t> onChip(n, 0), dirty(n, 0);
  std::vector<size_t> next(n, 0);
  // Buffers written and read at each slot: the entry is slot 0, step s is
  // slot s + 1.
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
  std::vector<uint32_t> live; // written, and still needed or live-out
  std::vector<char> readNow(n, 0);
  std::vector<Chunk> chunks;
  for (uint32_t slot = 0; slot <= numSteps; ++slot) {
    for (uint32_t b : writes[slot])
      live.push_back(b);
    for (uint32_t b : reads[slot])
      readNow[b] = 1;
    // What the policy may hold during the step: what is on chip, what the
    // step writes, and what it reads (the bytes not on chip are loaded
    // whether or not they stay).
    chunks.clear();
    for (uint32_t b : live) {
      const AccessedBuffer &buffer = buffers[b];
      bool written = buffer.producer + 1 == int64_t(slot);
      if (readNow[b]) {
        traffic.loadBytes += buffer.bytes - onChip[b];
        ++next[b];
      }
      bool needed = next[b] < buffer.reads.size() || buffer.liveOut;
      if (written) {
        if (needed)
          chunks.push_back({next[b], false, b, buffer.bytes, false});
        continue; // dead on arrival: never stored
      }
      uint64_t clean = onChip[b] - dirty[b];
      if (readNow[b]) {
        // Held now, the bytes on chip are read from there; the loaded rest
        // is worth holding only for a later read.
        if (dirty[b])
          chunks.push_back({next[b] - 1, false, b, dirty[b], true});
        if (clean)
          chunks.push_back({next[b] - 1, true, b, clean, true});
        if (needed && buffer.bytes > onChip[b])
          chunks.push_back({next[b], true, b, buffer.bytes - onChip[b], false});
      } else {
        if (dirty[b])
          chunks.push_back({next[b], false, b, dirty[b], false});
        if (clean)
          chunks.push_back({next[b], true, b, clean, false});
      }
    }
    // Belady's order: the sequence of reads each chunk can serve, earliest
    // first, compared read by read (a read that does not exist comes last).
    // Between bytes read at the same step, the one read again sooner: held
    // through that step it serves both reads.
    auto sooner = [&](const Chunk &x, const Chunk &y) {
      llvm::ArrayRef<uint32_t>
          a = llvm::ArrayRef(buffers[x.buffer].reads).drop_front(x.firstRead),
          b = llvm::ArrayRef(buffers[y.buffer].reads).drop_front(y.firstRead);
      for (size_t i = 0; i < a.size() && i < b.size(); ++i)
        if (a[i] != b[i])
          return a[i] < b[i];
      if (a.size() != b.size())
        return a.size() > b.size();
      return std::make_tuple(x.clean, x.buffer) <
             std::make_tuple(y.clean, y.buffer);
    };
    std::sort(chunks.begin(), chunks.end(), sooner);
    std::fill(onChip.begin(), onChip.end(), 0);
    std::vector<uint64_t> keptDirty(n, 0);
    uint64_t room = capacity;
    for (const Chunk &chunk : chunks) {
      uint64_t kept = std::min(room, chunk.bytes);
      room -= kept;
      uint64_t dropped = chunk.bytes - kept;
      const AccessedBuffer &buffer = buffers[chunk.buffer];
      bool needed = next[chunk.buffer] < buffer.reads.size() || buffer.liveOut;
      // Bytes on chip that the step reads but the policy does not hold are
      // read from off chip, after being stored if they had no copy there.
      if (chunk.readNow)
        traffic.loadBytes += dropped;
      if (!chunk.clean && (needed || chunk.readNow))
        traffic.storeBytes += dropped;
      if (!needed)
        continue; // dead after the step: nothing stays
      onChip[chunk.buffer] += kept;
      if (!chunk.clean)
        keptDirty[chunk.buffer] += kept;
    }
    // Bytes held but dead after the step leave; the rest stays.
    std::vector<uint32_t> stillLive;
    for (uint32_t b : live) {
      readNow[b] = 0;
      const AccessedBuffer &buffer = buffers[b];
      dirty[b] = keptDirty[b];
      if (next[b] < buffer.reads.size() || buffer.liveOut)
        stillLive.push_back(b);
      else
        onChip[b] = dirty[b] = 0;
    }
    live = std::move(stillLive);
  }
  return traffic;
}
