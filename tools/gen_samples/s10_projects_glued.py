"""s10: a long 项目支出 table with project names continuing over pages with the header
repeated, function codes glued to names ("2130104-事业运行"), plus a 财政拨款收支总表 whose
支出 side has 合计/一般公共预算/政府性基金预算 columns."""

from tablelib import B, Col, Doc, H, Row, Table
from common import fmt, write_truth
from std import Fin, ordinal
from s09_rotated import project_table

FILE = "s10_projects_glued_codes_2024.pdf"
DEPT = "某县水利局"
LAYOUTS = ["项目支出 with project names over pages, header repeated",
           "code glued to name with '-' in the 项目 table (2130104-事业运行)",
           "财政拨款收支总表 side by side with several 支出 columns", "landscape", "万元", "ruled grid",
           "title style '表 6'"]

LEAVES = [("2130101", "b"), ("2130104", "bp"), ("2130108", "p"), ("2130135", "p"), ("2130301", "bp"),
          ("2130306", "p"), ("2130314", "p"), ("2130335", "p"), ("2120104", "p"), ("2120199", "p"),
          ("2010302", "p"), ("2010350", "p"), ("2080505", "b"), ("2101101", "b"), ("2210201", "b")]


def build(out_dir):
    fin = Fin(FILE, LEAVES, dec=2, mag=900)
    doc = Doc(f"{out_dir}/{FILE}", FILE, DEPT, 2024, "预算", footer="plain")
    v = lambda x: fmt(x, 2) if x else None
    left = [B(None, "一、一般公共预算", [v(fin.total - fin.total_carry)]),
            B(None, "二、政府性基金预算", [None]), B(None, "三、国有资本经营预算", [None]),
            B(None, "四、上年结转", [v(fin.total_carry)])]
    classes = [r for r in fin.func_rows([lambda c: fin.basic[c] + fin.proj[c]]) if len(r[0]) == 3]
    right = [B(None, f"{ordinal(i)}、{n}", [v(x[0]), v(x[0]), None]) for i, (c, n, x) in enumerate(classes)]
    m = max(len(left), len(right))
    left += [None] * (m - len(left))
    right += [None] * (m - len(right))
    rows = [Row(a, b) for a, b in zip(left, right)]
    rows.append(Row(B(None, "收入总计", [v(fin.total)]), B(None, "支出总计", [v(fin.total), v(fin.total), None]), span=True))
    cols = [Col("name", 170, 0), Col("amount", 80, 0, vi=0), Col("name", 190, 1)] + \
           [Col("amount", 80, 1, vi=i) for i in range(3)]
    hdr = [H("收入", 0, 0, 1, 2), H("支出", 0, 2, 1, 4), H("项目", 1, 0, 2, 1), H("预算数", 1, 1, 2, 1),
           H("项目", 1, 2, 2, 1), H("预算数", 1, 3, 1, 3), H("合计", 2, 3), H("一般公共预算", 2, 4),
           H("政府性基金预算", 2, 5)]
    doc.add_table(Table("财政拨款收支总表", cols, hdr, rows, number="表6", number_text="表 6", unit="万元",
                        labels=["收入", "支出"], orientation="landscape"))
    doc.add_table(project_table(fin, "项目支出预算表", layout="glued-", number="表7", number_text="表 7",
                                unit="万元", orientation="landscape", font_size=10, min_row_h=30))
    doc.save()
    write_truth(doc, out_dir)
    return doc
