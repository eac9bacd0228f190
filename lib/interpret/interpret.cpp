// From grids of cell texts to the public tables: column roles, side-by-side parts, rows,
// code hierarchy, kind and canonical column keys, empty tables.
#include "interpret/interpret.hpp"

#include "base/table_amounts.hpp"
#include "interpret/blocks.hpp"
#include "interpret/column_roles.hpp"
#include "interpret/row_reader.hpp"
#include "interpret/stacked_parts.hpp"
#include "model/column_key.hpp"
#include "model/hierarchy.hpp"
#include "model/table_kind.hpp"
#include "text/normalize.hpp"

#include <algorithm>
#include <map>
#include <string>

namespace budgetpdf::detail {

namespace {

column column_of(const grid_column& g) {
  column c;
  for (const auto& h : g.header) c.header.push_back(to_utf8(h));
  return c;
}

// A code's indentation counts from its page's left edge of the table, not from the page,
// where the rows give that edge: in a ruled grid every row starts at the grid's left rule.
// A table printed over pages whose margins differ by a few points then keeps one
// indentation per level. Rows of unruled tables start where their text starts: there the
// page positions stay as they are.
void measure_indents_per_page(const std::vector<row>& rows, std::vector<printed_code>& printed) {
  std::map<int, std::pair<double, double>> starts;  // page -> leftmost, rightmost row start
  for (const auto& r : rows) {
    auto [it, fresh] = starts.emplace(r.page, std::pair{r.where.x0, r.where.x0});
    it->second.first = std::min(it->second.first, r.where.x0);
    it->second.second = std::max(it->second.second, r.where.x0);
  }
  constexpr double same_edge = 0.5;
  for (const auto& [page, range] : starts)
    if (range.second - range.first > same_edge) return;
  for (std::size_t i = 0; i < printed.size() && i < rows.size(); ++i)
    if (printed[i].indent) *printed[i].indent -= starts[rows[i].page].first;
}

// Rows that repeat the row above's classification: one row per project (项目支出) or per
// further classification (功能 | 经济) under the same code and name. Partial codes ("08")
// repeated so are one code, not a new level each.
void mark_repeated_codes(const std::vector<row>& rows, const std::vector<std::string>& other_codes,
                         std::vector<printed_code>& printed) {
  for (std::size_t i = 1; i < rows.size() && i < printed.size(); ++i) {
    const auto& a = rows[i - 1];
    const auto& b = rows[i];
    const bool projects = a.item && b.item;
    const bool classified_further = !other_codes[i - 1].empty() && !other_codes[i].empty();
    if ((projects || classified_further) && !b.name.empty() && a.name == b.name &&
        !printed[i].parts.empty() && printed[i].parts == printed[i - 1].parts)
      printed[i].repeats_previous = true;
  }
}

// One part's rows, codes completed by the hierarchy; its diagnostics go to `diagnostics`.
block read_block(const grid_table& grid, const std::vector<grid_row>& rows,
                 const block_layout& layout, const std::string& table_name, bool labelled,
                 std::vector<diagnostic>& diagnostics) {
  block b;
  for (auto c : layout.amount_cols) b.columns.push_back(column_of(grid.columns[c]));
  for (auto c : layout.text_cols) b.text_columns.push_back(column_of(grid.columns[c]));
  // The label is the top header shared by all the part's columns, when there are parts.
  if (labelled) {
    const auto& first = grid.columns[layout.columns.front()].header;
    if (!first.empty() &&
        std::all_of(layout.columns.begin(), layout.columns.end(), [&](std::size_t c) {
          const auto& h = grid.columns[c].header;
          return !h.empty() && h.front() == first.front();
        }))
      b.label = to_utf8(first.front());
  }

  row_reader reader(layout, table_name, diagnostics);
  std::vector<printed_code> printed;
  std::vector<std::string> other_codes;
  for (const auto& gr : rows) {
    auto read = reader.read(gr);
    if (!read) continue;
    printed.push_back({read->parts, read->r.values, std::nullopt, read->indent});
    other_codes.push_back(read->other_code);
    b.rows.push_back(std::move(read->r));
  }
  // Full codes and parents, rebuilt where the page prints partial codes.
  // Rates and counts (完成率（%）: "96.35") are no amounts: they do not help choose code
  // levels by sums.
  const auto summed = summed_columns(b.columns);
  for (std::size_t i = 0; i < printed.size(); ++i) {
    printed[i].values = b.rows[i].values;
    for (std::size_t c = 0; c < printed[i].values.size() && c < summed.size(); ++c)
      if (!summed[c]) printed[i].values[c].reset();
  }
  measure_indents_per_page(b.rows, printed);
  mark_repeated_codes(b.rows, other_codes, printed);
  auto notes = apply_hierarchy(b, printed);
  for (std::size_t i = 0; i < b.rows.size(); ++i)
    if (!other_codes[i].empty()) b.rows[i].other_codes.push_back(other_codes[i]);
  for (auto& note : notes) {
    note.diag.table = table_name;
    if (note.row < b.rows.size() && note.diag.at.page == 0)
      note.diag.at = {b.rows[note.row].page, b.rows[note.row].where};
    diagnostics.push_back(std::move(note.diag));
  }
  return b;
}

// The unit a label names in brackets or after 单位 ("预算数（万元）", "金额(元)",
// "（单位：万元）"), or unknown.
unit unit_named(const std::string& label) {
  for (unit u : {unit::ten_thousand_yuan, unit::thousand_yuan, unit::yuan}) {
    const std::string name(unit_name(u));
    if (label.find("（" + name + "）") != std::string::npos ||
        label.find("(" + name + ")") != std::string::npos ||
        label.find("单位：" + name) != std::string::npos ||
        label.find("单位:" + name) != std::string::npos)
      return u;
  }
  return unit::unknown;
}

// A unit printed in a column's header, or, in forms that print their amounts beside row
// labels (绩效目标表: "资金金额（万元）"), in a label cell of the body: used when every
// label that names a unit names the same one.
// "金情况（万元": a bracket left open, closed in the rows below.
bool opens_bracket(std::u32string_view text) {
  const auto open = text.find_last_of(U"（(");
  return open != std::u32string_view::npos && text.find_first_of(U"）)", open) == text.npos;
}

// A label merged down the rows' left side is read one band at a time ("专项资" | "金情况（万元"
// | "）"): the text from row `i` of column `c` down to the row that closes its bracket.
std::u32string bracket_closed_below(const grid_table& grid, std::size_t i, std::size_t c) {
  std::u32string text = grid.rows[i].cells[c].text;
  for (std::size_t k = i + 1; k < grid.rows.size() && k <= i + 3; ++k) {
    if (c >= grid.rows[k].cells.size()) break;
    text += grid.rows[k].cells[c].text;
    if (!opens_bracket(text)) break;
  }
  return text;
}

unit unit_from_labels(const grid_table& grid) {
  unit found = unit::unknown;
  bool conflict = false;
  auto see = [&](const std::string& label) {
    const unit u = unit_named(label);
    if (u == unit::unknown) return;
    if (found != unit::unknown && found != u) conflict = true;
    found = u;
  };
  for (const auto& c : grid.columns)
    for (const auto& h : c.header) see(to_utf8(h));
  // Any label cell, including one merged down the rows' left side ("专项资金情况（万元）")
  // that names no row; sentences are left out.
  if (found == unit::unknown)
    for (std::size_t i = 0; i < grid.rows.size(); ++i)
      for (std::size_t c = 0; c < grid.rows[i].cells.size(); ++c) {
        const auto& text = grid.rows[i].cells[c].text;
        if (text.empty() || text.size() > 20) continue;
        see(to_utf8(text));
        if (opens_bracket(text)) see(to_utf8(bracket_closed_below(grid, i, c)));
      }
  return conflict ? unit::unknown : found;
}

// Kind from the title, the headers and the codes; canonical keys of the amount columns.
void classify(table& t, const grid_table& grid) {
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
    for (auto& c : b.columns) {
      c.key = column_key(headers[k++], t.kind);
      c.measure = measure_of(c.header);
    }
}

// A table printed without a single amount (only a header and a bare 合计 row) is empty.
void mark_empty(table& t, const grid_table& grid, const std::string& table_name,
                std::vector<diagnostic>& diagnostics) {
  const bool any_amount = has_amounts(t);
  // Unless its cells hold glyphs that map to no text (pdf reader: fonts without a ToUnicode
  // map): then it is printed with data that cannot be read, not without data.
  std::size_t unreadable_cells = 0;
  for (const auto& r : grid.rows)
    for (const auto& c : r.cells)
      if (std::any_of(c.text.begin(), c.text.end(), is_unreadable_char)) ++unreadable_cells;
  if (!any_amount && !grid.rows.empty()) {
    for (auto& b : t.blocks) b.rows.clear();
    diagnostic d;
    d.level = unreadable_cells ? diagnostic::severity::warning : diagnostic::severity::info;
    d.code = unreadable_cells ? diagnostic_code::table_unreadable
                              : diagnostic_code::table_without_amounts;
    d.message = unreadable_cells
                    ? std::to_string(unreadable_cells) +
                          " cells of the table hold glyphs that map to no text (a font "
                          "without a usable ToUnicode map); its amounts cannot be read"
                    : "the table prints rows but no amount; it is reported as empty";
    d.at = grid.rows.front().at;
    d.table = table_name;
    diagnostics.push_back(std::move(d));
  }
  t.empty =
      unreadable_cells == 0 && (grid.printed_empty || !any_amount) &&
      std::all_of(t.blocks.begin(), t.blocks.end(), [](const block& b) { return b.rows.empty(); });
}

// A part of text only (a form's indicators): the first column printed on most rows names
// them (a label merged down the rows' left side is printed once); the others are their
// texts. Figures such as 1200 or 95 read like code parts here; there are no codes in a form.
// False when the part has no column at all.
bool text_only_layout(block_layout& layout, const grid_table& part) {
  std::vector<std::size_t> texts = layout.name_cols;
  texts.insert(texts.end(), layout.text_cols.begin(), layout.text_cols.end());
  for (auto* cols : {&layout.code_cols, &layout.other_code_cols, &layout.other_name_cols}) {
    texts.insert(texts.end(), cols->begin(), cols->end());
    cols->clear();
  }
  if (texts.empty()) return false;
  std::sort(texts.begin(), texts.end());
  auto filled = [&](std::size_t c) {
    return std::count_if(part.rows.begin(), part.rows.end(), [&](const grid_row& r) {
      return c < r.cells.size() && !r.cells[c].text.empty();
    });
  };
  auto on_most_rows = [&](std::size_t c) {
    return 2 * filled(c) >= static_cast<std::ptrdiff_t>(part.rows.size());
  };
  // A column that names rather than describes (三级指标, not 一级指标 or 指标值) first.
  auto name = std::find_if(texts.begin(), texts.end(), [&](std::size_t c) {
    const auto& h = part.columns[c].header;
    return on_most_rows(c) && (h.empty() || !descriptive_header(h.back()));
  });
  if (name == texts.end()) name = std::find_if(texts.begin(), texts.end(), on_most_rows);
  if (name == texts.end()) name = texts.begin();
  layout.name_cols = {*name};
  texts.erase(name);
  // Columns a label merely spans, empty on every row, say nothing.
  std::erase_if(texts, [&](std::size_t c) { return filled(c) == 0; });
  layout.text_cols = std::move(texts);
  return true;
}

// The side-by-side blocks of one stacked part. A part below an inner header keeps its rows
// even without amount columns.
void add_blocks(table& t, const grid_table& part, bool below_inner_header,
                const std::string& table_name, std::vector<diagnostic>& diagnostics) {
  if (below_inner_header && part.rows.empty()) return;  // its rows are on the next page
  const auto roles = column_roles(part);
  std::vector<bool> blank(roles.size(), true);
  for (const auto& r : part.rows)
    for (std::size_t c = 0; c < r.cells.size() && c < blank.size(); ++c)
      if (!r.cells[c].text.empty()) blank[c] = false;
  const auto parts = split_blocks(roles, blank);
  std::vector<grid_row> rows = part.rows;
  move_labels_across_blocks(rows, parts, roles);
  for (const auto& cols : parts) {
    block_layout layout = lay_out_block(part, roles, cols);
    if (layout.amount_cols.empty() &&
        (!below_inner_header || parts.size() != 1 || !text_only_layout(layout, part)))
      continue;
    t.blocks.push_back(read_block(part, rows, layout, table_name, parts.size() > 1, diagnostics));
  }
}

}  // namespace

table interpret_table(const grid_table& grid, std::vector<diagnostic>& diagnostics) {
  table t;
  t.title = to_utf8(grid.title);
  if (grid.number) t.number = to_utf8(*grid.number);
  t.pages = grid.pages;
  t.declared_unit = grid.declared_unit;
  const std::string table_name = t.number ? *t.number : t.title;

  const auto stacked = stacked_parts(grid);
  for (std::size_t k = 0; k < stacked.size(); ++k)
    add_blocks(t, stacked[k], k > 0, table_name, diagnostics);
  if (t.declared_unit == unit::unknown) t.declared_unit = unit_from_labels(grid);
  classify(t, grid);
  mark_empty(t, grid, table_name, diagnostics);
  return t;
}

}  // namespace budgetpdf::detail
