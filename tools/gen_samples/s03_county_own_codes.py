"""s03: county education bureau, each code level printing only its own part (201, then 06,
then 01), a narrow name column so names wrap over 2–3 lines, title style '表1', an empty
table printed with 本表无数据, blank cells beside cells printed 0.00 and '-'."""

from tablelib import B, Doc, Row
from common import write_truth
from std import Fin, classified_table, empty_table, sangong_table, summary_table

FILE = "s03_county_edu_own_codes_2023.pdf"
DEPT = "临江县教育局"
LAYOUTS = ["code column printing each level's own part (201 / 05 / 01)",
           "names wrapped over 2–3 lines in a narrow cell", "title style '表1'",
           "empty table printed with 本表无数据", "blank cells beside 0.00 and '-' cells",
           "三公 table", "side-by-side 收入|支出", "ruled grid", "portrait", "万元"]

LEAVES = [("2050101", "b"), ("2050199", "p"), ("2050201", "bp"), ("2050202", "bp"), ("2050203", "bp"),
          ("2050204", "bp"), ("2050803", "p"), ("2080501", "b"), ("2080502", "b"), ("2080505", "b"),
          ("2080506", "b"), ("2101101", "b"), ("2101102", "b"), ("2101199", "b"), ("2210201", "b")]


def build(out_dir):
    fin = Fin(FILE, LEAVES, dec=2, mag=900)
    doc = Doc(f"{out_dir}/{FILE}", FILE, DEPT, 2023, "预算", footer="cn")
    common = dict(unit="万元", number_pos="left")
    doc.add_table(summary_table(fin, "2023年部门收支预算总表", zero="0", number="表1", number_text="表1",
                                **common))
    rows = fin.func_rows([lambda c: fin.basic[c] + fin.proj[c], lambda c: fin.basic[c], lambda c: fin.proj[c]])
    # 项目支出 printed as '-' where none, 基本支出 blank where none
    t = classified_table("2023年部门支出预算表", rows, ["合计", "基本支出", "项目支出"], layout="own",
                         code_title="科目编码", name_title="科目名称", name_w=78, amount_w=80,
                         number="表2", number_text="表2", notes=["注：“-”表示该项无预算。"], **common)
    for r in t.rows:
        v = r.blocks[0]["values"]
        if v[2] is None:
            v[2] = "-"
    doc.add_table(t)
    rows = fin.func_rows([lambda c: fin.basic[c] + fin.proj[c], lambda c: fin.basic[c] + fin.proj[c],
                          lambda c: 0, lambda c: 0])
    doc.add_table(classified_table(
        "2023年一般公共预算支出预算表", rows,
        ["合计", "一般公共预算拨款", "政府性基金预算拨款", "国有资本经营预算拨款"],
        layout="own", name_w=90, amount_w=75, zero="0", number="表3", number_text="表3",
        font_size=7.8, **common))
    doc.add_table(empty_table("2023年政府性基金预算支出表", ["合计", "基本支出", "项目支出"], layout="own",
                              name_w=120, amount_w=80, number="表4", number_text="表4",
                              notes=["注：本单位2023年无政府性基金预算支出。"], **common))
    doc.add_table(sangong_table(fin, "2023年“三公”经费支出预算表", zero="0", number="表5", number_text="表5",
                                **common))
    doc.save()
    write_truth(doc, out_dir)
    return doc
