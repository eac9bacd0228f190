#!/usr/bin/env bash
# Documents in random combinations of printed styles (tools/gen_samples/style_combinations.py;
# with "final", 决算 documents of tools/gen_samples/final_combinations.py), parsed and graded
# against their truth: which combinations the reader gets wrong (cells, or
# a column's header path), and whether its checks said so. Needs the generator's packages
# (scripts/bootstrap.sh --generator). A probe for development, not a test: its documents are
# not committed.
# usage: scripts/probe_styles.sh [BUILD_DIR] [COUNT] [budget|final] [FIRST]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
count="${2:-60}"
kind="${3:-budget}"
first="${4:-0}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
case "$kind" in
  budget) generator=style_combinations ;;
  final) generator=final_combinations ;;
  *) echo "unknown kind: $kind (budget or final)" >&2; exit 2 ;;
esac
/usr/bin/python3 "tools/gen_samples/$generator.py" "$out" "$first" "$((first + count))"
exact=0
cells_right=0
cells_all=0
headers_wrong=0
fraction() { sed -E 's/.*: *([0-9]+)\/([0-9]+).*/\1 \2/' <<<"$1"; }
for pdf in "$out"/*.pdf; do
  graded="$("$build/budgetpdf" eval "$pdf" "$pdf.json")"
  read -r right all <<<"$(fraction "$(grep 'cells exact' <<<"$graded")")"
  read -r columns_right tables <<<"$(fraction "$(grep 'columns right' <<<"$graded")")"
  cells_right=$((cells_right + right))
  cells_all=$((cells_all + all))
  if [[ "$columns_right" != "$tables" ]]; then headers_wrong=$((headers_wrong + 1)); fi
  if [[ "$right" == "$all" && "$columns_right" == "$tables" ]]; then
    exact=$((exact + 1))
  else
    checks="$("$build/budgetpdf" report "$pdf" | head -1 | sed -E 's/.*checks/checks/')"
    echo "$(basename "$pdf"): $right/$all cells, $columns_right/$tables tables' columns; $checks"
    echo "  styles: $(cat "${pdf%.pdf}.styles.json")"
  fi
done
echo "$exact of $count documents exact (cells and column headers); cells $cells_right/$cells_all;" \
  "documents with a column header wrong: $headers_wrong"
