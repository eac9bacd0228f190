#!/usr/bin/python3
"""A probe for templates the corpus lacks: documents printed in random combinations of the
styles the generator knows (code layout, rules, unit and decimals, separators, caption in
the frame, font size, column widths, page breaks, header depth, row numbering), each with
its truth. The families of docs/families.md are single styles; real templates combine them,
and a combination can break where each style alone reads right (f25 and f26 were found so).

    /usr/bin/python3 tools/gen_samples/style_combinations.py OUTDIR FIRST LAST
    scripts/probe_styles.sh [BUILD_DIR] [COUNT]      (generate, parse, grade; a summary)

Seeded by the document's number: the same number gives the same document.
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import families  # noqa: E402
from common import write_truth  # noqa: E402
from families import LEAVES, doc_for  # noqa: E402
from std import Fin, classified_table, summary_table  # noqa: E402

def make(i):
    """Document number i: one classified table and one 收支总表 in styles drawn by seed i."""
    r = random.Random(i)
    unit = r.choice(["万元", "元"])
    dec = 2 if unit == "万元" else r.choice([0, 2])
    mag = 300 if unit == "万元" else 3000000
    fin = Fin(f"c{i}", LEAVES, dec=dec, mag=mag)
    doc = doc_for(f"c{i:03d}.pdf")
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
    if opts["layout"] == "own":
        opts["layout"] = "full"
    # A figure wider than its column would overprint its neighbour, which no producer does.
    chars = (8 if unit == "元" else 4) + (3 if dec else 0) + (2 if opts["thousands"] else 0)
    opts["amount_w"] = max(opts["amount_w"], int(0.56 * opts["font_size"] * chars) + 10)
    # A table wider than the page's text width is printed landscape, as producers do.
    ncols = 5  # the widest header tree below has five amount columns
    width = 46 + opts["name_w"] + ncols * opts["amount_w"]
    if width > 595 - 90:
        opts["orientation"] = "landscape"
    if r.random() < 0.3:
        opts["breaks_after"] = (6,)
    if r.random() < 0.3:
        opts["repeat_header"] = False
    tree = r.choice([["合计", "基本支出", "项目支出"],
                     ["合计", ("基本支出", ["小计", "人员经费", "公用经费"]), "项目支出"]])
    if isinstance(tree[1], tuple):
        rows = fin.func_rows([lambda c: fin.basic[c] + fin.proj[c], lambda c: fin.basic[c],
                              lambda c: fin.person[c], lambda c: fin.public[c], lambda c: fin.proj[c]])
    else:
        rows = fin.func_rows([lambda c: fin.basic[c] + fin.proj[c], lambda c: fin.basic[c],
                              lambda c: fin.proj[c]])
    num = r.choice([None, "表3", "表三", "公开03表"])
    doc.add_table(classified_table("2026年一般公共预算支出表", rows, tree, number=num,
                                   number_text=num, **opts))
    doc.add_table(summary_table(Fin(f"c{i}s", LEAVES, dec=dec, mag=mag), "2026年收支总表",
                                number=None, rules=opts["rules"], unit=unit,
                                font_size=opts["font_size"]))
    return doc, opts, tree

def main(argv):
    out, first, last = argv[1], int(argv[2]), int(argv[3])
    families.OUT = out  # doc_for writes there
    os.makedirs(out, exist_ok=True)
    for i in range(first, last):
        doc, opts, tree = make(i)
        doc.save()
        write_truth(doc, out)
        with open(os.path.join(out, f"c{i:03d}.styles.json"), "w", encoding="utf-8") as f:
            json.dump({"styles": {k: str(v) for k, v in opts.items()}, "tree": str(tree)}, f,
                      ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
