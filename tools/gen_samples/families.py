#!/usr/bin/python3
"""Writes tests/data/families/*.pdf and their truth: one small disclosure per family of
layouts that real documents print and that once broke the reader (docs/families.md).
tests/families_test.cpp parses each and requires its truth exactly, plus the row texts of
text columns (a key of our own, `text_columns` / `texts`, that the truth format lacks).

    /usr/bin/python3 tools/gen_samples/families.py        (scripts/bootstrap.sh --generator)

Each family is one function; its docstring says what real documents do. Figures are
invented and add up (std.Fin). Output is byte-for-byte reproducible.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import write_truth  # noqa: E402
from std import Fin, classified_table, summary_table  # noqa: E402
from tablelib import B, Col, Doc, H, Row, Table  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "tests", "data", "families")

LEAVES = [("2010101", "b"), ("2010108", "p"), ("2010301", "bp"), ("2080501", "b"),
          ("2080505", "b"), ("2101101", "b"), ("2210201", "b")]


def doc_for(name, dept="测试市示范局", year=2026):
    """A document whose cover names department, year and stage, as disclosures do."""
    doc = Doc(os.path.join(OUT, name), name, dept, year, "预算")
    doc.narrative(f"{dept}{year}年部门预算", ["本文件由 budgetpdf 的版式家族生成器生成，数字为虚构。"])
    return doc


def f01_mitred_borders():
    """Cell borders exported as filled polygons whose ends slant into the neighbouring
    borders (mitred trapezoids), not as stroked lines or rectangles."""
    fin = Fin("f01", LEAVES, mag=300000)
    doc = doc_for("f01_mitred_borders.pdf")
    rows = fin.func_rows([lambda c: fin.basic[c] + fin.proj[c], lambda c: fin.basic[c],
                          lambda c: fin.proj[c]])
    # Wide figures right against narrow cells, names wrapped in a narrow column: only the
    # rules tell the cells apart.
    doc.add_table(classified_table("2026年部门支出总表", rows,
                                   [("本年支出", ["合计", "基本支出", "项目支出"])],
                                   number="表3", number_text="表3", border="mitred", name_w=70,
                                   amount_w=52))
    return doc


def f02_title_in_frame():
    """The table number, title and the 部门/单位 line printed inside the table's frame,
    above the header, with no rule dividing them into columns."""
    fin = Fin("f02", LEAVES)
    doc = doc_for("f02_title_in_frame.pdf")
    rows = fin.func_rows([lambda c: fin.basic[c] + fin.proj[c], lambda c: fin.basic[c],
                          lambda c: fin.proj[c]])
    doc.add_table(classified_table("支出总表", rows, [("本年支出", ["合计", "基本支出", "项目支出"])],
                                   number="公开03表", number_text="公开03表", frame_caption=True,
                                   orientation="landscape"))
    doc.add_table(summary_table(fin, "收支总表", number="公开01表", number_text="公开01表",
                                frame_caption=True))
    return doc


def f03_text_columns():
    """Columns of text beside the amounts: 政府采购 tables print 采购品目 and 采购方式, other
    tables a 备注 or reasons column after the amounts. Rows keep them as texts."""
    doc = doc_for("f03_text_columns.pdf")
    cols = [Col("name", 150), Col("text", 90, ti=0), Col("amount", 70, vi=0), Col("amount", 70, vi=1),
            Col("text", 90, ti=1)]
    hdr = [H("项目名称", 0, 0, 2), H("采购方式", 0, 1, 2), H("预算金额", 0, 2, 1, 2),
           H("合计", 1, 2), H("财政拨款", 1, 3), H("备注", 0, 4, 2)]
    rows = [Row(B(None, "合计", ["151.20", "140.00"])),
            Row(B(None, "办公设备购置", ["36.00", "36.00"], texts=["公开招标", ""])),
            Row(B(None, "信息系统运行维护服务", ["95.20", "84.00"], texts=["竞争性磋商", "含结转11.20"])),
            Row(B(None, "物业管理服务", ["20.00", "20.00"], texts=["单一来源", "续签合同"]))]
    doc.add_table(Table("2026年政府采购预算表", cols, hdr, rows, number="表9", number_text="表9"))
    return doc


FAMILIES = [f01_mitred_borders, f02_title_in_frame, f03_text_columns]


def main():
    os.makedirs(OUT, exist_ok=True)
    only = sys.argv[1:]
    for make in FAMILIES:
        if only and not any(make.__name__.startswith(o) for o in only):
            continue
        doc = make()
        doc.save()
        write_truth(doc, OUT)
        print(f"{doc.file_name}: {doc.page} pages, {len(doc.tables)} tables")
    return 0


if __name__ == "__main__":
    sys.exit(main())
