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

/// `body_spans`: x-intervals covered by body text, merged where they overlap, sorted.
/// `text_of` cleans a token's text (CJK spaces removed).
unruled_layout unruled_columns(const std::vector<const text_line*>& header,
                               const std::vector<std::pair<double, double>>& body_spans);

}  // namespace budgetpdf::detail
