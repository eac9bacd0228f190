#!/usr/bin/env bash
# Probe documents (tools/gen_samples: random combinations of printed styles, budget and 决算)
# generated at test time, parsed by the CLI in BUILD_DIR and graded against their truth:
# every document exact, cells and column headers. Under the sanitizer build this is where
# a read out of range on an unusual layout shows (docs/robustness.md). Skipped (77) without
# the generator's packages (scripts/bootstrap.sh --generator).
# usage: tests/probe_documents.sh BUILD_DIR [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
build="$(cd "$1" && pwd)"
count="${2:-20}"
if ! /usr/bin/python3 -c "import reportlab" 2>/dev/null ||
  [[ ! -f /usr/share/fonts/truetype/arphic/ukai.ttc ]]; then
  echo "probe_documents: skipped (no generator packages: scripts/bootstrap.sh --generator)"
  exit 77
fi
# probe_styles.sh works in a mktemp folder: under the build directory, as every test.
export TMPDIR="$build/probe_documents"
mkdir -p "$TMPDIR"
status=0
# Two fixed seed ranges: the same documents each run.
for probe in "budget 0" "final 3000"; do
  read -r kind first <<<"$probe"
  summary="$(scripts/probe_styles.sh "$build" "$count" "$kind" "$first")"
  echo "$kind seeds $first..$((first + count - 1)): $summary"
  if ! grep -q "^$count of $count documents exact" <<<"$summary"; then status=1; fi
done
exit "$status"
