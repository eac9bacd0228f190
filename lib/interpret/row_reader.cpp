// Reading one grid row of a part.
#include "interpret/row_reader.hpp"

#include "grammar/cell_grammar.hpp"
#include "layout/cell_text.hpp"
#include "layout/line_kinds.hpp"
#include "text/normalize.hpp"

#include <algorithm>

namespace budgetpdf::detail {

namespace {

const std::u32string& cell_text(const grid_row& gr, std::size_t c) {
  static const std::u32string empty;
  return c < gr.cells.size() ? gr.cells[c].text : empty;
}

}  // namespace

// One printed part per code column ("" where empty), as the hierarchy expects; a single
// code column may hold "201 06 01". Text in a code column (a merged "合计" cell) is kept as
// a stray name.
void row_reader::read_codes(const grid_row& gr, read_row& out, std::u32string& stray_name) const {
  bool any_code = false;
  for (auto c : layout_.code_cols) {
    const auto& text = cell_text(gr, c);
    if (text.empty()) {
      out.parts.emplace_back();
    } else if (is_letter_code(text)) {
      out.parts.push_back(to_utf8(text));
      any_code = true;
    } else if (auto p = code_parts(text)) {
      if (layout_.code_cols.size() == 1)
        out.parts.insert(out.parts.end(), p->begin(), p->end());
      else
        out.parts.push_back(to_utf8(strip_all_spaces(text)));
      if (!out.indent) out.indent = gr.cells[c].at.where.x0;
      any_code = true;
    } else {
      out.parts.emplace_back();
      stray_name += text;
    }
  }
  if (!any_code) out.parts.clear();
}

// Name columns. A cell with a code glued to a name ("2010601-行政运行") is a
// classification: the first gives the row's code and name, later ones (Beijing's 经济分类
// columns) its other codes. Otherwise, with several name columns (预算单位 | 科目名称, or
// 一级 | 二级 | 三级 levels) the name is the most specific one printed, the last non-empty.
void row_reader::read_names(const grid_row& gr, read_row& out, std::u32string stray_name) const {
  std::u32string name, classified_name;
  std::vector<std::string> glued_codes;
  for (auto c : layout_.name_cols) {
    const auto& text = cell_text(gr, c);
    if (text.empty()) continue;
    if (out.parts.empty()) {
      auto glued = code_prefix(text);
      // Codes glued to the names, no code column: a code alone is its name clipped away
      // by a cell too narrow for it.
      if (!glued && layout_.names_carry_codes)
        if (auto parts = code_parts(text);
            parts && parts->size() == 1 && parts->front().size() >= 3)
          glued = code_prefix_parts{*parts, {}};
      if (glued) {
        if (glued_codes.empty()) {
          classified_name = glued->rest;
          out.indent = gr.cells[c].at.where.x0;
        }
        glued_codes.insert(glued_codes.end(), glued->parts.begin(), glued->parts.end());
        continue;
      }
    }
    name = text;
  }
  if (!glued_codes.empty()) {
    out.parts = glued_codes;
    name = classified_name;
  } else if (out.parts.empty()) {
    if (auto glued_stray = code_prefix(stray_name)) {
      out.parts = glued_stray->parts;
      stray_name = glued_stray->rest;
    }
  }
  if (name.empty()) name = stray_name;
  out.r.name = to_utf8(strip_all_spaces(name));
  if (layout_.item_col && !cell_text(gr, *layout_.item_col).empty()) {
    const auto item = strip_all_spaces(cell_text(gr, *layout_.item_col));
    // A total printed in the project column ("合计" under 项目名称), or letter-spaced across
    // it and the name's column (合 | 计), labels the row.
    const bool item_first = layout_.name_cols.empty() || *layout_.item_col < layout_.name_cols[0];
    const auto name = strip_all_spaces(to_u32(out.r.name));
    const auto both = item_first ? item + name : name + item;
    if (out.parts.empty() && is_total_label(both))
      out.r.name = to_utf8(both);
    else
      out.r.item = to_utf8(item);
  }
  std::u32string printed_text;  // the row's text cells, when only one holds words
  int texts_printed = 0;
  for (auto c : layout_.text_cols) {
    auto text = strip_all_spaces(cell_text(gr, c));
    if (!text.empty() && ++texts_printed == 1) printed_text = text;
    out.r.texts.push_back(to_utf8(text));
  }
  // A total printed in a text column, the name column of a further classification beside
  // the amounts (部门经济科目 | 政府经济科目名称: 合计), labels a row without code or name.
  if (out.parts.empty() && out.r.name.empty() && !out.r.item && texts_printed == 1 &&
      is_total_label(printed_text))
    out.r.name = to_utf8(printed_text);
}

// Values of the amount columns; a cell that is no amount becomes a diagnostic. Whether any
// value was printed.
bool row_reader::read_values(const grid_row& gr, row& r) {
  bool any_value = false;
  for (auto c : layout_.amount_cols) {
    std::optional<amount> v;
    if (c < gr.cells.size()) {
      auto reading = read_amount(gr.cells[c].text);
      if (reading.what == amount_reading::kind::value) {
        v = reading.value;
        any_value = true;
      } else if (reading.what == amount_reading::kind::invalid) {
        diagnostic d;
        d.code = diagnostic_code::unparsed_cell;
        d.message = "cell is not an amount: \"" + to_utf8(gr.cells[c].text) + "\"";
        d.at = gr.cells[c].at;
        d.table = table_name_;
        diagnostics_.push_back(std::move(d));
      }
    }
    r.values.push_back(v);
  }
  return any_value;
}

// The second classification's code: its parts joined, its 类 carried down from the last
// row that printed one.
std::string row_reader::read_other_code(const grid_row& gr) {
  std::string code;
  const auto& cols = layout_.other_code_cols;
  for (std::size_t k = 0; k < cols.size(); ++k) {
    std::string part = to_utf8(strip_all_spaces(cell_text(gr, cols[k])));
    if (k == 0 && part.size() == 3) other_class_ = part;
    if (k == 0 && part.empty() && cols.size() > 1) part = other_class_;
    if (!code_parts(to_u32(part)) && !part.empty()) part.clear();
    code += part;
  }
  if (code.size() < 3) code.clear();
  return code;
}

std::optional<read_row> row_reader::read(const grid_row& gr) {
  read_row out;
  out.r.page = gr.at.page;
  out.r.where = gr.at.where;
  std::u32string stray_name;
  read_codes(gr, out, stray_name);
  read_names(gr, out, std::move(stray_name));
  const bool any_value = read_values(gr, out.r);
  const bool any_text = std::any_of(out.r.texts.begin(), out.r.texts.end(),
                                    [](const std::string& t) { return !t.empty(); });
  if (out.r.name.empty() && out.parts.empty() && !any_value && !out.r.item && !any_text)
    return std::nullopt;
  out.other_code = read_other_code(gr);
  return out;
}

}  // namespace budgetpdf::detail
