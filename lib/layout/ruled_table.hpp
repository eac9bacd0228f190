// Reads a ruled table: merged cells from missing rules, header paths from the bands above
// the first data row, rows band by band.
#pragma once

#include "layout/glyphs.hpp"
#include "layout/grid.hpp"
#include "layout/rulings.hpp"

#include <vector>

namespace budgetpdf::detail {

/// Fills `table`'s columns and rows (appending rows) from the glyphs inside `grid`, and
/// records header cells and cells in `overlay`. `continued`: the table this grid may
/// continue from the page before (its header need not be repeated), or null.
void read_ruled_table(const rule_grid& grid, const std::vector<glyph>& glyphs, int page,
                      const grid_table* continued, grid_table& table, page_overlay& overlay);

}  // namespace budgetpdf::detail
