"""s07: unruled tables (no lines at all) whose names wrap over 2–3 lines; a long table
continuing over pages WITHOUT the header repeated; economic codes glued to the name with a
space ("30101 基本工资"); portrait."""

from tablelib import Doc
from common import write_truth
from std import Fin, classified_table

FILE = "s07_unruled_no_header_repeat_2024.pdf"
DEPT = "某县农业农村局"
LAYOUTS = ["unruled table (no lines at all)", "table continuing over pages WITHOUT header repeated",
           "names wrapped over 2–3 lines (unruled)", "code glued to name with a space (30101 基本工资)",
           "split 类/款/项 code columns", "portrait", "万元", "title style '表 1'"]

LEAVES = [("2130101", "b"), ("2130104", "bp"), ("2130108", "p"), ("2130135", "p"), ("2130301", "b"),
          ("2130306", "p"), ("2130314", "p"), ("2130335", "p"), ("2080501", "b"), ("2080502", "b"),
          ("2080505", "b"), ("2080506", "b"), ("2101101", "b"), ("2101102", "b"), ("2210201", "b"),
          ("2210202", "b")]


def build(out_dir):
    fin = Fin(FILE, LEAVES, dec=2, mag=260)
    doc = Doc(f"{out_dir}/{FILE}", FILE, DEPT, 2024, "预算", footer="cn")
    rows = fin.func_rows([lambda c: fin.basic[c] + fin.proj[c], lambda c: fin.basic[c], lambda c: fin.proj[c]])
    doc.add_table(classified_table("2024年部门支出总体情况表", rows, ["合计", "基本支出", "项目支出"],
                                   layout="split3", code_title="科目编码", name_title="科目名称", name_w=70,
                                   amount_w=95, number="表1", number_text="表 1", rules="none",
                                   repeat_header=False, repeat_caption=False, font_size=9.5,
                                   min_row_h=27, unit="万元", notes=["注：本表按功能分类科目列示。"]))
    doc.add_table(classified_table("2024年一般公共预算基本支出情况表", fin.econ_rows(),
                                   ["合计", "人员经费", "公用经费"], layout="glued ",
                                   name_title="经济分类科目", name_w=200, amount_w=90, number="表2",
                                   number_text="表 2", rules="none", repeat_header=False, unit="万元",
                                   font_size=9.5, min_row_h=22))
    doc.save()
    write_truth(doc, out_dir)
    return doc
