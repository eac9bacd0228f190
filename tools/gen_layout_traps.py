#!/usr/bin/python3
"""Writes tests/data/layout/*.pdf: one small table per trap of table layout, for
tests/layout_test.cpp. Output is committed; regenerate with

    /usr/bin/python3 tools/gen_layout_traps.py      (needs scripts/bootstrap.sh --generator)

Every table is drawn in PDF user space (origin bottom-left); the test reads cell texts, not
coordinates, so only the texts below and the test must stay in step.
"""
import sys

from reportlab.pdfbase import pdfmetrics

import trap_canvas
from trap_canvas import CJK, H, ROOT, W

OUT = ROOT / "tests" / "data" / "layout"


def new_canvas(name, pagesize=(W, H)):
    return trap_canvas.new_canvas(OUT, name, "budgetpdf layout trap: ",
                                  "tools/gen_layout_traps.py", pagesize)


def title(c, text, y=760):
    c.setFont(CJK, 14)
    c.drawCentredString(W / 2, y, text)
    c.setFont(CJK, 9)
    c.drawString(60, y - 24, "编制部门：测试局")
    c.drawRightString(540, y - 24, "单位：万元")


def grid(c, xs, ys):
    c.setLineWidth(0.5)
    for y in ys:
        c.line(xs[0], y, xs[-1], y)
    for x in xs:
        c.line(x, ys[0], x, ys[-1])


def glued_cells():
    """Texts of neighbouring cells 0.8 pt apart across a rule: poppler glues them into one
    word ("基本支出项目支出", "168,441.81154,304.22"); layout must split them at the rule."""
    c = new_canvas("glued_cells.pdf")
    title(c, "表1 支出总表")
    xs = [60, 180, 232, 300, 372]
    ys = [720, 700, 680, 660]  # header row, two data rows
    grid(c, xs, ys)
    c.setFont(CJK, 9)
    # Header: 合计 | 基本支出 right against the rule | 项目支出 0.8 pt after it.
    c.drawString(64, 706, "科目名称")
    c.drawString(184, 706, "合计")
    w = pdfmetrics.stringWidth("基本支出", CJK, 9)
    c.drawString(300 - 0.4 - w, 706, "基本支出")
    c.drawString(300 + 0.4, 706, "项目支出")
    for y, name, total, basic, project in ((686, "行政运行", "322,745.03", "168,441.81", "154,304.22"),
                                           (666, "合计", "322,745.03", "168,441.81", "154,304.22")):
        c.setFont(CJK, 9)
        c.drawString(64, y, name)
        c.setFont("Helvetica", 9)
        c.drawRightString(231, y, total)  # spills left of its column a little
        c.drawRightString(300 - 0.4, y, basic)
        c.drawString(300 + 0.4, y, project)
    c.showPage()
    c.save()


def offset_digits():
    """Digits printed 4.5 pt below the Chinese text of their row (as a Chongqing producer
    does), close to the next rule: rows must come from the rules, not from text lines."""
    c = new_canvas("offset_digits.pdf")
    title(c, "表2 收入总表")
    xs = [60, 140, 300, 400]
    ys = [720, 700, 680, 660, 640]
    grid(c, xs, ys)
    c.setFont(CJK, 9)
    c.drawString(64, 706, "科目编码")
    c.drawString(144, 706, "科目名称")
    c.drawString(304, 706, "合计")
    rows = (("201", "一般公共服务支出", "940.04"), ("20101", "人大事务", "2.77"),
            ("2010108", "代表工作", "2.77"))
    for i, (code, name, value) in enumerate(rows):
        y = 686 - 20 * i
        c.setFont(CJK, 9)
        c.drawString(144, y, name)
        c.setFont("Helvetica", 9)
        c.drawString(64, y - 4.5, code)
        c.drawRightString(396, y - 4.5, value)
    c.showPage()
    c.save()


def header_text():
    """Header cells printed letter-spaced ("合　计", "项 目"), rotated (vertical text reading
    bottom-up) and stacked one character per line; and a stray line inside no cell."""
    c = new_canvas("header_text.pdf")
    title(c, "表3 一般公共预算支出表")
    xs = [60, 200, 260, 320, 380]
    ys = [720, 660, 640, 620]
    grid(c, xs, ys)
    c.setFont(CJK, 9)
    c.drawString(110, 686, "项  目")
    c.drawString(214, 686, "合\u3000计")
    c.saveState()  # rotated: reads bottom to top
    c.translate(294, 668)
    c.rotate(90)
    c.drawString(0, 0, "基本支出")
    c.restoreState()
    for i, ch in enumerate("项目支出"):  # stacked
        c.drawString(346, 706 - 11 * i, ch)
    for y, name, a, b, d in ((646, "行政运行", "30.00", "20.00", "10.00"),
                             (626, "合计", "30.00", "20.00", "10.00")):
        c.drawString(64, y, name)
        c.setFont("Helvetica", 9)
        c.drawRightString(256, y, a)
        c.drawRightString(316, y, b)
        c.drawRightString(376, y, d)
        c.setFont(CJK, 9)
    c.drawString(64, 600, "以上数据由测试局提供")  # below the grid, in no cell
    c.showPage()
    c.save()


def form_side_columns():
    """A form continued from the page before (family f32): its left columns are one merged
    cell down the page (a project's name and amount beside its indicators' rows), so their
    vertical rules run from the grid's top to its bottom crossing no rule; the top, bottom
    and row rules are drawn only over the indicator columns."""
    c = new_canvas("form_side_columns.pdf")
    left = [60, 170, 240]                  # 项目名称 | 金额, merged down the page
    right = [240, 310, 380, 470, 540]      # 一级指标 | 二级指标 | 指标内容 | 指标值
    ys = [740, 700, 660, 620, 580]
    c.setLineWidth(0.5)
    for x in left[:-1]:
        c.line(x, ys[-1], x, ys[0])
    for y in ys:
        c.line(right[0], y, right[-1], y)
    for x in right:
        c.line(x, ys[-1], x, ys[0])
    c.setFont(CJK, 9)
    c.drawString(64, 664, "应急指挥中心信息化")
    c.drawString(64, 652, "保障项目")
    c.drawRightString(236, 658, "299.633600")
    rows = [("产出指标", "数量指标", "保障视频会议系统", "46套"),
            ("产出指标", "时效指标", "全年保障工作", "365天"),
            ("效益指标", "社会效益", "应急指挥顺畅", "≥99%"),
            ("满意度指标", "服务对象满意度", "使用单位满意", "≥95%")]
    for (a, b, d, e), y in zip(rows, ys):
        for x, text in zip(right, (a, b, d, e)):
            c.drawString(x + 3, y - 24, text)
    c.showPage()
    c.save()


def wrapped_figure_beside_centred():
    """A ruled row whose figure wraps in a narrow cell ("24995.9" over "4", set tight: the
    line pitch no more than a glyph box) beside a cell whose figure stands alone, centred
    across both lines (family f36). Lines built across the whole band join the wrapped
    figure's two lines with its neighbour's; the cell must still read top line first."""
    c = new_canvas("wrapped_figure_beside_centred.pdf")
    title(c, "表1 收支总表")
    xs = [60, 200, 290, 430, 482]
    ys = [720, 700, 660]
    grid(c, xs, ys)
    c.setFont(CJK, 9)
    for x, text in zip(xs, ("项目", "预算数", "项目", "预算数")):
        c.drawString(x + 4, 706, text)
    c.setFont(CJK, 12)
    c.drawString(64, 674, "本年收入合计")
    c.drawRightString(286, 674, "24995.94")
    c.drawString(294, 674, "本年支出合计")
    c.drawRightString(479, 680, "24995.9")
    c.drawRightString(479, 668, "4")
    c.showPage()
    c.save()


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for make in (glued_cells, offset_digits, header_text, form_side_columns,
                 wrapped_figure_beside_centred):
        make()
    for p in sorted(OUT.glob("*.pdf")):
        print(f"{p.relative_to(ROOT)}  {p.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
