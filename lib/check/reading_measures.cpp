// Truth-free measures of a parse (docs/measures.md).
#include "check/reading_measures.hpp"

#include "base/table_amounts.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>

namespace budgetpdf::detail {

namespace {

// A row holds a printed amount when its box spans the amount's line and one of its values,
// or one of its text cells (绩效指标值 columns hold figures as text), not yet taken by
// another printed amount, equals it, or when one of its text cells prints it in prose.
struct row_values {
  const row* r;
  std::vector<bool> taken;       // per value
  std::vector<bool> text_taken;  // per text cell
};

std::string without_separators(const std::string& text) {
  std::string digits;
  for (char c : text)
    if (c != ',') digits.push_back(c);
  return digits;
}

// A text cell holding exactly this amount as printed (separators aside).
bool text_is(const std::string& text, const amount& a) {
  auto parsed = parse_amount(without_separators(text));
  return parsed && *parsed == a;
}

// A text cell whose prose prints this figure (绩效目标 cells: "调查居民户数≥4,360户"); it
// may print several, so the cell is not taken by one.
bool text_mentions(const std::string& text, const amount& a) {
  const std::string digits = without_separators(text), figure = a.text();
  const auto part_of_number = [](char c) { return (c >= '0' && c <= '9') || c == '.'; };
  for (auto at = digits.find(figure); at != std::string::npos; at = digits.find(figure, at + 1)) {
    const auto end = at + figure.size();
    if ((at == 0 || !part_of_number(digits[at - 1])) &&
        (end == digits.size() || !part_of_number(digits[end])))
      return true;
  }
  return false;
}

bool on_line(const box& row_box, const box& word) {
  const double cy = (word.y0 + word.y1) / 2;
  return cy >= row_box.y0 - 1 && cy <= row_box.y1 + 1;
}

bool inside(const box& region, const box& word) {
  const double cx = (word.x0 + word.x1) / 2, cy = (word.y0 + word.y1) / 2;
  return cx >= region.x0 - 2 && cx <= region.x1 + 2 && cy >= region.y0 - 2 && cy <= region.y1 + 2;
}

box grow(const box& a, const box& b) {
  return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

std::string table_name(const table& t) { return t.number ? *t.number : t.title; }

diagnostic make(diagnostic::severity level, diagnostic_code code, std::string message, location at,
                std::string table) {
  diagnostic d;
  d.level = level;
  d.code = code;
  d.message = std::move(message);
  d.at = at;
  d.table = std::move(table);
  return d;
}

// `held` is `printed` with more decimals: printed "12437.3" or "1532.5537", held 12437.36 or
// 1532.553759.
bool wrapped_prefix(const amount& printed, const amount& held) {
  const std::string p = printed.text(), h = held.text();
  return p.find('.') != std::string::npos && h.size() > p.size() && h.compare(0, p.size(), p) == 0;
}

// Amounts no row holds, one diagnostic per page and kind, listing the first few.
struct unplaced {
  box where;
  int count = 0;
  std::string examples;
  void add(const printed_amount& a) {
    where = count == 0 ? a.where : grow(where, a.where);
    if (++count <= 5) examples += (examples.empty() ? "" : ", ") + a.value.text();
  }
};

void measure_amounts(document& doc, const std::vector<page_amounts>& pages) {
  auto& m = doc.measures;
  // Rows and table regions by page.
  std::map<int, std::vector<row_values>> rows;
  std::map<int, std::vector<std::pair<box, std::string>>> regions;
  for (const auto& t : doc.tables) {
    std::map<int, box> region;
    for (const auto& b : t.blocks)
      for (const auto& r : b.rows) {
        rows[r.page].push_back({&r, std::vector<bool>(r.values.size(), false),
                                std::vector<bool>(r.texts.size(), false)});
        auto [it, fresh] = region.emplace(r.page, r.where);
        if (!fresh) it->second = grow(it->second, r.where);
      }
    for (const auto& [page, b] : region) regions[page].emplace_back(b, table_name(t));
  }
  // Pages with rows of a table that was reported empty because none of its cells read as an
  // amount: if it prints figures after all, they were lost and are counted here.
  std::set<int> rows_without_amounts;
  for (const auto& d : doc.diagnostics)
    if (d.code == diagnostic_code::table_without_amounts) rows_without_amounts.insert(d.at.page);
  for (const auto& p : pages) {
    const bool table_page =
        rows.count(p.page) > 0 || rows_without_amounts.count(p.page) > 0 || p.looks_tabular;
    if (!table_page) continue;
    auto& page_rows = rows[p.page];
    unplaced in_tables, outside;
    std::string in_table_name;
    const auto& page_regions = regions[p.page];
    // Two passes: figures held as printed first, then figures whose last decimals wrapped
    // onto the next line of their cell or past a page break (family f34: "12437.3" printed
    // here, 12437.36 held), so that a prefix never takes a value printed whole elsewhere.
    struct counted_amount {
      const printed_amount* a;
      bool placed;
      const std::pair<box, std::string>* region;  // the table region holding it, or null
    };
    std::vector<counted_amount> counted;
    for (const auto& a : p.amounts) {
      const auto region = std::find_if(page_regions.begin(), page_regions.end(),
                                       [&](const auto& rg) { return inside(rg.first, a.where); });
      if (a.in_sentence && region == page_regions.end()) continue;  // a figure of running text
      ++m.amounts_printed;
      bool placed = false;
      for (auto& rv : page_rows) {
        if (!on_line(rv.r->where, a.where)) continue;
        for (std::size_t i = 0; i < rv.r->values.size() && !placed; ++i)
          if (!rv.taken[i] && rv.r->values[i] && *rv.r->values[i] == a.value)
            placed = rv.taken[i] = true;
        for (std::size_t i = 0; i < rv.r->texts.size() && !placed; ++i)
          if (!rv.text_taken[i] && text_is(rv.r->texts[i], a.value))
            placed = rv.text_taken[i] = true;
        for (std::size_t i = 0; i < rv.r->texts.size() && !placed; ++i)
          placed = text_mentions(rv.r->texts[i], a.value);
        if (placed) break;
      }
      counted.push_back({&a, placed, region != page_regions.end() ? &*region : nullptr});
    }
    for (const auto& c : counted) {
      const auto& a = *c.a;
      bool placed = c.placed;
      for (auto& rv : page_rows) {
        if (placed || !on_line(rv.r->where, a.where)) continue;
        for (std::size_t i = 0; i < rv.r->values.size() && !placed; ++i)
          if (!rv.taken[i] && rv.r->values[i] && wrapped_prefix(a.value, *rv.r->values[i]))
            placed = rv.taken[i] = true;
      }
      if (placed) {
        ++m.amounts_placed;
        continue;
      }
      if (c.region) {
        ++m.amounts_outside_cells;
        if (in_tables.count == 0) in_table_name = c.region->second;
        in_tables.add(a);
      } else {
        ++m.amounts_outside_tables;
        outside.add(a);
      }
    }
    if (in_tables.count > 0)
      doc.diagnostics.push_back(
          make(diagnostic::severity::warning, diagnostic_code::amount_outside_cells,
               std::to_string(in_tables.count) +
                   " amount(s) printed inside the table's region are held by no row: " +
                   in_tables.examples + (in_tables.count > 5 ? ", …" : ""),
               {p.page, in_tables.where}, in_table_name));
    if (outside.count > 0)
      doc.diagnostics.push_back(make(
          diagnostic::severity::warning, diagnostic_code::amount_outside_tables,
          std::to_string(outside.count) +
              " amount(s) printed on this page lie outside every table found: " + outside.examples +
              (outside.count > 5 ? ", …" : "") + " (a table or part of one was missed)",
          {p.page, outside.where}, ""));
  }
}

// Header text that belongs to a title block: a table number, 单位：, 部门：. A unit in
// brackets after a column's words (预算数（单位：万元）) is the column's own.
bool title_text(std::string_view h) {
  for (std::string_view key : {"单位：", "单位:", "部门：", "部门:"})
    for (auto at = h.find(key); at != std::string_view::npos; at = h.find(key, at + 1))
      if (!(h.substr(0, at).ends_with("（") || h.substr(0, at).ends_with("("))) return true;
  // "表3", "表 3", "公开02表", "预算表1": 表 beside a digit.
  for (std::size_t i = h.find("表"); i != std::string_view::npos; i = h.find("表", i + 1)) {
    const bool digit_before = i > 0 && h[i - 1] >= '0' && h[i - 1] <= '9';
    const std::size_t after = i + std::string_view("表").size();
    std::size_t j = after;
    while (j < h.size() && h[j] == ' ') ++j;
    const bool digit_after = j < h.size() && h[j] >= '0' && h[j] <= '9';
    if (digit_before || digit_after) return true;
  }
  return false;
}

// A column's header labels joined top to bottom: "基本支出/人员经费".
std::string header_path(const column& col) {
  std::string path;
  for (const auto& h : col.header) path += (path.empty() ? "" : "/") + h;
  return path;
}

// Figures with decimals in text column c of block b, where they are at least two and half
// of its printed cells (a 数量 column of counts, a 备注 that mentions a sum, are not).
int figures_in_text_column(const block& b, std::size_t c) {
  int printed = 0, figures = 0;
  for (const auto& r : b.rows) {
    if (c >= r.texts.size() || r.texts[c].empty()) continue;
    ++printed;
    const auto& text = r.texts[c];
    if (text.find('.') != std::string::npos && parse_amount(without_separators(text))) ++figures;
  }
  return figures >= 2 && 2 * figures >= printed ? figures : 0;
}

void measure_structure(document& doc) {
  auto& m = doc.measures;
  using sev = diagnostic::severity;
  std::vector<diagnostic> out;
  for (const auto& t : doc.tables) {
    if (!has_amounts(t)) continue;
    ++m.tables_with_amounts;
    const location at{t.pages.empty() ? 0 : t.pages.front(), {}};
    const std::string name = table_name(t);
    const std::string shown = name.empty() ? "a table on page " + std::to_string(at.page) : name;
    if (t.title.empty()) {
      ++m.tables_without_title;
      out.push_back(make(sev::warning, diagnostic_code::table_without_title,
                         "a table with amounts was found without a title", at, name));
    }
    if (t.kind == table_kind::other) {
      ++m.tables_kind_unknown;
      out.push_back(make(sev::info, diagnostic_code::table_kind_unknown,
                         shown + " is none of the standard disclosure tables", at, name));
    }
    if (t.declared_unit == unit::unknown) {
      ++m.tables_without_unit;
      out.push_back(make(sev::warning, diagnostic_code::table_without_unit,
                         shown + " declares no unit (元, 万元, 千元) that was found", at, name));
    }
    for (const auto& b : t.blocks)
      for (std::size_t c = 0; c < b.columns.size(); ++c) {
        ++m.amount_columns;
        const auto& col = b.columns[c];
        const std::string path = header_path(col);
        const std::string which = shown + ", amount column " + std::to_string(c + 1) +
                                  (b.label ? " of " + *b.label : std::string());
        if (col.header.empty()) {
          ++m.columns_without_header;
          out.push_back(make(sev::warning, diagnostic_code::column_without_header,
                             which + " has no header text", at, name));
        } else if (std::any_of(col.header.begin(), col.header.end(),
                               [](const std::string& h) { return title_text(h); })) {
          ++m.headers_with_title_text;
          out.push_back(make(sev::warning, diagnostic_code::header_holds_title_text,
                             which + "'s header holds title text: " + path, at, name));
        }
        const bool empty = std::none_of(b.rows.begin(), b.rows.end(), [&](const row& r) {
          return c < r.values.size() && r.values[c].has_value();
        });
        if (empty) {
          ++m.empty_columns;
          out.push_back(make(sev::info, diagnostic_code::empty_column,
                             which + " (" + path + ") holds no value", at, name));
        }
      }
    if (t.kind != table_kind::performance)
      for (const auto& b : t.blocks)
        for (std::size_t c = 0; c < b.text_columns.size(); ++c) {
          const auto figures = figures_in_text_column(b, c);
          if (!figures) continue;
          out.push_back(make(sev::warning, diagnostic_code::text_column_holds_amounts,
                             shown + ", text column " + std::to_string(c + 1) + " (" +
                                 header_path(b.text_columns[c]) + ") holds " +
                                 std::to_string(figures) +
                                 " figures that read as amounts: an amount column read as text?",
                             at, name));
        }
  }
  for (const auto& d : doc.diagnostics)
    if (d.code == diagnostic_code::title_without_rows) ++m.titles_without_rows;
  for (auto& d : out) doc.diagnostics.push_back(std::move(d));
}

}  // namespace

void measure_reading(document& doc, const std::vector<page_amounts>& pages) {
  doc.measures = {};
  measure_amounts(doc, pages);
  measure_structure(doc);
}

}  // namespace budgetpdf::detail
