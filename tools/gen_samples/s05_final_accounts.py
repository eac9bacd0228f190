"""s05: a 决算 (final accounts) document: 公开0N表 numbering, side-by-side 收入支出决算总表,
年初预算数 / 决算数 columns with a percentage column ("96.35%"), a 基本支出 table with two
经济分类 column pairs side by side (人员经费 | 公用经费, two blocks), 三公 预算数/决算数,
an empty 政府性基金 table printed with 本表无数据."""

from tablelib import B, Col, Doc, H, Row, Table
from common import ECON, fmt, func_tree, write_truth
from std import Fin, classified_table, empty_table, sangong_table, summary_table

FILE = "s05_final_accounts_2023.pdf"
DEPT = "某市市场监督管理局"
LAYOUTS = ["决算 document (stage 决算)", "title style '公开01表'", "年初预算数/决算数 columns with a percentage column",
           "基本支出 with two 经济分类 column pairs side by side (人员经费 | 公用经费 blocks)",
           "three 类/款/项 split code columns", "side-by-side 收入|支出", "empty table 本表无数据",
           "三公 预算数/决算数", "landscape + portrait", "ruled grid"]

LEAVES = [("2010101", "b"), ("2010108", "p"), ("2011101", "b"), ("2011102", "p"),
          ("2080501", "b"), ("2080505", "b"), ("2080506", "b"), ("2101101", "b"), ("2101103", "b"),
          ("2210201", "b"), ("2210203", "b")]


def build(out_dir):
    fin = Fin(FILE, LEAVES, dec=2, mag=420, carry_share=0.1)
    rng = fin.rng
    doc = Doc(f"{out_dir}/{FILE}", FILE, DEPT, 2023, "决算", footer="dash")
    doc.narrative("某市市场监督管理局2023年度部门决算", [
        "#第一部分 部门概况", "#一、主要职能",
        "负责市场综合监督管理，统一登记市场主体，组织和指导市场监管综合执法工作。",
        "#第二部分 2023年度部门决算表"])
    common = dict(unit="万元", number_pos="right")
    doc.add_table(summary_table(fin, "收入支出决算总表", amount_head="决算数", number="公开01表",
                                orientation="portrait", **common))
    # 年初预算 vs 决算 with percentage ---------------------------------------
    budget = {c: fin.basic[c] + fin.proj[c] for c in fin.codes}
    final = {}
    for c in fin.codes:
        f = rng.uniform(0.86, 1.08)
        final[c] = int(budget[c] * f)
    rows = func_tree({c: [budget[c], final[c]] for c in fin.codes}, 2)
    tb = sum(r[2][0] for r in rows if len(r[0]) == 3)
    tf = sum(r[2][1] for r in rows if len(r[0]) == 3)
    rows.insert(0, (None, "合计", [tb, tf]))
    out = []
    for code, name, (b, f) in rows:
        pct = f"{f * 100 / b:.2f}%" if b else None
        out.append(Row(B(code, name, [fmt(b, 2), fmt(f, 2), pct]), span=code is None))
    from std import code_name_part, tree_header
    cols, hdr = code_name_part("split3", "科目名称", "科目编码", 2, name_w=200)
    ah, n = tree_header(["年初预算数", "决算数", "决算数为年初预算数的%"], 4, 0, 2)
    cols += [Col("amount", 85, vi=i) for i in range(3)]
    doc.add_table(Table("一般公共预算财政拨款支出决算明细表", cols, hdr + ah, out, number="公开05表",
                        orientation="landscape", notes=["注：决算数为年初预算数的%=决算数÷年初预算数×100%。"],
                        **common))
    # 基本支出: two 经济分类 pairs --------------------------------------------
    er = fin.econ_rows()
    person = [B(c, n, [fmt(v[1], 2)]) for c, n, v in er if v[1] or (len(c) == 3 and c != "302")]
    public = [B(c, n, [fmt(v[2], 2)]) for c, n, v in er if c.startswith("302")]
    npers = sum(v[1] for c, n, v in er if len(c) == 3)
    npub = sum(v[2] for c, n, v in er if len(c) == 3)
    m = max(len(person), len(public))
    person += [None] * (m - len(person))
    public += [None] * (m - len(public))
    rows = [Row(a, b) for a, b in zip(person, public)]
    rows.append(Row(B(None, "人员经费合计", [fmt(npers, 2)]), B(None, "公用经费合计", [fmt(npub, 2)]), span=True))
    cols = [Col("code", 44, 0), Col("name", 160, 0), Col("amount", 80, 0, vi=0),
            Col("code", 44, 1), Col("name", 160, 1), Col("amount", 80, 1, vi=0)]
    hdr = [H("人员经费", 0, 0, 1, 3), H("公用经费", 0, 3, 1, 3),
           H("科目编码", 1, 0), H("科目名称", 1, 1), H("决算数", 1, 2),
           H("科目编码", 1, 3), H("科目名称", 1, 4), H("决算数", 1, 5)]
    doc.add_table(Table("一般公共预算财政拨款基本支出决算表", cols, hdr, rows, number="公开06表",
                        labels=["人员经费", "公用经费"], orientation="landscape", font_size=7.6, **common))
    doc.add_table(empty_table("政府性基金预算财政拨款收入支出决算表",
                              ["年初结转和结余", "本年收入", ("本年支出", ["小计", "基本支出", "项目支出"]), "年末结转和结余"],
                              layout="split3", name_w=170, amount_w=70, number="公开07表",
                              orientation="landscape",
                              notes=["注：本单位2023年度没有使用政府性基金预算财政拨款安排的支出，故本表无数据。"],
                              **common))
    s = fin.sangong
    car = s["car_buy"] + s["car_run"]
    fb = [s["abroad"] + car + s["recept"], s["abroad"], car, s["car_buy"], s["car_run"], s["recept"]]
    ff = [int(x * 0.93) for x in fb]
    ff[2] = ff[3] + ff[4]
    ff[0] = ff[1] + ff[2] + ff[5]
    sub = ["合计", "因公出国（境）费", ("公务用车购置及运行维护费", ["小计", "公务用车购置费", "公务用车运行维护费"]), "公务接待费"]
    t = sangong_table(fin, "一般公共预算财政拨款“三公”经费支出决算表", number="公开09表",
                      heads=[("预算数", sub), ("决算数", sub)], orientation="landscape",
                      keys=("tot", "abroad", "car", "car_buy", "car_run", "recept") * 2, **common)
    t.rows[0].blocks[0]["values"] = [fin.v(x) for x in fb + ff]
    for c in t.cols:
        c.width = 56
    doc.add_table(t)
    doc.save()
    write_truth(doc, out_dir)
    return doc
