#!/usr/bin/env bash
# Installs what is missing, builds, and runs all tests (lit + unit tests)
# through one ctest run, which ends with its summary line.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${BUILD_DIR:-$root/build}"

"$root/utils/install-deps.sh"
start=$(date +%s)
"$root/utils/build.sh"
echo "build: $(( $(date +%s) - start )) s"
cd "$build"
ctest --output-on-failure -j "${JOBS:-$(nproc)}"
# Optional: the ASan + UBSan build and its test run (utils/sanitize.sh), in
# build-sanitize; off by default, as it doubles the time.
if [[ "${SERENITY_SANITIZE:-0}" == 1 ]]; then
  "$root/utils/sanitize.sh"
fi
