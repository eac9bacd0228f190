// Text a producer clipped at its cell's rules. Spreadsheet exports print a label wider than
// its cell and clip it at the cell's edges: what lies wholly beyond is not drawn (the reader
// drops it), but the glyph the rule cuts in two is, and its middle may stand beyond the
// rule. Cut by position, "(3)对个人和家庭的补助" loses 助 to the amount cell beside it,
// which then reads "助4.82" (no amount: the whole column became text), and a header label
// loses its first character to the neighbour's ("预算数支").
#pragma once

#include "layout/glyphs.hpp"
#include "layout/row_builder.hpp"
#include "layout/rulings.hpp"

#include <vector>

namespace budgetpdf::detail {

/// For every text-layer word that crosses a drawn vertical rule of `grid`, its glyphs cut
/// in two by a rule of its cell go back to that cell: the cell it is centred on where it is
/// wider than that cell on both sides (a header label centred in a narrow cell), the cell
/// against whose right rule it is set flush (a header label wider than its cell), else the
/// cell where it starts. A glyph wholly beyond the rule stays (poppler joins touching texts of
/// two cells into one word), and so does a figure ("168,441.81154,304.22"). A word of one
/// glyph (the rest of its label clipped away) cut by a rule goes to the cell where it starts
/// if a quarter of it or more stands there.
glyph_columns clipped_overflow(const rule_grid& grid, const std::vector<glyph>& glyphs);

}  // namespace budgetpdf::detail
