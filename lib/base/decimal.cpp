// Exact decimal text of a scaled integer.
#include "base/decimal.hpp"

namespace budgetpdf::detail {

std::string decimal_text(wide_int mantissa, int scale) {
  const bool negative = mantissa < 0;
  // Digits from the magnitude, taken digit by digit so the most negative value is safe.
  std::string digits;
  do {
    int d = int(mantissa % 10);
    digits.insert(digits.begin(), char('0' + (d < 0 ? -d : d)));
    mantissa /= 10;
  } while (mantissa != 0);
  if (scale > 0) {
    if (digits.size() <= std::size_t(scale))
      digits.insert(digits.begin(), std::size_t(scale) + 1 - digits.size(), '0');
    digits.insert(digits.end() - scale, '.');
  }
  return negative ? "-" + digits : digits;
}

}  // namespace budgetpdf::detail
