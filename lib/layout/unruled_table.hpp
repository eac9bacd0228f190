// Reads a table without vertical rules from its text lines: header lines down to the first
// line with data, columns from header labels and body text, rows from data lines with
// wrapped names and wrapped numbers joined.
#pragma once

#include "layout/glyphs.hpp"
#include "layout/grid.hpp"

#include <array>
#include <vector>

namespace budgetpdf::detail {

/// How the figures of a document's tables without vertical rules stand in their columns:
/// the amount columns whose figures' widths told it so far, by body_span::alignment (flush
/// right, centred, flush left). A document is printed in one house style, so a table whose
/// figures do not tell (one row of figures of one width) is read as most columns before it.
struct figure_settings {
  std::array<int, 3> columns{};
};

/// Fills `table`'s columns and rows (appending rows) from `lines`, top to bottom.
/// `has_data`: some line holds an amount or a code (else a bare 合计 row ends the header).
/// `continued`: the table this page continues, whose columns are kept, or null.
/// `rule_ys`: heights of horizontal rules drawn across the lines' width, top to bottom.
/// `document_figures`: how the document's tables read before set their figures; counts
/// this table's too.
void read_unruled_table(const std::vector<const text_line*>& lines, bool has_data,
                        const grid_table* continued, const std::vector<double>& rule_ys, int page,
                        figure_settings& document_figures, grid_table& table,
                        page_overlay& overlay);

}  // namespace budgetpdf::detail
