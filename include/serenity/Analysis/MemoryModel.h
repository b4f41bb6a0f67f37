//===- MemoryModel.h - Reference activation memory model --------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// Translates a block of TOSA / linalg-on-tensors IR into the MLIR-free graph
// of the scheduling core (serenity/Scheduling/Graph.h): one node per op, one
// buffer per allocation, every op touching an alias of a buffer a user of it.
// The rules are those of docs/MemoryModel.md:
//
//   1. a static ranked tensor takes numElements * ceil(bitWidth / 8) bytes
//      (a quantized element type: the width of its storage type);
//   2. constants cost nothing;
//   3. views (tosa.reshape, tensor.cast/collapse_shape/expand_shape/bitcast/
//      extract_slice/reshape) alias their source;
//   4. destination-style results alias their init; tensor.empty allocates;
//   5. every other op allocates one buffer per tensor result;
//   6. arguments are live from entry to their last use, returned values to
//      the end;
//   7. a buffer is freed right after the last op using any of its aliases;
//   8. the peak is the largest sum of live bytes at any point.
//
//===----------------------------------------------------------------------===//

#ifndef SERENITY_ANALYSIS_MEMORYMODEL_H
#define SERENITY_ANALYSIS_MEMORYMODEL_H

#include "serenity/Scheduling/Graph.h"

#include "mlir/IR/Block.h"
#include "mlir/IR/Operation.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Support/LLVM.h"

#include <optional>

namespace mlir {
class Liveness;
} // namespace mlir

namespace serenity {

/// Knobs of the memory model. The defaults are the reference model.
struct MemoryModelOptions {
  /// Every buffer is rounded up to a multiple of this many bytes.
  uint64_t alignment = 1;
  /// When false, block arguments (function inputs) are counted as 0 bytes.
  bool countArguments = true;
  /// When non-zero, every tensor element is sized with this many bits
  /// instead of its type's, e.g. 8 to size an fp32 network as if its
  /// activations were quantized to int8 (as the SERENITY paper does).
  unsigned elementBits = 0;
};

/// How the model gives a result its buffer.
enum class ResultKind {
  /// No buffer: constants, non-tensor values.
  None,
  /// The result aliases the buffer of an operand (views, DPS inits).
  Alias,
  /// The op allocates a new buffer for the result.
  Alloc,
};

/// The most bytes the model sizes: every buffer, and the sum of all buffers
/// of a block, must stay at or below 2^62. Any sum of live bytes (a peak, a
/// bound, the scheduler's figures) is then a sum of distinct buffers of one
/// block, so it fits in both uint64_t and int64_t, with room for a
/// difference or a sum of two such figures; a block past the limit is
/// rejected with an error, never sized with a wrapped number.
inline constexpr uint64_t kMaxBlockBytes = uint64_t(1) << 62;

/// The outcome of sizing a type under rule 1.
enum class SizeStatus {
  Ok,
  /// Unranked or dynamic shape.
  DynamicShape,
  /// The element type has no known width.
  UnknownElementType,
  /// More than kMaxBlockBytes (including after alignment).
  TooLarge,
};

struct TypeSize {
  SizeStatus status = SizeStatus::Ok;
  /// The bytes when status is Ok, else 0.
  uint64_t bytes = 0;
};

/// Bytes of `type` under rule 1, rounded up to `alignment` (0 counts as 1),
/// computed without overflow: element count, element width and rounding
/// are checked and anything past kMaxBlockBytes is TooLarge. Non-tensor
/// types take 0 bytes. A non-zero `elementBits` replaces the element type's
/// width.
TypeSize computeTypeSize(mlir::Type type, uint64_t alignment = 1,
                         unsigned elementBits = 0);

/// computeTypeSize's bytes, or std::nullopt if the type cannot be sized.
std::optional<uint64_t> getTypeBytes(mlir::Type type, uint64_t alignment = 1,
                                     unsigned elementBits = 0);

/// `bytes` rounded up to a multiple of `alignment` (0 counts as 1), or
/// std::nullopt if the result exceeds kMaxBlockBytes.
std::optional<uint64_t> alignBytes(uint64_t bytes, uint64_t alignment);

/// Bytes of one element of `elementType`, or std::nullopt if unknown.
/// Integers and floats take ceil(bitWidth / 8), index 8, complex twice its
/// part, a quantized type (any `!quant.*`) its storage type's bytes.
std::optional<uint64_t> getElementBytes(mlir::Type elementType);

/// Classifies result `index` of `op` under rules 2-5, ignoring any
/// hand-written serenity.bytes. For Alias, `aliasedOperand` is set to the
/// operand whose buffer the result shares.
ResultKind classifyResult(mlir::Operation *op, unsigned index,
                          mlir::OpOperand **aliasedOperand = nullptr);

/// The memory model of one block, with the ops in their current order.
/// Every op of the block except its terminator is a node of the graph; node
/// ids follow the current order.
class BlockMemoryModel {
public:
  /// Builds the model. Emits an error at the offending op or argument and
  /// fails if a buffer cannot be sized. `liveness`, if given, is used to find
  /// values that later blocks still need.
  static mlir::FailureOr<BlockMemoryModel>
  build(mlir::Block &block, const MemoryModelOptions &options,
        const mlir::Liveness *liveness = nullptr);

  mlir::Block *getBlock() const { return block; }
  const sched::Graph &getGraph() const { return graph; }
  /// The op of each node, in the block's current order.
  llvm::ArrayRef<mlir::Operation *> getOps() const { return ops; }
  /// Bytes newly allocated for each result of `node`'s op (0 for aliases and
  /// constants): what -serenity-annotate-footprint writes as serenity.bytes.
  llvm::ArrayRef<int64_t> getResultBytes(sched::NodeId node) const {
    return resultBytes[node];
  }
  /// Lives of the buffers over the current order.
  sched::Timeline simulateCurrentOrder() const;

  /// Whether `node` floats: a constant-like op without operands, regions,
  /// allocations or memory effects. Schedulers leave floating ops out and
  /// place each right before its first user.
  bool isFloating(sched::NodeId node) const;
  /// The graph without its floating nodes, as schedulers see it. `kept[i]` is
  /// the model node of scheduling node i.
  sched::Graph buildSchedulingGraph(std::vector<sched::NodeId> &kept) const;

private:
  mlir::Block *block = nullptr;
  sched::Graph graph;
  std::vector<mlir::Operation *> ops;
  std::vector<llvm::SmallVector<int64_t, 1>> resultBytes;
};

/// The function-like ops an analysis or pass on `root` covers: `root` itself
/// if it is one, otherwise every function-like op nested in `root` but not in
/// another function, in IR order.
llvm::SmallVector<mlir::FunctionOpInterface>
collectFunctions(mlir::Operation *root);

/// The memory model of a function: one BlockMemoryModel per block. With one
/// block (the common case) this is exact; with several, each block is
/// modelled on its own with values crossing blocks live at its entry or end,
/// and the function's peak is the largest block peak.
class FunctionMemoryModel {
public:
  static mlir::FailureOr<FunctionMemoryModel>
  build(mlir::FunctionOpInterface function, const MemoryModelOptions &options);

  llvm::ArrayRef<BlockMemoryModel> getBlocks() const { return blocks; }
  llvm::MutableArrayRef<BlockMemoryModel> getBlocks() { return blocks; }

private:
  std::vector<BlockMemoryModel> blocks;
};

} // namespace serenity

#endif // SERENITY_ANALYSIS_MEMORYMODEL_H
