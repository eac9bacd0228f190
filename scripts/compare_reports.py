#!/usr/bin/python3
"""Lists the documents whose truth-free measures got worse between two report runs.

usage: /usr/bin/python3 scripts/compare_reports.py BEFORE.json AFTER.json [--all]

BEFORE/AFTER: `budgetpdf report ... --json` output of two commits over the same files.
A document is worse when it newly fails to parse, places fewer printed amounts, has more
tables without title / kind / unit, more title-only tables, more columns without a header or
with title text in it, more failing checks, or more classification tables that do not
reconcile. A table that stops being a classification table (a column of unit codes no
longer read as codes) is no loss of its own: the count of classification tables is shown
beside the document's other changes, as neither worse nor better.
Prints one line per changed document (worse first) and a total line; exit status 1 when
any document got worse, so it can gate a change.
"""
import json
import sys

# (measure, direction): +1 when a higher value is better, -1 when lower is better.
MEASURES = [
    ("amounts_placed", +1),
    ("amounts_outside_cells", -1),
    ("amounts_outside_tables", -1),
    ("tables_without_title", -1),
    ("tables_kind_unknown", -1),
    ("tables_without_unit", -1),
    ("titles_without_rows", -1),
    ("columns_without_header", -1),
    ("headers_with_title_text", -1),
]
CHECKS = [("document_errors", -1), ("extraction_doubts", -1)]


def load(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return {d["file"]: d for d in data["documents"]}


def figures(d):
    out = {}
    if "error" in d:
        out["error"] = d["error"]
        return out
    m = d.get("measures", {})
    for name, _ in MEASURES:
        out[name] = m.get(name, 0)
    for name, _ in CHECKS:
        out[name] = d.get("checks", {}).get(name, 0)
    classified = d.get("classification_tables", {})
    out["not_reconciling"] = classified.get("total", 0) - classified.get("reconciling", 0)
    out["classification_tables"] = classified.get("total", 0)
    return out


def compare(before, after):
    """(worse, better, neutral) lists of 'measure before->after' for one document."""
    worse, better, neutral = [], [], []
    if "error" in after and "error" not in before:
        return [f"now fails: {after['error']}"], [], []
    if "error" in before and "error" not in after:
        return [], [f"now parses (was {before['error']})"], []
    if "error" in before:
        if before["error"] != after["error"]:
            worse.append(f"error {before['error']}->{after['error']}")
        return worse, better, neutral
    for name, direction in MEASURES + CHECKS + [("not_reconciling", -1)]:
        a, b = before.get(name, 0), after.get(name, 0)
        if a == b:
            continue
        (better if (b - a) * direction > 0 else worse).append(f"{name} {a}->{b}")
    a, b = before.get("classification_tables", 0), after.get("classification_tables", 0)
    if a != b:
        neutral.append(f"classification_tables {a}->{b}")
    return worse, better, neutral


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    before, after = load(args[0]), load(args[1])
    rows = []
    for name in sorted(set(before) | set(after)):
        if name not in before or name not in after:
            rows.append((1, name, ["only in " + ("after" if name in after else "before")], []))
            continue
        worse, better, neutral = compare(figures(before[name]), figures(after[name]))
        if worse or better or neutral:
            rows.append((0 if worse else 2 if better else 3, name, worse, better + neutral))
    rows.sort()
    n_worse = sum(1 for r in rows if r[2])
    for rank, name, worse, others in rows:
        if worse or "--all" in sys.argv:
            label = "WORSE" if worse else "better" if rank == 2 else "changed"
            print(f"{label:8}{name}: " + "; ".join(worse + others))
    n_better = sum(1 for r in rows if r[0] == 2)
    print(f"{n_worse} document(s) worse, {n_better} only better, of {len(after)}")
    return 1 if n_worse else 0


if __name__ == "__main__":
    sys.exit(main())
