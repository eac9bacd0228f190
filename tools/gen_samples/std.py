"""Invented but arithmetically consistent department finances, and factories for the
standard disclosure tables drawn from them in many printed styles.

Every figure is an integer in 10^-dec units; parents are computed as sums of their
children, 合计 = 基本 + 项目, 人员 + 公用 = 基本, and so on, so the arithmetic holds.
"""

import random

import tablelib
from tablelib import B, Col, H, Row, Table
from common import ECON, FUNC, econ_tree, fmt, func_tree, rng_for, split_amount

# A department's 项 codes (功能分类) and what they fund: b basic only, p project only.
LEAVES = [("2010101", "b"), ("2010108", "p"), ("2010301", "bp"), ("2080501", "b"),
          ("2080505", "b"), ("2101101", "b"), ("2210201", "b")]

# 项 codes of a department with many projects (p: project spending only).
PROJECT_LEAVES = [("2010101", "b"), ("2010108", "p"), ("2010301", "bp"), ("2010350", "p"),
                  ("2080501", "b"), ("2130104", "bp"), ("2130135", "p")]

# 政府预算支出经济分类 款 codes a project may name.
ECON_GOV = {"50201": "办公经费", "50203": "培训费", "50205": "委托业务费",
            "50299": "其他商品和服务支出", "50306": "设备购置"}

ORD = "一二三四五六七八九十"


def ordinal(i):
    if i < 10:
        return ORD[i]
    if i < 20:
        return "十" + (ORD[i - 10] if i > 10 else "")
    return ORD[i // 10 - 1] + "十" + (ORD[i % 10 - 1] if i % 10 else "")


PROJECT_POOL = [
    "信息化系统运行维护经费", "专项业务工作经费", "办公楼物业管理及维修改造项目",
    "基层党组织建设专项经费", "法治宣传教育及普法工作经费", "社区矫正和安置帮教工作经费",
    "人民调解员以案定补经费", "公共法律服务体系建设项目", "统计调查及数据质量核查经费",
    "第五次全国经济普查工作经费", "农业面源污染综合治理项目", "高标准农田建设后续管护经费",
    "防汛抗旱物资储备及应急抢险经费", "农村饮水安全工程维修养护资金", "政府购买服务专项资金",
    "档案数字化加工及库房改造项目", "干部教育培训经费", "重点工作督查考核经费",
]


class Fin:
    """A department's figures.

    leaves: [(7-digit code, kind)] with kind 'b' (basic only), 'p' (project only) or 'bp'.
    mag: typical leaf size in whole units (万元 or 元); dec: decimals printed.
    """

    def __init__(self, seed, leaves, dec=2, mag=300, carry_share=0.02, person_share=0.82,
                 econ_person=("30101", "30102", "30103", "30108", "30109", "30110", "30113", "30199",
                              "30302", "30305"),
                 econ_public=("30201", "30205", "30206", "30207", "30211", "30213", "30216",
                              "30228", "30229", "30231", "30299")):
        rng = rng_for(seed)
        self.rng, self.dec = rng, dec
        one = 10 ** dec
        self.basic, self.proj, self.person, self.public = {}, {}, {}, {}
        for code, kind in leaves:
            b = rng.randint(int(mag * 0.2 * one), int(mag * 1.5 * one)) if "b" in kind else 0
            p = rng.randint(int(mag * 0.05 * one), int(mag * 0.8 * one)) if "p" in kind else 0
            self.basic[code], self.proj[code] = b, p
            pe = int(b * person_share)
            self.person[code], self.public[code] = pe, b - pe
        self.codes = [c for c, _ in leaves]
        self.total_basic = sum(self.basic.values())
        self.total_proj = sum(self.proj.values())
        self.total = self.total_basic + self.total_proj
        # 上年结转: part of the first project leaf
        pl = [c for c in self.codes if self.proj[c]]
        self.carry = {c: 0 for c in self.codes}
        if pl and carry_share:
            self.carry[pl[0]] = int(self.proj[pl[0]] * carry_share * 10) // 10 or 1
        self.total_carry = sum(self.carry.values())
        # 经济分类 of basic expenditure
        tp = sum(self.person.values())
        tq = sum(self.public.values())
        self.econ = {}
        for code, amt in zip(econ_person, split_amount(rng, tp, len(econ_person))):
            self.econ[code] = (amt, 0)
        for code, amt in zip(econ_public, split_amount(rng, tq, len(econ_public))):
            self.econ[code] = (0, amt)
        # projects
        self.projects = []
        pool = list(PROJECT_POOL)
        rng.shuffle(pool)
        for code in self.codes:
            if self.proj[code]:
                n = 1 if self.proj[code] < mag * 0.3 * one else 2
                for amt in split_amount(rng, self.proj[code], n, 0.3):
                    self.projects.append((code, pool.pop() if pool else "专项经费", amt))
        # 三公
        self.sangong = {"abroad": 0, "car_buy": 0,
                        "car_run": rng.randint(2 * one, 20 * one) if mag < 10000 else rng.randint(20000 * one, 90000 * one),
                        "recept": rng.randint(one // 2, 5 * one) if mag < 10000 else rng.randint(3000 * one, 20000 * one)}

    def v(self, x, zero=None):
        """Printed value of an integer amount; zero -> `zero` (None blank, '-' dash, '0' zeros)."""
        if x == 0:
            return fmt(0, self.dec) if zero == "0" else zero
        return fmt(x, self.dec)

    def func_rows(self, fields):
        """fields: functions leaf-code -> int; returns func tree [(code, name, [ints])]."""
        leaves = {c: [f(c) for f in fields] for c in self.codes}
        return func_tree(leaves, len(fields))

    def basic_project_rows(self):
        """The func tree with 合计 | 基本支出 | 项目支出 per row."""
        return self.func_rows([lambda c: self.basic[c] + self.proj[c], lambda c: self.basic[c],
                               lambda c: self.proj[c]])

    def basic_detail_rows(self):
        """The func tree with 合计 | 基本支出 (小计 | 人员经费 | 公用经费) | 项目支出 per row."""
        return self.func_rows([lambda c: self.basic[c] + self.proj[c], lambda c: self.basic[c],
                               lambda c: self.person[c], lambda c: self.public[c],
                               lambda c: self.proj[c]])

    def class_totals(self):
        """The 类 rows (3-digit codes) with their totals: [(code, name, [total])]."""
        return [r for r in self.func_rows([lambda c: self.basic[c] + self.proj[c]]) if len(r[0]) == 3]

    def econ_rows(self):
        leaves = {c: [a + b, a, b] for c, (a, b) in self.econ.items()}
        return econ_tree(leaves, 3)


# --------------------------------------------------------------------------- headers

def tree_header(tree, col0, row0, depth):
    """tree: [(text, [children])] or [text]; returns (H cells, number of leaf columns).
    A text starting with '^' is stacked vertically."""
    cells = []
    c = col0
    for node in tree:
        text, kids = (node, []) if isinstance(node, str) else node
        vert = text.startswith("^")
        text = text.lstrip("^")
        if kids:
            sub, n = tree_header(kids, c, row0 + 1, depth)
            cells.append(H(text, row0, c, 1, n, vertical=vert))
            cells += sub
            c += n
        else:
            cells.append(H(text, row0, c, depth - row0, 1, vertical=vert))
            c += 1
    return cells, c - col0


def tree_depth(tree):
    d = 1
    for node in tree:
        if not isinstance(node, str) and node[1]:
            d = max(d, 1 + tree_depth(node[1]))
    return d


def code_name_part(layout, name_title, code_title, depth, name_w=170, code_w=None, item=None,
                   item_w=150):
    """Columns and header cells for the classification part of a table.

    layout: 'split3' (类 款 项), 'split2' (类 款), 'full', 'own', 'glued-', 'glued ' or 'none'.
    """
    cols, hdr = [], []
    if layout in ("split3", "split2"):
        modes = ["lei", "kuan", "xiang"][: 3 if layout == "split3" else 2]
        for i, m in enumerate(modes):
            cols.append(Col("code", (code_w or 24) if i == 0 else 18, mode=m))
        if depth >= 2:
            hdr.append(H(code_title, 0, 0, depth - 1, len(modes)))
            for i, t in enumerate("类款项"[:len(modes)]):
                hdr.append(H(t, depth - 1, i))
        else:
            for i, t in enumerate("类款项"[:len(modes)]):
                hdr.append(H(t, 0, i))
    elif layout in ("full", "own"):
        cols.append(Col("code", code_w or (46 if layout == "full" else 32), mode=layout,
                        align="left" if layout == "full" else "center"))
        hdr.append(H(code_title, 0, 0, depth, 1))
    n = len(cols)
    if layout.startswith("glued"):
        cols.append(Col("name", name_w, glue=layout[5:]))
        hdr.append(H(name_title, 0, n, depth, 1))
    else:
        cols.append(Col("name", name_w))
        hdr.append(H(name_title, 0, n, depth, 1))
    if item:
        cols.append(Col("item", item_w))
        hdr.append(H(item, 0, n + 1, depth, 1))
    return cols, hdr


def classified_table(title, fin_rows, tree, *, layout="full", name_title="科目名称",
                     code_title="科目编码", total_name="合计", total_first=True, zero=None,
                     name_w=170, amount_w=70, dec=2, item=None, extra_rows=(), numbering=False,
                     indent=False, code_w=None, **kw):
    """A table keyed by classification rows (功能 or 经济分类) with amount columns given by
    a header tree. fin_rows: [(code, name, [ints])]; the total row is computed from 类 rows."""
    depth = tree_depth(tree)
    cols, hdr = code_name_part(layout, name_title, code_title, depth, name_w=name_w,
                               code_w=code_w, item=item)
    ncode = len(cols)
    ah, n = tree_header(tree, ncode, 0, depth)
    hdr += ah
    cols += [Col("amount", amount_w, vi=i) for i in range(n)]
    nv = n
    top = [r for r in fin_rows if r[0] and len(r[0]) == 3]
    tot = [sum(r[2][i] for r in top) for i in range(nv)]

    def pv(x):
        if x == 0:
            return fmt(0, dec) if zero == "0" else zero
        return fmt(x, dec)

    rows = []
    for code, name, ints in fin_rows:
        lvl = {3: 0, 5: 1, 7: 2}.get(len(code), 0) if indent else 0
        rows.append(Row(B(code, name, [pv(x) for x in ints]), indent=lvl))
    trow = Row(B(None, total_name, [pv(x) for x in tot]), span=True)
    rows = ([trow] + rows) if total_first else (rows + [trow])
    rows += list(extra_rows)
    if numbering:
        kw["numbering"] = (["栏次"] + [""] * (ncode - 1) + [str(i) for i in range(1, nv + 1)])
    return Table(title, cols, hdr, rows, **kw)


def summary_table(fin, title, *, zero=None, left_title="收入", right_title="支出",
                  amount_head="预算数", all_classes=False, ordinal_names=True, row_numbers=False,
                  **kw):
    """Side-by-side 收支总表: 收入 | 支出, each name + amount, totals on the last row. With
    row_numbers, a 行次 column after each side's names, as 决算 templates print."""
    dec = fin.dec
    v = lambda x: (fmt(0, dec) if zero == "0" else zero) if x == 0 else fmt(x, dec)
    left = [B(None, "一、一般公共预算拨款收入", [v(fin.total - fin.total_carry)]),
            B(None, "二、政府性基金预算拨款收入", [v(0)]),
            B(None, "三、国有资本经营预算拨款收入", [v(0)]),
            B(None, "四、财政专户管理资金收入", [v(0)]),
            B(None, "五、事业收入", [v(0)]),
            B(None, "六、事业单位经营收入", [v(0)]),
            B(None, "七、其他收入", [v(0)])]
    classes = fin.class_totals()
    right = []
    for i, (code, name, ints) in enumerate(classes):
        right.append(B(None, (ordinal(i) + "、" if ordinal_names else "") + name, [v(ints[0])]))
    n = max(len(left), len(right))
    left += [None] * (n - len(left))
    right += [None] * (n - len(right))
    rows = [Row(a, b) for a, b in zip(left, right)]
    rows.append(Row(B(None, "本年收入合计", [v(fin.total - fin.total_carry)]),
                    B(None, "本年支出合计", [v(fin.total)])))
    rows.append(Row(B(None, "上年结转结余", [v(fin.total_carry)]), B(None, "年末结转结余", [v(0)])))
    rows.append(Row(B(None, "收入总计", [v(fin.total)]), B(None, "支出总计", [v(fin.total)]), span=True))
    cols = [Col("name", 180, 0), Col("amount", 80, 0, vi=0), Col("name", 180, 1), Col("amount", 80, 1, vi=0)]
    hdr = [H(left_title, 0, 0, 1, 2), H(right_title, 0, 2, 1, 2),
           H("项目", 1, 0), H(amount_head, 1, 1), H("项目", 1, 2), H(amount_head, 1, 3)]
    if row_numbers:
        cols = [Col("name", 160, 0), Col("rownum", 26, 0), Col("amount", 80, 0, vi=0),
                Col("name", 160, 1), Col("rownum", 26, 1), Col("amount", 80, 1, vi=0)]
        hdr = [H(left_title, 0, 0, 1, 3), H(right_title, 0, 3, 1, 3),
               H("项目", 1, 0), H("行次", 1, 1), H(amount_head, 1, 2),
               H("项目", 1, 3), H("行次", 1, 4), H(amount_head, 1, 5)]
    return Table(title, cols, hdr, rows, labels=[left_title, right_title], **kw)


def sangong_table(fin, title, *, zero=None, heads=None,
                  keys=("tot", "abroad", "car", "car_buy", "car_run", "recept"), **kw):
    """三公 table: one unnamed data row; keys name the figure under each leaf header."""
    s = dict(fin.sangong)
    s["car"] = s["car_buy"] + s["car_run"]
    s["tot"] = s["abroad"] + s["car"] + s["recept"]
    v = [fin.v(s[k], zero) for k in keys]
    tree = heads or ["合计", "因公出国（境）费", ("公务用车购置及运行维护费", ["小计", "公务用车购置费", "公务用车运行维护费"]), "公务接待费"]
    depth = tree_depth(tree)
    hdr, n = tree_header(tree, 0, 0, depth)
    cols = [Col("amount", 80, vi=i) for i in range(n)]
    return Table(title, cols, hdr, [Row(B(None, None, v))], **kw)


def empty_table(title, tree, *, layout="full", in_table="本表无数据", note=None, name_w=170, **kw):
    t = classified_table(title, [], tree, layout=layout, name_w=name_w, **kw)
    t.rows = []
    t.empty = True
    t.empty_in_table = in_table
    t.empty_note = note
    return t


def fiscal_summary_table(fin, title, *, amount_w=80, **kw):
    """财政拨款收支总表: 收入 (项目 | 预算数) beside 支出 (项目 | 合计 | 一般公共预算 |
    政府性基金预算 | 国有资本经营预算), ordinals on the 支出 side, totals on the last rows.
    收入 heads two columns, 支出 five: its label stands far from its first column."""
    dec = fin.dec
    classes = fin.class_totals()
    total = fmt(fin.total, dec)
    left = [B(None, "一、本年收入", [total]), B(None, "（一）一般公共预算拨款", [total]),
            B(None, "（二）政府性基金预算拨款", [None]), B(None, "（三）国有资本经营预算拨款", [None])]
    right = [B(None, "一、本年支出", [total, total, None, None])]
    right += [B(None, f"（{ordinal(k)}）{name}", [fmt(v[0], dec), fmt(v[0], dec), None, None])
              for k, (_code, name, v) in enumerate(classes)]
    n = max(len(left), len(right))
    left += [None] * (n - len(left))
    right += [None] * (n - len(right))
    rows = [Row(a, b) for a, b in zip(left, right)]
    rows.append(Row(B(None, "收入总计", [total]), B(None, "支出总计", [total, total, None, None])))
    w = amount_w
    cols = [Col("name", 150, 0), Col("amount", w, 0, vi=0), Col("name", 150, 1)] + \
        [Col("amount", w, 1, vi=v) for v in range(4)]
    hdr = [H("收入", 0, 0, 1, 2), H("支出", 0, 2, 1, 5), H("项目", 1, 0, 2), H("预算数", 1, 1, 2),
           H("项目", 1, 2, 2), H("合计", 1, 3, 2), H("一般公共预算", 1, 4, 2), H("政府性基金预算", 1, 5, 2),
           H("国有资本经营预算", 1, 6, 2)]
    wide = sum(c.width for c in cols) > 595 - 90
    kw.setdefault("orientation", "landscape" if wide else "portrait")
    return Table(title, cols, hdr, rows, labels=["收入", "支出"], **kw)


def income_table(doc, r, opts, dec, mag, stacked=None, title="2026年部门收入总表（多来源）"):
    """A 部门收入总表 of many sources: 合计 | 财政拨款收入 over 小计 | 一般公共预算 | 政府性
    基金 | 事业收入 | 事业单位经营收入 | 其他收入 | 上年结转, in narrow columns; labels that do
    not fit are printed one character per line (stacked), as templates do."""
    one = 10 ** dec
    units = ["测试市示范局", "测试市示范局（本级）", "测试市示范服务中心"]
    leaves = [[r.randint(0, int(mag * one)) if k != 0 else r.randint(int(mag * one), int(mag * 3 * one))
               for k in range(6)] for _ in range(2)]
    for row in leaves:
        if r.random() < 0.5:
            row[1] = 0  # 政府性基金 often has none
    dept = [sum(row[k] for row in leaves) for k in range(6)]

    def values(v):
        sub = v[0] + v[1]
        return [fmt(sum(v), dec), fmt(sub, dec)] + [fmt(x, dec) if x else None for x in v]

    drawn = r.random() < 0.5
    stacked = drawn if stacked is None else stacked
    opts["income"] = "stacked" if stacked else "wrapped"
    # Never wider than a landscape page holds (a scaled table would overprint its figures).
    w = min(opts["amount_w"], (842 - 84 - 120) // 8)
    cols = [Col("name", 120)] + [Col("amount", w, vi=k) for k in range(8)]
    hdr = [H("单位名称", 0, 0, 2), H("合计", 0, 1, 2), H("财政拨款收入", 0, 2, 1, 3),
           H("小计", 1, 2), H("一般公共预算", 1, 3, vertical=stacked),
           H("政府性基金", 1, 4, vertical=stacked), H("事业收入", 0, 5, 2, vertical=stacked),
           H("事业单位经营收入", 0, 6, 2, vertical=stacked), H("其他收入", 0, 7, 2),
           H("上年结转", 0, 8, 2)]
    rows = [Row(B(None, "合计", values(dept)), span=True)]
    rows += [Row(B(None, n, values(v))) for n, v in zip(units, [dept] + leaves)]
    wide = sum(c.width for c in cols) > 595 - 90
    doc.add_table(Table(title, cols, hdr, rows, unit=opts["unit"],
                        rules=opts["rules"], thousands=opts["thousands"],
                        font_size=opts["font_size"], frame_caption=opts["frame_caption"],
                        orientation="landscape" if wide else "portrait"))


def add_count_columns(table, r, heads=None):
    """Count columns after a 三公 table's amounts, as some templates print them: cars kept,
    receptions and guests, whole numbers under labels that name their unit (辆, 个, 人次)."""
    heads = heads or r.choice([["公务用车保有量（辆）", "公务接待批次（个）", "公务接待人次（人次）"],
                      ["购置车辆数（辆）", "接待人次"]])
    vi = sum(1 for c in table.cols if c.kind == "amount")
    depth = max(h.r + h.rs for h in table.header)
    for k, head in enumerate(heads):
        table.cols.append(Col("amount", 62, vi=vi + k))
        table.header.append(H(head, 0, len(table.cols) - 1, depth))
        table.rows[0].blocks[0]["values"].append(str(r.randint(1, 240)))
    if sum(c.width for c in table.cols) > 595 - 90:
        table.orientation = "landscape"


def procurement_table(doc, r, opts, dec, count=False):
    """A 政府采购 table: text columns (品目, 方式) before the amounts, a remark after them;
    with count, a 数量 column of whole numbers before the amounts (its total their sum)."""
    one = 10 ** dec
    items = [("办公设备购置", "A02010104", "公开招标", ""), ("物业管理服务", "C21040000", "竞争性磋商",
                                                           "续签合同"),
             ("信息系统运行维护", "C16070000", "单一来源", "")]
    vals = [[r.randint(20 * one, 900 * one), 0] for _ in items]
    for v in vals:
        v[1] = v[0] - r.randint(0, v[0] // 3)
    total = [sum(v[k] for v in vals) for k in range(2)]
    cols = [Col("name", 120), Col("text", 70, ti=0), Col("text", 60, ti=1),
            Col("amount", opts["amount_w"], vi=0), Col("amount", opts["amount_w"], vi=1),
            Col("text", 60, ti=2)]
    hdr = [H("项目名称", 0, 0, 2), H("采购品目", 0, 1, 2), H("采购方式", 0, 2, 2),
           H("预算金额", 0, 3, 1, 2), H("合计", 1, 3), H("财政拨款", 1, 4), H("备注", 0, 5, 2)]
    if count:
        opts["procurement_count"] = True
        numbers = [random.Random(n).randint(1, 30) for n, *_ in items]
        vals = [[q] + v for q, v in zip(numbers, vals)]
        total = [sum(numbers)] + total
        cols = cols[:3] + [Col("amount", 36, vi=0)] + \
            [Col("amount", c.width, vi=c.vi + 1) for c in cols[3:5]] + cols[5:]
        hdr = hdr[:3] + [H("数量", 0, 3, 2)] + [H(h.text, h.r, h.c + 1, h.rs, h.cs) for h in hdr[3:]]
    figures = lambda v: ([str(v[0])] if count else []) + [fmt(x, dec) for x in v[count:]]
    rows = [Row(B(None, "合计", figures(total)))]
    rows += [Row(B(None, n, figures(v), texts=[code, how, note]))
             for (n, code, how, note), v in zip(items, vals)]
    wide = sum(c.width for c in cols) > 595 - 90
    doc.add_table(Table("2026年政府采购预算表", cols, hdr, rows, unit=opts["unit"],
                        rules=opts["rules"], thousands=opts["thousands"],
                        font_size=opts["font_size"], frame_caption=opts["frame_caption"],
                        orientation="landscape" if wide else "portrait"))


PROJECT_TREES = [["项目支出预算数"], ["合计", "财政拨款", "其他资金"],
                 ["合计", ("财政拨款", ["一般公共预算", "政府性基金预算"]), "其他资金"]]


def project_table(fin, r, opts, title="2026年项目支出预算表", tree=None, item_first=None,
                  parents=None, item_w=None, econ=None):
    """A 项目支出 table in a style drawn by r where not given: one row per project under its
    项 code, the project's name (item) after the classification's name or before its code,
    类 and 款 rows with their sums or none, one amount column or a source split (财政拨款 |
    其他资金), project names narrow enough to wrap or not. With `econ` each project also
    names its 经济分类 before the amounts: "code_name" (经济科目编码 | 经济科目名称) or "split2"
    (类 | 款 | 名称 under 政府预算支出经济分类): a further classification (Col kind 'other')."""
    drawn = r.choice(PROJECT_TREES)
    tree = tree or drawn
    nv = sum(len(n[1]) if isinstance(n, tuple) else 1 for n in tree)

    def split(amt):
        """The project's amount by source: 财政拨款 (一般公共预算, 政府性基金) and other funds."""
        if nv == 1:
            return [amt]
        other = amt * r.choice([0, 0, 10, 25]) // 100
        fiscal = amt - other
        if nv == 3:
            return [amt, fiscal, other]
        fund = fiscal * r.choice([0, 0, 30]) // 100
        return [amt, fiscal - fund, fund, other]

    projects = [(code, item, split(amt)) for code, item, amt in fin.projects]
    drawn = r.random() < 0.35
    item_first = drawn if item_first is None else item_first
    layout = opts["layout"]
    # Codes printed by their own part only (201 | 01 | 08) need their parents' rows.
    drawn = r.random() < 0.5 or layout == "own"
    parents = drawn if parents is None else parents
    opts["project_table"] = {"tree": str(tree), "item_first": item_first, "parents": parents}
    leaves = {}
    for code, _, v in projects:
        leaves[code] = [a + b for a, b in zip(leaves.get(code, [0] * nv), v)]
    rows = []
    econ_codes = ["50201", "50205", "50299", "50306", "50203"]
    blank = [""] * (1 if econ else 0)

    def econ_texts(k):
        if not econ:
            return []
        c = econ_codes[k % len(econ_codes)]
        # The classification's name is a text of the row; its code parts are no text.
        return [ECON_GOV[c], c] if econ == "code_name" else [ECON_GOV[c], c[:3], c[3:]]

    for code, name, ints in func_tree(leaves, nv):
        if len(code) < 7:
            if parents:
                rows.append(Row(B(code, name, [fin.v(x, opts.get("zero")) for x in ints],
                                  texts=blank)))
            continue
        for k, (pc, item, v) in enumerate(projects):
            if pc == code:
                rows.append(Row(B(code, name, [fin.v(x, opts.get("zero")) for x in v], item,
                                  texts=econ_texts(k))))
    total = [sum(v[k] for _, _, v in projects) for k in range(nv)]
    trow = Row(B(None, "合计", [fin.v(x, opts.get("zero")) for x in total], texts=blank),
               span=True)
    rows = [trow] + rows if opts.get("total_first", True) else rows + [trow]
    # 类 | 款 | 名称 stand under their classification's label: two header rows at least.
    depth = max(tree_depth(tree), 2 if econ == "split2" else 1)
    drawn = r.choice([90, 130, 200])
    item_w = item_w or drawn
    # A code column as wide as a 项 code needs at this size (no producer overprints).
    code_w = max(46, int(tablelib.sw("2010108", opts["font_size"])) + 8) if layout == "full" else None
    cols, hdr = code_name_part(layout, "科目名称", "科目编码", depth, name_w=opts["name_w"],
                               item=None if item_first else "项目名称", item_w=item_w,
                               code_w=code_w)
    if item_first:
        cols = [Col("item", item_w)] + cols
        hdr = [H("项目名称", 0, 0, depth, 1)] + [H(h.text, h.r, h.c + 1, h.rs, h.cs) for h in hdr]
    if econ == "code_name":
        c0 = len(cols)
        cols += [Col("other", 46, ti=1, align="center"), Col("text", 100, ti=0)]
        hdr += [H("经济科目编码", 0, c0, depth), H("经济科目名称", 0, c0 + 1, depth)]
    elif econ == "split2":
        c0 = len(cols)
        # Code columns as wide as their codes need: a producer sizes them to fit.
        fs = opts["font_size"]
        cols += [Col("other", max(24, int(1.8 * fs) + 8), ti=1, align="center"),
                 Col("other", max(18, int(1.2 * fs) + 8), ti=2, align="center"),
                 Col("text", 100, ti=0)]
        hdr += [H("政府预算支出经济分类", 0, c0, 1, 3), H("类", 1, c0, depth - 1),
                H("款", 1, c0 + 1, depth - 1), H("名称", 1, c0 + 2, depth - 1)]
    ah, n = tree_header(tree, len(cols), 0, depth)
    hdr += ah
    cols += [Col("amount", opts["amount_w"], vi=k) for k in range(n)]
    wide = sum(c.width for c in cols) > 595 - 90
    return Table(title, cols, hdr, rows, unit=opts["unit"], rules=opts["rules"],
                 thousands=opts["thousands"], font_size=opts["font_size"],
                 frame_caption=opts["frame_caption"],
                 orientation="landscape" if wide else "portrait")


def econ_pairs_table(fin, r, opts, title="2026年一般公共预算基本支出表", layout=None):
    """A 基本支出 table by 经济分类 printed as two parts side by side, 人员经费 on the left and
    公用经费 on the right, each with its codes, names and amounts, in a code layout drawn by
    r (code and name columns, codes glued to names, 类 | 款 columns); the parts' totals on
    the last row (人员经费合计 | 公用经费合计) or on the first (合计 | 合计)."""
    dec = fin.dec
    drawn = r.choice(["full", "glued-", "split2"])
    layout = layout or drawn
    totals = r.choice(["last", "first"])
    head = r.choice(["金额", "预算数"])
    opts["econ_pairs"] = {"layout": layout, "totals": totals}
    parts = []
    for k, label in enumerate(["人员经费", "公用经费"]):
        leaves = {c: [v[k]] for c, v in fin.econ.items() if v[k]}
        rows = econ_tree(leaves, 1)
        parts.append((label, rows, sum(v[0] for c, v in leaves.items())))
    cols, hdr = [], []
    for b, (label, _, _) in enumerate(parts):
        c0 = len(cols)
        if layout == "split2":
            cols += [Col("code", 24, b, mode="lei"), Col("code", 18, b, mode="kuan")]
            hdr += [H("科目编码", 1, c0, 1, 2), H("类", 2, c0), H("款", 2, c0 + 1)]
        elif layout == "full":
            cols.append(Col("code", 40, b, mode="full", align="left"))
            hdr.append(H("科目编码", 1, c0, 2))
        glue = "-" if layout == "glued-" else None
        cols.append(Col("name", opts["name_w"], b, glue=glue))
        hdr.append(H("科目名称", 1, len(cols) - 1, 2))
        cols.append(Col("amount", opts["amount_w"], b, vi=0))
        hdr.append(H(head, 1, len(cols) - 1, 2))
        hdr.append(H(label, 0, c0, 1, len(cols) - c0))
    if layout != "split2":  # header rows: the parts' labels over one row of column labels
        hdr = [H(h.text, h.r, h.c, 1, h.cs) for h in hdr]
    v = lambda x: fmt(x, dec)
    left = [B(c, n, [v(x[0])]) for c, n, x in parts[0][1]]
    right = [B(c, n, [v(x[0])]) for c, n, x in parts[1][1]]
    m = max(len(left), len(right))
    left += [None] * (m - len(left))
    right += [None] * (m - len(right))
    rows = [Row(a, b) for a, b in zip(left, right)]
    if totals == "last":
        rows.append(Row(B(None, "人员经费合计", [v(parts[0][2])]),
                        B(None, "公用经费合计", [v(parts[1][2])]), span=True))
    else:
        rows.insert(0, Row(B(None, "合计", [v(parts[0][2])]), B(None, "合计", [v(parts[1][2])]),
                           span=True))
    wide = sum(c.width for c in cols) > 595 - 90
    return Table(title, cols, hdr, rows, unit=opts["unit"], rules=opts["rules"],
                 thousands=opts["thousands"], font_size=opts["font_size"],
                 frame_caption=opts["frame_caption"], labels=["人员经费", "公用经费"],
                 orientation="landscape" if wide else "portrait")
