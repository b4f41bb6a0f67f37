//===- Closure.h - Transitive closure of a part's unit graph ----*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// Dense bitset rows of ancestors and descendants of every unit of a part,
// shared by the static, min-cut and per-state lower bounds. O(K^2 / 64) words
// for K units. Internal to the library.
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_LIB_SCHEDULING_CLOSURE_H
#define SERENITY_LIB_SCHEDULING_CLOSURE_H

#include "Problem.h"

#include <cstdint>
#include <vector>

namespace serenity::sched {

/// Dense bitsets, one row per unit.
struct BitMatrix {
  size_t words = 0;
  std::vector<uint64_t> bits;
  BitMatrix() = default;
  BitMatrix(size_t rows, size_t cols)
      : words((cols + 63) / 64), bits(rows * words, 0) {}
  uint64_t *row(size_t r) { return bits.data() + r * words; }
  const uint64_t *row(size_t r) const { return bits.data() + r * words; }
  bool test(size_t r, size_t c) const { return row(r)[c / 64] >> (c % 64) & 1; }
};

/// desc.row(u): the units reachable from unit u (u excluded).
inline BitMatrix descendants(const Problem &p) {
  size_t n = p.numUnits();
  BitMatrix desc(n, n);
  for (size_t u = n; u-- > 0;)
    for (uint32_t s : p.succs(u)) {
      uint64_t *row = desc.row(u);
      const uint64_t *from = desc.row(s);
      for (size_t w = 0; w < desc.words; ++w)
        row[w] |= from[w];
      row[s / 64] |= uint64_t(1) << (s % 64);
    }
  return desc;
}

/// anc.row(u): the units that reach unit u (u excluded).
inline BitMatrix ancestors(const Problem &p) {
  size_t n = p.numUnits();
  BitMatrix anc(n, n);
  for (size_t u = 0; u < n; ++u)
    for (uint32_t q : p.preds(u)) {
      uint64_t *row = anc.row(u);
      const uint64_t *from = anc.row(q);
      for (size_t w = 0; w < anc.words; ++w)
        row[w] |= from[w];
      row[q / 64] |= uint64_t(1) << (q % 64);
    }
  return anc;
}

} // namespace serenity::sched

#endif // SERENITY_LIB_SCHEDULING_CLOSURE_H
