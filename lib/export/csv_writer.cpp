// to_csv(): tidy CSV, one line per printed amount (RFC 4180, UTF-8 without BOM).
#include <budgetpdf/export.hpp>

#include "export/export_private.hpp"

#include <cstdio>
#include <initializer_list>

namespace budgetpdf {

namespace {

// RFC 4180: a field with a comma, a double quote, CR or LF is quoted, and its quotes are
// doubled. Everything else is written as is.
void append_field(std::string& out, std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += field;
    return;
  }
  out += '"';
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void append_line(std::string& out, std::initializer_list<std::string_view> fields) {
  bool first = true;
  for (auto f : fields) {
    if (!first) out += ',';
    first = false;
    append_field(out, f);
  }
  out += "\r\n";
}

std::string join_header(const std::vector<std::string>& header) {
  std::string s;
  for (const auto& h : header) {
    if (!s.empty()) s += '/';
    s += h;
  }
  return s;
}

// The OCR confidence of value i of an OCR row, one decimal; "" for text-layer rows.
std::string confidence(const row& r, std::size_t i) {
  if (i >= r.confidence.size() || !r.confidence[i]) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f", double(*r.confidence[i]));
  return buf;
}

}  // namespace

std::string to_csv(const document& doc) {
  std::string out;
  append_line(out,
              {"file",       "department",    "year",       "stage",          "table_number",
               "table_kind", "table_title",   "block",      "code",           "name",
               "item",       "column_header", "column_key", "value",          "unit",
               "value_yuan", "page",          "table_id",   "row_id",         "row_index",
               "levels",     "parent_row_id", "source",     "ocr_confidence", "column_measure"});
  const std::string file = printable_text(detail::file_name(doc.source.path));
  const std::string department = doc.department.value_or("");
  const std::string year = doc.year ? std::to_string(*doc.year) : "";
  const std::string_view stage = detail::stage_name(doc.stage);
  const std::string& sha = doc.source.sha256;
  for (std::size_t ti = 0; ti < doc.tables.size(); ++ti) {
    const table& t = doc.tables[ti];
    const std::string_view unit = unit_name(t.declared_unit);
    const std::string table_id = stable_table_id(sha, ti);
    for (std::size_t bi = 0; bi < t.blocks.size(); ++bi) {
      const block& b = t.blocks[bi];
      std::vector<std::string> headers;
      for (const auto& c : b.columns) headers.push_back(join_header(c.header));
      const auto parents = detail::parent_rows(b);
      for (std::size_t ri = 0; ri < b.rows.size(); ++ri) {
        const row& r = b.rows[ri];
        const std::string page = r.page > 0 ? std::to_string(r.page) : "";
        const std::string row_id = stable_row_id(sha, ti, bi, ri);
        const std::string parent_id =
            parents[ri] ? stable_row_id(sha, ti, bi, *parents[ri]) : std::string();
        const std::string levels = join_header(r.levels);
        const std::string index = std::to_string(ri);
        for (std::size_t i = 0; i < r.values.size(); ++i) {
          if (!r.values[i]) continue;
          const std::string value = r.values[i]->text();
          const std::string yuan =
              value_in_yuan(b.columns, i, *r.values[i], t.declared_unit).value_or("");
          const char* measure =
              i < b.columns.size() ? column_measure_name(b.columns[i].measure) : "money";
          const std::string header = i < headers.size() ? headers[i] : "";
          const std::string key = i < b.columns.size() ? b.columns[i].key : "";
          append_line(out, {file,
                            department,
                            year,
                            stage,
                            t.number.value_or(""),
                            table_kind_name(t.kind),
                            t.title,
                            b.label.value_or(""),
                            r.code.value_or(""),
                            r.name,
                            r.item.value_or(""),
                            header,
                            key,
                            value,
                            unit,
                            yuan,
                            page,
                            table_id,
                            row_id,
                            index,
                            levels,
                            parent_id,
                            value_source_name(r.source),
                            confidence(r, i),
                            measure});
        }
      }
    }
  }
  return out;
}

}  // namespace budgetpdf
