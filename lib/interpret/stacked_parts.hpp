// Forms that change their columns partway down: one grid, several stacked parts.
#pragma once

#include "layout/grid.hpp"

#include <vector>

namespace budgetpdf::detail {

/// The grid cut at each inner header row: a row of short labels, no amounts, printed in a
/// column that held amounts above it (绩效目标表: a row of amounts under 预算支出总额 /
/// 财政拨款 …, then 活动 | 绩效指标 | 指标值 … heading rows of text). The rows below such a
/// row take its cells as their column headers. A grid without one comes back whole. Not an
/// inner header: a row that repeats the grid's own header leaves, or one whose labels recur
/// in their columns (data such as 产出指标 | 定性 | 优).
std::vector<grid_table> stacked_parts(const grid_table& grid);

}  // namespace budgetpdf::detail
