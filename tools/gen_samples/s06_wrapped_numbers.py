"""s06: Chongqing-style 收入 table with ten narrow amount columns: large 万元 figures wrap
inside their cells ("168,441" over ".81"); headers stacked vertically one character per
line and merged over several columns; landscape."""

from tablelib import Doc
from common import write_truth
from std import Fin, classified_table

FILE = "s06_wrapped_numbers_2026.pdf"
DEPT = "重庆市某区科学技术局"
LAYOUTS = ["numbers wrapped inside narrow cells (168,441 / .81)", "vertically stacked header characters",
           "multi-level merged headers", "7-digit code column", "title style '表二' style numbers", "landscape",
           "ruled grid", "万元"]

LEAVES = [("2060101", "b"), ("2060102", "p"), ("2060201", "b"), ("2060203", "p"), ("2060404", "p"),
          ("2060499", "p"), ("2069999", "p"), ("2080505", "b"), ("2080506", "b"), ("2101101", "b"),
          ("2210201", "b")]


def build(out_dir):
    fin = Fin(FILE, LEAVES, dec=2, mag=40000)
    doc = Doc(f"{out_dir}/{FILE}", FILE, DEPT, 2026, "预算", footer="dash")
    share = {}
    for c in fin.codes:
        t = fin.basic[c] + fin.proj[c]
        share[c] = (t * 8 // 10, t // 10, t - t * 8 // 10 - t // 10)
    rows = fin.func_rows([lambda c: fin.basic[c] + fin.proj[c], lambda c: share[c][0], lambda c: 0,
                          lambda c: 0, lambda c: 0, lambda c: share[c][1], lambda c: 0, lambda c: 0,
                          lambda c: 0, lambda c: share[c][2]])
    tree = ["总计", ("财政拨款", ["^一般公共预算拨款收入", "^政府性基金预算拨款收入", "^国有资本经营预算拨款收入"]),
            "^财政专户管理资金收入", ("单位资金", ["事业收入", "上级补助收入", "附属单位上缴收入", "事业单位经营收入", "其他收入"])]
    doc.add_table(classified_table("2026年部门收入总体情况表", rows, tree, layout="full",
                                   code_title="科目编码", name_title="科目名称", name_w=150, amount_w=40,
                                   number="表二", orientation="landscape", unit="万元", font_size=7.5,
                                   notes=["注：由于四舍五入因素，部分分项加和与合计可能略有差异。"]))
    rows = fin.func_rows([lambda c: fin.basic[c] + fin.proj[c], lambda c: fin.basic[c],
                          lambda c: fin.person[c], lambda c: fin.public[c], lambda c: fin.proj[c]])
    doc.add_table(classified_table("2026年一般公共预算支出情况表", rows,
                                   ["总计", ("基本支出", ["小计", "^人员经费", "^公用经费"]), "项目支出"],
                                   layout="full", code_title="科目编码", name_title="科目名称", name_w=200,
                                   amount_w=40, number="表五", orientation="landscape", unit="万元",
                                   font_size=8))
    doc.save()
    write_truth(doc, out_dir)
    return doc
