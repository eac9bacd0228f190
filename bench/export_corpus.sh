#!/usr/bin/env bash
# Export against report on a corpus: export --jobs 1, --jobs 2, a rerun with nothing
# changed, and report --jobs 2 on the same files (docs/performance.md quotes the figures).
# Prints wall and CPU (user + system, workers included) per run, and first how much the
# machine runs in parallel right now: two CPU-bound shell loops against one (2.0x faster per
# loop on two free cores, 1.0x when the cores are taken by others).
# usage: bench/export_corpus.sh [BUILD_DIR] [CORPUS_DIR]
set -euo pipefail
build=${1:-build}
corpus=${2:-../shared/corpus/pdf}
tool="$build/budgetpdf"
[[ -x "$tool" ]] || { echo "no $tool: build first" >&2; exit 1; }
[[ -d "$corpus" ]] || { echo "no corpus at $corpus" >&2; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# shellcheck source=bench/timing.sh
source "$(dirname "$0")/timing.sh"
run "report --jobs 2" "$tool" report "$corpus" --jobs 2; t_report=$wall
run "export --jobs 1" "$tool" export "$corpus" -o "$work/j1.sqlite" --jobs 1; t1=$wall
run "export --jobs 2" "$tool" export "$corpus" -o "$work/j2.sqlite" --jobs 2; t2=$wall
run "export rerun --jobs 2" "$tool" export "$corpus" -o "$work/j2.sqlite" --jobs 2; t_rerun=$wall
echo "database: $(du -h "$work/j2.sqlite" | cut -f1)"
printf 'jobs 1 / jobs 2:      %.2fx (wall)\n' "$(echo "$t1 / $t2" | bc -l)"
printf 'export 2 / report 2:  %.2fx (wall)\n' "$(echo "$t2 / $t_report" | bc -l)"
printf 'rerun / first run:    %.1f%%\n' "$(echo "100 * $t_rerun / $t2" | bc -l)"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
