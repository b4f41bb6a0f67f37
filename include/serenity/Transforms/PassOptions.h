//===- PassOptions.h - Types of Serenity's pass options ---------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// The enumerations behind the enum options of Passes.td (parsed with
// clEnumValN, not by hand).
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_TRANSFORMS_PASSOPTIONS_H
#define SERENITY_TRANSFORMS_PASSOPTIONS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/BitmaskEnum.h"
#include "llvm/ADT/StringRef.h"

#include <optional>

namespace serenity {

LLVM_ENABLE_BITMASK_ENUMS_IN_NAMESPACE();

/// How -serenity-report prints its report.
enum class ReportFormat {
  /// One line per function (per block, with several blocks).
  Text,
  /// One JSON document for the whole module.
  Json,
};

/// The live-bytes timeline -serenity-report prints besides its figures.
enum class TimelineFormat {
  None,
  /// Every step in the JSON document (implies ReportFormat::Json).
  Json,
  /// One CSV row per step, instead of the report.
  Csv,
};

/// The identity rewrites of -serenity-rewrite-identity, as bits of a set
/// (docs/Rewriting.md).
enum class RewriteKind : unsigned {
  None = 0,
  /// Channel-wise partitioning: conv(concat_c(x_i), W) + b becomes partial
  /// convolutions of each x_i with its slice W_i of the weights, accumulated
  /// in one destination.
  Channel = 1u << 0,
  /// Kernel-wise partitioning: an op that treats every channel on its own
  /// commutes with the concatenation, op(concat(x_i)) = concat(op(x_i)).
  Kernel = 1u << 1,
  /// A concatenation becomes one destination whose slices its parts are
  /// written into; producers in destination-passing style write straight
  /// into their slice.
  Concat = 1u << 2,
  /// A chain of elementwise additions of (scaled) tensors accumulates into
  /// one destination: acc = x_1 * c_1; acc += x_2 * c_2; ...
  Sum = 1u << 3,
  All = Channel | Kernel | Concat | Sum,
  LLVM_MARK_AS_BITMASK_ENUM(/*LargestValue=*/Sum)
};

/// A rewrite's name in the `rewrites` option and in docs/Rewriting.md.
struct RewriteKindName {
  RewriteKind kind;
  llvm::StringLiteral name;
};
inline constexpr RewriteKindName kRewriteKindNames[] = {
    {RewriteKind::Channel, "channel"},
    {RewriteKind::Kernel, "kernel"},
    {RewriteKind::Concat, "concat"},
    {RewriteKind::Sum, "sum"},
};

/// The rewrite named `name`, if any.
inline std::optional<RewriteKind> getRewriteKind(llvm::StringRef name) {
  for (const RewriteKindName &entry : kRewriteKindNames)
    if (entry.name == name)
      return entry.kind;
  return std::nullopt;
}

} // namespace serenity

#endif // SERENITY_TRANSFORMS_PASSOPTIONS_H
