// Label normalization for the model stage's matching.
#include "model/text_match.hpp"

namespace budgetpdf::detail {

std::u32string normalize_label(std::u32string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (char32_t c : s) {
    switch (c) {
      case U' ':
      case U'\t':
      case U'\n':
      case U'\r':
      case U'\u3000':
      case U'\u00A0':
      case U'"':
      case U'\'':
      case U'\u201C':
      case U'\u201D':
      case U'\u2018':
      case U'\u2019':
      case U'\u300C':
      case U'\u300D':
      case U'\u300E':
      case U'\u300F':
      case U'\uFF02':
      case U'\uFF07':
        continue;
      case U'\uFF08':
        out += U'(';
        continue;
      case U'\uFF09':
        out += U')';
        continue;
      case U'\uFF1A':
        out += U':';
        continue;
      case U'\uFF05':
        out += U'%';
        continue;
      default:
        out += c;
    }
  }
  for (std::u32string_view lead : {U"其中:", U"其中"})
    if (out.starts_with(lead) && out.size() > lead.size()) {
      out.erase(0, lead.size());
      break;
    }
  return out;
}

}  // namespace budgetpdf::detail
