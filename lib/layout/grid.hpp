// What layout hands to the model stage: tables as grids of cell texts, not yet interpreted.
#pragma once

#include <budgetpdf/types.hpp>

#include <optional>
#include <string>
#include <vector>

namespace budgetpdf::detail {

/// A cell's text (words joined in reading order, normalized, CJK-internal spaces removed)
/// and where it was printed.
struct cell {
  std::u32string text;
  location at;
  std::size_t span = 1;  ///< columns covered by a merged cell (its text sits in the first)
};

/// A header column: the stacked header texts from top to leaf, and its horizontal span.
struct grid_column {
  std::vector<std::u32string> header;
  double x0 = 0, x1 = 0;
};

/// One row of a grid: one cell per grid column (empty text for an empty cell).
struct grid_row {
  std::vector<cell> cells;
  location at;
};

/// What layout understood on one page, for the debugging picture (CLI `render`).
struct page_overlay {
  std::vector<box> tables, header_cells, cells, rows;
};

/// A table region as layout understood it.
struct grid_table {
  std::u32string title;
  location title_at;  ///< where the title line is printed (page 0: no title)
  std::optional<std::u32string> number;
  unit declared_unit = unit::unknown;  ///< the unit its 单位 line declares
  std::u32string department_line;      ///< the department its 编制部门 line names, "" if none
  std::vector<int> pages;
  std::vector<grid_column> columns;
  std::vector<grid_row> rows;
  bool printed_empty = false;  ///< "本表无数据" and the like
  /// Untitled, and the first thing on its page after the table left open by the page
  /// before, but with other columns (the lower part of a form, a part whose rules differ):
  /// more of that table, read as further blocks of it.
  bool continues_previous = false;
};

}  // namespace budgetpdf::detail
