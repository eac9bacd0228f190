#!/usr/bin/python3
"""Writes tests/data/traps/*.pdf: one minimal PDF per trap of poppler's word/line extraction.

Run: /usr/bin/python3 tools/gen_trap_pdfs.py   (reportlab, Pillow, qpdf; output is committed)

All pages are 600 x 800 pt (rotate90.pdf: displayed 800 x 600). Coordinates given to
reportlab are PDF user space (origin bottom-left); tests/pdf_reader_test.cpp expects them in
the displayed frame (origin top-left, y down), so a baseline at PDF y shows at 800 - y.
Keep the numbers here and in the test in step. Output is byte-for-byte reproducible except
the two encrypted files: AES-256 (R6) key salts are random on every qpdf run.
"""
import io
import pathlib
import subprocess
import sys

from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics

import trap_canvas
from trap_canvas import CJK, H, ROOT, W

OUT = ROOT / "tests" / "data" / "traps"


def new_canvas(name, pagesize=(W, H)):
    return trap_canvas.new_canvas(OUT, name, "budgetpdf trap: ", "tools/gen_trap_pdfs.py", pagesize)


def words_blocks():
    """An unruled three-column table: poppler returns it column block by column block."""
    c = new_canvas("words_blocks.pdf")
    c.setFont(CJK, 10)
    rows = [("2010101", "行政运行", "1,343.76"),
            ("2010102", "一般行政管理事务", "25.00"),
            ("2010199", "其他政府办公厅支出", "6,415.28"),
            ("2080505", "机关事业单位基本养老保险缴费支出", "117.90")]
    y = 700
    for code, name, amount in rows:
        c.drawString(60, y, code)
        c.drawString(140, y, name)
        c.drawRightString(520, y, amount)
        y -= 20
    c.showPage()
    c.save()


def letter_spaced():
    """Letter-spaced headers: one word per character."""
    c = new_canvas("letter_spaced.pdf")
    c.setFont(CJK, 12)
    c.drawString(100, 700, "科 目 名 称")  # ASCII spaces
    c.drawString(100, 650, "合\u3000计")  # IDEOGRAPHIC SPACE
    t = c.beginText(100, 600)  # no space characters, only character spacing (Tc)
    t.setFont(CJK, 12)
    t.setCharSpace(12)
    t.textOut("项目")
    c.drawText(t)
    c.showPage()
    c.save()


def glued():
    """Two cells printed 0.8 pt apart: poppler makes one word of them."""
    c = new_canvas("glued.pdf")
    c.setFont(CJK, 9)
    first = "基本支出"
    x = 100
    c.drawString(x, 700, first)
    c.drawString(x + pdfmetrics.stringWidth(first, CJK, 9) + 0.8, 700, "项目支出")
    c.setFont("Helvetica", 9)
    c.drawRightString(300, 650, "168,441.81")
    c.drawString(300.6, 650, "154,304.22")
    c.showPage()
    c.save()


def baseline():
    """A code, a Chinese name and an amount on one baseline, in fonts with different ascents."""
    c = new_canvas("baseline.pdf")
    c.setFont("Helvetica", 10)
    c.drawString(60, 700, "2010101")
    c.setFont(CJK, 10)
    c.drawString(140, 700, "一般公共服务支出")
    c.setFont("Helvetica", 10)
    c.drawRightString(520, 700, "1,234.56")
    c.showPage()
    c.save()


def rotate90():
    """Portrait MediaBox with /Rotate 90; content drawn turned so it displays upright.

    Displayed frame (800 x 600): a point at PDF (x, y) displays at (y, x).
    """
    # reportlab swaps the MediaBox of a rotated page, so ask for landscape to get the
    # portrait MediaBox [0 0 600 800] that real landscape tables use.
    c = new_canvas("rotate90.pdf", pagesize=(H, W))
    c.setPageRotation(90)
    c.saveState()
    c.translate(100, 200)  # displayed baseline origin (200, 100)
    c.rotate(90)
    c.setFont(CJK, 12)
    c.drawString(0, 0, "横向表格")
    c.restoreState()
    c.setLineWidth(0.5)
    c.line(150, 50, 150, 750)  # displayed horizontal: y = 150, x 50..750
    c.line(120, 400, 500, 400)  # displayed vertical: x = 400, y 120..500
    c.showPage()
    c.save()


def vertical():
    """Vertical header text: rotated (reads bottom to top) and stacked one char per line."""
    c = new_canvas("vertical.pdf")
    c.saveState()
    c.translate(100, 500)
    c.rotate(90)
    c.setFont(CJK, 10)
    c.drawString(0, 0, "项目名称")
    c.restoreState()
    c.setFont(CJK, 10)
    for i, ch in enumerate("科目名称"):
        c.drawString(200, 700 - 12 * i, ch)
    c.showPage()
    c.save()


def grid():
    """A ruled table drawn three ways, plus fills that must and must not become lines.

    Displayed (y down) expectations:
      horizontal strokes y = 100, 120, 140, 160, x 100..400 (y = 120 drawn in two pieces)
      vertical thin filled rectangles (0.5 pt) x = 100, 250, 400, y 100..160
      stroked rectangle x 100..400, y 200..240 -> 4 lines
      grey filled cell x 450..550, y 100..160 -> 4 edges (fill_edge)
      white page background, a diagonal and a curve -> nothing
    """
    c = new_canvas("grid.pdf")
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.5)
    for y in (700, 660, 640):
        c.line(100, y, 400, y)
    c.line(100, 680, 250, 680)
    c.line(250, 680, 400, 680)
    c.setFillColorRGB(0, 0, 0)
    for x in (100, 250, 400):
        c.rect(x - 0.25, 640, 0.5, 60, stroke=0, fill=1)
    c.rect(100, 560, 300, 40, stroke=1, fill=0)
    c.setFillColorRGB(0.8, 0.8, 0.8)
    c.rect(450, 640, 100, 60, stroke=0, fill=1)
    c.line(100, 400, 300, 500)  # diagonal
    p = c.beginPath()
    p.moveTo(100, 300)
    p.curveTo(150, 350, 250, 250, 300, 300)
    c.drawPath(p, stroke=1, fill=0)
    c.setFillColorRGB(0, 0, 0)
    c.setFont(CJK, 10)
    c.drawString(110, 685, "科目名称")
    c.showPage()
    c.save()


def shaded_cells():
    """Shaded cells without strokes: edges are rules only where the colour changes.

    Displayed (y down) expectations:
      three grey cells edge to edge, x 100..200..300..400, y 100..130 -> horizontal edges
        y = 100 and 130 over x 100..400; vertical edges x = 100 and 400 only
      a blue cell beside them, x 400..500, y 100..130 -> its own edges; x = 400 is an edge
        (grey meets blue) and x = 500 too
      two grey cells 2 pt apart, x 100..200 and 202..300, y 200..230 -> four vertical edges
    """
    c = new_canvas("shaded_cells.pdf")
    c.setFillColorRGB(0.85, 0.85, 0.85)
    for x in (100, 200, 300):
        c.rect(x, H - 130, 100, 30, stroke=0, fill=1)
    c.setFillColorRGB(0.8, 0.88, 0.97)
    c.rect(400, H - 130, 100, 30, stroke=0, fill=1)
    c.setFillColorRGB(0.85, 0.85, 0.85)
    c.rect(100, H - 230, 100, 30, stroke=0, fill=1)
    c.rect(202, H - 230, 98, 30, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont(CJK, 10)
    c.drawString(110, H - 120, "科目名称")
    c.showPage()
    c.save()


def clipped():
    """Text clipped away: a cell's text overflowing a table cut at a page break is drawn
    beyond the clip rectangle and not shown; text inside it is shown."""
    c = new_canvas("clipped.pdf")
    c.setFont(CJK, 10)
    c.saveState()
    p = c.beginPath()
    p.rect(100, 600, 300, 100)  # the visible area: x 100-400, PDF y 600-700
    c.clipPath(p, stroke=0, fill=0)
    c.drawString(120, 650, "看得见的文字")
    c.drawString(120, 560, "剪掉的文字")  # wholly below the clip
    c.drawString(420, 650, "右边剪掉")  # wholly to its right
    c.restoreState()
    c.drawString(120, 500, "剪辑之外")  # after the clip is restored: shown
    c.showPage()
    c.save()


def image_only():
    """A scanned page: one image, no text."""
    c = new_canvas("image_only.pdf")
    img = Image.new("RGB", (40, 30))
    for x in range(40):
        for y in range(30):
            img.putpixel((x, y), (x * 6, y * 8, 128))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    buf.seek(0)
    c.drawImage(ImageReader(buf), 100, 500, width=400, height=300)
    c.showPage()
    c.save()


def encrypted():
    """words_blocks.pdf under AES-256: with a user password, and with only an owner one."""
    src = str(OUT / "words_blocks.pdf")
    subprocess.run(["qpdf", "--static-id", "--static-aes-iv", "--encrypt", "user", "owner", "256", "--", src,
                    str(OUT / "encrypted_user.pdf")], check=True)
    subprocess.run(["qpdf", "--static-id", "--static-aes-iv", "--encrypt", "", "owner", "256", "--", src,
                    str(OUT / "encrypted_owner.pdf")], check=True)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for make in (words_blocks, letter_spaced, glued, baseline, rotate90, vertical, grid,
                 shaded_cells, clipped, image_only, encrypted):
        make()
    for p in sorted(OUT.glob("*.pdf")):
        print(f"{p.relative_to(ROOT)}  {p.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
