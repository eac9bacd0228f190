#!/usr/bin/env bash
# The independent checks of ../shared/tools (written outside the project, sharing none of its
# code) over the whole corpus: coverage.py per file, summed; sumcheck.py over all outputs.
# usage: bench/independent_checks.sh [BUILD_DIR] [OUT_DIR]   (from the top of the repository)
# Prints the corpus totals; per-file lines are left in OUT_DIR/coverage.tsv.
set -euo pipefail
build="${1:-build}"
out="${2:-$(mktemp -d)}"
shared="$(cd "$(dirname "$0")/../.." && pwd)/shared"
if [[ ! -d "$shared/corpus/pdf" ]]; then
  echo "skipped: $shared/corpus/pdf is absent"
  exit 0
fi
mkdir -p "$out/json"
: >"$out/coverage.tsv"
for pdf in "$shared"/corpus/pdf/*.pdf; do
  name="$(basename "$pdf" .pdf)"
  if "$build/budgetpdf" parse "$pdf" -o "$out/json/$name.json" --timeout 120 2>/dev/null; then
    line="$(/usr/bin/python3 "$shared/tools/coverage.py" "$pdf" "$out/json/$name.json" | tail -1)" ||
      line="coverage.py failed"
    printf '%s\t%s\n' "$name" "$line" >>"$out/coverage.tsv"
  fi
done
/usr/bin/python3 - "$out/coverage.tsv" <<'PY'
import re, sys
tot = {}
for line in open(sys.argv[1], encoding="utf-8"):
    for k, v in re.findall(r"(\w+)=(\d+)", line):
        tot[k] = tot.get(k, 0) + int(v)
pct = lambda a, b: f"{100.0 * tot.get(a, 0) / tot[b]:.2f}%" if tot.get(b) else "-"
print(f"coverage.py over {sum(1 for _ in open(sys.argv[1]))} files that parse: placed {pct('placed', 'printed')}"
      f" of {tot.get('printed', 0)} printed decimals; titled {pct('titled', 'tables')}, unit {pct('unit', 'tables')}"
      f" of {tot.get('tables', 0)} tables; titleonly {tot.get('titleonly', 0)}")
PY
/usr/bin/python3 "$shared/tools/sumcheck.py" "$out"/json/*.json | tail -1
