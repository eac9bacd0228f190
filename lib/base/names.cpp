// Stable names of enums and the library version.
#include <budgetpdf/error.hpp>
#include <budgetpdf/options.hpp>
#include <budgetpdf/types.hpp>
#include <budgetpdf/version.hpp>

namespace budgetpdf {

const char* version() noexcept { return BUDGETPDF_VERSION; }

std::string_view error_code_name(error_code c) noexcept {
  switch (c) {
    case error_code::io_error:
      return "io_error";
    case error_code::not_a_pdf:
      return "not_a_pdf";
    case error_code::damaged_pdf:
      return "damaged_pdf";
    case error_code::encrypted:
      return "encrypted";
    case error_code::no_text_layer:
      return "no_text_layer";
    case error_code::no_tables:
      return "no_tables";
    case error_code::too_large:
      return "too_large";
    case error_code::timed_out:
      return "timed_out";
    case error_code::internal:
      return "internal";
    case error_code::unreadable_text:
      return "unreadable_text";
    case error_code::ocr_unavailable:
      return "ocr_unavailable";
    case error_code::ocr_data_missing:
      return "ocr_data_missing";
  }
  return "internal";
}

const char* ocr_mode_name(ocr_mode m) noexcept {
  switch (m) {
    case ocr_mode::automatic:
      return "auto";
    case ocr_mode::always:
      return "always";
    case ocr_mode::never:
      return "never";
  }
  return "auto";
}

const char* column_measure_name(column_measure m) noexcept {
  switch (m) {
    case column_measure::count:
      return "count";
    case column_measure::rate:
      return "rate";
    case column_measure::money:
      break;
  }
  return "money";
}

const char* value_source_name(value_source s) noexcept {
  return s == value_source::ocr ? "ocr" : "text_layer";
}

const char* table_kind_name(table_kind k) noexcept {
  switch (k) {
    case table_kind::other:
      return "other";
    case table_kind::revenue_expenditure_summary:
      return "revenue_expenditure_summary";
    case table_kind::revenue_summary:
      return "revenue_summary";
    case table_kind::expenditure_summary:
      return "expenditure_summary";
    case table_kind::fiscal_summary:
      return "fiscal_summary";
    case table_kind::general_budget_functional:
      return "general_budget_functional";
    case table_kind::general_budget_economic:
      return "general_budget_economic";
    case table_kind::general_budget_basic:
      return "general_budget_basic";
    case table_kind::basic_expenditure:
      return "basic_expenditure";
    case table_kind::project_expenditure:
      return "project_expenditure";
    case table_kind::gov_fund:
      return "gov_fund";
    case table_kind::state_capital:
      return "state_capital";
    case table_kind::three_public:
      return "three_public";
    case table_kind::carryover:
      return "carryover";
    case table_kind::procurement:
      return "procurement";
    case table_kind::operating_costs:
      return "operating_costs";
    case table_kind::fiscal_expenditure:
      return "fiscal_expenditure";
    case table_kind::gov_purchase_services:
      return "gov_purchase_services";
    case table_kind::performance:
      return "performance";
  }
  return "other";
}

}  // namespace budgetpdf
