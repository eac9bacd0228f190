// to_json(): the versioned "budgetpdf/1" JSON document (docs/json-schema.md).
#include <budgetpdf/export.hpp>

#include "export/export_private.hpp"

#include <budgetpdf/version.hpp>

#include <cmath>
#include <filesystem>

#include <nlohmann/json.hpp>

namespace budgetpdf {

namespace {

using json = nlohmann::ordered_json;

json optional_string(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }

json empty_as_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

// Boxes are printed to 1/100 pt: enough to find the text, short enough to read.
double round2(double v) { return std::round(v * 100.0) / 100.0; }

json box_json(const box& b) {
  if (b.x0 == 0 && b.y0 == 0 && b.x1 == 0 && b.y1 == 0) return nullptr;
  return json::array({round2(b.x0), round2(b.y0), round2(b.x1), round2(b.y1)});
}

json page_json(int page) { return page > 0 ? json(page) : json(nullptr); }

json row_json(const row& r, const std::vector<column>& columns, unit u) {
  json values = json::array();
  json yuan = json::array();
  for (std::size_t i = 0; i < r.values.size(); ++i) {
    const auto& v = r.values[i];
    values.push_back(v ? json(v->text()) : json(nullptr));
    std::optional<std::string> y = v ? value_in_yuan(columns, i, *v, u) : std::nullopt;
    yuan.push_back(optional_string(y));
  }
  json out{{"code", optional_string(r.code)},
           {"levels", r.levels},
           {"parent", optional_string(r.parent)},
           {"other_codes", r.other_codes},
           {"name", r.name},
           {"item", optional_string(r.item)},
           {"texts", r.texts},
           {"values", std::move(values)},
           {"values_yuan", std::move(yuan)},
           {"page", page_json(r.page)},
           {"box", box_json(r.where)}};
  // Only rows read by OCR say where they came from: text-layer output stays as it was.
  if (r.source == value_source::ocr) {
    out["source"] = value_source_name(r.source);
    json confidence = json::array();
    for (const auto& c : r.confidence)
      confidence.push_back(c ? json(std::round(*c * 10) / 10) : json(nullptr));
    out["confidence"] = std::move(confidence);
  }
  return out;
}

json block_json(const block& b, unit u) {
  json columns = json::array();
  for (const auto& c : b.columns)
    columns.push_back(json{{"header", c.header},
                           {"key", empty_as_null(c.key)},
                           {"measure", column_measure_name(c.measure)}});
  json text_columns = json::array();
  for (const auto& c : b.text_columns) text_columns.push_back(json{{"header", c.header}});
  json rows = json::array();
  for (const auto& r : b.rows) rows.push_back(row_json(r, b.columns, u));
  return json{{"label", optional_string(b.label)},
              {"columns", std::move(columns)},
              {"text_columns", std::move(text_columns)},
              {"rows", std::move(rows)}};
}

json table_json(const table& t, const document& doc) {
  json notes = json::array();
  for (const auto& d : doc.diagnostics)
    if (detail::diagnostic_concerns(d, t)) notes.push_back(d.message);
  json blocks = json::array();
  for (const auto& b : t.blocks) blocks.push_back(block_json(b, t.declared_unit));
  return json{{"kind", table_kind_name(t.kind)},
              {"number", optional_string(t.number)},
              {"title", t.title},
              {"pages", t.pages},
              {"unit", empty_as_null(std::string(unit_name(t.declared_unit)))},
              {"empty", t.empty},
              {"notes", std::move(notes)},
              {"blocks", std::move(blocks)}};
}

json measures_json(const reading_measures& m) {
  return json{{"amounts_printed", m.amounts_printed},
              {"amounts_placed", m.amounts_placed},
              {"amounts_outside_cells", m.amounts_outside_cells},
              {"amounts_outside_tables", m.amounts_outside_tables},
              {"tables_with_amounts", m.tables_with_amounts},
              {"tables_without_title", m.tables_without_title},
              {"tables_kind_unknown", m.tables_kind_unknown},
              {"tables_without_unit", m.tables_without_unit},
              {"titles_without_rows", m.titles_without_rows},
              {"amount_columns", m.amount_columns},
              {"columns_without_header", m.columns_without_header},
              {"headers_with_title_text", m.headers_with_title_text},
              {"empty_columns", m.empty_columns}};
}

json diagnostic_json(const diagnostic& d) {
  return json{{"level", detail::severity_name(d.level)},
              {"code", diagnostic_code_name(d.code)},
              {"message", d.message},
              {"page", page_json(d.at.page)},
              {"box", box_json(d.at.where)},
              {"table", empty_as_null(d.table)}};
}

}  // namespace

std::string to_json(const document& doc, bool pretty) {
  json source{{"path", empty_as_null(detail::valid_utf8(doc.source.path))},
              {"sha256", empty_as_null(doc.source.sha256)},
              {"bytes", doc.source.bytes}};
  json document_json{
      {"file", empty_as_null(detail::valid_utf8(detail::file_name(doc.source.path)))},
      {"department", optional_string(doc.department)},
      {"year", doc.year ? json(*doc.year) : json(nullptr)},
      {"stage", empty_as_null(std::string(detail::stage_name(doc.stage)))},
      {"source", std::move(source)},
      {"page_count", doc.page_count}};
  json tables = json::array();
  for (const auto& t : doc.tables) tables.push_back(table_json(t, doc));
  json diagnostics = json::array();
  for (const auto& d : doc.diagnostics) diagnostics.push_back(diagnostic_json(d));
  json out{{"schema", detail::json_schema_id},
           {"generator", json{{"name", "budgetpdf"}, {"version", version()}}},
           {"document", std::move(document_json)},
           {"tables", std::move(tables)},
           {"measures", measures_json(doc.measures)},
           {"diagnostics", std::move(diagnostics)}};
  // Replace, not throw, on invalid UTF-8: a damaged name must not cost the document.
  std::string text = out.dump(pretty ? 2 : -1, ' ', false, json::error_handler_t::replace);
  text += '\n';
  return text;
}

}  // namespace budgetpdf
