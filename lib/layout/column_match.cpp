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

}  // namespace

std::optional<std::vector<std::size_t>> match_columns(const std::vector<grid_column>& part,
                                                      const std::vector<grid_column>& table) {
  if (part.empty() || part.size() > table.size()) return std::nullopt;
  std::vector<std::size_t> map;
  std::size_t next = 0;
  for (const auto& c : part) {
    while (next < table.size() && std::abs(table[next].x0 - c.x0) > boundary_tolerance) ++next;
    if (next == table.size() || std::abs(table[next].x1 - c.x1) > boundary_tolerance)
      return std::nullopt;
    map.push_back(next++);
  }
  return map;
}

std::optional<std::vector<std::size_t>> match_column_runs(const grid_table& part,
                                                          const grid_table& table) {
  const auto& cols = part.columns;
  if (cols.empty() || cols.size() > table.columns.size()) return std::nullopt;
  const auto part_amounts = columns_holding_amounts(part.rows, cols.size());
  const auto table_amounts = columns_holding_amounts(table.rows, table.columns.size());
  std::vector<std::size_t> map;
  std::size_t next = 0;
  for (std::size_t c = 0; c < cols.size(); ++c) {
    const auto& tc = table.columns;
    while (next < tc.size() && std::abs(tc[next].x0 - cols[c].x0) > boundary_tolerance) ++next;
    std::size_t last = next;
    while (last < tc.size() && std::abs(tc[last].x1 - cols[c].x1) > boundary_tolerance) ++last;
    if (last >= tc.size()) return std::nullopt;
    // Only labels merge: a run holds no amount on either side.
    if (last > next && (part_amounts[c] || std::any_of(table_amounts.begin() + long(next),
                                                       table_amounts.begin() + long(last) + 1,
                                                       [](bool b) { return b; })))
      return std::nullopt;
    map.push_back(next);
    next = last + 1;
  }
  return map;
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
