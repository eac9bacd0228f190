"""Small table-drawing library for sample budget-disclosure PDFs.

One `Table` object is both what gets drawn and where the ground truth comes from
(`Table.truth()`), so the PDF and its JSON can never disagree.

Features: ruled (full grid), unruled and three-line (top/bottom rules) tables; merged
multi-level headers; vertically stacked header text (one character per line); a numbering
row (※ ※ 1 2 3 …); cell text wrapping; numbers wrapped inside narrow cells ("168,441" over
".81"); classification codes printed in full, split over 类/款/项 columns, only each level's
own part, or glued to the name; tables continuing over pages with or without the header
repeated; side-by-side blocks (收入 | 支出); empty tables; notes under tables; portrait,
landscape and /Rotate 90 pages.
"""

import contextlib
import re

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = "WQY"
FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
# Other faces real templates print in (set_fonts): a serif Ming face like 宋体, a kai face,
# a second sans; Latin faces for figures set in their own font.
FONT_FILES = {"WQY": FONT_PATH,
              "WQYMicro": "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
              "UMing": "/usr/share/fonts/truetype/arphic/uming.ttc",
              "UKai": "/usr/share/fonts/truetype/arphic/ukai.ttc",
              "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
              "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"}
NUM_FONT = FONT  # the face amounts are printed in
A4 = (595.2756, 841.8898)
# Printed "no amount": dashes, and the marks forms print where nothing applies.
DASHES = ("-", "—", "－", "--", "——", "/", "／", "*", "×")

_registered = set()


def register_font(name=FONT):
    if name not in _registered:
        path = FONT_FILES[name]
        if path.endswith(".ttc"):
            pdfmetrics.registerFont(TTFont(name, path, subfontIndex=0))
        else:
            pdfmetrics.registerFont(TTFont(name, path))
        _registered.add(name)


# A producer's house style, for tables made after set_house_style (see Table: spaced,
# double_strike).
HOUSE = {}


def set_house_style(text="WQY", figures=None, **table_style):
    """The faces later drawing uses (text, and amounts; None: the text face) and the
    style of tables made from now on."""
    global FONT, NUM_FONT
    FONT, NUM_FONT = text, figures or text
    register_font(FONT)
    register_font(NUM_FONT)
    HOUSE.clear()
    HOUSE.update(table_style)


@contextlib.contextmanager
def house_style(text="WQY", figures=None, **table_style):
    """set_house_style for the tables made inside a `with` block, the default after it."""
    set_house_style(text, figures, **table_style)
    try:
        yield
    finally:
        set_house_style()


def add_blank_column(t, k, width):
    """A narrow empty column right of column k, its header cells spanning both, as where a
    spreadsheet merges two columns in the header and fills only one below."""
    t.cols.insert(k + 1, Col("blank", width, t.cols[k].block))
    for h in t.header:
        if h.c > k:
            h.c += 1
        elif h.c + h.cs > k:
            h.cs += 1
    if t.numbering:
        t.numbering = list(t.numbering)
        t.numbering.insert(k + 1, "")


_black = None


def black_pixel():
    """A 1x1 black image, drawn stretched as a rule (border="image")."""
    global _black
    if _black is None:
        import io
        from PIL import Image
        from reportlab.lib.utils import ImageReader
        buf = io.BytesIO()
        Image.new("RGB", (1, 1)).save(buf, format="PNG")
        buf.seek(0)
        _black = ImageReader(buf)
    return _black


def sw(text, size):
    return pdfmetrics.stringWidth(text, FONT, size)


def nw(text, size):
    """Width of an amount's text, in the face amounts are printed in."""
    return pdfmetrics.stringWidth(text, NUM_FONT, size)


def nows(s):
    return None if s is None else re.sub(r"\s+", "", s)


# --------------------------------------------------------------------------- text helpers

def wrap_text(text, width, size):
    """Wrap text character by character (CJK style); explicit newlines are kept."""
    lines = []
    for para in text.split("\n"):
        cur = ""
        for ch in para:
            if cur and sw(cur + ch, size) > width:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
    return lines


def wrap_number(text, width, size):
    """A number too wide for its cell wraps at the decimal point: '168,441' / '.81'."""
    if nw(text, size) <= width or "." not in text:
        return [text]
    i = text.index(".")
    return [text[:i], text[i:]]


def group_thousands(v, last_only=False):
    """'1234567.89' -> '1,234,567.89'; with last_only, '1234,567.89' (the separator before
    the last three digits only, as some budget software prints)."""
    if v is None or v.endswith("%") or not re.fullmatch(r"-?\d+(\.\d+)?", v):
        return v
    neg = v.startswith("-")
    if neg:
        v = v[1:]
    ip, _, dp = v.partition(".")
    out = ""
    while len(ip) > 3:
        out = "," + ip[-3:] + out
        ip = ip[:-3]
        if last_only:
            break
    out = ip + out
    return ("-" if neg else "") + out + ("." + dp if dp else "")


# --------------------------------------------------------------------------- model

class Col:
    """One printed column.

    kind: 'code' | 'name' | 'item' | 'amount' | 'text' | 'blank' | 'rownum' (行次: the
    row's number in its block, counted down the table; not in the truth) | 'other' (a
    further classification's code or name, printed from the row's texts like 'text'; the
    reader gives it as the row's other codes, the truth format has no place for it)
    mode (code): 'full' | 'own' | 'lei' | 'kuan' | 'xiang'
    glue (name): None, or the separator put between code and name ('-', ' ')
    vi (amount): index into the block's values
    ti (text): index into the block's texts (other text: 采购方式, 备注)
    """

    def __init__(self, kind, width, block=0, mode="full", glue=None, vi=None, align=None, ti=None,
                 indent_step=0):
        self.kind, self.width, self.block = kind, width, block
        self.mode, self.glue, self.vi, self.ti = mode, glue, vi, ti
        # indent_step (code): points each level is drawn right of the 类, left-aligned
        self.indent_step = indent_step
        self.align = align or ("right" if kind == "amount" else ("center" if kind == "code" else "left"))


class H:
    """A header cell at header row r, column c, spanning rs rows and cs columns."""

    def __init__(self, text, r, c, rs=1, cs=1, vertical=False, clip=False):
        self.text, self.r, self.c, self.rs, self.cs, self.vertical = text, r, c, rs, cs, vertical
        # clip: drawn on one line, centred, clipped to the cell (a label wider than its cell,
        # as spreadsheet exports print it); the truth holds the glyphs the clip lets show
        self.clip = clip
        self.truth_text = None


def B(code=None, name=None, values=(), item=None, texts=()):
    """One block's part of a row."""
    return {"code": code, "name": name, "item": item, "values": list(values), "texts": list(texts)}


class Row:
    def __init__(self, *blocks, span=False, indent=0, label_tail=False, amount_merge_left=False):
        self.blocks = list(blocks)
        # amount_merge_left: the first amount's cell also covers the empty cells left of it
        # (a total row whose label cell ends a column early), the amount set flush right.
        self.amount_merge_left = amount_merge_left
        self.span = span      # a row without code: name drawn across the code columns
        self.indent = indent  # name indentation, in characters
        # label_tail: drawn as a row of its own (the part of a label a page break cut
        # off), in the truth the end of the row above's name.
        self.label_tail = label_tail


class Table:
    def __init__(self, title, cols, header, rows, *, number=None, number_text=None,
                 unit="万元", dept_line=True, orientation="portrait", rules="grid",
                 repeat_header=True, repeat_caption=True, numbering=None, labels=None,
                 notes=(), empty=False, empty_in_table=None, empty_note=None,
                 font_size=8.0, thousands=True, breaks_after=(), number_pos="left",
                 title_text=None, caption_extra=None, truth_notes=None, min_row_h=None,
                 new_page=True, unit_text=None, border="stroke", frame_caption=False,
                 continued_marks=(),
                 title_style="center", unit_line=True, caption=True, gap_after=14,
                 spill=None, amount_pieces=False, spaced=None, double_strike=False,
                 clip_names=False, caption_cells=False, page_shift=0):
        self.title, self.cols, self.header, self.rows = title, cols, header, rows
        self.number = number
        self.number_text = number_text if number_text is not None else number
        self.title_text = title_text or title
        self.unit, self.unit_text = unit, unit_text
        self.dept_line = dept_line
        self.orientation, self.rules = orientation, rules
        self.repeat_header, self.repeat_caption = repeat_header, repeat_caption
        self.numbering = numbering
        self.labels = labels or [None]
        self.notes = list(notes)
        self.empty, self.empty_in_table, self.empty_note = empty, empty_in_table, empty_note
        self.fs = font_size
        self.thousands = thousands
        self.breaks_after = set(breaks_after)
        # continued_marks: printed above the header on the 2nd, 3rd, … page of the table
        self.continued_marks = list(continued_marks)
        self.pages_started = [None]
        self.number_pos = number_pos
        self.caption_extra = caption_extra
        self.truth_notes = truth_notes
        self.min_row_h = min_row_h
        self.new_page = new_page
        # border: "stroke" (rectangles stroked per cell), "mitred" (each side a thin filled
        # trapezoid, as some office suites export cell borders) or "image" (each side a
        # one-pixel picture stretched into a bar).
        self.border = border
        # frame_caption: one frame drawn around the caption (number, title, 部门/单位 line)
        # and the table, the caption inside it above the header.
        # spill: (column, text) drawn at the top of each page the table continues on, right
        # above the grid and clipped to it (as office suites export the overflow of a cell
        # cut by the page break): invisible, but in the text layer.
        self.spill = spill
        # clip_names: names and texts never wrap; each is drawn on one line, clipped to its
        # cell (as spreadsheet exports print a label wider than its cell): a glyph wholly
        # beyond the cell is not drawn, the one its edge cuts is. The truth holds what is
        # drawn.
        self.clip_names = clip_names
        # caption_cells: the number, title and unit printed in ruled rows of the grid above
        # the header (_caption_cells), as a spreadsheet's cells; no 部门 line.
        self.caption_cells = caption_cells
        # page_shift: points the grid stands further right on each page the table continues
        # on (pages whose margins differ, as in scanned-and-reset or merged documents).
        self.page_shift = page_shift
        # amount_pieces: every figure of an amount drawn as a text object of its own, a
        # little apart (a decimal point stays with the digit after it: "3" ".8" "4"), so the
        # text layer holds one word per piece, as some producers write it.
        self.amount_pieces = amount_pieces
        self.frame_caption = frame_caption
        # spaced: short labels (项目, 合计, 金额) printed with their characters apart, as
        # templates pad them: "spaces" (blanks typed between them) or "distributed" (each
        # character placed on its own, spread over the cell, as 分散对齐 exports).
        self.spaced = spaced if spaced is not None else HOUSE.get("spaced")
        # double_strike: header and total rows made bold by printing their text twice, a
        # fraction of a point apart, as some producers fake a bold face.
        self.double_strike = double_strike or HOUSE.get("double_strike", False)
        # dept_label: the words before the department's name ("编制部门", "编制单位",
        # "部门名称", "单位名称"); unit_pos: where the unit is printed: "dept_line" (right on
        # the 部门 line), "title_line" (right on the title's line) or "below_title" (centred
        # under the title, in brackets). unit_text, when given, is printed as is.
        self.dept_label = HOUSE.get("dept_label", "编制部门")
        self.unit_pos = HOUSE.get("unit_pos", "dept_line")
        if unit_text is None and HOUSE.get("unit_label") and unit:
            self.unit_text = f"{HOUSE['unit_label']}{unit}"
        # valign: where a row's one-line cells stand beside a wrapped cell: "center",
        # "top", or "bottom" (a spreadsheet's default); amount_align: "right", "center" or
        # "left" (figures typed as text).
        self.valign = HOUSE.get("valign", "center")
        self.amount_align = HOUSE.get("amount_align")
        # title_style: "center" (a centred heading) or "lead_in" (a sentence of body text
        # above the table, ending in a colon, as in "…情况如下：").
        self.title_style = title_style
        # unit_line: whether the 单位 line is printed (the unit may be in a header instead).
        self.unit_line = unit_line
        # caption: whether number, title and 部门/单位 lines are printed at all (a part of a
        # form drawn right under another part has none); gap_after: space below the table.
        self.caption, self.gap_after = caption, gap_after
        self.pages = []

    # ------------------------------------------------------------------ truth

    def nblocks(self):
        return max(c.block for c in self.cols) + 1

    def header_path(self, ci):
        cells = [h for h in self.header if h.c <= ci < h.c + h.cs]
        cells.sort(key=lambda h: h.r)
        texts = [nows(h.truth_text if h.truth_text is not None else h.text) for h in cells]
        return [x for x in texts if x]

    def truth(self):
        blocks = []
        for b in range(self.nblocks()):
            amount_cols = sorted((c for c in self.cols if c.block == b and c.kind == "amount"),
                                 key=lambda c: c.vi)
            idx = [self.cols.index(c) for c in amount_cols]
            has_item = any(c.kind == "item" and c.block == b for c in self.cols)
            text_cols = sorted((c for c in self.cols if c.block == b and c.kind == "text"),
                               key=lambda c: c.ti)
            rows = []
            for row in ([] if self.empty else self.rows):
                if b >= len(row.blocks) or row.blocks[b] is None:
                    continue
                d = row.blocks[b]
                if row.label_tail and rows:
                    rows[-1]["name"] += nows(d["name"])
                    # Digits of figures the break cut ("12437.3" above, "6" here).
                    for k, v in enumerate(d["values"]):
                        if v is not None and rows[-1]["values"][k] is not None:
                            rows[-1]["values"][k] += v
                    continue
                vals = [None if (v is None or v in DASHES) else v for v in d["values"]]
                if len(vals) != len(idx):
                    raise ValueError(f"{self.title}: row {d} has {len(vals)} values, want {len(idx)}")
                if d["name"] is None and d["code"] is None and all(v is None for v in vals):
                    continue
                r = {"code": d["code"], "name": nows(d.get("truth_name", d["name"]))}
                if has_item:
                    r["item"] = nows(d["item"])
                r["values"] = vals
                if text_cols:
                    r["texts"] = [nows(d["texts"][c.ti]) or "" if c.ti < len(d["texts"]) else ""
                                  for c in text_cols]
                rows.append(r)
            block = {"label": self.labels[b] if b < len(self.labels) else None,
                     "columns": [self.header_path(i) for i in idx],
                     "rows": rows}
            if text_cols:  # not in the truth format: budgetpdf's own row texts
                block["text_columns"] = [self.header_path(self.cols.index(c)) for c in text_cols]
            blocks.append(block)
        t = {"title": nows(self.title), "number": self.number, "pages": sorted(set(self.pages)),
             "unit": self.unit, "empty": self.empty}
        if self.truth_notes:
            t["notes"] = list(self.truth_notes)
        t["blocks"] = blocks
        return t


# --------------------------------------------------------------------------- document

class Doc:
    def __init__(self, path, file_name, department, year, stage, footer="dash",
                 margins=(42, 42, 48, 46)):
        register_font(FONT)
        register_font(NUM_FONT)
        self.file_name = file_name
        self.department, self.year, self.stage = department, year, stage
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1, initialFontName=FONT, initialFontSize=9)
        self.c.setTitle(file_name)
        self.c.setAuthor("budgetpdf sample generator")
        self.footer = footer
        self.ml, self.mr, self.mt, self.mb = margins
        self.page = 0
        self.open = False
        self.tables = []
        self.orientation = None
        # From the house style: a running header on every page after the first (text and
        # alignment, with a rule under it, as a word processor's page header), and a
        # watermark printed diagonally across every page.
        self.running_header = HOUSE.get("running_header")
        self.watermark = HOUSE.get("watermark")

    # pages ---------------------------------------------------------------

    def new_page(self, orientation="portrait"):
        if self.open:
            self._end_page()
        c = self.c
        if orientation == "portrait":
            c.setPageSize(A4)
            c.setPageRotation(0)
            self.W, self.H = A4
        elif orientation == "landscape":
            c.setPageSize((A4[1], A4[0]))
            c.setPageRotation(0)
            self.W, self.H = A4[1], A4[0]
        elif orientation == "rotated":
            # portrait MediaBox, /Rotate 90: content drawn so it reads upright when the
            # viewer turns the page clockwise (landscape as displayed).
            # reportlab swaps the MediaBox of a page rotated by 90, so ask for landscape
            # to get a portrait MediaBox [0 0 595 842] with /Rotate 90.
            c.setPageSize((A4[1], A4[0]))
            c.setPageRotation(90)
            c.transform(0, 1, -1, 0, A4[0], 0)
            self.W, self.H = A4[1], A4[0]
        else:
            raise ValueError(orientation)
        self.page += 1
        self.open = True
        self.orientation = orientation
        self.y = self.H - self.mt
        if self.running_header and self.page > 1:
            text, align = self.running_header
            c.setFont(FONT, 9)
            y = self.H - self.mt + 16
            if align == "center":
                c.drawCentredString(self.W / 2, y, text)
            elif align == "right":
                c.drawRightString(self.W - self.mr, y, text)
            else:
                c.drawString(self.ml, y, text)
            c.setLineWidth(0.5)
            c.line(self.ml, y - 4, self.W - self.mr, y - 4)
        return self.page

    def _end_page(self):
        c = self.c
        if self.watermark:
            c.saveState()
            c.setFillGray(0.85)
            c.translate(self.W / 2, self.H / 2)
            c.rotate(35)
            c.setFont(FONT, 40)
            c.drawCentredString(0, 0, self.watermark)
            c.restoreState()
        c.setFont(FONT, 9)
        n = self.page
        text = {"dash": f"- {n} -", "plain": f"{n}", "cn": f"第 {n} 页", "emdash": f"— {n} —"}[self.footer]
        c.drawCentredString(self.W / 2, self.mb - 22, text)
        c.showPage()
        self.open = False

    def save(self):
        if self.open:
            self._end_page()
        self.c.save()

    def truth(self):
        return {"file": self.file_name,
                "document": {"department": self.department, "year": self.year, "stage": self.stage},
                "tables": [t.truth() for t in self.tables]}

    # text ---------------------------------------------------------------

    def text_line(self, text, size=10.5, align="left", gap=4, x=None):
        c = self.c
        c.setFont(FONT, size)
        self.y -= size
        if align == "center":
            c.drawCentredString(self.W / 2, self.y, text)
        elif align == "right":
            c.drawRightString(self.W - self.mr, self.y, text)
        else:
            c.drawString(self.ml if x is None else x, self.y, text)
        self.y -= gap

    def paragraph(self, text, size=10.5, indent=2, lead=1.7, width=None):
        width = width or (self.W - self.ml - self.mr)
        first = "\u3000" * indent + text
        for ln in wrap_text(first, width, size):
            if self.y - size * lead < self.mb:
                self.new_page("portrait")
            self.c.setFont(FONT, size)
            self.y -= size * lead
            self.c.drawString(self.ml, self.y, ln)

    def narrative(self, heading, paragraphs, subtitle=None):
        self.new_page("portrait")
        self.y -= 40
        self.text_line(heading, 18, "center", 14)
        if subtitle:
            self.text_line(subtitle, 12, "center", 20)
        for p in paragraphs:
            if p.startswith("#"):
                self.y -= 6
                self.text_line(p[1:], 12, "left", 4)
            else:
                self.paragraph(p)

    # tables -------------------------------------------------------------

    def _border(self, t, xa, yb, xb, ya):
        """The border of one cell: a stroked rectangle, or four mitred filled sides."""
        c = self.c
        if t.border == "stroke":
            c.rect(xa, yb, xb - xa, ya - yb, stroke=1, fill=0)
            return
        if t.border == "image":
            # Each side a one-pixel black picture stretched into a thin bar.
            w = 0.6
            for x, y, bw, bh in ((xa, ya - w / 2, xb - xa, w), (xa, yb - w / 2, xb - xa, w),
                                 (xa - w / 2, yb, w, ya - yb), (xb - w / 2, yb, w, ya - yb)):
                c.drawImage(black_pixel(), x, y, width=bw, height=bh)
            return
        w = 0.75
        sides = [[(xa, ya), (xb, ya), (xb - w, ya - w), (xa + w, ya - w)],
                 [(xb, ya), (xb, yb), (xb - w, yb + w), (xb - w, ya - w)],
                 [(xb, yb), (xa, yb), (xa + w, yb + w), (xb - w, yb + w)],
                 [(xa, yb), (xa, ya), (xa + w, ya - w), (xa + w, yb + w)]]
        c.setFillColorRGB(0, 0, 0)
        for pts in sides:
            p = c.beginPath()
            p.moveTo(*pts[0])
            for pt in pts[1:]:
                p.lineTo(*pt)
            p.close()
            c.drawPath(p, stroke=0, fill=1)

    def _caption(self, t, first):
        fs = 9.5
        if first:
            if t.number_text:
                if t.frame_caption:
                    self.text_line(t.number_text, 11, "left", 6, x=self.tx0 + 4)
                elif t.number_pos == "left":
                    self.text_line(t.number_text, 11, "left", 6)
                elif t.number_pos == "right":
                    self.text_line(t.number_text, 10.5, "right", 6)
                elif t.number_pos == "center":
                    self.text_line(t.number_text, 11, "center", 6)
            unit_text = t.unit_text or f"单位：{t.unit}"
            if t.unit_pos == "title_line":
                # Only where the title leaves room: text never overprints text.
                last = t.title_text.split("\n")[-1]
                if self.W / 2 + sw(last, 15) / 2 + 15 > self.tx1 - sw(unit_text, 9.5):
                    t.unit_pos = "dept_line"
            if t.title_style == "lead_in":
                self.text_line(t.title_text, 10.5, "left", 8, x=self.tx0)
            else:
                # A title_text with "\n" is printed wrapped, one line per part.
                parts = t.title_text.split("\n")
                for i, part in enumerate(parts):
                    if i == len(parts) - 1 and t.unit and t.unit_line and t.unit_pos == "title_line":
                        self.c.setFont(FONT, 9.5)
                        self.c.drawRightString(self.tx1, self.y - 15, unit_text)
                    self.text_line(part, 15, "center", 10 if i == len(parts) - 1 else 3)
                if t.unit and t.unit_line and t.unit_pos == "below_title":
                    self.text_line(f"（{unit_text}）", 9.5, "center", 6)
            if t.caption_extra:
                self.text_line(t.caption_extra, 9.5, "center", 6)
        if t.dept_line or (t.unit and t.unit_line and (t.unit_pos == "dept_line" or not first)):
            c = self.c
            c.setFont(FONT, fs)
            self.y -= fs
            if t.dept_line:
                c.drawString(self.tx0, self.y, f"{t.dept_label}：{self.department}")
            if t.unit and t.unit_line and (t.unit_pos == "dept_line" or not first):
                c.drawRightString(self.tx1, self.y, t.unit_text or f"单位：{t.unit}")
            self.y -= 5

    def _caption_cells(self, t, xs):
        """The caption printed in the sheet's own cells above the header, as spreadsheets
        print it: the number in the first cell of a ruled row, the title in a row merged
        across the table, a blank ruled row, the unit in the last cell of a ruled row."""
        c = self.c
        fs = t.fs

        def ruled_row(h, texts):
            ya, yb = self.y, self.y - h
            for i in range(len(xs) - 1):
                self._border(t, xs[i], yb, xs[i + 1], ya)
                text = texts.get(i)
                if text:
                    c.setFont(FONT, fs)
                    if i == len(xs) - 2:
                        c.drawRightString(xs[i + 1] - 2, yb + 0.35 * h, text)
                    else:
                        c.drawString(xs[i] + 2, yb + 0.35 * h, text)
            self.y = yb

        ruled_row(fs * 1.8, {0: t.number_text} if t.number_text else {})
        h = 15 * 2.4
        self._border(t, xs[0], self.y - h, xs[-1], self.y)
        c.setFont(FONT, 15)
        c.drawCentredString((xs[0] + xs[-1]) / 2, self.y - h / 2 - 5, t.title_text)
        self.y -= h
        ruled_row(fs * 1.8, {})
        ruled_row(fs * 1.8, {len(xs) - 2: t.unit_text or f"单位：{t.unit}"} if t.unit else {})

    def add_table(self, t):
        self.tables.append(t)
        fs = t.fs
        lh = fs * 1.22
        pad = 3.0
        if t.new_page or not self.open:
            self.new_page(t.orientation)
        avail = self.W - self.ml - self.mr
        total_w = sum(c.width for c in t.cols)
        # Too wide for the page: producers narrow the columns of words (they wrap) before
        # anything else; codes and figures keep the width they need, or would overprint.
        # (House style "fit": "words"; otherwise every column is scaled alike, as the
        # families were drawn.)
        widths = [float(c.width) for c in t.cols]
        if total_w > avail and HOUSE.get("fit") == "words":
            words = [k for k, c in enumerate(t.cols) if c.kind in ("name", "item", "text")]
            room = sum(widths[k] for k in words)
            cut = min(total_w - avail, 0.5 * room)
            for k in words:
                widths[k] -= cut * widths[k] / room
        scale = min(1.0, avail / sum(widths))
        widths = [w * scale for w in widths]
        tw = sum(widths)
        self.tx0 = (self.W - tw) / 2
        self.tx1 = self.tx0 + tw
        xs = [self.tx0]
        for w in widths:
            xs.append(xs[-1] + w)

        # header layout ---------------------------------------------------
        nhr = max((h.r + h.rs for h in t.header), default=0)
        hh = [fs * 1.9] * nhr

        # The header's labels in their own size where the house style says (a size up or
        # down from the body's; no larger than 12 pt, a title's size).
        hfs = min(fs * HOUSE.get("header_scale", 1.0), max(fs, 12.0))
        hlh = hfs * 1.22

        # Cells whose text is drawn on one line at a smaller size to fit (a spreadsheet's
        # "shrink to fit", house style "shrink"): id of the cell's lines -> size.
        shrunk = {}

        def shrink(text, w, size, figures=False):
            """[text] at the size that fits w (recorded in `shrunk`), where it is too wide
            and half its size or more fits; None otherwise."""
            width = nw(text, size) if figures else sw(text, size)
            if not text or "\n" in text or width <= w or w < 0.5 * width:
                return None
            lines = [text]
            shrunk[id(lines)] = size * w / width
            return lines

        def hlines(h):
            w = xs[h.c + h.cs] - xs[h.c] - 2 * pad
            if h.vertical:
                return [ch for ch in nows(h.text)]
            if h.clip:
                return [h.text]
            if HOUSE.get("shrink") == "header_and_cells":
                if id(h) not in header_lines:
                    header_lines[id(h)] = shrink(h.text, w, hfs)
                if header_lines[id(h)]:
                    return header_lines[id(h)]
            return wrap_text(h.text, max(w, hfs), hfs)

        header_lines = {}  # a shrunk label's lines, by id of its header cell

        for h in t.header:
            if h.rs == 1:
                hh[h.r] = max(hh[h.r], len(hlines(h)) * hlh + 2 * pad)
        for h in t.header:
            if h.rs > 1:
                need = len(hlines(h)) * hlh + 2 * pad
                have = sum(hh[h.r:h.r + h.rs])
                if need > have:
                    hh[h.r + h.rs - 1] += need - have
        num_h = fs * 1.8 if t.numbering else 0
        header_h = sum(hh) + num_h
        fill, fill_colour = HOUSE.get("fill"), HOUSE.get("fill_colour", (0.85, 0.85, 0.85))

        def draw_header():
            c = self.c
            y0 = self.y
            ys = [y0]
            for v in hh:
                ys.append(ys[-1] - v)
            # Shaded header cells, as spreadsheets export them: one band behind the whole
            # header, or a rectangle per cell (house style "fill").
            if fill in ("header", "header_cells"):
                if fill == "header":
                    self._shade(xs[0], ys[-1], xs[-1], y0, fill_colour)
                else:
                    for h in t.header:
                        self._shade(xs[h.c], ys[h.r + h.rs], xs[h.c + h.cs], ys[h.r], fill_colour)
            c.setFont(FONT, hfs)
            for h in t.header:
                xa, xb = xs[h.c], xs[h.c + h.cs]
                ya, yb = ys[h.r], ys[h.r + h.rs]
                lines = hlines(h)
                size = shrunk.get(id(lines), hfs)
                c.setFont(FONT, size)
                block_h = len(lines) * size * 1.22
                # Where the label's lines stand in the cell (house style "header_valign").
                top = {"top": ya - pad, "bottom": yb + pad + block_h}.get(
                    HOUSE.get("header_valign"), (ya + yb) / 2 + block_h / 2)
                ty = top - size * 0.98
                if h.clip:
                    # Centred on the cell, cut at its rules: glyphs wholly beyond are not drawn.
                    w = sw(h.text, hfs)
                    x = (xa + xb) / 2 - w / 2
                    h.truth_text = "".join(ch for k, ch in enumerate(h.text)
                                           if x + sw(h.text[:k + 1], hfs) > xa
                                           and x + sw(h.text[:k], hfs) < xb)
                    c.saveState()
                    box = c.beginPath()
                    box.rect(xa, yb, xb - xa, ya - yb)
                    c.clipPath(box, stroke=0, fill=0)
                    c.drawString(x, ty, h.text)
                    c.restoreState()
                    lines = []
                for ln in lines:
                    self._label(t, ln, xa + pad, xb - pad, ty, size, "center", bold=True,
                                whole=len(lines) == 1)
                    ty -= hlh
                c.setFont(FONT, hfs)
                if t.rules in ("grid", "vcols"):
                    self._border(t, xa, yb, xb, ya)
            yb = ys[-1]
            c.setFont(FONT, fs)
            if t.numbering:
                for i, s in enumerate(t.numbering):
                    if s:
                        c.drawCentredString((xs[i] + xs[i + 1]) / 2, yb - num_h / 2 - fs * 0.35, s)
                    if t.rules in ("grid", "vcols"):
                        self._border(t, xs[i], yb - num_h, xs[i + 1], yb)
                yb -= num_h
            if t.rules == "hrows":  # rules across only: over the header and under it
                c.line(xs[0], y0, xs[-1], y0)
                c.line(xs[0], yb, xs[-1], yb)
            if t.rules == "topbottom":
                c.setLineWidth(1.0)
                c.line(xs[0], y0, xs[-1], y0)
                c.setLineWidth(0.5)
                c.line(xs[0], yb, xs[-1], yb)
            self.y = yb

        # row layout ------------------------------------------------------
        rownums = {}
        for b in range(t.nblocks()):
            k = 0
            for row in t.rows:
                if b < len(row.blocks) and row.blocks[b] is not None and not row.label_tail:
                    k += 1
                    rownums[(id(row), b)] = k + b * len(t.rows)

        def cell_specs(row):
            """[(c0, c1, lines, align[, amount])] for one row."""
            specs = []
            skip = set()
            for ci, col in enumerate(t.cols):
                if ci in skip:
                    continue
                d = row.blocks[col.block] if col.block < len(row.blocks) else None
                c1 = ci + 1
                text = ""
                align = col.align
                if d is not None:
                    if col.kind == "code":
                        code = d["code"]
                        if code is None and row.span:
                            # span code columns (and the name column) with the label
                            j = ci
                            while j < len(t.cols) and t.cols[j].block == col.block and t.cols[j].kind in ("code", "name", "item") \
                                    and not (t.cols[j].kind == "item" and d.get("item")):
                                j += 1
                            c1 = j
                            skip.update(range(ci + 1, j))
                            text = d["name"] or ""
                            align = "center"
                        else:
                            text = code_part(code, col.mode)
                    elif col.kind == "name":
                        text = d["name"] or ""
                        if col.glue is not None and d["code"]:
                            text = d["code"] + col.glue + text
                        if row.indent and text:
                            text = "\u3000" * row.indent + text
                    elif col.kind == "item":
                        text = d.get("item") or ""
                    elif col.kind in ("text", "other"):
                        texts = d.get("texts") or []
                        text = texts[col.ti] if col.ti < len(texts) and texts[col.ti] else ""
                    elif col.kind == "amount":
                        v = d["values"][col.vi]
                        text = "" if v is None else (group_thousands(v, t.thousands == "last")
                                                      if t.thousands else v)
                        align = t.amount_align or align
                    elif col.kind == "rownum":
                        text = str(rownums.get((id(row), col.block), ""))
                        align = "center"
                w = xs[c1] - xs[ci] - 2 * pad
                if col.kind == "amount":
                    lines = wrap_number(text, w, fs) if text else []
                elif col.kind == "code" and c1 == ci + 1:
                    lines = [text] if text else []  # codes never wrap
                elif t.clip_names and col.kind in ("name", "item", "text", "other") and c1 == ci + 1:
                    lines = [text] if text else []
                    if d is not None and col.kind == "name" and text:
                        # What the clip lets through: glyphs that start inside the cell.
                        n = 0
                        while n < len(text) and xs[ci] + pad + sw(text[:n], fs) < xs[c1]:
                            n += 1
                        before = len(text) - len(d["name"] or "")  # indent, glued code
                        d["truth_name"] = text[before:n]
                else:
                    lines = wrap_text(text, w, fs) if text else []
                if HOUSE.get("shrink") and c1 == ci + 1 and len(lines) > 1 and \
                        col.kind in ("name", "item", "text", "other", "amount"):
                    lines = shrink(text, w, fs, figures=col.kind == "amount") or lines
                if col.kind == "amount" and row.amount_merge_left and col.vi == 0:
                    c0 = ci
                    while specs and not specs[-1][2] and specs[-1][1] == c0:
                        c0 = specs.pop()[0]
                    specs.append((c0, c1, wrap_number(text, xs[c1] - xs[c0] - 2 * pad, fs)
                                  if text else [], align, True))
                    continue
                specs.append((ci, c1, lines, align))
            return specs

        def row_height(specs):
            n = max([len(s[2]) for s in specs] + [1])
            return max(n * lh + 2 * pad, t.min_row_h or fs * 2.1)

        def draw_row(specs, h, bold=False, shade=False):
            c = self.c
            ya, yb = self.y, self.y - h
            if shade:
                self._shade(xs[0], yb, xs[-1], ya, fill_colour)
            c.setFont(FONT, fs)
            for spec in specs:
                c0, c1, lines, align = spec[:4]
                xa, xb = xs[c0], xs[c1]
                cfs = shrunk.get(id(lines), fs)
                c.setFont(FONT, cfs)
                block_h = len(lines) * cfs * 1.22
                top = {"top": ya - pad, "bottom": yb + pad + block_h}.get(
                    t.valign, (ya + yb) / 2 + block_h / 2)
                ty = top - cfs * 0.98
                # an amount cell; a fifth element marks one merged with cells left of it
                amount = spec[4] if len(spec) > 4 else t.cols[c0].kind == "amount"
                col0 = t.cols[c0]
                # A code indented by its level (its own two digits for a 款: level 1).
                level = {3: 0, 2: 1, 5: 1, 7: 2}.get(len(nows(lines[0])), 0) if lines else 0
                for ln in lines:
                    if col0.kind == "code" and col0.indent_step and c1 == c0 + 1:
                        self._text(t, ln, xa + pad + level * col0.indent_step, xb - pad, ty, cfs,
                                   "left", FONT, bold)
                    elif t.amount_pieces and amount:
                        self._draw_pieces(ln, xb - pad, ty, cfs)
                    elif amount:
                        self._text(t, ln, xa + pad, xb - pad, ty, cfs, align, NUM_FONT, bold)
                    elif t.clip_names and c1 == c0 + 1:
                        c.saveState()
                        box = c.beginPath()
                        box.rect(xa, yb, xb - xa, h)
                        c.clipPath(box, stroke=0, fill=0)
                        c.drawString(xa + pad, ty, ln)
                        c.restoreState()
                    else:
                        # Of row labels only totals are spaced out (合  计).
                        total = nows(ln) in ("合计", "总计", "小计")
                        self._label(t, ln, xa + pad, xb - pad, ty, cfs, align, bold,
                                    whole=len(lines) == 1 and total)
                    ty -= cfs * 1.22
                c.setFont(FONT, fs)
                if t.rules == "grid":
                    self._border(t, xa, yb, xb, ya)
                elif t.rules == "vcols":  # column rules only: each cell's sides
                    c.line(xa, ya, xa, yb)
                    c.line(xb, ya, xb, yb)
            if t.rules == "hrows":  # a rule under every row, none between columns
                c.line(xs[0], yb, xs[-1], yb)
            self.y = yb

        def bottom_rule():
            if t.rules == "vcols":
                self.c.line(xs[0], self.y, xs[-1], self.y)
            if t.rules == "topbottom":
                self.c.setLineWidth(1.0)
                self.c.line(xs[0], self.y, xs[-1], self.y)
                self.c.setLineWidth(1)

        self.c.setLineWidth(0.5)
        frame_top = self.y
        if t.frame_caption:
            self.y -= 4
        if t.caption and t.caption_cells:
            self._caption_cells(t, xs)
        elif t.caption:
            self._caption(t, True)
        draw_header()
        t.pages.append(self.page)
        if t.empty:
            if t.empty_in_table:
                spec = [(0, len(t.cols), [t.empty_in_table], "center")]
                draw_row(spec, fs * 2.4)
            bottom_rule()
            if t.empty_note:
                self._notes([t.empty_note], tw)
        else:
            for i, row in enumerate(t.rows):
                specs = cell_specs(row)
                h = row_height(specs)
                if self.y - h < self.mb:
                    bottom_rule()
                    self.new_page(t.orientation)
                    for k in range(len(xs)):
                        xs[k] += t.page_shift
                    self.c.setLineWidth(0.5)
                    if t.continued_marks:
                        # A continuation mark of its own per page ("表3（续）", "续表").
                        mark = t.continued_marks[min(len(t.pages_started), len(t.continued_marks)) - 1]
                        t.pages_started.append(self.page)
                        self.text_line(mark, 12, "center", 6)
                    if t.repeat_caption:
                        self._caption(t, False)
                    if t.spill:
                        self._spill(t, xs, pad)
                    if t.repeat_header:
                        draw_header()
                    elif t.rules == "topbottom":
                        self.c.line(xs[0], self.y, xs[-1], self.y)
                total = any(b is not None and b["code"] is None and b["name"] and
                            ("合计" in b["name"] or "总计" in b["name"]) for b in row.blocks)
                draw_row(specs, h, bold=total,
                         shade=(fill == "zebra" and i % 2 == 1) or (fill == "total" and total))
                t.pages.append(self.page)
                if i in t.breaks_after and i != len(t.rows) - 1:
                    self.y = -1e9  # force a page break before the next row
            if self.y < 0:
                self.y = self.mb
            bottom_rule()
        if t.frame_caption:
            self.c.rect(xs[0], self.y, xs[-1] - xs[0], frame_top - self.y, stroke=1, fill=0)
        if t.notes:
            self._notes(t.notes, tw)
        self.y -= t.gap_after

    def _shade(self, xa, yb, xb, ya, colour):
        """A filled rectangle without outline behind a cell or a band of them."""
        c = self.c
        c.saveState()
        c.setFillColorRGB(*colour)
        c.rect(xa, yb, xb - xa, ya - yb, stroke=0, fill=1)
        c.restoreState()

    def _spill(self, t, xs, pad):
        col, text = t.spill
        c = self.c
        c.saveState()
        clip = c.beginPath()
        clip.rect(xs[0], self.mb, xs[-1] - xs[0], self.y - self.mb)
        c.clipPath(clip, stroke=0, fill=0)
        c.setFont(FONT, t.fs)
        # Baseline just above the grid: only the descenders reach into the clip.
        c.drawString(xs[col] + pad, self.y + 0.1 * t.fs, text)
        c.restoreState()

    def _text(self, t, s, xa, xb, y, fs, align, font, bold):
        """One string between xa and xb; twice, 0.3 pt apart, when faked bold."""
        c = self.c
        if font != FONT:
            c.setFont(font, fs)
        w = pdfmetrics.stringWidth(s, font, fs)
        x = {"right": xb - w, "center": (xa + xb) / 2 - 0.5 * w}.get(align, xa)
        for dx in ((0, 0.3) if bold and t.double_strike else (0,)):
            c.drawString(x + dx, y, s)
        if font != FONT:
            c.setFont(FONT, fs)

    def _label(self, t, s, xa, xb, y, fs, align, bold=False, whole=True):
        """A label; a short one alone in its cell spaced out as the table's `spaced` style
        says."""
        bare = nows(s)
        short = 2 <= len(bare) <= 4 and not re.search(r"[0-9A-Za-z（(]", bare)
        if t.spaced and short and whole and s == s.strip():
            # Spread out only in ruled cells: without rules a spread label reads as two.
            if t.spaced == "distributed" and t.rules == "grid" and xb - xa > sw(bare, fs) + 2 * fs:
                # Characters spread over the cell, less a character's margin on each side.
                x0, x1 = xa + fs, xb - fs - sw(bare[-1], fs)
                step = (x1 - x0) / (len(bare) - 1)
                for k, ch in enumerate(bare):
                    self._text(t, ch, x0 + k * step, x0 + k * step, y, fs, "left", FONT, bold)
                return
            spaced = "  ".join(bare)
            if sw(spaced, fs) <= xb - xa:
                s = spaced
        self._text(t, s, xa, xb, y, fs, align, FONT, bold)

    def _draw_pieces(self, text, right, y, fs):
        """Right-aligned at `right`, one drawString per piece, 0.2 font sizes apart."""
        pieces = []
        for ch in text:
            if pieces and pieces[-1] == ".":
                pieces[-1] += ch
            else:
                pieces.append(ch)
        gap = 0.2 * fs
        x = right - (sum(nw(p, fs) for p in pieces) + gap * (len(pieces) - 1))
        self.c.setFont(NUM_FONT, fs)
        for p in pieces:
            self.c.drawString(x, y, p)
            x += nw(p, fs) + gap
        self.c.setFont(FONT, fs)

    def _notes(self, notes, tw):
        fs = 8.5
        for n in notes:
            for ln in wrap_text(n, tw, fs):
                if self.y - fs * 1.6 < self.mb:
                    self.new_page(self.tables[-1].orientation)
                self.c.setFont(FONT, fs)
                self.y -= fs * 1.6
                self.c.drawString(self.tx0, self.y, ln)


def code_part(code, mode):
    if not code:
        return ""
    if mode == "full":
        return code
    if mode == "own":
        return code if len(code) <= 3 else code[-2:]
    if mode == "lei":
        return code[:3]
    if mode == "kuan":
        return code[3:5]
    if mode == "xiang":
        return code[5:7]
    if mode == "kuan_part":  # 类 and 项 in full, a 款 by its own two digits
        return code[3:5] if len(code) == 5 else code
    raise ValueError(mode)
