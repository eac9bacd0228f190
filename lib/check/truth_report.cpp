// eval_report_text() and eval_report_json(): the grading report for people and programs.
#include <budgetpdf/eval.hpp>

#include <cstdio>

#include <nlohmann/json.hpp>

namespace budgetpdf {

namespace {

std::string ratio(int part, int whole) {
  char buf[64];
  double pct = whole == 0 ? 100.0 : 100.0 * part / whole;
  std::snprintf(buf, sizeof buf, "%d/%d (%.2f%%)", part, whole, pct);
  return buf;
}

std::string show(const std::optional<std::string>& v) { return v ? *v : "(none)"; }

}  // namespace

std::string eval_report_text(const eval_report& r, std::size_t max_mismatches) {
  std::string out;
  auto line = [&](const char* label, const std::string& value) {
    out += label;
    out += value;
    out += '\n';
  };
  if (!r.file.empty()) line("truth for:        ", r.file);
  line("document fields:  ", ratio(r.document_fields_right, r.document_fields));
  line("tables found:     ",
       ratio(r.tables_found, r.tables_truth) + ", " + std::to_string(r.tables_extra) + " extra");
  line("  pages right:    ", ratio(r.tables_pages_right, r.tables_truth));
  line("  unit right:     ", ratio(r.tables_unit_right, r.tables_truth));
  line("  empty right:    ", ratio(r.tables_empty_right, r.tables_truth));
  line("  columns right:  ", ratio(r.tables_columns_right, r.tables_truth));
  line("rows matched:     ",
       ratio(r.rows_matched, r.rows_truth) + ", " + std::to_string(r.rows_extra) + " extra");
  line("cells exact:      ", ratio(r.cells_exact, r.cells_truth));
  line("  wrong:          ", std::to_string(r.cells_wrong));
  line("  missing:        ", std::to_string(r.cells_missing));
  line("spurious amounts: ", std::to_string(r.spurious) + " (+" +
                                 std::to_string(r.extra_table_amounts) + " in extra tables)");
  line("mismatches:       ", std::to_string(r.mismatches.size()));
  std::size_t shown = 0;
  for (const auto& m : r.mismatches) {
    if (shown++ == max_mismatches) {
      out += "  ... " + std::to_string(r.mismatches.size() - max_mismatches) + " more\n";
      break;
    }
    out += "  ";
    out += eval_mismatch_kind_name(m.what);
    if (!m.table.empty()) out += " | " + m.table;
    if (!m.row.empty()) out += " | " + m.row;
    if (!m.column.empty()) out += " | " + m.column;
    out += " | expected " + show(m.expected) + ", got " + show(m.got) + '\n';
  }
  return out;
}

std::string eval_report_json(const eval_report& r) {
  using json = nlohmann::ordered_json;
  auto optional = [](const std::optional<std::string>& v) { return v ? json(*v) : json(nullptr); };
  json mismatches = json::array();
  for (const auto& m : r.mismatches)
    mismatches.push_back(json{{"kind", eval_mismatch_kind_name(m.what)},
                              {"table", m.table},
                              {"row", m.row},
                              {"column", m.column},
                              {"expected", optional(m.expected)},
                              {"got", optional(m.got)}});
  json out{{"file", r.file},
           {"cell_accuracy", r.cell_accuracy()},
           {"document_fields", r.document_fields},
           {"document_fields_right", r.document_fields_right},
           {"tables_truth", r.tables_truth},
           {"tables_found", r.tables_found},
           {"tables_pages_right", r.tables_pages_right},
           {"tables_unit_right", r.tables_unit_right},
           {"tables_empty_right", r.tables_empty_right},
           {"tables_columns_right", r.tables_columns_right},
           {"tables_extra", r.tables_extra},
           {"rows_truth", r.rows_truth},
           {"rows_matched", r.rows_matched},
           {"rows_extra", r.rows_extra},
           {"cells_truth", r.cells_truth},
           {"cells_exact", r.cells_exact},
           {"cells_wrong", r.cells_wrong},
           {"cells_missing", r.cells_missing},
           {"spurious", r.spurious},
           {"extra_table_amounts", r.extra_table_amounts},
           {"mismatches", std::move(mismatches)}};
  return out.dump(2, ' ', false, json::error_handler_t::replace) + '\n';
}

}  // namespace budgetpdf
