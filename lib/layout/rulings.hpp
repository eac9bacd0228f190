// Ruling lines to table grids: merge collinear pieces, group crossing lines into grids.
#pragma once

#include "pdf/page_content.hpp"

#include <vector>

namespace budgetpdf::detail {

/// A connected set of horizontal and vertical rules, i.e. one ruled table (or a box).
struct rule_grid {
  box bounds;
  std::vector<ruling> h;  ///< merged horizontal rules, sorted by y then x
  std::vector<ruling> v;  ///< merged vertical rules, sorted by x then y
  /// Distinct y of horizontal rules / x of vertical rules (clustered within tolerance).
  std::vector<double> ys, xs;

  /// Whether a horizontal rule at y (± tol) covers [x0, x1] for at least `frac` of it.
  bool h_covers(double y, double x0, double x1, double frac = 0.6) const;
  /// Whether a vertical rule at x (± tol) covers [y0, y1] for at least `frac` of it.
  bool v_covers(double x, double y0, double y1, double frac = 0.6) const;
};

/// Tolerance in points for "same line".
inline constexpr double rule_tolerance = 2.0;

/// Whether an inner vertical rule divides the grid's band `band` (between ys[band] and
/// ys[band + 1]). A frame drawn around a table's title block (number, title, 部门/单位
/// lines) as well as its header leaves the title's bands undivided.
bool band_divided(const rule_grid& grid, std::size_t band);
/// Removes the grid's top `bands` bands: their text then reads as lines outside the grid.
void drop_top_bands(rule_grid& grid, std::size_t bands);

/// `lines` without the segments that lie inside a printed word's box: strokes of glyph
/// outlines (a producer that draws bold text as its fill and, over it, its outline as
/// paths), not rulings. A border never lies inside a word.
std::vector<ruling> without_strokes_in_words(const std::vector<ruling>& lines,
                                             const std::vector<word>& words);

/// Grids with at least two horizontal and two vertical rules, and also "open" grids with
/// only horizontal rules (top/bottom rules of an unruled table) as grids with xs empty.
std::vector<rule_grid> find_grids(const std::vector<ruling>& lines);

}  // namespace budgetpdf::detail
