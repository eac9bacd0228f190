#!/usr/bin/env bash
# Export against report on a corpus: export --jobs 1, --jobs 2, a rerun with nothing
# changed, and report --jobs 2 on the same files (docs/performance.md quotes the figures).
# usage: bench/export_corpus.sh [BUILD_DIR] [CORPUS_DIR]
set -euo pipefail
build=${1:-build}
corpus=${2:-../shared/corpus/pdf}
tool="$build/budgetpdf"
[[ -x "$tool" ]] || { echo "no $tool: build first" >&2; exit 1; }
[[ -d "$corpus" ]] || { echo "no corpus at $corpus" >&2; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

seconds() {  # runs "$@", prints the wall seconds it took
  local start end
  start=$(date +%s.%N)
  "$@" >"$work/out" 2>"$work/err" || true
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}

files=$(find "$corpus" -iname '*.pdf' -type f | wc -l)
echo "corpus: $corpus ($files files), $(nproc) cores"
t_report=$(seconds "$tool" report "$corpus" --jobs 2)
echo "report --jobs 2:              $(printf %.1f "$t_report") s"
t1=$(seconds "$tool" export "$corpus" -o "$work/j1.sqlite" --jobs 1)
echo "export --jobs 1:              $(printf %.1f "$t1") s   $(tail -1 "$work/err")"
t2=$(seconds "$tool" export "$corpus" -o "$work/j2.sqlite" --jobs 2)
echo "export --jobs 2:              $(printf %.1f "$t2") s   $(tail -1 "$work/err")"
t_rerun=$(seconds "$tool" export "$corpus" -o "$work/j2.sqlite" --jobs 2)
echo "export --jobs 2, rerun:       $(printf %.2f "$t_rerun") s   $(tail -1 "$work/err")"
echo "database: $(du -h "$work/j2.sqlite" | cut -f1)"
printf 'jobs 1 / jobs 2:      %.2fx\n' "$(echo "$t1 / $t2" | bc -l)"
printf 'export 2 / report 2:  %.2fx\n' "$(echo "$t2 / $t_report" | bc -l)"
printf 'rerun / first run:    %.1f%%\n' "$(echo "100 * $t_rerun / $t2" | bc -l)"
