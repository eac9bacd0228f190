#!/usr/bin/python3
"""Sums the truth-free measures of a `budgetpdf report --json` run, over all documents or
split by a list of file-name patterns (e.g. templates held out while writing rules).

usage: /usr/bin/python3 scripts/measures_summary.py REPORT.json [--split REGEX]

Prints one line per group: documents, tables with amounts, the share of printed amounts
placed in a row, of tables with a title, a known kind and a unit, failing checks, and
reconciling classification tables (docs/measures.md explains each measure).
With --split, documents whose file name matches REGEX form a second group.
"""
import json
import re
import sys


def pct(part, whole):
    return f"{100.0 * part / whole:6.2f}%" if whole else "     -"


def summary(name, docs):
    m, checks, cls = {}, {}, {"total": 0, "reconciling": 0}
    errors = 0
    for d in docs:
        if "error" in d:
            errors += 1
            continue
        for k, v in d.get("measures", {}).items():
            m[k] = m.get(k, 0) + v
        for k, v in d.get("checks", {}).items():
            checks[k] = checks.get(k, 0) + v
        for k in cls:
            cls[k] += d.get("classification_tables", {}).get(k, 0)
    t = m.get("tables_with_amounts", 0)
    print(f"{name}: {len(docs)} documents ({errors} with a typed error), {t} tables with amounts")
    print(f"  amounts placed {pct(m.get('amounts_placed', 0), m.get('amounts_printed', 0))}"
          f"  titled {pct(t - m.get('tables_without_title', 0), t)}"
          f"  kind known {pct(t - m.get('tables_kind_unknown', 0), t)}"
          f"  unit {pct(t - m.get('tables_without_unit', 0), t)}")
    print(f"  columns without header {m.get('columns_without_header', 0)}"
          f"  headers with title text {m.get('headers_with_title_text', 0)}"
          f"  titles without rows {m.get('titles_without_rows', 0)}")
    print(f"  checks: document errors {checks.get('document_errors', 0)}"
          f"  extraction doubts {checks.get('extraction_doubts', 0)}"
          f"  classification tables reconciling {cls['reconciling']}/{cls['total']}")


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        docs = json.load(f)["documents"]
    if "--split" in argv:
        pattern = re.compile(argv[argv.index("--split") + 1])
        held = [d for d in docs if pattern.search(d["file"].rsplit("/", 1)[-1])]
        rest = [d for d in docs if not pattern.search(d["file"].rsplit("/", 1)[-1])]
        summary("matching", held)
        summary("others", rest)
    else:
        summary("all", docs)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
