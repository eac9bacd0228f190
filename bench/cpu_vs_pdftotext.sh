#!/usr/bin/env bash
# CPU of a whole parse against `pdftotext -bbox` on the same files (the speed goal: at most
# 1.25x). Each side is one process per file, as a user runs them (budgetpdf with --ocr never:
# pdftotext reads no pictures either); farm-bench runs the two in
# turn and takes the CPU ratio pair by pair (machines are noisy: quote the median ratio).
# usage: bench/cpu_vs_pdftotext.sh [BUILD_DIR] [EVERY_NTH_FILE] [RUNS]
set -euo pipefail
build="$(cd "${1:-build}" && pwd)"
nth="${2:-5}"
runs="${3:-3}"
shared="$(cd "$(dirname "$0")/../.." && pwd)/shared"
if [[ ! -d "$shared/corpus/pdf" ]]; then
  echo "skipped: $shared/corpus/pdf is absent"
  exit 0
fi
list="$(mktemp)"
ls "$shared"/corpus/pdf/*.pdf | awk -v n="$nth" 'NR % n == 1' >"$list"
echo "$(wc -l <"$list") files, every ${nth}th of the corpus"
farm-bench -n "$runs" --timeout 3600 \
  --vs "sh -c 'while read -r f; do pdftotext -bbox \"\$f\" /dev/null 2>/dev/null || true; done <$list'" \
  -- sh -c "while read -r f; do $build/budgetpdf parse --ocr never \"\$f\" -o /dev/null 2>/dev/null || true; done <$list"
rm -f "$list"
