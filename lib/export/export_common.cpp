// Names, file names and terminal widths shared by the writers.
#include "export/export_private.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace budgetpdf::detail {

std::string_view severity_name(diagnostic::severity s) noexcept {
  switch (s) {
    case diagnostic::severity::info:
      return "info";
    case diagnostic::severity::warning:
      return "warning";
    case diagnostic::severity::error:
      return "error";
  }
  return "warning";
}

std::string_view stage_name(stage s) noexcept {
  switch (s) {
    case stage::budget:
      return "预算";
    case stage::final_accounts:
      return "决算";
    case stage::unknown:
      break;
  }
  return "";
}

std::string file_name(const std::string& path) {
  auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool diagnostic_concerns(const diagnostic& d, const table& t) {
  if (d.table.empty()) return false;
  return d.table == t.title || (t.number && d.table == *t.number);
}

namespace {

// Width of one code point on a terminal.
std::size_t code_point_width(UChar32 c) {
  if (c == 0x200B || c == 0x200D || c == 0xFEFF) return 0;  // zero-width space, joiner, BOM
  auto category = u_charType(c);
  if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK ||
      category == U_CONTROL_CHAR || category == U_FORMAT_CHAR)
    return 0;
  auto ea = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return ea == U_EA_WIDE || ea == U_EA_FULLWIDTH ? 2 : 1;
}

// Calls f(begin, end, width) for each character of utf8; invalid bytes are one character.
template <class F>
void for_each_char(std::string_view s, F f) {
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, n, c);
    f(start, i, c < 0 ? std::size_t{1} : code_point_width(c));
  }
}

}  // namespace

std::size_t display_width(std::string_view utf8) {
  std::size_t width = 0;
  for_each_char(utf8, [&](int32_t, int32_t, std::size_t w) { width += w; });
  return width;
}

std::string truncate_to_width(std::string_view utf8, std::size_t max_width) {
  if (max_width == 0) max_width = 1;
  if (display_width(utf8) <= max_width) return std::string(utf8);
  // Keep room for the one-column ellipsis.
  std::size_t width = 0, keep = 0;
  bool full = false;
  for_each_char(utf8, [&](int32_t, int32_t end, std::size_t w) {
    if (full) return;
    if (width + w > max_width - 1) {
      full = true;
      return;
    }
    width += w;
    keep = static_cast<std::size_t>(end);
  });
  return std::string(utf8.substr(0, keep)) + "…";
}

std::string pad(std::string_view utf8, std::size_t width, bool align_right) {
  std::size_t w = display_width(utf8);
  std::string fill(w < width ? width - w : 0, ' ');
  return align_right ? fill + std::string(utf8) : std::string(utf8) + fill;
}

}  // namespace budgetpdf::detail
