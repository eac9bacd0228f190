// Character-level parsers shared by the rule definitions (*_def.hpp). Unicode only: the
// standard/ascii classifiers must never see a char32_t above 0x7F.
#pragma once

#include "grammar/config.hpp"

#include <cstddef>

namespace budgetpdf::detail::grammar::prim {

namespace uc = x3::unicode;

/// Literal text, no attribute: lit(U"合计").
constexpr auto lit(const char32_t* s) { return uc::lit(s); }
/// One of the characters in `set`, no attribute.
template <std::size_t N>
constexpr auto one_of(const char32_t (&set)[N]) {
  return x3::omit[uc::char_(set)];
}

/// ASCII digits only: text is normalized, so full-width digits never reach here.
inline const auto digit = uc::char_(U'0', U'9');
inline const auto digit19 = uc::char_(U'1', U'9');
/// Spaces left after normalization (U+3000 is already ' '; tab and NBSP for safety).
inline const auto ws = x3::omit[uc::char_(U" \t\u00A0\u3000")];
/// Dashes printed for "no amount": ASCII hyphen, full-width hyphen, em/en dash, minus,
/// horizontal bar, box-drawing line.
inline const auto dash = x3::omit[uc::char_(U"-\uFF0D\u2014\u2013\u2015\u2010\u2212\u2500")];
/// Marks forms print for "not applicable" where an amount would stand: slash, backslash,
/// asterisk, multiplication sign, in ASCII and full width.
inline const auto not_applicable = x3::omit[uc::char_(U"/\\\uFF0F\uFF3C*\uFF0A\u00D7")];
inline const auto open_bracket = x3::omit[uc::char_(U"\uFF08(\u3014[\u3010")];
inline const auto close_bracket = x3::omit[uc::char_(U"\uFF09)\u3015]\u3011")];
inline const auto colon = x3::omit[uc::char_(U":\uFF1A")];
/// Chinese numerals as used in ordinals and table numbers (一 … 十, 百, 零, 〇).
inline const auto cn_numeral = x3::omit[uc::char_(U"一二三四五六七八九十百零〇")];
inline const auto any = uc::char_;

}  // namespace budgetpdf::detail::grammar::prim
