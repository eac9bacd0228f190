// Unicode text normalization for budget tables, built on ICU character properties.
//
// Every rule maps one code point to one code point, or removes it, so the caller can keep one
// glyph box per output character. No NFKC over whole strings: NFKC would also rewrite
// brackets （） and the full-width colon, and can change the length (ligatures, ㈠ -> (一)).
#include "text/normalize.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <cstdint>

namespace budgetpdf::detail {

namespace {

constexpr char32_t replacement = U'\uFFFD';

const icu::Normalizer2* nfkc() {
  static const icu::Normalizer2* instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return instance;
}

/// The single code point `c` decomposes to under NFKC's raw mapping, or 0 if none / several.
char32_t single_decomposition(char32_t c) {
  const icu::Normalizer2* n = nfkc();
  if (!n) return 0;
  icu::UnicodeString mapping;
  if (!n->getRawDecomposition(static_cast<UChar32>(c), mapping)) return 0;
  if (mapping.countChar32() != 1) return 0;
  return static_cast<char32_t>(mapping.char32At(0));
}

bool is_space(char32_t c) { return u_isUWhiteSpace(static_cast<UChar32>(c)); }

bool is_minus_variant(char32_t c) {
  switch (c) {
    case U'\u2212':  // MINUS SIGN
    case U'\u2012':  // FIGURE DASH
    case U'\u2013':  // EN DASH
    case U'\uFE63':  // SMALL HYPHEN-MINUS
    case U'\u2010':  // HYPHEN
    case U'\u2011':  // NON-BREAKING HYPHEN
      return true;
    default:
      return false;
  }
}

/// Full-width ASCII variant (U+FF01..U+FF5E) that the rules turn into ASCII: letters, digits
/// and ．，－％. Returns 0 when the character is to be kept.
char32_t fullwidth_to_ascii(char32_t c) {
  if (c < U'\uFF01' || c > U'\uFF5E') return 0;
  if (u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_DECOMPOSITION_TYPE) != U_DT_WIDE) {
    return 0;
  }
  char32_t narrow = single_decomposition(c);
  if (narrow == 0 || narrow > 0x7E) return 0;
  if (u_isalnum(static_cast<UChar32>(narrow)) || narrow == U'.' || narrow == U',' ||
      narrow == U'-' || narrow == U'%') {
    return narrow;
  }
  return 0;
}

/// Kangxi radicals, CJK radicals supplement and compatibility ideographs that stand for a
/// unified ideograph. Returns 0 when the character is to be kept.
char32_t radical_to_ideograph(char32_t c) {
  const UBlockCode block = ublock_getCode(static_cast<UChar32>(c));
  if (block != UBLOCK_KANGXI_RADICALS && block != UBLOCK_CJK_RADICALS_SUPPLEMENT &&
      block != UBLOCK_CJK_COMPATIBILITY_IDEOGRAPHS &&
      block != UBLOCK_CJK_COMPATIBILITY_IDEOGRAPHS_SUPPLEMENT) {
    return 0;
  }
  char32_t unified = single_decomposition(c);
  if (unified == 0) return 0;
  UErrorCode status = U_ZERO_ERROR;
  if (uscript_getScript(static_cast<UChar32>(unified), &status) != USCRIPT_HAN) return 0;
  return unified;
}

constexpr char32_t removed = 0xFFFFFFFF;

/// The normalized form of text[i]: a code point, or `removed`.
char32_t normalize_at(std::u32string_view text, std::size_t i) {
  const char32_t c = text[i];
  if (c < 0x80) {
    if (c == U' ') return c;
    if (c < 0x20 || c == 0x7F) return is_space(c) ? U' ' : removed;
    return c;
  }
  if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return replacement;
  if (is_space(c)) return U' ';
  if (char32_t ascii = fullwidth_to_ascii(c)) {
    // Punctuation inside a number ("１２，３４５．６") becomes ASCII; in text ("年，本部门")
    // the full-width comma and stop stay as printed.
    const bool in_number = i > 0 && u_isdigit(static_cast<UChar32>(text[i - 1]));
    if ((ascii == U',' || ascii == U'.') && !in_number) return c;
    return ascii;
  }
  if (is_minus_variant(c)) {
    if (i + 1 < text.size() && u_isdigit(static_cast<UChar32>(text[i + 1]))) return U'-';
    return c;
  }
  const int8_t type = u_charType(static_cast<UChar32>(c));
  if (type == U_FORMAT_CHAR || type == U_CONTROL_CHAR) return removed;
  if (char32_t unified = radical_to_ideograph(c)) return unified;
  return c;
}

template <bool track>
std::u32string normalize_impl(std::u32string_view text, std::vector<std::size_t>* source) {
  std::u32string out;
  out.reserve(text.size());
  if constexpr (track) {
    source->clear();
    source->reserve(text.size());
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char32_t c = normalize_at(text, i);
    if (c == removed) continue;
    out.push_back(c);
    if constexpr (track) source->push_back(i);
  }
  return out;
}

template <bool track>
std::u32string remove_cjk_spaces_impl(std::u32string_view text, std::vector<std::size_t>* source) {
  std::u32string out;
  out.reserve(text.size());
  if constexpr (track) {
    source->clear();
    source->reserve(text.size());
  }
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_space(text[i])) {
      out.push_back(text[i]);
      if constexpr (track) source->push_back(i);
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && is_space(text[end])) ++end;
    const bool between_cjk = i > 0 && end < text.size() && is_cjk(text[i - 1]) && is_cjk(text[end]);
    if (!between_cjk) {
      for (std::size_t k = i; k < end; ++k) {
        out.push_back(text[k]);
        if constexpr (track) source->push_back(k);
      }
    }
    i = end;
  }
  return out;
}

}  // namespace

std::u32string to_u32(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    out.push_back(c < 0 ? replacement : static_cast<char32_t>(c));
  }
  return out;
}

std::string to_utf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (char32_t c : text) {
    if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = replacement;
    uint8_t buffer[U8_MAX_LENGTH];
    int32_t n = 0;
    U8_APPEND_UNSAFE(buffer, n, static_cast<UChar32>(c));
    out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(n));
  }
  return out;
}

std::u32string from_utf16(std::u16string_view utf16) {
  std::u32string out;
  out.reserve(utf16.size());
  const auto length = static_cast<int32_t>(utf16.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c = 0;
    U16_NEXT(utf16.data(), i, length, c);
    out.push_back(U_IS_SURROGATE(c) ? replacement : static_cast<char32_t>(c));
  }
  return out;
}

bool is_unreadable_char(char32_t c) {
  if (c == U'\uFFFD') return true;
  if ((c >= 0xE000 && c <= 0xF8FF) || (c >= 0xF0000 && c <= 0x10FFFF)) return true;
  if (c == U'\t' || c == U'\n' || c == U'\r') return false;
  return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

bool is_cjk(char32_t c) {
  if (c < 0x2E80 || c > 0x10FFFF) return false;
  const auto uc = static_cast<UChar32>(c);
  if (u_isUWhiteSpace(uc)) return false;
  UErrorCode status = U_ZERO_ERROR;
  switch (uscript_getScript(uc, &status)) {
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
    case USCRIPT_HANGUL:
    case USCRIPT_BOPOMOFO:
      return true;
    default:
      break;
  }
  switch (ublock_getCode(uc)) {
    case UBLOCK_HALFWIDTH_AND_FULLWIDTH_FORMS:
      return !u_isalnum(uc);  // ｱ (half-width kana) and （ count; full-width 1 and A do not
    case UBLOCK_CJK_SYMBOLS_AND_PUNCTUATION:
    case UBLOCK_CJK_COMPATIBILITY_FORMS:
    case UBLOCK_VERTICAL_FORMS:
    case UBLOCK_ENCLOSED_CJK_LETTERS_AND_MONTHS:
    case UBLOCK_CJK_COMPATIBILITY:
    case UBLOCK_KANGXI_RADICALS:
    case UBLOCK_CJK_RADICALS_SUPPLEMENT:
    case UBLOCK_IDEOGRAPHIC_DESCRIPTION_CHARACTERS:
    case UBLOCK_CJK_STROKES:
      return true;
    default:
      return false;
  }
}

std::u32string normalize_text(std::u32string_view text) {
  return normalize_impl<false>(text, nullptr);
}

std::u32string normalize_text(std::u32string_view text, std::vector<std::size_t>& source) {
  return normalize_impl<true>(text, &source);
}

std::u32string remove_cjk_spaces(std::u32string_view text) {
  return remove_cjk_spaces_impl<false>(text, nullptr);
}

std::u32string remove_cjk_spaces(std::u32string_view text, std::vector<std::size_t>& source) {
  return remove_cjk_spaces_impl<true>(text, &source);
}

}  // namespace budgetpdf::detail
