// What each column of a grid holds: classification codes, text (names, projects, other
// text), amounts, or row numbers.
#pragma once

#include "layout/grid.hpp"

#include <vector>

namespace budgetpdf::detail {

/// `covered`: a column with nothing of its own, either without header and reached only by
/// merged cells from its left (a form's value cell spanning three columns), or under the
/// same header cell as a neighbour that has content; it belongs to no part.
enum class column_role { code, text, amount, numbering, covered };

/// One role per grid column, from its header and from what its cells hold.
std::vector<column_role> column_roles(const grid_table& grid);

}  // namespace budgetpdf::detail
