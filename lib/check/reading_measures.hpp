// Truth-free measures of a parse (document::measures) and the diagnostics that say where:
// amounts printed on table pages that no row holds, and signs that a table was not read as
// printed (no title, no unit, headers without text or holding title text, empty columns).
#pragma once

#include <budgetpdf/types.hpp>

#include "layout/printed_amounts.hpp"

#include <vector>

namespace budgetpdf::detail {

/// Fills doc.measures and appends its diagnostics. `pages`: the printed amounts of every
/// page read. Counts title-without-rows diagnostics already in doc.diagnostics.
void measure_reading(document& doc, const std::vector<page_amounts>& pages);

}  // namespace budgetpdf::detail
