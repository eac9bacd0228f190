// Columns of a table without vertical rules, from its header tokens and the x-spans of its
// body text: header leaves mark columns even where no row has a value in them, and group
// headers ("公务用车购置及运行维护费" over three leaves) become upper header levels.
#pragma once

#include "layout/glyphs.hpp"
#include "layout/grid.hpp"
#include "layout/row_builder.hpp"

#include <utility>
#include <vector>

namespace budgetpdf::detail {

struct unruled_layout {
  std::vector<grid_column> columns;  ///< with header paths, left to right
  column_bounds bounds;              ///< columns.size() + 1 cut positions
};

/// An x-interval covered by body text. `figures`: digits and marks only (codes, amounts,
/// percentages: set flush right, centred, or flush left as typed text), where names and
/// other text are set from the left. `code`: classification codes only. `set`, for figures
/// other than codes: how they stand in their column (read_unruled_table tells it from the
/// figures' widths, the table's other columns, or the columns' pitch; flush right where
/// none tells).
struct body_span {
  enum class alignment { flush_right, centred, flush_left };
  double x0, x1;
  bool figures;
  bool code = false;
  /// For a code span: the digit runs it was joined from, overlapping runs of several rows
  /// merged ("201" "01" "08": parts printed a space apart, in one column or three).
  std::vector<std::pair<double, double>> runs = {};
  alignment set = alignment::flush_right;
  /// Figures set flush left: they start where their column does, as text.
  bool flush_left() const { return figures && set == alignment::flush_left; }
};

/// `body_spans`: the body's spans, merged where they overlap, sorted.
unruled_layout unruled_columns(const std::vector<const text_line*>& header,
                               const std::vector<body_span>& body_spans);

}  // namespace budgetpdf::detail
