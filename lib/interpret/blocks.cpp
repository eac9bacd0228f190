// Side-by-side parts and the columns of each.
#include "interpret/blocks.hpp"

#include "layout/line_kinds.hpp"
#include "model/text_match.hpp"

#include <algorithm>

namespace budgetpdf::detail {

namespace {

// Headers of text columns that describe the row rather than name it.
bool descriptive_header(const std::vector<std::u32string>& header) {
  if (header.empty()) return false;
  const auto& leaf = header.back();
  return contains_any(leaf, {U"采购方式", U"备注", U"说明", U"原因", U"理由", U"依据"});
}

bool has(const std::vector<std::size_t>& v, std::size_t c) {
  return std::find(v.begin(), v.end(), c) != v.end();
}

}  // namespace

std::vector<std::vector<std::size_t>> split_blocks(const std::vector<column_role>& roles) {
  std::vector<std::vector<std::size_t>> blocks;
  std::optional<column_role> previous;
  for (std::size_t c = 0; c < roles.size(); ++c) {
    if (roles[c] == column_role::numbering) continue;  // row numbers are not data
    const bool starts =
        blocks.empty() || (roles[c] != column_role::amount && previous == column_role::amount);
    if (starts) blocks.emplace_back();
    blocks.back().push_back(c);
    previous = roles[c];
  }
  // A part without amounts is the text printed after the amounts of the part before it.
  for (std::size_t k = 1; k < blocks.size();) {
    const bool amounts = std::any_of(blocks[k].begin(), blocks[k].end(), [&](std::size_t c) {
      return roles[c] == column_role::amount;
    });
    if (amounts) {
      ++k;
      continue;
    }
    blocks[k - 1].insert(blocks[k - 1].end(), blocks[k].begin(), blocks[k].end());
    blocks.erase(blocks.begin() + long(k));
  }
  return blocks;
}

block_layout lay_out_block(const grid_table& grid, const std::vector<column_role>& roles,
                           const std::vector<std::size_t>& columns) {
  block_layout b;
  b.columns = columns;
  // The part's lead: the code and text columns before its first amount column. Text after
  // an amount column is other text.
  bool after_amount = false;
  std::vector<std::size_t> lead_text;
  for (auto c : columns) {
    if (roles[c] == column_role::amount) {
      b.amount_cols.push_back(c);
      after_amount = true;
    } else if (roles[c] == column_role::code && !after_amount) {
      b.code_cols.push_back(c);
    } else if (after_amount || descriptive_header(grid.columns[c].header)) {
      b.text_cols.push_back(c);
    } else {
      lead_text.push_back(c);
    }
  }
  // A second classification printed beside the first (部门经济分类 301 01 | 政府经济分类
  // 501 01, each followed by its name): its codes become the row's other codes and its
  // name column is not the row's name.
  {
    int run = -1;
    bool prev_code = false;
    for (auto c : columns) {
      if (roles[c] == column_role::code && has(b.code_cols, c)) {
        if (!prev_code) ++run;
        prev_code = true;
        if (run > 0) b.other_code_cols.push_back(c);
        continue;
      }
      if (roles[c] == column_role::text && prev_code && run > 0 && has(lead_text, c))
        b.other_name_cols.push_back(c);
      prev_code = false;
    }
    std::erase_if(b.code_cols, [&](std::size_t c) { return has(b.other_code_cols, c); });
    std::erase_if(lead_text, [&](std::size_t c) { return has(b.other_name_cols, c); });
  }
  // A project column (项目名称) beside a classification (codes or a 科目名称 column) holds
  // the row's item; the other lead text columns hold the row's name.
  bool classified = !b.code_cols.empty();
  for (auto c : lead_text) {
    const auto& h = grid.columns[c].header;
    if (!h.empty() && (contains(h.back(), U"科目") || contains(h.back(), U"分类")))
      classified = true;
  }
  for (auto c : lead_text) {
    const auto& h = grid.columns[c].header;
    const bool project = !h.empty() && contains(h.back(), U"项目") && !contains(h.back(), U"科目");
    if (project && classified && !b.item_col && lead_text.size() > 1)
      b.item_col = c;
    else
      b.name_cols.push_back(c);
  }
  return b;
}

void move_labels_across_blocks(std::vector<grid_row>& rows,
                               const std::vector<std::vector<std::size_t>>& blocks,
                               const std::vector<column_role>& roles) {
  const std::size_t ncol = roles.size();
  std::vector<long> block_of(ncol, -1);
  for (std::size_t k = 0; k < blocks.size(); ++k)
    for (auto c : blocks[k]) block_of[c] = long(k);
  for (auto& r : rows)
    for (std::size_t c = 0; c < r.cells.size() && c < ncol; ++c) {
      auto& cell = r.cells[c];
      if (cell.span < 2 || cell.text.empty() || block_of[c] < 0) continue;
      if (read_amount(cell.text).what != amount_reading::kind::invalid) continue;  // labels only
      std::size_t last = std::min(ncol, c + cell.span) - 1;
      while (last > c && block_of[last] < 0) --last;
      if (block_of[last] <= block_of[c]) continue;
      // Only a label without amounts in its own part, beside a part that has them, or
      // printed across its own part's amount column (so it cannot be a row of that part).
      auto has_amount = [&](long k) {
        for (auto a : blocks[std::size_t(k)])
          if (roles[a] == column_role::amount && a < r.cells.size() &&
              read_amount(r.cells[a].text).what == amount_reading::kind::value)
            return true;
        return false;
      };
      bool covers_own_amounts = false;
      for (auto a : blocks[std::size_t(block_of[c])])
        if (roles[a] == column_role::amount && a > c && a <= last) covers_own_amounts = true;
      if (has_amount(block_of[c]) || (!has_amount(block_of[last]) && !covers_own_amounts)) continue;
      // The first non-amount column of that last part inside the span takes the text.
      for (auto target : blocks[std::size_t(block_of[last])])
        if (target > c && target <= last && roles[target] != column_role::amount &&
            r.cells[target].text.empty()) {
          r.cells[target].text = std::move(cell.text);
          r.cells[target].at = cell.at;
          cell.text.clear();
          break;
        }
    }
}

}  // namespace budgetpdf::detail
