// Diagnostics: what the reader should know about a document that was parsed, each with a
// typed code, a sentence for people, and where it was printed (docs/diagnostics.md).
#pragma once

#include <budgetpdf/location.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace budgetpdf {

/// What a diagnostic is about. The numbering is not stable; the kebab-case name
/// (diagnostic_code_name) is, and is what JSON, CSV and the CLI print.
enum class diagnostic_code {
  // Reading the PDF
  pdf_repaired,      ///< the file was damaged; poppler rebuilt its cross-reference table
  page_unreadable,   ///< a page object could not be read: nothing of that page is in the output
  page_truncated,    ///< a page was cut off at the glyph, word or path limit
  image_only_pages,  ///< some pages are pictures without text (scans): nothing read from them
  unreadable_text,   ///< a page's glyphs map to no text at least 5 % of the time (OCR can read)
  ocr_pages,         ///< pages read by OCR: which, and how confident (docs/ocr.md)
  ocr_page_skipped,  ///< a page OCR should have read was left out (time or memory budget)
  // Layout
  text_outside_cells,     ///< other text in a table's region that no cell holds
  amount_outside_cells,   ///< an amount or a code in a table's region that no cell holds
  amount_outside_tables,  ///< an amount printed on a table page outside every table
  title_without_rows,     ///< a table title whose body was not found
  // Interpretation
  unparsed_cell,          ///< a cell of an amount column that is not an amount
  table_without_amounts,  ///< a table prints rows but no amount; reported as empty
  table_unreadable,       ///< a table's cells hold glyphs that map to no text: not empty
  chart_axis,             ///< figures in equal steps without row labels: a chart's axis, dropped
  repeated_form,          ///< an untitled form with the labels of the titled one before it
  year_not_printed,       ///< the document's year was not found in its text
  code_level_guessed,     ///< a partial code's level was guessed from its length alone
  code_level_by_amounts,  ///< the amounts chose a partial code's level against printing order
  code_without_class,     ///< a partial code has no 类 printed above it
  code_carry_failed,      ///< a partial code could not be completed from the rows above
  unrecognized_code,      ///< a code cell that is no classification code shape
  // Structure doubts: signs that a table was not read as printed
  table_without_title,    ///< a table with amounts but no title
  table_kind_unknown,     ///< a table with amounts whose kind is not one of the standard ones
  table_without_unit,     ///< a table with amounts and no unit (元/万元) found
  column_without_header,  ///< an amount column with no header text
  header_holds_title_text,  ///< header text holds a table number, 单位： or 部门： (a title read as
                            ///< header)
  empty_column,               ///< an amount column without a single value
  text_column_holds_amounts,  ///< a text column whose cells read as amounts (values read as text)
  // Arithmetic checks (docs/checks.md)
  sum_holds_within_rounding,   ///< a sum holds within the rounding of its printed figures
  sum_fails,                   ///< a sum fails beyond rounding: a finding about the document
  sum_fails_extraction_doubt,  ///< a sum fails where the reading itself is in doubt
  ocr_suggested_correction,    ///< another reading of one OCR digit makes the failing sums hold
  // Rendering (render_result::diagnostics)
  render_downscaled,  ///< the picture was drawn below the dpi asked, to stay within its limit
  poppler_message,    ///< something poppler said about the file while rendering it
};

/// Stable kebab-case name ("amount-outside-cells").
const char* diagnostic_code_name(diagnostic_code c) noexcept;
/// Inverse of diagnostic_code_name(); nullopt for an unknown name.
std::optional<diagnostic_code> diagnostic_code_from_name(std::string_view name) noexcept;
/// Whether check_diagnostics() produces this code (a sum that does not hold exactly).
bool is_check_diagnostic(diagnostic_code c) noexcept;

/// Something the reader should know about: a cell that did not parse, text in a table
/// that landed in no cell, a sum that does not hold.
struct diagnostic {
  enum class severity { info, warning, error };
  severity level = severity::warning;
  diagnostic_code code = diagnostic_code::unparsed_cell;
  std::string message;  ///< one sentence a person can act on
  location at;
  std::string table;  ///< the table's number or title, when it concerns one
};

}  // namespace budgetpdf
