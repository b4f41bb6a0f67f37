#!/usr/bin/env bash
# Checks that C++ sources are formatted as .clang-format says (LLVM style).
#
#   utils/check-format.sh              every tracked .cpp/.h of the project
#                                      but those in utils/format-exclude.txt
#   utils/check-format.sh FILE...      these files
#
# Prints "check-format: N files checked, all formatted" and exits 0, or
# names every file clang-format would change (with the first lines of the
# change) and exits 1. Fix with `clang-format -i FILE`. $CLANG_FORMAT picks
# the binary (default: clang-format on PATH). Run by test/Format/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
clang_format="${CLANG_FORMAT:-clang-format}"
if ! command -v "$clang_format" >/dev/null; then
  echo "check-format: error: no $clang_format (apt-get install clang-format)" >&2
  exit 2
fi

files=()
if [ $# -gt 0 ]; then
  files=("$@")
else
  cd "$root"
  # Files not formatted yet: checked once someone formats them (remove the
  # line then). New files are checked from the start.
  mapfile -t excluded < <(grep -v '^#' utils/format-exclude.txt | grep .)
  if [ -d .git ] || [ -f .git ]; then
    mapfile -t all < <(git ls-files '*.cpp' '*.h')
  else
    mapfile -t all < <(find include lib tools runtime unittests bench test \
                         \( -name '*.cpp' -o -name '*.h' \) | sort)
  fi
  for f in "${all[@]}"; do
    skip=0
    for e in "${excluded[@]}"; do
      case "$f" in $e) skip=1 ;; esac
    done
    # Inputs of the tests are data, not sources (test/Format/Inputs is
    # unformatted on purpose).
    case "$f" in */Inputs/*) skip=1 ;; esac
    [ $skip = 0 ] && [ -f "$f" ] && files+=("$f")
  done
fi

bad=0
for f in "${files[@]}"; do
  formatted="$("$clang_format" --style=file "$f")"
  if [ "$formatted" != "$(cat "$f")" ]; then
    echo "check-format: $f is not formatted; clang-format would change:"
    diff <(cat "$f") <(printf '%s\n' "$formatted") | head -8 | sed 's/^/  /'  || true
    bad=$((bad + 1))
  fi
done
if [ $bad -gt 0 ]; then
  echo "check-format: $bad of ${#files[@]} files not formatted"
  exit 1
fi
echo "check-format: ${#files[@]} files checked, all formatted"
