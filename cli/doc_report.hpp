// One document's line of `budgetpdf report`, and how it travels from a worker process.
#pragma once

#include <budgetpdf/types.hpp>

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace budgetpdf::cli {

struct doc_report {
  std::string file;
  std::string error;          ///< error code name; "" when parsed
  std::string error_message;  ///< what the error said
  int pages = 0;
  int tables = 0;
  std::map<std::string, int> kinds;
  int rows = 0;
  int amounts = 0;
  int diagnostics = 0;  ///< extraction diagnostics (not those of the checks)
  int holds = 0, within = 0, document_errors = 0, doubts = 0;
  int classification_tables = 0, classification_reconciling = 0, classification_unchecked = 0;
  reading_measures measures;                 ///< truth-free measures (docs/measures.md)
  std::vector<std::string> failures;         ///< messages of failing checks
  std::vector<std::string> not_reconciling;  ///< classification tables that do not reconcile
  double ms = 0;
};

// Every field of reading_measures, with its JSON name.
inline constexpr std::pair<const char*, int reading_measures::*> measure_fields[] = {
    {"amounts_printed", &reading_measures::amounts_printed},
    {"amounts_placed", &reading_measures::amounts_placed},
    {"amounts_outside_cells", &reading_measures::amounts_outside_cells},
    {"amounts_outside_tables", &reading_measures::amounts_outside_tables},
    {"tables_with_amounts", &reading_measures::tables_with_amounts},
    {"tables_without_title", &reading_measures::tables_without_title},
    {"tables_kind_unknown", &reading_measures::tables_kind_unknown},
    {"tables_without_unit", &reading_measures::tables_without_unit},
    {"titles_without_rows", &reading_measures::titles_without_rows},
    {"amount_columns", &reading_measures::amount_columns},
    {"columns_without_header", &reading_measures::columns_without_header},
    {"headers_with_title_text", &reading_measures::headers_with_title_text},
    {"empty_columns", &reading_measures::empty_columns},
};

/// The report as bytes for the parent process, and back (nullopt for damaged bytes).
std::string serialize(const doc_report& r);
std::optional<doc_report> parse_doc_report(std::string_view bytes);

}  // namespace budgetpdf::cli
