//===- IdentityRewrites.h - Identity graph rewrites -------------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// The IR side of -serenity-rewrite-identity: rewrites that change the graph
// around a concatenation without changing what it computes (docs/Rewriting.md
// states each identity, its conditions and why it saves memory). Deciding
// where they pay off is the pass's business (RewriteIdentity.cpp); this file
// only matches and rewrites.
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_LIB_TRANSFORMS_IDENTITYREWRITES_H
#define SERENITY_LIB_TRANSFORMS_IDENTITYREWRITES_H

#include "serenity/Transforms/PassOptions.h"

#include "mlir/IR/Block.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Rewrite/FrozenRewritePatternSet.h"
#include "mlir/Support/LLVM.h"
#include "mlir/Transforms/DialectConversion.h"
#include "llvm/ADT/SmallVector.h"

#include <optional>

namespace serenity {

/// Whether the set `kinds` has `kind`.
inline bool hasKind(RewriteKind kinds, RewriteKind kind) {
  return (kinds & kind) != RewriteKind::None;
}

/// A concatenation along one axis, in any of the forms the rewrites read.
struct Concat {
  enum class Form {
    /// tosa.concat.
    Tosa,
    /// tensor.concat.
    Tensor,
    /// tensor.insert_slice ops that tile a tensor.empty along one axis, one
    /// after the other (what tosa-to-tensor makes of tosa.concat).
    InsertChain,
  };
  Form form = Form::Tosa;
  /// The concatenated value.
  mlir::Value result;
  /// The concatenation axis.
  int64_t axis = 0;
  /// A concatenation of one part is the identity, a concatenation along any
  /// axis.
  bool anyAxis = false;
  /// The parts in the order of their offsets along the axis, and the operands
  /// that hold them.
  llvm::SmallVector<mlir::OpOperand *> partUses;
  llvm::SmallVector<int64_t> offsets;
  llvm::SmallVector<int64_t> sizes;
  /// The ops making the concatenation, in IR order; the last defines
  /// `result`.
  llvm::SmallVector<mlir::Operation *> ops;

  bool hasAxis(int64_t a) const { return anyAxis || axis == a; }
  size_t numParts() const { return partUses.size(); }
  mlir::Value part(size_t i) const { return partUses[i]->get(); }
};

/// Matches a concatenation of static ranked tensors defining `value`.
std::optional<Concat> matchConcat(mlir::Value value);

/// The concatenations of `block` that can start a site, in IR order.
llvm::SmallVector<mlir::Value> findConcats(mlir::Block &block);

/// The roots of chains of `tosa.add` in `block` that the sum rewrite would
/// change, in IR order.
llvm::SmallVector<mlir::Value> findSums(mlir::Block &block);

/// What a site rewrite did.
struct RewriteCounts {
  /// Convolutions split into partial convolutions (channel).
  unsigned convsPartitioned = 0;
  /// Ops split into one op per part (kernel).
  unsigned opsPartitioned = 0;
  /// Concatenations turned into one destination with slices (concat).
  unsigned concatsMaterialized = 0;
  /// Parts whose producer writes straight into its slice (concat).
  unsigned producersRedirected = 0;
  /// Additions accumulated in place (sum).
  unsigned addsAccumulated = 0;
};

/// The upstream TOSA-to-linalg conversion patterns, built once and shared by
/// every rewrite (read-only, so threads may share it too).
class TosaLowering {
public:
  explicit TosaLowering(mlir::MLIRContext *context);
  /// Lowers the TOSA op `op` as the TOSA lowering pipeline would, telling
  /// `listener` (if any) about the ops created and erased.
  mlir::LogicalResult
  lower(mlir::Operation *op,
        mlir::RewriterBase::Listener *listener = nullptr) const;

private:
  mlir::TypeConverter converter;
  mlir::FrozenRewritePatternSet patterns;
};

/// Rewrites the chain of additions ending in `root` (one of findSums) into
/// in-place accumulation, if `kinds` has the sum rewrite. Returns whether the
/// IR changed.
bool rewriteSum(mlir::RewriterBase &rewriter, mlir::Value root,
                RewriteKind kinds, RewriteCounts &counts);

/// Rewrites the site of the concatenation `root` with the rewrites in `kinds`
/// (a set of RewriteKind): with kernel-wise partitioning, pushes the
/// concatenation through every user that treats channels independently, and
/// on from the new concatenations; with channel-wise partitioning, splits the
/// convolutions reading one of these concatenations; with the concat
/// rewrite, turns the concatenations left over (still used) into one
/// destination each. Ops that only the rewritten ops used are erased.
/// TOSA producers are lowered with `lowering`. Returns whether the IR
/// changed.
bool rewriteSite(mlir::RewriterBase &rewriter, mlir::Value root,
                 RewriteKind kinds, const TosaLowering &lowering,
                 RewriteCounts &counts);

} // namespace serenity

#endif // SERENITY_LIB_TRANSFORMS_IDENTITYREWRITES_H
