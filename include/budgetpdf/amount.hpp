// Exact decimal amounts as printed in budget tables; never floating point.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace budgetpdf {

/// The unit a table declares in its "单位：" line.
enum class unit { unknown, yuan, ten_thousand_yuan, thousand_yuan };

/// "元", "万元", "千元", or "" for unknown.
std::string_view unit_name(unit u) noexcept;
/// Inverse of unit_name(); unknown for anything else.
unit unit_from_name(std::string_view name) noexcept;

/// One printed amount, exact.
///
/// `mantissa` × 10^-`scale` is the printed value; `scale` is the number of decimals as
/// printed, so "1,343.76" is {134376, 2} and prints back as "1343.76".
/// A percentage ("16.70%") has `percent` set; its mantissa/scale hold 16.70.
struct amount {
  std::int64_t mantissa = 0;
  int scale = 0;
  bool percent = false;

  /// The value as printed without thousands separators: "16231840.80", "-3.50", "16.70%".
  std::string text() const;
  /// The value converted exactly to 元 ("1343.76" 万元 -> "13437600"), as decimal text;
  /// nullopt for percentages or an unknown unit.
  std::optional<std::string> in_yuan(unit u) const;

  friend bool operator==(const amount&, const amount&) = default;
};

/// Parses a printed amount ("1,343.76", "-3.50", "（3.50）" is not accepted, "16.70%").
/// Returns nullopt for anything that is not exactly one amount.
std::optional<amount> parse_amount(std::string_view utf8);

}  // namespace budgetpdf
