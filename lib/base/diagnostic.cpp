// Names of diagnostic codes.
#include <budgetpdf/diagnostic.hpp>

#include <array>

namespace budgetpdf {

const char* diagnostic_code_name(diagnostic_code c) noexcept {
  switch (c) {
    case diagnostic_code::pdf_repaired:
      return "pdf-repaired";
    case diagnostic_code::page_unreadable:
      return "page-unreadable";
    case diagnostic_code::page_truncated:
      return "page-truncated";
    case diagnostic_code::image_only_pages:
      return "image-only-pages";
    case diagnostic_code::unreadable_text:
      return "unreadable-text";
    case diagnostic_code::ocr_pages:
      return "ocr-pages";
    case diagnostic_code::ocr_page_skipped:
      return "ocr-page-skipped";
    case diagnostic_code::text_outside_cells:
      return "text-outside-cells";
    case diagnostic_code::amount_outside_cells:
      return "amount-outside-cells";
    case diagnostic_code::amount_outside_tables:
      return "amount-outside-tables";
    case diagnostic_code::title_without_rows:
      return "title-without-rows";
    case diagnostic_code::unparsed_cell:
      return "unparsed-cell";
    case diagnostic_code::table_without_amounts:
      return "table-without-amounts";
    case diagnostic_code::table_unreadable:
      return "table-unreadable";
    case diagnostic_code::chart_axis:
      return "chart-axis";
    case diagnostic_code::repeated_form:
      return "repeated-form";
    case diagnostic_code::year_not_printed:
      return "year-not-printed";
    case diagnostic_code::code_level_guessed:
      return "code-level-guessed";
    case diagnostic_code::code_level_by_amounts:
      return "code-level-by-amounts";
    case diagnostic_code::code_without_class:
      return "code-without-class";
    case diagnostic_code::code_carry_failed:
      return "code-carry-failed";
    case diagnostic_code::unrecognized_code:
      return "unrecognized-code";
    case diagnostic_code::table_without_title:
      return "table-without-title";
    case diagnostic_code::table_kind_unknown:
      return "table-kind-unknown";
    case diagnostic_code::table_without_unit:
      return "table-without-unit";
    case diagnostic_code::column_without_header:
      return "column-without-header";
    case diagnostic_code::header_holds_title_text:
      return "header-holds-title-text";
    case diagnostic_code::empty_column:
      return "empty-column";
    case diagnostic_code::text_column_holds_amounts:
      return "text-column-holds-amounts";
    case diagnostic_code::sum_holds_within_rounding:
      return "sum-holds-within-rounding";
    case diagnostic_code::sum_fails:
      return "sum-fails";
    case diagnostic_code::sum_fails_extraction_doubt:
      return "sum-fails-extraction-doubt";
    case diagnostic_code::ocr_suggested_correction:
      return "ocr-suggested-correction";
    case diagnostic_code::render_downscaled:
      return "render-downscaled";
    case diagnostic_code::poppler_message:
      return "poppler-message";
  }
  return "unknown";
}

std::optional<diagnostic_code> diagnostic_code_from_name(std::string_view name) noexcept {
  static constexpr std::array all{diagnostic_code::pdf_repaired,
                                  diagnostic_code::page_unreadable,
                                  diagnostic_code::page_truncated,
                                  diagnostic_code::image_only_pages,
                                  diagnostic_code::unreadable_text,
                                  diagnostic_code::ocr_pages,
                                  diagnostic_code::ocr_page_skipped,
                                  diagnostic_code::text_outside_cells,
                                  diagnostic_code::amount_outside_cells,
                                  diagnostic_code::amount_outside_tables,
                                  diagnostic_code::title_without_rows,
                                  diagnostic_code::unparsed_cell,
                                  diagnostic_code::table_without_amounts,
                                  diagnostic_code::table_unreadable,
                                  diagnostic_code::chart_axis,
                                  diagnostic_code::repeated_form,
                                  diagnostic_code::year_not_printed,
                                  diagnostic_code::code_level_guessed,
                                  diagnostic_code::code_level_by_amounts,
                                  diagnostic_code::code_without_class,
                                  diagnostic_code::code_carry_failed,
                                  diagnostic_code::unrecognized_code,
                                  diagnostic_code::table_without_title,
                                  diagnostic_code::table_kind_unknown,
                                  diagnostic_code::table_without_unit,
                                  diagnostic_code::column_without_header,
                                  diagnostic_code::header_holds_title_text,
                                  diagnostic_code::empty_column,
                                  diagnostic_code::text_column_holds_amounts,
                                  diagnostic_code::sum_holds_within_rounding,
                                  diagnostic_code::sum_fails,
                                  diagnostic_code::sum_fails_extraction_doubt,
                                  diagnostic_code::ocr_suggested_correction,
                                  diagnostic_code::render_downscaled,
                                  diagnostic_code::poppler_message};
  for (auto c : all)
    if (name == diagnostic_code_name(c)) return c;
  return std::nullopt;
}

bool is_check_diagnostic(diagnostic_code c) noexcept {
  return c == diagnostic_code::sum_holds_within_rounding || c == diagnostic_code::sum_fails ||
         c == diagnostic_code::sum_fails_extraction_doubt;
}

}  // namespace budgetpdf
