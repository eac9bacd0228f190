// document -> dict, field names as in include/budgetpdf/types.hpp.
#include "convert.hpp"

#include <budgetpdf/database.hpp>
#include <budgetpdf/export.hpp>

#include "export/export_private.hpp"

#include <string>
#include <vector>

namespace py = pybind11;
using namespace pybind11::literals;

namespace budgetpdf::python {

namespace {

// Text from a PDF is valid UTF-8 (the library replaces what is not), but a source path may
// not be: decode it the way the JSON writer does rather than fail on it.
py::str text(const std::string& s) { return py::str(printable_text(s, false)); }

py::object optional_text(const std::optional<std::string>& s) {
  return s ? py::object(text(*s)) : py::object(py::none());
}

py::list texts(const std::vector<std::string>& v) {
  py::list out;
  for (const auto& s : v) out.append(text(s));
  return out;
}

// As the JSON prints them: page 0 and the zero box mean unknown, None.
py::object box_of(const box& b) {
  if (b.x0 == 0 && b.y0 == 0 && b.x1 == 0 && b.y1 == 0) return py::none();
  return py::make_tuple(b.x0, b.y0, b.x1, b.y1);
}

py::object page_of(int page) { return page > 0 ? py::object(py::int_(page)) : py::none(); }

// As the JSON and CSV print it: "预算", "决算", None for unknown.
py::object stage_text(stage s) {
  if (s == stage::unknown) return py::none();
  return py::str(s == stage::budget ? "预算" : "决算");
}

// (mantissa, scale, percent, text, value in 元 or None)
py::object amount_of(const std::optional<amount>& a, const std::vector<column>& columns,
                     std::size_t i, unit u) {
  if (!a) return py::none();
  auto yuan = value_in_yuan(columns, i, *a, u);
  return py::make_tuple(a->mantissa, a->scale, a->percent, a->text(),
                        yuan ? py::object(py::str(*yuan)) : py::object(py::none()));
}

py::list columns_of(const std::vector<column>& columns) {
  py::list out;
  for (const auto& c : columns)
    out.append(py::dict("header"_a = texts(c.header), "key"_a = c.key,
                        "measure"_a = column_measure_name(c.measure)));
  return out;
}

// `id` and `parent_id` are the CSV's and the database's (stable_row_id, detail::parent_rows).
py::dict row_of(const row& r, const std::vector<column>& columns, unit u, std::size_t index,
                std::string id, py::object parent_id) {
  py::list values;
  for (std::size_t i = 0; i < r.values.size(); ++i)
    values.append(amount_of(r.values[i], columns, i, u));
  py::list confidence;
  for (const auto& c : r.confidence)
    confidence.append(c ? py::object(py::float_(double(*c))) : py::object(py::none()));
  return py::dict("id"_a = std::move(id), "index"_a = index, "parent_id"_a = std::move(parent_id),
                  "code"_a = optional_text(r.code), "levels"_a = texts(r.levels),
                  "parent"_a = optional_text(r.parent), "other_codes"_a = texts(r.other_codes),
                  "name"_a = text(r.name), "item"_a = optional_text(r.item), "values"_a = values,
                  "texts"_a = texts(r.texts), "page"_a = r.page, "box"_a = box_of(r.where),
                  "source"_a = std::string(value_source_name(r.source)),
                  "confidence"_a = confidence);
}

py::dict table_of(const table& t, const std::string& sha256, std::size_t ti) {
  py::list blocks;
  for (std::size_t bi = 0; bi < t.blocks.size(); ++bi) {
    const block& b = t.blocks[bi];
    const auto parents = detail::parent_rows(b);
    py::list rows;
    for (std::size_t ri = 0; ri < b.rows.size(); ++ri) {
      py::object parent = py::none();
      if (parents[ri]) parent = py::str(stable_row_id(sha256, ti, bi, *parents[ri]));
      rows.append(row_of(b.rows[ri], b.columns, t.declared_unit, ri,
                         stable_row_id(sha256, ti, bi, ri), std::move(parent)));
    }
    blocks.append(py::dict("label"_a = optional_text(b.label), "columns"_a = columns_of(b.columns),
                           "text_columns"_a = columns_of(b.text_columns), "rows"_a = rows));
  }
  py::list pages;
  for (int p : t.pages) pages.append(p);
  return py::dict("id"_a = stable_table_id(sha256, ti), "kind"_a = table_kind_name(t.kind),
                  "number"_a = optional_text(t.number), "title"_a = text(t.title),
                  "pages"_a = pages, "unit"_a = std::string(unit_name(t.declared_unit)),
                  "empty"_a = t.empty, "blocks"_a = blocks);
}

py::dict diagnostic_of(const diagnostic& d) {
  const char* level = d.level == diagnostic::severity::info      ? "info"
                      : d.level == diagnostic::severity::warning ? "warning"
                                                                 : "error";
  return py::dict("level"_a = level, "code"_a = diagnostic_code_name(d.code),
                  "message"_a = text(d.message), "page"_a = page_of(d.at.page),
                  "box"_a = box_of(d.at.where),
                  "table"_a = d.table.empty() ? py::object(py::none()) : text(d.table));
}

py::dict check_of(const check_result& c) {
  return py::dict("outcome"_a = check_outcome_name(c.result), "kind"_a = check_kind_name(c.kind),
                  "table"_a = text(c.table), "row"_a = text(c.row), "column"_a = text(c.column),
                  "page"_a = c.page, "expected"_a = c.expected, "actual"_a = c.actual,
                  "tolerance"_a = c.tolerance, "parts"_a = text(c.parts), "doubt"_a = text(c.doubt),
                  "message"_a = text(c.message));
}

py::dict measures_of(const reading_measures& m) {
  return py::dict(
      "amounts_printed"_a = m.amounts_printed, "amounts_placed"_a = m.amounts_placed,
      "amounts_outside_cells"_a = m.amounts_outside_cells,
      "amounts_outside_tables"_a = m.amounts_outside_tables,
      "tables_with_amounts"_a = m.tables_with_amounts,
      "tables_without_title"_a = m.tables_without_title,
      "tables_kind_unknown"_a = m.tables_kind_unknown,
      "tables_without_unit"_a = m.tables_without_unit,
      "titles_without_rows"_a = m.titles_without_rows, "amount_columns"_a = m.amount_columns,
      "columns_without_header"_a = m.columns_without_header,
      "headers_with_title_text"_a = m.headers_with_title_text, "empty_columns"_a = m.empty_columns);
}

}  // namespace

py::dict to_python(const document& doc, const check_summary& checks) {
  py::list tables, diagnostics, results;
  for (std::size_t ti = 0; ti < doc.tables.size(); ++ti)
    tables.append(table_of(doc.tables[ti], doc.source.sha256, ti));
  for (const auto& d : doc.diagnostics) diagnostics.append(diagnostic_of(d));
  for (const auto& c : checks.results) results.append(check_of(c));
  py::object year = doc.year ? py::object(py::int_(*doc.year)) : py::object(py::none());
  return py::dict("department"_a = optional_text(doc.department), "year"_a = year,
                  "stage"_a = stage_text(doc.stage), "path"_a = text(doc.source.path),
                  "sha256"_a = doc.source.sha256, "bytes"_a = doc.source.bytes,
                  "page_count"_a = doc.page_count, "tables"_a = tables,
                  "diagnostics"_a = diagnostics, "checks"_a = results,
                  "measures"_a = measures_of(doc.measures));
}

}  // namespace budgetpdf::python
