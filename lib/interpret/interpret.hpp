// From grids of cell texts to the public tables: which columns hold codes, names, project
// names and amounts; side-by-side blocks; codes, names and exact values of every row.
#pragma once

#include "layout/grid.hpp"

#include <budgetpdf/types.hpp>

#include <vector>

namespace budgetpdf::detail {

/// Interprets one grid. Cells that do not parse become diagnostics.
table interpret_table(const grid_table& grid, std::vector<diagnostic>& diagnostics);

/// Department, year and stage from the tables and the opening lines of the document.
void fill_document_heading(document& doc, const std::vector<grid_table>& grids,
                           const std::vector<std::u32string>& first_lines);

}  // namespace budgetpdf::detail
