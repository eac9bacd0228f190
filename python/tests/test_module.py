"""budgetpdf.parse and to_pandas against the CLI's JSON and CSV, errors, threads."""

from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import budgetpdf
import pandas as pd
import pytest
from budgetpdf import _core
from budgetpdf._pandas import CSV_COLUMNS
from conftest import SAMPLES, cli_csv, cli_json


def _text(v):
    return None if v is None else v.text


def _yuan(v):
    return None if v is None or v.yuan is None else format(v.yuan, "f")


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_document_equals_cli_json(path):
    doc = budgetpdf.parse(path)
    j = cli_json(path)
    d = j["document"]
    assert (doc.file, doc.department, doc.year, doc.stage) == (
        d["file"], d["department"], d["year"], d["stage"])
    assert (doc.sha256, doc.bytes, doc.page_count) == (
        d["source"]["sha256"], d["source"]["bytes"], d["page_count"])
    assert len(doc.tables) == len(j["tables"]) > 0
    for t, jt in zip(doc.tables, j["tables"]):
        assert (t.kind, t.number, t.title, list(t.pages), t.unit or None, t.empty) == (
            jt["kind"], jt["number"], jt["title"], jt["pages"], jt["unit"], jt["empty"])
        assert len(t.blocks) == len(jt["blocks"])
        for b, jb in zip(t.blocks, jt["blocks"]):
            assert b.label == jb["label"]
            assert [(list(c.header), c.key or None, c.measure) for c in b.columns] == [
                (c["header"], c["key"], c["measure"]) for c in jb["columns"]]
            assert len(b.rows) == len(jb["rows"])
            for r, jr in zip(b.rows, jb["rows"]):
                assert (r.code, list(r.levels), r.parent, list(r.other_codes), r.name, r.item,
                        r.page) == (jr["code"], jr["levels"], jr["parent"], jr["other_codes"],
                                    jr["name"], jr["item"], jr["page"])
                assert [_text(v) for v in r.values] == jr["values"]
                assert [_yuan(v) for v in r.values] == jr["values_yuan"]
    assert [(x.level, x.code, x.message, x.page, x.table) for x in doc.diagnostics] == [
        (x["level"], x["code"], x["message"], x["page"], x["table"]) for x in j["diagnostics"]]
    assert vars(doc.measures) == j["measures"]


def _csv_cell(v):
    if v is None or v is pd.NA:
        return ""
    if isinstance(v, Decimal):
        return format(v, "f")
    return str(v)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_tidy_frame_equals_cli_csv(path):
    doc = budgetpdf.parse(path)
    df = doc.to_pandas()
    lines = cli_csv(path)
    assert lines[0] == CSV_COLUMNS
    # Exactly the CSV's columns, and "percent" (documented as the one extra) after "value".
    assert list(df.columns) == CSV_COLUMNS[:14] + ["percent"] + CSV_COLUMNS[14:]
    assert len(df) == len(lines) - 1 > 0
    ours = []
    for rec in df.to_dict("records"):
        cells = [_csv_cell(rec[c]) for c in CSV_COLUMNS]
        if rec["percent"]:
            cells[CSV_COLUMNS.index("value")] += "%"
        ours.append(cells)
    assert ours == lines[1:]
    # Ids are stable: the same bytes give the same ids, and each (row, column) is one line.
    again = budgetpdf.parse(path.read_bytes()).to_pandas()
    assert list(again["row_id"]) == list(df["row_id"])
    rows_with_values = sum(1 for t in doc.tables for r in t.rows if any(r.values))
    assert df["row_id"].nunique() == rows_with_values
    assert df["table_id"].str.startswith(doc.sha256[:16]).all()
    # The ids are the C++ library's, reachable from _core too.
    t0 = doc.tables[0]
    assert t0.id == _core.stable_table_id(doc.sha256, 0) == f"{doc.sha256[:16]}:t0"
    assert t0.blocks[0].rows[0].id == _core.stable_row_id(doc.sha256, 0, 0, 0)
    # A parent row id names a row of the same block, above the child.
    for t in doc.tables:
        for b in t.blocks:
            index_of = {r.id: r.index for r in b.rows}
            for r in b.rows:
                if r.parent_id is not None:
                    assert index_of[r.parent_id] < r.index


@pytest.mark.parametrize("path", SAMPLES[:4], ids=lambda p: p.name)
def test_table_frame_as_printed(path):
    for t in budgetpdf.parse(path).tables:
        df = t.to_pandas()
        assert len(df) == len(t.rows)
        if len(t.blocks) != 1:
            continue
        b = t.blocks[0]
        amounts = df.iloc[:, len(df.columns) - len(b.columns):]
        assert [c.split(" (")[0] for c in amounts.columns] == [c.path for c in b.columns]
        for i, r in enumerate(b.rows):
            assert list(df["name"])[i] == r.name
            got = [None if x is None else x for x in amounts.iloc[i].tolist()]
            assert got == [None if v is None else v.value for v in r.values]


def test_bytes_equal_path(samples):
    a = budgetpdf.parse(samples[0])
    b = budgetpdf.parse(bytearray(samples[0].read_bytes()))
    assert b.path == "" and a.path == str(samples[0])
    assert a.tables == b.tables and a.sha256 == b.sha256
    assert "Document(" in repr(a) and "Table(" in repr(a.tables[0])
    assert "Row(" in repr(a.tables[0].rows[0])


def test_amounts_are_exact_decimals(samples):
    doc = budgetpdf.parse(samples[0])
    values = [v for t in doc.tables for r in t.rows for v in r.values if v is not None]
    assert values and all(isinstance(v.value, Decimal) for v in values)
    for t in doc.tables:
        if t.unit == "万元":
            v = next(v for r in t.rows for v in r.values if v is not None and not v.percent)
            assert v.yuan == v.value * 10000
            break


@pytest.mark.parametrize("data,cls,code", [
    (b"", budgetpdf.FormatError, "not_a_pdf"),
    (b"<!DOCTYPE html><html><body>404 Not Found</body></html>\n", budgetpdf.FormatError,
     "not_a_pdf"),
])
def test_bad_bytes_raise_typed_errors(data, cls, code):
    with pytest.raises(cls) as e:
        budgetpdf.parse(data)
    assert e.value.code == code and isinstance(e.value, budgetpdf.Error)
    assert e.value.exit_status == 11


def test_html_file_and_missing_file(tmp_path):
    html = tmp_path / "page.pdf"
    html.write_text("<html><head><title>错误</title></head><body>稍后再试</body></html>")
    with pytest.raises(budgetpdf.FormatError) as e:
        budgetpdf.parse(html)
    assert e.value.code == "not_a_pdf"
    with pytest.raises(budgetpdf.FileError) as e:
        budgetpdf.parse(tmp_path / "missing.pdf")
    assert e.value.code == "io_error" and e.value.exit_status == 10


def test_truncated_pdf_raises(samples):
    data = samples[0].read_bytes()
    with pytest.raises(budgetpdf.FormatError) as e:
        budgetpdf.parse(data[: len(data) // 3])
    assert e.value.code == "damaged_pdf" and e.value.exit_status == 12


def test_limits_raise_limit_error(samples):
    doc = budgetpdf.parse(samples[0])
    assert doc.page_count > 1
    with pytest.raises(budgetpdf.LimitError) as e:
        budgetpdf.parse(samples[0], max_pages=1)
    assert e.value.code == "too_large"
    with pytest.raises(ValueError):
        budgetpdf.parse(samples[0], timeout=0)


def test_threads_equal_one_thread(samples):
    one = [budgetpdf.parse(p) for p in samples]
    with ThreadPoolExecutor(max_workers=4) as pool:
        many = list(pool.map(budgetpdf.parse, samples))
    assert many == one
    assert [d.to_pandas().equals(o.to_pandas()) for d, o in zip(many, one)] == [True] * len(one)


def test_help_explains_arguments():
    doc = budgetpdf.parse.__doc__
    for word in ("path_or_bytes", "password", "max_pages", "timeout", "Error"):
        assert word in doc


def test_ocr_option(samples):
    """ocr= is checked; a text-layer document reads the same with every mode that uses its
    text layer, and its rows say so."""
    path = samples[0]
    with pytest.raises(ValueError):
        budgetpdf.parse(path, ocr="sometimes")
    auto = budgetpdf.parse(path)
    never = budgetpdf.parse(path, ocr="never")
    assert auto == never
    rows = [r for t in auto.tables for r in t.rows]
    assert rows and all(r.source == "text_layer" and r.confidence == () for r in rows)


def test_count_columns_have_no_yuan():
    """A column of counts (f52: 公务用车保有量（辆）, 数量) is measured as counts: its values
    keep their figures, without a value in 元, in the structs and the tidy frame."""
    pdf = SAMPLES[0].parents[1] / "tests" / "data" / "families" / "f52_count_columns.pdf"
    doc = budgetpdf.parse(pdf)
    counted = 0
    for t in doc.tables:
        for b in t.blocks:
            for ci, c in enumerate(b.columns):
                assert (c.measure == "count") == (c.key == "count")
                for r in b.rows:
                    v = r.values[ci]
                    if v is not None:
                        assert (v.yuan is None) == (c.measure == "count")
                        counted += c.measure == "count"
    assert counted >= 4
    df = doc.to_pandas()
    counts = df[df["column_measure"] == "count"]
    assert len(counts) == counted and counts["value_yuan"].isna().all()
