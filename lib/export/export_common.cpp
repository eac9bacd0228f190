// Names, file names and terminal widths shared by the writers.
#include "export/export_private.hpp"

#include <budgetpdf/export.hpp>

#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cstdio>
#include <map>

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
    case stage::performance_evaluation:
      return "绩效评价";
    case stage::unknown:
      break;
  }
  return "";
}

std::vector<std::optional<std::size_t>> parent_rows(const block& b) {
  std::vector<std::optional<std::size_t>> parents(b.rows.size());
  std::map<std::string, std::size_t, std::less<>> row_of_code;
  for (std::size_t i = 0; i < b.rows.size(); ++i) {
    const row& r = b.rows[i];
    if (r.parent)
      if (auto it = row_of_code.find(*r.parent); it != row_of_code.end()) parents[i] = it->second;
    if (r.code) row_of_code[*r.code] = i;
  }
  return parents;
}

std::string file_name(const std::string& path) {
  auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

/// `bytes` as UTF-8: as they are when valid, else decoded from GB18030 when every byte
/// decodes, else with each invalid byte replaced by U+FFFD.
std::string valid_utf8(std::string_view bytes) {
  const auto* b = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto n = static_cast<int32_t>(bytes.size());
  bool valid = true;
  for (int32_t i = 0; i < n && valid;) {
    UChar32 c = 0;
    U8_NEXT(b, i, n, c);
    valid = c >= 0;
  }
  if (valid) return std::string(bytes);
  UErrorCode status = U_ZERO_ERROR;
  UConverter* gb = ucnv_open("GB18030", &status);
  if (U_SUCCESS(status)) {
    // Stop at the first byte sequence GB18030 does not define, instead of substituting.
    ucnv_setToUCallBack(gb, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    icu::UnicodeString text(bytes.data(), n, gb, status);
    ucnv_close(gb);
    if (U_SUCCESS(status)) {
      std::string out;
      text.toUTF8String(out);
      return out;
    }
  }
  std::string out;
  for (int32_t i = 0; i < n;) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(b, i, n, c);
    if (c < 0)
      out += "\xEF\xBF\xBD";
    else
      out.append(
          bytes.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
  }
  return out;
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

namespace budgetpdf {

std::string printable_text(std::string_view bytes, bool escape_controls) {
  std::string text = detail::valid_utf8(bytes);
  if (!escape_controls) return text;
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    // C1 controls are the two bytes C2 80..C2 9F in UTF-8.
    const bool c1 = c == 0xC2 && i + 1 < text.size() &&
                    static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                    static_cast<unsigned char>(text[i + 1]) <= 0x9F;
    if (c < 0x20 || c == 0x7F || c1) {
      const unsigned code = c1 ? static_cast<unsigned char>(text[++i]) : c;
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", code);
      out += buf;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

}  // namespace budgetpdf
