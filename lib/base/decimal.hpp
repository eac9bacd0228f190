// Exact decimal text of a scaled integer, shared by amounts and the arithmetic checks.
#pragma once

#include <string>

namespace budgetpdf::detail {

/// A 128-bit integer: sums of many 64-bit mantissas at a common scale cannot overflow it.
__extension__ typedef __int128 wide_int;

/// `mantissa` × 10^-`scale` as decimal text: (134376, 2) -> "1343.76", (-5, 3) -> "-0.005".
std::string decimal_text(wide_int mantissa, int scale);

}  // namespace budgetpdf::detail
