// compare_with_truth(): grades a parse against a hand-made truth file, cell by cell.
#include "check/truth_compare.hpp"

#include <budgetpdf/eval.hpp>

#include "export/export_private.hpp"
#include "text/normalize.hpp"

#include <algorithm>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace budgetpdf {

namespace detail {

namespace {

using json = nlohmann::json;

[[noreturn]] void bad(const std::string& where, const std::string& what) {
  throw std::invalid_argument("truth: " + where + ": " + what);
}

const json& member(const json& object, const char* key, const std::string& where) {
  auto it = object.find(key);
  if (it == object.end()) bad(where, std::string("missing \"") + key + "\"");
  return *it;
}

std::string string_at(const json& v, const std::string& where) {
  if (!v.is_string()) bad(where, "expected a string");
  return v.get<std::string>();
}

std::optional<std::string> optional_string_at(const json& v, const std::string& where) {
  if (v.is_null()) return std::nullopt;
  return string_at(v, where);
}

std::optional<std::string> optional_member(const json& object, const char* key,
                                           const std::string& where) {
  auto it = object.find(key);
  if (it == object.end()) return std::nullopt;
  return optional_string_at(*it, where + "." + key);
}

const json& array_member(const json& object, const char* key, const std::string& where) {
  const json& v = member(object, key, where);
  if (!v.is_array()) bad(where + "." + key, "expected an array");
  return v;
}

std::vector<std::string> header_path(const json& column, const std::string& where) {
  // FORMAT.md: a plain array of header levels; budgetpdf/1: {"header": [...], "key": ...}.
  const json& header = column.is_object() ? member(column, "header", where) : column;
  if (!header.is_array()) bad(where, "expected a header path (array of strings)");
  std::vector<std::string> path;
  for (std::size_t i = 0; i < header.size(); ++i)
    path.push_back(string_at(header[i], where + "[" + std::to_string(i) + "]"));
  return path;
}

truth_row read_row(const json& r, const std::string& where) {
  if (!r.is_object()) bad(where, "expected an object");
  truth_row row;
  row.code = optional_string_at(member(r, "code", where), where + ".code");
  // A row printed without a name (the one row of a 三公 table) has "name": null; a parse
  // holds "" there.
  row.name = optional_string_at(member(r, "name", where), where + ".name").value_or("");
  if (auto it = r.find("item"); it != r.end()) {
    row.item = optional_string_at(*it, where + ".item");
    // Our own output writes "item": null everywhere; only a present item is a key.
    row.has_item = row.item.has_value();
  }
  const json& values = array_member(r, "values", where);
  for (std::size_t i = 0; i < values.size(); ++i)
    row.values.push_back(
        optional_string_at(values[i], where + ".values[" + std::to_string(i) + "]"));
  return row;
}

truth_block read_block(const json& b, const std::string& where) {
  if (!b.is_object()) bad(where, "expected an object");
  truth_block block;
  block.label = optional_member(b, "label", where);
  const json& columns = array_member(b, "columns", where);
  for (std::size_t i = 0; i < columns.size(); ++i)
    block.columns.push_back(header_path(columns[i], where + ".columns[" + std::to_string(i) + "]"));
  const json& rows = array_member(b, "rows", where);
  for (std::size_t i = 0; i < rows.size(); ++i)
    block.rows.push_back(read_row(rows[i], where + ".rows[" + std::to_string(i) + "]"));
  return block;
}

truth_table read_table(const json& t, const std::string& where) {
  if (!t.is_object()) bad(where, "expected an object");
  truth_table table;
  table.number = optional_member(t, "number", where);
  table.title = string_at(member(t, "title", where), where + ".title");
  const json& pages = array_member(t, "pages", where);
  for (std::size_t i = 0; i < pages.size(); ++i) {
    if (!pages[i].is_number_integer()) bad(where + ".pages", "expected integers");
    table.pages.push_back(pages[i].get<int>());
  }
  table.unit = optional_member(t, "unit", where);
  if (auto it = t.find("empty"); it != t.end()) {
    if (!it->is_boolean()) bad(where + ".empty", "expected true or false");
    table.empty = it->get<bool>();
  }
  const json& blocks = array_member(t, "blocks", where);
  for (std::size_t i = 0; i < blocks.size(); ++i)
    table.blocks.push_back(read_block(blocks[i], where + ".blocks[" + std::to_string(i) + "]"));
  return table;
}

}  // namespace

truth_document read_truth(std::string_view json_text) {
  json root;
  try {
    root = json::parse(json_text);
  } catch (const json::exception& e) {
    throw std::invalid_argument(std::string("truth: not JSON: ") + e.what());
  }
  if (!root.is_object()) bad("(top)", "expected an object");
  truth_document doc;
  const json& d = member(root, "document", "(top)");
  if (!d.is_object()) bad("document", "expected an object");
  if (auto it = root.find("file"); it != root.end() && it->is_string())
    doc.file = it->get<std::string>();
  else if (auto f = d.find("file"); f != d.end() && f->is_string())
    doc.file = f->get<std::string>();
  doc.department = optional_member(d, "department", "document");
  if (auto it = d.find("year"); it != d.end() && !it->is_null()) {
    if (!it->is_number_integer()) bad("document.year", "expected an integer");
    doc.year = it->get<int>();
  }
  doc.stage = optional_member(d, "stage", "document");
  const json& tables = array_member(root, "tables", "(top)");
  for (std::size_t i = 0; i < tables.size(); ++i)
    doc.tables.push_back(read_table(tables[i], "tables[" + std::to_string(i) + "]"));
  return doc;
}

// Text as compared with the truth: normalized as the reader normalizes what it reads
// (full-width forms folded, as NFKC does: "，" and "," are one character), white space
// removed.
std::string comparable(std::string_view s) {
  std::u32string out;
  for (char32_t c : normalize_text(to_u32(s)))
    if (c != U' ' && c != U'\t' && c != U'\n' && c != U'\r' && c != U'\f' && c != U'\v' &&
        c != U'\u3000')
      out.push_back(c);
  return to_utf8(out);
}

}  // namespace detail

const char* eval_mismatch_kind_name(eval_mismatch::kind k) noexcept {
  using kind = eval_mismatch::kind;
  switch (k) {
    case kind::document_field:
      return "document_field";
    case kind::missing_table:
      return "missing_table";
    case kind::extra_table:
      return "extra_table";
    case kind::table_field:
      return "table_field";
    case kind::column_header:
      return "column_header";
    case kind::missing_block:
      return "missing_block";
    case kind::extra_block:
      return "extra_block";
    case kind::missing_row:
      return "missing_row";
    case kind::extra_row:
      return "extra_row";
    case kind::wrong_value:
      return "wrong_value";
    case kind::missing_value:
      return "missing_value";
    case kind::spurious_value:
      return "spurious_value";
  }
  return "wrong_value";
}

namespace {

using detail::comparable;
using detail::truth_block;
using detail::truth_row;
using detail::truth_table;
using kind = eval_mismatch::kind;
using opt = std::optional<std::string>;

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string s;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) s += sep;
    s += parts[i];
  }
  return s;
}

std::string table_label(const opt& number, const std::string& title) {
  return number ? *number + " " + title : title;
}

std::string row_label(const opt& code, const std::string& name) {
  if (!code && name.empty()) return "(unnamed row)";
  return code ? *code + " " + name : name;
}

// Prefixes below are chars ('[', '#'), not one-letter strings: "x" + std::string&& makes
// GCC 12 at -O3 (Release) report an impossible overlapping memcpy (-Wrestrict; GCC bug
// 105329), an error with BUDGETPDF_WERROR.
std::string pages_text(const std::vector<int>& pages) {
  std::vector<std::string> parts;
  for (int p : pages) parts.push_back(std::to_string(p));
  return '[' + join(parts, ",") + ']';
}

opt nonempty(std::string_view s) { return s.empty() ? opt() : opt(std::string(s)); }

// The non-null values of a row, space-separated, for a one-line missing/extra row entry.
template <class Values, class Text>
opt values_text(const Values& values, Text text) {
  std::vector<std::string> parts;
  for (const auto& v : values)
    if (v) parts.push_back(text(*v));
  return parts.empty() ? opt() : opt(join(parts, " "));
}

int amounts_in(const block& b) {
  int n = 0;
  for (const auto& r : b.rows)
    for (const auto& v : r.values) n += v.has_value();
  return n;
}

int amounts_in(const truth_block& b) {
  int n = 0;
  for (const auto& r : b.rows)
    for (const auto& v : r.values) n += v.has_value();
  return n;
}

// Aligns truth rows with parsed rows in order, on equal (code, name[, item]): the alignment
// with the most matched rows, and among those the most exact cells (so of two printed
// duplicates the one whose amounts agree is kept). `exact(i, j)` counts the exact cells of
// truth row i against parsed row j. Returns, for each truth row, its parsed row or -1.
template <class Exact>
std::vector<int> align_rows(const std::vector<truth_row>& truth, const std::vector<row>& ours,
                            Exact exact) {
  // 2: same code; 1: a code on one side only, as a unit code (单位编码 135, 327001) may be
  // recorded (docs/truth-format.md), worth less than a same-code match; 0: different.
  auto same = [&](const truth_row& t, const row& o) -> int {
    if (comparable(t.name) != comparable(o.name)) return 0;
    const int code_match = t.code == o.code ? 2 : (!t.code || !o.code) ? 1 : 0;
    if (code_match == 0) return 0;
    if (t.has_item && (!o.item || comparable(*t.item) != comparable(*o.item))) return 0;
    return code_match;
  };
  const std::size_t n = truth.size(), m = ours.size();
  constexpr long long row_weight = 1LL << 32;  // one matched row outweighs any cell count
  std::vector<std::vector<long long>> best(n + 1, std::vector<long long>(m + 1, 0));
  std::vector<std::vector<long long>> pair(n, std::vector<long long>(m, -1));
  for (std::size_t i = n; i-- > 0;)
    for (std::size_t j = m; j-- > 0;) {
      if (int s = same(truth[i], ours[j])) pair[i][j] = (s == 2 ? 2 : 1) * row_weight + exact(i, j);
      long long take = pair[i][j] >= 0 ? pair[i][j] + best[i + 1][j + 1] : -1;
      best[i][j] = std::max({best[i + 1][j], best[i][j + 1], take});
    }
  std::vector<int> match(n, -1);
  for (std::size_t i = 0, j = 0; i < n && j < m;) {
    if (pair[i][j] >= 0 && best[i][j] == pair[i][j] + best[i + 1][j + 1]) {
      match[i] = static_cast<int>(j);
      ++i;
      ++j;
    } else if (best[i][j] == best[i + 1][j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return match;
}

// For each truth column, the index of the parsed column holding it, or -1: equal header
// paths first (in order), then equal positions when both blocks have as many columns.
std::vector<int> align_columns(const std::vector<std::vector<std::string>>& truth,
                               const std::vector<column>& ours) {
  std::vector<int> match(truth.size(), -1);
  std::vector<bool> taken(ours.size(), false);
  auto path_key = [](const std::vector<std::string>& path) {
    std::vector<std::string> p;
    for (const auto& s : path) p.push_back(comparable(s));
    return p;
  };
  for (std::size_t i = 0; i < truth.size(); ++i) {
    auto want = path_key(truth[i]);
    for (std::size_t j = 0; j < ours.size(); ++j) {
      if (!taken[j] && path_key(ours[j].header) == want) {
        match[i] = static_cast<int>(j);
        taken[j] = true;
        break;
      }
    }
  }
  if (truth.size() == ours.size())
    for (std::size_t i = 0; i < truth.size(); ++i)
      if (match[i] < 0 && !taken[i]) {
        match[i] = static_cast<int>(i);
        taken[i] = true;
      }
  return match;
}

class grader {
 public:
  explicit grader(eval_report& r) : r_(r) {}

  void add(kind what, std::string table, std::string row, std::string column, opt expected,
           opt got) {
    r_.mismatches.push_back(eval_mismatch{what, std::move(table), std::move(row), std::move(column),
                                          std::move(expected), std::move(got)});
  }

  void document_field(const char* name, const opt& expected, const opt& got) {
    ++r_.document_fields;
    if (expected == got)
      ++r_.document_fields_right;
    else
      add(kind::document_field, "", "", name, expected, got);
  }

  void missing_table(const truth_table& t) {
    add(kind::missing_table, table_label(t.number, t.title), "", "", pages_text(t.pages), {});
    for (const auto& b : t.blocks) missing_block_cells(b);
  }

  void extra_table(const table& t) {
    ++r_.tables_extra;
    add(kind::extra_table, table_label(t.number, t.title), "", "", {}, pages_text(t.pages));
    for (const auto& b : t.blocks) r_.extra_table_amounts += amounts_in(b);
  }

  void table_pair(const truth_table& t, const table& o) {
    ++r_.tables_found;
    const std::string label = table_label(t.number, t.title);
    if (t.title != o.title) add(kind::table_field, label, "", "title", t.title, o.title);
    if (t.number != o.number) add(kind::table_field, label, "", "number", t.number, o.number);
    if (t.pages == o.pages)
      ++r_.tables_pages_right;
    else
      add(kind::table_field, label, "", "pages", pages_text(t.pages), pages_text(o.pages));
    opt unit = nonempty(unit_name(o.declared_unit));
    if (t.unit == unit)
      ++r_.tables_unit_right;
    else
      add(kind::table_field, label, "", "unit", t.unit, unit);
    if (t.empty == o.empty)
      ++r_.tables_empty_right;
    else
      add(kind::table_field, label, "", "empty", t.empty ? "true" : "false",
          o.empty ? "true" : "false");

    // Blocks: same label in order, then same position.
    std::vector<int> match(t.blocks.size(), -1);
    std::vector<bool> taken(o.blocks.size(), false);
    auto label_of = [](const opt& l) { return l ? opt(comparable(*l)) : opt(); };
    for (std::size_t i = 0; i < t.blocks.size(); ++i)
      for (std::size_t j = 0; j < o.blocks.size(); ++j)
        if (!taken[j] && label_of(t.blocks[i].label) == label_of(o.blocks[j].label)) {
          match[i] = static_cast<int>(j);
          taken[j] = true;
          break;
        }
    for (std::size_t i = 0; i < t.blocks.size(); ++i)
      if (match[i] < 0 && i < o.blocks.size() && !taken[i]) {
        match[i] = static_cast<int>(i);
        taken[i] = true;
      }

    bool columns_right = true;
    for (std::size_t i = 0; i < t.blocks.size(); ++i) {
      const truth_block& tb = t.blocks[i];
      if (match[i] < 0) {
        columns_right = false;
        add(kind::missing_block, label, "", tb.label.value_or(""), tb.label, {});
        missing_block_cells(tb);
        continue;
      }
      const block& ob = o.blocks[static_cast<std::size_t>(match[i])];
      if (!block_pair(label, tb, ob)) columns_right = false;
    }
    for (std::size_t j = 0; j < o.blocks.size(); ++j) {
      if (taken[j]) continue;
      columns_right = false;  // a block of columns the table does not print
      add(kind::extra_block, label, "", o.blocks[j].label.value_or(""), {}, o.blocks[j].label);
      for (const auto& r : o.blocks[j].rows) extra_row(label, r, o.blocks[j]);
    }
    if (columns_right) ++r_.tables_columns_right;
  }

 private:
  void missing_block_cells(const truth_block& b) {
    r_.rows_truth += static_cast<int>(b.rows.size());
    int n = amounts_in(b);
    r_.cells_truth += n;
    r_.cells_missing += n;
  }

  void extra_row(const std::string& table, const row& r, const block&) {
    ++r_.rows_extra;
    int n = 0;
    for (const auto& v : r.values) n += v.has_value();
    r_.spurious += n;
    add(kind::extra_row, table, row_label(r.code, r.name), "", {},
        values_text(r.values, [](const amount& a) { return a.text(); }));
  }

  // Returns whether the header paths are identical.
  bool block_pair(const std::string& table, const truth_block& tb, const block& ob) {
    bool columns_right = tb.columns.size() == ob.columns.size();
    const auto columns = align_columns(tb.columns, ob.columns);
    std::vector<bool> used(ob.columns.size(), false);
    for (std::size_t c = 0; c < tb.columns.size(); ++c) {
      const std::string expected = join(tb.columns[c], "/");
      if (columns[c] >= 0) {
        auto oc = static_cast<std::size_t>(columns[c]);
        used[oc] = true;
        if (oc != c) columns_right = false;
        if (ob.columns[oc].header == tb.columns[c]) continue;  // found by its path
        columns_right = false;
        add(kind::column_header, table, "", expected, expected, join(ob.columns[oc].header, "/"));
      } else {
        columns_right = false;
        add(kind::column_header, table, "", expected, expected, {});
      }
    }
    for (std::size_t oc = 0; oc < ob.columns.size(); ++oc)
      if (!used[oc]) {
        std::string got = join(ob.columns[oc].header, "/");
        add(kind::column_header, table, "", got, {}, got);
      }

    // The amount of truth row i, column c, in parsed row `o` (none where not there).
    auto got_at = [&](const row& o, std::size_t c) -> opt {
      if (c >= columns.size() || columns[c] < 0) return {};
      auto oc = static_cast<std::size_t>(columns[c]);
      if (oc < o.values.size() && o.values[oc]) return o.values[oc]->text();
      return {};
    };
    const auto rows = align_rows(tb.rows, ob.rows, [&](std::size_t i, std::size_t j) {
      long long n = 0;
      const auto& values = tb.rows[i].values;
      for (std::size_t c = 0; c < values.size(); ++c)
        n += values[c] && got_at(ob.rows[j], c) == values[c];
      return n;
    });
    std::vector<bool> row_used(ob.rows.size(), false);
    for (std::size_t i = 0; i < tb.rows.size(); ++i) {
      const truth_row& tr = tb.rows[i];
      ++r_.rows_truth;
      int truth_amounts = 0;
      for (const auto& v : tr.values) truth_amounts += v.has_value();
      r_.cells_truth += truth_amounts;
      const std::string label = row_label(tr.code, tr.name);
      if (rows[i] < 0) {
        r_.cells_missing += truth_amounts;
        add(kind::missing_row, table, label, "",
            values_text(tr.values, [](const std::string& s) { return s; }), {});
        continue;
      }
      ++r_.rows_matched;
      const row& orow = ob.rows[static_cast<std::size_t>(rows[i])];
      row_used[static_cast<std::size_t>(rows[i])] = true;
      for (std::size_t c = 0; c < tr.values.size(); ++c) {
        const opt& want = tr.values[c];
        const opt got = got_at(orow, c);
        const std::string column =
            c < tb.columns.size() ? join(tb.columns[c], "/") : '#' + std::to_string(c + 1);
        if (want && got == want) {
          ++r_.cells_exact;
        } else if (want && got) {
          ++r_.cells_wrong;
          add(kind::wrong_value, table, label, column, want, got);
        } else if (want) {
          ++r_.cells_missing;
          add(kind::missing_value, table, label, column, want, {});
        } else if (got) {
          ++r_.spurious;
          add(kind::spurious_value, table, label, column, {}, got);
        }
      }
      // Amounts in parsed columns that hold no truth column.
      for (std::size_t oc = 0; oc < orow.values.size(); ++oc) {
        if (!orow.values[oc] || (oc < used.size() && used[oc])) continue;
        ++r_.spurious;
        std::string column = oc < ob.columns.size() ? join(ob.columns[oc].header, "/")
                                                    : '#' + std::to_string(oc + 1);
        add(kind::spurious_value, table, label, column, {}, orow.values[oc]->text());
      }
    }
    for (std::size_t j = 0; j < ob.rows.size(); ++j)
      if (!row_used[j]) extra_row(table, ob.rows[j], ob);
    return columns_right;
  }

  eval_report& r_;
};

}  // namespace

eval_report compare_with_truth(const document& doc, std::string_view truth_json) {
  const detail::truth_document truth = detail::read_truth(truth_json);
  eval_report report;
  report.file = truth.file;
  grader g(report);

  g.document_field("department", truth.department, doc.department);
  g.document_field("year", truth.year ? opt(std::to_string(*truth.year)) : opt(),
                   doc.year ? opt(std::to_string(*doc.year)) : opt());
  g.document_field("stage", truth.stage, nonempty(detail::stage_name(doc.stage)));

  // Tables: number + title, then title, then number; white space ignored, duplicates in
  // order.
  report.tables_truth = static_cast<int>(truth.tables.size());
  std::vector<int> match(truth.tables.size(), -1);
  std::vector<bool> taken(doc.tables.size(), false);
  auto number_of = [](const opt& n) { return n ? opt(comparable(*n)) : opt(); };
  auto pass = [&](auto same) {
    for (std::size_t i = 0; i < truth.tables.size(); ++i) {
      if (match[i] >= 0) continue;
      for (std::size_t j = 0; j < doc.tables.size(); ++j)
        if (!taken[j] && same(truth.tables[i], doc.tables[j])) {
          match[i] = static_cast<int>(j);
          taken[j] = true;
          break;
        }
    }
  };
  pass([&](const truth_table& t, const table& o) {
    return number_of(t.number) == number_of(o.number) && comparable(t.title) == comparable(o.title);
  });
  pass([&](const truth_table& t, const table& o) {
    return comparable(t.title) == comparable(o.title);
  });
  pass([&](const truth_table& t, const table& o) {
    return t.number && number_of(t.number) == number_of(o.number);
  });

  for (std::size_t i = 0; i < truth.tables.size(); ++i) {
    if (match[i] < 0)
      g.missing_table(truth.tables[i]);
    else
      g.table_pair(truth.tables[i], doc.tables[static_cast<std::size_t>(match[i])]);
  }
  for (std::size_t j = 0; j < doc.tables.size(); ++j)
    if (!taken[j]) g.extra_table(doc.tables[j]);
  return report;
}

}  // namespace budgetpdf
