// Arithmetic validation of a parsed document: parents against their children, totals
// against the top-level rows, column identities (合计 = 基本支出 + 项目支出, …) and identities
// between tables. Exact decimal arithmetic throughout (docs/checks.md).
#pragma once

#include <budgetpdf/types.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace budgetpdf {

/// Which identity a check tests.
enum class check_kind {
  children_sum,     ///< a parent row = the sum of its children
  total_sum,        ///< a 合计/总计 row = the sum of the top-level coded rows
  column_identity,  ///< 合计 = 基本支出 + 项目支出, …; a 小计 column = its sub-columns
  balance,          ///< 收入总计 = 支出总计
  cross_table,      ///< a figure of one table = the same figure of another
};

/// Stable kebab-case name ("children-sum").
const char* check_kind_name(check_kind k) noexcept;

/// One identity tested on one cell: `expected` is the printed figure that should equal the
/// sum of the printed parts, `actual` that sum.
struct check_result {
  enum class outcome {
    holds,                  ///< the printed figure equals the sum of its parts exactly
    holds_within_rounding,  ///< off by no more than half a unit of the last printed decimal
                            ///< per figure involved (the parts and the figure itself)
    fails,                  ///< off by more: a finding about the document, unless `doubt`
  };
  outcome result = outcome::holds;
  check_kind kind = check_kind::children_sum;
  std::string table;      ///< the table's number, else its title
  std::string row;        ///< "2010601 行政运行" (code, space, name), or the name alone
  std::string column;     ///< header path joined with "/"
  int page = 0;           ///< page of the expected figure
  std::string expected;   ///< the printed figure, exact decimal text ("" = empty cell)
  std::string actual;     ///< the exact sum of the parts
  std::string tolerance;  ///< the rounding bound that applied, exact decimal text
  std::string parts;  ///< what was summed, for a person ("20106 + 20108", "基本支出 + 项目支出")
  /// Only for fails: why the reading itself is in doubt (a guessed code level, an unparsed
  /// cell, an empty cell where the parts are not). Empty: a finding about the document.
  std::string doubt;
  std::string message;  ///< one sentence naming table, row, column, page and both figures

  bool is_document_error() const noexcept { return result == outcome::fails && doubt.empty(); }
  bool is_extraction_doubt() const noexcept { return result == outcome::fails && !doubt.empty(); }
};

/// "holds", "holds_within_rounding", "fails".
const char* check_outcome_name(check_result::outcome o) noexcept;

/// Per table: what its checks found.
struct table_check {
  std::string table;  ///< number, else title (as check_result::table)
  table_kind kind = table_kind::other;
  /// The table prints classification codes (3/5/7-digit 功能分类 or 经济分类 codes).
  bool classification = false;
  int checks = 0;
  int holds = 0;
  int holds_within_rounding = 0;
  int document_errors = 0;
  int extraction_doubts = 0;
  /// Checked at least once and nothing fails: every identity holds, exactly or within
  /// rounding.
  bool reconciles() const noexcept {
    return checks > 0 && document_errors == 0 && extraction_doubts == 0;
  }
};

struct check_summary {
  int holds = 0;
  int holds_within_rounding = 0;
  int document_errors = 0;            ///< fails without doubt about the reading
  int extraction_doubts = 0;          ///< fails where the reading itself is in doubt
  std::vector<check_result> results;  ///< every check, in table order
  std::vector<table_check> tables;    ///< one per document table, in order

  int fails() const noexcept { return document_errors + extraction_doubts; }
};

/// Runs every check on `doc`. Never throws for any document content.
///
/// **Example**:
///   auto s = budgetpdf::check_document(budgetpdf::parse_file("a.pdf"));
///   for (const auto& r : s.results)
///     if (r.is_document_error()) std::cout << r.message << '\n';
check_summary check_document(const document& doc);

/// The diagnostics a summary gives rise to, one per check that does not hold exactly:
/// "sum-holds-within-rounding" (info), "sum-fails" (warning, a document error),
/// "sum-fails-extraction-doubt" (warning, the reading is in doubt). parse_file() appends
/// these to document::diagnostics.
std::vector<diagnostic> check_diagnostics(const check_summary& summary);

}  // namespace budgetpdf
