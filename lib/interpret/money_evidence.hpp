// Whether a table is about money: what tells a budget table from the statistics tables of
// notices, reports and lists that crawlers save under budget names (counts, serial numbers,
// prices, scores), whose figures must never be read as amounts of a budget.
#pragma once

#include <budgetpdf/types.hpp>

namespace budgetpdf::detail {

/// A unit of money declared for it (元, 万元…), a word of public finance in its title or a
/// column header (预算, 决算, 收入, 支出, 经费, 资金, 拨款, 费, 金额, 采购, 结转…), or a row
/// keyed by a classification code.
bool prints_money(const table& t);

}  // namespace budgetpdf::detail
