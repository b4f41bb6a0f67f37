#!/usr/bin/env bash
# Import every benchmark ONNX model as TOSA MLIR with serenity-translate.
#
#   bench/models/gen-tosa.sh [SERENITY_TRANSLATE] [ONNX_DIR] [OUT_DIR]
#
# SERENITY_TRANSLATE  the serenity-translate binary: first argument, else
#                     $SERENITY_TRANSLATE, else serenity-translate on PATH,
#                     else <repo>/build/bin/serenity-translate.
# ONNX_DIR            input directory (default $ONNX_DIR or bench/models/onnx,
#                     filled by: /usr/bin/python3 bench/models/export.py)
# OUT_DIR             output directory (default $TOSA_DIR or bench/models/tosa)
#
# Each model.onnx (fp32) becomes OUT_DIR/model.mlir via
#   serenity-translate --import-onnx --elide-weights model.onnx -o model.mlir
# Missing tool, missing --import-onnx support or no ONNX files: prints why
# and exits 0 (nothing to do).  Exits 1 if any model failed to import.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

tool="${1:-${SERENITY_TRANSLATE:-}}"
if [[ -z "$tool" ]]; then
  if command -v serenity-translate >/dev/null 2>&1; then
    tool="$(command -v serenity-translate)"
  else
    tool="$repo/build/bin/serenity-translate"
  fi
fi
onnx_dir="${2:-${ONNX_DIR:-$here/onnx}}"
out_dir="${3:-${TOSA_DIR:-$here/tosa}}"

if [[ ! -x "$tool" ]]; then
  echo "gen-tosa: serenity-translate not found ('$tool'); skipping." \
       "Pass its path as the first argument or set SERENITY_TRANSLATE." >&2
  exit 0
fi
# Read the whole help text first: under pipefail, `grep -q` closing the pipe
# early would make the tool's write fail and the test look false.
help_text=$("$tool" --help 2>/dev/null || true)
if ! grep -q -- '--import-onnx' <<<"$help_text"; then
  echo "gen-tosa: '$tool' has no --import-onnx translation; skipping." >&2
  exit 0
fi

shopt -s nullglob
models=("$onnx_dir"/*.onnx)
if (( ${#models[@]} == 0 )); then
  echo "gen-tosa: no .onnx files in '$onnx_dir'; run" \
       "'/usr/bin/python3 $here/export.py' first. Skipping." >&2
  exit 0
fi

mkdir -p "$out_dir"
ok=0
failed=()
for f in "${models[@]}"; do
  name="$(basename "$f" .onnx)"
  out="$out_dir/$name.mlir"
  start=$SECONDS
  if "$tool" --import-onnx --elide-weights "$f" -o "$out" \
       2>"$out_dir/$name.log"; then
    printf '%-24s ok    %4ds  %s\n' "$name" $((SECONDS - start)) "$out"
    rm -f "$out_dir/$name.log"
    ok=$((ok + 1))
  else
    printf '%-24s FAIL  %4ds  see %s\n' "$name" $((SECONDS - start)) \
      "$out_dir/$name.log"
    rm -f "$out"
    failed+=("$name")
  fi
done

echo "gen-tosa: ${ok} imported, ${#failed[@]} failed -> $out_dir"
if (( ${#failed[@]} )); then
  echo "gen-tosa: failed: ${failed[*]}" >&2
  exit 1
fi
