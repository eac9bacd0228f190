// budgetpdf::parse_amount: the amount grammar behind the public API.
#include <budgetpdf/amount.hpp>

#include "grammar/cell_grammar.hpp"

namespace budgetpdf {

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
