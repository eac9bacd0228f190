// text/normalize: UTF conversions, safe normalization and CJK space removal.
#include "text/normalize.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace budgetpdf::detail;

namespace {

std::string norm(std::u32string_view s) { return to_utf8(normalize_text(s)); }

}  // namespace

TEST_CASE("UTF-8, UTF-16 and UTF-32 conversions") {
  CHECK(to_u32("科目 2010101") == U"科目 2010101");
  CHECK(to_utf8(U"合计：1,343.76") == "合计：1,343.76");
  CHECK(to_u32("\xE5\x90") == U"\uFFFD");  // cut-off sequence
  CHECK(to_u32("a\xFFz") == U"a\uFFFDz");
  CHECK(to_utf8(U"\U00020B9F") == "\xF0\xA0\xAE\x9F");  // 𠮟, outside the BMP
  CHECK(to_u32(to_utf8(U"\U00020B9F")) == U"\U00020B9F");
  // Surrogate pairs from UTF-16 join into one code point; lone halves become U+FFFD.
  CHECK(from_utf16(u"\U00020B9F元") == U"\U00020B9F元");
  CHECK(from_utf16(std::u16string{u'a', static_cast<char16_t>(0xD842), u'b'}) == U"a\uFFFDb");
  CHECK(to_utf8(std::u32string{static_cast<char32_t>(0xD800)}) == "\xEF\xBF\xBD");
}

TEST_CASE("is_cjk") {
  CHECK(is_cjk(U'科'));
  CHECK(is_cjk(U'\U00020B9F'));
  CHECK(is_cjk(U'（'));
  CHECK(is_cjk(U'、'));
  CHECK(is_cjk(U'【'));
  CHECK(is_cjk(U'\u2F00'));  // Kangxi radical one
  CHECK_FALSE(is_cjk(U'\u3000'));
  CHECK_FALSE(is_cjk(U'A'));
  CHECK_FALSE(is_cjk(U'1'));
  CHECK_FALSE(is_cjk(U'１'));
  CHECK_FALSE(is_cjk(U' '));
  CHECK_FALSE(is_cjk(U'“'));
}

TEST_CASE("normalize_text: full-width digits, letters and ．，－％ become ASCII") {
  CHECK(norm(U"１２，３４５．６０") == "12,345.60");
  CHECK(norm(U"１６．７０％") == "16.70%");
  CHECK(norm(U"ＡＢＣａｂｃ") == "ABCabc");
  CHECK(norm(U"－３．５０") == "-3.50");
  CHECK(norm(U"－") == "-");
  // Other full-width punctuation is kept as printed.
  CHECK(norm(U"单位：万元") == "单位：万元");
  CHECK(norm(U"＋／＃") == "＋／＃");
}

TEST_CASE("normalize_text: spaces") {
  CHECK(norm(U"合\u3000计") == "合 计");
  CHECK(norm(U"a\u00A0b\u2002c\u2009d\u202Fe\tf\ng") == "a b c d e f g");
  // Zero-width and control characters are removed.
  CHECK(norm(U"行\u200B政\uFEFF运\u00AD行\u0001") == "行政运行");
}

TEST_CASE("normalize_text: minus signs before digits, lone dashes kept") {
  CHECK(norm(U"\u22123.50") == "-3.50");
  CHECK(norm(U"\u20133.50") == "-3.50");
  CHECK(norm(U"\uFE633.50") == "-3.50");
  CHECK(norm(U"\u2212３.50") == "-3.50");
  CHECK(norm(U"\u2014") == "\u2014");  // "—" for no amount
  CHECK(norm(U"\u2014\u2014") == "\u2014\u2014");
  CHECK(norm(U"\u2212") == "\u2212");
  CHECK(norm(U"2019\u20132020") == "2019-2020");
  CHECK(norm(U"\u2014 3") == "\u2014 3");
}

TEST_CASE("normalize_text: brackets and quotes are kept") {
  CHECK(norm(U"（一）【项目】〔2024〕“三公”经费") == "（一）【项目】〔2024〕“三公”经费");
  CHECK(norm(U"(3.50)") == "(3.50)");
  CHECK(norm(U"（３.50）") == "（3.50）");
}

TEST_CASE("normalize_text: radicals and compatibility ideographs become unified ideographs") {
  CHECK(norm(U"\u2F00般公共服务") == "一般公共服务");  // ⼀ KANGXI RADICAL ONE
  CHECK(norm(U"\u2F24") == "大");
  CHECK(norm(U"\uF9DC") == "\u9686");  // 隆 compatibility ideograph
  CHECK(norm(U"科目") == "科目");
}

TEST_CASE("normalize_text: one output character per input character, or removed") {
  std::vector<std::size_t> source;
  const std::u32string in = U"\u200B１\u3000２\uFEFF\u22123";
  const std::u32string out = normalize_text(in, source);
  CHECK(out == U"1 2-3");
  CHECK(source == std::vector<std::size_t>{1, 2, 3, 5, 6});
  CHECK(normalize_text(U"") == U"");
}

TEST_CASE("remove_cjk_spaces") {
  CHECK(to_utf8(remove_cjk_spaces(U"科 目 名 称")) == "科目名称");
  CHECK(to_utf8(remove_cjk_spaces(U"合\u3000计")) == "合计");
  CHECK(to_utf8(remove_cjk_spaces(U"合 \u3000 计")) == "合计");
  CHECK(to_utf8(remove_cjk_spaces(U"（一） 一般公共预算")) == "（一）一般公共预算");
  // Spaces next to Latin letters or digits stay.
  CHECK(to_utf8(remove_cjk_spaces(U"2019 年")) == "2019 年");
  CHECK(to_utf8(remove_cjk_spaces(U"ABC 12")) == "ABC 12");
  CHECK(to_utf8(remove_cjk_spaces(U"项目 A")) == "项目 A");
  CHECK(to_utf8(remove_cjk_spaces(U" 合计 ")) == " 合计 ");
  std::vector<std::size_t> source;
  CHECK(remove_cjk_spaces(U"合 计 1", source) == U"合计 1");
  CHECK(source == std::vector<std::size_t>{0, 2, 3, 4});
}
