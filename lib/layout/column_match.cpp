// Column geometry of a continuation against its table.
#include "layout/column_match.hpp"

#include <cmath>

namespace budgetpdf::detail {

namespace {

constexpr double boundary_tolerance = 3.0;  // points: one rule drawn at slightly other x

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
