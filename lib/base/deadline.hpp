// The time limit of parse_options::max_seconds as a point in time, safe for any value.
#pragma once

#include <budgetpdf/error.hpp>

#include <chrono>
#include <cmath>
#include <string>

namespace budgetpdf::detail {

/// Longest time limit honoured: about 116 days. Larger values (1e10 s, infinity) mean "no
/// limit" in practice; converting them to clock ticks would overflow into the past.
inline constexpr double max_limit_seconds = 1e7;

/// now + `seconds`, clamped to 0..max_limit_seconds; NaN counts as 0 (already late).
inline std::chrono::steady_clock::time_point deadline_after(double seconds) {
  using clock = std::chrono::steady_clock;
  if (!(seconds > 0)) seconds = 0;
  if (seconds > max_limit_seconds) seconds = max_limit_seconds;
  return clock::now() +
         std::chrono::duration_cast<clock::duration>(std::chrono::duration<double>(seconds));
}

/// Throws error(timed_out) saying `what` ("after layout") once `deadline` has passed.
inline void check_deadline(std::chrono::steady_clock::time_point deadline,
                           const std::string& what) {
  if (std::chrono::steady_clock::now() > deadline)
    throw error(error_code::timed_out, "time limit reached " + what);
}

}  // namespace budgetpdf::detail
