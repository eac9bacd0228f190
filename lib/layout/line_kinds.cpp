// What a line or a cell of text is, for layout: thin wrappers over the grammar, plus the
// page furniture (notes, prose, page numbers) that only layout cares about.
#include "layout/line_kinds.hpp"

#include "grammar/cell_grammar.hpp"
#include "layout/cell_text.hpp"
#include "text/normalize.hpp"

#include <algorithm>

namespace budgetpdf::detail {

namespace {

bool contains(std::u32string_view s, std::u32string_view part) {
  return s.find(part) != std::u32string_view::npos;
}

bool starts(std::u32string_view s, std::u32string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

}  // namespace

bool is_amount_text(std::u32string_view cell) {
  auto a = parse_amount_cell(cell);
  return a && !a->empty;
}

namespace {

// A word of the line that is an amount with decimals ("209.780000"): titles print none, a
// line across a grid's cells that ends in a cell's "…排班表" does.
bool has_decimal_amount(std::u32string_view line) {
  for (std::size_t at = 0; at < line.size();) {
    const auto end = std::min(line.find(U' ', at), line.size());
    const auto word = line.substr(at, end - at);
    if (word.find(U'.') != std::u32string_view::npos && is_amount_text(word)) return true;
    at = end + 1;
  }
  return false;
}

}  // namespace

bool starts_with_code(std::u32string_view cell) {
  if (parse_code_parts(cell)) return true;
  auto lead = parse_leading_codes(cell);
  return lead && !lead->codes.empty() &&
         std::any_of(lead->codes.begin(), lead->codes.end(),
                     [](const std::string& c) { return c.size() >= 3; });
}

bool is_numbering_cells(const std::vector<std::u32string>& cells) {
  return is_numbering_row(cells);
}

bool starts_new_row(std::u32string_view cell) {
  auto s = strip_all_spaces(cell);
  if (starts(s, U"其中")) return true;
  if (parse_ordinal_prefix(s)) return true;
  return is_total_label(s);
}

std::optional<title_parts> parse_title(std::u32string_view line) {
  // An unreadable glyph at either end (a producer's stray glyph without a character, read
  // as U+FFFD) is no part of the title.
  while (!line.empty() && (line.back() == U'\uFFFD' || line.back() == U' ')) line.remove_suffix(1);
  while (!line.empty() && (line.front() == U'\uFFFD' || line.front() == U' '))
    line.remove_prefix(1);
  if (has_decimal_amount(line)) return std::nullopt;
  auto t = parse_title_line(line);
  if (!t) return std::nullopt;
  return title_parts{t->number, t->title, t->declared.value_or(unit::unknown), t->continued};
}

std::optional<unit_parts> parse_unit(std::u32string_view line) {
  // "部门（单位）：X": a bracketed qualifier between a key and its colon is dropped.
  std::u32string text(line);
  for (std::size_t close = text.find(U"）："); close != std::u32string::npos;
       close = text.find(U"）：", close + 1)) {
    auto open = text.rfind(U'（', close);
    if (open != std::u32string::npos && close - open <= 5) {
      text.erase(open, close + 1 - open);
      close = open;
    }
  }
  auto u = parse_unit_line(text);
  if (!u) return std::nullopt;
  unit_parts out;
  if (u->department) out.department = strip_all_spaces(*u->department);
  if (u->declared) out.declared = *u->declared;
  return out;
}

bool is_note(std::u32string_view line) {
  auto s = strip_all_spaces(line);
  return starts(s, U"注：") || starts(s, U"注:") || starts(s, U"说明：") || starts(s, U"说明:") ||
         starts(s, U"备注：") || starts(s, U"备注:") || s == U"注";
}

bool is_empty_note(std::u32string_view line) { return is_empty_table_note(line); }

bool is_prose(std::u32string_view line) {
  auto s = strip_all_spaces(line);
  if (s.size() < 12) return false;
  // Not the comma: cells of performance and reasons columns print whole clauses ("…保障，
  // 2026年预计完成…") on lines that continue a table.
  return contains(s, U"。") || contains(s, U"；");
}

bool is_page_number(std::u32string_view line) {
  auto s = strip_all_spaces(line);
  // "第10页", "第10页共50页"
  if (starts(s, U"第") && contains(s, U"页")) return s.size() <= 12;
  std::u32string digits;
  for (char32_t c : s) {
    if (c >= U'0' && c <= U'9')
      digits.push_back(c);
    else if (c != U'-' && c != U'—' && c != U'–' && c != U'/')
      return false;
  }
  return !digits.empty() && digits.size() <= 4;
}

std::optional<std::vector<std::string>> code_parts(std::u32string_view cell) {
  return parse_code_parts(cell);
}

namespace {

// The separators the grammar's glue allows between a code and its name (code_def.hpp).
bool ends_with_code_separator(std::u32string_view cell) {
  while (!cell.empty() && cell.back() == U' ') cell.remove_suffix(1);
  static constexpr std::u32string_view separators = U"-\uFF0D\u2014\u2013:\uFF1A";
  return !cell.empty() && separators.find(cell.back()) != std::u32string_view::npos;
}

}  // namespace

std::optional<code_prefix_parts> code_prefix(std::u32string_view cell) {
  if (auto glued = parse_code_glued(cell)) {
    code_prefix_parts out;
    out.parts.push_back(glued->code);
    out.rest = glued->name;
    return out;
  }
  // Leading parts must start with a 类 or a full code: "01-公共服务" (a catalogue number
  // before a name) is not a classification.
  if (auto lead = parse_leading_codes(cell);
      lead && !lead->codes.empty() && lead->codes.front().size() >= 3) {
    // A code and its separator with no name after it ("2010101-"): the name was clipped
    // away by a cell too narrow for it. A bare code is a code cell, no glued one.
    if (!lead->rest.empty() || ends_with_code_separator(cell))
      return code_prefix_parts{lead->codes, lead->rest};
  }
  // 政府采购 品目 codes: "A-货物", "A02 设备", "C-服务": a capital letter, optional digits,
  // a dash or space, then a CJK name.
  std::size_t i = 0;
  if (cell.empty() || cell[0] < U'A' || cell[0] > U'Z') return std::nullopt;
  for (i = 1; i < cell.size() && cell[i] >= U'0' && cell[i] <= U'9';) ++i;
  if (i >= cell.size() || (cell[i] != U'-' && cell[i] != U' ' && cell[i] != U'－'))
    return std::nullopt;
  std::size_t rest = i + 1;
  while (rest < cell.size() && cell[rest] == U' ') ++rest;
  if (rest >= cell.size() || !is_cjk(cell[rest])) return std::nullopt;
  std::string code;
  for (std::size_t k = 0; k < i; ++k) code.push_back(char(cell[k]));
  return code_prefix_parts{{code}, std::u32string(cell.substr(rest))};
}

bool is_digits(std::u32string_view cell) {
  return !cell.empty() &&
         std::all_of(cell.begin(), cell.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; });
}

bool is_letter_code(std::u32string_view cell) {
  if (cell.empty() || cell.size() > 7 || cell[0] < U'A' || cell[0] > U'Z') return false;
  return std::all_of(cell.begin() + 1, cell.end(),
                     [](char32_t c) { return c >= U'0' && c <= U'9'; });
}

amount_reading read_amount(std::u32string_view cell) {
  amount_reading r;
  auto a = parse_amount_cell(cell);
  if (!a) {
    r.what = amount_reading::kind::invalid;
    return r;
  }
  if (a->empty)
    r.what = amount_reading::kind::empty;
  else if (a->dash)
    r.what = amount_reading::kind::dash;
  else {
    r.what = amount_reading::kind::value;
    r.value = *a->value;
  }
  return r;
}

}  // namespace budgetpdf::detail
