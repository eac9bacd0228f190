#!/usr/bin/env bash
# Truncation as a cut download gives it (docs/robustness.md): every 13th corpus PDF cut at
# fractions of its size, at its last "startxref" (the trailer lost) and 16 bytes before its
# end; each cut parsed by the CLI; prints how many cuts ended with each exit status.
#   scripts/truncate_corpus.sh [BUDGETPDF] [CORPUS_DIR]
set -uo pipefail
BIN=${1:-build/budgetpdf}
CORPUS=${2:-../shared/corpus/pdf}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
for f in $(ls "$CORPUS"/*.pdf | awk 'NR % 13 == 1'); do
  size=$(stat -c %s "$f")
  sx=$(grep -abo startxref "$f" | tail -1 | cut -d: -f1)
  [ -n "$sx" ] || continue  # not a PDF (an HTML page named .pdf)
  for cut in 0.01 0.1 0.25 0.5 0.75 0.9 0.99 0.999 xref tail16; do
    case $cut in
      xref) n=$sx ;;
      tail16) n=$((size - 16)) ;;
      *) n=$(awk -v s=$size -v c=$cut 'BEGIN{printf "%d", s*c}') ;;
    esac
    head -c $n "$f" > "$T/cut.pdf"
    "$BIN" parse "$T/cut.pdf" -o /dev/null --timeout 60 2>/dev/null; echo "$cut $?"
  done
done | sort | uniq -c | sort -k2,2 -k3,3n
