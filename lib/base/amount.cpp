// Exact decimal amounts: printing and conversion to 元 (money columns only); unit names.
#include <budgetpdf/amount.hpp>
#include <budgetpdf/types.hpp>

#include "base/decimal.hpp"

#include <cstdlib>
#include <limits>

namespace budgetpdf {

std::string_view unit_name(unit u) noexcept {
  switch (u) {
    case unit::yuan:
      return "元";
    case unit::ten_thousand_yuan:
      return "万元";
    case unit::thousand_yuan:
      return "千元";
    case unit::unknown:
      break;
  }
  return "";
}

unit unit_from_name(std::string_view name) noexcept {
  if (name == "元") return unit::yuan;
  if (name == "万元") return unit::ten_thousand_yuan;
  if (name == "千元") return unit::thousand_yuan;
  return unit::unknown;
}

std::string amount::text() const {
  return detail::decimal_text(mantissa, scale) + (percent ? "%" : "");
}

std::optional<std::string> amount::in_yuan(unit u) const {
  if (percent) return std::nullopt;
  int shift = 0;
  switch (u) {
    case unit::yuan:
      shift = 0;
      break;
    case unit::thousand_yuan:
      shift = 3;
      break;
    case unit::ten_thousand_yuan:
      shift = 4;
      break;
    case unit::unknown:
      return std::nullopt;
  }
  // value = mantissa * 10^(shift - scale): lower the scale first, multiply for the rest.
  int new_scale = scale - shift;
  std::int64_t m = mantissa;
  for (; new_scale < 0; ++new_scale) {
    if (m > std::numeric_limits<std::int64_t>::max() / 10 ||
        m < std::numeric_limits<std::int64_t>::min() / 10)
      return std::nullopt;
    m *= 10;
  }
  return detail::decimal_text(m, new_scale);
}

std::optional<std::string> value_in_yuan(const std::vector<column>& columns, std::size_t i,
                                         const amount& a, unit u) {
  if (i < columns.size() && columns[i].measure != column_measure::money) return std::nullopt;
  return a.in_yuan(u);
}

}  // namespace budgetpdf
