// Column roles from headers and cell contents.
#include "interpret/column_roles.hpp"

#include "grammar/cell_grammar.hpp"
#include "layout/line_kinds.hpp"
#include "model/column_key.hpp"
#include "model/text_match.hpp"
#include "text/normalize.hpp"

#include <algorithm>

namespace budgetpdf::detail {

bool code_header(const std::vector<std::u32string>& header) {
  if (header.empty()) return false;
  const auto& leaf = header.back();
  if (!leaf.empty() && std::all_of(leaf.begin(), leaf.end(), [](char32_t c) {
        return c == U'类' || c == U'款' || c == U'项';
      }))
    return true;
  return contains(leaf, U"编码") || contains(leaf, U"代码") || leaf == U"科目编号";
}

namespace {

// Header words of text columns: names of classifications, items and projects; also over a
// total label (科目名称 / 合计: an empty table's total row drawn as the header's last row).
bool text_header(const std::vector<std::u32string>& header) {
  if (header.empty()) return false;
  const auto names = [](const std::u32string& label) {
    return contains(label, U"名称") || label == U"项目" || label == U"科目" ||
           contains(label, U"内容");
  };
  const auto& leaf = header.back();
  return names(leaf) ||
         (header.size() > 1 && is_total_label(leaf) && names(header[header.size() - 2]));
}

// Header words of amount columns (合计, 小计, 人员经费, 项目支出, 预算数, 金额, 政府性基金,
// 上年结转), at the leaf or a group over it (财政拨款收入 / 政府性基金), unless the leaf names
// a classification (支出功能分类科目). A column so headed holds amounts even when every
// figure is a whole number of 3, 5 or 7 digits that reads like a code (tables in 元 without
// separators: 3109329 under 小计; family f25).
constexpr std::u32string_view money_endings[] = {U"收入", U"支出", U"经费", U"拨款",
                                                 U"资金", U"费",   U"金额"};

bool amount_header(const std::vector<std::u32string>& header) {
  if (header.empty()) return false;
  const auto& leaf = header.back();
  if (contains_any(leaf, {U"科目", U"分类", U"编号", U"名称"})) return false;
  // 单位 and 部门 name a unit (单位, 预算部门), unless the label ends in money
  // (事业单位经营收入, 上缴上级单位支出).
  const bool ends_in_money = std::any_of(
      std::begin(money_endings), std::end(money_endings),
      [&leaf](std::u32string_view e) { return std::u32string_view(leaf).ends_with(e); });
  if (contains_any(leaf, {U"单位", U"部门"}) && !ends_in_money) return false;
  // A group counts when it is a label (a form's statement over its columns is none).
  return std::any_of(header.begin(), header.end(), [&leaf](const std::u32string& level) {
    return (&level == &leaf || level.size() <= 12) &&
           contains_any(level, {U"计", U"经费", U"支出", U"收入", U"金额", U"预算", U"决算",
                                U"拨款", U"资金", U"费", U"基金", U"结转", U"结余"});
  });
}

// Leaf labels of columns of words, not money: remarks, dates, ways, kinds, reasons, items.
// (Not 部门: 部门预算 heads money; not a form's 指标 labels, whose grids are read as forms.)
bool describes_text(const std::vector<std::u32string>& header) {
  return !header.empty() &&
         contains_any(header.back(), {U"备注", U"说明", U"时间", U"日期", U"方式", U"形式", U"类别",
                                      U"类型", U"简介", U"依据", U"原因", U"理由", U"地点", U"规格",
                                      U"型号", U"品目", U"目录"});
}

struct column_stats {
  int amounts = 0, codes = 0, texts = 0;
  int bare_figures = 0;  // of the amounts, figures without point or separator (125001)
};

// Row numbers: a 行次/栏次/序号 column, or small integers counting up by one.
bool numbering_column(const grid_column& col, const std::vector<std::u32string>& cells) {
  if (!col.header.empty()) {
    const auto& leaf = col.header.back();
    if (leaf == U"行次" || leaf == U"栏次" || leaf == U"序号" || leaf == U"行号") return true;
  }
  long previous = 0;
  int counted = 0;
  for (const auto& c : cells) {
    if (c.empty()) continue;
    // "01", "02": code parts, not row numbers.
    if (c.size() > 3 || (c.size() > 1 && c[0] == U'0') ||
        !std::all_of(c.begin(), c.end(), [](char32_t ch) { return ch >= U'0' && ch <= U'9'; }))
      return false;
    long n = std::stol(to_utf8(c));
    if (counted > 0 && n != previous + 1) return false;
    previous = n;
    ++counted;
  }
  return counted >= 3;
}

// No header, nothing of its own, and reached by a merged cell from its left; or, header
// or not, a merged cell from its left in every row (a form's value cells spanning the
// columns its upper rows' labels split): no row has a cell of its own there.
bool covered_column(const grid_table& grid, std::size_t c) {
  bool reached = false, every_row = !grid.rows.empty();
  for (const auto& r : grid.rows) {
    if (c < r.cells.size() && !r.cells[c].text.empty()) return false;
    bool here = false;
    for (std::size_t left = 0; left < c && left < r.cells.size(); ++left)
      if (!r.cells[left].text.empty() && left + r.cells[left].span > c) here = true;
    reached = reached || here;
    every_row = every_row && here;
  }
  return grid.columns[c].header.empty() ? reached : every_row;
}

bool counts_column(const grid_column& col) {
  return !col.header.empty() && count_label(col.header.back());
}

column_role decide_role(const grid_column& col, const column_stats& s, bool counts_are_figures) {
  // Merged cells (a unit's name across the code and name columns) leave text in code
  // columns; the codes still outnumber it.
  // A column headed 编码/代码 holds codes (classification or unit codes such as 126001),
  // never amounts, whatever its figures parse as.
  // Where as many of its figures are no classification code (单位编码 125001, 327001), it is
  // a column of identifiers, kept as text: read as codes they were lost, and the
  // department's three digits read as a 类 ("327").
  if (code_header(col.header))
    return (s.texts > 0 && s.texts >= s.codes + s.amounts) ||
                   (s.bare_figures > 0 && s.bare_figures >= s.codes)
               ? column_role::text
               : column_role::code;
  if (text_header(col.header)) return column_role::text;
  // Counts (数量, 接待人次, 保有量（辆）) are figures of their own even where small whole
  // numbers read like code parts.
  const bool counts = counts_are_figures && counts_column(col);
  if ((counts || amount_header(col.header)) && s.texts == 0) return column_role::amount;
  // Nothing printed under a label about text (备注, 说明, 实施采购时间, 采购组织形式): a text
  // column left empty. Taken for an amount column it would shift every column after it.
  if (s.amounts + s.codes + s.texts == 0 && describes_text(col.header)) return column_role::text;
  if (s.codes > 0 && s.texts == 0 && s.codes >= s.amounts) return column_role::code;
  if (s.texts > 0 && s.texts * 5 >= s.amounts) return column_role::text;
  return column_role::amount;
}

}  // namespace

std::vector<column_role> column_roles(const grid_table& grid) {
  const std::size_t ncol = grid.columns.size();
  std::vector<column_stats> stats(ncol);
  for (const auto& r : grid.rows)
    for (std::size_t c = 0; c < ncol && c < r.cells.size(); ++c) {
      const auto& text = r.cells[c].text;
      if (text.empty() || is_total_label(text)) continue;  // merged total cells go anywhere
      // Text merged across three or more columns (a form's statement over its amount
      // columns) belongs to none of them.
      const bool amount_like = read_amount(text).what != amount_reading::kind::invalid;
      if (r.cells[c].span > 2 && !amount_like) continue;
      if (code_parts(text) || is_letter_code(text))
        ++stats[c].codes;
      else if (amount_like) {
        ++stats[c].amounts;
        stats[c].bare_figures += is_digits(text);
      } else
        ++stats[c].texts;
    }
  std::vector<column_role> roles(ncol);
  for (std::size_t c = 0; c < ncol; ++c) {
    std::vector<std::u32string> cells;
    for (const auto& r : grid.rows)
      if (c < r.cells.size()) cells.push_back(r.cells[c].text);
    roles[c] = numbering_column(grid.columns[c], cells) ? column_role::numbering
               : covered_column(grid, c)                ? column_role::covered
                                         : decide_role(grid.columns[c], stats[c], true);
  }
  // Counts are figures only beside money: a table of nothing but counts (staff numbers by
  // unit) prints no amount, and stays what its cells alone make of it.
  bool money = false;
  for (std::size_t c = 0; c < ncol; ++c)
    money = money || (roles[c] == column_role::amount && !counts_column(grid.columns[c]));
  if (!money)
    for (std::size_t c = 0; c < ncol; ++c)
      if (roles[c] == column_role::amount && counts_column(grid.columns[c]))
        roles[c] = decide_role(grid.columns[c], stats[c], false);
  // A header cell spanning two grid columns (rules of another part of the page split it)
  // over one column of content: the empty one is part of its neighbour, not a column.
  auto blank = [&](std::size_t c) {
    return stats[c].amounts + stats[c].codes + stats[c].texts == 0 &&
           !grid.columns[c].header.empty();
  };
  // A table starts with its labels: a first column with nothing in it (a form's label
  // column over a row of amounts) is not an amount column.
  if (ncol > 1 && blank(0) && roles[0] == column_role::amount) roles[0] = column_role::text;
  for (std::size_t c = 0; c < ncol; ++c) {
    if (!blank(c)) continue;
    for (std::size_t n : {c + 1, c - 1})
      if (n < ncol && !blank(n) && grid.columns[n].header == grid.columns[c].header) {
        roles[c] = column_role::covered;
        break;
      }
  }
  return roles;
}

}  // namespace budgetpdf::detail
