"""s08: three-line tables (rules only at the top, under the header and at the bottom),
numbers printed as （预算表N）, 类/款 economic codes in two columns, landscape."""

from tablelib import Doc
from common import write_truth
from std import Fin, classified_table, sangong_table

FILE = "s08_three_line_tables_2025.pdf"
DEPT = "某市生态环境局"
LAYOUTS = ["three-line tables (top/bottom rules only)", "title style '（预算表3）'",
           "经济分类 类/款 split over two code columns", "7-digit code column", "landscape", "万元", "三公 table"]

LEAVES = [("2010101", "b"), ("2011101", "b"), ("2110301", "p"), ("2110302", "p"), ("2080505", "b"),
          ("2080506", "b"), ("2101101", "b"), ("2210201", "b")]


def build(out_dir):
    fin = Fin(FILE, LEAVES, dec=2, mag=700)
    doc = Doc(f"{out_dir}/{FILE}", FILE, DEPT, 2025, "预算", footer="plain")
    common = dict(unit="万元", number_pos="right", orientation="landscape", rules="topbottom")
    rows = fin.func_rows([lambda c: fin.basic[c] + fin.proj[c], lambda c: fin.basic[c], lambda c: fin.proj[c]])
    doc.add_table(classified_table("部门支出预算表", rows, ["合计", "基本支出", "项目支出"], layout="full",
                                   code_title="功能分类科目编码", name_title="功能分类科目名称",
                                   number="预算表3", number_text="（预算表3）", font_size=9, **common))
    doc.add_table(classified_table("一般公共预算基本支出预算表", fin.econ_rows(),
                                   ["合计", "人员经费", "公用经费"], layout="split2", code_title="经济分类科目编码",
                                   name_title="经济分类科目名称", number="预算表6", number_text="（预算表6）",
                                   font_size=8.5, total_name="合  计", **common))
    doc.add_table(sangong_table(fin, "一般公共预算“三公”经费支出预算表", number="预算表8",
                                number_text="（预算表8）", **common))
    doc.save()
    write_truth(doc, out_dir)
    return doc
