"""s09: pages with /Rotate 90 (portrait MediaBox, content drawn to read upright when
displayed landscape) carrying a 项目支出 table with project names; plus a normal portrait
page."""

from tablelib import B, Col, Doc, H, Row, Table
from common import FUNC, fmt, func_tree, write_truth
from std import Fin, classified_table, code_name_part, tree_header

FILE = "s09_rotated_pages_2025.pdf"
DEPT = "某市司法局"
LAYOUTS = ["pages with /Rotate 90 (landscape as displayed)", "项目支出 table with project names (item)",
           "7-digit code column", "portrait page", "万元", "ruled grid"]

LEAVES = [("2040601", "b"), ("2040602", "p"), ("2040604", "p"), ("2040605", "p"), ("2040610", "bp"),
          ("2040699", "p"), ("2080505", "b"), ("2101101", "b"), ("2210201", "b")]


def project_table(fin, title, *, layout="full", **kw):
    """项目支出表: class/款 rows with sums, then one row per project under its 项 code."""
    leaves = {c: [fin.proj[c]] for c in fin.codes if fin.proj[c]}
    tree = func_tree(leaves, 1)
    rows = [Row(B(None, "合计", [fmt(sum(leaves[c][0] for c in leaves), fin.dec)], None), span=True)]
    for code, name, ints in tree:
        if len(code) < 7:
            rows.append(Row(B(code, name, [fmt(ints[0], fin.dec)], None)))
        else:
            for pc, item, amt in fin.projects:
                if pc == code:
                    rows.append(Row(B(code, name, [fmt(amt, fin.dec)], item)))
    cols, hdr = code_name_part(layout, "科目名称", "科目编码", 1, name_w=170, item="项目名称", item_w=230)
    cols.append(Col("amount", 90, vi=0))
    hdr.append(H("项目支出预算数", 0, len(cols) - 1))
    return Table(title, cols, hdr, rows, **kw)


def build(out_dir):
    fin = Fin(FILE, LEAVES, dec=2, mag=500)
    doc = Doc(f"{out_dir}/{FILE}", FILE, DEPT, 2025, "预算", footer="dash")
    rows = fin.func_rows([lambda c: fin.basic[c] + fin.proj[c], lambda c: fin.basic[c], lambda c: fin.proj[c]])
    doc.add_table(classified_table("2025年部门支出预算表", rows, ["合计", "基本支出", "项目支出"], layout="full",
                                   number="表3", number_text="表3", unit="万元", total_first=False))
    doc.add_table(project_table(fin, "2025年部门项目支出预算表", number="表7", number_text="表7", unit="万元",
                                orientation="rotated", font_size=9, min_row_h=26,
                                notes=["注：项目支出按功能分类科目和项目列示。"]))
    doc.save()
    write_truth(doc, out_dir)
    return doc
