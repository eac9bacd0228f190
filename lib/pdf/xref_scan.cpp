// A quick scan of raw PDF bytes for the object numbers a file claims, before poppler reads it.
#include "pdf/xref_scan.hpp"

#include "pdf/poppler_core.hpp"

#include <algorithm>
#include <cstring>
#include <string_view>

namespace budgetpdf::detail {

namespace {

bool is_space(unsigned char c) {
  return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
}
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/// Saturating: a 40-digit number is as absurd as the largest one we can hold.
std::uint64_t add_digit(std::uint64_t n, unsigned char c) {
  constexpr std::uint64_t cap = std::uint64_t(1) << 60;
  return n >= cap / 10 ? cap : n * 10 + (c - '0');
}

/// The unsigned integer starting at `i` after white space; advances `i` past it. nullopt-like
/// (returns false) when there is none.
bool read_number(std::span<const unsigned char> b, std::size_t& i, std::uint64_t& out) {
  while (i < b.size() && is_space(b[i])) ++i;
  if (i >= b.size() || !is_digit(b[i])) return false;
  std::uint64_t n = 0;
  while (i < b.size() && is_digit(b[i])) n = add_digit(n, b[i++]);
  out = n;
  return true;
}

/// The object number of an "N G obj" header ending just before `at` (the 'o' of "obj"), or 0.
std::uint64_t header_number(std::span<const unsigned char> b, std::size_t at) {
  std::size_t i = at;
  auto skip_spaces = [&] {
    std::size_t n = 0;
    while (i > 0 && is_space(b[i - 1])) --i, ++n;
    return n;
  };
  auto skip_digits = [&] {
    std::size_t end = i;
    while (i > 0 && is_digit(b[i - 1]) && end - i < 20) --i;
    return end - i;
  };
  if (skip_spaces() == 0 || skip_digits() == 0 || skip_spaces() == 0) return 0;
  const std::size_t end = i;
  if (skip_digits() == 0) return 0;
  std::uint64_t n = 0;
  for (std::size_t k = i; k < end; ++k) n = add_digit(n, b[k]);
  return n;
}

/// Every occurrence of `needle` in `b`, in order.
template <typename F>
void for_each_match(std::span<const unsigned char> b, std::string_view needle, F f) {
  const std::string_view hay(reinterpret_cast<const char*>(b.data()), b.size());
  for (std::size_t at = hay.find(needle); at != std::string_view::npos;
       at = hay.find(needle, at + 1))
    f(at);
}

}  // namespace

std::uint64_t highest_object_number(std::span<const unsigned char> b) {
  std::uint64_t top = 0;
  for_each_match(b, "obj", [&](std::size_t at) { top = std::max(top, header_number(b, at)); });
  for_each_match(b, "xref", [&](std::size_t at) {
    // Subsections "FIRST COUNT" followed by COUNT 20-byte entries; a claim counts even when
    // its entries are missing (poppler sizes the index first).
    std::size_t i = at + 4;
    for (int section = 0; section < 1000; ++section) {
      std::uint64_t first = 0, count = 0;
      if (!read_number(b, i, first) || !read_number(b, i, count)) break;
      top = std::max(top, first + count);
      if (count > (b.size() - std::min(i, b.size())) / 20) break;
      i += static_cast<std::size_t>(count) * 20;
    }
  });
  // /Size and /Index count only where poppler reads them: in a trailer's dictionary (up to
  // its startxref) and in a cross-reference stream's (from its "obj" to its "stream"). An
  // embedded file's /Params /Size is its length in bytes, not an object count.
  const std::string_view hay(reinterpret_cast<const char*>(b.data()), b.size());
  auto claims_in = [&](std::size_t from, std::size_t to) {
    to = std::min(to, b.size());
    const auto dict = b.subspan(from, to - from);  // at most one window: searches stay short
    const std::string_view text(hay.substr(from, to - from));
    for (std::size_t at = text.find("/Size"); at != std::string_view::npos;
         at = text.find("/Size", at + 1)) {
      std::size_t i = at + 5;
      std::uint64_t n = 0;
      if (read_number(dict, i, n)) top = std::max(top, n);
    }
    for (std::size_t at = text.find("/Index"); at != std::string_view::npos;
         at = text.find("/Index", at + 1)) {
      std::size_t i = at + 6;
      while (i < dict.size() && is_space(dict[i])) ++i;
      if (i >= dict.size() || dict[i] != '[') continue;
      ++i;
      for (int pair = 0; pair < 100000; ++pair) {
        std::uint64_t first = 0, count = 0;
        if (!read_number(dict, i, first) || !read_number(dict, i, count)) break;
        top = std::max(top, first + count);
      }
    }
  };
  constexpr std::size_t window = 4096;
  for_each_match(b, "trailer", [&](std::size_t at) {
    const std::size_t limit = std::min(b.size(), at + window);
    const std::size_t end = hay.substr(0, limit).find("startxref", at);
    claims_in(at, end == std::string_view::npos ? limit : end);
  });
  for_each_match(b, "/XRef", [&](std::size_t at) {
    const std::size_t low = at > window ? at - window : 0;
    const std::size_t head = hay.substr(low, at - low).rfind("obj");
    const std::size_t start = head == std::string_view::npos ? at : low + head;
    const std::size_t limit = std::min(b.size(), at + window);
    const std::size_t end = hay.substr(0, limit).find("stream", at);
    claims_in(start, end == std::string_view::npos ? limit : end);
  });
  return top;
}

std::uint64_t xref_entry_bytes() { return sizeof(XRefEntry); }

}  // namespace budgetpdf::detail
