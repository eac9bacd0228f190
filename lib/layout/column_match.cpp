// Column geometry of a continuation against its table.
#include "layout/column_match.hpp"

#include "layout/line_kinds.hpp"

#include <algorithm>
#include <cmath>

namespace budgetpdf::detail {

namespace {

constexpr double boundary_tolerance = 3.0;  // points: one rule drawn at slightly other x

// Whether any row prints an amount in column c, for each of the first n columns: a figure
// that is no classification code (a code column's "201" reads as a number too).
std::vector<bool> columns_holding_amounts(const std::vector<grid_row>& rows, std::size_t n) {
  std::vector<bool> out(n, false);
  for (const auto& r : rows)
    for (std::size_t c = 0; c < n && c < r.cells.size(); ++c) {
      const auto& text = r.cells[c].text;
      if (!out[c] && is_amount_text(text) && !code_parts(text)) out[c] = true;
    }
  return out;
}

// For each column of `part`, the first of the table's columns from the one whose left
// boundary it shares to the one whose right boundary it shares, in order; a run of more
// than one only where may_span(part column, first, last) allows it.
template <class MaySpan>
std::optional<std::vector<std::size_t>> match_boundaries(const std::vector<grid_column>& part,
                                                         const std::vector<grid_column>& table,
                                                         MaySpan may_span) {
  if (part.empty() || part.size() > table.size()) return std::nullopt;
  std::vector<std::size_t> map;
  std::size_t next = 0;
  for (std::size_t c = 0; c < part.size(); ++c) {
    while (next < table.size() && std::abs(table[next].x0 - part[c].x0) > boundary_tolerance)
      ++next;
    std::size_t last = next;
    while (last < table.size() && std::abs(table[last].x1 - part[c].x1) > boundary_tolerance)
      ++last;
    if (last >= table.size() || (last > next && !may_span(c, next, last))) return std::nullopt;
    map.push_back(next);
    next = last + 1;
  }
  return map;
}

}  // namespace

std::optional<std::vector<std::size_t>> match_columns(const std::vector<grid_column>& part,
                                                      const std::vector<grid_column>& table) {
  return match_boundaries(part, table, [](std::size_t, std::size_t, std::size_t) { return false; });
}

std::optional<std::vector<std::size_t>> match_column_runs(const grid_table& part,
                                                          const grid_table& table) {
  // Only labels merge: a run holds no amount on either side. Counted once, when asked.
  std::optional<std::vector<bool>> part_amounts, table_amounts;
  const auto labels_only = [&](std::size_t c, std::size_t first, std::size_t last) {
    if (!part_amounts) {
      part_amounts = columns_holding_amounts(part.rows, part.columns.size());
      table_amounts = columns_holding_amounts(table.rows, table.columns.size());
    }
    const auto amounts = table_amounts->begin();
    return !(*part_amounts)[c] &&
           std::none_of(amounts + long(first), amounts + long(last) + 1, [](bool b) { return b; });
  };
  return match_boundaries(part.columns, table.columns, labels_only);
}

void map_row_cells(std::vector<grid_row>& rows, const std::vector<std::size_t>& map,
                   std::size_t table_columns) {
  for (auto& r : rows) {
    std::vector<cell> cells(table_columns);
    for (std::size_t i = 0; i < r.cells.size() && i < map.size(); ++i)
      cells[map[i]] = std::move(r.cells[i]);
    for (auto& c : cells)
      if (c.at.page == 0) c.at = {r.at.page, {}};
    r.cells = std::move(cells);
  }
}

}  // namespace budgetpdf::detail
