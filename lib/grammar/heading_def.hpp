// Line rule definitions (ordinals, titles, unit lines, years); included only by heading.cpp.
#pragma once

#include "grammar/ast_adapted.hpp"
#include "grammar/heading.hpp"
#include "grammar/primitives.hpp"

namespace budgetpdf::detail::grammar {

namespace parser {
using namespace prim;
using x3::eoi;
using x3::raw;
using x3::repeat;

///////////////////////////////////////////////////////////////////////////////
//  Rule IDs
///////////////////////////////////////////////////////////////////////////////
struct table_number_class;
struct unit_key_class;
struct unit_entry_class;

///////////////////////////////////////////////////////////////////////////////
//  Rules
///////////////////////////////////////////////////////////////////////////////
const ordinal_prefix_type ordinal_prefix = "ordinal";
const numbered_title_type numbered_title = "numbered title";
const plain_title_type plain_title = "table title";
const unit_entries_type unit_entries = "unit line";
const year_search_type year_search = "year";
const heading_type heading = "document heading";
const x3::rule<table_number_class> table_number = "table number";
const x3::rule<unit_key_class, std::u32string> unit_key = "unit line key";
const x3::rule<unit_entry_class, ast::unit_entry> unit_entry = "unit line entry";

///////////////////////////////////////////////////////////////////////////////
//  Grammar
///////////////////////////////////////////////////////////////////////////////
// Ordinals. Semantic actions fill the attribute, so the alternatives never see it.
const auto mark = [](int level) {
  return [level](auto& ctx) {
    const auto& r = x3::_attr(ctx);
    x3::_val(ctx).text.assign(r.begin(), r.end());
    x3::_val(ctx).level = level;
  };
};
const auto set_rest = [](auto& ctx) {
  const auto& r = x3::_attr(ctx);
  x3::_val(ctx).rest.assign(r.begin(), r.end());
};
const auto arabic12 = digit19 >> -digit;
const auto ordinal_head =
    raw[+cn_numeral >> lit(U"、")][mark(1)] |
    raw[open_bracket >> +cn_numeral >> close_bracket][mark(2)] |
    // "1.5万元" is an amount, not item 1: a '.' ordinal must not be followed by a digit.
    raw[arabic12 >> (lit(U"、") | (lit(U".") >> !digit))][mark(3)] |
    raw[open_bracket >> arabic12 >> close_bracket][mark(4)] |
    raw[uc::char_(U'\u2460', U'\u2473')][mark(5)] |  // ① … ⑳
    raw[lit(U"其中") >> -colon][mark(0)];
const auto ordinal_prefix_def = *ws >> ordinal_head >> *ws >> raw[*any][set_rest];

// Table numbers: 表1, 表 1-2, 表一, 附表1, 公开01表, 预算01表, 部门公开01表, 预算表3, 公开表1,
// 预算公开表6. A year right after the number ("附表1-12026年…": the space was lost) is not
// part of it.
const auto year_start = (lit(U"19") | lit(U"20")) >> repeat(2)[digit] >> *ws >> lit(U"年");
const auto number_digits = +(!year_start >> digit);
const auto arabic_number = number_digits >> *(one_of(U"-\u2014\u2013.") >> number_digits);
const auto number_qualifier =
    +(lit(U"部门") | lit(U"单位") | lit(U"预算") | lit(U"决算") | lit(U"公开") | lit(U"财政"));
const auto table_number_def = (-lit(U"附") >> lit(U"表") >> *ws >> (arabic_number | +cn_numeral)) |
                              (number_qualifier >> *ws >> number_digits >> *ws >> lit(U"表")) |
                              (number_qualifier >> lit(U"表") >> *ws >> number_digits);
// Brackets around the number are dropped ("（预算表3）" -> "预算表3").
const auto numbered_title_def = *ws >> -open_bracket >> *ws >> raw[table_number] >> *ws >>
                                -close_bracket >> *ws >>
                                -(one_of(U":\uFF1A\u3001") >> *ws) >> raw[*any];
// Narrative sentences are not titles: no 。，；; anywhere.
const auto title_char = any - one_of(U"\u3002\uFF0C\uFF1B;");
const auto bracket_group = open_bracket >> *(any - close_bracket - open_bracket) >> close_bracket;
const auto title_end = lit(U"表") >> -bracket_group >> *ws >> eoi;
const auto plain_title_def = *ws >> raw[+(!title_end >> title_char) >> title_end];

// Unit lines. Spaces between CJK characters were removed by normalization, so an entry's
// value ends at white space or where the next "key：" begins.
const auto unit_key_def =
    raw[lit(U"预算主管部门") | lit(U"资金主管部门") | lit(U"主管部门") | lit(U"编制部门") |
        lit(U"编制单位") | lit(U"预算单位") | lit(U"填报单位") | lit(U"单位名称") |
        lit(U"部门名称") | lit(U"金额单位") | lit(U"计量单位") | lit(U"部门") | lit(U"单位")];
// A key may open a bracket: "编制部门：X（单位：万元）" ends X before the bracket.
const auto next_key = -open_bracket >> unit_key >> *ws >> colon;
const auto unit_value = raw[+(any - ws - next_key)];
// A token without a key must end at white space: "…参公单位：深圳" (a sentence that
// runs into a key) is not a unit line.
const auto unit_entry_def = (-open_bracket >> unit_key >> *ws >> colon >> *ws >> unit_value) |
                            (x3::attr(std::u32string()) >> unit_value >> &(ws | eoi));
const auto unit_entries_def = *ws >> +(unit_entry >> *ws) >> eoi;

// Years 1900-2099 followed by 年.
const auto year4 = raw[(lit(U"19") | lit(U"20")) >> repeat(2)[digit] >> !digit];
const auto year_marker = year4 >> *ws >> lit(U"年");
// Digit runs are skipped whole, so "12024年" holds no year.
const auto not_year = x3::omit[(+digit | any) - year_marker];
const auto year_search_def = *not_year >> year_marker;
const auto heading_def = *ws >> raw[*not_year] >> year_marker >> -lit(U"度") >> *ws >> raw[*any];

BOOST_SPIRIT_DEFINE(ordinal_prefix, numbered_title, plain_title, unit_entries, year_search, heading,
                    table_number, unit_key, unit_entry)
}  // namespace parser

const parser::ordinal_prefix_type& ordinal_prefix() { return parser::ordinal_prefix; }
const parser::numbered_title_type& numbered_title() { return parser::numbered_title; }
const parser::plain_title_type& plain_title() { return parser::plain_title; }
const parser::unit_entries_type& unit_entries() { return parser::unit_entries; }
const parser::year_search_type& year_search() { return parser::year_search; }
const parser::heading_type& heading() { return parser::heading; }

}  // namespace budgetpdf::detail::grammar
