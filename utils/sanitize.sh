#!/usr/bin/env bash
# Builds Serenity with AddressSanitizer and UndefinedBehaviorSanitizer (gcc's
# -fsanitize=address,undefined, -O1 with assertions, in a separate build
# directory, ${BUILD_DIR:-build-sanitize}) and runs on it the unit tests, the
# lit suite and the fuzzers (the lit suite includes test/Fuzz/ and
# test/Import/fuzz.test; FUZZ_ITERATIONS more MLIR fuzz cases run after it,
# 0 to skip). Any sanitizer report fails the run: UBSan halts on its first
# error, ASan (leaks included) on any.
#
#   utils/sanitize.sh                       # build, then run everything
#   FUZZ_ITERATIONS=3000 utils/sanitize.sh  # a longer fuzz run at the end
#   utils/sanitize.sh --no-build            # rerun the tests only
#
# Libraries from Debian (libMLIR, libonnx) are not instrumented: a bad access
# inside them is seen only where it touches memory our code allocated.
# Processes that load our instrumented shared libraries into an
# uninstrumented tool (the plugin in mlir-opt, the runtime in mlir-runner)
# need the ASan runtime preloaded: the lit run preloads it for every process
# (lit passes LD_PRELOAD on) and turns leak detection off there, since
# Python and LLVM's own tools leak at exit by design; the unit tests and the
# fuzz run at the end keep leak detection on.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${BUILD_DIR:-$root/build-sanitize}"
jobs="${JOBS:-$(nproc)}"
fuzz_iterations="${FUZZ_ITERATIONS:-300}"
lit=/usr/lib/llvm-22/bin/lit

flags="-fsanitize=address,undefined -fno-omit-frame-pointer -g"
if [[ "${1:-}" != "--no-build" ]]; then
  start=$(date +%s)
  cmake -G Ninja -S "$root" -B "$build" \
    -DCMAKE_BUILD_TYPE=Sanitize \
    -DCMAKE_C_FLAGS_SANITIZE="-O1" -DCMAKE_CXX_FLAGS_SANITIZE="-O1" \
    -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DCMAKE_SHARED_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DCMAKE_MODULE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DMLIR_DIR=/usr/lib/llvm-22/lib/cmake/mlir \
    -DLLVM_EXTERNAL_LIT="$lit" >/dev/null
  ninja -C "$build" -j "$jobs" all SerenityUnitTests
  echo "sanitize: build $(( $(date +%s) - start )) s"
fi

export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# allow_user_poisoning=0: LLVM's BumpPtrAllocator poisons its free slab space
# in instrumented code only; the uninstrumented libMLIR then allocates from
# the same slabs (MLIR's attribute storage) without unpoisoning, which ASan
# would report as use-after-poison.
asan="allow_user_poisoning=0:abort_on_error=0"
export ASAN_OPTIONS="detect_leaks=1:$asan"
export LLVM_SYMBOLIZER_PATH=/usr/lib/llvm-22/bin/llvm-symbolizer
status=0
start=$(date +%s)

echo "sanitize: unit tests"
for test in "$build"/unittests/*Tests; do
  [[ -x "$test" ]] || { echo "no unit tests in $build/unittests"; status=1; }
  "$test" --gtest_brief=1 || status=1
done

echo "sanitize: lit suite"
libasan="$(gcc -print-file-name=libasan.so)"
# Left out: the downstream find_package build (it compiles and links our
# instrumented libraries without -fsanitize) and the whole-network rewrite
# benchmarks (their mlir-runner runs time out at ASan's speed).
LD_PRELOAD="$libasan" ASAN_OPTIONS="detect_leaks=0:$asan" \
  LIT_FILTER_OUT="Install/find-package|Rewrite/.*-benchmark" \
  "$lit" -sv -j "$jobs" "$build/test" || status=1

if (( fuzz_iterations > 0 )); then
  echo "sanitize: MLIR fuzzer, $fuzz_iterations cases per mode"
  for mode in mutate neighbours; do
    python3 "$root/test/Fuzz/fuzz_mlir.py" "$build/bin/serenity-opt" \
      "$root/test" --mode "$mode" --iterations "$fuzz_iterations" --seed 5 \
      --jobs "$jobs" --timeout 120 \
      --known-file "$root/test/Fuzz/known-failures.txt" || status=1
  done
fi
echo "sanitize: tests $(( $(date +%s) - start )) s, $( ((status)) && echo FAILED || echo passed)"
exit $status
