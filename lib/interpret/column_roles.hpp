// What each column of a grid holds: classification codes, text (names, projects, other
// text), amounts, or row numbers.
#pragma once

#include "layout/grid.hpp"

#include <vector>

namespace budgetpdf::detail {

enum class column_role { code, text, amount, numbering };

/// One role per grid column, from its header and from what its cells hold.
std::vector<column_role> column_roles(const grid_table& grid);

}  // namespace budgetpdf::detail
