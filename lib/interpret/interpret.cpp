// From grids of cell texts to the public tables.
#include "interpret/interpret.hpp"

#include "grammar/cell_grammar.hpp"
#include "layout/cell_text.hpp"
#include "layout/line_kinds.hpp"
#include "model/column_key.hpp"
#include "model/hierarchy.hpp"
#include "model/table_kind.hpp"
#include "text/normalize.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <string>

namespace budgetpdf::detail {

namespace {

enum class role { code, text, amount, numbering };

bool contains(std::u32string_view s, std::u32string_view part) {
  return s.find(part) != std::u32string_view::npos;
}

// Header words of code columns: "科目编码", "功能分类科目编码", "类", "款", "项", "代码".
bool code_header(const std::vector<std::u32string>& header) {
  if (header.empty()) return false;
  const auto& leaf = header.back();
  if (leaf == U"类" || leaf == U"款" || leaf == U"项") return true;
  return contains(leaf, U"编码") || contains(leaf, U"代码") || leaf == U"科目编号";
}

// Header words of text columns: names of classifications, items and projects.
bool text_header(const std::vector<std::u32string>& header) {
  if (header.empty()) return false;
  const auto& leaf = header.back();
  return contains(leaf, U"名称") || leaf == U"项目" || leaf == U"科目" || contains(leaf, U"内容") ||
         leaf == U"单位名称";
}

struct column_stats {
  int amounts = 0, codes = 0, texts = 0;
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

role decide_role(const grid_column& col, const column_stats& s) {
  // Merged cells (a unit's name across the code and name columns) leave text in code
  // columns; the codes still outnumber it.
  if (code_header(col.header) && (s.texts == 0 || s.codes > s.texts)) return role::code;
  if (text_header(col.header)) return role::text;
  if (s.codes > 0 && s.texts == 0 && s.codes >= s.amounts) return role::code;
  if (s.texts > 0 && s.texts * 5 >= s.amounts) return role::text;
  return role::amount;
}

std::string utf8(std::u32string_view s) { return to_utf8(s); }

}  // namespace

table interpret_table(const grid_table& grid, std::vector<diagnostic>& diagnostics) {
  table t;
  t.title = utf8(grid.title);
  if (grid.number) t.number = utf8(*grid.number);
  t.pages = grid.pages;
  t.declared_unit = unit_from_name(utf8(grid.unit_line));  // "万元", "元", "千元" or ""
  const std::string table_name = t.number ? *t.number : t.title;

  // Column roles from the header and from what the cells hold.
  const std::size_t ncol = grid.columns.size();
  std::vector<column_stats> stats(ncol);
  for (const auto& r : grid.rows)
    for (std::size_t c = 0; c < ncol && c < r.cells.size(); ++c) {
      const auto& text = r.cells[c].text;
      if (text.empty() || is_total_label(text)) continue;  // merged total cells go anywhere
      if (code_parts(text) || is_letter_code(text))
        ++stats[c].codes;
      else if (read_amount(text).what != amount_reading::kind::invalid)
        ++stats[c].amounts;
      else
        ++stats[c].texts;
    }
  std::vector<role> roles(ncol);
  for (std::size_t c = 0; c < ncol; ++c) {
    std::vector<std::u32string> cells;
    for (const auto& r : grid.rows)
      if (c < r.cells.size()) cells.push_back(r.cells[c].text);
    roles[c] = numbering_column(grid.columns[c], cells) ? role::numbering
                                                        : decide_role(grid.columns[c], stats[c]);
  }
  // Blocks: a code or text column after an amount column starts a new part (收入 | 支出).
  std::vector<std::vector<std::size_t>> block_columns;
  std::optional<role> previous;
  for (std::size_t c = 0; c < ncol; ++c) {
    if (roles[c] == role::numbering) continue;  // row numbers are not data
    bool starts = block_columns.empty() || (roles[c] != role::amount && previous == role::amount);
    if (starts) block_columns.emplace_back();
    block_columns.back().push_back(c);
    previous = roles[c];
  }

  // A merged cell reaching across blocks ("当年支出小计" over one part's name and amount
  // and the next part's name) labels the row of the last block it reaches, where its
  // amounts are.
  std::vector<grid_row> rows = grid.rows;
  {
    std::vector<long> block_of(ncol, -1);
    for (std::size_t k = 0; k < block_columns.size(); ++k)
      for (auto c : block_columns[k]) block_of[c] = long(k);
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
          for (auto a : block_columns[std::size_t(k)])
            if (roles[a] == role::amount && a < r.cells.size() &&
                read_amount(r.cells[a].text).what == amount_reading::kind::value)
              return true;
          return false;
        };
        bool covers_own_amounts = false;
        for (auto a : block_columns[std::size_t(block_of[c])])
          if (roles[a] == role::amount && a > c && a <= last) covers_own_amounts = true;
        if (has_amount(block_of[c]) || (!has_amount(block_of[last]) && !covers_own_amounts))
          continue;
        // The first non-amount column of that last block inside the span takes the text.
        for (auto target : block_columns[std::size_t(block_of[last])])
          if (target > c && target <= last && roles[target] != role::amount &&
              r.cells[target].text.empty()) {
            r.cells[target].text = std::move(cell.text);
            r.cells[target].at = cell.at;
            cell.text.clear();
            break;
          }
      }
  }

  for (const auto& cols : block_columns) {
    block b;
    std::vector<std::size_t> code_cols, text_cols, amount_cols;
    for (auto c : cols) {
      if (roles[c] == role::code)
        code_cols.push_back(c);
      else if (roles[c] == role::text)
        text_cols.push_back(c);
      else
        amount_cols.push_back(c);
    }
    if (amount_cols.empty()) continue;
    // A second classification printed beside the first (部门经济分类 301 01 | 政府经济分类
    // 501 01, each followed by its name): its codes become the row's other codes and its
    // name column is not the row's name.
    std::vector<std::size_t> extra_code_cols;
    std::vector<std::size_t> extra_name_cols;
    {
      int run = -1;
      bool prev_code = false;
      for (auto c : cols) {
        if (roles[c] == role::code) {
          if (!prev_code) ++run;
          prev_code = true;
          if (run > 0) extra_code_cols.push_back(c);
          continue;
        }
        if (roles[c] == role::text && prev_code && run > 0) extra_name_cols.push_back(c);
        prev_code = false;
      }
      std::erase_if(code_cols, [&](std::size_t c) {
        return std::find(extra_code_cols.begin(), extra_code_cols.end(), c) !=
               extra_code_cols.end();
      });
      std::erase_if(text_cols, [&](std::size_t c) {
        return std::find(extra_name_cols.begin(), extra_name_cols.end(), c) !=
               extra_name_cols.end();
      });
    }
    // A project column (项目名称) beside a classification (codes or a 科目名称 column) holds
    // the row's item; the other text columns hold the row's name (see below).
    std::optional<std::size_t> item_col;
    std::vector<std::size_t> name_cols;
    bool classified = !code_cols.empty();
    for (auto c : text_cols) {
      const auto& h = grid.columns[c].header;
      if (!h.empty() && (contains(h.back(), U"科目") || contains(h.back(), U"分类")))
        classified = true;
    }
    for (auto c : text_cols) {
      const auto& h = grid.columns[c].header;
      bool project = !h.empty() && contains(h.back(), U"项目") && !contains(h.back(), U"科目");
      if (project && classified && !item_col && text_cols.size() > 1)
        item_col = c;
      else
        name_cols.push_back(c);
    }
    for (auto c : amount_cols) {
      column col;
      for (const auto& h : grid.columns[c].header) col.header.push_back(utf8(h));
      b.columns.push_back(std::move(col));
    }
    // The label is the top header shared by all the block's columns, when there are parts.
    if (block_columns.size() > 1) {
      const auto& first = grid.columns[cols.front()].header;
      if (!first.empty() && std::all_of(cols.begin(), cols.end(), [&](std::size_t c) {
            const auto& h = grid.columns[c].header;
            return !h.empty() && h.front() == first.front();
          }))
        b.label = utf8(first.front());
    }

    std::vector<std::vector<std::string>> printed_codes;
    std::vector<std::optional<double>> indents;
    std::vector<std::string> extra_codes;  // per kept row: the second classification's code
    std::string extra_class;               // its last printed 类, carried down
    for (const auto& gr : rows) {
      row r;
      r.page = gr.at.page;
      r.where = gr.at.where;
      // One printed part per code column ("" where empty), as the hierarchy expects; a
      // single code column may hold "201 06 01".
      std::vector<std::string> parts;
      std::optional<double> indent;
      bool any_code = false;
      std::u32string stray_name;  // text in a code column: a merged "合计" cell
      for (auto c : code_cols) {
        const std::u32string empty;
        const auto& text = c < gr.cells.size() ? gr.cells[c].text : empty;
        if (text.empty()) {
          parts.emplace_back();
        } else if (is_letter_code(text)) {
          parts.push_back(utf8(text));
          any_code = true;
        } else if (auto p = code_parts(text)) {
          if (code_cols.size() == 1)
            parts.insert(parts.end(), p->begin(), p->end());
          else
            parts.push_back(utf8(strip_all_spaces(text)));
          if (!indent) indent = gr.cells[c].at.where.x0;
          any_code = true;
        } else {
          parts.emplace_back();
          stray_name += text;
        }
      }
      if (!any_code) parts.clear();
      // Name columns. A cell with a code glued to a name ("2010601-行政运行") is a
      // classification: the first gives the row's code and name, later ones (Beijing's
      // 经济分类 columns) its other codes. Otherwise, with several name columns (预算单位 |
      // 科目名称, or 一级 | 二级 | 三级 levels) the name is the most specific one printed,
      // the last non-empty.
      std::u32string name, classified_name;
      std::vector<std::string> glued_codes;
      for (auto c : name_cols) {
        if (c >= gr.cells.size() || gr.cells[c].text.empty()) continue;
        const auto& text = gr.cells[c].text;
        if (parts.empty()) {
          if (auto glued = code_prefix(text)) {
            if (glued_codes.empty()) {
              classified_name = glued->rest;
              indent = gr.cells[c].at.where.x0;
            }
            glued_codes.insert(glued_codes.end(), glued->parts.begin(), glued->parts.end());
            continue;
          }
        }
        name = text;
      }
      if (!glued_codes.empty()) {
        parts = glued_codes;
        name = classified_name;
      } else if (parts.empty()) {
        if (auto glued_stray = code_prefix(stray_name)) {
          parts = glued_stray->parts;
          stray_name = glued_stray->rest;
        }
      }
      if (name.empty()) name = stray_name;
      r.name = utf8(strip_all_spaces(name));
      if (item_col && *item_col < gr.cells.size() && !gr.cells[*item_col].text.empty())
        r.item = utf8(strip_all_spaces(gr.cells[*item_col].text));
      bool any_value = false;
      for (auto c : amount_cols) {
        std::optional<amount> v;
        if (c < gr.cells.size()) {
          auto reading = read_amount(gr.cells[c].text);
          if (reading.what == amount_reading::kind::value) {
            v = reading.value;
            any_value = true;
          } else if (reading.what == amount_reading::kind::invalid) {
            diagnostic d;
            d.code = diagnostic_code::unparsed_cell;
            d.message = "cell is not an amount: \"" + utf8(gr.cells[c].text) + "\"";
            d.at = gr.cells[c].at;
            d.table = table_name;
            diagnostics.push_back(std::move(d));
          }
        }
        r.values.push_back(v);
      }
      if (r.name.empty() && parts.empty() && !any_value && !r.item) continue;
      std::string extra;
      for (std::size_t k = 0; k < extra_code_cols.size(); ++k) {
        auto c = extra_code_cols[k];
        std::string part = c < gr.cells.size() ? utf8(strip_all_spaces(gr.cells[c].text)) : "";
        if (k == 0 && part.size() == 3) extra_class = part;
        if (k == 0 && part.empty() && extra_code_cols.size() > 1) part = extra_class;
        if (!code_parts(to_u32(part)) && !part.empty()) part.clear();
        extra += part;
      }
      if (extra.size() < 3) extra.clear();
      extra_codes.push_back(extra);
      printed_codes.push_back(parts);
      indents.push_back(indent);
      b.rows.push_back(std::move(r));
    }

    // Full codes and parents, rebuilt where the page prints partial codes.
    std::vector<printed_code> printed;
    for (std::size_t i = 0; i < b.rows.size(); ++i)
      printed.push_back({printed_codes[i], b.rows[i].values, std::nullopt, indents[i]});
    auto notes = apply_hierarchy(b, printed);
    for (std::size_t i = 0; i < b.rows.size() && i < extra_codes.size(); ++i)
      if (!extra_codes[i].empty()) b.rows[i].other_codes.push_back(extra_codes[i]);
    for (auto& note : notes) {
      note.diag.table = table_name;
      if (note.row < b.rows.size() && note.diag.at.page == 0)
        note.diag.at = {b.rows[note.row].page, b.rows[note.row].where};
      diagnostics.push_back(std::move(note.diag));
    }
    t.blocks.push_back(std::move(b));
  }

  // Kind and canonical column keys.
  std::vector<std::vector<std::u32string>> headers;
  bool functional = false, economic = false;
  for (const auto& b : t.blocks) {
    for (const auto& c : b.columns) {
      std::vector<std::u32string> h;
      for (const auto& s : c.header) h.push_back(to_u32(s));
      headers.push_back(std::move(h));
    }
    for (const auto& r : b.rows)
      if (r.code) {
        if ((*r.code)[0] == '2') functional = true;
        if ((*r.code)[0] == '3' || (*r.code)[0] == '5') economic = true;
      }
  }
  t.kind = classify_table(grid.title, headers, functional, economic);
  std::size_t k = 0;
  for (auto& b : t.blocks)
    for (auto& c : b.columns) c.key = column_key(headers[k++], t.kind);

  // A table printed without a single amount (only a header and a bare 合计 row) is empty.
  bool any_amount = false;
  for (const auto& b : t.blocks)
    for (const auto& r : b.rows)
      for (const auto& v : r.values) any_amount = any_amount || v.has_value();
  if (!any_amount && !grid.rows.empty()) {
    for (auto& b : t.blocks) b.rows.clear();
    diagnostic d;
    d.level = diagnostic::severity::info;
    d.code = diagnostic_code::table_without_amounts;
    d.message = "the table prints rows but no amount; it is reported as empty";
    d.at = grid.rows.front().at;
    d.table = table_name;
    diagnostics.push_back(std::move(d));
  }
  t.empty =
      (grid.printed_empty || !any_amount) &&
      std::all_of(t.blocks.begin(), t.blocks.end(), [](const block& b) { return b.rows.empty(); });
  return t;
}

void fill_document_heading(document& doc, const std::vector<grid_table>& grids,
                           const std::vector<std::u32string>& first_lines) {
  for (const auto& g : grids)
    if (!g.department_line.empty()) {
      // "深圳市财政局（本级）": the level qualifier is not part of the department's name.
      auto name = strip_all_spaces(g.department_line);
      for (std::u32string_view suffix : {U"（本级）", U"(本级)"})
        if (name.size() > suffix.size() && name.ends_with(suffix))
          name.resize(name.size() - suffix.size());
      doc.department = utf8(name);
      break;
    }
  auto find_year = [](std::u32string_view s) -> std::optional<int> {
    for (std::size_t i = 0; i + 4 < s.size() + 1; ++i) {
      if (i + 4 > s.size()) break;
      bool digits = true;
      for (std::size_t k = 0; k < 4; ++k) digits = digits && s[i + k] >= U'0' && s[i + k] <= U'9';
      if (!digits || (i > 0 && s[i - 1] >= U'0' && s[i - 1] <= U'9')) continue;
      std::size_t j = i + 4;
      while (j < s.size() && s[j] == U' ') ++j;
      if (j < s.size() && s[j] == U'年') {
        int y = (int(s[i] - U'0') * 1000) + int(s[i + 1] - U'0') * 100 + int(s[i + 2] - U'0') * 10 +
                int(s[i + 3] - U'0');
        if (y >= 2000 && y <= 2100) return y;
      }
    }
    return std::nullopt;
  };
  for (const auto& l : first_lines) {
    auto compact = strip_all_spaces(l);
    bool heading = contains(compact, U"预算") || contains(compact, U"决算");
    if (!heading) continue;
    if (!doc.year) doc.year = find_year(compact);
    if (doc.stage == stage::unknown)
      doc.stage = contains(compact, U"决算") ? stage::final_accounts : stage::budget;
    if (!doc.department) {
      // "库尔勒市希望街道办事处2024年部门预算": the name before the year.
      auto pos = compact.find(U"年");
      if (pos != std::u32string::npos && pos >= 4) {
        auto name = compact.substr(0, pos - 4);
        if (name.size() >= 2 && name.size() <= 40) doc.department = utf8(name);
      }
    }
  }
  for (const auto& g : grids) {
    if (!doc.year) doc.year = find_year(g.title);
    if (doc.stage == stage::unknown) {
      if (contains(g.title, U"决算"))
        doc.stage = stage::final_accounts;
      else if (contains(g.title, U"预算"))
        doc.stage = stage::budget;
    }
  }
}

}  // namespace budgetpdf::detail
