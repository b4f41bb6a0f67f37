//===- TestWeights.cpp - Weights of networks with elided weights ----------===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// Benchmark networks come without their weights: `serenity-translate
// --import-onnx --elide-weights` writes each weight as
// `dense_resource<__elided__>`, a resource without data. To run such a
// network with outputs that depend on every buffer, the weights need values:
//
//   -serenity-test-mark-weights        before any pass: every elided weight
//                                      gets a resource of its own,
//                                      dense_resource<__elided__N>, N its
//                                      position in the module
//   -serenity-test-fill-weights        after bufferization: the globals of
//                                      elided weights the entry function
//                                      reads become writable and it fills
//                                      them at run time (serenityFillF32,
//                                      seeded by the resource's key)
//   -serenity-test-materialize-weights before any pass: elided weights get
//                                      explicit pseudo-random values, which
//                                      passes that slice and concatenate
//                                      weights carry along
//
// Both use the distribution of runtime/SerenityPattern.h. Genuine
// constants are never touched. Legacy: networks imported before that
// convention have zero splats for elided weights; `elided=zero-splats`
// treats every f32 zero splat of more than one element as elided too (the
// mark pass makes them resources, which no folder simplifies as it would
// x * 0).
//
//===----------------------------------------------------------------------===//

#include "TestPasses.h"

#include "SerenityPattern.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinDialect.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/ToolOutputFile.h"

using namespace mlir;

namespace {

/// How an importer marked the weights it elided.
enum class Elided {
  /// `dense_resource<__elided__>`.
  Resource,
  /// Legacy: f32 zero splats, but for tensor<f32> and tensor<1xf32> (TOSA's
  /// zero points of float convolutions, which must stay zero), besides the
  /// resources (which have no values in any mode).
  ZeroSplats,
};

/// The key of the resource an elided weight refers to.
constexpr llvm::StringLiteral kElidedKey = "__elided__";

/// Which constants -serenity-test-materialize-weights gives values.
enum class Select {
  /// Elided weights, as `elided` says.
  Elided,
  /// Every f32 constant of more than one element (weights, biases,
  /// per-channel scales), to test that a rewrite keeps every weight slice
  /// where it belongs.
  All,
};

llvm::cl::ValuesClass elidedValues() {
  return llvm::cl::values(
      clEnumValN(Elided::Resource, "resource", "dense_resource<__elided__>"),
      clEnumValN(Elided::ZeroSplats, "zero-splats",
                 "Legacy: f32 zero splats of more than one element"));
}

bool isElidedResource(Attribute value) {
  auto resource = dyn_cast<DenseResourceElementsAttr>(value);
  return resource && resource.getRawHandle().getKey().starts_with(kElidedKey);
}

/// A static f32 tensor type, or null.
RankedTensorType getWeightType(Type type) {
  auto tensor = dyn_cast<RankedTensorType>(type);
  if (!tensor || !tensor.hasStaticShape() || !tensor.getElementType().isF32())
    return nullptr;
  return tensor;
}

/// Legacy: a zero splat that stands for an elided weight. Zeros of
/// tensor<f32> and tensor<1xf32> are zero points; every other shape counts
/// (RandWire's 1x1x1x1 edge weights too).
bool isElidedZeroSplat(Attribute value) {
  auto dense = dyn_cast<DenseFPElementsAttr>(value);
  if (!dense || !dense.isSplat() || !dense.getSplatValue<APFloat>().isPosZero())
    return false;
  ArrayRef<int64_t> shape = dense.getType().getShape();
  return !(shape.size() <= 1 &&
           llvm::all_of(shape, [](int64_t d) { return d == 1; }));
}

/// The value attribute of a weight constant (tosa.const or
/// arith.constant), and a way to set it.
struct Constant {
  Operation *op;
  Attribute value;
  void set(Attribute newValue) const {
    if (auto c = dyn_cast<tosa::ConstOp>(op))
      c.setValuesAttr(cast<ElementsAttr>(newValue));
    else
      cast<arith::ConstantOp>(op).setValueAttr(cast<TypedAttr>(newValue));
  }
};

/// Calls `fn` on every tosa.const and arith.constant of a static f32 tensor
/// type, in IR order.
void forEachWeight(Operation *root, function_ref<void(const Constant &)> fn) {
  root->walk([&](Operation *op) {
    Attribute value;
    if (auto c = dyn_cast<tosa::ConstOp>(op))
      value = c.getValuesAttr();
    else if (auto c = dyn_cast<arith::ConstantOp>(op))
      value = c.getValue();
    else
      return;
    if (getWeightType(op->getResult(0).getType()))
      fn(Constant{op, value});
  });
}

/// Writes {"weights": count} to `path` (if not empty).
LogicalResult writeCount(Operation *root, StringRef pass, StringRef path,
                         int64_t count) {
  if (path.empty())
    return success();
  std::string error;
  std::unique_ptr<llvm::ToolOutputFile> file = openOutputFile(path, &error);
  if (!file)
    return root->emitError() << pass << ": " << error;
  file->os() << llvm::formatv("{0}", llvm::json::Value(llvm::json::Object{
                                         {"weights", count}}))
             << "\n";
  file->keep();
  return success();
}

std::vector<int64_t> shapeOf(ShapedType type) {
  return std::vector<int64_t>(type.getShape().begin(), type.getShape().end());
}

//===----------------------------------------------------------------------===//
// -serenity-test-mark-weights
//===----------------------------------------------------------------------===//

struct TestMarkWeightsPass
    : public PassWrapper<TestMarkWeightsPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(TestMarkWeightsPass)
  TestMarkWeightsPass() = default;
  TestMarkWeightsPass(const TestMarkWeightsPass &other) : PassWrapper(other) {}
  StringRef getArgument() const final { return "serenity-test-mark-weights"; }
  StringRef getDescription() const final {
    return "Give every elided weight its own resource, "
           "dense_resource<__elided__N> with N its position in the module, "
           "which seeds its values at run time";
  }
  void runOnOperation() override {
    // Bufferization gives equal constants one global and names globals in
    // an order that can change from run to run: a key of its own keeps each
    // weight in a global of its own and seeds it by where it was in the
    // module before any pass.
    auto &manager =
        DenseResourceElementsHandle::getManagerInterface(&getContext());
    int64_t count = 0;
    forEachWeight(getOperation(), [&](const Constant &c) {
      // Weights numbered before keep their key.
      auto resource = dyn_cast<DenseResourceElementsAttr>(c.value);
      bool unnumbered =
          resource && resource.getRawHandle().getKey() == kElidedKey;
      if (!unnumbered &&
          !(elided == Elided::ZeroSplats && isElidedZeroSplat(c.value)))
        return;
      auto type = cast<ShapedType>(cast<TypedAttr>(c.value).getType());
      DenseResourceElementsHandle handle =
          manager.insert((kElidedKey + Twine(count)).str());
      c.set(DenseResourceElementsAttr::get(type, handle));
      ++count;
    });
    if (failed(writeCount(getOperation(), getArgument(), infoFile, count)))
      signalPassFailure();
  }
  Option<Elided> elided{*this, "elided",
                        llvm::cl::desc("How the elided weights are marked"),
                        llvm::cl::init(Elided::Resource), elidedValues()};
  Option<std::string> infoFile{
      *this, "info-file",
      llvm::cl::desc("Write {\"weights\": <count>} here, as JSON")};
};

//===----------------------------------------------------------------------===//
// -serenity-test-materialize-weights
//===----------------------------------------------------------------------===//

struct TestMaterializeWeightsPass
    : public PassWrapper<TestMaterializeWeightsPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(TestMaterializeWeightsPass)
  TestMaterializeWeightsPass() = default;
  TestMaterializeWeightsPass(const TestMaterializeWeightsPass &other)
      : PassWrapper(other) {}
  StringRef getArgument() const final {
    return "serenity-test-materialize-weights";
  }
  StringRef getDescription() const final {
    return "Give elided weights (or every f32 weight) explicit pseudo-random "
           "values";
  }
  void runOnOperation() override {
    int64_t count = 0;
    forEachWeight(getOperation(), [&](const Constant &c) {
      auto type = cast<RankedTensorType>(c.op->getResult(0).getType());
      // Resources without data are elided whatever `elided` says.
      bool chosen = isElidedResource(c.value) ||
                    (select == Select::All ? type.getNumElements() > 1
                                           : elided == Elided::ZeroSplats &&
                                                 isElidedZeroSplat(c.value));
      if (!chosen)
        return;
      auto [offset, scale] = serenity::pattern::fillScale(shapeOf(type));
      // Seeded by the constant's position among those materialized.
      int64_t seed = 1000003 * (count + 1);
      std::vector<float> values(type.getNumElements());
      for (auto [i, v] : llvm::enumerate(values))
        v = static_cast<float>(offset +
                               scale * serenity::pattern::value(seed, i));
      c.set(DenseElementsAttr::get(type, ArrayRef<float>(values)));
      ++count;
    });
    if (failed(writeCount(getOperation(), getArgument(), infoFile, count)))
      signalPassFailure();
  }
  Option<Elided> elided{*this, "elided",
                        llvm::cl::desc("How the elided weights are marked"),
                        llvm::cl::init(Elided::Resource), elidedValues()};
  Option<Select> select{
      *this, "select", llvm::cl::desc("Which constants get values"),
      llvm::cl::init(Select::Elided),
      llvm::cl::values(
          clEnumValN(Select::Elided, "elided", "The elided weights"),
          clEnumValN(Select::All, "all",
                     "Every f32 constant of more than one element"))};
  Option<std::string> infoFile{
      *this, "info-file",
      llvm::cl::desc("Write {\"weights\": <count>} here, as JSON")};
};

//===----------------------------------------------------------------------===//
// -serenity-test-fill-weights
//===----------------------------------------------------------------------===//

struct TestFillWeightsPass
    : public PassWrapper<TestFillWeightsPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(TestFillWeightsPass)
  TestFillWeightsPass() = default;
  TestFillWeightsPass(const TestFillWeightsPass &other) : PassWrapper(other) {}
  StringRef getArgument() const final { return "serenity-test-fill-weights"; }
  StringRef getDescription() const final {
    return "Fill the globals of elided weights at the start of the entry "
           "function, at run time (after bufferization)";
  }
  void getDependentDialects(DialectRegistry &registry) const override {
    registry.insert<arith::ArithDialect, func::FuncDialect,
                    memref::MemRefDialect>();
  }
  void runOnOperation() override;

  Option<std::string> entry{*this, "entry",
                            llvm::cl::desc("The function that fills them"),
                            llvm::cl::init("__serenity_run_main")};
  Option<std::string> infoFile{
      *this, "info-file",
      llvm::cl::desc("Write {\"weights\": <count>} here, as JSON")};
};

/// Whether `global` holds a weight the importer elided: a resource whose
/// key starts with __elided__ (numbered by -serenity-test-mark-weights).
bool isElidedGlobal(memref::GlobalOp global) {
  std::optional<Attribute> value = global.getInitialValue();
  return value && isElidedResource(*value);
}

void TestFillWeightsPass::runOnOperation() {
  ModuleOp module = getOperation();
  auto function = module.lookupSymbol<func::FuncOp>(entry);
  // The globals the entry function reads (the network is inlined into it);
  // elided weights of functions that are not run get no initializer but no
  // fill either, and are not counted.
  llvm::DenseSet<StringRef> used;
  if (function)
    function.walk([&](memref::GetGlobalOp get) { used.insert(get.getName()); });
  SmallVector<memref::GlobalOp> globals;
  for (auto global : module.getOps<memref::GlobalOp>()) {
    if (!isElidedGlobal(global))
      continue;
    if (!function) {
      module.emitError() << getArgument() << ": no function @" << entry
                         << " to fill the elided weight @"
                         << global.getSymName() << " in";
      return signalPassFailure();
    }
    if (!used.contains(global.getSymName())) {
      global.setConstant(false);
      global.setInitialValueAttr(UnitAttr::get(&getContext()));
      continue;
    }
    if (!global.getType().getElementType().isF32()) {
      global.emitError() << getArgument() << ": cannot fill the elided weight @"
                         << global.getSymName() << " of type "
                         << global.getType() << " (f32 only)";
      return signalPassFailure();
    }
    globals.push_back(global);
  }
  if (failed(writeCount(module, getArgument(), infoFile, globals.size())))
    return signalPassFailure();
  if (globals.empty())
    return;
  if (function.isExternal()) {
    module.emitError() << getArgument() << ": @" << entry
                       << " has no body to fill " << globals.size()
                       << " weights in";
    return signalPassFailure();
  }

  OpBuilder builder(module.getContext());
  auto unranked = UnrankedMemRefType::get(builder.getF32Type(), 0);
  auto fillType =
      builder.getFunctionType({unranked, builder.getI64Type(),
                               builder.getF32Type(), builder.getF32Type()},
                              {});
  auto fill = module.lookupSymbol<func::FuncOp>("serenityFillF32");
  if (!fill) {
    builder.setInsertionPoint(function);
    fill = func::FuncOp::create(builder, module.getLoc(), "serenityFillF32",
                                fillType);
    fill.setPrivate();
  }
  builder.setInsertionPointToStart(&function.getBody().front());
  Location loc = function.getLoc();
  for (memref::GlobalOp global : globals) {
    // Seeded by the resource's key: -serenity-test-mark-weights numbers the
    // weights before any pass, so the values do not depend on the order of
    // the ops nor on the names bufferization gives the globals.
    StringRef key = cast<DenseResourceElementsAttr>(*global.getInitialValue())
                        .getRawHandle()
                        .getKey();
    std::string symbol = key.str();
    // Writable, and without an initializer (the resource has no data).
    global.setConstant(false);
    global.setInitialValueAttr(builder.getUnitAttr());
    auto [offset, scale] =
        serenity::pattern::fillScale(shapeOf(global.getType()));
    Value buffer = memref::GetGlobalOp::create(builder, loc, global.getType(),
                                               global.getSymName());
    Value cast = memref::CastOp::create(builder, loc, unranked, buffer);
    Value seed = arith::ConstantIntOp::create(
        builder, loc, serenity::pattern::seedOf(symbol.data(), symbol.size()),
        64);
    Value scaleValue = arith::ConstantFloatOp::create(
        builder, loc, builder.getF32Type(), APFloat(static_cast<float>(scale)));
    Value offsetValue =
        arith::ConstantFloatOp::create(builder, loc, builder.getF32Type(),
                                       APFloat(static_cast<float>(offset)));
    func::CallOp::create(builder, loc, fill,
                         ValueRange{cast, seed, scaleValue, offsetValue});
  }
}

} // namespace

void serenity::test::registerTestWeightPasses() {
  PassRegistration<TestMarkWeightsPass>();
  PassRegistration<TestMaterializeWeightsPass>();
  PassRegistration<TestFillWeightsPass>();
}
