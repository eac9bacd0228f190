// Whether the columns of a table's part on a later page line up with the table's columns:
// the same boundaries, or a run of them (a page whose left columns are merged cells that
// continue from the page before draws no grid there).
#pragma once

#include "layout/grid.hpp"

#include <optional>
#include <vector>

namespace budgetpdf::detail {

/// For each column of `part`, the column of `table` with the same left and right
/// boundaries (within a few points), in order; nullopt unless every column has one.
std::optional<std::vector<std::size_t>> match_columns(const std::vector<grid_column>& part,
                                                      const std::vector<grid_column>& table);

/// As match_columns, where a column of `part` may also span a run of the table's columns
/// (a total label merged over the code and name columns, on a page whose grid holds only
/// that row): it maps to the run's first column. Only label columns merge so: neither the
/// part's column nor any of the run's holds an amount in any row.
std::optional<std::vector<std::size_t>> match_column_runs(const grid_table& part,
                                                          const grid_table& table);

/// The rows of a part re-cut to the table's columns by `map` (empty cells elsewhere).
void map_row_cells(std::vector<grid_row>& rows, const std::vector<std::size_t>& map,
                   std::size_t table_columns);

}  // namespace budgetpdf::detail
