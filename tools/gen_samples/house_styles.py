"""What the probes (style_combinations.py, final_combinations.py) share: a producer's house
style drawn by a document's number, and how a probe document is saved with its truth and
the styles it was printed in."""
import json
import os
import random

from common import write_truth
import tablelib


# Streams added after families were lifted from probe documents (families.probe_tables),
# in the order they were added: 1 shaded cells, 2 rules one way only, 3 the header's type
# size, 4 spreadsheet defaults (figures flush left, header labels at a cell's top or
# bottom), 5 text shrunk to fit its cell. A family lifted with N draws the first N only, so its document stays the one it
# was drawn as; None draws them all (the probes). BUDGETPDF_PROBE_STREAMS=N in the
# environment draws the first N in the probes too (tests/probe_documents.sh: the streams
# the reader is held exact on).
def _streams_from_environment():
    value = os.environ.get("BUDGETPDF_PROBE_STREAMS", "all")
    if value in ("", "all"):
        return None
    if not value.isdigit():
        raise SystemExit(f"BUDGETPDF_PROBE_STREAMS={value!r}: a number of streams, or 'all'")
    return int(value)


LATER_STREAMS = _streams_from_environment()


def later_stream(n):
    """Whether the n-th later stream is drawn (see LATER_STREAMS)."""
    return LATER_STREAMS is None or n <= LATER_STREAMS


def draw_house(i):
    """The house style of document i's producer (faces, spacing, alignment, page furniture,
    caption words) and the random streams later draws of make() continue: r5, r6, r7."""
    # The producer's house style: faces (a Ming face like 宋体 is the most common; figures
    # often in a Latin face), short labels spaced out, bold faked by printing twice.
    r5 = random.Random(i + 600000)
    house = dict(text=r5.choice(["WQY", "WQY", "UMing", "UKai", "WQYMicro"]),
                 figures=r5.choice([None, None, "DejaVuSerif", "DejaVuSans"]),
                 spaced=r5.choice([None, None, "spaces", "distributed"]),
                 double_strike=r5.random() < 0.2)
    # A second draw of house styles, so that earlier documents stay the same: where one-line
    # cells stand beside a wrapped name, centred amounts, and how many decimals 万元 print.
    r6 = random.Random(i + 700000)
    house.update(valign=r6.choice(["center", "center", "top", "bottom"]),
                 amount_align=r6.choice([None, None, None, "center"]))
    # A third draw: page furniture (a running header with its rule, a diagonal watermark),
    # and small tables printed under the one before when the page has room.
    r7 = random.Random(i + 800000)
    if r7.random() < 0.3:
        house["running_header"] = (r7.choice(["测试市示范局2026年部门预算", "2026年部门预算公开"]),
                                   r7.choice(["left", "center", "right"]))
    if r7.random() < 0.15:
        house["watermark"] = "测试市示范局"
    # A fourth: the caption's words (编制单位, 金额单位, an ASCII colon) and the unit's place.
    r8 = random.Random(i + 900000)
    if r8.random() < 0.5:
        house.update(dept_label=r8.choice(["编制单位", "部门名称", "单位名称", "预算单位"]),
                     unit_label=r8.choice(["单位：", "金额单位：", "单位:", "单位： "]),
                     unit_pos=r8.choice(["dept_line", "title_line", "below_title"]))
    # A fifth: shaded cells as spreadsheets export them (a band behind the header, a
    # rectangle per header cell, every other row, the total row), grey or a light colour.
    r10 = random.Random(i + 2200000)
    if later_stream(1) and r10.random() < 0.25:
        house.update(fill=r10.choice(["header", "header_cells", "zebra", "total"]),
                     fill_colour=r10.choice([(0.85, 0.85, 0.85), (0.92, 0.92, 0.92),
                                             (0.8, 0.88, 0.97), (1.0, 0.95, 0.8)]))
    # A sixth: the header's labels a size larger or smaller than the body's.
    r11 = random.Random(i + 2400000)
    if later_stream(3) and r11.random() < 0.25:
        house["header_scale"] = r11.choice([0.9, 1.1, 1.2, 1.3])
    # A seventh: spreadsheet defaults left in place. Figures typed as text stand flush left
    # in their cells; header labels stand at the top or the bottom of their cells (bottom:
    # a spreadsheet's default), so that labels of one and two lines, and a label spanning
    # the header's rows, no longer share a middle.
    r12 = random.Random(i + 2600000)
    if later_stream(4) and r12.random() < 0.12:
        house["amount_align"] = "left"
    if later_stream(4) and r12.random() < 0.25:
        house["header_valign"] = r12.choice(["top", "bottom"])
    # An eighth: a spreadsheet's "shrink to fit": a name, a text or a figure too wide for
    # its cell drawn on one line at a smaller size instead of wrapping; header labels too.
    r13 = random.Random(i + 2800000)
    if later_stream(5) and r13.random() < 0.2:
        house["shrink"] = r13.choice(["cells", "header_and_cells"])
    return house, r5, r6, r7


def save_with_styles(doc, out, stem, styles, **extra):
    """Saves a probe document and its truth, and its styles (the house style too) as
    STEM.styles.json; resets the house style."""
    doc.save()
    styles.update({f"house_{k}": v for k, v in tablelib.HOUSE.items()},
                  font=tablelib.FONT, figures=tablelib.NUM_FONT)
    tablelib.set_house_style()
    write_truth(doc, out)
    with open(os.path.join(out, f"{stem}.styles.json"), "w", encoding="utf-8") as f:
        json.dump({"styles": {k: str(v) for k, v in styles.items()}, **extra}, f,
                  ensure_ascii=False)
