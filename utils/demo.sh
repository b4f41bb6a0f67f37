#!/usr/bin/env bash
# The main job on the bundled example network: installs what is missing,
# builds, then reports the peak activation memory of examples/nas-cells.mlir
# in its given (framework) order and after Serenity's passes, on TOSA and
# lowered to linalg, and deployed in one static arena.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${BUILD_DIR:-$root/build}"

"$root/utils/install-deps.sh"
"$root/utils/build.sh" > "$build.log" 2>&1 || { tail -50 "$build.log"; exit 1; }

opt="$build/bin/serenity-opt"
model="$root/examples/nas-cells.mlir"
echo "== $model: as given (framework order)"
"$opt" "$model" -serenity-report -o /dev/null
echo "== after -serenity-memory-schedule"
"$opt" "$model" -serenity-memory-schedule -serenity-report -o /dev/null
echo "== after -serenity-rewrite-identity -serenity-memory-schedule"
"$opt" "$model" -serenity-rewrite-identity -serenity-memory-schedule \
  -serenity-report -o /dev/null
echo "== as given, lowered to linalg without reordering: the model now counts"
echo "   the lowering's temporaries (padded copies, accumulators), as the"
echo "   compiled code has them (utils/serenity-run.py measures it)"
"$opt" "$model" -serenity-tosa-to-linalg -serenity-report -o /dev/null
echo "== lowered to linalg and scheduled there (-serenity-schedule-lowered)"
"$opt" "$model" -serenity-schedule-lowered -serenity-report -o /dev/null
echo "== the same with identity rewriting (-serenity-schedule-lowered=rewrite=true)"
"$opt" "$model" -serenity-schedule-lowered=rewrite=true -serenity-report \
  -o /dev/null
echo "== deployed (-serenity-deploy): scheduled, bufferized, every buffer at a"
echo "   fixed offset of one static arena (docs/Arena.md)"
"$opt" "$model" -serenity-deploy 2>/dev/null \
  | grep -o 'serenity.arena = #serenity.arena<[^>]*>'
echo "== the same with identity rewriting, compiled, run and measured"
echo "   (utils/serenity-run.py --deploy=rewrite=true)"
python3 "$root/utils/serenity-run.py" --build-dir "$build" "$model" \
  --deploy=rewrite=true | grep -v ': seconds'
