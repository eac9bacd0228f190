// What the lines and rows of a table hold (data, totals, numbering, notes), cell texts read
// from glyphs, and small box helpers shared by the ruled and unruled readers.
#pragma once

#include "layout/glyphs.hpp"
#include "layout/grid.hpp"
#include "layout/rulings.hpp"

#include <string>
#include <vector>

namespace budgetpdf::detail {

box union_box(const box& a, const box& b);
/// (x, y) lies in `outer`, grown by `tol` on every side.
bool inside(const box& outer, double x, double y, double tol = rule_tolerance);

/// A character of a printed figure: digits, grouping comma, decimal point, % and minus.
bool is_figure_char(char32_t c);

/// Normalized cell text: spaces between CJK characters removed.
std::u32string clean(std::u32string_view s);
std::u32string strip_all_spaces(std::u32string_view s);
/// Text of a set of glyphs read as lines top to bottom, lines joined without a separator
/// (wrapped names and wrapped numbers), vertical text in its reading order.
std::u32string read_cell(const std::vector<const glyph*>& glyphs);

/// A line with an amount or a code in one of its tokens: a data line, not a header.
bool line_has_data(const text_line& l);
/// A line with an amount in one of its tokens.
bool line_has_amount(const text_line& l);
bool row_has_data(const grid_row& r);
/// A row whose first text is a total label ("合 计"): data even when no amount is printed.
bool row_is_total(const grid_row& r);
/// The numbering row under a header ("栏次", "※", "1 2 3 …").
bool row_is_numbering(const grid_row& r);
/// A row that is only a "no data" note (本表无数据, …为空表).
bool row_is_empty_note(const grid_row& r);
bool row_is_blank(const grid_row& r);

}  // namespace budgetpdf::detail
