// A document's tables from its grids, in order: each grid interpreted, charts' axes left
// out, continuations with columns of their own joined to the table they continue, and
// repeated untitled forms titled as the first.
#pragma once

#include "layout/grid.hpp"

#include <budgetpdf/diagnostic.hpp>
#include <budgetpdf/types.hpp>

#include <vector>

namespace budgetpdf::detail {

/// The document's tables. `grids` keeps only the grids that became tables of their own
/// (parallel to the result), for the document heading.
std::vector<table> interpret_tables(std::vector<grid_table>& grids,
                                    std::vector<diagnostic>& diagnostics);

}  // namespace budgetpdf::detail
