// Unicode text normalization for budget tables (ICU): safe, one code point in, at most one out.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace budgetpdf::detail {

/// UTF-8 -> UTF-32. Malformed sequences become U+FFFD.
std::u32string to_u32(std::string_view utf8);
/// UTF-32 -> UTF-8. Surrogates and values beyond U+10FFFF become U+FFFD.
std::string to_utf8(std::u32string_view text);
/// UTF-16 (surrogate pairs joined) -> UTF-32. Lone surrogates become U+FFFD.
std::u32string from_utf16(std::u16string_view utf16);

/// True for ideographs (Han, including compatibility ideographs and Kangxi radicals), kana,
/// hangul, bopomofo, and CJK punctuation / full-width forms. White space (U+3000) is not CJK.
bool is_cjk(char32_t c);

/// True for a character that stands for no readable text: U+FFFD (the replacement character,
/// which the PDF reader also puts where a glyph maps to no character at all), private-use
/// code points (U+E000..U+F8FF and planes 15-16: a font's own numbering, not text) and
/// control characters other than tab and line breaks.
bool is_unreadable_char(char32_t c);

/// Safe normalization of printed table text. Every output code point comes from exactly one
/// input code point, so glyph boxes stay aligned (see the overload with `source`):
/// - full-width digits and Latin letters, －％, and ．， after a digit -> ASCII
///   ("１２，３４５．６" -> "12,345.6"); ．， elsewhere ("年，本部门") stay as printed;
/// - U+3000 and every other Unicode space, tabs and line breaks -> ' ';
/// - a dash or minus variant (U+2212, U+2012, U+2013, U+FE63, U+2010, U+2011) directly
///   before a digit -> '-' ("−3.50" -> "-3.50"); elsewhere kept, so a lone "—" (U+2014, used
///   for "no amount") or "−" stays as printed;
/// - CJK compatibility ideographs and Kangxi radicals -> the unified ideograph they stand
///   for ("⼀" U+2F00 -> "一" U+4E00; some PDFs' ToUnicode maps point there);
/// - format and control characters (U+200B, U+FEFF, U+00AD, NUL, ...) are removed.
/// Brackets （）【】〔〕, quotes “”, the full-width colon and every other character are kept.
///
/// **Example**: normalize_text(U"（１２，３４５．６０）合　计") == U"（12,345.60）合 计"
std::u32string normalize_text(std::u32string_view text);

/// Same as normalize_text; `source[i]` is the index in `text` of output character i.
std::u32string normalize_text(std::u32string_view text, std::vector<std::size_t>& source);

/// Removes each run of white space whose neighbours on both sides are CJK characters:
/// "科 目 名 称" -> "科目名称", "合　计" -> "合计"; "2019 年" and "ABC 12" are kept.
std::u32string remove_cjk_spaces(std::u32string_view text);

/// Same as remove_cjk_spaces; `source[i]` is the index in `text` of output character i.
std::u32string remove_cjk_spaces(std::u32string_view text, std::vector<std::size_t>& source);

}  // namespace budgetpdf::detail
