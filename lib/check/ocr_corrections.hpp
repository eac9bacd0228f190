// Suggested corrections of OCR readings: one digit read differently that makes failing
// sums hold. Suggestions only: the document's values are never changed.
#pragma once

#include <budgetpdf/check.hpp>
#include <budgetpdf/types.hpp>

#include <string>
#include <vector>

namespace budgetpdf::detail {

/// The other readings of a printed amount OCR commonly confuses it with: one digit as its
/// look-alike (6↔8, 1↔7, 0↔8, 3↔8, 5↔6), two neighbouring digits swapped, a decimal point
/// lost (inserted before the last one or two digits) or added (removed). Exact decimal text.
std::vector<std::string> ocr_alternatives(const std::string& printed);

/// For each value of an OCR row that takes part in a failing sum of `summary` (its row or a
/// part of it), the first alternative reading under which fewer sums fail and none fails
/// that held: an `ocr-suggested-correction` warning naming the cell, the value read and the
/// alternative. At most `max_trials` re-checks of the document.
std::vector<diagnostic> ocr_suggested_corrections(const document& doc, const check_summary& summary,
                                                  int max_trials = 400);

}  // namespace budgetpdf::detail
