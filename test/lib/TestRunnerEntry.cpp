//===- TestRunnerEntry.cpp - The entry function of a measured run -*- C++
//-*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// -serenity-test-runner-entry adds `__serenity_run_main` to a module on
// tensors: it allocates and fills the inputs of one function, calls it and
// hands every result to the runtime's checksum (runtime/SerenityRuntime.cpp),
// then asks the runtime for its report. The function is made private, so
// that once serenity-bufferize-for-measurement inlines the call it is
// dropped, and its inputs are freed right after their last use while its
// results stay live until their checksums: as the memory model counts
// arguments and results (docs/Runtime.md, "The harness").
//
// Inputs are filled with a fixed pseudo-random pattern computed in the IR
// (inputs=pattern, values in [-1, 1) for floats and [-3, 3] for integers,
// from a hash of the element's row-major index and the input's number) or
// read at run time from SERENITY_RUNTIME_INPUTS/input<N>.bin (inputs=file).
//
// With info-file, the pass writes the function's signature as JSON, and
// which results do not depend on any argument: their checksums are the same
// for every input, so they cannot show that two orders compute the same
// (a warning says so too).
//
//===----------------------------------------------------------------------===//

#include "TestPasses.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/ToolOutputFile.h"

using namespace mlir;

namespace {

/// The name of the entry function mlir-runner runs.
constexpr llvm::StringLiteral kEntryName = "__serenity_run_main";

enum class InputSource { Pattern, File };

/// The runtime's name suffix of an element type (serenityChecksumF32, ...),
/// or an empty string if the harness cannot feed or checksum it.
StringRef runtimeSuffix(Type element) {
  if (element.isF64())
    return "F64";
  if (element.isF32())
    return "F32";
  if (element.isF16())
    return "F16";
  for (auto [width, suffix] : {std::pair<unsigned, StringRef>{64, "I64"},
                               {32, "I32"},
                               {16, "I16"},
                               {8, "I8"},
                               {1, "I1"}})
    if (element.isSignlessInteger(width))
      return suffix;
  return "";
}

/// Element type and shape of a tensor, for the JSON signature.
llvm::json::Object describe(RankedTensorType type) {
  std::string element;
  llvm::raw_string_ostream os(element);
  type.getElementType().print(os);
  llvm::json::Array shape;
  for (int64_t d : type.getShape())
    shape.push_back(d);
  return llvm::json::Object{{"type", element}, {"shape", std::move(shape)}};
}

/// The values of `body` computed from one of its entry block's arguments
/// (through operands, and values an op's regions use): one pass over the
/// ops per block, repeated until nothing changes (blocks need not come in
/// dominance order).
llvm::DenseSet<Value> argumentDependentValues(Region &body) {
  llvm::DenseSet<Value> dependent;
  for (BlockArgument arg : body.front().getArguments())
    dependent.insert(arg);
  for (bool changed = true; changed;) {
    changed = false;
    for (Block &block : body) {
      for (Operation &op : block) {
        if (llvm::all_of(op.getResults(),
                         [&](Value r) { return dependent.contains(r); }))
          continue;
        WalkResult found = op.walk([&](Operation *nested) {
          for (Value operand : nested->getOperands())
            if (dependent.contains(operand))
              return WalkResult::interrupt();
          return WalkResult::advance();
        });
        if (!found.wasInterrupted())
          continue;
        for (Value result : op.getResults())
          changed |= dependent.insert(result).second;
      }
      // Arguments of later blocks carry what the branches pass.
      for (Block *successor : block.getSuccessors())
        for (BlockArgument arg : successor->getArguments())
          if (!dependent.contains(arg))
            for (Block *pred : successor->getPredecessors())
              if (auto branch =
                      dyn_cast<BranchOpInterface>(pred->getTerminator()))
                for (auto [i, next] :
                     llvm::enumerate(pred->getTerminator()->getSuccessors()))
                  if (next == successor) {
                    SuccessorOperands operands = branch.getSuccessorOperands(i);
                    if (arg.getArgNumber() < operands.size() &&
                        operands[arg.getArgNumber()] &&
                        dependent.contains(operands[arg.getArgNumber()]))
                      changed |= dependent.insert(arg).second;
                  }
    }
  }
  return dependent;
}

struct TestRunnerEntryPass
    : public PassWrapper<TestRunnerEntryPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(TestRunnerEntryPass)

  TestRunnerEntryPass() = default;
  TestRunnerEntryPass(const TestRunnerEntryPass &other) : PassWrapper(other) {}

  StringRef getArgument() const final { return "serenity-test-runner-entry"; }
  StringRef getDescription() const final {
    return "Add the entry function that feeds a function, checksums its "
           "results and reports the runtime's figures";
  }
  void getDependentDialects(DialectRegistry &registry) const override {
    registry.insert<arith::ArithDialect, bufferization::BufferizationDialect,
                    func::FuncDialect, linalg::LinalgDialect,
                    memref::MemRefDialect, tensor::TensorDialect>();
  }
  void runOnOperation() override;

  Option<std::string> function{
      *this, "function",
      llvm::cl::desc("The function to run (default: the first public "
                     "function with a body, else the first with a body)")};
  Option<InputSource> inputs{
      *this, "inputs", llvm::cl::desc("What the inputs hold"),
      llvm::cl::init(InputSource::Pattern),
      llvm::cl::values(
          clEnumValN(InputSource::Pattern, "pattern",
                     "A fixed pseudo-random pattern computed in the IR"),
          clEnumValN(InputSource::File, "file",
                     "SERENITY_RUNTIME_INPUTS/input<N>.bin, read at run "
                     "time"))};
  Option<std::string> infoFile{
      *this, "info-file",
      llvm::cl::desc("Write the function's signature and its results that "
                     "do not depend on an argument here, as JSON")};

private:
  func::FuncOp chooseFunction();
  Value fillPattern(OpBuilder &builder, Location loc, RankedTensorType type,
                    int64_t seed);
  Value readInput(OpBuilder &builder, Location loc, RankedTensorType type,
                  int64_t index);
  func::FuncOp declare(StringRef name, FunctionType type,
                       ArrayRef<NamedAttribute> argAttrs = {});
};
} // namespace

func::FuncOp TestRunnerEntryPass::chooseFunction() {
  ModuleOp module = getOperation();
  if (!function.empty()) {
    auto chosen = module.lookupSymbol<func::FuncOp>(function);
    if (!chosen)
      module.emitError() << getArgument() << ": no function @" << function;
    return chosen;
  }
  func::FuncOp firstWithBody;
  for (auto candidate : module.getOps<func::FuncOp>()) {
    if (candidate.isExternal())
      continue;
    if (candidate.isPublic())
      return candidate;
    if (!firstWithBody)
      firstWithBody = candidate;
  }
  if (!firstWithBody)
    module.emitError() << getArgument() << ": no function with a body";
  return firstWithBody;
}

func::FuncOp TestRunnerEntryPass::declare(StringRef name, FunctionType type,
                                          ArrayRef<NamedAttribute> argAttrs) {
  ModuleOp module = getOperation();
  if (auto existing = module.lookupSymbol<func::FuncOp>(name))
    return existing;
  OpBuilder builder = OpBuilder::atBlockEnd(module.getBody());
  auto decl = func::FuncOp::create(builder, module.getLoc(), name, type);
  decl.setPrivate();
  for (unsigned i = 0, e = type.getNumInputs(); i < e; ++i)
    for (NamedAttribute attr : argAttrs)
      decl.setArgAttr(i, attr.getName(), attr.getValue());
  return decl;
}

/// The pattern of the former Python harness, op for op, so that outputs
/// stay bit for bit what they were: a splitmix-like hash of the row-major
/// index plus `seed`, keeping 24 bits; floats get bits * 2^-23 - 1, integers
/// bits mod 7 - 3.
Value TestRunnerEntryPass::fillPattern(OpBuilder &builder, Location loc,
                                       RankedTensorType type, int64_t seed) {
  Type element = type.getElementType();
  int64_t rank = type.getRank();
  Value empty = tensor::EmptyOp::create(builder, loc, type.getShape(), element);
  AffineMap identity = builder.getMultiDimIdentityMap(rank);
  SmallVector<utils::IteratorType> iterators(rank,
                                             utils::IteratorType::parallel);
  auto generic = linalg::GenericOp::create(
      builder, loc, TypeRange{type}, ValueRange{}, ValueRange{empty},
      ArrayRef<AffineMap>{identity}, iterators,
      [&](OpBuilder &b, Location l, ValueRange) {
        auto index = [&](int64_t v) {
          return arith::ConstantIndexOp::create(b, l, v).getResult();
        };
        auto i64 = [&](int64_t v) {
          return arith::ConstantIntOp::create(b, l, v, 64).getResult();
        };
        Value linear = index(0);
        for (int64_t d = 0; d < rank; ++d) {
          Value size = index(type.getDimSize(d));
          Value position = linalg::IndexOp::create(b, l, d);
          Value scaled = arith::MulIOp::create(b, l, linear, size);
          linear = arith::AddIOp::create(b, l, scaled, position);
        }
        Value x = arith::IndexCastOp::create(b, l, b.getI64Type(), linear);
        Value x1 = arith::AddIOp::create(b, l, x, i64(seed));
        Value k = i64(-7046029254386353131LL);
        Value x2 = arith::MulIOp::create(b, l, x1, k);
        Value x3 = arith::ShRUIOp::create(b, l, x2, i64(29));
        Value x4 = arith::XOrIOp::create(b, l, x2, x3);
        Value x5 = arith::MulIOp::create(b, l, x4, k);
        Value x6 = arith::ShRUIOp::create(b, l, x5, i64(40));
        Value result;
        if (isa<FloatType>(element)) {
          Value f = arith::UIToFPOp::create(b, l, b.getF64Type(), x6);
          Value scale = arith::ConstantFloatOp::create(
              b, l, b.getF64Type(), APFloat(1.1920928955078125e-07));
          Value one = arith::ConstantFloatOp::create(b, l, b.getF64Type(),
                                                     APFloat(1.0));
          Value g = arith::MulFOp::create(b, l, f, scale);
          result = arith::SubFOp::create(b, l, g, one);
          if (!element.isF64())
            result = arith::TruncFOp::create(b, l, element, result);
        } else {
          Value r = arith::RemUIOp::create(b, l, x6, i64(7));
          result = arith::SubIOp::create(b, l, r, i64(3));
          if (!element.isInteger(64))
            result = arith::TruncIOp::create(b, l, element, result);
        }
        linalg::YieldOp::create(b, l, result);
      });
  return generic.getResult(0);
}

/// A buffer the runtime fills from input<index>.bin, as a tensor.
Value TestRunnerEntryPass::readInput(OpBuilder &builder, Location loc,
                                     RankedTensorType type, int64_t index) {
  Type element = type.getElementType();
  auto memrefType = MemRefType::get(type.getShape(), element);
  auto unranked = UnrankedMemRefType::get(element, /*memorySpace=*/0);
  func::FuncOp reader =
      declare(("serenityReadInput" + runtimeSuffix(element)).str(),
              builder.getFunctionType({unranked, builder.getI64Type()}, {}));
  Value buffer = memref::AllocOp::create(builder, loc, memrefType);
  Value cast = memref::CastOp::create(builder, loc, unranked, buffer);
  Value position = arith::ConstantIntOp::create(builder, loc, index, 64);
  func::CallOp::create(builder, loc, reader, ValueRange{cast, position});
  return bufferization::ToTensorOp::create(builder, loc, type, buffer,
                                           /*restrict=*/true,
                                           /*writable=*/true);
}

void TestRunnerEntryPass::runOnOperation() {
  ModuleOp module = getOperation();
  func::FuncOp callee = chooseFunction();
  if (!callee)
    return signalPassFailure();
  if (module.lookupSymbol(kEntryName)) {
    module.emitError() << getArgument() << ": the module already has @"
                       << kEntryName;
    return signalPassFailure();
  }
  FunctionType signature = callee.getFunctionType();
  auto check = [&](Type type, StringRef what, unsigned index) {
    auto tensor = dyn_cast<RankedTensorType>(type);
    if (tensor && tensor.hasStaticShape() &&
        !runtimeSuffix(tensor.getElementType()).empty())
      return true;
    callee.emitError() << getArgument() << ": " << what << " #" << index
                       << " of @" << callee.getName() << " has type " << type
                       << "; the harness needs ranked, static tensors of "
                          "f64, f32, f16, i64, i32, i16, i8 or i1";
    return false;
  };
  for (auto [i, type] : llvm::enumerate(signature.getInputs()))
    if (!check(type, "argument", i))
      return signalPassFailure();
  for (auto [i, type] : llvm::enumerate(signature.getResults()))
    if (!check(type, "result", i))
      return signalPassFailure();
  // Private, so that symbol-dce drops it once the call is inlined.
  callee.setPrivate();

  MLIRContext *context = &getContext();
  Builder attrs(context);
  NamedAttribute readOnly(attrs.getStringAttr("bufferization.access"),
                          attrs.getStringAttr("read"));
  func::FuncOp report =
      declare("serenityReport", attrs.getFunctionType({}, {}));

  OpBuilder builder = OpBuilder::atBlockEnd(module.getBody());
  Location loc = callee.getLoc();
  auto entry = func::FuncOp::create(builder, loc, kEntryName,
                                    builder.getFunctionType({}, {}));
  builder.setInsertionPointToStart(entry.addEntryBlock());
  SmallVector<Value> operands;
  for (auto [i, type] : llvm::enumerate(signature.getInputs())) {
    auto tensor = cast<RankedTensorType>(type);
    operands.push_back(inputs == InputSource::Pattern
                           ? fillPattern(builder, loc, tensor,
                                         1000003 * static_cast<int64_t>(i + 1))
                           : readInput(builder, loc, tensor, i));
  }
  auto call = func::CallOp::create(builder, loc, callee, operands);
  for (Value result : call.getResults()) {
    Type element = cast<RankedTensorType>(result.getType()).getElementType();
    auto unranked = UnrankedTensorType::get(element);
    func::FuncOp checksum =
        declare(("serenityChecksum" + runtimeSuffix(element)).str(),
                attrs.getFunctionType({unranked}, {}), {readOnly});
    Value cast = tensor::CastOp::create(builder, loc, unranked, result);
    func::CallOp::create(builder, loc, checksum, ValueRange{cast});
  }
  func::CallOp::create(builder, loc, report, ValueRange{});
  func::ReturnOp::create(builder, loc);

  // Results an input cannot change.
  llvm::DenseSet<Value> dependent = argumentDependentValues(callee.getBody());
  llvm::json::Array independent;
  Operation *terminator = callee.getBody().back().getTerminator();
  for (auto [i, value] : llvm::enumerate(terminator->getOperands())) {
    if (dependent.contains(value))
      continue;
    independent.push_back(static_cast<int64_t>(i));
    callee.emitWarning() << getArgument() << ": result #" << i << " of @"
                         << callee.getName()
                         << " does not depend on any argument: its checksum "
                            "is the same for every input";
  }

  if (infoFile.empty())
    return;
  llvm::json::Array arguments, results;
  for (Type type : signature.getInputs())
    arguments.push_back(describe(cast<RankedTensorType>(type)));
  for (Type type : signature.getResults())
    results.push_back(describe(cast<RankedTensorType>(type)));
  std::string error;
  std::unique_ptr<llvm::ToolOutputFile> file = openOutputFile(infoFile, &error);
  if (!file) {
    module.emitError() << getArgument() << ": " << error;
    return signalPassFailure();
  }
  file->os() << llvm::formatv("{0:2}", llvm::json::Value(llvm::json::Object{
                                           {"function", callee.getName()},
                                           {"entry", kEntryName},
                                           {"arguments", std::move(arguments)},
                                           {"results", std::move(results)},
                                           {"input_independent_results",
                                            std::move(independent)},
                                       }))
             << "\n";
  file->keep();
}

void serenity::test::registerTestRunnerEntryPass() {
  PassRegistration<TestRunnerEntryPass>();
}
