// Small helpers for matching printed Chinese labels (titles, header texts) in UTF-32.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace budgetpdf::detail {

/// A label reduced for matching: white space, quotes and the "其中：" lead-in removed,
/// full-width brackets and colons folded to ASCII ("（" -> "(").
std::u32string normalize_label(std::u32string_view s);

inline bool contains(std::u32string_view s, std::u32string_view what) {
  return s.find(what) != std::u32string_view::npos;
}

inline bool contains_any(std::u32string_view s, std::initializer_list<std::u32string_view> what) {
  for (auto w : what)
    if (contains(s, w)) return true;
  return false;
}

}  // namespace budgetpdf::detail
