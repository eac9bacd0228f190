// Stacked parts of a form: where an inner header row gives the rows below new columns.
#include "interpret/stacked_parts.hpp"

#include "grammar/cell_grammar.hpp"

#include <algorithm>
#include <utility>

namespace budgetpdf::detail {

namespace {

bool is_amount(const std::u32string& text) {
  const auto cell = parse_amount_cell(text);
  return cell && cell->value;
}

// A column label: short, no digit (amounts, codes, years and 表N all have one) but in a
// bracketed remark (分值权重（90分）), not 合计.
bool label_like(const std::u32string& text) {
  if (text.empty() || text.size() > 12 || is_total_label(text) || parse_amount_cell(text))
    return false;
  int depth = 0;
  for (char32_t c : text) {
    if (c == U'（' || c == U'(') ++depth;
    if (c == U'）' || c == U')') depth = std::max(0, depth - 1);
    if (depth == 0 && ((c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'))) return false;
  }
  return true;
}

bool repeats_header(const grid_table& grid, const grid_row& row) {
  int same = 0, labels = 0;
  for (std::size_t c = 0; c < row.cells.size() && c < grid.columns.size(); ++c) {
    if (row.cells[c].text.empty()) continue;
    ++labels;
    const auto& header = grid.columns[c].header;
    if (std::find(header.begin(), header.end(), row.cells[c].text) != header.end()) ++same;
  }
  // Three in four: a repeated header repeats its labels; an inner header may share a few
  // with the grid's header (预算金额（万元）under new labels such as 事业发展性支出).
  return same * 4 >= labels * 3;
}

// Headers are printed once; data (产出指标, 定性, 优) recurs down its column.
bool recurs_in_column(const grid_table& grid, std::size_t i, std::size_t c) {
  const auto& text = grid.rows[i].cells[c].text;
  for (std::size_t j = 0; j < grid.rows.size(); ++j)
    if (j != i && c < grid.rows[j].cells.size() && grid.rows[j].cells[c].text == text) return true;
  return false;
}

bool inner_header(const grid_table& grid, std::size_t i, const std::vector<bool>& amounts_above) {
  const grid_row& row = grid.rows[i];
  int labels = 0;
  bool over_amounts = false, first = true;
  for (std::size_t c = 0; c < row.cells.size(); ++c) {
    const auto& text = row.cells[c].text;
    if (text.empty()) continue;
    // The part's label printed again on each of its rows instead of merged over them
    // (绩效目标指标 | 一级指标 | 二级指标 …, then 绩效目标指标 | 成本指标 | …) is not data.
    const bool part_label = std::exchange(first, false) && recurs_in_column(grid, i, c);
    if (part_label) continue;
    if (!label_like(text) || recurs_in_column(grid, i, c)) return false;
    ++labels;
    if (c < amounts_above.size() && amounts_above[c]) over_amounts = true;
  }
  return labels >= 3 && over_amounts && !repeats_header(grid, row);
}

// The part below an inner header: its cells (and the columns they span) are the headers.
grid_table part_below(const grid_table& grid, std::size_t header_row, std::size_t end) {
  grid_table part = grid;
  part.rows.assign(grid.rows.begin() + static_cast<std::ptrdiff_t>(header_row) + 1,
                   grid.rows.begin() + static_cast<std::ptrdiff_t>(end));
  const grid_row& labels = grid.rows[header_row];
  std::u32string current;
  std::size_t covered_until = 0;
  for (std::size_t c = 0; c < part.columns.size(); ++c) {
    const cell* label = c < labels.cells.size() ? &labels.cells[c] : nullptr;
    if (label && !label->text.empty()) {
      current = label->text;
      covered_until = c + std::max<std::size_t>(label->span, 1);
    } else if (c >= covered_until) {
      current.clear();
    }
    part.columns[c].header =
        current.empty() ? std::vector<std::u32string>{} : std::vector<std::u32string>{current};
  }
  part.number.reset();
  part.title.clear();
  return part;
}

}  // namespace

std::vector<grid_table> stacked_parts(const grid_table& grid) {
  std::vector<std::size_t> cuts;
  std::vector<bool> amounts_above(grid.columns.size(), false);
  for (std::size_t i = 0; i < grid.rows.size(); ++i) {
    // The last row may be one too: the rows it heads are on the next page.
    if (i > 0 && inner_header(grid, i, amounts_above)) {
      cuts.push_back(i);
      std::fill(amounts_above.begin(), amounts_above.end(), false);
      continue;
    }
    const auto& cells = grid.rows[i].cells;
    for (std::size_t c = 0; c < cells.size() && c < amounts_above.size(); ++c)
      if (is_amount(cells[c].text)) amounts_above[c] = true;
  }
  if (cuts.empty()) return {grid};
  std::vector<grid_table> parts;
  grid_table first = grid;
  first.rows.resize(cuts.front());
  parts.push_back(std::move(first));
  for (std::size_t k = 0; k < cuts.size(); ++k)
    parts.push_back(
        part_below(grid, cuts[k], k + 1 < cuts.size() ? cuts[k + 1] : grid.rows.size()));
  return parts;
}

}  // namespace budgetpdf::detail
