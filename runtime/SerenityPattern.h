//===- SerenityPattern.h - Deterministic values for weights -----*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// The pseudo-random values that stand in for the weights an importer elided:
// the runtime fills elided weights with them at run time
// (serenityFillF32), the weight test passes write them into constants. One
// definition, so that both give the same distribution. Header only, with no
// dependency, because the runtime links nothing but the C++ runtime.
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_RUNTIME_SERENITYPATTERN_H
#define SERENITY_RUNTIME_SERENITYPATTERN_H

#include <cmath>
#include <cstdint>
#include <utility>
#include <vector>

namespace serenity::pattern {

/// A 64-bit mix (splitmix64's finaliser): deterministic, no state.
inline uint64_t mix(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

/// A value in [-1, 1) from the seed and the element's index.
inline double value(int64_t seed, int64_t linear) {
  uint64_t bits =
      mix(mix(static_cast<uint64_t>(seed)) ^ static_cast<uint64_t>(linear));
  return static_cast<double>(bits >> 11) * (2.0 / 9007199254740992.0) - 1.0;
}

/// The (offset, scale) of the values a weight of `shape` gets, offset +
/// scale * value(): per-channel vectors (at most one dimension above 1) get
/// values in [0.5, 1), so that they neither vanish nor flip signs as
/// multipliers and stay small as biases; weights get a uniform distribution
/// with variance 1 / fan-in (He et al.'s initialisation without the ReLU
/// factor), the fan-in being all dimensions but the first, or the kernel
/// window of a depthwise HxWxCx1 filter.
inline std::pair<double, double> fillScale(const std::vector<int64_t> &shape) {
  int64_t big = 0;
  for (int64_t d : shape)
    big += d > 1;
  if (big <= 1)
    return {0.75, 0.25};
  int64_t fanIn = 1;
  if (shape.size() == 4 && shape[3] == 1 && shape[0] == shape[1]) {
    fanIn = shape[0] * shape[1];
  } else if (shape.size() == 3 && shape[0] == 1) {
    fanIn = shape[1];
  } else {
    for (size_t d = 1; d < shape.size(); ++d)
      fanIn *= shape[d];
  }
  // pow, not sqrt: the figures of the former Python harness, bit for bit.
  return {0.0, std::pow(3.0 / static_cast<double>(fanIn < 1 ? 1 : fanIn), 0.5)};
}

/// FNV-1a of `name`, 62 bits: the seed of a weight filled at run time, from
/// its name only (the global's symbol with its `@`), so that it does not
/// depend on the order of the ops.
inline int64_t seedOf(const char *name, size_t length) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (size_t i = 0; i < length; ++i) {
    h ^= static_cast<unsigned char>(name[i]);
    h *= 0x100000001b3ULL;
  }
  return static_cast<int64_t>(h >> 2);
}

} // namespace serenity::pattern

#endif // SERENITY_RUNTIME_SERENITYPATTERN_H
