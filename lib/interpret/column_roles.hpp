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

/// Header words of code columns: "科目编码", "功能分类科目编码", "类", "款", "项", "代码",
/// "单位编码"; "款项", "类款项": the labels of code-part columns read as one where no row
/// tells them apart (an empty table without rules).
bool code_header(const std::vector<std::u32string>& header);

/// One role per grid column, from its header and from what its cells hold.
std::vector<column_role> column_roles(const grid_table& grid);

}  // namespace budgetpdf::detail
