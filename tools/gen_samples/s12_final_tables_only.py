"""s12: a tables-only 决算 with 年初预算 / 调整预算 / 决算数 and a 完成率 percentage column,
own-part codes under 类 rows, three-line rules, title style '表 1', portrait."""

from tablelib import B, Col, Doc, H, Row, Table
from common import fmt, func_tree, write_truth
from std import Fin, code_name_part, tree_header, summary_table

FILE = "s12_final_percentages_2022.pdf"
DEPT = "某区卫生健康委员会"
LAYOUTS = ["决算 with 年初预算数/决算数 and percentage column (16.70%)", "own-part code column",
           "three-line rules", "title style '表 1'", "side-by-side 收入|支出 (决算数)", "portrait", "万元"]

LEAVES = [("2010101", "b"), ("2010108", "p"), ("2101101", "b"), ("2101102", "b"), ("2101199", "bp"),
          ("2080505", "b"), ("2080506", "b"), ("2210201", "b")]


def build(out_dir):
    fin = Fin(FILE, LEAVES, dec=2, mag=350)
    rng = fin.rng
    doc = Doc(f"{out_dir}/{FILE}", FILE, DEPT, 2022, "决算", footer="cn")
    common = dict(unit="万元", rules="topbottom", number_pos="center")
    doc.add_table(summary_table(fin, "收入支出决算总表", amount_head="决算数", number="表1", number_text="表 1",
                                **common))
    budget = {c: fin.basic[c] + fin.proj[c] for c in fin.codes}
    adj = {c: budget[c] + (rng.randint(0, budget[c] // 10) if rng.random() < 0.4 else 0) for c in fin.codes}
    final = {c: int(adj[c] * rng.uniform(0.82, 1.0)) for c in fin.codes}
    rows = func_tree({c: [budget[c], adj[c], final[c]] for c in fin.codes}, 3)
    tot = [sum(r[2][i] for r in rows if len(r[0]) == 3) for i in range(3)]
    rows.append((None, "合计", tot))
    out = []
    for code, name, (b, a, f) in rows:
        out.append(Row(B(code, name, [fmt(b, 2), fmt(a, 2), fmt(f, 2), f"{f * 100 / b:.2f}%"]), span=code is None))
    cols, hdr = code_name_part("own", "项目名称", "科目编码", 1, name_w=170)
    ah, n = tree_header(["年初预算数", "调整预算数", "决算数", "完成率"], 2, 0, 1)
    cols += [Col("amount", 72, vi=i) for i in range(4)]
    doc.add_table(Table("一般公共预算财政拨款支出决算表", cols, hdr + ah, out, number="表5", number_text="表 5",
                        notes=["注：完成率=决算数÷调整预算数×100%。"], **common))
    doc.save()
    write_truth(doc, out_dir)
    return doc
