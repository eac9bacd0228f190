"""s02: Shanghai-style district budget in 元: titles without a number, one 7-digit code
column with 5-digit 款 and 3-digit 类 rows, side-by-side 财务收支预算总表, portrait, full grid,
a long 支出 table continuing over pages with the header repeated."""

from tablelib import Doc
from common import write_truth
from std import Fin, classified_table, summary_table, sangong_table

FILE = "s02_shanghai_yuan_2025.pdf"
DEPT = "上海市静安区统计局"
LAYOUTS = ["元 (16231840.80 style, thousands separators printed)", "7-digit code column with 5-digit 款 and 3-digit 类 rows",
           "titles without number (number null)", "side-by-side 收入|支出 (labels 本年收入/本年支出)",
           "table over pages with header repeated", "ruled grid", "portrait", "三公 table (single unnamed row)",
           "notes under tables"]

LEAVES = [("2010501", "b"), ("2010502", "p"), ("2010505", "p"), ("2010507", "p"), ("2010508", "p"),
          ("2010601", "b"), ("2010602", "p"), ("2010607", "p"),
          ("2080501", "b"), ("2080502", "b"), ("2080505", "b"), ("2080506", "b"), ("2080801", "b"),
          ("2101101", "b"), ("2101102", "b"), ("2101103", "b"), ("2101199", "b"),
          ("2120101", "b"), ("2120104", "p"), ("2120199", "p"),
          ("2210201", "b"), ("2210202", "b"), ("2210203", "b")]


def build(out_dir):
    fin = Fin(FILE, LEAVES, dec=2, mag=1500000)
    doc = Doc(f"{out_dir}/{FILE}", FILE, DEPT, 2025, "预算", footer="dash")
    doc.narrative("2025年上海市静安区统计局部门预算", [
        "#一、部门主要职能",
        "负责组织领导和协调全区统计工作，确保统计数据真实、准确、及时；组织实施全区重大国情国力普查和经济社会发展情况的统计调查。",
        "#二、部门预算编制说明",
        f"2025年度，上海市静安区统计局收入预算{fin.total // 100}元，其中：财政拨款收入{(fin.total - fin.total_carry) // 100}元。",
    ])
    common = dict(unit="元", number=None, number_text=None)
    t = summary_table(fin, "2025年部门财务收支预算总表", left_title="本年收入", right_title="本年支出", **common)
    doc.add_table(t)
    rows = fin.func_rows([lambda c: fin.basic[c] + fin.proj[c], lambda c: fin.basic[c] + fin.proj[c] - fin.carry[c],
                          lambda c: 0, lambda c: 0, lambda c: fin.carry[c]])
    doc.add_table(classified_table(
        "2025年部门收入预算总表", rows,
        [("收入预算", ["合计", "财政拨款收入", "事业收入", "事业单位经营收入", "其他收入"])],
        layout="full", code_title="功能分类科目编码", name_title="功能分类科目名称", total_first=False,
        name_w=150, amount_w=62, font_size=7.8, notes=["注：本表“其他收入”为上年结转资金。"], **common))
    rows = fin.func_rows([lambda c: fin.basic[c] + fin.proj[c], lambda c: fin.basic[c], lambda c: fin.proj[c]])
    doc.add_table(classified_table(
        "2025年部门支出预算总表", rows, [("支出预算", ["合计", "基本支出", "项目支出"])],
        layout="full", code_title="功能分类科目编码", name_title="功能分类科目名称", total_first=False,
        font_size=9.5, min_row_h=22, **common))
    doc.add_table(sangong_table(fin, "2025年部门“三公”经费和机关运行经费预算表",
                                heads=[("“三公”经费预算数", ["合计", "因公出国（境）费", ("公务用车购置及运行费", ["小计", "购置费", "运行费"]), "公务接待费"])],
                                notes=["注：本单位2025年无因公出国（境）费和公务用车购置费预算。"], **common))
    doc.save()
    write_truth(doc, out_dir)
    return doc
