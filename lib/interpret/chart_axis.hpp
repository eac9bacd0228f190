// A chart's value axis read as a table: a column of round figures in equal steps
// (70000, 60000, … 0) beside bars that print no figures of their own in rows.
#pragma once

#include <budgetpdf/types.hpp>

namespace budgetpdf::detail {

/// Every row without code or name, one column holding all the figures, at least four of
/// them, evenly spaced and running down to or up from zero: the tick labels of an axis.
bool is_chart_axis(const table& t);

}  // namespace budgetpdf::detail
