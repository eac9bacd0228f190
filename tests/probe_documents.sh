#!/usr/bin/env bash
# Probe documents (tools/gen_samples: random combinations of printed styles, budget and 决算)
# generated at test time, parsed by the CLI in BUILD_DIR and graded against their truth:
# every document exact, cells and column headers (every cell, with the generator's newest
# stream; see below). Under the sanitizer build this is where
# a read out of range on an unusual layout shows (docs/robustness.md). Skipped (77) without
# the generator's packages (scripts/bootstrap.sh --generator).
# usage: tests/probe_documents.sh BUILD_DIR [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
build="$(cd "$1" && pwd)"
count="${2:-20}"
# reportlab and every face the probes print in (tablelib.FONT_FILES).
if ! /usr/bin/python3 -c "
import os, sys
sys.path.insert(0, 'tools/gen_samples')
import reportlab, tablelib
sys.exit(not all(os.path.exists(p) for p in tablelib.FONT_FILES.values()))" 2>/dev/null; then
  echo "probe_documents: skipped (no generator packages: scripts/bootstrap.sh --generator)"
  exit 77
fi
# probe_styles.sh works in a mktemp folder: under the build directory, as every test.
export TMPDIR="$build/probe_documents"
mkdir -p "$TMPDIR"
status=0
# Two fixed seed ranges: the same documents each run. With the generator's first three later
# streams (tools/gen_samples/house_styles.py) every document is exact, cells and column
# headers; with all of them every cell (the fourth, labels at the bottom of their cells,
# leaves header paths open: docs/accuracy.md).
for probe in "budget 0 3" "final 3000 3" "budget 0 all" "final 3000 all"; do
  read -r kind first streams <<<"$probe"
  export BUDGETPDF_PROBE_STREAMS="$streams"
  # A crash of the reader ends probe_styles.sh early: its output so far is shown.
  if ! summary="$(scripts/probe_styles.sh "$build" "$count" "$kind" "$first" 2>&1)"; then
    status=1
  fi
  echo "$kind seeds $first..$((first + count - 1)), later streams $streams: $summary"
  last="$(tail -1 <<<"$summary")"
  if [[ "$streams" == all ]]; then
    read -r right all <<<"$(sed -nE 's/.*cells ([0-9]+)\/([0-9]+);.*/\1 \2/p' <<<"$last")"
    if [[ -z "$right" || "$right" != "$all" || "$all" -eq 0 ]]; then status=1; fi
  elif ! grep -q "^$count of $count documents exact" <<<"$last"; then
    status=1
  fi
done
exit "$status"
