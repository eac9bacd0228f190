// Glyph-level view of a page: words cut into single characters with their boxes, so that
// cells can be formed by position even where poppler glued two cells into one word.
#pragma once

#include "pdf/page_content.hpp"

#include <string>
#include <vector>

namespace budgetpdf::detail {

struct glyph {
  char32_t ch = 0;
  box where;
  double size = 0;  ///< font size, for gap thresholds
  bool vertical = false;
  int rotation = 0;  ///< of the word: 1 reads top-down, 3 bottom-up
  int word = -1;     ///< index of the text-layer word it came from (-1: unknown)
  double cx() const { return (where.x0 + where.x1) / 2; }
  double cy() const { return (where.y0 + where.y1) / 2; }
};

/// All glyphs of the page. Words whose glyph boxes do not match their text are spread
/// evenly over the word box.
std::vector<glyph> flatten_glyphs(const page_content& page);

/// Joins glyphs (already in reading order for one line) into text, with one space where
/// the gap between two glyphs is wider than `gap_factor` × font size.
std::u32string join_glyphs(const std::vector<const glyph*>& line, double gap_factor = 0.45);

/// A line of text: glyphs whose vertical extents overlap, sorted left to right.
struct text_line {
  std::vector<const glyph*> glyphs;
  double y0 = 0, y1 = 0;
  double x0 = 0, x1 = 0;
  std::u32string text;  ///< joined with spaces at gaps
  double cy() const { return (y0 + y1) / 2; }
};

/// Groups horizontal glyphs into lines by vertical overlap (not top edge: a number and a
/// Chinese name on one row have different tops). Lines come out top to bottom.
std::vector<text_line> build_lines(const std::vector<const glyph*>& glyphs);

/// A run of glyphs in one line with no gap wider than `gap_factor` × font size.
struct token {
  std::vector<const glyph*> glyphs;
  box where;
  std::u32string text;
};
/// With `split_digit_text`, a smaller gap also splits where digits meet other text (0.15 ×
/// font size: "208 社会保障", a code column beside a name column) or other digits (0.2 ×:
/// two figures one space apart in narrow columns).
std::vector<token> split_tokens(const text_line& line, double gap_factor = 0.9,
                                bool split_digit_text = false);

}  // namespace budgetpdf::detail
