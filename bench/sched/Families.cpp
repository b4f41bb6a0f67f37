//===- Families.cpp - Random irregular networks of issue 13 -----*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//

#include "Families.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FormatVariadic.h"

#include <algorithm>
#include <random>

using namespace serenity::sched;
using namespace serenity::sched::bench;

namespace {

using Rng = std::mt19937_64;

uint64_t uniform(Rng &rng, uint64_t lo, uint64_t hi) {
  return std::uniform_int_distribution<uint64_t>(lo, hi)(rng);
}

bool chance(Rng &rng, unsigned percent) {
  return uniform(rng, 0, 99) < percent;
}

/// Builds a net op by op, counting the users of every value.
class NetBuilder {
public:
  NetBuilder(unsigned height, unsigned width, unsigned inputChannels) {
    net.height = height;
    net.width = width;
    net.inputChannels = inputChannels;
  }

  int size() const { return net.ops.size(); }
  bool unused(int v) const { return v != Net::kArgument && users[v] == 0; }
  unsigned channels(int v) const { return net.channelsOf(v); }

  int add(NetOp::Kind kind, std::string name, std::vector<int> operands,
          unsigned channels, unsigned sliceBegin = 0) {
    for (int v : operands)
      if (v != Net::kArgument)
        ++users[v];
    net.ops.push_back(
        {kind, std::move(name), std::move(operands), channels, sliceBegin});
    users.push_back(0);
    return size() - 1;
  }

  Net take(std::vector<int> outputs) {
    net.outputs = std::move(outputs);
    return std::move(net);
  }

private:
  Net net;
  std::vector<unsigned> users;
};

const char *const kUnary[] = {"tosa.tanh", "tosa.sigmoid", "tosa.abs",
                              "tosa.exp", "tosa.floor"};
const char *const kBinary[] = {"tosa.add", "tosa.sub", "tosa.maximum",
                               "tosa.minimum"};

/// Long skips: 1x1 convolutions, additions and concatenations on 8x8
/// tensors; 30 % of the operands anywhere before, the others recent.
Net longSkip(unsigned numOps, Rng &rng) {
  constexpr unsigned kRecent = 8, kMaxConcat = 256;
  NetBuilder b(8, 8, 16);
  // A recent value: the oldest unused one of the last kRecent ops, else one
  // of the last three (the argument before any op).
  auto recent = [&](auto accept) -> int {
    int n = b.size();
    for (int v = std::max(0, n - int(kRecent)); v < n; ++v)
      if (b.unused(v) && accept(v))
        return v;
    std::vector<int> pool;
    for (int v = std::max(0, n - 3); v < n; ++v)
      if (accept(v))
        pool.push_back(v);
    if (pool.empty())
      for (int v = std::max(0, n - int(kRecent)); v < n; ++v)
        if (accept(v))
          pool.push_back(v);
    if (pool.empty())
      return accept(Net::kArgument) ? Net::kArgument : -2;
    return pool[uniform(rng, 0, pool.size() - 1)];
  };
  auto anywhere = [&](auto accept) -> int {
    std::vector<int> pool;
    for (int v = Net::kArgument; v < b.size(); ++v)
      if (accept(v))
        pool.push_back(v);
    return pool.empty() ? -2 : pool[uniform(rng, 0, pool.size() - 1)];
  };
  auto pick = [&](auto accept) {
    int v = chance(rng, 30) ? anywhere(accept) : recent(accept);
    return v == -2 ? recent(accept) : v;
  };
  auto conv = [&](int x) {
    return b.add(NetOp::Conv, "tosa.conv2d", {x}, 4 * uniform(rng, 1, 16));
  };

  for (unsigned i = 0; i + 1 < numOps; ++i) {
    if (i == 0) {
      conv(Net::kArgument);
      continue;
    }
    unsigned r = uniform(rng, 0, 99);
    int x = pick([](int) { return true; });
    if (r < 40) {
      conv(x);
      continue;
    }
    std::vector<int> operands{x};
    auto fresh = [&](int v) {
      return std::find(operands.begin(), operands.end(), v) == operands.end();
    };
    if (r < 70) {
      unsigned c = b.channels(x);
      int y = pick([&](int v) { return fresh(v) && b.channels(v) == c; });
      if (y != -2) {
        b.add(NetOp::Binary, "tosa.add", {x, y}, c);
        continue;
      }
    }
    for (unsigned k = uniform(rng, 2, 3); operands.size() < k;) {
      int y = pick(fresh);
      if (y == -2)
        break;
      operands.push_back(y);
    }
    unsigned total = 0;
    for (int v : operands)
      total += b.channels(v);
    while (operands.size() > 1 && total > kMaxConcat) {
      total -= b.channels(operands.back());
      operands.pop_back();
    }
    if (operands.size() == 1)
      conv(x);
    else
      b.add(NetOp::Concat, "tosa.concat", operands, total);
  }
  // The last op gathers what nothing reads yet.
  std::vector<int> open;
  unsigned total = 0;
  for (int v = 0; v < b.size(); ++v)
    if (b.unused(v)) {
      open.push_back(v);
      total += b.channels(v);
    }
  int last = open.size() == 1
                 ? conv(open.front())
                 : b.add(NetOp::Concat, "tosa.concat", open, total);
  return b.take({last});
}

/// Width 16: layers of 1-16 elementwise ops, slices and concatenations of
/// tensors of 1-32 channels, 64x64 spatial. Every value feeds the next layer
/// (which is made wide enough to read all of them); the last layer is sliced
/// to one channel per value and concatenated into the result.
Net width16(unsigned numOps, Rng &rng) {
  constexpr unsigned kMaxWidth = 16, kMaxChannels = 32;
  NetBuilder b(64, 64, 16);
  std::vector<std::vector<int>> layers;
  auto anyOf = [&](const std::vector<int> &pool) {
    return pool[uniform(rng, 0, pool.size() - 1)];
  };
  auto single = [&](int x) {
    unsigned c = b.channels(x);
    if (c >= 2 && chance(rng, 35)) {
      unsigned size = uniform(rng, 1, c - 1);
      return b.add(NetOp::Slice, "tosa.slice", {x}, size,
                   uniform(rng, 0, c - size));
    }
    return b.add(NetOp::Unary, kUnary[uniform(rng, 0, 4)], {x}, c);
  };
  auto channelsOf = [&](const std::vector<int> &operands) {
    unsigned total = 0;
    for (int v : operands)
      total += b.channels(v);
    return total;
  };

  for (unsigned made = 0; made + 1 < numOps;) {
    std::vector<int> prev =
        layers.empty() ? std::vector<int>{Net::kArgument} : layers.back();
    std::vector<int> open;
    for (int v : prev)
      if (b.unused(v))
        open.push_back(v);
    std::shuffle(open.begin(), open.end(), rng);
    unsigned width =
        std::max<unsigned>(uniform(rng, 1, kMaxWidth), open.size());
    // Room for the funnel: one slice per value of this layer, one concat.
    if (made + width + width + 1 > numOps) {
      width = std::max<unsigned>(open.size(), (numOps - made - 1) / 2);
      if (made + width + width + 1 > numOps)
        break;
    }
    std::vector<int> layer;
    for (unsigned i = 0; i < width; ++i, ++made) {
      // Operands this op must read (values nothing reads yet), then others.
      std::vector<int> operands;
      for (size_t j = i; j < open.size(); j += width)
        operands.push_back(open[j]);
      size_t must = operands.size();
      auto fresh = [&](int v) {
        return std::find(operands.begin(), operands.end(), v) == operands.end();
      };
      if (operands.empty())
        operands.push_back(anyOf(prev));
      if (operands.size() < 2 && prev.size() > 1 && chance(rng, 50)) {
        int y = anyOf(prev);
        if (fresh(y))
          operands.push_back(y);
      }
      if (layers.size() >= 2 && chance(rng, 35)) {
        size_t up = std::min<size_t>(layers.size(), uniform(rng, 2, 4));
        int y = anyOf(layers[layers.size() - up]);
        if (fresh(y))
          operands.push_back(y);
      }
      while (operands.size() > std::max<size_t>(must, 1) &&
             channelsOf(operands) > kMaxChannels)
        operands.pop_back();
      int x = operands[0];
      if (operands.size() == 1) {
        layer.push_back(single(x));
        continue;
      }
      bool sameShape =
          operands.size() == 2 && b.channels(operands[1]) == b.channels(x);
      if (sameShape &&
          (channelsOf(operands) > kMaxChannels || chance(rng, 40))) {
        layer.push_back(b.add(NetOp::Binary, kBinary[uniform(rng, 0, 3)],
                              operands, b.channels(x)));
        continue;
      }
      layer.push_back(
          b.add(NetOp::Concat, "tosa.concat", operands, channelsOf(operands)));
    }
    layers.push_back(std::move(layer));
  }
  std::vector<int> open;
  for (int v = 0; v < b.size(); ++v)
    if (b.unused(v))
      open.push_back(v);
  for (int &v : open)
    v = b.add(NetOp::Slice, "tosa.slice", {v}, 1, 0);
  while (b.size() + 1 < int(numOps))
    open.back() =
        b.add(NetOp::Unary, kUnary[uniform(rng, 0, 4)], {open.back()}, 1);
  int last = open.size() == 1
                 ? open.front()
                 : b.add(NetOp::Concat, "tosa.concat", open, channelsOf(open));
  return b.take({last});
}

} // namespace

llvm::StringRef serenity::sched::bench::familyName(Family family) {
  return family == Family::LongSkip ? "longskip" : "width16";
}

Net serenity::sched::bench::generate(Family family, unsigned numOps,
                                     uint64_t seed) {
  Rng rng(seed * 1000003 + (family == Family::LongSkip ? 1 : 2));
  return family == Family::LongSkip ? longSkip(numOps, rng)
                                    : width16(numOps, rng);
}

Graph serenity::sched::bench::toGraph(const Net &net) {
  Graph g;
  BufferId argument = g.addBuffer(net.bytes(net.inputChannels));
  std::vector<BufferId> result;
  for (const NetOp &op : net.ops) {
    NodeId node = g.addNode(op.name);
    for (int v : op.operands)
      g.addUse(node, v == Net::kArgument ? argument : result[v]);
    result.push_back(g.addBuffer(net.bytes(op.channels), node));
  }
  for (int v : net.outputs)
    g.setLiveOut(result[v]);
  g.finalize();
  return g;
}

void serenity::sched::bench::writeTosa(llvm::raw_ostream &os, const Net &net,
                                       llvm::StringRef name) {
  auto type = [&](unsigned channels) {
    return llvm::formatv("tensor<1x{0}x{1}x{2}xf32>", net.height, net.width,
                         channels)
        .str();
  };
  auto value = [](int v) {
    return v == Net::kArgument ? std::string("%arg0")
                               : "%v" + std::to_string(v);
  };
  auto zeros = [](const std::string &type) {
    return "\"tosa.const\"() <{values = dense<0.000000e+00> : " + type +
           "}> : () -> " + type;
  };
  os << "module {\n  func.func @" << name
     << "(%arg0: " << type(net.inputChannels) << ") -> (";
  for (size_t i = 0; i < net.outputs.size(); ++i)
    os << (i ? ", " : "") << type(net.channelsOf(net.outputs[i]));
  os << ") {\n";
  bool anyConv = llvm::any_of(
      net.ops, [](const NetOp &op) { return op.kind == NetOp::Conv; });
  if (anyConv)
    os << "    %zp = " << zeros("tensor<1xf32>") << "\n";
  for (size_t i = 0; i < net.ops.size(); ++i) {
    const NetOp &op = net.ops[i];
    std::string out = type(op.channels), v = value(i);
    std::string operandTypes;
    for (size_t k = 0; k < op.operands.size(); ++k)
      operandTypes += (k ? ", " : "") + type(net.channelsOf(op.operands[k]));
    auto operands = [&] {
      std::string s;
      for (size_t k = 0; k < op.operands.size(); ++k)
        s += (k ? ", " : "") + value(op.operands[k]);
      return s;
    };
    switch (op.kind) {
    case NetOp::Conv: {
      unsigned in = net.channelsOf(op.operands[0]);
      std::string weight =
          llvm::formatv("tensor<{0}x1x1x{1}xf32>", op.channels, in).str();
      std::string bias = llvm::formatv("tensor<{0}xf32>", op.channels).str();
      os << "    %w" << i << " = " << zeros(weight) << "\n";
      os << "    %b" << i << " = " << zeros(bias) << "\n";
      os << "    " << v << " = tosa.conv2d " << operands() << ", %w" << i
         << ", %b" << i
         << ", %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = "
            "array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : ("
         << operandTypes << ", " << weight << ", " << bias
         << ", tensor<1xf32>, tensor<1xf32>) -> " << out << "\n";
      break;
    }
    case NetOp::Concat:
      os << "    " << v << " = tosa.concat " << operands()
         << " {axis = 3 : i32} : (" << operandTypes << ") -> " << out << "\n";
      break;
    case NetOp::Slice:
      os << "    %s" << i << " = tosa.const_shape {values = dense<[0, 0, 0, "
         << op.sliceBegin << "]> : tensor<4xindex>} : () -> !tosa.shape<4>\n";
      os << "    %z" << i << " = tosa.const_shape {values = dense<[1, "
         << net.height << ", " << net.width << ", " << op.channels
         << "]> : tensor<4xindex>} : () -> !tosa.shape<4>\n";
      os << "    " << v << " = tosa.slice " << operands() << ", %s" << i
         << ", %z" << i << " : (" << operandTypes
         << ", !tosa.shape<4>, !tosa.shape<4>) -> " << out << "\n";
      break;
    case NetOp::Unary:
    case NetOp::Binary:
      os << "    " << v << " = " << op.name << " " << operands() << " : ("
         << operandTypes << ") -> " << out << "\n";
      break;
    }
  }
  os << "    return";
  for (size_t i = 0; i < net.outputs.size(); ++i)
    os << (i ? ", " : " ") << value(net.outputs[i]);
  os << " : ";
  for (size_t i = 0; i < net.outputs.size(); ++i)
    os << (i ? ", " : "") << type(net.channelsOf(net.outputs[i]));
  os << "\n  }\n}\n";
}
