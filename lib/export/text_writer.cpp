// to_text(): tables as aligned text for a terminal, CJK counted two columns wide.
#include <budgetpdf/export.hpp>

#include "export/export_private.hpp"

#include <algorithm>
#include <map>

namespace budgetpdf {

namespace {

constexpr std::size_t name_width_limit = 40;
constexpr std::size_t item_width_limit = 30;
constexpr std::size_t header_width_limit = 24;
constexpr std::string_view gap = "  ";

std::string pages_text(const std::vector<int>& pages) {
  if (pages.empty()) return "?";
  // Runs of consecutive pages print as "10-12".
  std::string s;
  for (std::size_t i = 0; i < pages.size();) {
    std::size_t j = i;
    while (j + 1 < pages.size() && pages[j + 1] == pages[j] + 1) ++j;
    if (!s.empty()) s += ',';
    s += std::to_string(pages[i]);
    if (j > i) s += '-' + std::to_string(pages[j]);
    i = j + 1;
  }
  return s;
}

// Column captions: the header's leaf, or its last two levels where leaves repeat.
std::vector<std::string> column_captions(const std::vector<column>& columns) {
  std::map<std::string, int> leaf_count;
  for (const auto& c : columns)
    if (!c.header.empty()) ++leaf_count[c.header.back()];
  std::vector<std::string> captions;
  for (const auto& c : columns) {
    std::string caption;
    if (c.header.empty()) {
      caption = c.key;
    } else if (c.header.size() >= 2 && leaf_count[c.header.back()] > 1) {
      caption = c.header[c.header.size() - 2] + "/" + c.header.back();
    } else {
      caption = c.header.back();
    }
    captions.push_back(detail::truncate_to_width(caption, header_width_limit));
  }
  return captions;
}

void append_grid(std::string& out, const block& b) {
  bool has_item = std::any_of(b.rows.begin(), b.rows.end(), [](const row& r) { return r.item; });
  std::size_t n_amounts = b.columns.size();
  for (const auto& r : b.rows) n_amounts = std::max(n_amounts, r.values.size());

  // Cells as text, first the caption line, then one line per row.
  std::vector<std::vector<std::string>> lines;
  std::vector<std::string> caption{"code", "name"};
  if (has_item) caption.push_back("item");
  auto captions = column_captions(b.columns);
  captions.resize(n_amounts);
  caption.insert(caption.end(), captions.begin(), captions.end());
  lines.push_back(std::move(caption));
  for (const auto& r : b.rows) {
    std::vector<std::string> cells{r.code.value_or(""),
                                   detail::truncate_to_width(r.name, name_width_limit)};
    if (has_item) cells.push_back(detail::truncate_to_width(r.item.value_or(""), item_width_limit));
    for (std::size_t i = 0; i < n_amounts; ++i)
      cells.push_back(i < r.values.size() && r.values[i] ? r.values[i]->text() : "");
    lines.push_back(std::move(cells));
  }

  const std::size_t text_columns = has_item ? 3 : 2;
  std::vector<std::size_t> widths(lines.front().size(), 0);
  for (const auto& line : lines)
    for (std::size_t i = 0; i < line.size(); ++i)
      widths[i] = std::max(widths[i], detail::display_width(line[i]));

  auto append_cells = [&](const std::vector<std::string>& cells) {
    std::string text;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i > 0) text += gap;
      text += detail::pad(cells[i], widths[i], i >= text_columns);
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out += text;
    out += '\n';
  };
  append_cells(lines.front());
  std::size_t total = 0;
  for (auto w : widths) total += w;
  total += gap.size() * (widths.size() - 1);
  out += std::string(total, '-');
  out += '\n';
  for (std::size_t i = 1; i < lines.size(); ++i) append_cells(lines[i]);
}

void append_table(std::string& out, const table& t) {
  if (t.number) out += *t.number + ' ';
  out += t.title.empty() ? std::string("(untitled)") : t.title;
  out += "  [";
  out += table_kind_name(t.kind);
  out += "; pages " + pages_text(t.pages);
  std::string_view u = unit_name(t.declared_unit);
  out += "; unit ";
  out += u.empty() ? std::string_view("?") : u;
  out += "]\n";
  if (t.empty) out += "(empty table: printed without data)\n";
  for (const auto& b : t.blocks) {
    if (b.label) out += "[" + *b.label + "]\n";
    if (!t.empty || !b.rows.empty()) append_grid(out, b);
  }
  out += '\n';
}

void append_diagnostics(std::string& out, const std::vector<diagnostic>& diagnostics) {
  std::map<diagnostic::severity, int> by_level;
  std::map<std::string, int> by_code;
  for (const auto& d : diagnostics) {
    ++by_level[d.level];
    ++by_code[diagnostic_code_name(d.code)];
  }
  out += "diagnostics: " + std::to_string(diagnostics.size());
  if (!diagnostics.empty()) {
    out += " (";
    bool first = true;
    for (auto level :
         {diagnostic::severity::error, diagnostic::severity::warning, diagnostic::severity::info}) {
      if (!by_level.count(level)) continue;
      if (!first) out += ", ";
      first = false;
      out += std::to_string(by_level[level]) + ' ' + std::string(detail::severity_name(level));
    }
    out += ')';
  }
  out += '\n';
  for (const auto& [code, count] : by_code)
    out += "  " + code + ": " + std::to_string(count) + '\n';
  // Errors and warnings one per line; infos are only counted.
  for (const auto& d : diagnostics) {
    if (d.level == diagnostic::severity::info) continue;
    out += "  ";
    out += detail::severity_name(d.level);
    out += ' ';
    out += diagnostic_code_name(d.code);
    if (d.at.page > 0) out += " p." + std::to_string(d.at.page);
    if (!d.table.empty()) out += " [" + d.table + "]";
    out += ": " + d.message + '\n';
  }
}

}  // namespace

std::string to_text(const document& doc) {
  std::string out;
  std::string file = printable_text(detail::file_name(doc.source.path));
  out += file.empty() ? std::string("(memory)") : file;
  if (doc.department) out += "  " + *doc.department;
  if (doc.year) out += "  " + std::to_string(*doc.year);
  if (auto s = detail::stage_name(doc.stage); !s.empty()) out += "  " + std::string(s);
  out += "  (" + std::to_string(doc.page_count) + " pages, " + std::to_string(doc.tables.size()) +
         " tables)\n\n";
  for (const auto& t : doc.tables) append_table(out, t);
  append_diagnostics(out, doc.diagnostics);
  return out;
}

}  // namespace budgetpdf
