//===- SiteRewriter.h - Rewriting one concatenation site --------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// The rewriter of one concatenation and its users, shared by the files of
// the identity rewrites (IdentityRewrites.cpp: kernel-wise partitioning,
// materializing, the driver; PartitionChannels.cpp), with the helpers they
// share (ConcatMatching.cpp). Private to lib/Transforms.
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_LIB_TRANSFORMS_SITEREWRITER_H
#define SERENITY_LIB_TRANSFORMS_SITEREWRITER_H

#include "IdentityRewrites.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "llvm/ADT/DenseSet.h"

namespace serenity::rewrites {

/// `type` as a static ranked tensor type, or null.
mlir::RankedTensorType getStaticType(mlir::Type type);
/// `type` with dimension `dim` of size `size`.
mlir::RankedTensorType withDim(mlir::RankedTensorType type, int64_t dim,
                               int64_t size);
/// The slice [offset, offset + size) of `value` along `dim`: a sliced
/// constant when `value` is a dense constant, else a tensor.extract_slice.
mlir::Value sliceAlong(mlir::OpBuilder &builder, mlir::Location loc,
                       mlir::Value value, int64_t dim, int64_t offset,
                       int64_t size);
/// Offsets, sizes and unit strides of part `i` of `concat` in its result.
void getSliceParams(mlir::OpBuilder &builder, const Concat &concat, size_t i,
                    llvm::SmallVectorImpl<mlir::OpFoldResult> &offsets,
                    llvm::SmallVectorImpl<mlir::OpFoldResult> &sizes,
                    llvm::SmallVectorImpl<mlir::OpFoldResult> &strides);
/// The low and high padding of `pad` (which must be constants) and its
/// padding value, if the value does not depend on the position.
bool getStaticPadding(mlir::tensor::PadOp pad,
                      llvm::SmallVectorImpl<int64_t> &low,
                      llvm::SmallVectorImpl<int64_t> &high, mlir::Value &value);

/// Rewrites the users of one concatenation site (and the concatenations
/// that rewriting exposes) as `kinds` allow, counting in `counts`.
class SiteRewriter {
public:
  SiteRewriter(mlir::RewriterBase &rewriter, RewriteKind kinds,
               const TosaLowering &lowering, RewriteCounts &counts)
      : rewriter(rewriter), kinds(kinds), lowering(lowering), counts(counts) {}

  bool run(mlir::Value root);
  llvm::DenseSet<mlir::Operation *> &getErasedOps() { return erasedOps; }

private:
  void processUsers(const Concat &concat);
  mlir::FailureOr<mlir::Value> partitionTosa(mlir::Operation *op,
                                             const Concat &concat);
  mlir::FailureOr<mlir::Value> partitionLinalg(mlir::linalg::LinalgOp op,
                                               const Concat &concat);
  mlir::FailureOr<mlir::Value> partitionPad(mlir::tensor::PadOp pad,
                                            const Concat &concat);
  mlir::FailureOr<mlir::Value>
  partitionCollapse(mlir::tensor::CollapseShapeOp collapse,
                    const Concat &concat);
  mlir::Value partInit(mlir::Value init, int64_t dim, int64_t offset,
                       int64_t size);
  mlir::LogicalResult partitionTosaConv(mlir::tosa::Conv2DOp conv,
                                        const Concat &concat);
  mlir::LogicalResult partitionLinalgConv(mlir::linalg::LinalgOp conv,
                                          const Concat &concat,
                                          mlir::tensor::PadOp pad);
  mlir::LogicalResult partitionPaddedConvs(mlir::tensor::PadOp pad,
                                           const Concat &concat);
  bool materialize(const Concat &concat);
  void replaceAndClean(mlir::Operation *op, mlir::Value replacement);
  void eraseAndClean(mlir::Operation *op);
  void eraseDeadOps(llvm::ArrayRef<mlir::Operation *> seeds);
  void eraseConcat(const Concat &concat);

  mlir::RewriterBase &rewriter;
  RewriteKind kinds;
  const TosaLowering &lowering;
  RewriteCounts &counts;
  bool changed = false;
  llvm::SmallVector<mlir::Value> worklist;
  /// Ops this rewriter erased: users and concatenations remembered earlier
  /// are skipped when they are among them.
  llvm::DenseSet<mlir::Operation *> erasedOps;
};

} // namespace serenity::rewrites

#endif // SERENITY_LIB_TRANSFORMS_SITEREWRITER_H
