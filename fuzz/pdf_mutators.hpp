// Structure-aware mutations of PDF bytes for fuzz_parse: turn pages (a /Rotate on every page
// object) and unmap fonts (their ToUnicode maps made unreachable), so the
// fuzzer reaches the reader's turned pages and unreadable-text paths from ordinary seeds.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace budgetpdf::fuzz {

/// Every page object ("/Type/Page" or "/Type /Page", not "/Pages") gets "/Rotate DEGREES"
/// right after its type (a /Rotate of its own, if any, is then a duplicate key). Offsets
/// move: poppler has to rebuild the cross-reference table, which is part of the point.
inline std::string rotate_pages(std::string_view pdf, int degrees) {
  std::string out;
  out.reserve(pdf.size() + 64);
  const std::string insert = "/Rotate " + std::to_string(degrees);
  std::size_t at = 0;
  for (;;) {
    std::size_t hit = pdf.find("/Type", at);
    if (hit == std::string_view::npos) break;
    std::size_t k = hit + 5;
    while (k < pdf.size() && (pdf[k] == ' ' || pdf[k] == '\n' || pdf[k] == '\r')) ++k;
    const bool page = pdf.substr(k, 5) == "/Page" &&
                      (k + 5 >= pdf.size() || (pdf[k + 5] != 's' && pdf[k + 5] != 'L'));
    const std::size_t end = page ? k + 5 : hit + 5;
    out.append(pdf.substr(at, end - at));
    if (page) out += insert;
    at = end;
  }
  out.append(pdf.substr(at));
  return out;
}

/// Renames every /ToUnicode key (same length, so offsets stay valid): poppler then maps codes
/// by the fonts' encodings or, for Identity-H CID fonts, to no text at all.
inline std::string unmap_fonts(std::string_view pdf) {
  std::string out(pdf);
  for (std::size_t at = out.find("/ToUnicode"); at != std::string::npos;
       at = out.find("/ToUnicode", at + 1))
    out[at + 9] = 'X';  // "/ToUnicodX"
  return out;
}

}  // namespace budgetpdf::fuzz
