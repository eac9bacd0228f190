#!/usr/bin/env bash
# OCR pages per second (docs/performance.md, docs/ocr.md): each scan parsed by the CLI with
# --ocr always, one file at a time; prints per file pages, wall and CPU seconds, then the
# totals. Usage:
#   bash bench/ocr_pages.sh BUILD_DIR [SCAN.pdf...]
# Without files: the scans of ../shared/corpus/pdf (*_scan.pdf, *imageonly*.pdf).
# Tesseract runs its LSTM on OpenMP threads: OMP_THREAD_LIMIT=1 measures one core.
set -euo pipefail
build=${1:?usage: bench/ocr_pages.sh BUILD_DIR [SCAN.pdf...]}
shift
files=("$@")
if ((${#files[@]} == 0)); then
  shared="$(dirname "$0")/../../shared/corpus/pdf"
  files=("$shared"/*_scan.pdf "$shared"/*imageonly*.pdf)
fi
TIMEFORMAT='%R %U %S'
pages_total=0 wall_total=0 cpu_total=0
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), OMP_THREAD_LIMIT=${OMP_THREAD_LIMIT:-unset}"
for f in "${files[@]}"; do
  pages=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ {print $2}')
  t=$( { time "$build/budgetpdf" parse "$f" --ocr always --timeout 3600 -o /dev/null \
           >/dev/null 2>&1 || true; } 2>&1)
  read -r wall user sys <<<"$t"
  cpu=$(echo "$user + $sys" | bc -l)
  printf '%-48s %3d pages %7.1f s wall %7.1f s CPU\n' "$(basename "$f")" "$pages" "$wall" "$cpu"
  pages_total=$((pages_total + pages))
  wall_total=$(echo "$wall_total + $wall" | bc -l)
  cpu_total=$(echo "$cpu_total + $cpu" | bc -l)
done
printf 'total: %d pages, %.1f s wall, %.1f s CPU: %.2f pages/s wall, %.2f pages per CPU second\n' \
  "$pages_total" "$wall_total" "$cpu_total" "$(echo "$pages_total / $wall_total" | bc -l)" \
  "$(echo "$pages_total / $cpu_total" | bc -l)"
