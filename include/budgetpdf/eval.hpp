// Grading a parse against a hand-made ground-truth file (docs/truth-format.md).
#pragma once

#include <budgetpdf/types.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace budgetpdf {

/// One difference between a parse and its truth file.
struct eval_mismatch {
  enum class kind {
    document_field,  ///< department, year or stage differs (`column` names the field)
    missing_table,   ///< a truth table has no counterpart
    extra_table,     ///< a parsed table has no counterpart in the truth
    table_field,     ///< number, title, pages, unit or empty differs (`column` names it)
    column_header,   ///< an amount column's header path differs or is missing
    missing_block,   ///< a truth block (收入 | 支出 part) has no counterpart
    extra_block,     ///< a parsed block has no counterpart
    missing_row,     ///< a truth row (code + name) was not found
    extra_row,       ///< a parsed row matches no truth row
    wrong_value,     ///< a truth amount's cell holds a different amount
    missing_value,   ///< a truth amount's cell is empty in the parse
    spurious_value,  ///< the parse has an amount where the truth cell is empty
  };
  kind what = kind::wrong_value;
  std::string table;  ///< "表3 2026年部门支出预算总表" (number, space, title); "" for document
  std::string row;     ///< "2010601 行政运行" (code, space, name); "" when not about a row
  std::string column;  ///< header path joined with "/", or the field's name
  std::optional<std::string> expected;  ///< the truth's value; none where it has none
  std::optional<std::string> got;       ///< the parse's value; none where it has none
};

/// Stable snake_case name of a mismatch kind ("wrong_value").
const char* eval_mismatch_kind_name(eval_mismatch::kind k) noexcept;

/// What compare_with_truth() found. Counts refer to the truth unless they say otherwise.
struct eval_report {
  std::string file;  ///< the truth's "file"

  int document_fields = 0;        ///< fields compared: department, year, stage
  int document_fields_right = 0;  ///< of those, equal

  int tables_truth = 0;          ///< tables in the truth
  int tables_found = 0;          ///< matched by number + title, title, or number
  int tables_pages_right = 0;    ///< found, with the same pages
  int tables_unit_right = 0;     ///< found, with the same unit
  int tables_empty_right = 0;    ///< found, with the same empty flag
  int tables_columns_right = 0;  ///< found, every block matched with identical header paths
  int tables_extra = 0;          ///< parsed tables that match no truth table

  int rows_truth = 0;    ///< rows in the truth
  int rows_matched = 0;  ///< matched on code + name (+ item where the truth has one), in order;
                         ///< a code missing on one side matches any code
  int rows_extra = 0;    ///< parsed rows of found tables that match no truth row

  int cells_truth = 0;    ///< non-null truth amounts
  int cells_exact = 0;    ///< same amount text, same column, same row
  int cells_wrong = 0;    ///< a different amount in that cell
  int cells_missing = 0;  ///< no amount there (empty cell, or row/table/column not found)
  int spurious = 0;       ///< parsed amounts in found tables where the truth has none or no row
  int extra_table_amounts = 0;  ///< parsed amounts in tables the truth does not list

  std::vector<eval_mismatch> mismatches;  ///< in truth order; every difference counted above

  /// cells_exact / cells_truth, or 1 when the truth has no amounts.
  double cell_accuracy() const noexcept {
    return cells_truth == 0 ? 1.0 : double(cells_exact) / double(cells_truth);
  }
};

/// Compares a parse with a truth file's text. The truth is the docs/truth-format.md shape; a
/// "budgetpdf/1" JSON document (to_json()) is accepted as well, so two parses can be
/// compared. Throws std::invalid_argument when the text is not such a JSON document.
///
/// Matching: tables by number + title, then title alone, then number alone (white space
/// ignored; duplicates in order); blocks by label in order, then by position; columns by
/// header path, then by position when both blocks have as many columns; rows by the longest
/// common subsequence of (code, name[, item]), where a code missing on one side pairs too, at
/// a lower weight than an equal code. A truth amount counts only when the same text sits in
/// the same column of the same row.
///
/// **Example**:
///   auto report = budgetpdf::compare_with_truth(budgetpdf::parse_file("a.pdf"), truth_text);
///   std::cout << budgetpdf::eval_report_text(report);  // "cells: 1234/1240 exact (99.52%)..."
eval_report compare_with_truth(const document& doc, std::string_view truth_json);

/// The report for a person: figures first, then one line per mismatch.
std::string eval_report_text(const eval_report& report, std::size_t max_mismatches = SIZE_MAX);
/// The report as a JSON object (figures, "cell_accuracy", "mismatches").
std::string eval_report_json(const eval_report& report);

}  // namespace budgetpdf
