"""s11: 元 printed without thousands separators ("16231840.80"), cells printed 0.00 beside
blank cells and dashes, unit rows (单位名称) above the classification, 基本支出 by 经济分类
with 7-digit leaf codes absent (5-digit only), portrait, full grid."""

from tablelib import B, Doc, Row
from common import write_truth
from std import Fin, classified_table, sangong_table

FILE = "s11_yuan_plain_numbers_2025.pdf"
DEPT = "上海市某区财政局"
LAYOUTS = ["元 without thousands separators (16231840.80)", "0.00 cells beside blank cells and '-' cells",
           "7-digit code column", "经济分类 table with 3/5-digit codes", "portrait", "ruled grid",
           "title without number", "三公 table with dashes"]

LEAVES = [("2010601", "b"), ("2010602", "p"), ("2010607", "p"), ("2010699", "p"), ("2080505", "b"),
          ("2080506", "b"), ("2101101", "b"), ("2101103", "b"), ("2210201", "b")]


def build(out_dir):
    fin = Fin(FILE, LEAVES, dec=2, mag=2500000)
    doc = Doc(f"{out_dir}/{FILE}", FILE, DEPT, 2025, "预算", footer="dash")
    common = dict(unit="元", thousands=False, number=None)
    rows = fin.func_rows([lambda c: fin.basic[c] + fin.proj[c], lambda c: fin.basic[c], lambda c: fin.proj[c],
                          lambda c: 0])
    t = classified_table("2025年部门支出预算总表", rows, [("支出预算", ["合计", "基本支出", "项目支出", "事业单位经营支出"])],
                         layout="full", zero=None, amount_w=80, total_first=False, **common)
    for r in t.rows:
        vals = r.blocks[0]["values"]
        vals[3] = "0.00"            # printed zeros
        if vals[2] is None:
            vals[2] = "-"           # dash where no project
    doc.add_table(t)
    doc.add_table(classified_table("2025年部门基本支出预算明细表", fin.econ_rows(),
                                   [("基本支出", ["合计", "人员经费", "公用经费"])], layout="full",
                                   code_title="经济分类科目编码", name_title="经济分类科目名称", zero="0",
                                   amount_w=90, **common))
    doc.add_table(sangong_table(fin, "2025年部门“三公”经费预算表", zero="-",
                                notes=["注：“-”表示无此项预算。"], **common))
    doc.save()
    write_truth(doc, out_dir)
    return doc
