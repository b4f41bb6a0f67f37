//===- SerenityRuntime.cpp - Allocation-tracking runtime for mlir-runner --===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
//
// A shared library that `utils/serenity-run.py` loads into mlir-runner with
// `-shared-libs`. Code lowered with `finalize-memref-to-llvm{use-generic-
// functions=1}` allocates every buffer through `_mlir_memref_to_llvm_alloc`
// or `_mlir_memref_to_llvm_aligned_alloc` and frees it through
// `_mlir_memref_to_llvm_free`; this library defines those three functions,
// keeps the requested size of every live buffer in a header just before the
// pointer it returns, and counts the live bytes and their peak. The header is
// not counted: the figures are the bytes the program asked for, which is what
// the memory model (docs/MemoryModel.md) predicts.
//
// It also provides the harness's helpers (test/lib/TestRunnerEntry.cpp,
// TestWeights.cpp): filling a buffer with the deterministic pattern of
// SerenityPattern.h, reading an input from a file, a checksum of an output
// buffer, and the final report. Every result is one JSON object per line on
// stdout, `{"event": ...}`, which utils/serenity_harness.py reads.
//
// Set SERENITY_RUNTIME_TRACE=1 to get every allocation and free on stderr,
// SERENITY_RUNTIME_DUMP=<dir> to get the outputs' bytes in
// <dir>/output<N>.bin, SERENITY_RUNTIME_INPUTS=<dir> for the inputs the
// harness reads from <dir>/input<N>.bin (row-major, native byte order).
//
// The generated code is single-threaded (no parallel lowering is used), so
// the counters are plain integers.
//
//===----------------------------------------------------------------------===//

#include "SerenityPattern.h"

#include <cinttypes>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

#define SERENITY_EXPORT extern "C" __attribute__((visibility("default")))

namespace {

/// What the runtime has seen so far.
struct Counters {
  uint64_t liveBytes = 0;
  uint64_t peakBytes = 0;
  uint64_t liveBuffers = 0;
  uint64_t allocations = 0;
  uint64_t frees = 0;
  uint64_t allocatedBytes = 0;
  /// Index of the allocation (1-based) at which the peak was first reached.
  uint64_t peakAllocation = 0;
  /// Next output index printed by the checksum functions.
  uint64_t nextOutput = 0;
  bool trace = false;
  /// When the library was loaded and when the first buffer was allocated:
  /// mlir-runner compiles the module in between, so the report can tell
  /// compile time from execution time.
  double loadedAt = 0, firstAllocationAt = 0;
};

Counters counters;

/// Stored right before every pointer handed out: the requested size and the
/// distance back to the pointer `malloc`/`aligned_alloc` returned.
struct Header {
  uint64_t size;
  uint64_t offset;
};
static_assert(sizeof(Header) == 16, "the header keeps 16-byte alignment");

double now() {
  timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

struct InitTrace {
  InitTrace() {
    counters.loadedAt = now();
    const char *env = std::getenv("SERENITY_RUNTIME_TRACE");
    counters.trace = env && *env && std::strcmp(env, "0") != 0;
  }
  ~InitTrace() {
    // A leak check: after the harness's main returns every buffer should be
    // freed. Printed at exit so that it also covers frees placed after the
    // report call.
    std::printf("{\"event\": \"exit\", \"live_bytes\": %" PRIu64
                ", \"live_buffers\": %" PRIu64 "}\n",
                counters.liveBytes, counters.liveBuffers);
    std::fflush(stdout);
  }
};
InitTrace initTrace;

void *track(char *raw, uint64_t offset, uint64_t size) {
  if (!raw) {
    std::fprintf(
        stderr,
        "serenity-runtime: out of memory allocating %" PRIu64 " bytes\n", size);
    std::abort();
  }
  char *user = raw + offset;
  Header header{size, offset};
  std::memcpy(user - sizeof(Header), &header, sizeof(Header));
  if (counters.allocations == 0)
    counters.firstAllocationAt = now();
  counters.liveBytes += size;
  counters.liveBuffers += 1;
  counters.allocations += 1;
  counters.allocatedBytes += size;
  if (counters.liveBytes > counters.peakBytes) {
    counters.peakBytes = counters.liveBytes;
    counters.peakAllocation = counters.allocations;
  }
  if (counters.trace)
    std::fprintf(stderr,
                 "serenity-runtime: alloc #%" PRIu64 " %" PRIu64
                 " bytes at %p, live %" PRIu64 "\n",
                 counters.allocations, size, static_cast<void *>(user),
                 counters.liveBytes);
  return user;
}

uint64_t roundUp(uint64_t value, uint64_t multiple) {
  return (value + multiple - 1) / multiple * multiple;
}

} // namespace

//===----------------------------------------------------------------------===//
// The allocation functions of finalize-memref-to-llvm{use-generic-functions}
//===----------------------------------------------------------------------===//

SERENITY_EXPORT void *_mlir_memref_to_llvm_aligned_alloc(uint64_t alignment,
                                                         uint64_t size) {
  if (alignment < sizeof(Header))
    alignment = sizeof(Header);
  // The header takes a whole alignment unit so that the user pointer stays
  // aligned; aligned_alloc wants a size that is a multiple of the alignment.
  uint64_t offset = roundUp(sizeof(Header), alignment);
  auto *raw = static_cast<char *>(
      std::aligned_alloc(alignment, roundUp(offset + size, alignment)));
  return track(raw, offset, size);
}

SERENITY_EXPORT void *_mlir_memref_to_llvm_alloc(uint64_t size) {
  // serenity-run bufferizes without alignment so that the requested size is
  // the buffer's size; the memory is 64-byte aligned all the same.
  return _mlir_memref_to_llvm_aligned_alloc(64, size);
}

SERENITY_EXPORT void _mlir_memref_to_llvm_free(void *ptr) {
  if (!ptr)
    return;
  char *user = static_cast<char *>(ptr);
  Header header;
  std::memcpy(&header, user - sizeof(Header), sizeof(Header));
  counters.liveBytes -= header.size;
  counters.liveBuffers -= 1;
  counters.frees += 1;
  if (counters.trace)
    std::fprintf(stderr,
                 "serenity-runtime: free %" PRIu64 " bytes at %p, live %" PRIu64
                 "\n",
                 header.size, ptr, counters.liveBytes);
  std::free(user - header.offset);
}

//===----------------------------------------------------------------------===//
// Strided memref access
//===----------------------------------------------------------------------===//

namespace {

/// An unranked memref as the default calling convention passes it: the rank
/// and a pointer to the ranked descriptor {allocated, aligned, offset,
/// sizes[rank], strides[rank]}.
struct StridedView {
  char *aligned;
  int64_t offset;
  int64_t rank;
  const int64_t *sizes;
  const int64_t *strides;

  StridedView(int64_t rank, void *descriptor) : rank(rank) {
    auto *fields = static_cast<char *>(descriptor);
    std::memcpy(&aligned, fields + sizeof(void *), sizeof(void *));
    std::memcpy(&offset, fields + 2 * sizeof(void *), sizeof(int64_t));
    sizes = reinterpret_cast<const int64_t *>(fields + 2 * sizeof(void *) +
                                              sizeof(int64_t));
    strides = sizes + rank;
  }

  int64_t numElements() const {
    int64_t n = 1;
    for (int64_t d = 0; d < rank; ++d)
      n *= sizes[d];
    return n;
  }

  /// Calls `fn(elementPointer, linearIndex)` for every element in row-major
  /// order of the logical indices, whatever the layout.
  template <typename T, typename Fn> void forEach(Fn fn) const {
    T *base = reinterpret_cast<T *>(aligned) + offset;
    int64_t n = numElements();
    if (n == 0)
      return;
    int64_t index[64] = {0};
    if (rank > 64) {
      std::fprintf(stderr, "serenity-runtime: rank %" PRId64 " too large\n",
                   rank);
      std::abort();
    }
    for (int64_t linear = 0; linear < n; ++linear) {
      int64_t position = 0;
      for (int64_t d = 0; d < rank; ++d)
        position += index[d] * strides[d];
      fn(base + position, linear);
      for (int64_t d = rank - 1; d >= 0; --d) {
        if (++index[d] < sizes[d])
          break;
        index[d] = 0;
      }
    }
  }
};

float halfToFloat(uint16_t h) {
  uint32_t sign = (h >> 15) & 1, exponent = (h >> 10) & 0x1f,
           mantissa = h & 0x3ff;
  float value;
  if (exponent == 0)
    value = std::ldexp(static_cast<float>(mantissa), -24);
  else if (exponent == 31)
    value = mantissa ? NAN : INFINITY;
  else
    value = std::ldexp(static_cast<float>(mantissa | 0x400),
                       static_cast<int>(exponent) - 25);
  return sign ? -value : value;
}

/// Statistics of one output: a hash of the bytes of every element in
/// row-major order (equal hashes: bit-identical outputs) and, for reading,
/// the sum, the sum of magnitudes, the range and the non-finite count.
struct Checksum {
  uint64_t hash = 0xcbf29ce484222325ULL; // FNV-1a offset basis
  double sum = 0, absSum = 0, min = INFINITY, max = -INFINITY;
  int64_t nonFinite = 0, count = 0;

  void addBytes(const void *data, size_t bytes) {
    auto *p = static_cast<const unsigned char *>(data);
    for (size_t i = 0; i < bytes; ++i) {
      hash ^= p[i];
      hash *= 0x100000001b3ULL; // FNV-1a prime
    }
  }

  void addValue(double value) {
    ++count;
    if (!std::isfinite(value)) {
      ++nonFinite;
      return;
    }
    sum += value;
    absSum += std::fabs(value);
    min = value < min ? value : min;
    max = value > max ? value : max;
  }

  void print(const char *type, const StridedView &view) const {
    std::printf("{\"event\": \"output\", \"index\": %" PRIu64
                ", \"type\": \"%s\", \"shape\": [",
                counters.nextOutput++, type);
    for (int64_t d = 0; d < view.rank; ++d)
      std::printf("%s%" PRId64, d ? ", " : "", view.sizes[d]);
    std::printf("], \"elements\": %" PRId64 ", \"hash\": \"0x%016" PRIx64
                "\", \"sum\": ",
                count, hash);
    printNumber(sum, "%.17g");
    std::printf(", \"abs_sum\": ");
    printNumber(absSum, "%.17g");
    std::printf(", \"min\": ");
    printNumber(count > nonFinite ? min : 0.0, "%.9g");
    std::printf(", \"max\": ");
    printNumber(count > nonFinite ? max : 0.0, "%.9g");
    std::printf(", \"nonfinite\": %" PRId64 "}\n", nonFinite);
    std::fflush(stdout);
  }

  /// JSON has no infinity (a sum may overflow to it): null then.
  static void printNumber(double value, const char *format) {
    if (std::isfinite(value))
      std::printf(format, value);
    else
      std::printf("null");
  }
};

/// `dir`/`stem`<index>.bin, opened in `mode`, if the environment variable
/// `variable` names `dir`.
FILE *openData(const char *variable, const char *stem, uint64_t index,
               const char *mode) {
  const char *dir = std::getenv(variable);
  if (!dir || !*dir)
    return nullptr;
  char path[4096];
  std::snprintf(path, sizeof(path), "%s/%s%" PRIu64 ".bin", dir, stem, index);
  FILE *file = std::fopen(path, mode);
  if (!file) {
    std::fprintf(stderr, "serenity-runtime: cannot open %s\n", path);
    std::abort();
  }
  return file;
}

/// With SERENITY_RUNTIME_DUMP=dir, the output's elements in row-major order
/// go to dir/output<N>.bin, for comparisons within a tolerance.
FILE *openDump() {
  return openData("SERENITY_RUNTIME_DUMP", "output", counters.nextOutput, "wb");
}

/// Reads input `index` (SERENITY_RUNTIME_INPUTS/input<index>.bin, elements
/// in row-major order) into the buffer.
template <typename T>
void readInput(int64_t rank, void *descriptor, int64_t index) {
  StridedView view(rank, descriptor);
  FILE *file = openData("SERENITY_RUNTIME_INPUTS", "input",
                        static_cast<uint64_t>(index), "rb");
  if (!file) {
    std::fprintf(stderr, "serenity-runtime: SERENITY_RUNTIME_INPUTS is not "
                         "set; the harness reads its inputs from there\n");
    std::abort();
  }
  view.forEach<T>([&](T *element, int64_t) {
    if (std::fread(element, sizeof(T), 1, file) != 1) {
      std::fprintf(stderr,
                   "serenity-runtime: input %" PRId64 " has fewer than %" PRId64
                   " elements\n",
                   index, view.numElements());
      std::abort();
    }
  });
  std::fclose(file);
}

template <typename T, typename ToDouble>
void checksum(int64_t rank, void *descriptor, const char *type,
              ToDouble toDouble) {
  StridedView view(rank, descriptor);
  Checksum sum;
  FILE *dump = openDump();
  view.forEach<T>([&](T *element, int64_t) {
    sum.addBytes(element, sizeof(T));
    sum.addValue(toDouble(*element));
    if (dump)
      std::fwrite(element, sizeof(T), 1, dump);
  });
  if (dump)
    std::fclose(dump);
  sum.print(type, view);
}

} // namespace

//===----------------------------------------------------------------------===//
// Harness helpers
//===----------------------------------------------------------------------===//

SERENITY_EXPORT void serenityChecksumF64(int64_t rank, void *d) {
  checksum<double>(rank, d, "f64", [](double v) { return v; });
}
SERENITY_EXPORT void serenityChecksumF32(int64_t rank, void *d) {
  checksum<float>(rank, d, "f32", [](float v) { return double(v); });
}
SERENITY_EXPORT void serenityChecksumF16(int64_t rank, void *d) {
  checksum<uint16_t>(rank, d, "f16",
                     [](uint16_t v) { return double(halfToFloat(v)); });
}
SERENITY_EXPORT void serenityChecksumI64(int64_t rank, void *d) {
  checksum<int64_t>(rank, d, "i64", [](int64_t v) { return double(v); });
}
SERENITY_EXPORT void serenityChecksumI32(int64_t rank, void *d) {
  checksum<int32_t>(rank, d, "i32", [](int32_t v) { return double(v); });
}
SERENITY_EXPORT void serenityChecksumI16(int64_t rank, void *d) {
  checksum<int16_t>(rank, d, "i16", [](int16_t v) { return double(v); });
}
SERENITY_EXPORT void serenityChecksumI8(int64_t rank, void *d) {
  checksum<int8_t>(rank, d, "i8", [](int8_t v) { return double(v); });
}
/// Booleans: one byte each in memory, 0 or 1.
SERENITY_EXPORT void serenityChecksumI1(int64_t rank, void *d) {
  checksum<uint8_t>(rank, d, "i1", [](uint8_t v) { return double(v); });
}

// Inputs read from SERENITY_RUNTIME_INPUTS/input<index>.bin.
SERENITY_EXPORT void serenityReadInputF64(int64_t rank, void *d, int64_t i) {
  readInput<double>(rank, d, i);
}
SERENITY_EXPORT void serenityReadInputF32(int64_t rank, void *d, int64_t i) {
  readInput<float>(rank, d, i);
}
SERENITY_EXPORT void serenityReadInputF16(int64_t rank, void *d, int64_t i) {
  readInput<uint16_t>(rank, d, i);
}
SERENITY_EXPORT void serenityReadInputI64(int64_t rank, void *d, int64_t i) {
  readInput<int64_t>(rank, d, i);
}
SERENITY_EXPORT void serenityReadInputI32(int64_t rank, void *d, int64_t i) {
  readInput<int32_t>(rank, d, i);
}
SERENITY_EXPORT void serenityReadInputI16(int64_t rank, void *d, int64_t i) {
  readInput<int16_t>(rank, d, i);
}
SERENITY_EXPORT void serenityReadInputI8(int64_t rank, void *d, int64_t i) {
  readInput<int8_t>(rank, d, i);
}
SERENITY_EXPORT void serenityReadInputI1(int64_t rank, void *d, int64_t i) {
  readInput<uint8_t>(rank, d, i);
}

/// Fills an f32 buffer with `offset` plus `scale` times the pseudo-random
/// pattern of `seed`: values in [offset - scale, offset + scale). Used for
/// weights the importer elided.
SERENITY_EXPORT void serenityFillF32(int64_t rank, void *d, int64_t seed,
                                     float scale, float offset) {
  StridedView view(rank, d);
  view.forEach<float>([&](float *element, int64_t linear) {
    *element = static_cast<float>(
        offset + scale * serenity::pattern::value(seed, linear));
  });
}

/// Prints the peak and the counts so far, and the seconds from loading the
/// library to the first allocation (mostly JIT compilation) and from there
/// to now (execution).
SERENITY_EXPORT void serenityReport() {
  double reportedAt = now();
  double first = counters.allocations ? counters.firstAllocationAt : reportedAt;
  std::printf("{\"event\": \"report\", \"peak_bytes\": %" PRIu64
              ", \"peak_allocation\": %" PRIu64 ", \"allocations\": %" PRIu64
              ", \"frees\": %" PRIu64 ", \"allocated_bytes\": %" PRIu64
              ", \"live_bytes\": %" PRIu64
              ", \"seconds_to_first_allocation\": %.3f"
              ", \"seconds_executing\": %.3f}\n",
              counters.peakBytes, counters.peakAllocation, counters.allocations,
              counters.frees, counters.allocatedBytes, counters.liveBytes,
              first - counters.loadedAt, reportedAt - first);
  std::fflush(stdout);
}
