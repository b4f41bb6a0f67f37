//===- ArenaDetail.h - Helpers shared by the arena planners -----*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_LIB_ARENA_ARENADETAIL_H
#define SERENITY_LIB_ARENA_ARENADETAIL_H

#include <cstdint>

namespace serenity::arena::detail {

/// `value` rounded up to a multiple of the power of two `alignment`.
inline uint64_t roundUp(uint64_t value, uint64_t alignment) {
  return (value + alignment - 1) & ~(alignment - 1);
}

} // namespace serenity::arena::detail

#endif // SERENITY_LIB_ARENA_ARENADETAIL_H
