// Classification-code rule definitions; included only by code.cpp.
#pragma once

#include "grammar/ast_adapted.hpp"
#include "grammar/code.hpp"
#include "grammar/primitives.hpp"

namespace budgetpdf::detail::grammar {

namespace parser {
using namespace prim;
using x3::eoi;
using x3::raw;

///////////////////////////////////////////////////////////////////////////////
//  Rule IDs
///////////////////////////////////////////////////////////////////////////////
struct full_code_class;
struct code_part_class;
struct code_token_class;

///////////////////////////////////////////////////////////////////////////////
//  Rules
///////////////////////////////////////////////////////////////////////////////
const code_cell_type code_cell = "code cell";
const code_parts_type code_parts = "code parts";
const leading_codes_type leading_codes = "leading codes";
const x3::rule<full_code_class, std::u32string> full_code = "classification code";
const x3::rule<code_part_class, std::u32string> code_part = "code part";
const x3::rule<code_token_class, std::u32string> code_token = "code token";

///////////////////////////////////////////////////////////////////////////////
//  Grammar
///////////////////////////////////////////////////////////////////////////////
// 类 (3 digits): 功能分类 201..234, 部门经济分类 301..399, 政府经济分类 501..599.
const auto class3 = (lit(U"2") >> ((lit(U"0") >> digit19) | (one_of(U"12") >> digit) |
                                   (lit(U"3") >> one_of(U"01234")))) |
                    (one_of(U"35") >> ((lit(U"0") >> digit19) | (digit19 >> digit)));
// 款 and 项 add two digits each, 01..99.
const auto pair = (lit(U"0") >> digit19) | (digit19 >> digit);
// 3, 5 or 7 digits and no more: "2024" (a year) and 6-digit runs are not codes.
const auto full_code_def = raw[class3 >> -(pair >> -pair) >> !digit];
const auto code_part_def = raw[pair >> !digit];
const auto code_token_def = full_code | code_part;
const auto code_cell_def = *ws >> code_token >> *ws >> eoi;
const auto code_parts_def = *ws >> (code_token % +ws) >> *ws >> eoi;
// Between a code and its name: nothing, spaces, or one of - － — – ： : with spaces.
const auto glue = *ws >> -(one_of(U"-\uFF0D\u2014\u2013:\uFF1A") >> *ws);
// A name starts with a letter (CJK included) or an opening bracket/quote, but not with a
// unit or date character: "201年" and "201万元" are not code + name.
const auto name_start =
    (x3::omit[uc::alpha] - one_of(U"年月日元万亿")) | one_of(U"\uFF08(\u201C\"\u300A\u3010[\u2018");
const auto leading_codes_def = *ws >> (code_token % +ws) >> glue
                               >> raw[-(name_start >> *any)] >> eoi;

BOOST_SPIRIT_DEFINE(full_code, code_part, code_token, code_cell, code_parts, leading_codes)
}  // namespace parser

const parser::code_cell_type& code_cell() { return parser::code_cell; }
const parser::code_parts_type& code_parts() { return parser::code_parts; }
const parser::leading_codes_type& leading_codes() { return parser::leading_codes; }

}  // namespace budgetpdf::detail::grammar
