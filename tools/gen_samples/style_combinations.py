#!/usr/bin/python3
"""A probe for templates the corpus lacks: documents printed in random combinations of the
styles the generator knows (code layout, rules, unit and decimals, separators, caption in
the frame, font size, column widths, page breaks, header depth, row numbering; 项目支出
tables with the project's name after the classification or before it), each with its truth. The families of docs/families.md are single styles; real templates combine them,
and a combination can break where each style alone reads right (f25 and f26 were found so).

    /usr/bin/python3 tools/gen_samples/style_combinations.py OUTDIR FIRST LAST
    scripts/probe_styles.sh [BUILD_DIR] [COUNT]      (generate, parse, grade; a summary)

Seeded by the document's number: the same number gives the same document.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import families  # noqa: E402
from families import doc_for  # noqa: E402
from house_styles import draw_house, later_stream, save_with_styles  # noqa: E402
from common import fmt  # noqa: E402
from std import (LEAVES, PROJECT_LEAVES, Fin, add_count_columns, classified_table,  # noqa: E402
                 econ_pairs_table, empty_table, fiscal_summary_table, income_table,
                 procurement_table, project_table, sangong_table, summary_table)
import tablelib  # noqa: E402
from tablelib import B, Col, H, Row, Table, add_blank_column  # noqa: E402

class KeptTables:
    """A document that draws only the tables whose title `keep` accepts into `doc`."""

    def __init__(self, doc, keep):
        self.doc, self.keep = doc, keep

    def __getattr__(self, name):  # where the page stands (add_small asks)
        return getattr(self.doc, name)

    def add_table(self, table):
        if self.keep(table.title):
            self.doc.add_table(table)


def make(i, doc=None, keep=None):
    """Document number i: one classified table and one 收支总表 in styles drawn by seed i; or
    only its tables whose title `keep` accepts, added to `doc` (a family's document made of
    the probe's findings)."""
    r = random.Random(i)
    house, r5, r6, r7 = draw_house(i)
    house["fit"] = "words"  # a table too wide narrows its columns of words first
    tablelib.set_house_style(**house)
    unit = r.choice(["万元", "元"])
    dec = 2 if unit == "万元" else r.choice([0, 2])
    if unit == "万元" and r6.random() < 0.15:
        dec = r6.choice([4, 6])  # as some budget systems print 万元
    mag = 300 if unit == "万元" else 3000000
    fin = Fin(f"c{i}", LEAVES, dec=dec, mag=mag)
    doc = doc_for(f"c{i:03d}.pdf") if doc is None else KeptTables(doc, keep)
    opts = dict(
        layout=r.choice(["full", "split3", "glued-", "glued ", "own"]),
        rules=r.choice(["grid", "grid", "none", "topbottom"]),
        unit=unit, dec=dec,
        thousands=r.choice([True, False, "last"]) if dec == 0 else r.choice([True, False]),
        frame_caption=r.random() < 0.25,
        total_first=r.random() < 0.7,
        zero=r.choice([None, "0", "-"]) if r.random() < 0.4 else None,
        amount_w=r.choice([50, 60, 70, 90]),
        name_w=r.choice([110, 140, 170]),
        font_size=r.choice([7.0, 8.0, 9.0, 10.5]),
        number_pos=r.choice(["left", "right", "center"]),
        indent=r.random() < 0.3,
        numbering=r.random() < 0.2,
        orientation=r.choice(["portrait", "landscape"]),
    )
    # An eleventh stream: cells where nothing applies marked by a slash, a cross, an
    # asterisk or a long dash instead of a hyphen or a blank.
    r17 = random.Random(i + 1800000)
    if r17.random() < 0.12:
        opts["zero"] = r17.choice(["/", "×", "*", "——", "－"])
    # A twelfth: rules one way only, a rule under every row and none between columns, or
    # the columns' rules under a ruled header and none between rows.
    r18 = random.Random(i + 2300000)
    if later_stream(2) and opts["rules"] in ("none", "topbottom") and r18.random() < 0.3:
        opts["rules"] = r18.choice(["hrows", "vcols"])
    if opts["layout"] == "own" and random.Random(i + 400000).random() < 0.5:
        opts["layout"] = "full"
    # A figure wider than its column would overprint its neighbour, which no producer does.
    chars = (8 if unit == "元" else 4) + (dec + 1 if dec else 0) + (2 if opts["thousands"] else 0)
    opts["amount_w"] = max(opts["amount_w"], int(0.56 * opts["font_size"] * chars) + 10,
                           int(tablelib.nw("8" * chars, opts["font_size"])) + 10)
    # A table wider than the page's text width is printed landscape, as producers do.
    ncols = 5  # the widest header tree below has five amount columns
    width = 46 + opts["name_w"] + ncols * opts["amount_w"]
    if width > 595 - 90:
        opts["orientation"] = "landscape"
    if opts["orientation"] == "landscape" and r6.random() < 0.25:
        opts["orientation"] = "rotated"  # a portrait page turned by /Rotate 90
    if r.random() < 0.3:
        opts["breaks_after"] = (6,)
    if r.random() < 0.3:
        opts["repeat_header"] = False
    tree = r.choice([["合计", "基本支出", "项目支出"],
                     ["合计", ("基本支出", ["小计", "人员经费", "公用经费"]), "项目支出"]])
    if isinstance(tree[1], tuple):
        rows = fin.basic_detail_rows()
    else:
        rows = fin.basic_project_rows()
    num = r.choice([None, "表3", "表三", "公开03表"])
    num = random.Random(i + 300000).choice([num, num, "表01", "附表3", "公开3表", "表3-1"])
    # Later draws come from a second stream, so documents of earlier versions stay the same.
    r2 = random.Random(i + 100000)
    title = "2026年一般公共预算支出表"
    if r6.random() < 0.2:
        title = "测试市示范局" + title  # the department's name before the year
    title_style = r2.choice(["own_line", "own_line", "bracket_after", "number_before", "ordinal"])
    caption = {"number": num, "number_text": num}
    if num and title_style == "bracket_after":
        caption = {"number": num, "number_text": None, "title_text": f"{title}（{num}）"}
    elif num and title_style == "number_before":
        caption = {"number": num, "number_text": None, "title_text": f"{num}  {title}"}
    elif title_style == "ordinal":
        caption = {"number": None, "number_text": None, "title_text": f"（三）{title}"}
    opts["title_style"] = title_style
    # Styles of single families mixed in: cell borders drawn as filled or pictured bars,
    # continuation marks instead of the repeated caption, figures written piece by piece,
    # a department-prefixed title wrapped over two lines.
    r9 = random.Random(i + 1000000)
    if opts["rules"] == "grid":
        opts["border"] = r9.choice(["stroke", "stroke", "stroke", "mitred", "image"])
    if opts.get("breaks_after") and r9.random() < 0.4:
        opts["repeat_caption"] = False
        opts["continued_marks"] = (f"{num}（续）" if num else "续表", "续表")
    # Figures written piece by piece stand 0.2 font sizes apart: only where they still fit.
    pieces_w = int(tablelib.nw("8" * chars, opts["font_size"]) + 0.2 * opts["font_size"] * chars) + 10
    if r9.random() < 0.1 and opts["amount_w"] >= pieces_w:
        opts["amount_pieces"] = True
    if title.startswith("测试市示范局") and "title_text" not in caption and r9.random() < 0.4:
        caption["title_text"] = title.replace("2026年", "2026年\n", 1)
    # A ninth stream: names on one line, clipped at the rules of a name column too narrow.
    r15 = random.Random(i + 1600000)
    if opts["rules"] == "grid" and r15.random() < 0.25:
        opts["clip_names"] = True
        opts["name_w"] = r15.choice([70, 80, 90])
    # A tenth: the caption printed in the sheet's own ruled cells above the header.
    r16 = random.Random(i + 1700000)
    if opts["rules"] == "grid" and not opts["frame_caption"] and "\n" not in \
            caption.get("title_text", "") and r16.random() < 0.2:
        opts["caption_cells"] = True
    table = classified_table(title, rows, tree, **caption,
                             **{k: v for k, v in opts.items() if k != "title_style"})
    if opts["rules"] == "grid" and r5.random() < 0.25:
        # An amount column's header merged over a narrow empty column beside it.
        amounts = [k for k, c in enumerate(table.cols) if c.kind == "amount"]
        k = r5.choice(amounts)
        opts["blank_after"] = table.cols[k].vi
        add_blank_column(table, k, r5.choice([6, 12, 20]))
    doc.add_table(table)
    # A 基本支出 table by 经济分类 (3- and 5-digit codes) in the same template.
    econ_layout = r2.choice(["full", "split2", "glued-"])
    opts["econ_layout"] = econ_layout
    econ = Fin(f"c{i}e", LEAVES, dec=dec, mag=mag).econ_rows()
    doc.add_table(classified_table("2026年一般公共预算基本支出表", econ, ["合计", "人员经费", "公用经费"],
                                   orientation=opts["orientation"],
                                   layout=econ_layout, code_title="经济分类科目编码",
                                   rules=opts["rules"], unit=unit, dec=dec,
                                   thousands=opts["thousands"], font_size=opts["font_size"],
                                   amount_w=opts["amount_w"], name_w=opts["name_w"],
                                   zero=opts["zero"], frame_caption=opts["frame_caption"]))
    row_numbers = r6.random() < 0.25
    if row_numbers:
        opts["row_numbers"] = True
    doc.add_table(summary_table(Fin(f"c{i}s", LEAVES, dec=dec, mag=mag), "2026年收支总表",
                                number=None, rules=opts["rules"], unit=unit,
                                font_size=opts["font_size"], row_numbers=row_numbers))
    unit_keyed_table(doc, r2, opts, dec, mag)
    r3 = random.Random(i + 200000)
    # A fifth stream: count columns (数量, 批次, 人次) of whole numbers beside the amounts.
    r11 = random.Random(i + 1200000)
    counts = r11.random() < 0.4
    if r3.random() < 0.5:
        opts["fourth"] = "procurement"
        procurement_table(doc, r3, opts, dec, count=counts and r11.random() < 0.6)
    r4 = random.Random(i + 500000)
    common = dict(rules=opts["rules"], unit=unit, font_size=opts["font_size"],
                  frame_caption=opts["frame_caption"])
    if r4.random() < 0.5:
        # A 政府性基金 table the department has nothing in: said inside the table, below it,
        # or both.
        how = r4.choice(["in_table", "note", "both"])
        opts["empty"] = how
        add_small(doc, empty_table("2026年政府性基金预算支出表", ["合计", "基本支出", "项目支出"],
                                   layout=opts["layout"],
                                   in_table=None if how == "note" else r4.choice(["本表无数据", "无"]),
                                   note=None if how == "in_table" else
                                   "注：本部门2026年无政府性基金预算安排的支出，故本表为空表。",
                                   **common), r7, opts)
    if r4.random() < 0.5:
        opts["fiscal_summary"] = True
        doc.add_table(fiscal_summary_table(Fin(f"c{i}f", LEAVES, dec=dec, mag=mag), "2026年财政拨款收支总表",
                                           amount_w=opts["amount_w"], unit=unit,
                                           rules=opts["rules"], thousands=opts["thousands"],
                                           font_size=opts["font_size"],
                                           frame_caption=opts["frame_caption"]))
    if r4.random() < 0.5:
        opts["sangong"] = True
        table = sangong_table(Fin(f"c{i}g", LEAVES, dec=dec, mag=mag),
                              "2026年一般公共预算“三公”经费支出表", zero=opts["zero"],
                              thousands=opts["thousands"], **common)
        if counts and r11.random() < 0.6:
            opts["sangong_counts"] = True
            add_count_columns(table, r11)
        add_small(doc, table, r7, opts)
    r10 = random.Random(i + 1100000)
    if r10.random() < 0.5:
        income_table(doc, r10, opts, dec, mag)
    # A sixth stream: a 项目支出 table, projects (items) beside their classification.
    r12 = random.Random(i + 1300000)
    if r12.random() < 0.5:
        # An eighth stream: the projects' 经济分类 printed before the amounts.
        r14 = random.Random(i + 1500000)
        econ = r14.choice(["code_name", "split2"]) if r14.random() < 0.4 else None
        doc.add_table(project_table(Fin(f"c{i}p", PROJECT_LEAVES, dec=dec, mag=mag), r12, opts,
                                    econ=econ))
    # A seventh: a 基本支出 table by 经济分类 in two parts side by side, 人员经费 | 公用经费.
    r13 = random.Random(i + 1400000)
    if r13.random() < 0.4:
        doc.add_table(econ_pairs_table(Fin(f"c{i}q", LEAVES, dec=dec, mag=mag), r13, opts))
    return doc, opts, tree


def add_small(doc, table, r, opts):
    """A small table, printed under the table before where the page has room (about a
    third of a page) and the orientation agrees, as templates fill pages."""
    if r.random() < 0.5 and doc.open and doc.y - doc.mb > 260 and doc.orientation == table.orientation:
        table.new_page = False
        opts.setdefault("same_page", []).append(table.title)
    doc.add_table(table)


def unit_keyed_table(doc, r, opts, dec, mag):
    """A 收入总表 keyed by unit codes (327 the department, 327001… its units), as many
    templates print one; sometimes a name-only project table instead (no codes at all)."""
    one = 10 ** dec
    units = ["测试市示范局", "测试市示范局（本级）", "测试市示范服务中心", "测试市示范监测站"]
    kids = [[r.randint(int(mag * 0.3 * one), int(mag * 2 * one)) for _ in range(3)]
            for _ in range(3)]
    if r.random() < 0.5:
        opts["third"] = "unit_keyed"
        dept = [sum(k[j] for k in kids) for j in range(3)]
        keyed = [("327", units[0], dept)] + [(f"32700{n + 1}", units[n + 1], kids[n])
                                              for n in range(3)]
        cols = [Col("code", 50), Col("name", opts["name_w"])] + \
            [Col("amount", opts["amount_w"], vi=v) for v in range(4)]
        hdr = [H("单位编码", 0, 0), H("单位名称", 0, 1), H("合计", 0, 2), H("一般公共预算拨款收入", 0, 3),
               H("事业收入", 0, 4), H("其他收入", 0, 5)]
        rows = [Row(B(None, "合计", [fmt(sum(dept), dec)] + [fmt(x, dec) for x in dept]),
                    span=True)]
        rows += [Row(B(c, n, [fmt(sum(v), dec)] + [fmt(x, dec) for x in v])) for c, n, v in keyed]
        title = "2026年部门收入总表"
    else:
        opts["third"] = "names_only"
        names = ["信息化系统运行维护经费", "办公楼物业管理及维修改造项目", "干部教育培训经费"]
        cols = [Col("name", opts["name_w"])] + [Col("amount", opts["amount_w"], vi=v)
                                                for v in range(4)]
        hdr = [H("项目名称", 0, 0), H("合计", 0, 1), H("一般公共预算拨款", 0, 2), H("事业收入", 0, 3),
               H("其他资金", 0, 4)]
        total = [sum(k[j] for k in kids) for j in range(3)]
        rows = [Row(B(None, "合计", [fmt(sum(total), dec)] + [fmt(x, dec) for x in total]))]
        rows += [Row(B(None, n, [fmt(sum(v), dec)] + [fmt(x, dec) for x in v]))
                 for n, v in zip(names, kids)]
        title = "2026年项目支出表"
    # The unit printed only in the first amount column's header, no 单位 line.
    unit_in_header = r.random() < 0.3
    if unit_in_header:
        opts["unit_in_header"] = True
        for h in hdr:
            if h.text == "合计":
                h.text = f"合计（{opts['unit']}）"
    wide = sum(c.width for c in cols) > 595 - 90
    doc.add_table(Table(title, cols, hdr, rows, unit=opts["unit"], rules=opts["rules"],
                        thousands=opts["thousands"], font_size=opts["font_size"],
                        frame_caption=opts["frame_caption"], unit_line=not unit_in_header,
                        orientation="landscape" if wide else "portrait"))


def main(argv):
    out, first, last = argv[1], int(argv[2]), int(argv[3])
    families.OUT = out  # doc_for writes there
    os.makedirs(out, exist_ok=True)
    for i in range(first, last):
        doc, opts, tree = make(i)
        save_with_styles(doc, out, f"c{i:03d}", opts, tree=str(tree))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
