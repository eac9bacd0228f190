// Side-by-side parts and the columns of each.
#include "interpret/blocks.hpp"

#include "grammar/cell_grammar.hpp"
#include "interpret/column_roles.hpp"
#include "layout/line_kinds.hpp"
#include "model/text_match.hpp"

#include <algorithm>
#include <iterator>

namespace budgetpdf::detail {

namespace {

std::u32string_view leaf(const grid_column& c) {
  return c.header.empty() ? std::u32string_view() : std::u32string_view(c.header.back());
}

}  // namespace

bool descriptive_header(std::u32string_view h) {
  // A form's indicator columns (一级指标, 二级指标, 指标值, 指标性质) describe the row the
  // indicator (三级指标, 指标名称) names; read as the row's name levels, all but the last
  // printed were lost.
  return contains_any(h,
                      {U"方式", U"形式", U"品目", U"备注", U"说明", U"原因", U"理由", U"依据"}) ||
         (contains(h, U"指标") && contains_any(h, {U"一级", U"二级", U"值", U"性质"}));
}

namespace {

// Headers of a project's name (项目名称, 专项名称), as opposed to a classification's.
bool project_header(std::u32string_view h) {
  return contains_any(h, {U"项目", U"专项"}) && !contains(h, U"科目");
}

// A column whose cells print no letter at all, only signs and figures (指标性质 "≥", "="; a
// 是否 mark; a weight): it describes the row and cannot name it (family f24).
bool letterless_column(const grid_table& grid, std::size_t c) {
  bool printed = false;
  for (const auto& r : grid.rows) {
    if (c >= r.cells.size() || r.cells[c].text.empty()) continue;
    printed = true;
    for (char32_t ch : r.cells[c].text)
      if ((ch >= U'A' && ch <= U'Z') || (ch >= U'a' && ch <= U'z') || ch >= 0x2E80) return false;
  }
  return printed;
}

// A column of identifiers, figures that are no amounts (unit codes such as 125001 in a
// column of text role): every printed cell but a total label is digits only, or, under a
// code header (单位编码), at least half of them are.
bool identifier_column(const grid_table& grid, std::size_t c) {
  int digits = 0, other = 0;
  for (const auto& r : grid.rows) {
    if (c >= r.cells.size() || r.cells[c].text.empty() || is_total_label(r.cells[c].text)) continue;
    ++(is_digits(r.cells[c].text) ? digits : other);
  }
  return digits > 0 && (other == 0 || (code_header(grid.columns[c].header) && digits >= other));
}

// A column of names with their codes glued on ("2010108-代表工作"): most of its printed
// cells start with a code.
bool glued_code_column(const grid_table& grid, std::size_t c) {
  std::size_t printed = 0, glued = 0;
  for (const auto& r : grid.rows) {
    if (c >= r.cells.size() || r.cells[c].text.empty()) continue;
    ++printed;
    if (code_prefix(r.cells[c].text)) ++glued;
  }
  return printed > 0 && 2 * glued > printed;
}

bool has(const std::vector<std::size_t>& v, std::size_t c) {
  return std::find(v.begin(), v.end(), c) != v.end();
}

}  // namespace

std::vector<std::vector<std::size_t>> split_blocks(const std::vector<column_role>& roles,
                                                   const std::vector<bool>& blank) {
  std::vector<std::vector<std::size_t>> blocks;
  std::optional<column_role> previous;
  for (std::size_t c = 0; c < roles.size(); ++c) {
    // Row numbers are not data; covered columns hold nothing of their own.
    if (roles[c] == column_role::numbering || roles[c] == column_role::covered) continue;
    const bool blank_text = roles[c] == column_role::text && c < blank.size() && blank[c];
    const bool starts = blocks.empty() || (roles[c] != column_role::amount && !blank_text &&
                                           previous == column_role::amount);
    if (starts) blocks.emplace_back();
    blocks.back().push_back(c);
    if (!blank_text) previous = roles[c];
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
    } else if (after_amount) {
      b.text_cols.push_back(c);
    } else {
      lead_text.push_back(c);
    }
  }
  // A second classification printed beside the first (部门经济分类 301 01 | 政府经济分类
  // 501 01, each followed by its name): its codes become the row's other codes and its
  // name column is not the row's name (its text is the row's). The first may be codes
  // glued to names in a text column (2010108-代表工作 | 项目名称 | 502 | 01 | 办公经费).
  {
    int run = -1;
    bool prev_code = false;
    for (auto c : columns) {
      if (run < 0 && roles[c] == column_role::text && has(lead_text, c) &&
          glued_code_column(grid, c)) {
        run = 0;
        continue;
      }
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
    // Its names are kept as the row's texts: nothing printed is lost.
    b.text_cols.insert(b.text_cols.end(), b.other_name_cols.begin(), b.other_name_cols.end());
  }
  // A column of identifiers (单位编码 125001 read as text: no classification code) before
  // the names is the row's text, not its name.
  const auto identifiers = [&grid](std::size_t c) { return identifier_column(grid, c); };
  if (!std::all_of(lead_text.begin(), lead_text.end(), identifiers))
    std::copy_if(lead_text.begin(), lead_text.end(), std::back_inserter(b.text_cols), identifiers);
  std::erase_if(lead_text, [&](std::size_t c) { return has(b.text_cols, c); });
  // The lead's first column labels the row; after it, columns of classifications or units
  // (科目名称, 单位名称, 一级/二级 levels) name it too (the last printed wins) and
  // descriptive columns (采购方式, 品目, 备注) give its other text. A project column
  // (项目名称, 专项名称) gives the row's item where a classification or a unit (codes, or a
  // 科目/分类/单位/部门 column) names the row; otherwise it names the row itself.
  bool classified = !b.code_cols.empty();
  for (auto c : lead_text) {
    const auto h = leaf(grid.columns[c]);
    if (!project_header(h) && contains_any(h, {U"科目", U"分类", U"单位", U"部门"}))
      classified = true;
  }
  for (std::size_t i = 0; i < lead_text.size(); ++i) {
    const auto c = lead_text[i];
    const auto h = leaf(grid.columns[c]);
    if (classified && project_header(h) && !b.item_col && lead_text.size() > 1)
      b.item_col = c;
    else if (i == 0 || (!descriptive_header(h) && !letterless_column(grid, c)))
      b.name_cols.push_back(c);
    else
      b.text_cols.push_back(c);
  }
  std::sort(b.name_cols.begin(), b.name_cols.end());
  std::sort(b.text_cols.begin(), b.text_cols.end());
  b.names_carry_codes =
      b.code_cols.empty() && !b.name_cols.empty() && glued_code_column(grid, b.name_cols.front());
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
