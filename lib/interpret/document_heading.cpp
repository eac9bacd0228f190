// The document's department, year and stage from its tables and opening lines.
#include "interpret/interpret.hpp"

#include "grammar/cell_grammar.hpp"
#include "layout/cell_text.hpp"
#include "model/text_match.hpp"
#include "text/normalize.hpp"

#include <algorithm>
#include <optional>

namespace budgetpdf::detail {

namespace {

bool digit(char32_t c) { return c >= U'0' && c <= U'9'; }

// The name in a heading line "NAME2024年…预算", or nothing when the line is a sentence
// (punctuation), the year is not four digits, or the name is a part of the document
// ("第二部分", "第三章") rather than who publishes it.
std::optional<std::u32string> name_before_year(const std::u32string& line) {
  if (line.find_first_of(U"，。；：:、《》“”") != std::u32string::npos) return std::nullopt;
  const auto pos = line.find(U"年");
  if (pos == std::u32string::npos || pos < 6) return std::nullopt;
  if (!std::all_of(line.begin() + long(pos) - 4, line.begin() + long(pos), digit))
    return std::nullopt;
  auto name = line.substr(0, pos - 4);
  if (name.size() < 2 || name.size() > 40) return std::nullopt;
  const bool part = name.starts_with(U"第") && (name.ends_with(U"部分") || name.ends_with(U"章") ||
                                                name.ends_with(U"节") || name.ends_with(U"篇"));
  if (part) return std::nullopt;
  return name;
}

}  // namespace

void fill_document_heading(document& doc, const std::vector<grid_table>& grids,
                           const std::vector<std::u32string>& first_lines) {
  for (const auto& g : grids)
    if (!g.department_line.empty()) {
      // "深圳市财政局（本级）": the level qualifier is not part of the department's name.
      auto name = strip_all_spaces(g.department_line);
      for (std::u32string_view suffix : {U"（本级）", U"(本级)"})
        if (name.size() > suffix.size() && name.ends_with(suffix))
          name.resize(name.size() - suffix.size());
      doc.department = to_utf8(name);
      break;
    }
  for (const auto& l : first_lines) {
    auto compact = strip_all_spaces(l);
    bool heading = contains(compact, U"预算") || contains(compact, U"决算");
    if (!heading) continue;
    if (!doc.year) doc.year = parse_year(compact);
    if (doc.stage == stage::unknown)
      doc.stage = contains(compact, U"决算") ? stage::final_accounts : stage::budget;
    if (!doc.department) {
      // "库尔勒市希望街道办事处2024年部门预算": the name before the year.
      auto name = name_before_year(compact);
      if (name) doc.department = to_utf8(*name);
    }
  }
  for (const auto& g : grids) {
    if (!doc.year) doc.year = parse_year(g.title);
    if (doc.stage == stage::unknown) {
      if (contains(g.title, U"决算"))
        doc.stage = stage::final_accounts;
      else if (contains(g.title, U"预算"))
        doc.stage = stage::budget;
    }
  }
}

}  // namespace budgetpdf::detail
