//===- Traffic.h - Off-chip traffic of an order under Belady ----*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// When the live activations of an order do not fit in the on-chip memory,
// some bytes go to off-chip memory and come back. For a known order, the
// policy that evicts what is needed farthest in the future (Belady's) moves
// the fewest bytes back in. This is the paper's second result ("Ordering
// Chaos", section 5: off-chip traffic for 32 to 256 KB of on-chip memory).
//
// The model, exactly (docs/Arena.md, "Off-chip traffic"):
//
// - The order has steps 0..n-1. A buffer is written by its producer step
//   (entry buffers: written on chip right before step 0), read by each of
//   its use steps, and, if live-out, must survive the last step.
// - The on-chip memory holds at most `capacity` bytes at any time, while a
//   step runs included: any number of each live buffer's bytes (bytes move
//   one at a time; a buffer may be partly on chip). While a step runs, the
//   policy holds a set of bytes chosen among those on chip before it, those
//   it reads and those it writes; what it holds stays on chip after the
//   step (unless no step needs it again).
// - A step reads from off-chip memory every byte of its operands that it
//   does not hold (load traffic: one per byte). A byte it writes and does
//   not hold goes straight to off-chip memory (store traffic, if a later
//   step or the end needs it). So a buffer larger than the capacity is
//   written partly off chip and read back, in part, at every use.
// - Dropping a byte that is still needed and has no copy off chip (written
//   on chip, never stored) costs one byte of store traffic; bytes loaded
//   from off chip, or stored once, are dropped for free, as are bytes no
//   step needs again.
// - Belady's policy holds the bytes whose next reads come soonest: the
//   sequences of the reads each byte can still serve (counting the current
//   read for bytes already on chip), compared read by read; bytes of
//   live-out buffers without a further read last; between equal sequences,
//   bytes without an off-chip copy first. It minimises the load traffic
//   (unittests/Arena/TrafficTest.cpp checks this against every choice on
//   small orders); the store traffic is what it writes back, not a minimum.
//
// With everything live at once fitting in `capacity` (the order's peak,
// docs/MemoryModel.md), nothing moves.
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_ARENA_TRAFFIC_H
#define SERENITY_ARENA_TRAFFIC_H

#include "llvm/ADT/ArrayRef.h"

#include <cstdint>
#include <vector>

namespace serenity::arena {

/// A buffer of a fixed order, for the traffic model.
struct AccessedBuffer {
  uint64_t bytes = 0;
  /// The step that writes it; -1 for a buffer live on entry.
  int64_t producer = -1;
  /// The steps that read it, in increasing order, each after the producer.
  std::vector<uint32_t> reads;
  /// Must survive the last step.
  bool liveOut = false;
};

/// Bytes moved between on-chip and off-chip memory.
struct Traffic {
  /// Read back from off-chip memory.
  uint64_t loadBytes = 0;
  /// Written to off-chip memory.
  uint64_t storeBytes = 0;
  uint64_t total() const { return loadBytes + storeBytes; }
};

/// The traffic of Belady's policy over `numSteps` steps with `capacity`
/// bytes on chip.
Traffic simulateBelady(llvm::ArrayRef<AccessedBuffer> buffers,
                       uint32_t numSteps, uint64_t capacity);

} // namespace serenity::arena

#endif // SERENITY_ARENA_TRAFFIC_H
