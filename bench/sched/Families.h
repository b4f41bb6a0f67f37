//===- Families.h - Random irregular networks of issue 13 -------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// Two families of random irregular networks on which exact scheduling is
// hard, generated as a small op list (`Net`) that can be turned into the
// scheduling graph the memory model of docs/MemoryModel.md builds for it
// (`toGraph`), or printed as TOSA (`writeTosa`) for end-to-end runs through
// serenity-opt; `serenity-bench --dump-graph` on the TOSA gives exactly
// `toGraph` (test/Bench/sched-families.test).
//
// * long-skip: every op reads 1-3 earlier values, 30 % of its operands a
//   long skip to any earlier value, the others a recent one; 1x1
//   convolutions to 4-64 channels, additions and concatenations, 8x8 spatial.
// * width-16: layers of 1-16 ops, elementwise (unary and binary), slices and
//   concatenations on tensors of 1-32 channels, 64x64 spatial, each op
//   reading the previous layer and, 35 % of the time, a layer 2-4 up.
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_BENCH_SCHED_FAMILIES_H
#define SERENITY_BENCH_SCHED_FAMILIES_H

#include "serenity/Scheduling/Graph.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>
#include <string>
#include <vector>

namespace serenity::sched::bench {

/// One op of a generated network. Operands are indices of earlier ops, or
/// kArgument for the function's argument.
struct NetOp {
  enum Kind { Conv, Concat, Unary, Binary, Slice };
  Kind kind;
  /// The TOSA op name, e.g. "tosa.conv2d".
  std::string name;
  std::vector<int> operands;
  /// Output channels (NHWC, the last dimension).
  unsigned channels = 0;
  /// Slices: the first channel taken.
  unsigned sliceBegin = 0;
};

struct Net {
  static constexpr int kArgument = -1;
  unsigned height = 8, width = 8, inputChannels = 16;
  std::vector<NetOp> ops;
  /// Ops whose results the function returns.
  std::vector<int> outputs;

  unsigned channelsOf(int value) const {
    return value == kArgument ? inputChannels : ops[value].channels;
  }
  /// Bytes of an f32 value of `channels` channels.
  uint64_t bytes(unsigned channels) const {
    return uint64_t(height) * width * channels * 4;
  }
};

enum class Family { LongSkip, Width16 };

/// The family's name as used in case names: "longskip" or "width16".
llvm::StringRef familyName(Family family);

/// A random network of `family` with `numOps` ops (terminator and constants
/// not counted), reproducible from `seed`.
Net generate(Family family, unsigned numOps, uint64_t seed);

/// The scheduling graph of `net` under docs/MemoryModel.md: the argument is
/// an entry buffer, every op a node allocating its result, returned results
/// live-out; nodes and buffers in op order, named after the ops.
Graph toGraph(const Net &net);

/// `net` as a TOSA function `@name` in a module (zero weights: the values do
/// not matter for scheduling).
void writeTosa(llvm::raw_ostream &os, const Net &net, llvm::StringRef name);

} // namespace serenity::sched::bench

#endif // SERENITY_BENCH_SCHED_FAMILIES_H
