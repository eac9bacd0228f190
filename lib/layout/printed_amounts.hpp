// The amounts a page prints as words, for the truth-free measure of how many of
// them the tables hold (check/reading_measures).
#pragma once

#include <budgetpdf/amount.hpp>
#include <budgetpdf/location.hpp>

#include "pdf/page_content.hpp"

#include <vector>

namespace budgetpdf::detail {

struct printed_amount {
  box where;
  amount value;
  /// Its line also prints sentence punctuation (，。；): running text such as "安排经费
  /// 1,368.02 万元，比上年减少…", unless a table's region holds it.
  bool in_sentence = false;
};

struct page_amounts {
  int page = 0;
  /// Words of the shape 1,682.76 / 0.00 / -3.5 (digits, optional thousands separators, a
  /// decimal point) or 1,682 / 1851,801 (a whole number with separators). Whole numbers
  /// without a separator are left out (codes, years, row numbers look the same).
  std::vector<printed_amount> amounts;
  /// Four or more lines print two such amounts side by side: a table, whatever layout
  /// made of it (prose puts words between its numbers).
  bool looks_tabular = false;
};

page_amounts printed_amounts(const page_content& page);

}  // namespace budgetpdf::detail
