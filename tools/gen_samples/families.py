#!/usr/bin/python3
"""Writes tests/data/families/*.pdf and their truth: one small disclosure per family of
layouts that real documents print and that once broke the reader (docs/families.md).
tests/families_test.cpp parses each and requires its truth exactly, plus the row texts of
text columns (a key of our own, `text_columns` / `texts`, that the truth format lacks).

    /usr/bin/python3 tools/gen_samples/families.py        (scripts/bootstrap.sh --generator)

Each family is one function; its docstring says what real documents do. Figures are
invented and add up (std.Fin). Output is byte-for-byte reproducible.
"""

import contextlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import fmt, write_truth  # noqa: E402
import house_styles  # noqa: E402
import tablelib  # noqa: E402
from std import (LEAVES, PROJECT_LEAVES, PROJECT_TREES, Fin, add_count_columns,  # noqa: E402
                 classified_table, econ_pairs_table, empty_table, fiscal_summary_table,
                 income_table, procurement_table, project_table, sangong_table, summary_table)
from tablelib import FONT, B, Col, Doc, H, Row, Table, add_blank_column  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "tests", "data", "families")



def doc_for(name, dept="测试市示范局", year=2026):
    """A document whose cover names department, year and stage, as disclosures do."""
    doc = Doc(os.path.join(OUT, name), name, dept, year, "预算")
    doc.narrative(f"{dept}{year}年部门预算", ["本文件由 budgetpdf 的版式家族生成器生成，数字为虚构。"])
    return doc


def f01_mitred_borders():
    """Cell borders exported as filled polygons whose ends slant into the neighbouring
    borders (mitred trapezoids), not as stroked lines or rectangles."""
    fin = Fin("f01", LEAVES, mag=300000)
    doc = doc_for("f01_mitred_borders.pdf")
    rows = fin.basic_project_rows()
    # Wide figures right against narrow cells, names wrapped in a narrow column: only the
    # rules tell the cells apart.
    doc.add_table(classified_table("2026年部门支出总表", rows,
                                   [("本年支出", ["合计", "基本支出", "项目支出"])],
                                   number="表3", number_text="表3", border="mitred", name_w=70,
                                   amount_w=52))
    return doc


def f02_title_in_frame():
    """The table number, title and the 部门/单位 line printed inside the table's frame,
    above the header, with no rule dividing them into columns."""
    fin = Fin("f02", LEAVES)
    doc = doc_for("f02_title_in_frame.pdf")
    rows = fin.basic_project_rows()
    doc.add_table(classified_table("支出总表", rows, [("本年支出", ["合计", "基本支出", "项目支出"])],
                                   number="公开03表", number_text="公开03表", frame_caption=True,
                                   orientation="landscape"))
    doc.add_table(summary_table(fin, "收支总表", number="公开01表", number_text="公开01表",
                                frame_caption=True))
    return doc


def f03_text_columns():
    """Columns of text beside the amounts: 政府采购 tables print 采购品目 and 采购方式, other
    tables a 备注 or reasons column after the amounts. Rows keep them as texts."""
    doc = doc_for("f03_text_columns.pdf")
    cols = [Col("name", 150), Col("text", 90, ti=0), Col("amount", 70, vi=0), Col("amount", 70, vi=1),
            Col("text", 90, ti=1)]
    hdr = [H("项目名称", 0, 0, 2), H("采购方式", 0, 1, 2), H("预算金额", 0, 2, 1, 2),
           H("合计", 1, 2), H("财政拨款", 1, 3), H("备注", 0, 4, 2)]
    rows = [Row(B(None, "合计", ["151.20", "140.00"])),
            Row(B(None, "办公设备购置", ["36.00", "36.00"], texts=["公开招标", ""])),
            Row(B(None, "信息系统运行维护服务", ["95.20", "84.00"], texts=["竞争性磋商", "含结转11.20"])),
            Row(B(None, "物业管理服务", ["20.00", "20.00"], texts=["单一来源", "续签合同"]))]
    doc.add_table(Table("2026年政府采购预算表", cols, hdr, rows, number="表9", number_text="表9"))
    return doc


def f04_continued_without_header():
    """A 收支总表 running over two pages with neither title nor header repeated, whose second
    page starts with a row that prints no amount (a class with nothing budgeted)."""
    doc = doc_for("f04_continued_without_header.pdf")
    classes = ["一般公共服务支出", "外交支出", "国防支出", "公共安全支出", "教育支出", "科学技术支出",
               "文化旅游体育与传媒支出", "社会保障和就业支出", "社会保险基金支出", "卫生健康支出",
               "节能环保支出", "城乡社区支出", "农林水支出", "交通运输支出", "资源勘探工业信息等支出",
               "商业服务业等支出", "金融支出", "援助其他地区支出", "自然资源海洋气象等支出",
               "住房保障支出", "粮油物资储备支出", "灾害防治及应急管理支出", "其他支出"]
    amounts = {0: "2404.17", 7: "263.85", 9: "76.95", 19: "465.13"}
    cn = "一二三四五六七八九十"

    def ordinal(i):
        return cn[i] if i < 10 else ("十" + (cn[i - 10] if i > 10 else "") if i < 20 else
                                    "二十" + (cn[i - 20] if i > 20 else ""))
    cols = [Col("name", 260), Col("amount", 120, vi=0)]
    hdr = [H("支出", 0, 0, 1, 2), H("项目", 1, 0), H("预算数", 1, 1)]
    rows = [Row(B(None, "一、本年支出", ["3209.10"]))]
    rows += [Row(B(None, f"（{ordinal(i)}）{name}", [amounts.get(i)])) for i, name in enumerate(classes)]
    rows += [Row(B(None, "二、年终结转结余", [None])), Row(B(None, "支出总计", ["3209.10"]))]
    # Break so that the second page starts with a class printing no amount.
    doc.add_table(Table("财政拨款支出总表", cols, hdr, rows, number="公开04表", number_text="公开04表",
                        repeat_header=False, repeat_caption=False, breaks_after={18}, font_size=10,
                        min_row_h=30))
    return doc


def f05_lead_in_caption():
    """A table without a title, introduced by a sentence ending in a colon, with its unit in a
    column header ("预算数（万元）") and a text column after the amounts. It comes on the page
    after another table's last page, so it could be taken for that table's continuation."""
    doc = doc_for("f05_lead_in_caption.pdf")
    fin = Fin("f05", LEAVES)
    rows = fin.basic_project_rows()
    doc.add_table(classified_table("项目支出预算表", rows, ["合计", "基本支出", "项目支出"],
                                   number="表12", number_text="表12"))
    cols = [Col("name", 170), Col("amount", 90, vi=0), Col("text", 200, ti=0)]
    hdr = [H("项目名称", 0, 0), H("预算数（万元）", 0, 1), H("绩效目标", 0, 2)]
    rows = [Row(B(None, "统计调查及数据质量核查经费", ["352.27"], texts=["完成年度统计调查任务"])),
            Row(B(None, "第五次全国经济普查工作经费", ["110.00"], texts=["按期完成普查登记"])),
            Row(B(None, "信息化系统运行维护经费", ["7.50"], texts=["系统全年正常运行"]))]
    # Running text with figures on the same page, then the sentence that introduces it.
    doc.new_page()
    doc.paragraph("2026年本部门一般公共预算安排委托业务费 1,368.02 万元，比上年减少 214.00 万元，"
                  "主要是减少已完成项目支出。")
    doc.add_table(Table("2026年，本部门重点项目绩效目标情况如下",
                        cols, hdr, rows, title_text="2026年，本部门重点项目绩效目标情况如下：",
                        title_style="lead_in", dept_line=False, unit_line=False, new_page=False))
    return doc


def f06_stacked_ruled_tables():
    """Three ruled tables of the same width on one page, each under a list-ordinal heading
    ("三、…表"): their rules are stacked but they are three tables."""
    fin = Fin("f06", LEAVES)
    doc = doc_for("f06_stacked_ruled_tables.pdf")
    first = True
    for heading, title, head in (("一、", "收入预算总表", ["合计", "财政拨款", "其他收入"]),
                                 ("二、", "支出预算总表", ["合计", "基本支出", "项目支出"]),
                                 ("三、", "财政拨款支出预算表", ["合计", "基本支出", "项目支出"])):
        fields = ([lambda c: fin.basic[c] + fin.proj[c], lambda c: fin.basic[c] + fin.proj[c],
                   lambda c: 0] if head[2] == "其他收入" else
                  [lambda c: fin.basic[c] + fin.proj[c], lambda c: fin.basic[c], lambda c: fin.proj[c]])
        rows = [r for r in fin.func_rows(fields) if len(r[0]) == 3]
        doc.add_table(classified_table(title, rows, head, title_text=heading + title, zero="0",
                                       new_page=first, name_w=150))
        first = False
    return doc


def f07_title_brackets():
    """Titles that bracket their table number or their unit after the words:
    "收入总表(预算表 2)", "支出总表（单位：万元）"."""
    fin = Fin("f07", LEAVES)
    doc = doc_for("f07_title_brackets.pdf")
    rows = fin.func_rows([lambda c: fin.basic[c] + fin.proj[c], lambda c: fin.basic[c] + fin.proj[c]])
    doc.add_table(classified_table("收入总表", rows, ["合计", "财政拨款收入"], number="预算表2",
                                   number_text=None, title_text="收入总表(预算表 2)"))
    rows = fin.basic_project_rows()
    doc.add_table(classified_table("支出总表", rows, ["合计", "基本支出", "项目支出"],
                                   title_text="支出总表（单位：万元）", unit_line=False))
    return doc


def f08_image_borders():
    """Cell borders drawn as one-pixel pictures stretched into thin bars, not as lines."""
    fin = Fin("f08", LEAVES, mag=300000)
    doc = doc_for("f08_image_borders.pdf")
    rows = fin.basic_project_rows()
    doc.add_table(classified_table("2026年一般公共预算支出表", rows,
                                   [("本年支出", ["合计", "基本支出", "项目支出"])], number="表5",
                                   number_text="表5", border="image", name_w=70, amount_w=52))
    return doc


def f09_label_cut_by_page_break():
    """A row's label wrapped over two lines, the page break falling between them: the second
    page starts with the label's tail alone ("业支出"), under labels that all start with an
    ordinal."""
    doc = doc_for("f09_label_cut_by_page_break.pdf")
    cols = [Col("name", 150), Col("amount", 90, vi=0)]
    hdr = [H("支出功能分类", 0, 0), H("预算数", 0, 1)]
    names = ["一般公共服务支出", "外交支出", "国防支出", "公共安全支出", "教育支出", "科学技术支出",
             "文化旅游体育与传媒支出", "社会保障和就"]
    values = ["10528.33", None, None, None, None, None, None, "1608.51"]
    cn = "一二三四五六七八九十"
    rows = [Row(B(None, f"{cn[i]}、{n}", [v])) for i, (n, v) in enumerate(zip(names, values))]
    rows.append(Row(B(None, "业支出", [None]), label_tail=True))
    rows += [Row(B(None, "九、卫生健康支出", ["512.23"])), Row(B(None, "十、节能环保支出", [None])),
             Row(B(None, "支出合计", ["12649.07"]))]
    doc.add_table(Table("支出预算总表", cols, hdr, rows, number="表3", number_text="表3",
                        repeat_header=False, repeat_caption=False, breaks_after={7}))
    return doc


class StackedForm(Table):
    """A form whose lower part, drawn right under it in the same grid, has columns of its
    own: the truth is one table whose blocks are both parts'."""

    def __init__(self, *args, below, **kwargs):
        super().__init__(*args, **kwargs)
        self.below = below

    def add_with(self, doc, below):
        """Draws this form, then `below` (on the same page or the next, as `below` says),
        and records the two as one table."""
        self.below = below
        doc.add_table(self)
        doc.add_table(below)
        doc.tables.remove(below)

    def truth(self):
        t = super().truth()
        below = self.below.truth()
        t["blocks"] += below["blocks"]
        t["pages"] = sorted(set(t["pages"]) | set(below["pages"]))
        return t


def f10_form_with_inner_header():
    """A 绩效目标表 form: a row of amounts under 预算支出总额 / 财政拨款 …, its unit in the
    header of the label column (总体资金情况（万元）), then, inside the same grid, a row of
    labels (活动 | 绩效指标 | 指标值 | 度量单位) heading rows of text whose columns do not
    line up with the amounts above."""
    doc = doc_for("f10_form_with_inner_header.pdf")
    cols = [Col("name", 110), Col("amount", 95, vi=0), Col("amount", 95, vi=1),
            Col("amount", 95, vi=2), Col("amount", 85, vi=3)]
    hdr = [H("总体资金情况（万元）", 0, 0, 2), H("预算支出总额", 0, 1, 2), H("财政拨款", 0, 2, 1, 2),
           H("基本支出", 1, 2), H("项目支出", 1, 3), H("其他资金", 0, 4, 2)]
    top = StackedForm("部门整体支出绩效目标表", cols, hdr,
                      [Row(B(None, "", ["1500.00", "1000.00", "400.00", "100.00"]))],
                      number="表13", number_text="表13", unit_line=False, gap_after=0,
                      below=None)
    cols2 = [Col("name", 130), Col("text", 170, ti=0), Col("text", 90, ti=1), Col("text", 90, ti=2)]
    hdr2 = [H("活动", 0, 0), H("绩效指标", 0, 1), H("指标值", 0, 2), H("度量单位", 0, 3)]
    rows2 = [Row(B(None, "业务培训", [], texts=["培训人次", "1200", "人次"])),
             Row(B(None, "业务培训", [], texts=["培训合格率", "95", "%"])),
             Row(B(None, "信息化建设", [], texts=["系统运行稳定", "优", ""])),
             Row(B(None, "信息化建设", [], texts=["服务对象满意度", "90", "%"]))]
    below = Table("", cols2, hdr2, rows2, caption=False, new_page=False, dept_line=False)
    top.add_with(doc, below)
    return doc


def f11_hidden_overflow_at_page_top():
    """A 项目支出绩效目标表 over two pages without title or header on the second, whose
    second page starts with the overflow of a cell the page break cut: a sentence drawn
    right above the grid and clipped away (invisible, but in the text layer). It must not
    end the table as running text would."""
    doc = doc_for("f11_hidden_overflow_at_page_top.pdf")
    cols = [Col("name", 150), Col("amount", 80, vi=0), Col("amount", 80, vi=1),
            Col("text", 190, ti=0)]
    hdr = [H("项目名称", 0, 0), H("项目总额", 0, 1), H("财政拨款", 0, 2), H("年度绩效目标", 0, 3)]
    projects = [("办公楼维修改造项目", "120.00", "完成办公楼屋面防水和外墙维修，保障办公安全"),
                ("信息系统运行维护项目", "86.50", "保障业务系统全年稳定运行，故障响应及时"),
                ("业务人员培训项目", "24.30", "开展业务培训四期，培训合格率达到百分之九十五"),
                ("档案数字化项目", "15.00", "完成历年档案数字化加工，提升档案利用效率"),
                ("执法装备购置项目", "58.20", "按计划购置执法记录仪等装备，提升执法规范化水平"),
                ("宣传教育项目", "9.80", "开展主题宣传活动六次，群众知晓率稳步提高")]
    rows = [Row(B(None, n, [v, v], texts=[goal])) for n, v, goal in projects]
    doc.add_table(Table("项目支出绩效目标表", cols, hdr, rows, number="表12", number_text="表12",
                        repeat_header=False, repeat_caption=False, breaks_after={2},
                        spill=(3, "目标任务按期完成。全年持续跟踪项目进展；")))
    return doc


def f12_chart_axis():
    """A 收支总表, then a page with a bar chart of the spending by class: a framed chart
    whose value axis prints round figures in equal steps (70000 … 0) beside gridlines (no
    axis line: the frame's two sides are its only vertical rules), its caption and the unit
    inside the frame. The axis is no table."""
    fin = Fin("f12", LEAVES, mag=300000)
    doc = doc_for("f12_chart_axis.pdf")
    rows = fin.basic_project_rows()
    doc.add_table(classified_table("一般公共预算支出表", rows,
                                   [("本年支出", ["合计", "基本支出", "项目支出"])],
                                   number="表5", number_text="表5"))
    doc.new_page()
    doc.paragraph("一般公共预算拨款支出按功能科目分类的情况如下图所示。其中社会保障和就业支出最多，"
                  "主要用于行政事业单位养老支出。")
    c = doc.c
    c.setFont(FONT, 10)
    x0, x1, top, bottom = 90, 500, 660, 380
    c.setLineWidth(0.5)
    c.rect(x0 - 50, bottom - 40, x1 - x0 + 70, top - bottom + 80, stroke=1, fill=0)
    c.drawCentredString((x0 + x1) / 2, top + 20, "一般公共预算拨款支出（按功能科目分）金额（万元）")
    steps = 7
    for i in range(steps + 1):
        y = bottom + (top - bottom) * i / steps
        c.line(x0, y, x1, y)
        c.drawRightString(x0 - 6, y - 3, str(10000 * i))
    bars = [("一般公共服务", 0.82), ("社会保障和就业", 0.55), ("卫生健康", 0.31), ("住房保障", 0.12)]
    for i, (name, h) in enumerate(bars):
        bx = x0 + 30 + i * 100
        c.roundRect(bx, bottom, 50, (top - bottom) * h, 4, stroke=0, fill=1)  # no rules
        c.drawCentredString(bx + 25, bottom - 15, name)
    return doc


def f13_form_part_on_next_page():
    """A 项目支出绩效目标表 form whose amounts (项目总额 | 财政拨款 | 其他资金) fill one page and
    whose indicators (绩效指标 | 指标值 | 指标方向) follow on the next page under a header of
    their own, with neither title nor the first part's header repeated: one table, two
    blocks."""
    doc = doc_for("f13_form_part_on_next_page.pdf")
    cols = [Col("name", 200), Col("amount", 100, vi=0), Col("amount", 100, vi=1),
            Col("amount", 100, vi=2)]
    hdr = [H("项目名称", 0, 0), H("项目总额", 0, 1), H("财政拨款", 0, 2), H("其他资金", 0, 3)]
    projects = [("办公楼维修改造项目", "120.00", "100.00", "20.00"),
                ("信息系统运行维护项目", "86.50", "86.50", None),
                ("业务人员培训项目", "24.30", "24.30", None)]
    top = StackedForm("项目支出绩效目标表", cols, hdr,
                      [Row(B(None, n, [a, b, c])) for n, a, b, c in projects],
                      number="表12", number_text="表12", below=None, min_row_h=180)
    cols2 = [Col("name", 220), Col("amount", 100, vi=0), Col("text", 180, ti=0)]
    hdr2 = [H("绩效指标", 0, 0), H("指标值", 0, 1), H("指标方向", 0, 2)]
    indicators = [("维修改造成本", "118.50", "不高于"), ("系统运维成本", "86.50", "不高于"),
                  ("培训成本", "24.30", "不高于"), ("系统可用率（%）", "99.50", "不低于")]
    below = Table("", cols2, hdr2,
                  [Row(B(None, n, [v], texts=[d])) for n, v, d in indicators],
                  caption=False, new_page=True, dept_line=False)
    top.add_with(doc, below)
    return doc


def f14_wrapped_title_in_frame():
    """A long title printed inside the table's frame, wrapped over two lines with the break
    inside a word (…项目绩 / 效目标表), the 部门/单位 line under it in the same undivided band."""
    fin = Fin("f14", LEAVES)
    doc = doc_for("f14_wrapped_title_in_frame.pdf")
    rows = fin.basic_project_rows()
    title = "示范市数字政府基础设施运行维护专项资金项目支出预算表"
    doc.add_table(classified_table(title, rows, [("本年支出", ["合计", "基本支出", "项目支出"])],
                                   frame_caption=True, title_text=title[:17] + "\n" + title[17:]))
    return doc


def f15_evaluation_report_cover():
    """A performance evaluation report (绩效评价报告) of last year's spending: its cover names
    the report and the year evaluated, then labelled lines with the body's name under its label (评价项目单位： /
    测试市示范局), and no heading of the form NAME+year+预算. Its table of spending follows."""
    doc = Doc(os.path.join(OUT, "f15_evaluation_report_cover.pdf"), "f15_evaluation_report_cover.pdf",
              "测试市示范局", 2025, "绩效评价")
    doc.narrative("2025年度信息化运行维护专项资金绩效评价报告",
                  ["评价项目名称：信息化运行维护专项资金", "评价项目单位：",
                   "测试市示范局", "评价机构：测试市某会计师事务所"], subtitle=None)
    cols = [Col("name", 200), Col("amount", 100, vi=0), Col("amount", 100, vi=1),
            Col("amount", 100, vi=2)]
    hdr = [H("项目", 0, 0), H("预算数", 0, 1), H("执行数", 0, 2), H("结余", 0, 3)]
    rows = [Row(B(None, "系统运行维护", ["86.50", "80.20", "6.30"])),
            Row(B(None, "网络安全服务", ["40.00", "38.00", "2.00"])),
            Row(B(None, "合计", ["126.50", "118.20", "8.30"]))]
    doc.add_table(Table("项目支出情况表", cols, hdr, rows, number="表1", number_text="表1",
                        dept_line=False))
    return doc


def f16_repeated_project_forms():
    """One 项目支出绩效目标表 form per project, one under the other, each a grid of its own,
    the title printed once above the first: the later forms print the same labels (项目名称 |
    项目总额 | 财政拨款 | 其他资金) but no title. Each is a table titled as the first."""
    doc = doc_for("f16_repeated_project_forms.pdf")
    cols = [Col("name", 200), Col("amount", 100, vi=0), Col("amount", 100, vi=1),
            Col("amount", 100, vi=2)]
    hdr = [H("项目名称", 0, 0), H("项目总额", 0, 1), H("财政拨款", 0, 2), H("其他资金", 0, 3)]
    projects = [("办公楼维修改造项目", "120.00", "100.00", "20.00"),
                ("信息系统运行维护项目", "86.50", "86.50", None),
                ("业务人员培训项目", "24.30", "24.30", None)]
    for i, (n, a, b, c) in enumerate(projects):
        t = Table("项目支出绩效目标表", cols, hdr, [Row(B(None, n, [a, b, c]))], number="表12",
                  number_text="表12", caption=i == 0, new_page=i == 0, dept_line=False,
                  min_row_h=60, gap_after=30)
        doc.add_table(t)
    return doc


def f17_last_group_separator():
    """Amounts in 元 whose only separator stands before the last three digits ("1851,801"
    for 1,851,801; "12538,600"), as one budget system prints them. Each is one amount: none
    may be read as a name, nor lost."""
    fin = Fin("f17", LEAVES, dec=0, mag=2000000)
    doc = doc_for("f17_last_group_separator.pdf")
    rows = fin.basic_project_rows()
    doc.add_table(classified_table("支出总表", rows, ["合计", "基本支出", "项目支出"], number="表3",
                                   number_text="表3", unit="元", dec=0, thousands="last"))
    return doc


def f18_title_wrapped_above_table():
    """A long title above the table, outside its frame, wrapped over two lines with the
    break inside a word (…保障项 / 目支出预算表); the second line alone reads as a title of
    its own. One table opens a page, the other follows a table on the same page."""
    fin = Fin("f18", LEAVES)
    doc = doc_for("f18_title_wrapped_above_table.pdf")
    rows = fin.basic_project_rows()
    first = "测试市示范局所属测试市公共安全视频监控中心运行保障项目支出预算表"
    doc.add_table(classified_table(first, rows, ["合计", "基本支出", "项目支出"],
                                   title_text=first[:27] + "\n" + first[27:]))
    econ = [(c, n, v) for c, n, v in fin.econ_rows() if len(c) == 3]
    second = "测试市示范局所属测试市公共安全视频监控中心一般公共预算基本支出表"
    doc.add_table(classified_table(second, econ, ["合计", "人员经费", "公用经费"], new_page=False,
                                   title_text=second[:26] + "\n" + second[26:]))
    return doc


def f19_lead_in_at_page_end():
    """A sentence ending in a colon as the last text of a page ("…情况如下："), and on the
    next page, without a title, the table it introduces: a unit in a column header and a
    text column after the amounts."""
    doc = doc_for("f19_lead_in_at_page_end.pdf")
    cols = [Col("name", 170), Col("amount", 90, vi=0), Col("text", 200, ti=0)]
    hdr = [H("项目名称", 0, 0), H("预算数（万元）", 0, 1), H("绩效目标", 0, 2)]
    rows = [Row(B(None, "城市更新单元规划编制经费", ["486.20"], texts=["按期完成规划编制"])),
            Row(B(None, "重点区域交通运行监测经费", ["93.75"], texts=["监测系统全年运行"])),
            Row(B(None, "政务服务热线运行经费", ["1205.00"], texts=["接通率不低于95%"]))]
    doc.new_page()
    doc.paragraph("本部门所有项目支出预算纳入部门预算绩效管理，相关项目在执行时需在年中编报绩效"
                  "监控情况，并在项目完成后开展绩效自评。")
    doc.paragraph("2026年，本部门重点项目绩效目标情况如下：")
    doc.add_table(Table("2026年，本部门重点项目绩效目标情况如下", cols, hdr, rows, caption=False,
                        dept_line=False, unit_line=False, new_page=True))
    return doc


def f20_title_number_styles():
    """Table numbers and units printed on the title's line in other templates' ways: a
    numbered appendix whose year follows without a space (附表1-12026年…), the number after
    the title (…支出表 表5, …支出表【表6】), a qualified number (预算公开表7 …), the unit at
    the end of the title's line (…基本支出表    单位：万元). The title is the words alone: a
    scorer or a user matching titles finds the table only so."""
    fin = Fin("f20", LEAVES)
    doc = doc_for("f20_title_number_styles.pdf")
    tree = ["合计", "基本支出", "项目支出"]
    rows = fin.basic_project_rows()
    styles = [("2026年部门支出总表", "附表1-1", "附表1-12026年部门支出总表"),
              ("2026年一般公共预算支出表", "表5", "2026年一般公共预算支出表    表5"),
              ("财政拨款支出表", "表6", "财政拨款支出表【表6】"),
              ("一般公共预算支出表", "预算公开表7", "预算公开表7  一般公共预算支出表")]
    for title, number, text in styles:
        doc.add_table(classified_table(title, rows, tree, number=number, number_text=None,
                                       title_text=text))
    econ = [(c, n, v) for c, n, v in fin.econ_rows() if len(c) == 3]
    doc.add_table(classified_table("一般公共预算基本支出表", econ, ["合计", "人员经费", "公用经费"],
                                   title_text="一般公共预算基本支出表        单位：万元",
                                   unit_line=False))
    return doc


def f21_continuation_marks():
    """A table over three pages whose later pages print a continuation mark instead of the
    title: "表3（续）" on one, "续表" on the next; another whose second page repeats its title
    with "（续）". Each is one table: the mark is no title of a table of its own."""
    fin = Fin("f21", LEAVES)
    doc = doc_for("f21_continuation_marks.pdf")
    tree = ["合计", "基本支出", "项目支出"]
    rows = fin.basic_project_rows()
    doc.add_table(classified_table("支出总表", rows, tree, number="表3", number_text="表3",
                                   breaks_after=(5, 11), repeat_caption=False,
                                   continued_marks=("表3（续）", "续表")))
    doc.add_table(classified_table("一般公共预算支出表", rows, tree, breaks_after=(8,),
                                   repeat_caption=False,
                                   continued_marks=("一般公共预算支出表（续）",)))
    return doc


def f22_unruled_narrow_columns():
    """A table without any rules whose amount columns are so narrow that two neighbouring
    figures stand one space apart ("192,479.45 158,587.14"); once with codes in one column,
    once split over 类/款/项 columns. And a 收支总表 without rules whose 收入 block prints
    empty amounts as "-" one space before the 支出 block's labels ("- 二、社会保障…")."""
    fin = Fin("f22", LEAVES, mag=30000)
    doc = doc_for("f22_unruled_narrow_columns.pdf")
    tree = ["合计", "基本支出", "项目支出"]
    rows = fin.basic_project_rows()
    doc.add_table(classified_table("支出总表", rows, tree, number="表3", number_text="表3",
                                   rules="none", amount_w=50))
    doc.add_table(classified_table("一般公共预算支出表", rows, tree, number="表5", number_text="表5",
                                   rules="none", amount_w=50, layout="split3"))
    doc.add_table(summary_table(Fin("f22s", LEAVES), "收支总表", number="表1", number_text="表1",
                                rules="topbottom", zero="-"))
    return doc


def f23_amount_glyph_pieces():
    """Amounts whose figures the producer writes one by one, each a word of its own in the
    text layer ("1" "0" "1" "," "8" "3" "3" ".8" "4"). The table reads them whole; so must
    the measure of placed amounts, which may not see "3.8" where "101,833.84" is printed."""
    fin = Fin("f23", LEAVES, mag=30000)
    doc = doc_for("f23_amount_glyph_pieces.pdf")
    rows = fin.basic_project_rows()
    doc.add_table(classified_table("一般公共预算支出表", rows, ["合计", "基本支出", "项目支出"],
                                   number="表5", number_text="表5", amount_pieces=True))
    return doc


def f24_sign_column_before_values():
    """A performance target table: 指标名称, then 指标性质 printing only signs (≥, =, ≤),
    then 指标值 and 计量单位. The sign column is text about the row, never its name: the
    indicator's name is. The weight column (指标权重(%)) is a share, not money: text too."""
    doc = doc_for("f24_sign_column_before_values.pdf")
    cols = [Col("name", 170), Col("text", 50, ti=0), Col("amount", 60, vi=0),
            Col("text", 50, ti=1), Col("text", 60, ti=2)]
    hdr = [H("指标名称", 0, 0), H("指标性质", 0, 1), H("指标值", 0, 2), H("计量单位", 0, 3),
           H("指标权重(%)", 0, 4)]
    rows = [Row(B(None, "建成便民服务网点数量", ["63"], texts=["≥", "个", "10"])),
            Row(B(None, "应急物资供应断档次数", ["0"], texts=["=", "次", "15"])),
            Row(B(None, "重要物资储备数量", ["7500"], texts=["≥", "吨", "12"])),
            Row(B(None, "服务外包执行额", ["22.6"], texts=["≥", "亿美元", "6"])),
            Row(B(None, "群众投诉办结天数", ["15"], texts=["≤", "天", "5"]))]
    doc.add_table(Table("2026年部门整体绩效目标表", cols, hdr, rows, number="表10",
                        number_text="表10", thousands=False))
    return doc


def f25_whole_yuan_like_codes():
    """A table in 元 printed without decimals or separators and without rules: under 人员经费
    or 项目支出 most figures are whole numbers of 7 digits (3109329) that read like 项
    codes. A column headed as an amount holds amounts; none of it is a second code column."""
    fin = Fin("f25", LEAVES, dec=0, mag=5000000)
    doc = doc_for("f25_whole_yuan_like_codes.pdf")
    tree = ["合计", "人员经费", "公用经费", "项目支出"]
    rows = fin.func_rows([lambda c: fin.basic[c] + fin.proj[c], lambda c: fin.person[c],
                          lambda c: fin.public[c], lambda c: fin.proj[c]])
    doc.add_table(classified_table("一般公共预算支出表", rows, tree, number="表5", number_text="表5",
                                   unit="元", dec=0, thousands=False, rules="none",
                                   font_size=7.0))
    return doc


def f26_wrapped_glued_name_centred_amounts():
    """Codes glued to names (2080505 机关事业单位…) in a table without rules between rows;
    a long name wraps to a second line and the row's amounts are centred between the two
    lines. The code's line and the amounts' line are one row, with the whole name; also where
    the amounts, whole numbers in 元, stand on a line of their own and read like codes."""
    fin = Fin("f26", LEAVES)
    doc = doc_for("f26_wrapped_glued_name_centred_amounts.pdf")
    tree = ["合计", "基本支出", "项目支出"]
    rows = fin.basic_project_rows()
    doc.add_table(classified_table("一般公共预算支出表", rows, tree, number="表5", number_text="表5",
                                   layout="glued ", rules="topbottom", name_w=140,
                                   font_size=8.0))
    doc.add_table(classified_table("支出总表", rows, tree, number="表3", number_text="表3",
                                   layout="glued-", rules="none", name_w=120, font_size=7.0))
    # In 元 without separators the amounts read like codes; large type wraps most names,
    # so the row pitch is hardly more than a line.
    yuan = Fin("f26y", LEAVES, dec=0, mag=3000000)
    rows = yuan.basic_project_rows()
    doc.add_table(classified_table("项目支出表", rows, tree, number="表7", number_text="表7",
                                   layout="glued-", rules="none", name_w=110, font_size=10.5,
                                   unit="元", dec=0, thousands=False, amount_w=90, indent=True,
                                   orientation="landscape"))
    return doc


def f27_code_fills_its_column():
    """A table without rules between columns, printed large (10.5 pt), whose 7-digit codes
    fill their column: a code ends less than a point, or a fifth of a font size, before the
    name beside it starts. The code and the name stay in their columns, the name whole."""
    fin = Fin("f27", LEAVES)
    doc = doc_for("f27_code_fills_its_column.pdf")
    tree = ["合计", "基本支出", "项目支出"]
    rows = fin.basic_project_rows()
    doc.add_table(classified_table("一般公共预算支出表", rows, tree, number="表5", number_text="表5",
                                   rules="topbottom", font_size=10.5, amount_w=62))
    doc.add_table(classified_table("支出总表", rows, tree, number="表3", number_text="表3",
                                   rules="none", font_size=10.5, amount_w=62, indent=True))
    return doc


def f28_group_label_beside_full_height_leaf():
    """A header without rules: 基本支出 centred over 小计 | 人员经费 | 公用经费, beside
    项目支出 printed across both header lines. The group covers its three columns, though
    项目支出 stands nearer to 公用经费 than the centred group label does."""
    fin = Fin("f28", LEAVES)
    doc = doc_for("f28_group_label_beside_full_height_leaf.pdf")
    tree = ["合计", ("基本支出", ["小计", "人员经费", "公用经费"]), "项目支出"]
    rows = fin.basic_detail_rows()
    doc.add_table(classified_table("一般公共预算支出表", rows, tree, number="表5", number_text="表5",
                                   rules="none", font_size=7.0))
    doc.add_table(classified_table("支出总表", rows, tree, number="表3", number_text="表3",
                                   rules="topbottom", font_size=10.5, amount_w=62,
                                   orientation="landscape"))
    return doc


def f29_label_wrapped_in_narrow_code_column():
    """A header without vertical rules whose code column is narrow: its label (经济分类科目
    编码) wraps over three lines, the top one (经济分) higher than every other label. It is
    the top of the code column's label, not a group over the amount columns."""
    fin = Fin("f29", LEAVES)
    doc = doc_for("f29_label_wrapped_in_narrow_code_column.pdf")
    doc.add_table(classified_table("一般公共预算基本支出表", fin.econ_rows(), ["合计", "人员经费", "公用经费"],
                                   number="表6", number_text="表6", code_title="经济分类科目编码",
                                   rules="topbottom", font_size=10.5, amount_w=70))
    return doc


def f30_narrow_columns_large_type():
    """Amount columns barely wider than their figures, in 10.5 pt: two labels of
    neighbouring columns stand less than a character apart (基本支出 项目支出), a long label
    wraps over three lines in its column (一般公共 / 预算拨款 / 收入) beside single-line
    labels, and a row of wide figures sits one space apart (36275882.70 12142861.54) right
    under the header. Each label heads its own column; the first row is data."""
    fin = Fin("f30", LEAVES)
    doc = doc_for("f30_narrow_columns_large_type.pdf")
    tree = ["合计", "基本支出", "项目支出"]
    rows = fin.basic_project_rows()
    doc.add_table(classified_table("一般公共预算支出表", rows, tree, number="表5", number_text="表5",
                                   rules="topbottom", font_size=10.5, amount_w=51,
                                   thousands=False, name_w=140))
    units = [("327", "测试市示范局", ["1503.83", "440.23", "498.30", "565.30"]),
             ("327001", "测试市示范局（本级）", ["1010.10", "300.00", "400.00", "310.10"]),
             ("327002", "测试市示范服务中心", ["493.73", "140.23", "98.30", "255.20"])]
    # Unit codes identify units, no classification: the row's text (f85).
    cols = [Col("text", 50, ti=0, align="center"), Col("name", 110)] + \
        [Col("amount", 51, vi=v) for v in range(4)]
    hdr = [H("单位编码", 0, 0), H("单位名称", 0, 1), H("合计", 0, 2), H("一般公共预算拨款收入", 0, 3),
           H("事业收入", 0, 4), H("其他收入", 0, 5)]
    rows = [Row(B(None, "合计", units[0][2], texts=[""]))] + \
        [Row(B(None, n, v, texts=[c])) for c, n, v in units]
    doc.add_table(Table("部门收入总表", cols, hdr, rows, number="表2", rules="topbottom",
                        font_size=10.5, thousands=False))
    cols = [Col("name", 170)] + [Col("amount", 74, vi=v) for v in range(3)]
    hdr = [H("项目名称", 0, 0), H("合计", 0, 1), H("一般公共预算拨款", 0, 2), H("其他资金", 0, 3)]
    rows = [Row(B(None, "合计", ["36275882.70", "24561600.20", "11714282.50"])),
            Row(B(None, "信息化系统运行维护经费", ["13358641.52", "8033808.02", "5324833.50"])),
            Row(B(None, "干部教育培训经费", ["22917241.18", "16527792.18", "6389449.00"]))]
    doc.add_table(Table("项目支出表", cols, hdr, rows, number="表8", rules="none",
                        font_size=10.5, unit="元", thousands=False, orientation="landscape"))
    return doc


def f31_wrapped_name_first_on_page():
    """An unruled table continued on a new page whose first row has a wrapped name with the
    figures centred between its lines: the name's first line comes right after the
    repeated header and prints no figure. It is the row's, not the header's."""
    fin = Fin("f31", LEAVES, dec=0, mag=3000000)
    doc = doc_for("f31_wrapped_name_first_on_page.pdf")
    tree = ["合计", ("基本支出", ["小计", "人员经费", "公用经费"]), "项目支出"]
    rows = fin.basic_detail_rows()
    doc.add_table(classified_table("一般公共预算支出表", rows, tree, number="表5", number_text="表5",
                                   rules="topbottom", font_size=10.5, amount_w=70, name_w=110,
                                   unit="元", dec=0, thousands="last", total_first=False,
                                   breaks_after=(6,), orientation="landscape"))
    return doc


def f37_letter_spaced_labels():
    """Short labels printed with their characters apart, as templates pad them. Without
    rules, typed spaces: 合  计 and 基  本  支  出 centred over right-aligned figures, their
    first characters left of every figure, 类 款 项 over three code columns. In a ruled
    table, characters spread over the cell (分散对齐). A spaced label is one label; 类 款 项
    stay three."""
    fin = Fin("f37", LEAVES)
    doc = doc_for("f37_letter_spaced_labels.pdf")
    tree = ["合计", "基本支出", "项目支出"]
    with tablelib.house_style(spaced="spaces"):
        doc.add_table(classified_table("一般公共预算支出表", fin.basic_project_rows(), tree,
                                       number="表3", number_text="表3", rules="topbottom",
                                       layout="split3", amount_w=90, orientation="landscape"))
        doc.add_table(classified_table("一般公共预算基本支出表", fin.econ_rows(),
                                       ["合计", "人员经费", "公用经费"], number="表4",
                                       number_text="表4", rules="none", layout="full",
                                       code_title="经济分类科目编码", amount_w=90))
    with tablelib.house_style(spaced="distributed"):
        doc.add_table(classified_table("政府性基金预算支出表", fin.basic_project_rows(), tree,
                                       number="表5", number_text="表5", rules="grid",
                                       layout="full", amount_w=90))
    return doc


def f38_figure_wrapped_above_row():
    """A 收支总表 without rules in 元 whose amount columns are too narrow for the largest
    figures: they wrap at the decimal point, the head on a line of its own above the row's
    label ("21,864,570" over "一、…收入  .62"), the tail on the label's line. Each row is
    one, its figures whole."""
    fin = Fin("f38", LEAVES, dec=2, mag=3000000)
    doc = doc_for("f38_figure_wrapped_above_row.pdf")
    t = summary_table(fin, "收支总表", number="表1", number_text="表1", rules="none", unit="元",
                      font_size=10.5)
    for c in t.cols:
        if c.kind == "amount":
            c.width = 66
    doc.add_table(t)
    return doc


def f39_group_labels_uneven_split():
    """A 财政拨款收支总表 without rules: 收入 centred over two columns beside 支出 centred over
    five (项目 | 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算). The 支出 side's 项目
    column stands nearer to the end of 收入 than to 支出, and 支出's last column is far from
    its label; every column goes under the group it is centred under."""
    fin = Fin("f39", LEAVES, dec=2, mag=3000000)
    doc = doc_for("f39_group_labels_uneven_split.pdf")
    doc.add_table(fiscal_summary_table(fin, "财政拨款收支总表", amount_w=96, number="表6",
                                       number_text="表6", rules="none", unit="元", font_size=10.5,
                                       orientation="landscape"))
    return doc


def f40_split_code_parts_close():
    """A table without rules whose codes are split over narrow 类 | 款 | 项 columns, with short
    labels spaced out (合  计): in a face with narrow figures the 款 and 项 parts ("01" "01")
    stand less than a character apart, one word of the text layer. 类, 款 and 项 each head
    their own column; the spaced labels are one label each."""
    fin = Fin("f40", LEAVES)
    doc = doc_for("f40_split_code_parts_close.pdf")
    with tablelib.house_style(text="WQYMicro", spaced="spaces"):
        doc.add_table(classified_table("一般公共预算支出表", fin.basic_project_rows(),
                                       ["合计", "基本支出", "项目支出"], number="表3",
                                       number_text="表3", rules="none", layout="split3",
                                       font_size=9.0, amount_w=70))
    return doc


def f41_amounts_at_top_or_bottom_of_wrapped_name():
    """Tables without rules whose codes are glued to names wrapped over three lines, the
    one-line cells not centred beside them but at the top (the amounts on the code's line,
    the name's last line nearer to the next row than to its own first line) or at the
    bottom (a spreadsheet's default: the amounts on the name's last line, two lines under
    the code). Each row is one, with its code, whole name and amounts."""
    fin = Fin("f41", LEAVES, dec=0, mag=3000000)
    doc = doc_for("f41_amounts_at_top_or_bottom_of_wrapped_name.pdf")
    tree = ["合计", ("基本支出", ["小计", "人员经费", "公用经费"]), "项目支出"]
    for valign, number, title, layout in (("top", "表3", "一般公共预算支出表", "glued-"),
                                          ("bottom", "表4", "政府性基金预算支出表", "glued ")):
        with tablelib.house_style(valign=valign):
            doc.add_table(classified_table(title, fin.basic_detail_rows(), tree,
                                           number=number, number_text=number, rules="topbottom",
                                           layout=layout, font_size=10.5, name_w=110,
                                           amount_w=70, unit="元", dec=0, thousands=False,
                                           orientation="landscape"))
    return doc


def f42_diagonal_watermark():
    """Pages under a watermark: the department's name printed large and light across each
    page at 35 degrees, its characters over the cells of the tables, and a running header
    with a rule under it at the top of each page. The watermark is no table's text: no cell
    holds its characters."""
    fin = Fin("f42", LEAVES, dec=0, mag=3000000)
    with tablelib.house_style(watermark="测试市示范局",
                             running_header=("测试市示范局2026年部门预算", "right")):
        doc = doc_for("f42_diagonal_watermark.pdf")
        doc.add_table(classified_table("一般公共预算支出表", fin.basic_project_rows(),
                                       ["合计", "基本支出", "项目支出"], number="表3",
                                       number_text="表3", rules="grid", layout="glued-",
                                       unit="元", dec=0, font_size=9.0))
        doc.add_table(classified_table("一般公共预算基本支出表", fin.econ_rows(),
                                       ["合计", "人员经费", "公用经费"], number="表4",
                                       number_text="表4", rules="none", layout="glued ",
                                       unit="元", dec=0, font_size=9.0,
                                       code_title="经济分类科目编码"))
    return doc


def f43_title_broken_by_hand():
    """Titles over two centred lines: the department's name on a line of its own above the
    year and the table's words, and the unit at the right end of the title's second line;
    elsewhere a title followed by a qualifier wholly in brackets ("(2026年度)"), which belongs
    to no next title."""
    fin = Fin("f43", LEAVES)
    doc = doc_for("f43_title_broken_by_hand.pdf")
    with tablelib.house_style(unit_pos="title_line"):
        doc.add_table(classified_table("测试市示范局2026年一般公共预算支出表", fin.basic_project_rows(),
                                       ["合计", "基本支出", "项目支出"], number="表3",
                                       number_text="表3",
                                       title_text="测试市示范局\n2026年一般公共预算支出表",
                                       rules="topbottom", layout="full",
                                       orientation="landscape"))
    # The title, its qualifier, and the title again (as one template prints it above the
    # frame and in it): the qualifier is no first line of the second.
    doc.new_page()
    doc.text_line("2026年一般公共预算基本支出表", 15, "center", 3)
    doc.text_line("(2026年度)", 15, "center", 3)
    doc.add_table(classified_table("2026年一般公共预算基本支出表", fin.econ_rows(),
                                   ["合计", "人员经费", "公用经费"], rules="grid", layout="full",
                                   code_title="经济分类科目编码", new_page=False))
    return doc


def f44_full_height_leaves_beside_group():
    """A 三公 table without rules, in 元: 合计, 因公出国（境）费 and 公务接待费 each span both
    header rows, their labels centred between them, higher than the leaves under
    公务用车购置及运行维护费 (小计 | 公务用车购置费 | 公务用车运行维护费, the last wrapped).
    The group covers its three columns only."""
    fin = Fin("f44", LEAVES, dec=0, mag=3000000)
    doc = doc_for("f44_full_height_leaves_beside_group.pdf")
    doc.add_table(sangong_table(fin, "一般公共预算“三公”经费支出表", number="表9", number_text="表9",
                                rules="none", font_size=9.0, unit="元", zero="-",
                                frame_caption=True))
    return doc


def f45_empty_tables_saying_none():
    """Tables printed without data in three ways: 无 in one cell across a ruled table, 无 on
    a line of its own under an unruled header, and an unruled header with only a note below
    (注：本部门…无…). Each is empty, its columns headed as printed; 无 is no header."""
    doc = doc_for("f45_empty_tables_saying_none.pdf")
    tree = ["合计", "基本支出", "项目支出"]
    doc.add_table(empty_table("2026年政府性基金预算支出表", tree, in_table="无", rules="grid"))
    doc.add_table(empty_table("2026年国有资本经营预算支出表", tree, in_table="无", rules="none"))
    doc.add_table(empty_table("2026年一般公共预算“三公”经费支出表", tree, in_table=None,
                              rules="topbottom",
                              note="注：本部门2026年无一般公共预算“三公”经费支出，故本表为空表。"))
    return doc


def f46_figure_pieces_under_spaced_labels():
    """A table without rules whose figures are written piece by piece (each a word of its
    own, a fifth of a character apart: "890" ".1" "1") under labels spaced out (合  计,
    基  本  支  出): the pieces of one figure make one body column, so each spaced label
    heads one column."""
    fin = Fin("f46", LEAVES)
    doc = doc_for("f46_figure_pieces_under_spaced_labels.pdf")
    with tablelib.house_style(spaced="spaces"):
        doc.add_table(classified_table("一般公共预算支出表", fin.basic_project_rows(),
                                       ["合计", "基本支出", "项目支出"], number="表3",
                                       number_text="表3", rules="topbottom", layout="split3",
                                       font_size=7.0, amount_w=70, amount_pieces=True))
    return doc


def f47_spaced_group_labels():
    """Letter-spaced labels in tables without rules, continued: a group's label spaced over
    the two columns it heads (预  算  金  额 over 合计 | 财政拨款), and leaves of neighbouring
    columns whose spacing differs from the gap between them by less than a quarter of a
    character (人  员  经  费 | 公  用  经  费). A group's run crosses columns; a leaf's run
    keeps its own spacing."""
    fin = Fin("f47", LEAVES)
    doc = doc_for("f47_spaced_group_labels.pdf")
    with tablelib.house_style(text="UKai", spaced="spaces"):
        doc.add_table(classified_table("一般公共预算基本支出表", fin.econ_rows(),
                                       ["合计", "人员经费", "公用经费"], number="表4",
                                       number_text="表4", rules="topbottom", layout="full",
                                       code_title="经济分类科目编码", font_size=9.0, amount_w=70,
                                       orientation="landscape"))
        # A 政府采购 table as one template prints it: 品目 and 方式 before the amounts.
        cols = [Col("name", 120), Col("text", 70, ti=0), Col("text", 60, ti=1),
                Col("amount", 70, vi=0), Col("amount", 70, vi=1), Col("text", 60, ti=2)]
        hdr = [H("项目名称", 0, 0, 2), H("采购品目", 0, 1, 2), H("采购方式", 0, 2, 2),
               H("预算金额", 0, 3, 1, 2), H("合计", 1, 3), H("财政拨款", 1, 4), H("备注", 0, 5, 2)]
        rows = [Row(B(None, "合计", ["1205.50", "1000.00"])),
                Row(B(None, "办公设备购置", ["805.50", "600.00"], texts=["A02010104", "公开招标", ""])),
                Row(B(None, "物业管理服务", ["400.00", "400.00"],
                      texts=["C21040000", "竞争性磋商", "续签合同"]))]
        doc.add_table(Table("政府采购预算表", cols, hdr, rows, number="表10", number_text="表10",
                            rules="topbottom", font_size=10.5, orientation="landscape"))
    return doc


def f48_stacked_labels_many_sources():
    """A 部门收入总表 of eight sources in 元, whole numbers without separators (7 digits read
    like codes), its narrow columns' labels printed one character per line (一 / 般 / 公 /
    共 / 预 / 算), under a group label 财政拨款收入; once without rules, once ruled. Each
    stacked label is one label, read top down, and a column under 财政拨款收入 /
    政府性基金 holds amounts."""
    import random
    doc = doc_for("f48_stacked_labels_many_sources.pdf")
    for seed, rules, title in ((48, "topbottom", "部门收入总表"), (480, "grid", "单位收入总表")):
        opts = {"amount_w": 70, "unit": "元", "rules": rules, "thousands": False,
                "font_size": 9.0, "frame_caption": False}
        income_table(doc, random.Random(seed), opts, 0, 3000000, stacked=True, title=title)
    return doc


def final_styles(**over):
    """Printed styles for the 决算 tables of final_combinations (see its draw_styles)."""
    s = dict(layout="split3", dec=2, zero=None, name_w=150, amount_w=62, thousands=False,
             numbering=False, project_head=True)
    s.update(over)
    return s


def f49_names_set_left_in_wide_column():
    """决算 tables without rules whose 科目名称 column is wide: short names set from its left
    edge, right after the 项 column of split codes (201 | 01 | 01 | 行政运行), its label
    centred far to their right under a 项目 head; a letter-spaced total (合  计) centred
    between them; a percentage column (103.17%) right-aligned under a wrapped label; a
    table over pages whose first page's names all end far from their label. The names
    belong to the column whose label stands right of where they start, not to the narrow
    code column nearest to them nor to a column of their own; the percentages to their own
    column."""
    import random
    from final_combinations import Finals, REVENUE, against_budget, classified
    fin = Fin("f49", LEAVES)
    finals = Finals(fin, random.Random(49))
    doc = doc_for("f49_names_set_left_in_wide_column.pdf")
    common = dict(unit="万元", rules="topbottom", font_size=8.0, frame_caption=False)
    with tablelib.house_style(spaced="spaces"):
        doc.add_table(classified("收入决算表", finals.revenue_rows(), REVENUE,
                                 final_styles(name_w=300), "表2", common))
        doc.add_table(against_budget(finals, final_styles(name_w=420, amount_w=80), "percent",
                                     "一般公共预算财政拨款支出决算表", "表5", common))
    # From the 决算 probe (final_combinations): letter-spaced 合  计 between the names and
    # their label.
    probe_tables(doc, 106, lambda title: title.endswith("一般公共预算财政拨款支出决算表"))
    # Over three pages: the first page's names all end far from their label (none in
    # reach), a longer one on the next page reaches towards it.
    probe_tables(doc, 946, lambda title: title.endswith("年度支出决算表"), leaves=None)
    return doc


def f51_rates_beside_partial_codes():
    """A 决算 table of 年初预算数 | 决算数 | 完成率（%）, the rates printed without the sign
    ("87.96"), its rows keyed by partial codes (201 | 01 | 99: each row prints its own part
    only) over several pages. Whether "99" is a 款 or a 项 only the sums tell: the rates
    take no part in them, nor in the checks (before: every level guessed, "the amounts fit
    no reading", 2060299 for 2069999, and the rates reported as sums that fail)."""
    doc = doc_for("f51_rates_beside_partial_codes.pdf")
    probe_tables(doc, 666, lambda title: title.endswith("一般公共预算财政拨款支出决算表"),
                 leaves=None)
    return doc


def f52_count_columns():
    """Columns of counts beside the amounts: a 三公 table with 公务用车保有量（辆）,
    公务接待批次（个） and 公务接待人次（人次） after its money; a 政府采购 table without rules
    with a 数量 column (1, 21: whole numbers that read like code parts) before its amounts.
    Counts are values of their columns, measured as counts: no value in 元, no part in sums,
    and 公务接待批次 is no 公务接待费 (before: 接待人次 a text column, 数量 a code column and
    its rows' amounts shifted, and a count's value in 元)."""
    import random
    doc = doc_for("f52_count_columns.pdf")
    fin = Fin("f52", LEAVES)
    table = sangong_table(fin, "2026年一般公共预算“三公”经费支出表", number="表8",
                          number_text="表8", rules="grid")
    add_count_columns(
        table, random.Random(5), ["公务用车保有量（辆）", "公务接待批次（个）", "公务接待人次（人次）"])
    doc.add_table(table)
    opts = {"amount_w": 70, "unit": "万元", "rules": "none", "thousands": True,
            "font_size": 9.0, "frame_caption": False}
    procurement_table(doc, random.Random(52), opts, 2, count=True)
    return doc


def f53_empty_text_columns():
    """Columns of words that a department left empty: a 政府采购 table whose 采购组织形式
    column before the amounts and 实施采购时间 column between them print nothing, and a
    支出明细表 with an empty 备注 column after its amounts. An empty column headed by words
    about text (备注, 说明, 时间, 方式, 形式, 类别, 简介) is a text column, not an amount
    column: counted among the amounts, an empty column before or between them puts every
    later figure one column off for whoever reads columns by position (before: each was an
    amount column holding no value)."""
    doc = doc_for("f53_empty_text_columns.pdf")
    cols = [Col("name", 130), Col("text", 64, ti=0), Col("amount", 70, vi=0),
            Col("text", 64, ti=1), Col("amount", 70, vi=1), Col("text", 60, ti=2)]
    hdr = [H("采购项目", 0, 0), H("采购组织形式", 0, 1), H("预算金额", 0, 2), H("实施采购时间", 0, 3),
           H("其中：财政拨款", 0, 4), H("说明", 0, 5)]
    rows = [Row(B(None, "合计", ["1205.50", "1000.00"], texts=["", "", ""])),
            Row(B(None, "办公设备购置", ["805.50", "600.00"], texts=["", "", ""])),
            Row(B(None, "物业管理服务", ["400.00", "400.00"], texts=["", "", ""]))]
    doc.add_table(Table("2026年政府采购预算表", cols, hdr, rows, number="表9", number_text="表9",
                        rules="grid", font_size=9.0))
    fin = Fin("f53", LEAVES)
    table = classified_table("2026年一般公共预算支出明细表", fin.basic_project_rows(),
                             ["合计", "基本支出", "项目支出"], number="表10", number_text="表10",
                             rules="grid", layout="full", amount_w=66)
    table.cols.append(Col("text", 60, ti=0))
    table.header.append(H("备注", 0, len(table.cols) - 1, 1))
    for r in table.rows:
        r.blocks[0]["texts"] = [""]
    doc.add_table(table)
    return doc


@contextlib.contextmanager
def later_streams(streams):
    """Probes drawn inside draw the first `streams` of their later streams only; the house
    style is reset after."""
    before = house_styles.LATER_STREAMS
    try:
        house_styles.LATER_STREAMS = streams
        yield
    finally:
        house_styles.LATER_STREAMS = before
        tablelib.set_house_style()


def probe_tables(doc, i, keep, leaves=LEAVES, retitle=None, streams=0):
    """The tables of 决算 probe document i that `keep` accepts, in that document's styles
    (with the families' few 项 codes unless `leaves` is None: the probe's own draw), their
    titles changed by `retitle`; drawn with the first `streams` of the probes' later
    streams (house_styles.LATER_STREAMS)."""
    import final_combinations
    with later_streams(streams):
        final_combinations.make(i, doc=doc, keep=keep, leaves=leaves, retitle=retitle)


def f50_three_header_levels():
    """决算 tables without rules. A 三公 table of three header levels: 预算数 | 决算数, each
    over 合计, 因公出国（境）费, 公务用车购置及运行维护费 (over 小计 | 购置费 | 运行维护费) and
    公务接待费, the leaves beside the middle group spanning the lower two rows. A 支出决算表
    whose last label wraps in its narrow column (对附属单位补助支 / 出) over figures set
    flush right; a 收入决算表 whose empty columns' labels stand close, one letter-spaced
    (上级补助收入 beside 事  业  收  入); a 财政拨款收入支出决算总表 whose last label wraps
    (国有资本经营预 / 算) under 支出; empty tables whose labels wrap in narrow columns
    (年末结转和结 / 余) beside a group (本年支出 over 小计 | 基本支出 | 项目支出), whose code
    parts' labels (类 款 项) no row tells apart, whose ruled header's last row starts with 小  计 under 本年支出 (a total label, but no bare total
    row), whose total row is drawn as the header's last row (合计 under 科目名称, beside 合计 |
    基本支出 | 项目支出 under 本年支出). Every column keeps its own header path and figures."""
    import random
    from final_combinations import (EXPENDITURE, REVENUE, Finals, classified, sangong_final)
    from std import fiscal_summary_table
    fin = Fin("f50", LEAVES)
    finals = Finals(fin, random.Random(50))
    doc = doc_for("f50_three_header_levels.pdf")
    common = dict(unit="万元", rules="none", font_size=7.0, frame_caption=False)
    doc.add_table(sangong_final(fin, random.Random(500), final_styles(amount_w=64), "“三公”经费支出决算表",
                                "表7", common))
    doc.add_table(classified("支出决算表", finals.expenditure_rows(), EXPENDITURE,
                             final_styles(layout="full", zero="0", amount_w=40), "表3",
                             dict(common, font_size=8.0)))
    with tablelib.house_style(spaced="spaces"):
        doc.add_table(classified("收入决算表", finals.revenue_rows(), REVENUE,
                                 final_styles(amount_w=59), "表2", dict(common, font_size=7.5)))
    with tablelib.house_style(valign="top"):
        doc.add_table(fiscal_summary_table(fin, "财政拨款收入支出决算总表", number="表4", amount_w=77,
                                           thousands=True, unit="万元", rules="none", font_size=9.0))
    # From the 决算 probe: the middle group's columns, a group a level up beside them; zeros
    # under a wrapped last label; a spaced label beside a long one over empty columns.
    probe_tables(doc, 35, lambda title: "三公" in title)
    probe_tables(doc, 191, lambda title: title.endswith("年度支出决算表") or title == "支出决算表")
    probe_tables(doc, 117, lambda title: title.endswith("年度收入决算表") or title == "收入决算表")
    # Empty tables: labels wrapped in narrow columns (年末结转和结 / 余) beside a group; a
    # ruled header whose last row starts with 小  计 (spread over its cell) under 本年支出.
    probe_tables(doc, 153, lambda title: "政府性基金" in title)
    probe_tables(doc, 1014, lambda title: "政府性基金" in title, leaves=None)
    # Without rules: the labels of code parts (类 款 项) with no row to tell them apart.
    probe_tables(doc, 1002, lambda title: "政府性基金" in title, leaves=None,
                 retitle=lambda title: title.replace("政府性基金", "专项资金"))
    # A template that prints the total row of an empty table as the header's last row: 合计
    # across the code and name columns, beside the labels under 本年支出.
    cols = [Col("code", 60), Col("name", 110)] + [Col("amount", 72, vi=v) for v in range(6)]
    hdr = [H("项目", 0, 0, 1, 2), H("功能分类科目编码", 1, 0), H("科目名称", 1, 1),
           H("年初结转和结余", 0, 2, 2), H("本年收入", 0, 3, 2), H("本年支出", 0, 4, 2, 3),
           H("年末结转和结余", 0, 7, 2), H("合计", 2, 0, 1, 2), H("合计", 2, 4), H("基本支出", 2, 5),
           H("项目支出", 2, 6)]
    doc.add_table(Table("国有资本经营预算财政拨款收入支出决算表", cols, hdr, [], number=None,
                        empty=True, empty_note="说明：本部门本年度没有国有资本经营预算财政拨款收入和支出，"
                        "故本表无数据。", orientation="landscape", font_size=9.0))
    return doc


NOT_BUDGET = os.path.join(ROOT, "tests", "data", "not_budget")


def n01_statistics_tables():
    """What a crawler saves under a budget's name: a 政府网站工作年度报表 whose tables print
    counts, record numbers and visits, never money. No table states a unit of money, a
    word of public finance or a classification code: the reader must say the document has
    no budget table, not read the counts as amounts."""
    doc = Doc(os.path.join(NOT_BUDGET, "n01_statistics_tables.pdf"), "n01_statistics_tables.pdf",
              "测试市示范局", 2026, "预算")
    doc.narrative("测试市示范局政府网站工作年度报表", ["本文件由 budgetpdf 的版式家族生成器生成，数字为虚构。"])
    cols = [Col("name", 200), Col("amount", 150, vi=0)]
    hdr = [H("指标", 0, 0), H("数值", 0, 1)]
    rows = [Row(B(None, n, [v])) for n, v in
            [("网站标识码", "3211000001"), ("独立用户访问总量", "299556"),
             ("网站总访问量", "5991125"), ("信息发布总数", "1119"), ("专栏专题数量", "4"),
             ("解读回应数量", "1066")]]
    doc.add_table(Table("政府网站工作年度报表", cols, hdr, rows, unit=None, unit_line=False,
                        thousands=False))
    return doc


def f33_unruled_sangong_blank_columns():
    """A 三公 table without rules: one row of figures under short and long labels, some
    columns blank (因公出国（境）费 and 公务用车购置费 print nothing). A right-aligned figure
    under 合计 stands nearer to the edge of the long label beside it than to its own; two
    labels of blank columns stand close together. Each figure stays under its own label,
    and each label heads its own column."""
    fin = Fin("f33", LEAVES)
    doc = doc_for("f33_unruled_sangong_blank_columns.pdf")
    doc.add_table(sangong_table(fin, "一般公共预算“三公”经费支出表", number="表9", number_text="表9",
                                rules="none", font_size=8.0))
    doc.add_table(sangong_table(fin, "财政拨款“三公”经费支出表", number="表10", number_text="表10",
                                rules="topbottom", font_size=10.5, orientation="landscape"))
    return doc


def f34_row_cut_with_its_figures():
    """A ruled table over two pages whose last row on the first page is cut by the break
    with its label and its figures wrapped inside their cells: "测试市示范局机动" over
    "车辆管理中心", "12,437.3" over "6". The second page starts with the tails; the row is
    one, its figures whole (12437.36)."""
    doc = doc_for("f34_row_cut_with_its_figures.pdf")
    cols = [Col("name", 150), Col("amount", 90, vi=0), Col("amount", 90, vi=1), Col("amount", 90, vi=2)]
    hdr = [H("单位名称", 0, 0), H("合计", 0, 1), H("一般公共预算", 0, 2), H("事业收入", 0, 3)]
    units = [("测试市示范局本级", "113529.06", "107490.66", "6038.40"),
             ("测试市示范局交通管理支队", "168527.35", "158981.55", "9545.80"),
             ("测试市示范局巡特警支队", "26263.80", "26203.45", "60.35"),
             ("测试市示范局监所管理支队", "22199.42", "20382.97", "1816.45")]
    rows = [Row(B(None, "合计", ["345069.27", "325100.65", "19968.62"]))]
    rows += [Row(B(None, n, [a, b, c])) for n, a, b, c in units]
    rows.append(Row(B(None, "测试市示范局机动", ["14549.6", "2112.2", "12437.3"])))
    rows.append(Row(B(None, "车辆管理中心", ["4", "8", "6"]), label_tail=True))
    doc.add_table(Table("部门收入总表", cols, hdr, rows, number="表2", number_text="表2",
                        repeat_header=False, repeat_caption=False, breaks_after={5}))
    return doc


def f35_inner_header_sharing_labels():
    """A 部门整体预算绩效目标 form of label | amount pairs side by side (部门预算支出 | 预算金额
    （万元） | 收入来源 | 预算金额（万元）), then, in the same grid, an inner header of new
    labels that repeats the amount columns' label (事业发展性支出 | 预算金额（万元） | 按预算
    级次划分 | 预算金额（万元）) over more pairs. It heads a part of its own; it is no repeated
    header, and the amounts above it stay amounts."""
    doc = doc_for("f35_inner_header_sharing_labels.pdf")
    cols = [Col("name", 120, 0), Col("amount", 100, 0, vi=0), Col("name", 120, 1),
            Col("amount", 100, 1, vi=0)]
    hdr = [H("部门预算支出", 0, 0), H("预算金额（万元）", 0, 1), H("收入来源", 0, 2),
           H("预算金额（万元）", 0, 3)]
    top = StackedForm("部门整体预算绩效目标申报表", cols, hdr,
                      [Row(B(None, "基本支出", ["12634.14"]), B(None, "财政拨款", ["98880.78"])),
                       Row(B(None, "项目支出", ["86246.64"]), B(None, "其他资金", ["0.00"]))],
                      number="表14", number_text="表14", gap_after=0, below=None)
    hdr2 = [H("事业发展性支出", 0, 0), H("预算金额（万元）", 0, 1), H("按预算级次划分", 0, 2),
            H("预算金额（万元）", 0, 3)]
    rows2 = [Row(B(None, "财政专项资金", ["0.00"]), B(None, "市本级使用资金", ["98880.78"])),
             Row(B(None, "其他事业发展性支出", ["0.00"]), B(None, "拟用于对下转移支付资金", ["0.00"]))]
    below = Table("", cols, hdr2, rows2, caption=False, new_page=False, dept_line=False)
    top.add_with(doc, below)
    return doc


def project_family(name, seed, *, house=None, **style):
    """A disclosure whose 项目支出 table (std.project_table) is printed in `style`: opts of
    the table (layout, rules, widths) and project_table's choices (tree, item_first,
    parents, item_w), under the house style `house`."""
    import random
    doc = doc_for(f"{name}.pdf")
    opts = dict(layout="full", rules="grid", unit="万元", thousands=True, font_size=9.0,
                frame_caption=False, amount_w=70, name_w=140, total_first=True, zero=None)
    choices = {k: style.pop(k) for k in ("tree", "item_first", "parents", "item_w") if k in style}
    opts.update(style)
    with tablelib.house_style(**(house or {})):
        doc.add_table(project_table(Fin(name, PROJECT_LEAVES), random.Random(seed), opts,
                                    **choices))
    return doc


def f54_project_rows_under_partial_codes():
    """A 项目支出 table keyed by each level's own code part (201, 01, 08: 类 and 款 rows with
    their sums), one row per project: a 项 with two projects prints its part, name and
    figures twice ("08 代表工作" over "08 代表工作"). A row repeating the code part and name
    of the row above, both naming a project, has the same code; the two rows are one child
    of their 款 in the sums that place partial codes (before: the second 08 was read as a
    new 款 20108 and every code after it was wrong, "the amounts fit no reading")."""
    return project_family("f54_project_rows_under_partial_codes", 54, layout="own",
                          tree=PROJECT_TREES[2], item_first=False, parents=True, item_w=200)


def f55_project_name_before_code():
    """A 项目支出 table without rules whose project names come first (项目名称 | 科目名称 |
    amounts), codes glued to names with a space ("2130135 农业生态资源保护"), both wrapped
    over two lines around figures centred between them, labels letter-spaced. A code after
    cells of words keys the row as a leading code does, so the figures' line joins the
    code's line; codes under no label a space before the names go with the names' column,
    and a letter-spaced label over a name whose wrapped tail starts under the code stays
    one label (before: rows split into "2130135 农业生态资" and "源保护" with the figures, or
    the code read into the project's name: "统计调查及数据质量核查经2010108费")."""
    return project_family("f55_project_name_before_code", 55, layout="glued ", rules="none",
                          name_w=110, house={"spaced": "spaces", "valign": "center"},
                          tree=PROJECT_TREES[1], item_first=True, parents=False, item_w=90)


def f56_three_line_header_wrapped_first_row():
    """A 三线表 (rules above and below the header and under the last row only) whose project
    names wrap with the row's figures on the last line (a spreadsheet's bottom alignment):
    the first row's first line stands under the header's rule, above any figure. A rule
    across the table under the header ends the header (before: the first line joined the
    header, and the first project lost its name's start: "查经费")."""
    return project_family("f56_three_line_header_wrapped_first_row", 56, rules="topbottom",
                          total_first=False, house={"valign": "bottom"}, tree=PROJECT_TREES[1],
                          item_first=False, parents=False, item_w=90)


def f57_total_spaced_across_name_and_item():
    """A 项目支出 table whose total row prints 合  计 spread across the name and project
    columns (分散对齐 over a cell merged across code, name and project), centred on the
    boundary between name and project: 合 falls in one column, 计 in the next. A total
    label read across the name and project cells labels the row (before: a row named 合
    with a project 计)."""
    return project_family("f57_total_spaced_across_name_and_item", 57, rules="topbottom",
                          name_w=110, font_size=7.0, amount_w=67,
                          house={"spaced": "distributed"}, tree=PROJECT_TREES[2],
                          item_first=False, parents=False, item_w=130)


def f58_text_cells_filled_to_edges():
    """A table without rules whose name and project cells are filled to their edges: a
    wrapped name ("2130135-农业生态资源保" / "护") ends a few points before the project's
    name beside it, closer than the gap that splits words, so the text layer gives one
    word across both cells. A word is cut where a gap inside it meets the left edge at
    which the column's other lines start (before: the boundary fell inside the project
    names, "法治2010108-代表工作工作" | "宣传教育及普法经费")."""
    return project_family("f58_text_cells_filled_to_edges", 58, layout="glued-", rules="none",
                          name_w=110, house={"valign": "bottom"}, tree=PROJECT_TREES[2],
                          item_first=False, parents=True, item_w=90)


def f59_parts_side_by_side_wrapped():
    """A 基本支出 table by 经济分类 in two parts side by side (人员经费 | 公用经费, each code-name
    | amount) under rules above and below the header only, names wrapped in one part
    ("30231-公务用车运行维护" / "费", figures centred between the lines) beside one-line rows
    of the other; and a 收支总表 in the same style whose 年末结转结余 prints no figure beside
    上年结转结余 and its figure. Rows of parts whose column labels repeat are found part by
    part, rows of the same lines staying one; words on a line that is a row of the other
    part start a row unless set tight under the line above (before: "费" a row of its own
    with the figure, the code's row without one)."""
    import random
    doc = doc_for("f59_parts_side_by_side_wrapped.pdf")
    opts = dict(rules="topbottom", unit="万元", thousands=True, font_size=9.0,
                frame_caption=False, amount_w=70, name_w=110)
    doc.add_table(econ_pairs_table(Fin("f59", LEAVES), random.Random(4), opts, layout="glued-"))
    with tablelib.house_style(text="UKai", valign="top"):
        doc.add_table(summary_table(Fin("f59s", LEAVES, dec=6), "2026年收支总表", number=None,
                                    rules="topbottom", unit="万元", font_size=10.5))
    return doc


def f60_whole_figures_before_next_part_codes():
    """A 基本支出 table in 元 of whole numbers without separators, in two parts side by side
    whose codes are split over 类 | 款 columns: a figure flush right in the left part's
    amount column ("16319710") ends half a character before the right part's 类 ("302"), and
    the text layer gives one word "16319710 302". A run of digits that no code part has
    (not 2 or 3 digits) is a figure, apart from the code after it at a visible gap (before:
    the column boundary fell inside the figures, which lost their last digits to the right
    part's codes: 16319710 read as 163197, a wrong number, the codes read as "10302")."""
    import random
    doc = doc_for("f60_whole_figures_before_next_part_codes.pdf")
    opts = dict(rules="topbottom", unit="元", thousands=False, font_size=10.5,
                frame_caption=False, amount_w=60, name_w=140)
    doc.add_table(econ_pairs_table(Fin("f60", LEAVES, dec=0, mag=3000000), random.Random(4),
                                   opts, layout="split2"))
    return doc


def f61_glued_code_then_second_classification():
    """项目支出 tables whose function code is glued to its name ("2010108-代表工作") and
    which name each project's 政府预算支出经济分类 before the amounts, in columns of their
    own: 经济科目编码 | 经济科目名称 (50201 | 办公经费), or 类 | 款 | 名称 under the
    classification's label (502 | 01 | 办公经费). A text column of codes glued to names is
    the row's first classification: code columns after it are further classifications
    (the row's other codes) and their names are not the row's name (before: 50201 became
    the row's code and 办公经费 its name, the function code lost: every project row wrong,
    found by the probe's eighth stream)."""
    import random
    doc = doc_for("f61_glued_code_then_second_classification.pdf")
    opts = dict(layout="glued-", rules="none", unit="万元", thousands=True, font_size=9.0,
                frame_caption=False, amount_w=70, name_w=140, total_first=True, zero=None)
    doc.add_table(project_table(Fin("f61", PROJECT_LEAVES), random.Random(61), opts,
                                tree=PROJECT_TREES[1], item_first=False, parents=True,
                                item_w=150, econ="code_name"))
    opts.update(rules="grid")
    doc.add_table(project_table(Fin("f61b", PROJECT_LEAVES), random.Random(62), opts,
                                title="2026年项目支出预算明细表", tree=PROJECT_TREES[0],
                                item_first=True, parents=False, item_w=150, econ="split2"))
    return doc


def f62_names_clipped_at_the_rule():
    """Ruled tables whose names are wider than their cells and are printed on one line,
    clipped at the cell's rules, as spreadsheet exports print them: the glyph the rule cuts
    is drawn in part, most of it beyond the rule, the rest not at all ("(3)对个人和家庭的补"
    and a sliver of 助). The cut glyph belongs to the name: by its position it went to the
    amount cell beside, which then read "助4.82", no amount, and the whole amount column
    became text (a part of a 收支总表 lost with every figure counted as placed)."""
    doc = doc_for("f62_names_clipped_at_the_rule.pdf")
    fin = Fin("f62", LEAVES)
    # 9 pt glyphs from 3 pt inside the cell: the 9th starts 2 pt before the rule.
    doc.add_table(classified_table("2026年一般公共预算支出表", fin.basic_project_rows(),
                                   ["合计", "基本支出", "项目支出"], number="表5",
                                   number_text="表5", font_size=9.0, name_w=77, amount_w=64,
                                   clip_names=True))
    econ = Fin("f62e", LEAVES).econ_rows()
    doc.add_table(classified_table("2026年一般公共预算基本支出表", econ, ["合计", "人员经费", "公用经费"],
                                   number="表6", number_text="表6", font_size=9.0, name_w=68,
                                   amount_w=64, code_title="经济分类科目编码", clip_names=True))
    return doc


def f63_total_in_second_classification_name():
    """A table by 部门经济分类 that names each row's 政府经济分类 too (部门经济科目编码 |
    名称 | 政府经济科目编码 | 政府经济科目名称 | amounts), whose 合计 is printed in the
    last of these, the 政府经济科目名称 column beside the amounts, its code and name cells
    empty. The total labels the row (before: a row without name, 合计 only among its
    texts, so the table's total was neither matched nor checked)."""
    doc = doc_for("f63_total_in_second_classification_name.pdf")
    gov = {"301": ("50101", "工资奖金津补贴"), "302": ("50201", "办公经费"),
           "303": ("50901", "社会福利和救助")}
    econ = Fin("f63", LEAVES).econ_rows()
    rows = []
    for code, name, ints in econ:
        texts = list(reversed(gov[code[:3]])) if len(code) == 5 else ["", ""]
        rows.append(Row(B(code, name, [fmt(x, 2) for x in ints], texts=texts)))
    top = [ints for code, _, ints in econ if len(code) == 3]
    total = B(None, None, [fmt(sum(v[k] for v in top), 2) for k in range(3)], texts=["合计", ""])
    total["truth_name"] = "合计"
    cols = [Col("code", 56), Col("name", 120), Col("other", 52, ti=1, align="center"),
            Col("text", 96, ti=0)] + [Col("amount", 66, vi=k) for k in range(3)]
    hdr = [H("部门经济科目编码", 0, 0), H("部门经济科目名称", 0, 1), H("政府经济科目编码", 0, 2),
           H("政府经济科目名称", 0, 3), H("合计", 0, 4), H("人员经费", 0, 5), H("公用经费", 0, 6)]
    doc.add_table(Table("2026年一般公共预算支出明细表（按支出经济分类科目）", cols, hdr,
                        [Row(total)] + rows, number="表6", number_text="表6",
                        orientation="landscape"))
    return doc


def f64_caption_in_sheet_cells():
    """A ruled table whose caption is printed in the sheet's own cells above the header:
    the table number alone in the first cell of a ruled row, the title in a row merged
    across the table, a blank ruled row, the unit in the last cell of a ruled row. Ruled bands at the top that hold only
    a table number, a unit line or nothing are the caption too, as undivided bands holding
    the title are (f02) (before: the title and the unit were read as every column's header
    and a running header naming the sheet, if any, became the title)."""
    doc = doc_for("f64_caption_in_sheet_cells.pdf")
    fin = Fin("f64", LEAVES)
    doc.add_table(classified_table("2026年部门综合预算一般公共预算支出明细表", fin.basic_project_rows(),
                                   ["合计", "基本支出", "项目支出"], number="表5", number_text="表5",
                                   caption_cells=True, dept_line=False))
    cols = [Col("name", 110), Col("item", 120), Col("amount", 60, vi=0), Col("text", 80, ti=0)]
    hdr = [H("预算单位名称", 0, 0), H("预算项目名称", 0, 1), H("金额", 0, 2), H("项目类别", 0, 3)]
    rows = [Row(B(None, "测试市示范局", ["9.00"], "信息化建设专项", texts=["项目支出"])),
            Row(B(None, "测试市示范局", ["2.61"], "安全生产专项", texts=["项目支出"]))]
    doc.add_table(Table("2026年部门综合预算财政拨款结转资金支出表", cols, hdr, rows, number="表11",
                        number_text="表11", caption_cells=True, dept_line=False))
    return doc


def f65_total_amount_cell_over_empty_columns():
    """A table keyed by three classifications, each code glued to its name in a column of
    its own (功能 | 政府经济 | 部门经济, as 支出总表 by economic detail print them), whose 合计
    label cell spans only the first two: the last classification's cell of that row is
    merged with the 合计 amount's, the amount set flush right in it. The amount is the
    amount column's: a figure flush against the right rule of a merged cell goes to the
    cell's last column where only that one holds decimal figures elsewhere (before: text of
    a merged cell went to its first column, the amount became the row's name and the
    table's total was lost)."""
    doc = doc_for("f65_total_amount_cell_over_empty_columns.pdf")
    gov = {"301": "50101-工资奖金津补贴", "302": "50201-办公经费", "303": "50901-社会福利和救助"}
    econ = {"30101": "基本工资", "30102": "津贴补贴", "30201": "办公费", "30211": "差旅费",
            "30302": "退休费"}
    import random
    rng = random.Random(65)
    lines = []
    for func, fname in (("2010101", "行政运行"), ("2010108", "代表工作"), ("2080501", "行政单位离退休")):
        for code, name in econ.items():
            if func.startswith("208") != code.startswith("303"):
                continue
            basic = rng.randint(100000, 9000000) if func != "2010108" else 0
            proj = rng.randint(100000, 9000000) if func != "2010101" else 0
            lines.append((func, fname, gov[code[:3]], f"{code}-{name}", [basic + proj, basic, proj]))
    rows = [Row(B(f, n, [fmt(x, 2) for x in v], texts=[g, e])) for f, n, g, e, v in lines]
    total = [sum(v[k] for *_, v in lines) for k in range(3)]
    rows.append(Row(B(None, "合计", [fmt(x, 2) for x in total]), amount_merge_left=True))
    cols = [Col("name", 120, glue="-"), Col("other", 100, ti=0),
            Col("other", 100, ti=1)] + [Col("amount", 72, vi=k) for k in range(3)]
    hdr = [H("支出功能分类科目", 0, 0), H("政府支出经济分类科目", 0, 1), H("部门支出经济分类科目", 0, 2),
           H("合计", 0, 3), H("基本支出", 0, 4), H("项目支出", 0, 5)]
    doc.add_table(Table("支出总表", cols, hdr, rows, number="预算03表", number_text="预算03表",
                        orientation="landscape", font_size=8.0))
    return doc


def f66_page_margins_shift_under_partial_codes():
    """A 功能分类 table whose code column prints 类 and 项 in full (201, 2010101) and a 款
    by its own two digits (01), each level further indented, printed over two pages whose
    grids stand a few points apart (pages set with other margins). Indentation counts from
    each page's table edge: by page position, the 款 parts of the second page formed an
    indentation of their own and were read as 项 of the 款 before (before: "03" after
    2010108 became 2010103, "05" after 208 a guess)."""
    doc = doc_for("f66_page_margins_shift_under_partial_codes.pdf")
    fin = Fin("f66", LEAVES)
    t = classified_table("2026年一般公共预算支出表", fin.basic_project_rows(), ["合计", "基本支出", "项目支出"],
                         number="表5", number_text="表5", breaks_after=(4,), page_shift=3.5)
    t.cols[0].mode, t.cols[0].indent_step, t.cols[0].align = "kuan_part", 9.0, "left"
    t.cols[0].width = 72
    doc.add_table(t)
    return doc


def f67_header_label_centred_past_its_rules():
    """A 三公 table whose group label (公务用车购置及运行维护费 over 小计 | 购置费 | 运行费) is
    wider than the three narrow columns under it, printed on one line, centred, clipped at
    the group's rules: its first and last glyphs are cut in two, their middles beyond the
    rules. A word centred on a cell and wider than it on both sides is that cell's (before:
    公 joined the 公务接待费 label beside it, 公公务接待费, and the group read
    务用车购置及运行维护)."""
    doc = doc_for("f67_header_label_centred_past_its_rules.pdf")
    units = [("测试市示范局", 120, 380, 0, 2450), ("测试市示范局机关服务中心", 0, 150, 3600, 1280),
             ("测试市示范局信息中心", 45, 0, 0, 860)]
    lines = [(name, [a + r + b + n, a, r, b + n, b, n]) for name, a, r, b, n in units]
    total = [sum(ints[k] for _, ints in lines) for k in range(6)]
    rows = [Row(B(None, name, [fmt(x, 2) for x in ints])) for name, ints in [("合计", total)] + lines]
    cols = [Col("name", 130)] + [Col("amount", w, vi=k) for k, w in
                                 enumerate([56, 48, 48, 32, 32, 32])]
    hdr = [H("单位名称", 0, 0, rs=2), H("合计", 0, 1, rs=2), H("因公出国（境）费", 0, 2, rs=2),
           H("公务接待费", 0, 3, rs=2), H("公务用车购置及运行维护费", 0, 4, cs=3, clip=True),
           H("小计", 1, 4), H("购置费", 1, 5), H("运行费", 1, 6)]
    doc.add_table(Table("2026年一般公共预算“三公”经费支出表", cols, hdr, rows, number="表9",
                        number_text="表9", font_size=9.0))
    return doc


def f68_spaced_labels_a_little_closer():
    """A table without vertical rules whose short labels are letter-spaced with typed spaces
    (基  本  支  出) and whose narrow amount columns put two such labels side by side a
    little closer than their letter spacing (a point at 10.5 pt). A producer spaces one
    label evenly: a run of spaced characters keeps its spacing within a twentieth of a
    character, so the next label starts a new one (before: 项 joined the label on its
    left, 基本支出项 | 目支出)."""
    doc = doc_for("f68_spaced_labels_a_little_closer.pdf")
    fin = Fin("f68", LEAVES, dec=2, mag=3000000)
    with tablelib.house_style(text="UKai", figures="DejaVuSans", spaced="spaces"):
        doc.add_table(classified_table("2026年一般公共预算支出表", fin.basic_project_rows(),
                                       ["合计", "基本支出", "项目支出"], layout="glued-",
                                       number="公开3表", number_text="公开3表", rules="topbottom",
                                       amount_w=83, font_size=10.5, thousands=False,
                                       orientation="landscape"))
    return doc


def f69_group_labels_over_empty_last_columns():
    """A 财政拨款收支总表 without vertical rules: 收入 over 项目 | 预算数, 支出 over 项目 |
    合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算, the last two columns empty. 支出
    stands as well centred over 合计 | 一般公共预算 (the columns with figures) as over its
    five columns. The group labels of a line head every column under them: where a split
    leaves columns between or beside the groups without one and a split covering them all
    centres the labels within a point as well, that split wins (before: 政府性基金预算 and
    国有资本经营预算 read without their 支出, the 支出 side's 项目 without it too)."""
    doc = doc_for("f69_group_labels_over_empty_last_columns.pdf")
    fin = Fin("f69", LEAVES, dec=2, mag=3000000)
    with tablelib.house_style(spaced="spaces"):
        doc.add_table(fiscal_summary_table(fin, "2026年财政拨款收支总表", number="表4",
                                           number_text="表4", rules="topbottom", font_size=9.0,
                                           orientation="landscape"))
    return doc


def f70_wrapped_name_first_under_header():
    """A table without rules whose cells are set to the bottom, continued on a page whose
    repeated header is followed at once by a row with a wrapped name: the name's first line
    stands alone above the row's codes and figures, at a wrapped line's distance, where the
    name's last line starts. It is that row's, not the header's (before: 机关事业单位基本
    养老保险 became part of the 科目名称 header, the row named 缴费支出)."""
    doc = doc_for("f70_wrapped_name_first_under_header.pdf")
    fin = Fin("f70", LEAVES)
    with tablelib.house_style(valign="bottom"):
        doc.add_table(classified_table("2026年一般公共预算支出表", fin.basic_project_rows(),
                                       ["合计", "基本支出", "项目支出"], number="表5",
                                       number_text="表5", rules="none", name_w=110,
                                       breaks_after=(9,), font_size=9.0))
    return doc


def f71_code_label_wrapped_beside_lower_name_label():
    """A 基本支出 table in two parts side by side without rules, each part's code columns
    split 类 | 款 under a label wrapped in its narrow column (科目编 / 码, then 类 款 a line
    lower), the 科目名称 label beside it printed level with 码. 类 and 款 stand within half
    of 科目名称's width but under 科目编: they are that label's, and 科目名称 stays a leaf
    (before: it was taken for a group, the name text widened the 预算数 column, and both
    parts read as one column of names and figures: the table reported empty)."""
    import random
    doc = doc_for("f71_code_label_wrapped_beside_lower_name_label.pdf")
    opts = dict(rules="none", unit="元", thousands=True, font_size=10.5, frame_caption=False,
                amount_w=86, name_w=110)
    with tablelib.house_style(text="UMing", spaced="spaces", amount_align="center"):
        doc.add_table(econ_pairs_table(Fin("f71", LEAVES, dec=2, mag=3000000), random.Random(1),
                                       opts, layout="split2"))
    return doc


def n02_money_report_without_budget():
    """A statistics report saved under a budget's name (一个行业运行情况报告): its tables
    print money in 亿元 and words such as 收入, but the document never says 预算 or 决算 and
    prints no classification code. It is no budget disclosure."""
    doc = Doc(os.path.join(NOT_BUDGET, "n02_money_report_without_budget.pdf"),
              "n02_money_report_without_budget.pdf", "测试市示范局", 2026, "")
    doc.narrative("2025年测试市物流业运行情况报告", ["本文件由 budgetpdf 的版式家族生成器生成，数字为虚构。"])
    cols = [Col("name", 200), Col("amount", 80, vi=0), Col("amount", 80, vi=1)]
    hdr = [H("指标", 0, 0), H("一季度", 0, 1), H("上半年", 0, 2)]
    rows = [Row(B(None, n, v)) for n, v in
            [("物流业业务收入", ["178.45", "394.73"]), ("交通运输、仓储和邮政业", ["116.36", "261.74"]),
             ("批发和零售业", ["62.09", "132.99"])]]
    doc.add_table(Table("2025年测试市物流业业务收入分季度情况", cols, hdr, rows, unit="亿元",
                        thousands=False))
    return doc


def f72_first_glyph_alone_past_the_rule():
    """A ruled table whose codes are glued to their names in one indented column too narrow
    for them, the names clipped at the cell's rule: of a 项's name only its first glyph is
    drawn, cut in two by the rule with its middle beyond it, over the start of the wide
    合计 figure beside it. A word of one glyph with a good part of it left of a rule starts
    there and goes left (before: the amount cell read "行4242194.68", no amount, and the
    合计 column of the whole table became the name column's)."""
    doc = doc_for("f72_first_glyph_alone_past_the_rule.pdf")
    fin = Fin("f72", LEAVES, dec=2, mag=3000000)
    tree = ["合计", ("基本支出", ["小计", "人员经费", "公用经费"]), "项目支出"]
    with tablelib.house_style(text="UMing", figures="DejaVuSans", spaced="spaces", valign="top"):
        doc.add_table(classified_table("2026年一般公共预算支出表", fin.basic_detail_rows(), tree,
                                       layout="glued ", number="表3", number_text="表3", name_w=70,
                                       amount_w=83, font_size=10.5, indent=True, clip_names=True,
                                       zero="0", orientation="landscape"))
    return doc


def f73_code_glued_to_name_in_one_word():
    """A table without vertical rules whose 7-digit codes fill their column so closely
    (about a point) that poppler reads code and name as one word ("2010108代表工作"). The
    code's digits mark the code column's extent as they do when the two are apart (before:
    the whole word widened the name column over the code column, the boundary fell after
    the name's first character: names read "代", the rest of them lost)."""
    doc = doc_for("f73_code_glued_to_name_in_one_word.pdf")
    fin = Fin("f73", LEAVES)
    with tablelib.house_style(text="WQY", figures="DejaVuSerif", amount_align="center"):
        doc.add_table(classified_table("2026年一般公共预算支出表", fin.basic_project_rows(),
                                       ["合计", "基本支出", "项目支出"], number="表5",
                                       number_text="表5", rules="topbottom", font_size=10.5,
                                       name_w=140, amount_w=60, code_w=45,
                                       orientation="landscape"))
    return doc


def f74_total_row_alone_on_next_page():
    """A ruled table whose last row, the 合计 with its label merged over the code and name
    columns, falls alone on the next page under the repeated 部门/单位 line, without the
    header. That page's grid has one column less: a column spanning a run of the table's
    label columns, amounts in the rest lining up, continues the table (before: the row
    formed a block of its own, 合计 read as an amount that is not one, the total unnamed)."""
    doc = doc_for("f74_total_row_alone_on_next_page.pdf")
    fin = Fin("f74", LEAVES, dec=0, mag=3000000)
    rows = fin.basic_detail_rows()
    tree = ["合计", ("基本支出", ["小计", "人员经费", "公用经费"]), "项目支出"]
    with tablelib.house_style(text="WQY", figures="DejaVuSerif", spaced="spaces"):
        doc.add_table(classified_table("2026年一般公共预算支出表", rows, tree, number="表01",
                                       number_text="表01", name_w=110, amount_w=76, dec=0,
                                       thousands=True, total_first=False, frame_caption=True,
                                       repeat_header=False, unit="元",
                                       breaks_after=(len(rows) - 1,), orientation="landscape"))
    return doc


def f75_code_and_dash_name_clipped_away():
    """Codes glued to their names with a dash ("2010101-行政运行") in a ruled column so
    narrow that an indented 7-digit code and its dash fill it and the name is clipped away
    entirely. "2010101-" is the code with an empty name (before: no code was read, the row
    fell out of the classification)."""
    doc = doc_for("f75_code_and_dash_name_clipped_away.pdf")
    fin = Fin("f75", LEAVES, dec=0, mag=3000000)
    with tablelib.house_style(text="WQY", figures="DejaVuSerif", valign="bottom"):
        doc.add_table(classified_table("2026年一般公共预算支出表", fin.basic_project_rows(),
                                       ["合计", "基本支出", "项目支出"], layout="glued-",
                                       number="公开03表", number_text="公开03表", name_w=70,
                                       amount_w=76, dec=0, thousands=True, indent=True,
                                       clip_names=True, unit="元", font_size=10.5,
                                       orientation="landscape"))
    return doc


def f76_wrapped_title_with_unit_beside():
    """A title wrapped by hand after the department and year (测试市示范局2026年 /
    一般公共预算支出表), the unit printed smaller at the right end of its second line. The
    title's words on that line end where the smaller text starts (before: the unit counted
    as part of the line, the lines seemed not centred alike, and the title lost its first
    line)."""
    doc = doc_for("f76_wrapped_title_with_unit_beside.pdf")
    fin = Fin("f76", LEAVES)
    title = "测试市示范局2026年一般公共预算支出表"
    with tablelib.house_style(text="WQY", figures="WQY", unit_pos="title_line",
                              unit_label="单位： ", dept_label="编制单位"):
        doc.add_table(classified_table(title, fin.basic_project_rows(),
                                       ["合计", "基本支出", "项目支出"], number="附表3",
                                       number_text="附表3", title_text=title.replace("2026年", "2026年\n", 1),
                                       font_size=8.0, name_w=80, amount_w=53, thousands=True))
    return doc


def f77_figure_against_next_parts_codes():
    """A 基本支出 table in two parts side by side without rules (人员经费 | 公用经费), codes
    glued to names with a dash, whole 元 right-aligned: the left part's figure stands a
    typed space from the right part's code ("13068743 302-商品和服务支出"), closer than the
    gap that splits words. A figure, a space, then text end the figure's column (before: the
    right part's names began inside the figure, its last digit went to them: 1306874 and
    "3302-商品和服务支出", every left figure a tenth, and the checks held)."""
    import random
    doc = doc_for("f77_figure_against_next_parts_codes.pdf")
    opts = dict(rules="none", unit="元", thousands=False, font_size=8.0, frame_caption=False,
                amount_w=90, name_w=170)
    with tablelib.house_style(text="WQY", figures="WQY"):
        doc.add_table(econ_pairs_table(Fin("f77", LEAVES, dec=0, mag=3000000), random.Random(3),
                                       opts, layout="glued-"))
    return doc


def f78_code_parts_wrapped_by_the_character():
    """A ruled 项目支出 table naming each project's 经济分类 in narrow 类 | 款 columns, the
    parts wrapped by the character ("50" over "2", "9" over "9"), cells set to the bottom,
    and a code glued to a name that wraps too (2130135 农业生态资源 / 保护). One band is one
    row: digits that join into a code or code part, no line holding all of them, are one
    wrapped value (before: the band read as two rows, the code's line without figures, the
    figures' line without code)."""
    import random
    doc = doc_for("f78_code_parts_wrapped_by_the_character.pdf")
    opts = dict(layout="glued ", rules="grid", unit="万元", thousands=True, font_size=10.5,
                frame_caption=False, amount_w=96, name_w=140, total_first=True, zero=None)
    with tablelib.house_style(text="WQYMicro", figures="DejaVuSans", valign="bottom"):
        doc.add_table(project_table(Fin("f78", PROJECT_LEAVES, dec=6), random.Random(78), opts,
                                    tree=PROJECT_TREES[2], item_first=False, parents=True,
                                    item_w=200, econ="split2"))
    return doc


def f79_code_alone_name_clipped_away():
    """Codes glued to their names with a space in one indented ruled column too narrow for
    them, names clipped at the rule: an indented 7-digit code fills the cell and its name is
    not drawn at all. In a column whose names carry their codes, a code alone is that code
    with its name clipped away (before: "2010101" was read as the row's name, no code)."""
    doc = doc_for("f79_code_alone_name_clipped_away.pdf")
    fin = Fin("f79", LEAVES, dec=0, mag=3000000)
    with tablelib.house_style(text="WQY", figures="DejaVuSerif", valign="bottom",
                              amount_align="center"):
        doc.add_table(classified_table("2026年一般公共预算支出表", fin.basic_project_rows(),
                                       ["合计", "基本支出", "项目支出"], layout="glued ",
                                       number="表3-1", number_text="表3-1", name_w=70,
                                       amount_w=76, dec=0, thousands=True, indent=True,
                                       clip_names=True, unit="元", font_size=10.5))
    return doc


def f80_distributed_labels_at_one_pitch():
    """A table without vertical rules whose labels are distributed over their cells (each
    character set apart to fill the cell), two neighbouring columns' labels ending up at
    one pitch: 基 本 支 出 项 目 支 出 read as one evenly spaced run. The run's pieces over
    neither column's figures, right of the middle between the two columns' figures, start
    the next column's label (before: 基本支出项 | 目支出)."""
    doc = doc_for("f80_distributed_labels_at_one_pitch.pdf")
    fin = Fin("f80", LEAVES, dec=2, mag=3000000)
    with tablelib.house_style(text="UMing", figures="DejaVuSans", spaced="distributed",
                              valign="top"):
        doc.add_table(classified_table("2026年一般公共预算支出表", fin.basic_project_rows(),
                                       ["合计", "基本支出", "项目支出"], layout="split3",
                                       number="表三", number_text="表三", rules="topbottom",
                                       font_size=9.0, name_w=110, amount_w=72, unit="元",
                                       thousands=False, zero="0", orientation="landscape"))
    return doc


def f81_blank_column_on_continued_page():
    """A ruled table whose 合计 header is merged over a narrow empty column beside it (a
    spreadsheet merging two columns in the header, filling one below), printed over two
    pages, the second without the header: there nothing spans the blank column, the row
    rules stop at it and go on beyond. Rules at one height across a gap of a few points are
    one table's (before: the page read as two tables, the left one continuing the table,
    the right one's 基本支出 and 项目支出 an untitled table of their own)."""
    doc = doc_for("f81_blank_column_on_continued_page.pdf")
    fin = Fin("f81", LEAVES, dec=0, mag=3000000)
    with tablelib.house_style(text="UKai", figures="UKai", spaced="spaces", valign="bottom"):
        t = classified_table("测试市示范局2026年一般公共预算支出表", fin.basic_project_rows(),
                             ["合计", "基本支出", "项目支出"], layout="split3", number="表3",
                             number_text="表3", name_w=80, amount_w=70, dec=0, unit="元",
                             thousands=False, total_first=False, zero="-", font_size=9.0,
                             breaks_after=(6,), repeat_header=False, border="image",
                             continued_marks=("续表", "续表"), orientation="landscape")
        add_blank_column(t, [k for k, c in enumerate(t.cols) if c.kind == "amount"][0], 6)
        doc.add_table(t)
    return doc


def f82_code_part_columns_set_close():
    """A 项目支出 table without vertical rules whose codes stand in 类 | 款 | 项 columns set
    close (a space apart, as a code printed whole with spaces would be), its labels
    distributed over their cells: 类 款 项 under 科目编码, one character over each part. A
    header line standing one separate character over each part and nothing else over the
    code makes the parts columns of their own (before: the labels joined into 类款项 over
    one column and every project's 项 was lost, its rows filed under the 款)."""
    import random
    doc = doc_for("f82_code_part_columns_set_close.pdf")
    opts = dict(layout="split3", rules="none", unit="万元", thousands=True, font_size=10.5,
                frame_caption=False, amount_w=90, name_w=140, total_first=True, zero=None)
    with tablelib.house_style(text="WQYMicro", figures="DejaVuSans", spaced="distributed",
                              valign="bottom"):
        doc.add_table(project_table(Fin("f82", PROJECT_LEAVES), random.Random(82), opts,
                                    tree=PROJECT_TREES[2], item_first=False, parents=True,
                                    item_w=130, econ="split2"))
    return doc


def f83_side_label_over_text_first_column():
    """A 财政拨款收入支出决算总表 without rules: 收入 over 项目 | 预算数, 支出 over 项目 | 合计
    | 一般公共预算 | 政府性基金预算 | 国有资本经营预算, the last two empty. Measured by the
    text under them (names set from the left, figures centred, empty columns by their
    labels), 支出 stands as well centred over 合计 | 一般公共预算 as over its five columns,
    but not within a point. The line's labels head every column under them where a split
    covering them centres the labels within half a character as well (before: the 支出
    side's 项目 and its two empty columns read without 支出)."""
    doc = doc_for("f83_side_label_over_text_first_column.pdf")
    probe_tables(doc, 1890, lambda title: title.endswith("财政拨款收入支出决算总表"), leaves=None)
    return doc


def f84_not_applicable_marks():
    """Amount cells where nothing applies printed as a mark instead of a dash or a blank:
    a slash (/), an asterisk (*) or a multiplication sign (×), as forms print in cells that
    are not to be filled. A column of a few figures and many marks is still an amount
    column (before: more marks than figures made it a text column, its figures lost and
    合计 = 基本支出 + 项目支出 unchecked), ruled tables and tables without rules; in a 三公
    table's narrow columns without rules a slash stands in its column as a figure would
    (before: "/" and the next column's figure read as one label)."""
    doc = doc_for("f84_not_applicable_marks.pdf")
    with tablelib.house_style(text="WQY", figures="DejaVuSans"):
        doc.add_table(classified_table("2026年一般公共预算支出表",
                                       Fin("f84", LEAVES, dec=2, mag=300000).basic_project_rows(),
                                       ["合计", "基本支出", "项目支出"], layout="split3",
                                       number="表3", number_text="表3", unit="万元", zero="/"))
        doc.add_table(classified_table("2026年政府性基金预算支出表",
                                       Fin("f84g", LEAVES, dec=0, mag=3000000).basic_project_rows(),
                                       ["合计", "基本支出", "项目支出"], layout="full",
                                       number="表4", number_text="表4", unit="元", dec=0,
                                       rules="none", thousands=True, zero="×"))
        doc.add_table(classified_table("2026年一般公共预算基本支出表",
                                       Fin("f84e", LEAVES, dec=2, mag=300000).econ_rows(),
                                       ["合计", "人员经费", "公用经费"], layout="glued-",
                                       code_title="经济分类科目编码", number="表5",
                                       number_text="表5", unit="万元", zero="*"))
        # Narrow columns without rules: a slash a few points from the next figure.
        doc.add_table(sangong_table(Fin("f84s", LEAVES, dec=2, mag=300),
                                    "2026年一般公共预算“三公”经费支出表", zero="/",
                                    thousands=True, rules="topbottom", unit="万元",
                                    font_size=9.0))
    return doc


def f85_unit_codes_as_identifiers():
    """Rows keyed by a unit code in a 单位编码 column: the department's three digits (302,
    which read alone like a 经济分类 类) and its units' six (302001). They identify units,
    no classification: the column is text and each row keeps its code there (before: 302
    read as a 类 and the units' codes lost; a table that also printed ** under every header
    cell, a numbering row without numbers, read ** as a row of its own or glued it to the
    headers)."""
    doc = doc_for("f85_unit_codes_as_identifiers.pdf")
    units = [("302", "测试市示范局", [6035.20, 5810.00, 225.20]),
             ("302001", "测试市示范局（本级）", [4210.70, 4105.50, 105.20]),
             ("302002", "测试市示范服务中心", [1824.50, 1704.50, 120.00])]
    amounts = [Col("amount", 80, vi=v) for v in range(3)]
    with tablelib.house_style(text="WQY", figures="DejaVuSans"):
        cols = [Col("text", 56, ti=0), Col("name", 150)] + amounts
        hdr = [H("单位编码", 0, 0), H("单位名称", 0, 1), H("合计", 0, 2), H("一般公共预算拨款收入", 0, 3),
               H("事业收入", 0, 4)]
        rows = [Row(B(None, "合计", [f"{x:.2f}" for x in units[0][2]], texts=[""]))]
        rows += [Row(B(None, n, [f"{x:.2f}" for x in v], texts=[c])) for c, n, v in units]
        doc.add_table(Table("2026年部门收入总表", cols, hdr, rows, number="表2", number_text="表2",
                            unit="万元"))
        cols = [Col("text", 56, ti=0), Col("name", 170), Col("amount", 80, vi=0),
                Col("text", 200, ti=1)]
        hdr = [H("单位编码", 0, 0), H("单位（项目）名称", 0, 1), H("项目金额", 0, 2), H("项目简介", 0, 3)]
        rows = [Row(B(None, "合计", ["320.00"], texts=["", ""])),
                Row(B(None, "测试市示范局", ["320.00"], texts=["302", ""])),
                Row(B(None, "测试市示范局（本级）", ["320.00"], texts=["302001", ""])),
                Row(B(None, "信息系统运行维护", ["200.00"], texts=["", "保障业务系统全年稳定运行。"])),
                Row(B(None, "业务培训", ["120.00"], texts=["", "开展全系统业务培训两期。"]))]
        doc.add_table(Table("2026年专项业务经费支出表", cols, hdr, rows, number="表10",
                            number_text="表10", unit="万元", orientation="landscape",
                            numbering=["**"] * 4))
    return doc


def f86_unit_in_brackets_and_remarks():
    """Unit lines as some templates word them: the unit in brackets at the right end of the
    department's line ("编制部门：测试市示范局 … （单位：万元）", read glued once the spaces
    between CJK characters go), and a remark in brackets after the unit ("金额单位：万元
    （保留两位小数）"). Before: the department read "测试市示范局（", and a unit with a
    remark was no unit at all."""
    doc = doc_for("f86_unit_in_brackets_and_remarks.pdf")
    fin = Fin("f86", LEAVES, dec=2, mag=300000)
    doc.add_table(classified_table("2026年一般公共预算支出表", fin.basic_project_rows(),
                                   ["合计", "基本支出", "项目支出"], number="表3", number_text="表3",
                                   unit="万元", unit_text="（单位：万元）"))
    doc.add_table(classified_table("2026年一般公共预算基本支出表",
                                   Fin("f86e", LEAVES, dec=2, mag=300000).econ_rows(),
                                   ["合计", "人员经费", "公用经费"], code_title="经济分类科目编码",
                                   number="表4", number_text="表4", unit="万元", rules="none",
                                   unit_text="金额单位：万元（保留两位小数）"))
    return doc


def f87_form_part_label_on_every_row():
    """A 项目绩效目标表 form whose lower part prints its label on every row instead of
    merging it over them (绩效目标指标 | 一级指标 | 二级指标 | 三级指标 | 指标值, then
    绩效目标指标 | 产出指标 | …), under funding rows whose amounts stand in one cell across
    all the columns the lower part splits. A label that recurs down the first column does
    not keep its row from heading the part, and a column no row has a cell of its own in
    (every row's merged cell covers it) is no column (before: the lower part read as data,
    its labels and indicator values in the amounts' columns, which became text, and the
    form came out empty)."""
    doc = doc_for("f87_form_part_label_on_every_row.pdf")
    cols = [Col("name", 100), Col("amount", 400, vi=0)]
    hdr = [H("资金情况", 0, 0), H("金额（万元）", 0, 1)]
    top = StackedForm("信息系统运行维护项目绩效目标表", cols, hdr,
                      [Row(B(None, "资金总额", ["550.00"])), Row(B(None, "财政拨款", ["550.00"])),
                       Row(B(None, "其他资金", ["0.00"]))],
                      unit_line=False, gap_after=0, below=None)
    cols2 = [Col("name", 100), Col("text", 80, ti=0), Col("text", 90, ti=1),
             Col("text", 140, ti=2), Col("text", 90, ti=3)]
    hdr2 = [H("绩效目标指标", 0, 0), H("一级指标", 0, 1), H("二级指标", 0, 2), H("三级指标", 0, 3),
            H("指标值", 0, 4)]
    indicators = [("成本指标", "经济成本指标", "系统运维成本", "≤350万元"),
                  ("产出指标", "数量指标", "系统巡检次数", "≥12次"),
                  ("产出指标", "时效指标", "故障响应及时率", "≥95%"),
                  ("满意度指标", "服务对象满意度指标", "使用单位满意率", "≥90%")]
    rows2 = [Row(B(None, "绩效目标指标", [], texts=list(x))) for x in indicators]
    below = Table("", cols2, hdr2, rows2, caption=False, new_page=False, dept_line=False)
    top.add_with(doc, below)
    return doc


def f88_indented_name_wrapped_at_page_top():
    """A table without rules printed over two pages, the header repeated, cells set to the
    bottom: the first row of the second page has a name indented by a typed full-width
    space (a 款 under its 类) that wraps, its first line above the row's figures. The
    wrapped line does not keep the space, so it starts a character left of the first:
    the line above still starts the name (before: it joined the header, and the row read
    "支出" for 行政事业单位养老支出)."""
    doc = doc_for("f88_indented_name_wrapped_at_page_top.pdf")
    fin = Fin("f88", LEAVES, dec=2, mag=3000000)
    with tablelib.house_style(text="WQY", figures="WQY", spaced="distributed", valign="bottom"):
        doc.add_table(classified_table("2026年一般公共预算支出表", fin.basic_project_rows(),
                                       ["合计", "基本支出", "项目支出"], layout="own",
                                       rules="none", indent=True, total_first=False,
                                       number="表3", number_text="表3", unit="元",
                                       thousands=False, name_w=110, amount_w=79, font_size=10.5,
                                       breaks_after=(6,), continued_marks=("续表", "续表"),
                                       repeat_caption=False))
    return doc


def f89_indicator_scores_beside_levels():
    """A 绩效目标表 form whose indicator part prints a score beside each indicator, headed
    with its total in brackets (分值权重（90分）): 一级指标 | 二级指标 | 三级指标 | 指标值 |
    分值权重（90分）. Figures in a bracketed remark keep a label a label, so the row heads
    the part; the indicator (三级指标) names each row, the levels, the value and the score
    (a weight, never money: text beside no money, as f24's) are its texts (before: the
    part read as one with the funding rows, the indicator levels lost)."""
    doc = doc_for("f89_indicator_scores_beside_levels.pdf")
    cols = [Col("name", 170), Col("amount", 320, vi=0)]
    hdr = [H("资金情况", 0, 0), H("金额（万元）", 0, 1)]
    top = StackedForm("部门专项业务经费绩效目标表", cols, hdr,
                      [Row(B(None, "实施期资金总额", ["1083.57"])),
                       Row(B(None, "其中：财政拨款", ["1083.57"])),
                       Row(B(None, "其他资金", ["0.00"]))],
                      unit_line=False, gap_after=0, below=None)
    cols2 = [Col("text", 80, ti=0), Col("text", 90, ti=1), Col("name", 150), Col("text", 90, ti=2),
             Col("text", 80, ti=3, align="right")]
    hdr2 = [H("一级指标", 0, 0), H("二级指标", 0, 1), H("三级指标", 0, 2), H("指标值", 0, 3),
            H("分值权重（90分）", 0, 4)]
    indicators = [("成本指标", "经济成本指标", "考试机位单价（元/小时）", "19.75", "10"),
                  ("产出指标", "数量指标", "考试机位数量（个）", "≤12380", "7"),
                  ("产出指标", "时效指标", "考试完成时限", "5月31日前", "6"),
                  ("效益指标", "社会效益指标", "会计人员专业能力", "较上年提升", "30"),
                  ("满意度指标", "服务对象满意度指标", "考生满意率（%）", "≥90", "10")]
    rows2 = [Row(B(None, n, [], texts=[a, b, v, w])) for a, b, n, v, w in indicators]
    below = Table("", cols2, hdr2, rows2, caption=False, new_page=False, dept_line=False)
    top.add_with(doc, below)
    return doc


def f90_item_wrapped_above_its_row():
    """A 项目支出 table without rules between rows, cells set to the bottom: the project
    names in a narrow first column wrap over three lines, the first two above the row's
    line, the first of them nearer to the row above (a 款 without a project) than to its
    own row's figures. Lines each tight over the next down to a row's line go with that
    row (before: the first line went to the row above as its project, and the checks
    called the row's sums a document error)."""
    import random
    doc = doc_for("f90_item_wrapped_above_its_row.pdf")
    opts = dict(layout="full", rules="topbottom", unit="万元", thousands=False, font_size=10.5,
                frame_caption=False, amount_w=70, name_w=110, total_first=True, zero=None)
    with tablelib.house_style(text="WQY", figures="DejaVuSans", valign="bottom"):
        doc.add_table(project_table(Fin("f90", PROJECT_LEAVES), random.Random(90), opts,
                                    tree=PROJECT_TREES[2], item_first=True, parents=True,
                                    item_w=72, econ="code_name"))
    return doc


def f91_short_figures_far_right_of_label():
    """A 政府采购 table without rules between rows in whole 元: short figures (22, 878) set
    flush right in wide columns under a group's leaves centred over them (预算金额 over 合计
    | 财政拨款). The first column's figures stand further than three characters from 合计,
    the label's nearest reach: a figure span with no label in reach goes to the next label
    on its left that has nothing under it (before: the figures made a column without a
    header beside an empty 合计 column)."""
    doc = doc_for("f91_short_figures_far_right_of_label.pdf")
    cols = [Col("name", 120), Col("text", 80, ti=0), Col("text", 70, ti=1), Col("amount", 120, vi=0),
            Col("amount", 90, vi=1), Col("text", 60, ti=2)]
    hdr = [H("项目名称", 0, 0, 2), H("采购品目", 0, 1, 2), H("采购方式", 0, 2, 2), H("预算金额", 0, 3, 1, 2),
           H("合计", 1, 3), H("财政拨款", 1, 4), H("备注", 0, 5, 2)]
    rows = [Row(B(None, "合计", ["878", "815"], texts=["", "", ""])),
            Row(B(None, "办公设备购置", ["22", "18"], texts=["A02010104", "公开招标", ""])),
            Row(B(None, "物业管理服务", ["182", "144"], texts=["C21040000", "竞争性磋商", "续签合同"])),
            Row(B(None, "信息系统运行维护", ["674", "653"], texts=["C16070000", "单一来源", ""]))]
    with tablelib.house_style(text="WQY", figures="DejaVuSans"):
        doc.add_table(Table("2026年政府采购预算表", cols, hdr, rows, number="表9", number_text="表9",
                            unit="元", rules="topbottom", thousands=False, font_size=9.0))
    return doc


def f92_distributed_labels_over_short_figures():
    """决算 tables without rules whose labels are distributed over their cells, two
    neighbouring columns' labels at one spacing: 事 业 收 入 经 营 收 入 over a column of
    figures and a column of dashes (the dash, flush right, under the last character only),
    or over an empty one, and 基 本 支 出 项 目 支 出 over right-aligned figures, the second
    column's short. A run over an amount column ending over nothing splits in halves (one
    spacing over two alike cells: as many characters each), and right-aligned figures end
    at their column's edge, so the next label starts no further right (before: 事业收入经营
    收入 over one column, the 事业收入 figures read as names, or under that joined label;
    基本支出项 | 目支出). Two 决算 probes' tables."""
    doc = doc_for("f92_distributed_labels_over_short_figures.pdf")
    probe_tables(doc, 3022, lambda title: title in ("2025年度收入决算表", "2025年度支出决算表"),
                 leaves=None)
    # The same over an empty 经营收入 column: nothing under the run's second half at all.
    probe_tables(doc, 3417, lambda title: title == "2025年度收入决算表", leaves=None)
    return doc


def budget_probe_tables(doc, i, keep, streams=0):
    """The tables of budget probe document i whose title `keep` accepts, drawn into doc in
    that document's styles (with the first `streams` later streams, as probe_tables)."""
    import style_combinations
    with later_streams(streams):
        style_combinations.make(i, doc=doc, keep=keep)


def f93_spaced_group_label_between_leaves():
    """A 政府采购 table without rules between rows, its short labels spaced out (预 算 金 额
    over 合 计 | 财 政 拨 款, a budget probe's): the group's run stands over the first
    column's figures and then over nothing, its leaves on a line below. A run ending over
    nothing is split into the next column's label only where no leaf (the numbering row
    aside) stands below it, from a leaf's reach left of its column's figures to the run's
    end, as in f92; here the leaves stand there and the group stays whole (before that
    guard: 预算 | 金额财政拨款, the figures under the wrong labels)."""
    doc = doc_for("f93_spaced_group_label_between_leaves.pdf")
    budget_probe_tables(doc, 154, lambda title: title == "2026年政府采购预算表")
    return doc


def f95_distributed_group_label_between_leaves():
    """f93's table with its labels distributed over their cells (a budget probe's): the
    leaves 合 计 | 财 政 拨 款 stand left of the right-aligned figures, outside their columns'
    text. A leaf within reach left of the run's column keeps the group whole."""
    doc = doc_for("f95_distributed_group_label_between_leaves.pdf")
    budget_probe_tables(doc, 289, lambda title: title == "2026年政府采购预算表")
    return doc

def f94_spaced_labels_over_row_numbers():
    """A 收支总表 without rules (a budget probe's): 收入 | 支出, each 项目 | 行次 | 预算数, the
    short labels spaced out (行 次 预 算 数 at one spacing over a 行次 column and the
    figures). A run of spaced labels ending over nothing, where no piece stands past the
    middle to the next column's text, keeps its pieces (before the fix of f92's rule: a
    read past the run's pieces, out of memory)."""
    doc = doc_for("f94_spaced_labels_over_row_numbers.pdf")
    budget_probe_tables(doc, 47, lambda title: title == "2026年收支总表")
    return doc


def f96_group_label_centred_over_first_column_nearer_other():
    """财政拨款收入支出决算总表 without rules between columns (two 决算 probes'): 收入 centred
    over 项目 | 预算数, 支出 over 项目 | 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算,
    its names set from the left of their column so that the 支出 side's 项目 column is nearer
    收入 than 支出. 支出 alone would win the four amount columns only, off its centre; cut
    down to the one under it, it read as the first line of 合计's label (支出合计, the other
    three without 支出). A label beside other group labels on its line keeps two columns, and
    the line's labels split their columns as a whole, each centred over its share."""
    doc = doc_for("f96_group_label_centred_over_first_column_nearer_other.pdf")
    probe_tables(doc, 266, lambda title: title.endswith("财政拨款收入支出决算总表"), leaves=None)
    probe_tables(doc, 1282, lambda title: title.endswith("财政拨款收入支出决算总表"), leaves=None)
    return doc


def f97_header_cells_shaded_one_by_one():
    """Tables without rules whose header cells are shaded one by one, as spreadsheets export
    a filled header: a rectangle per cell, edge to edge, in one colour (a budget probe's and
    a 决算 probe's). Between two cells of one colour no edge shows; the header band's
    outline does. Each rectangle's edges read as rules made the header a ruled grid of its
    own, the body below it outside every cell (before: every table read empty, its amounts
    outside any cell)."""
    doc = doc_for("f97_header_cells_shaded_one_by_one.pdf")
    budget_probe_tables(doc, 1016, lambda title: title in ("2026年一般公共预算支出表",
                                                             "2026年一般公共预算基本支出表"),
                        streams=1)
    probe_tables(doc, 935, lambda title: title.endswith("一般公共预算财政拨款支出决算表"),
                 leaves=None, streams=1)
    return doc


def f98_column_rules_without_row_rules():
    """Tables ruled between columns only, under a ruled header (two budget probes'): no rule
    between rows, the bottom one too lost at a page break. A 基本支出 table in two parts
    side by side (人员经费 | 公用经费, each 科目名称 | 金额) whose names wrap beside one-line
    rows of the other part: the lines of each part make its rows (before: 公务用车运行维护 /
    费 read as two rows, the amount on the second). A table whose total row's label is
    merged over the code and name columns, so that the rule between them starts under it
    and crosses no rule (the closing rule lost at the page break): it is the grid's (before:
    codes read into the names, 01人大事务)."""
    doc = doc_for("f98_column_rules_without_row_rules.pdf")
    budget_probe_tables(doc, 655, lambda title: title == "2026年一般公共预算基本支出表", streams=2)
    budget_probe_tables(doc, 680, lambda title: title == "2026年一般公共预算支出表", streams=2)
    return doc


def f99_header_a_size_larger():
    """Headers printed a size larger than the body (two probes'): a 三公 决算 table whose
    labels of one, two and three lines are centred in their cells, each a little off the
    next (因公出国 / （境）费 beside 合计 between its lines): one text line chained them all,
    read "（因公境出）国费"; a line no longer takes a glyph of its height standing off it
    under one it holds. A 项目支出 table in 10.5 pt whose 类 款 项 labels, in 12 pt, stand
    half a character apart over narrow code columns: read as one label 款项, the 项 codes
    were lost and the sums failed as document errors; labels split at a third of a
    character."""
    doc = doc_for("f99_header_a_size_larger.pdf")
    probe_tables(doc, 3017, lambda title: title.endswith("“三公”经费支出决算表"), leaves=None,
                 streams=3)
    budget_probe_tables(doc, 137, lambda title: title == "2026年项目支出预算表", streams=3)
    return doc


def f100_caption_in_frame_over_column_rules():
    """A 决算 table ruled between columns only, its caption (编制单位, 金额单位) printed inside
    the table's frame, continued on pages that repeat the caption but not the header (a
    决算 probe's): the column rules start under the caption and no rule divides them, so
    the caption and the rows were one band: the caption read as the continued part's
    header, its rows a block of their own without the 类 and 款 the page before opened
    (codes lost). Where no inner vertical reaches above a height, that height bounds a
    band of its own: the caption's, dropped as a title block."""
    doc = doc_for("f100_caption_in_frame_over_column_rules.pdf")
    probe_tables(doc, 1180, lambda title: title.endswith("收入决算表"), leaves=None, streams=3)
    return doc


def f101_spaced_labels_over_a_dash_column():
    """Labels letter-spaced to fill their cells at one pitch, in a header a size larger than
    the body (a 决算 probe's 收入决算表): 事 业 收 入 beside 经 营 收 入, one spacing from the
    first character of the one to the last of the other, over a column of centred figures
    and a column of dashes. The dash stands under the middle of 经 营 收 入, not left of it:
    the run stayed one label and the two columns one, their figures and dashes read as a
    name ("3,006,818.68-"), the columns from 事业收入 on a part of their own (44 amounts lost;
    only the placed-amount measure said so). The second half of an even run over nothing
    nearer the next column's text than its own is that column's label."""
    doc = doc_for("f101_spaced_labels_over_a_dash_column.pdf")
    probe_tables(doc, 1677, lambda title: title.endswith("收入决算表"), leaves=None, streams=3)
    return doc


def f102_wrapped_neighbours_beside_a_one_line_label():
    """A 三公 table without rules between columns, the header a size larger than the body
    (a budget probe's; ten of 4,200 alike): 公务接待费 on one line between 公务用车运行 /
    维护费 and 公务用车保有量（ / 辆）, labels wrapped in their narrow columns. The neighbours' second lines
    below it on both sides made 公务接待费 a group label: its column went to 公务用车运行维护
    费, their figures read as one name ("23,149.0517,714.26") and the columns after it a part
    of their own (four amounts lost; the checks blamed the document). A neighbour's
    wrapped next line is no leaf under a label."""
    doc = doc_for("f102_wrapped_neighbours_beside_a_one_line_label.pdf")
    budget_probe_tables(doc, 156, lambda title: title == "2026年一般公共预算“三公”经费支出表",
                        streams=3)
    return doc


def f103_column_rule_ending_above_a_merged_total():
    """A table ruled between columns only (a budget probe's 一般公共预算支出表, its header a
    size larger), continued on a page whose last row is 合计 merged over the code and name
    columns: the rule between those columns ends above it, inside the body, where the
    others run on to the closing rule. The rows and the total were one band, so the code
    and name of the row above the total were one cell ("01住房公积金", its code and parents
    lost). An inner column rule ending inside the body, off any rule, bounds a band there."""
    doc = doc_for("f103_column_rule_ending_above_a_merged_total.pdf")
    budget_probe_tables(doc, 652, lambda title: title == "2026年一般公共预算支出表", streams=3)
    return doc


def f104_spaced_labels_over_centred_figures():
    """Labels letter-spaced at one pitch over two neighbouring columns whose figures are
    set centred, narrower than the labels (two budget probes'): 人 员 经 费 公 用 经 费 and
    其 他 收 入 上 年 结 转. The boundary between the labels was put no further right than
    half a character past the first column's figures, as for figures set flush right, so
    the first label's last character went to the next (人员经 | 费公用经费). Figures of
    several widths whose middles agree are centred; their label may reach past them."""
    doc = doc_for("f104_spaced_labels_over_centred_figures.pdf")
    budget_probe_tables(doc, 1546, lambda title: title == "2026年一般公共预算基本支出表", streams=3)
    budget_probe_tables(doc, 2347, lambda title: title == "2026年部门收入总表（多来源）", streams=3)
    return doc


def f105_figures_flush_left():
    """Figures typed as text in a spreadsheet, standing flush left in their cells, in
    tables without rules between columns (two budget probes' and a 决算 probe's): under a
    centred label they start left of its middle, and the rule for figures set flush right
    (a label stands left of where its figures end) gave a column's figures to the label on
    its left: a 政府采购 table's and a 支出决算表's columns lost, a 三公 table of one row
    read as two parts. Spaced labels over them (事 业 收 入) split in two, the second half
    over nothing as if it headed the next column. Figures of several widths sharing their
    left end are flush left; a column of one width (0.00 all down) is set as the table's
    other columns are, and a table of one row by which of its columns' starts, middles or
    ends keep one pitch."""
    doc = doc_for("f105_figures_flush_left.pdf")
    budget_probe_tables(doc, 0, lambda title: title == "2026年政府采购预算表", streams=4)
    budget_probe_tables(doc, 105, lambda title: title == "2026年一般公共预算“三公”经费支出表",
                        streams=4)
    probe_tables(doc, 140, lambda title: title.endswith("支出决算表") and "财政拨款" not in title,
                 leaves=None, streams=4)
    return doc


def f106_header_labels_at_top_or_bottom():
    """Header labels standing at the top or the bottom of their cells, as spreadsheets
    leave them (a budget probe's and a 决算 probe's), in tables without rules between
    columns. At the top: 事业收入, spanning the header's two rows, stands level with 财政拨款收
    入 beside it, whose last leaf 政府性基金 is nearer to it, so 事业收入 read as a group; and
    a label of one line (小计) beside one of two (一般公共预 / 算) has its middle higher,
    so it read as spanning the rows. At the bottom: 本年收入合计, spanning the rows, stands
    level with the leaves of 项目 beside it and went under 项目, a text column (every 本年
    收入合计 lost). A leaf as near a neighbouring group's label belongs to that group, and
    a label over body text of its own is no group; a label sharing the top or the bottom of
    the leaves under a group stands in their row; a group is centred over its columns' cells
    as far as they show (centred on their labels), not over their text."""
    doc = doc_for("f106_header_labels_at_top_or_bottom.pdf")
    budget_probe_tables(doc, 137, lambda title: title == "2026年部门收入总表（多来源）", streams=4)
    probe_tables(doc, 26, lambda title: title.endswith("收入决算表"), leaves=None, streams=4)
    return doc


def f107_figures_set_as_the_document_sets_them():
    """Tables whose figures do not tell how they stand in their columns, in documents whose
    figures are typed as text, flush left (three budget probes' and a 决算 probe's, without
    rules between columns): a 三公 table of one row whose figures are of one width (4.94 |
    3.38, and a 决算 table's over three header levels), and a 收入总表 whose one column
    telling (合计) is outweighed by a centred column of unit codes. Read as set flush
    right, their figures went to the label on their left (因公出国（境）费 instead of 小计)
    and spaced labels over them split wrong (其他 | 收入). A document is printed in one
    house style: where a table's own figures, its other columns and their pitch do not
    decide, its figures are set as most columns of the tables before."""
    doc = doc_for("f107_figures_set_as_the_document_sets_them.pdf")
    budget_probe_tables(doc, 287, lambda title: title in ("2026年一般公共预算支出表",
                                                         "2026年一般公共预算“三公”经费支出表"),
                        streams=4)
    budget_probe_tables(doc, 822, lambda title: title == "2026年部门收入总表", streams=4)
    unit_codes_as_text(doc.tables[-1])
    probe_tables(doc, 231, lambda title: "三公" in title, leaves=None, streams=4)
    return doc


def unit_codes_as_text(table):
    """The truth of a table keyed by unit codes (单位编码, drawn already) as budgetpdf reads
    it: the codes identify units, no classification, so they are the row's text (f85)."""
    codes = next(c for c in table.cols if c.kind == "code")
    codes.kind, codes.ti = "text", 0
    for row in table.rows:
        for d in row.blocks:
            if d is not None:
                d["texts"], d["code"] = [d["code"] or ""], None


def f108_longer_name_on_continued_page():
    """A table without rules between columns printed over two pages, its header not
    repeated (a budget probe's): the second page prints a name longer than any on the
    first (机关事业单位基本养老保险缴费支出), reaching past the middle between the name column
    and the next column's figures as the first page placed them, and its last character
    went to the next cell (出 | 192.34: a row without its 合计, another with a name cut
    short). Text longer than any before moves the bound between the columns to the middle
    of the gap between it and the next column's start."""
    doc = doc_for("f108_longer_name_on_continued_page.pdf")
    budget_probe_tables(doc, 568, lambda title: title.endswith("2026年一般公共预算支出表"), streams=4)
    return doc


def f109_group_starts_at_its_total():
    """Header labels at the bottom of their cells, tables without rules between columns (a
    budget probe's and a 决算 probe's): labels spanning the header's rows stand level with a
    group's leaves on both sides of it, as far from its middle (合计 | 基本支出 over 小计 |
    人员经费 | 公用经费 | 项目支出; 合计 | 因公出国（境）费 | 公务用车购置及运行维护费 over 小计 |
    公务用车购置费 | 公务用车运行维护费 | 公务接待费, under 预算数 and 决算数 too), so the group's
    label is centred over both shares, and it took them all (基本支出/合计, 基本支出/项目支出).
    A group's total (小计) is the first column right under it: the group starts at its last
    total with columns on both sides, and ends where that centres it within a character.
    Not where the column before the total holds text: a 财政拨款收入支出决算总表's 支出 over 项目
    | 合计 | 一般公共预算 | … (labels at the top) stays whole; a 收入总表's 财政拨款收入 over
    单位名称 | 合计 | 小计 | … starts at 小计."""
    doc = doc_for("f109_group_starts_at_its_total.pdf")
    budget_probe_tables(doc, 206, lambda title: title in ("2026年一般公共预算支出表",
                                                         "2026年一般公共预算“三公”经费支出表"),
                        streams=4)
    probe_tables(doc, 88, lambda title: "三公" in title, leaves=None, streams=4)
    probe_tables(doc, 23, lambda title: title.endswith("财政拨款收入支出决算总表"), leaves=None,
                 streams=4)
    budget_probe_tables(doc, 262, lambda title: title == "2026年部门收入总表（多来源）", streams=4)
    return doc


def f110_labels_at_top_beside_lower_group():
    """Header labels at the top of their cells, tables without rules between columns (a 决算
    probe's): the 三公 table's three levels, 预算数 | 决算数 over 合计 | 因公出国（境）费 |
    公务用车购置及运行维护费 (over 小计 | 公务用车购置费 | 公务用车运行维护费) | 公务接待费, and 合计,
    spanning the lower two rows, stands at the top of its cell level with the middle group's
    label: its middle higher than the leaves under 预算数, it was taken for a label spanning
    all rows (合计, not 预算数/合计), and 预算数 lost its outer columns. A label whose top
    is level with a lower group's label between it and the upper group stands in that
    group's row, under the upper group."""
    doc = doc_for("f110_labels_at_top_beside_lower_group.pdf")
    probe_tables(doc, 87, lambda title: "三公" in title, leaves=None, streams=4)
    return doc


def f111_groups_nest():
    """A 基本支出 table by 经济分类 in two parts side by side (人员经费 | 公用经费), header labels
    at the bottom of their cells, without rules between columns (a budget probe's): each
    part's 科目编码 stands over its 类 | 款, and 科目名称 | 金额 span the lower two rows. The
    second part's 科目编码 is the nearest label to the first part's 金额 too, and with the
    parts as wide it stands centred over the first part's 科目名称 through the second part's
    金额: it took them all (人员经费/科目编码/金额). Groups nest: a group's columns lie under one
    label of each line above it; it keeps those under the upper label over its middle
    column, then as many as centre it."""
    doc = doc_for("f111_groups_nest.pdf")
    seen = []

    def second_basic_table(title):  # the probe's first table of this title is by 经济分类 only
        seen.extend([title] if title == "2026年一般公共预算基本支出表" else [])
        return title == "2026年一般公共预算基本支出表" and len(seen) == 2

    budget_probe_tables(doc, 205, second_basic_table, streams=4)
    return doc


FAMILIES = [f01_mitred_borders, f02_title_in_frame, f03_text_columns, f04_continued_without_header,
            f05_lead_in_caption, f06_stacked_ruled_tables, f07_title_brackets, f08_image_borders,
            f09_label_cut_by_page_break, f10_form_with_inner_header,
            f11_hidden_overflow_at_page_top, f12_chart_axis, f13_form_part_on_next_page,
            f14_wrapped_title_in_frame, f15_evaluation_report_cover,
            f16_repeated_project_forms, f17_last_group_separator,
            f18_title_wrapped_above_table, f19_lead_in_at_page_end, f20_title_number_styles,
            f21_continuation_marks, f22_unruled_narrow_columns, f23_amount_glyph_pieces,
            f24_sign_column_before_values, f25_whole_yuan_like_codes,
            f26_wrapped_glued_name_centred_amounts, f27_code_fills_its_column,
            f28_group_label_beside_full_height_leaf, f29_label_wrapped_in_narrow_code_column,
            f30_narrow_columns_large_type, f31_wrapped_name_first_on_page,
            f33_unruled_sangong_blank_columns, f34_row_cut_with_its_figures,
            f35_inner_header_sharing_labels, f37_letter_spaced_labels,
            f38_figure_wrapped_above_row, f39_group_labels_uneven_split,
            f40_split_code_parts_close, f41_amounts_at_top_or_bottom_of_wrapped_name,
            f42_diagonal_watermark, f43_title_broken_by_hand,
            f44_full_height_leaves_beside_group, f45_empty_tables_saying_none,
            f46_figure_pieces_under_spaced_labels, f47_spaced_group_labels,
            f48_stacked_labels_many_sources, f49_names_set_left_in_wide_column,
            f50_three_header_levels, f51_rates_beside_partial_codes, f52_count_columns,
            f53_empty_text_columns, f54_project_rows_under_partial_codes,
            f55_project_name_before_code, f56_three_line_header_wrapped_first_row,
            f57_total_spaced_across_name_and_item, f58_text_cells_filled_to_edges,
            f59_parts_side_by_side_wrapped, f60_whole_figures_before_next_part_codes,
            f61_glued_code_then_second_classification, f62_names_clipped_at_the_rule,
            f63_total_in_second_classification_name,
            f64_caption_in_sheet_cells, f65_total_amount_cell_over_empty_columns,
            f66_page_margins_shift_under_partial_codes, f67_header_label_centred_past_its_rules,
            f68_spaced_labels_a_little_closer, f69_group_labels_over_empty_last_columns,
            f70_wrapped_name_first_under_header, f71_code_label_wrapped_beside_lower_name_label,
            f72_first_glyph_alone_past_the_rule, f73_code_glued_to_name_in_one_word,
            f74_total_row_alone_on_next_page, f75_code_and_dash_name_clipped_away,
            f76_wrapped_title_with_unit_beside, f77_figure_against_next_parts_codes,
            f78_code_parts_wrapped_by_the_character, f79_code_alone_name_clipped_away,
            f80_distributed_labels_at_one_pitch, f81_blank_column_on_continued_page,
            f82_code_part_columns_set_close, f83_side_label_over_text_first_column,
            f84_not_applicable_marks, f85_unit_codes_as_identifiers,
            f86_unit_in_brackets_and_remarks, f87_form_part_label_on_every_row,
            f88_indented_name_wrapped_at_page_top, f89_indicator_scores_beside_levels,
            f90_item_wrapped_above_its_row, f91_short_figures_far_right_of_label,
            f92_distributed_labels_over_short_figures, f93_spaced_group_label_between_leaves,
            f94_spaced_labels_over_row_numbers, f95_distributed_group_label_between_leaves,
            f96_group_label_centred_over_first_column_nearer_other,
            f97_header_cells_shaded_one_by_one, f98_column_rules_without_row_rules,
            f99_header_a_size_larger, f100_caption_in_frame_over_column_rules,
            f101_spaced_labels_over_a_dash_column,
            f102_wrapped_neighbours_beside_a_one_line_label,
            f103_column_rule_ending_above_a_merged_total,
            f104_spaced_labels_over_centred_figures, f105_figures_flush_left,
            f106_header_labels_at_top_or_bottom,
            f107_figures_set_as_the_document_sets_them, f108_longer_name_on_continued_page,
            f109_group_starts_at_its_total, f110_labels_at_top_beside_lower_group,
            f111_groups_nest]


def main():
    os.makedirs(OUT, exist_ok=True)
    only = sys.argv[1:]
    for make in FAMILIES:
        if only and not any(make.__name__.startswith(o) for o in only):
            continue
        doc = make()
        doc.save()
        write_truth(doc, OUT)
        print(f"{doc.file_name}: {doc.page} pages, {len(doc.tables)} tables")
    # Documents that are no budget: no truth, the reader must refuse them (no_tables).
    os.makedirs(NOT_BUDGET, exist_ok=True)
    for make in [n01_statistics_tables, n02_money_report_without_budget]:
        if only and not any(make.__name__.startswith(o) for o in only):
            continue
        doc = make()
        doc.save()
        print(f"{doc.file_name}: {doc.page} pages, {len(doc.tables)} tables")
    return 0


if __name__ == "__main__":
    sys.exit(main())
