#!/usr/bin/python3
"""The probe for 决算 (final accounts) templates: documents of the nine standard 部门决算
tables (收入支出决算总表, 收入决算表, 支出决算表, 财政拨款收入支出决算总表, 一般公共预算财政拨款
支出决算表, 基本支出决算表, 三公 预算数/决算数, 政府性基金 …), each drawn in random printed
styles and a producer's house style (house_styles.draw_house), with its truth.

What 决算 templates print and budgets do not: 上级补助/经营/附属单位 columns mostly empty,
a 栏次 numbering row under the header, a 项目 head over the code and name columns, three
header levels (预算数 | 决算数 over 公务用车 over 购置费), 年初预算数 against 决算数 with a
完成率 or 增减 column (percentages, negative figures), 基本支出 in two or three
经济分类 panels side by side.

    /usr/bin/python3 tools/gen_samples/final_combinations.py OUTDIR FIRST LAST
    scripts/probe_styles.sh [BUILD_DIR] [COUNT] final

Seeded by the document's number: the same number gives the same document.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import FUNC, fmt, func_tree  # noqa: E402
from std import (LEAVES, Fin, classified_table, empty_table, fiscal_summary_table,  # noqa: E402
                 sangong_table, summary_table)
from house_styles import draw_house, later_stream, save_with_styles  # noqa: E402
import tablelib  # noqa: E402
from tablelib import B, Col, Doc, H, Row, Table  # noqa: E402

DEPT = "测试市示范局"
YEAR = 2025
LANDSCAPE_WIDTH = 842 - 90

REVENUE = ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入",
           "其他收入"]
EXPENDITURE = ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"]
SANGONG = ["合计", "因公出国（境）费", ("公务用车购置及运行维护费", ["小计", "公务用车购置费", "公务用车运行维护费"]),
           "公务接待费"]


def project_head(table, ncode):
    """A 项目 head over the code and name columns (the first ncode + 1), as 决算 templates
    print it: their own heads move one row down, the amount heads reach one row further."""
    depth = max(h.r + h.rs for h in table.header)
    for h in table.header:
        if h.c <= ncode:
            h.r += 1
        elif h.r + h.rs == depth:
            h.rs += 1
    table.header.append(H("项目", 0, 0, 1, ncode + 1))


def fit_width(cols, width=LANDSCAPE_WIDTH):
    """Narrows the name columns so that the table fits a landscape page."""
    over = sum(c.width for c in cols) - width
    names = [c for c in cols if c.kind == "name"]
    for c in names:
        c.width = max(90, c.width - over // len(names) - 1)


def orientation(cols):
    return "landscape" if sum(c.width for c in cols) > 595 - 90 else "portrait"


class Finals:
    """A department's 决算 figures on top of Fin: revenue by source (财政拨款 the most, some
    事业收入 and 其他收入), and the year's budget the accounts compare with."""

    def __init__(self, fin, r):
        one = 10 ** fin.dec
        self.fin = fin
        self.fiscal = {c: fin.basic[c] + fin.proj[c] for c in fin.codes}
        self.business = {c: r.randint(0, self.fiscal[c] // 5) if r.random() < 0.3 else 0
                         for c in fin.codes}
        self.other = {c: r.randint(0, self.fiscal[c] // 10) if r.random() < 0.2 else 0
                      for c in fin.codes}
        self.total = {c: self.fiscal[c] + self.business[c] + self.other[c] for c in fin.codes}
        # The year's budget: the accounts come out above or below it.
        self.budget = {c: max(one, int(self.fiscal[c] * r.uniform(0.85, 1.15))) for c in fin.codes}

    def revenue_rows(self):
        return self.fin.func_rows([lambda c: self.total[c], lambda c: self.fiscal[c], lambda c: 0,
                                   lambda c: self.business[c], lambda c: 0, lambda c: 0,
                                   lambda c: self.other[c]])

    def expenditure_rows(self):
        f = self.fin
        # The non-fiscal money is spent on basic expenditure in these accounts.
        return f.func_rows([lambda c: self.total[c], lambda c: f.basic[c] + self.business[c] +
                            self.other[c], lambda c: f.proj[c], lambda c: 0, lambda c: 0,
                            lambda c: 0])


def draw_styles(i):
    r = random.Random(i + 2000000)
    unit = r.choice(["万元", "万元", "元"])
    dec = 2 if unit == "万元" else r.choice([0, 2])
    font_size = r.choice([7.0, 7.5, 8.0, 9.0])
    thousands = r.choice([True, False])
    chars = (8 if unit == "元" else 4) + (dec + 1 if dec else 0) + (2 if thousands else 0)
    # Widths in no fixed ratio to the font size (a spaced label filling its column exactly
    # stands as far from its neighbour as its own characters are apart: a coincidence).
    amount_w = max(r.choice([56, 64, 72]) + r.randint(1, 6),
                   int(tablelib.nw("8" * chars, font_size)) + 10)
    return r, dict(
        unit=unit, dec=dec, mag=300 if unit == "万元" else 3000000,
        layout=r.choice(["full", "split3", "split3", "glued-", "own"]),
        rules=r.choice(["grid", "grid", "grid", "none", "topbottom"]),
        thousands=thousands, font_size=font_size, amount_w=amount_w,
        name_w=r.choice([120, 150, 170]),
        zero=r.choice([None, None, "0", "-"]),
        numbering=r.random() < 0.6,  # a 栏次 row under the header
        project_head=r.random() < 0.6,
        frame_caption=r.random() < 0.2,
        number_style=r.choice(["公开{:02d}表", "公开{}表", "表{}", "附表{}"]),
        year_in_title=r.random() < 0.5,
    )


def draw_rules_one_way(i, s):
    """Rules one way only (a later draw, so that earlier documents stay the same): a rule
    under every row and none between columns, or column rules under a ruled header."""
    r = random.Random(i + 2300000)
    if later_stream(2) and s["rules"] in ("none", "topbottom") and r.random() < 0.3:
        s["rules"] = r.choice(["hrows", "vcols"])


def draw_leaves(i, s):
    """The department's 项 codes: the families' few, or (a later draw, so that earlier
    documents stay the same) a long list whose tables run over pages, their header
    repeated or not."""
    r = random.Random(i + 2100000)
    if r.random() < 0.5:
        return LEAVES
    pool = [c for c in FUNC if len(c) == 7 and c[:3] in FUNC and c[:5] in FUNC]
    codes = sorted(r.sample(pool, r.randint(15, min(40, len(pool)))))
    s["leaves"] = len(codes)
    s["repeat_header"] = r.random() < 0.7
    return [(c, r.choice(["b", "b", "p", "bp"])) for c in codes]


def make(i, doc=None, keep=None, leaves=None, retitle=None):
    """决算 document number i; or only its tables whose title `keep` accepts, added to `doc`
    (a family's document made of the probe's findings), titled by `retitle` (two tables of
    one document never share a title); `leaves` instead of the drawn ones (the families'
    few: a trap stays what it was when a later draw was added)."""
    house, _r5, _r6, _r7 = draw_house(i)
    if "running_header" in house:
        house["running_header"] = (f"{DEPT}{YEAR}年度部门决算", house["running_header"][1])
    tablelib.set_house_style(**house)
    r, s = draw_styles(i)
    draw_rules_one_way(i, s)
    fin = Fin(f"j{i}", leaves or draw_leaves(i, s), dec=s["dec"], mag=s["mag"])
    finals = Finals(fin, r)
    if doc is None:
        name = f"j{i:03d}.pdf"
        doc = Doc(os.path.join(OUT, name), name, DEPT, YEAR, "决算")
        doc.narrative(f"{DEPT}{YEAR}年度部门决算", ["本文件由 budgetpdf 的版式家族生成器生成，数字为虚构。"])
    def add(t):
        if keep is None or keep(t.title):
            if retitle:
                t.title = t.title_text = retitle(t.title)
            doc.add_table(t)
    seq = iter(range(1, 20))

    def title(words):
        return (f"{YEAR}年度" if s["year_in_title"] else "") + words

    def number():
        return s["number_style"].format(next(seq))

    common = dict(unit=s["unit"], rules=s["rules"], font_size=s["font_size"],
                  frame_caption=s["frame_caption"])
    zero = s["zero"]

    # 01 收入支出决算总表: 收入 | 支出 side by side, 行次 columns in most templates.
    add(summary_table(fin, title("收入支出决算总表"), number=number(), zero=zero,
                                amount_head=r.choice(["决算数", "金额"]),
                                row_numbers=r.random() < 0.6, thousands=s["thousands"],
                                **common))
    # 02 收入决算表, 03 支出决算表: the classification by source and by purpose.
    for words, tree, rows in (("收入决算表", REVENUE, finals.revenue_rows()),
                              ("支出决算表", EXPENDITURE, finals.expenditure_rows())):
        add(classified(title(words), rows, tree, s, number(), common))
    # 04 财政拨款收入支出决算总表.
    add(fiscal_summary_table(fin, title("财政拨款收入支出决算总表"), number=number(),
                                       amount_w=s["amount_w"], thousands=s["thousands"], **common))
    # 05 一般公共预算财政拨款支出决算表, in one of three templates.
    add(general_budget_final(finals, r, s, title("一般公共预算财政拨款支出决算表"), number(),
                                       common))
    # 06 基本支出决算表: 经济分类 in two or three panels.
    add(basic_panels(fin, r, s, title("一般公共预算财政拨款基本支出决算表"), number(), common))
    # 07 三公: 预算数 | 决算数, three header levels.
    add(sangong_final(fin, r, s, title("一般公共预算财政拨款“三公”经费支出决算表"), number(),
                                common))
    # 08 政府性基金: nothing to print.
    how = r.choice(["in_table", "note", "both"])
    add(empty_table(title("政府性基金预算财政拨款收入支出决算表"),
                              ["年初结转和结余", "本年收入", ("本年支出", ["小计", "基本支出", "项目支出"]),
                               "年末结转和结余"],
                              layout=s["layout"] if s["layout"] != "own" else "full",
                              name_w=s["name_w"], amount_w=s["amount_w"], number=number(),
                              in_table=None if how == "note" else "本表无数据",
                              note=None if how == "in_table" else
                              "注：本部门本年度无政府性基金预算财政拨款收入和支出，故本表为空表。",
                              orientation="landscape", **common))
    return doc, s


def classified(title_text, rows, tree, s, number, common, **kw):
    """A 决算 table by 功能分类: many source columns, mostly empty, 栏次 row, 项目 head."""
    layout = s["layout"]
    t = classified_table(title_text, rows, tree, layout=layout, dec=s["dec"], zero=s["zero"],
                         name_w=s["name_w"], amount_w=s["amount_w"], thousands=s["thousands"],
                         numbering=s["numbering"], number=number,
                         repeat_header=s.get("repeat_header", True), **common, **kw)
    ncode = sum(1 for c in t.cols if c.kind == "code")
    if s["project_head"] and ncode:
        project_head(t, ncode)
    fit_width(t.cols)
    t.orientation = orientation(t.cols)
    return t


def general_budget_final(finals, r, s, title_text, number, common):
    """一般公共预算财政拨款支出决算表: 本年支出 (小计 | 基本支出 | 项目支出), or the year's
    budget against the accounts with a 完成率 (percent) or an 增减 (negative figures) column."""
    fin = finals.fin
    variant = r.choice(["split", "percent", "percent_plain", "change"])
    s["general_budget"] = variant
    if variant == "split":
        tree = [("本年支出", ["小计", "基本支出", "项目支出"])]
        rows = fin.func_rows([lambda c: fin.basic[c] + fin.proj[c], lambda c: fin.basic[c],
                              lambda c: fin.proj[c]])
        return classified(title_text, rows, tree, s, number, common)
    return against_budget(finals, s, variant, title_text, number, common)


def against_budget(finals, s, variant, title_text, number, common):
    """年初预算数 | 决算数 and a third column: the percentage of the budget spent ("percent":
    "96.35%"; "percent_plain": "96.35" under 完成率（%）) or the difference ("change",
    negative where the accounts came out below the budget)."""
    fin, dec = finals.fin, s["dec"]
    ints = func_tree({c: [finals.budget[c], finals.fiscal[c]] for c in fin.codes}, 2)
    tops = [x for x in ints if len(x[0]) == 3]
    total = (None, "合计", [sum(x[2][k] for x in tops) for k in range(2)])
    third = {"percent": "决算数为年初预算数的%", "percent_plain": "完成率（%）", "change": "增减额"}[variant]
    out = []
    for code, name, (b, f) in [total] + ints:
        if variant == "change":
            extra = fmt(f - b, dec)
        else:
            extra = f"{f * 100 / b:.2f}" + ("%" if variant == "percent" else "")
        out.append(Row(B(code, name, [fin.v(b, s["zero"]), fin.v(f, s["zero"]), extra]),
                       span=code is None))
    t = classified_table(title_text, [], ["年初预算数", "决算数", third], layout=s["layout"],
                         dec=dec, name_w=s["name_w"], amount_w=s["amount_w"],
                         thousands=s["thousands"], numbering=s["numbering"], number=number,
                         **common)
    t.rows = out
    ncode = sum(1 for c in t.cols if c.kind == "code")
    if s["project_head"] and ncode:
        project_head(t, ncode)
    t.orientation = orientation(t.cols)
    return t


def basic_panels(fin, r, s, title_text, number, common):
    """基本支出决算表: 人员经费 | 公用经费 panels of 科目编码 | 科目名称 | 决算数; with three
    panels the 公用经费 list goes on in the third."""
    dec, zero = s["dec"], s["zero"]
    er = fin.econ_rows()
    person = [B(c, n, [fin.v(v[1], zero)]) for c, n, v in er if v[1] or (len(c) == 3 and c != "302")]
    public = [B(c, n, [fin.v(v[2], zero)]) for c, n, v in er if c.startswith("302")]
    npers = sum(v[1] for c, n, v in er if len(c) == 3)
    npub = sum(v[2] for c, n, v in er if len(c) == 3)
    three = r.random() < 0.5
    s["basic_panels"] = 3 if three else 2
    panels = [person, public[: (len(public) + 1) // 2], public[(len(public) + 1) // 2:]] \
        if three else [person, public]
    m = max(len(p) for p in panels)
    panels = [p + [None] * (m - len(p)) for p in panels]
    rows = [Row(*blocks) for blocks in zip(*panels)]
    totals = [B(None, "人员经费合计", [fmt(npers, dec)])] + [None] * (len(panels) - 2) + \
        [B(None, "公用经费合计", [fmt(npub, dec)])]
    rows.append(Row(*totals))
    labels = ["人员经费", "公用经费", "公用经费"][: len(panels)]
    name_w = 150 if three else 170
    cols, hdr = [], []
    for b, label in enumerate(labels):
        cols += [Col("code", 44, b), Col("name", name_w, b), Col("amount", s["amount_w"], b, vi=0)]
        hdr += [H(label, 0, 3 * b, 1, 3), H("科目编码", 1, 3 * b), H("科目名称", 1, 3 * b + 1),
                H("决算数", 1, 3 * b + 2)]
    fit_width(cols)
    return Table(title_text, cols, hdr, rows, number=number, labels=labels,
                 orientation=orientation(cols), thousands=s["thousands"], **common)


def sangong_final(fin, r, s, title_text, number, common):
    """三公 决算: 预算数 and 决算数, each 合计 | 出国 | 公务用车 (小计 | 购置 | 运行) | 接待."""
    sg = fin.sangong
    car = sg["car_buy"] + sg["car_run"]
    budget = [sg["abroad"] + car + sg["recept"], sg["abroad"], car, sg["car_buy"], sg["car_run"],
              sg["recept"]]
    final = [int(x * r.uniform(0.8, 1.0)) for x in budget]
    final[2] = final[3] + final[4]
    final[0] = final[1] + final[2] + final[5]
    t = sangong_table(fin, title_text, number=number, heads=[("预算数", SANGONG), ("决算数", SANGONG)],
                      keys=("tot", "abroad", "car", "car_buy", "car_run", "recept") * 2,
                      zero=s["zero"], thousands=s["thousands"], **common)
    t.rows[0].blocks[0]["values"] = [fin.v(x, s["zero"]) for x in budget + final]
    for c in t.cols:
        c.width = max(s["amount_w"], 52)
    if s["numbering"]:
        t.numbering = [str(k) for k in range(1, 13)]
    t.orientation = "landscape"
    return t


OUT = "."


def main(argv):
    global OUT
    OUT, first, last = argv[1], int(argv[2]), int(argv[3])
    os.makedirs(OUT, exist_ok=True)
    for i in range(first, last):
        doc, styles = make(i)
        save_with_styles(doc, OUT, f"j{i:03d}", styles)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
