// The document's department, year and stage from its tables and opening lines.
#include "interpret/interpret.hpp"

#include "grammar/cell_grammar.hpp"
#include "layout/cell_text.hpp"
#include "layout/line_kinds.hpp"
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

// An organisation's name: no punctuation, and the suffix of a public body.
bool names_a_body(const std::u32string& name) {
  if (name.size() < 4 || name.size() > 40) return false;
  if (name.find_first_of(U"，。；：:、《》“”") != std::u32string::npos) return false;
  for (std::u32string_view suffix :
       {U"局", U"委员会", U"办公室", U"办公厅", U"厅", U"院", U"中心", U"办事处", U"委",   U"办",
        U"部", U"馆",     U"所",     U"站",     U"处", U"队", U"会",   U"政府",   U"学校", U"大学"})
    if (name.ends_with(suffix)) return true;
  return false;
}

// A labelled cover line: "评价项目单位：长沙市…委员会", or the label alone with the name on
// the next line ("项目主管部门：" / "长沙市…委员会"). Labels end in 单位 or 部门 (编制单位,
// 预算单位, 主管部门, 部门名称 …).
std::optional<std::u32string> labelled_body(const std::vector<std::u32string>& lines) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto line = strip_all_spaces(lines[i]);
    const auto colon = line.find_first_of(U"：:");
    if (colon == std::u32string::npos) continue;
    const auto label = line.substr(0, colon);
    if (!(label.ends_with(U"单位") || label.ends_with(U"部门") || label.ends_with(U"部门名称") ||
          label.ends_with(U"单位名称")))
      continue;
    auto value = line.substr(colon + 1);
    if (value.empty() && i + 1 < lines.size()) value = strip_all_spaces(lines[i + 1]);
    if (names_a_body(value)) return value;
  }
  return std::nullopt;
}

bool is_evaluation_heading(const std::u32string& line) {
  return !is_prose(line) && contains(line, U"绩效评价") &&
         (line.ends_with(U"报告") || line.ends_with(U"报告书"));
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
    // "…项目支出绩效评价报告" as the document's heading: an evaluation of spending already
    // made, whatever 预算 or 决算 it quotes later.
    if (is_evaluation_heading(compact)) {
      if (doc.stage == stage::unknown) doc.stage = stage::performance_evaluation;
      if (!doc.year) doc.year = parse_year(compact);
    }
    if (!contains(compact, U"预算") && !contains(compact, U"决算")) continue;
    if (!doc.year) doc.year = parse_year(compact);
    if (doc.stage == stage::unknown)
      doc.stage = contains(compact, U"决算") ? stage::final_accounts : stage::budget;
    if (!doc.department) {
      // "库尔勒市希望街道办事处2024年部门预算": the name before the year.
      auto name = name_before_year(compact);
      if (name) doc.department = to_utf8(*name);
    }
  }
  if (!doc.department)
    if (auto name = labelled_body(first_lines)) doc.department = to_utf8(*name);
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
