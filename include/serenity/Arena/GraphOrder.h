//===- GraphOrder.h - Arena and traffic of a scheduling order ---*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// The arena problem (Arena.h) and the traffic model (Traffic.h) of one order
// of the scheduling core's graph (serenity/Scheduling/Graph.h), so that a
// scheduler, -serenity-report or a benchmark can ask what an order costs in
// arena bytes or off-chip traffic without going through MLIR. Steps: 0 is
// the entry, the i-th node of the order is step i + 1.
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_ARENA_GRAPHORDER_H
#define SERENITY_ARENA_GRAPHORDER_H

#include "serenity/Arena/Arena.h"
#include "serenity/Arena/Traffic.h"
#include "serenity/Scheduling/Graph.h"

namespace serenity::arena {

/// The buffers of `graph` as an arena problem when its nodes run in `order`
/// (which must pass sched::checkOrder): a buffer is live from its producer's
/// step (entry buffers: step 0) to its last user's step, live-out buffers to
/// the last step, exactly as sched::simulate counts them, so that
/// getLowerBound() of the result with `alignment` 1 is sched::peakOf().
std::vector<Buffer> getArenaBuffers(const sched::Graph &graph,
                                    llvm::ArrayRef<sched::NodeId> order,
                                    uint64_t alignment = 1);

/// The buffers of `graph` as the traffic model sees them when its nodes run
/// in `order`: each buffer is written by its producer and read by every
/// other user (here steps are positions in `order`; entry buffers have
/// producer -1). The graph does not say which uses write (a
/// destination-style op writing into an operand's buffer), so those count
/// as reads.
std::vector<AccessedBuffer>
getAccessedBuffers(const sched::Graph &graph,
                   llvm::ArrayRef<sched::NodeId> order);

/// simulateBelady() on the buffers of `graph` in `order`: what
/// `-serenity-report` prints for `onchip-bytes=N`.
Traffic getOffChipTraffic(const sched::Graph &graph,
                          llvm::ArrayRef<sched::NodeId> order,
                          uint64_t capacity);

} // namespace serenity::arena

#endif // SERENITY_ARENA_GRAPHORDER_H
