"""s04: Beijing-style 万元 with six decimals ("29,569.515638"), codes glued to names with
a hyphen ("2040601-行政运行", "30101-基本工资"), 预算0N表 numbering, landscape."""

from tablelib import Doc
from common import write_truth
from std import Fin, classified_table, sangong_table, summary_table

FILE = "s04_beijing_six_decimals_2026.pdf"
DEPT = "北京市西城区司法局"
LAYOUTS = ["万元 with six decimals and thousands separators (29,569.515638)",
           "code glued to name with '-' (2040601-行政运行, 30101-基本工资)", "title style '预算01表'",
           "side-by-side 收入|支出", "multi-level merged headers", "三公 table", "landscape", "ruled grid"]

LEAVES = [("2040601", "b"), ("2040602", "p"), ("2040604", "p"), ("2040605", "p"), ("2040610", "bp"),
          ("2040699", "p"), ("2080501", "b"), ("2080505", "b"), ("2080506", "b"),
          ("2101101", "b"), ("2101103", "b"), ("2210201", "b"), ("2210202", "b")]


def build(out_dir):
    fin = Fin(FILE, LEAVES, dec=6, mag=1800)
    doc = Doc(f"{out_dir}/{FILE}", FILE, DEPT, 2026, "预算", footer="emdash")
    common = dict(unit="万元", number_pos="right", orientation="landscape")
    doc.add_table(summary_table(fin, "收支总表", number="预算01表", **common))
    rows = fin.func_rows([lambda c: fin.basic[c] + fin.proj[c], lambda c: fin.basic[c],
                          lambda c: fin.person[c], lambda c: fin.public[c], lambda c: fin.proj[c]])
    doc.add_table(classified_table(
        "一般公共预算支出表", rows,
        [("预算数", ["合计", ("基本支出", ["小计", "人员经费", "公用经费"]), ("项目支出", ["项目支出总数"])])],
        layout="glued-", name_title="功能分类科目", name_w=240, amount_w=90, number="预算05表", dec=6,
        total_first=False, **common))
    doc.add_table(classified_table(
        "一般公共预算基本支出表", fin.econ_rows(), [("预算数", ["合计", "人员经费", "公用经费"])],
        layout="glued-", name_title="部门支出经济分类科目", name_w=240, amount_w=100, number="预算06表", dec=6,
        total_first=True, **common))
    doc.add_table(sangong_table(fin, "财政拨款“三公”经费支出表", number="预算09表",
                                heads=["“三公”经费财政拨款预算总额", "因公出国（境）费用", "公务接待费",
                                       ("公务用车购置及运行维护费", ["小计", "公务用车购置费", "公务用车运行维护费"])],
                                keys=("tot", "abroad", "recept", "car", "car_buy", "car_run"), **common))
    doc.save()
    write_truth(doc, out_dir)
    return doc
