// Reads a table without vertical rules from its text lines: header lines down to the first
// line with data, columns from header labels and body text, rows from data lines with
// wrapped names and wrapped numbers joined.
#pragma once

#include "layout/glyphs.hpp"
#include "layout/grid.hpp"

#include <vector>

namespace budgetpdf::detail {

/// Fills `table`'s columns and rows (appending rows) from `lines`, top to bottom.
/// `has_data`: some line holds an amount or a code (else a bare 合计 row ends the header).
/// `continued`: the table this page continues, whose columns are kept, or null.
/// `rule_ys`: heights of horizontal rules drawn across the lines' width, top to bottom.
void read_unruled_table(const std::vector<const text_line*>& lines, bool has_data,
                        const grid_table* continued, const std::vector<double>& rule_ys, int page,
                        grid_table& table, page_overlay& overlay);

}  // namespace budgetpdf::detail
