// Rows from lines of a table without rules: tables printed as parts side by side group
// their lines into rows part by part.
#include "layout/row_builder.hpp"
#include "layout/glyphs.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <deque>
#include <string>
#include <vector>

using namespace budgetpdf::detail;

namespace {

// Glyphs of one run of text set from x on the line whose top is y: Chinese characters a
// font size wide, figures about half of it.
struct page_text {
  std::deque<glyph> glyphs;
  void put(const std::u32string& text, double x, double y, double size = 9) {
    for (char32_t ch : text) {
      const double w = ch < 0x2E80 ? 0.55 * size : size;
      glyph g;
      g.ch = ch;
      g.where = {x, y, x + w, y + size};
      g.size = size;
      glyphs.push_back(g);
      x += w;
    }
  }
  std::vector<text_line> lines() const {
    std::vector<const glyph*> all;
    for (const auto& g : glyphs) all.push_back(&g);
    return build_lines(all);
  }
};

// UTF-8 by hand: the test needs no library for it.
std::string utf8(const std::u32string& s) {
  std::string out;
  for (char32_t ch : s) {
    if (ch < 0x80) {
      out += char(ch);
    } else if (ch < 0x800) {
      out += char(0xC0 | (ch >> 6));
      out += char(0x80 | (ch & 0x3F));
    } else {
      out += char(0xE0 | (ch >> 12));
      out += char(0x80 | ((ch >> 6) & 0x3F));
      out += char(0x80 | (ch & 0x3F));
    }
  }
  return out;
}

// Text of each row, its cells joined with '|'.
std::vector<std::string> row_texts(const std::vector<grid_row>& rows) {
  std::vector<std::string> out;
  for (const auto& r : rows) {
    std::u32string s;
    for (std::size_t c = 0; c < r.cells.size(); ++c) s += (c ? U"|" : U"") + r.cells[c].text;
    out.push_back(utf8(s));
  }
  return out;
}

}  // namespace

TEST_CASE("a name wrapped in one part beside one-line rows of the other is one row") {
  // 人员经费 | 公用经费, each name | amount. The right part's 30231 wraps its name over two
  // lines, its figure centred between them, on the line of the left part's next row.
  page_text p;
  p.put(U"30211-差旅费", 10, 100);
  p.put(U"26.76", 120, 100);
  p.put(U"30302-退休费", 10, 122);
  p.put(U"67.22", 120, 122);
  p.put(U"30231-公务用车运行维护", 170, 117);
  p.put(U"27.67", 290, 122);
  p.put(U"费", 170, 127);
  const auto lines = p.lines();
  const column_bounds bounds{0, 110, 160, 280, 330};
  const auto parts = rows_from_lines(lines, bounds, 1, 0, nullptr, false, {0, 2});
  CHECK(row_texts(parts) == std::vector<std::string>{"30211-差旅费|26.76||",
                                                     "||30231-公务用车运行维护费|27.67",
                                                     "30302-退休费|67.22||"});
  // Read across the whole line, the figure's line is a row of the left part: the right
  // part's figure lands there, away from its code.
  const auto whole = rows_from_lines(lines, bounds, 1, 0);
  CHECK(row_texts(whole) != row_texts(parts));
}

TEST_CASE("words on a line that is a row of the other part start a row") {
  // A 收支总表: 年末结转结余 prints no figure, beside 上年结转结余 and its figure; the totals'
  // row below stands nearer than the rows above do.
  page_text p;
  p.put(U"本年收入合计", 10, 100);
  p.put(U"100.00", 120, 100);
  p.put(U"本年支出合计", 170, 100);
  p.put(U"120.00", 290, 100);
  p.put(U"上年结转结余", 10, 120);
  p.put(U"20.00", 120, 120);
  p.put(U"年末结转结余", 170, 120);
  p.put(U"收入总计", 10, 134);
  p.put(U"120.00", 120, 134);
  p.put(U"支出总计", 170, 134);
  p.put(U"120.00", 290, 134);
  const column_bounds bounds{0, 110, 160, 280, 330};
  const auto rows = rows_from_lines(p.lines(), bounds, 1, 0, nullptr, false, {0, 2});
  CHECK(row_texts(rows) == std::vector<std::string>{"本年收入合计|100.00|本年支出合计|120.00",
                                                    "上年结转结余|20.00|年末结转结余|",
                                                    "收入总计|120.00|支出总计|120.00"});
}

TEST_CASE("a code part wrapped by the character in a narrow column keeps a ruled band one row") {
  // Columns: name 0..100 | 类 100..118 | 款 118..132 | 合计 132..200. The name wraps, the
  // 类 "502" reads "50" over "2", the 款 "99" "9" over "9"; the figure is on the last line.
  page_text p;
  p.put(U"2130135农业生态资源", 2, 100);
  p.put(U"50", 104, 100);
  p.put(U"9", 122, 100);
  p.put(U"保护", 2, 112);
  p.put(U"2", 106, 112);
  p.put(U"9", 122, 112);
  p.put(U"92.17", 170, 112);
  const column_bounds bounds{0, 100, 118, 132, 200};
  const auto lines = p.lines();
  CHECK_FALSE(holds_several_rows(lines, bounds, nullptr));
  // Two rows' 款 parts ("01" over "02") join to no code: the band holds two rows.
  page_text q;
  q.put(U"01", 120, 100);
  q.put(U"02", 120, 112);
  CHECK(holds_several_rows(q.lines(), column_bounds{0, 100, 118, 140, 200}, nullptr));
}

TEST_CASE("labels centred a little off each other do not chain a label's lines into one") {
  // A header a size larger than the body (11.7 pt): 因公出国 / （境）费 wrapped in their cell,
  // 合计 centred between those lines in the cell before, 公务用车 / 运行维护 in the cell
  // after, each a few points off the others. The bands overlap one after the other.
  // (Positions of a 三公 table's header: 合计 | 因公出国（境）费 | 小计 | 公务用车购置费 |
  // 公务用车运行维护费 | 公务接待费, in cells of one to three lines.)
  page_text p;
  p.put(U"合计", 62, 153.4, 11.7);
  p.put(U"因公出国", 113, 146.2, 11.7);
  p.put(U"（境）费", 113, 160.5, 11.7);
  p.put(U"小计", 188, 163.5, 11.7);
  p.put(U"公务用车", 240, 156.4, 11.7);
  p.put(U"购置费", 245, 170.6, 11.7);
  p.put(U"公务用车", 303, 149.2, 11.7);
  p.put(U"运行维护", 303, 163.5, 11.7);
  p.put(U"费", 320, 177.8, 11.7);
  p.put(U"公务接待", 366, 146.2, 11.7);
  p.put(U"费", 383, 160.5, 11.7);
  std::vector<std::string> texts;
  for (const auto& l : p.lines()) texts.push_back(utf8(l.text));
  CAPTURE(texts.size());
  // Each label's two lines stay apart, in order: no line holds both halves of one.
  for (const auto& t : texts) {
    CHECK_FALSE(
        (t.find("因公出国") != std::string::npos && t.find("（境）费") != std::string::npos));
    CHECK_FALSE(
        (t.find("公务用车") != std::string::npos && t.find("运行维护") != std::string::npos));
  }
  const auto has = [&texts](const std::string& word) {
    return std::any_of(texts.begin(), texts.end(),
                       [&](const std::string& t) { return t.find(word) != std::string::npos; });
  };
  CHECK(has("因公出国"));
  CHECK(has("（境）费"));
  CHECK(has("运行维护"));
}
