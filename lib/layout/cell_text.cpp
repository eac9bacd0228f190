// What the lines and rows of a table hold, and cell texts read from glyphs.
#include "layout/cell_text.hpp"

#include "grammar/cell_grammar.hpp"
#include "layout/line_kinds.hpp"
#include "text/normalize.hpp"

#include <algorithm>
#include <cmath>

namespace budgetpdf::detail {

bool is_figure_char(char32_t c) {
  return (c >= U'0' && c <= U'9') || c == U',' || c == U'.' || c == U'%' || c == U'-';
}

box union_box(const box& a, const box& b) {
  return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

bool inside(const box& outer, double x, double y, double tol) {
  return x >= outer.x0 - tol && x <= outer.x1 + tol && y >= outer.y0 - tol && y <= outer.y1 + tol;
}

std::u32string clean(std::u32string_view s) { return remove_cjk_spaces(s); }

std::u32string strip_all_spaces(std::u32string_view s) {
  std::u32string out;
  for (char32_t c : s)
    if (c != U' ') out.push_back(c);
  return out;
}

// Text of a set of glyphs read as lines top to bottom, lines joined without a separator
// (wrapped names and wrapped numbers), CJK-internal spaces removed.
std::u32string read_cell(const std::vector<const glyph*>& glyphs) {
  std::vector<const glyph*> horizontal, vertical;
  for (const glyph* g : glyphs) (g->vertical ? vertical : horizontal).push_back(g);
  std::u32string text;
  for (const auto& line : build_lines(horizontal)) text += line.text;
  if (!vertical.empty()) {
    std::stable_sort(vertical.begin(), vertical.end(), [](const glyph* a, const glyph* b) {
      if (std::abs(a->cx() - b->cx()) > 0.5 * a->size) return a->cx() < b->cx();
      // Rotation 3 reads bottom-up, rotation 1 top-down.
      return a->rotation == 3 ? a->cy() > b->cy() : a->cy() < b->cy();
    });
    for (const glyph* g : vertical) text.push_back(g->ch);
  }
  return clean(text);
}

// A line with an amount or a code in one of its tokens: a data line, not a header.
bool line_has_data(const text_line& l) {
  for (const auto& t : split_tokens(l)) {
    auto s = clean(t.text);
    if ((is_amount_text(s) && !is_decimal_tail(s)) || starts_with_code(s)) return true;
  }
  return false;
}

bool line_has_amount(const text_line& l) {
  for (const auto& t : split_tokens(l)) {
    auto s = clean(t.text);
    if (is_amount_text(s) && !is_decimal_tail(s)) return true;
  }
  return false;
}

bool row_has_data(const grid_row& r) {
  for (const auto& c : r.cells)
    if (!c.text.empty() &&
        ((is_amount_text(c.text) && !is_decimal_tail(c.text)) || starts_with_code(c.text)))
      return true;
  return false;
}

// A row whose first text is a total label ("合 计"): data even when no amount is printed.
bool row_is_total(const grid_row& r) {
  for (const auto& c : r.cells)
    if (!c.text.empty()) return is_total_label(strip_all_spaces(c.text));
  return false;
}

bool row_is_numbering(const grid_row& r) {
  std::vector<std::u32string> cells;
  for (const auto& c : r.cells) cells.push_back(c.text);
  return is_numbering_cells(cells);
}

// A row that is only a "no data" note (本表无数据, …为空表).
bool row_is_empty_note(const grid_row& r) {
  std::u32string all;
  for (const auto& c : r.cells) all += c.text;
  const auto bare = strip_all_spaces(all);
  // 无 alone in a row (often one cell across the table) says the table has no data.
  return !all.empty() && !row_has_data(r) && (is_empty_note(bare) || bare == U"无");
}

bool row_is_blank(const grid_row& r) {
  return std::all_of(r.cells.begin(), r.cells.end(), [](const cell& c) { return c.text.empty(); });
}

}  // namespace budgetpdf::detail
