#!/usr/bin/python3
"""Writes the committed seed inputs of fuzz/corpus/ (run from anywhere; deterministic).

fuzz_grammar: one cell or line per file, from tests/grammar/*.input and a few rows
  ('\\n' separates cells, '|' a wrapped amount's head from its tail).
fuzz_layout:  small drawing programs for fuzz_layout.cpp: a title, a unit line and a ruled,
  three-line or unruled table with header, code, name and amount cells, over 1-3 pages.
fuzz_parse:   a minimal hand-written PDF and a few non-PDF inputs; the samples and trap
  PDFs are replayed by path (fuzz/CMakeLists.txt), not copied.
"""
import hashlib
import pathlib
import random
import re

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent


def write(target, data):
    d = HERE / "corpus" / target
    d.mkdir(parents=True, exist_ok=True)
    (d / hashlib.sha1(data).hexdigest()[:16]).write_bytes(data)


def grammar():
    lines = []
    for f in sorted((ROOT / "tests" / "grammar").glob("*.input")):
        lines += [l for l in f.read_text(encoding="utf-8").splitlines() if l.strip()]
    lines += [
        "编制部门：某某区教育局 单位：万元", "（单位：万元）", "金额单位：元",
        "库尔勒市希望街道办事处2024年部门预算", "2026年上海市财政局部门预算", "X部门决算",
        "栏次\n1\n2\n3\n4=5+6", "※\n※\n1\n2", "甲\n乙\n1\n2\n3", "168,441|.81",
        "201 06 01 行政运行", "30101 50101 基本工资", "一、本年收入", "（一）工资福利支出",
        "其中：", "①", "一、本年支出合计", "本表无数据", "故本表为空", "此表如无数字则表示…",
        "２０１", "１，３４３．７６", "—", "——", "--", "", "   ",
    ]
    for l in dict.fromkeys(lines):
        write("fuzz_grammar", l.encode("utf-8"))


def dictionary():
    src = (HERE / "fuzz_layout.cpp").read_text(encoding="utf-8")
    block = src[src.index("dictionary[] = {"):src.index("};", src.index("dictionary[] = {"))]
    return re.findall(r'U"((?:[^"\\]|\\.)*)"', block)


def layout():
    words = dictionary()
    idx = {w: i for i, w in enumerate(words)}
    rng = random.Random(20240601)
    header = ["科目编码", "科目名称", "合计", "基本支出", "项目支出"]
    body = ["2010601", "行政运行", "1,343.76", "0.00", "-", "20106", "201", "教育支出",
            "16,231,840.80", "合计", "168,441", ".81", "30101 基本工资", "2040601-行政运行"]
    titles = ["表1 部门收支总体情况表", "预算01表", "（预算表3）一般公共预算支出表",
              "公开01表 部门收支总表", "2025年部门收入预算总表"]
    for n in range(12):
        prog = bytearray([rng.randrange(256) & ~0x30])  # first page's shape
        pages = 1 + n % 3
        for p in range(pages):
            if p:
                prog += bytes([9, rng.randrange(256) & ~0x30])
            # A word is [op, dictionary index, style, advance after it].
            prog += bytes([0, idx[titles[(n + p) % len(titles)]], 0, 10])
            prog += bytes([4, 40, 10, 0, idx["单位：万元"], 0, 10])  # newline: [op, dy, x]
            prog += bytes([4, 40, 10])
            rows, cols = 3 + rng.randrange(8), 3 + rng.randrange(3)
            style = [0, 1, 2][n % 3]  # ruled, three-line, unruled
            prog += bytes([7, rows - 1, cols - 1, 100, 120, style])
            for r in range(rows):
                for c in range(cols):
                    w = header[c % len(header)] if r == 0 else rng.choice(body)
                    prog += bytes([idx[w], 0, 10])  # a cell: index, style, advance
            prog += bytes([4, 30, 10, 0, idx["本表无数据" if n % 4 == 3 else "注："], 0, 10])
        write("fuzz_layout", bytes(prog))


def parse():
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
           b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
           b"/Resources<</Font<</F1 5 0 R>>>>>>endobj\n")
    stream = (b"BT /F1 12 Tf 72 760 Td (Table 1 Budget) Tj ET\n"
              b"0 0 0 RG 1 w 72 700 m 500 700 l S 72 680 m 500 680 l S\n"
              b"BT /F1 9 Tf 80 688 Td (201 1,343.76) Tj ET\n")
    pdf += b"4 0 obj<</Length %d>>stream\n" % len(stream) + stream + b"endstream endobj\n"
    pdf += b"5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
    pdf += b"trailer<</Root 1 0 R>>\n%%EOF\n"  # no xref: poppler reconstructs it
    write("fuzz_parse", pdf)
    write("fuzz_parse", b"<!DOCTYPE html><html><body>404 Not Found</body></html>\n")
    write("fuzz_parse", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    write("fuzz_parse", b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                        b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n")


if __name__ == "__main__":
    grammar()
    layout()
    parse()
