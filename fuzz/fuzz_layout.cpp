// Fuzz target: the layout engine and the interpretation of its grids, fed synthetic pages.
//
// The input bytes are a program that draws 1-3 pages the way the PDF stage hands them on
// (lib/pdf/page_content.hpp): words with word and glyph boxes, font size, baseline and
// rotation, and axis-aligned ruling lines. A cursor moves over the page; words come from a
// dictionary of what budget tables print (titles, unit lines, headers, codes, names,
// amounts, totals) or from raw bytes, so the fuzzer reaches table detection quickly, and
// ruled grids can be drawn in one step. Everything respects the invariants pdf_reader
// guarantees (one glyph box per character, x0 <= x1 and y0 <= y1, horizontal rulings with
// y0 == y1), and nothing else: positions, sizes and overlaps are arbitrary.
#include "interpret/interpret.hpp"
#include "layout/glyphs.hpp"
#include "layout/layout_engine.hpp"
#include "text/normalize.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace budgetpdf;
using namespace budgetpdf::detail;

namespace {

/// Reads the input front to back; past its end every read gives 0.
class byte_reader {
 public:
  byte_reader(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
  bool done() const { return pos_ >= size_; }
  std::uint8_t byte() { return pos_ < size_ ? data_[pos_++] : 0; }
  unsigned u16() { return unsigned(byte()) << 8 | byte(); }
  /// A value in [lo, hi] in steps of (hi - lo) / 255.
  double range(double lo, double hi) { return lo + (hi - lo) * byte() / 255.0; }
  std::string_view bytes(std::size_t n) {
    n = std::min(n, size_ - std::min(pos_, size_));
    std::string_view s(reinterpret_cast<const char*>(data_ + pos_), n);
    pos_ += n;
    return s;
  }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t pos_ = 0;
};

// What the cells and lines of budget tables print (see samples/ and tests/grammar/).
constexpr std::u32string_view dictionary[] = {
    U"表1",
    U"表 2",
    U"部门收支总体情况表",
    U"表1 部门收支总体情况表",
    U"预算01表",
    U"公开01表 部门收支总表",
    U"（预算表3）一般公共预算支出表",
    U"2025年部门收入预算总表",
    U"编制部门：某某区教育局",
    U"单位：万元",
    U"单位：元",
    U"金额单位：万元",
    U"（单位：万元）",
    U"科目编码",
    U"科目名称",
    U"功能分类科目",
    U"经济分类科目",
    U"类",
    U"款",
    U"项",
    U"合计",
    U"总计",
    U"小计",
    U"本年收入合计",
    U"本年支出合计",
    U"收入总计",
    U"支出总计",
    U"项目",
    U"预算数",
    U"决算数",
    U"年初预算数",
    U"基本支出",
    U"项目支出",
    U"人员经费",
    U"公用经费",
    U"一般公共预算财政拨款收入",
    U"政府性基金预算",
    U"栏次",
    U"※",
    U"1",
    U"2",
    U"3",
    U"4=5+6",
    U"201",
    U"01",
    U"06",
    U"20106",
    U"2010601",
    U"2040601-行政运行",
    U"30101 基本工资",
    U"301",
    U"30101",
    U"3021101",
    U"行政运行",
    U"一般行政管理事务",
    U"教育支出",
    U"一、本年收入",
    U"（一）",
    U"1.",
    U"①",
    U"其中：",
    U"1,343.76",
    U"0.00",
    U"-",
    U"—",
    U"--",
    U"-3.50",
    U"16,231,840.80",
    U"29,569.515638",
    U"168,441",
    U".81",
    U"16.70%",
    U"1,34.5",
    U"12.3.4",
    U"本表无数据",
    U"故本表为空",
    U"注：",
    U"说明",
    U"库尔勒市希望街道办事处2024年部门预算",
    U"2026年上海市财政局部门预算",
    U"部门决算",
    U"合 计",
    U"科 目 名 称",
    U"（",
    U"）",
    U"2024年",
};
constexpr std::size_t dictionary_size = sizeof(dictionary) / sizeof(dictionary[0]);

constexpr std::size_t max_words = 3000;  // per input: keeps each run short
constexpr std::size_t max_lines = 3000;

struct drawing {
  std::vector<page_content> pages;
  double x = 40, y = 40;  // the cursor: where the next word starts (top-left)
  double font = 9;
  int rotation = 0;
  std::size_t words = 0, lines = 0;

  page_content& page() { return pages.back(); }

  void new_page(byte_reader& in) {
    page_content p;
    p.number = int(pages.size()) + 1;
    const std::uint8_t shape = in.byte();
    p.rotate = (shape & 3) * 90;
    p.width = (shape & 4) ? 842 : 595;
    p.height = (shape & 4) ? 595 : 842;
    if (shape & 8) std::swap(p.width, p.height);
    p.has_images = (shape & 16) != 0;
    p.truncated = (shape & 32) != 0;
    pages.push_back(std::move(p));
    x = 40;
    y = 40;
  }

  void add_word(byte_reader& in, std::u32string text) {
    if (text.empty() || words >= max_words) return;
    ++words;
    word w;
    w.rotation = rotation;
    w.font_size = font;
    const std::uint8_t style = in.byte();
    // Advance per glyph: CJK full width, others half; letter spacing from the style byte.
    const double spacing = (style & 3) == 3 ? font * 0.4 : 0;
    const bool jitter = (style & 4) != 0;
    const bool vertical = rotation % 2 == 1;
    double along = 0;
    for (char32_t c : text) {
      const double advance = c < 0x2E80 ? font * 0.5 : font;
      double jit = jitter ? in.range(-0.3, 0.3) * font : 0;
      box g;
      if (!vertical) {
        g = {x + along, y, x + along + advance + std::min(0.0, jit), y + font};
      } else {
        g = {x, y + along, x + font, y + along + advance + std::min(0.0, jit)};
      }
      if (g.x1 < g.x0) g.x1 = g.x0;
      if (g.y1 < g.y0) g.y1 = g.y0;
      w.glyphs.push_back(g);
      along += advance + spacing;
    }
    if (rotation == 2 || rotation == 3) std::reverse(w.glyphs.begin(), w.glyphs.end());
    w.where = w.glyphs.front();
    for (const box& g : w.glyphs) {
      w.where.x0 = std::min(w.where.x0, g.x0);
      w.where.y0 = std::min(w.where.y0, g.y0);
      w.where.x1 = std::max(w.where.x1, g.x1);
      w.where.y1 = std::max(w.where.y1, g.y1);
    }
    w.baseline = vertical ? w.where.x0 + font * 0.5 : w.where.y1 - font * 0.12;
    w.text = std::move(text);
    if (vertical) {
      y += along + font * 0.5;
    } else {
      x += along + in.range(0.5, 60);
    }
    page().words.push_back(std::move(w));
  }

  void add_ruling(double x0, double y0, double x1, double y1, std::uint8_t style) {
    if (lines >= max_lines) return;
    ++lines;
    ruling r;
    if (style & 1) {  // horizontal
      r.x0 = std::min(x0, x1);
      r.x1 = std::max(x0, x1);
      r.y0 = r.y1 = y0;
    } else {
      r.y0 = std::min(y0, y1);
      r.y1 = std::max(y0, y1);
      r.x0 = r.x1 = x0;
    }
    r.thickness = (style >> 1 & 3) * 0.5;
    r.kind = static_cast<ruling::source>((style >> 3) % 3);
    page().lines.push_back(r);
  }

  /// A ruled grid of `rows` x `cols` cells from the cursor, cells filled from the dictionary.
  void add_grid(byte_reader& in) {
    const int rows = 1 + in.byte() % 12, cols = 1 + in.byte() % 8;
    const double row_h = in.range(10, 30), col_w = in.range(20, 120);
    const std::uint8_t style = in.byte();
    const double x0 = x, y0 = y, x1 = x0 + cols * col_w, y1 = y0 + rows * row_h;
    for (int r = 0; r <= rows; ++r) {
      if ((style & 1) && r > 0 && r < rows) continue;  // three-line style: outer rules only
      add_ruling(x0, y0 + r * row_h, x1, y0 + r * row_h, 1);
    }
    if (!(style & 2)) {
      for (int c = 0; c <= cols; ++c) add_ruling(x0 + c * col_w, y0, x0 + c * col_w, y1, 0);
    }
    const int saved_rotation = rotation;
    rotation = 0;
    for (int r = 0; r < rows && !in.done(); ++r) {
      for (int c = 0; c < cols && !in.done(); ++c) {
        const std::uint8_t pick = in.byte();
        if (pick >= 2 * dictionary_size) continue;  // an empty cell
        x = x0 + c * col_w + 2;
        y = y0 + r * row_h + (row_h - font) / 2;
        add_word(in, std::u32string(dictionary[pick % dictionary_size]));
      }
    }
    rotation = saved_rotation;
    x = x0;
    y = y1 + font;
  }
};

drawing draw(byte_reader& in) {
  drawing d;
  d.new_page(in);
  while (!in.done()) {
    const std::uint8_t op = in.byte();
    switch (op % 10) {
      case 0:
      case 1:
      case 2:  // a word from the dictionary
        d.add_word(in, std::u32string(dictionary[in.byte() % dictionary_size]));
        break;
      case 3: {  // a word from raw bytes, normalized as the PDF stage does
        const std::string_view raw = in.bytes(in.byte() % 16);
        d.add_word(in, normalize_text(to_u32(raw)));
        break;
      }
      case 4:  // next line
        d.y += d.font * in.range(1.0, 3.0);
        d.x = in.range(0, 120);
        break;
      case 5:  // move anywhere, even off the page
        d.x = in.range(-20, d.page().width + 20);
        d.y = in.range(-20, d.page().height + 20);
        break;
      case 6: {  // one ruling at the cursor
        const std::uint8_t style = in.byte();
        const double length = in.range(0, 700);
        d.add_ruling(d.x, d.y, (style & 1) ? d.x + length : d.x, (style & 1) ? d.y : d.y + length,
                     style);
        break;
      }
      case 7:
        d.add_grid(in);
        break;
      case 8: {  // font size and writing direction
        const std::uint8_t f = in.byte();
        d.font = 3 + f % 24;
        d.rotation = (f & 0xC0) == 0xC0 ? 1 + ((f >> 5) & 1) * 2 : 0;
        break;
      }
      default:
        if (d.pages.size() < 3) d.new_page(in);
        break;
    }
  }
  return d;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 16384) return 0;
  byte_reader in(data, size);
  drawing d = draw(in);

  // The pipeline of parse_memory (lib/api/parse.cpp) from layout on.
  layout_engine engine;
  std::vector<std::u32string> first_lines;
  for (const page_content& page : d.pages) {
    if (page.words.empty()) continue;
    auto glyphs = flatten_glyphs(page);
    std::vector<const glyph*> ptrs;
    for (const auto& g : glyphs)
      if (!g.vertical) ptrs.push_back(&g);
    for (const auto& l : build_lines(ptrs)) first_lines.push_back(remove_cjk_spaces(l.text));
    engine.add_page(page);
  }
  const std::vector<grid_table> grids = engine.finish();
  (void)engine.overlays();
  document doc;
  doc.page_count = int(d.pages.size());
  for (auto& diag : engine.diagnostics()) doc.diagnostics.push_back(std::move(diag));
  for (const auto& g : grids) doc.tables.push_back(interpret_table(g, doc.diagnostics));
  fill_document_heading(doc, grids, first_lines);
  static const bool verbose = std::getenv("BUDGETPDF_FUZZ_VERBOSE") != nullptr;
  if (verbose) {
    std::size_t rows = 0;
    for (const auto& t : doc.tables)
      for (const auto& b : t.blocks) rows += b.rows.size();
    std::fprintf(stderr, "fuzz_layout: %zu pages, %zu words, %zu rulings -> %zu tables, %zu rows\n",
                 d.pages.size(), d.words, d.lines, doc.tables.size(), rows);
  }
  return 0;
}
