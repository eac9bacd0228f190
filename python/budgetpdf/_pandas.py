"""Documents and tables as pandas DataFrames (pandas is imported only when asked for)."""

from __future__ import annotations

from typing import List

import pandas as pd

# The CLI's CSV columns (lib/export/csv_writer.cpp), in order. The tidy frame has them all,
# in this order, and one more after "value": "percent" (the CSV prints "16.70%" as its value).
CSV_COLUMNS = ["file", "department", "year", "stage", "table_number", "table_kind",
               "table_title", "block", "code", "name", "item", "column_header", "column_key",
               "value", "unit", "value_yuan", "page", "table_id", "row_id", "row_index",
               "levels", "parent_row_id", "source", "ocr_confidence", "column_measure"]
TIDY_COLUMNS = CSV_COLUMNS[:14] + ["percent"] + CSV_COLUMNS[14:]


def _confidence(r, ci):
    """The CSV's ocr_confidence: one decimal, None for text-layer rows."""
    if ci >= len(r.confidence) or r.confidence[ci] is None:
        return None
    return round(r.confidence[ci], 1)


def tidy_records(doc) -> List[list]:
    """One list per printed amount, in TIDY_COLUMNS order. The ids are the C++ library's
    (budgetpdf::stable_table_id / stable_row_id, carried on Table.id and Row.id)."""
    out = []
    head = [doc.file, doc.department, doc.year, doc.stage]
    for t in doc.tables:
        for b in t.blocks:
            for r in b.rows:
                levels = "/".join(r.levels) or None
                for ci, v in enumerate(r.values):
                    if v is None:
                        continue
                    col = b.columns[ci] if ci < len(b.columns) else None
                    out.append(head + [
                        t.number, t.kind, t.title, b.label, r.code, r.name, r.item,
                        col.path if col else "", col.key if col else "", v.value, v.percent,
                        t.unit, v.yuan, r.page if r.page > 0 else None, t.id, r.id, r.index,
                        levels, r.parent_id, r.source,
                        _confidence(r, ci), col.measure if col else "money"])
    return out


def tidy_frame(doc) -> pd.DataFrame:
    df = pd.DataFrame(tidy_records(doc), columns=TIDY_COLUMNS)
    df["year"] = df["year"].astype("Int64")
    df["page"] = df["page"].astype("Int64")
    return df


def _unique(names: List[str]) -> List[str]:
    seen: dict = {}
    out = []
    for n in names:
        seen[n] = seen.get(n, 0) + 1
        out.append(n if seen[n] == 1 else f"{n} ({seen[n]})")
    return out


def _block_frame(b) -> pd.DataFrame:
    lead = ["code", "name"] + (["item"] if any(r.item for r in b.rows) else [])
    names = _unique(lead + [c.path for c in b.text_columns] + [c.path for c in b.columns])
    rows = []
    for r in b.rows:
        first = [r.code, r.name] + ([r.item] if len(lead) == 3 else [])
        values = [None if v is None else v.value for v in r.values]
        rows.append(first + list(r.texts) + values)
    return pd.DataFrame(rows, columns=names)


def table_frame(table) -> pd.DataFrame:
    frames = [_block_frame(b) for b in table.blocks]
    if not frames:
        return pd.DataFrame(columns=["code", "name"])
    if len(frames) == 1:
        return frames[0]
    for b, f in zip(table.blocks, frames):
        f.insert(0, "block", b.label)
    return pd.concat(frames, ignore_index=True)
