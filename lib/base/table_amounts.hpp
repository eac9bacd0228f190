// Whether a table holds any amount: what tells a table with data from one printed empty,
// a form of text only, or an unreadable one.
#pragma once

#include <budgetpdf/types.hpp>

#include <algorithm>

namespace budgetpdf::detail {

/// Whether any row of the table holds an amount.
inline bool has_amounts(const table& t) {
  return std::any_of(t.blocks.begin(), t.blocks.end(), [](const block& b) {
    return std::any_of(b.rows.begin(), b.rows.end(), [](const row& r) {
      return std::any_of(r.values.begin(), r.values.end(),
                         [](const auto& v) { return v.has_value(); });
    });
  });
}

}  // namespace budgetpdf::detail
