#!/usr/bin/env bash
# Documents in random combinations of printed styles (tools/gen_samples/style_combinations.py),
# parsed and graded against their truth: which combinations the reader gets wrong, and
# whether its checks said so. Needs the generator's packages (scripts/bootstrap.sh
# --generator). A probe for development, not a test: its documents are not committed.
# usage: scripts/probe_styles.sh [BUILD_DIR] [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
count="${2:-60}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
/usr/bin/python3 tools/gen_samples/style_combinations.py "$out" 0 "$count"
exact=0
cells_right=0
cells_all=0
for pdf in "$out"/c*.pdf; do
  line="$("$build/budgetpdf" eval "$pdf" "$pdf.json" | grep 'cells exact')"
  right="$(sed -E 's/.*: *([0-9]+)\/([0-9]+).*/\1/' <<<"$line")"
  all="$(sed -E 's/.*: *([0-9]+)\/([0-9]+).*/\2/' <<<"$line")"
  cells_right=$((cells_right + right))
  cells_all=$((cells_all + all))
  if [[ "$right" == "$all" ]]; then
    exact=$((exact + 1))
  else
    checks="$("$build/budgetpdf" report "$pdf" | head -1 | sed -E 's/.*checks/checks/')"
    echo "$(basename "$pdf"): $right/$all cells; $checks"
    echo "  styles: $(cat "${pdf%.pdf}.styles.json")"
  fi
done
echo "$exact of $count documents exact; cells $cells_right/$cells_all"
