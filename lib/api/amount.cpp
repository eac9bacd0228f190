// Exact decimal amounts: printing, parsing and conversion to 元.
#include <budgetpdf/amount.hpp>

#include "grammar/cell_grammar.hpp"

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

namespace {

std::string decimal_text(std::int64_t mantissa, int scale) {
  bool negative = mantissa < 0;
  // Work on the unsigned magnitude so INT64_MIN does not overflow.
  auto magnitude = negative ? std::uint64_t(0) - std::uint64_t(mantissa) : std::uint64_t(mantissa);
  std::string digits = std::to_string(magnitude);
  if (scale > 0) {
    if (digits.size() <= std::size_t(scale))
      digits.insert(0, std::size_t(scale) + 1 - digits.size(), '0');
    digits.insert(digits.size() - std::size_t(scale), 1, '.');
  }
  return negative ? "-" + digits : digits;
}

}  // namespace

std::string amount::text() const { return decimal_text(mantissa, scale) + (percent ? "%" : ""); }

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
  return decimal_text(m, new_scale);
}

std::optional<amount> parse_amount(std::string_view s) {
  // Amounts are ASCII after normalization; anything else ("1,343.76万") is not one amount.
  std::u32string wide;
  wide.reserve(s.size());
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return std::nullopt;
    wide.push_back(char32_t(static_cast<unsigned char>(c)));
  }
  return detail::parse_amount_text(wide);
}

}  // namespace budgetpdf
