// Label rule definitions; included only by label.cpp.
#pragma once

#include "grammar/ast_adapted.hpp"
#include "grammar/label.hpp"
#include "grammar/primitives.hpp"

namespace budgetpdf::detail::grammar {

namespace parser {
using namespace prim;
using x3::eoi;
using x3::raw;

///////////////////////////////////////////////////////////////////////////////
//  Rules
///////////////////////////////////////////////////////////////////////////////
const numbering_cell_type numbering_cell = "numbering cell";
const total_label_type total_label = "total label";
const empty_note_type empty_note = "empty-table note";

///////////////////////////////////////////////////////////////////////////////
//  Grammar
///////////////////////////////////////////////////////////////////////////////
const auto small_int = digit19 >> -digit;
// "**" and "*" stand for ※ where a producer's font lacks it.
const auto numbering_word = lit(U"栏次") | lit(U"行次") | lit(U"项次") |
                            one_of(U"\u203B甲乙丙丁戊己庚辛") | lit(U"**") | lit(U"*");
// "4=5+6" (a column defined by others) keeps its leading number.
const auto formula = lit(U"=") >> small_int >> *(one_of(U"+-") >> small_int);
const auto numbering_cell_def = *ws >> ((numbering_word >> x3::attr(std::u32string())) |
                                        (raw[small_int] >> x3::omit[-formula])) >>
                                *ws >> eoi;

const auto total_word = lit(U"合计") | lit(U"总计") | lit(U"小计");
const auto label_char = any - ws - digit - one_of(U"\u3002\uFF0C,\uFF1B;%.");
const auto total_label_def = *ws >>
                             raw[*(label_char - (total_word >> *ws >> -colon >> *ws >> eoi))] >>
                             raw[total_word] >> *ws >> -colon >> *ws >> eoi;

// Conditional, explanatory or list-header wording is never a note that the table is
// empty: "此表如无数字则表示…", "空表表示…", "是否空表", "公开空表理由", "…仍保留该表格式";
// nor is narrative with figures ("…0.00万元，…本部门均无…经费预算").
const auto conditional = lit(U"如无") | lit(U"若无") | lit(U"如果") | lit(U"是否") | lit(U"理由") |
                         lit(U"表示") | lit(U"仍保留") | lit(U"万元");
const auto clause_stop = one_of(U"\u3002\uFF0C,\uFF1B;");
const auto subject = lit(U"本部门") | lit(U"本单位") | lit(U"我部门") | lit(U"我单位");
const auto subject_kind = lit(U"收入") | lit(U"支出") | lit(U"收支") | lit(U"预算") | lit(U"经费") |
                          lit(U"项目") | lit(U"资金") | lit(U"数据");
const auto special_fund = lit(U"政府性基金") | lit(U"国有资本经营");
const auto empty_marker =
    lit(U"无数据") | lit(U"为空表") | lit(U"表为空") | lit(U"公开空表") | lit(U"没有使用") |
    lit(U"无相关收支") | ((lit(U"无") | lit(U"没有")) >> special_fund) |
    // "本单位无机关运行经费", "本部门2025年无…预算" but not "本部门无此项收入" (a line item).
    (subject >> *(any - clause_stop - lit(U"无")) >> lit(U"无") >> !lit(U"此项") >>
     *(any - clause_stop - subject_kind) >> subject_kind);
const auto empty_note_def = !x3::seek[conditional] >> x3::seek[empty_marker];

BOOST_SPIRIT_DEFINE(numbering_cell, total_label, empty_note)
}  // namespace parser

const parser::numbering_cell_type& numbering_cell() { return parser::numbering_cell; }
const parser::total_label_type& total_label() { return parser::total_label; }
const parser::empty_note_type& empty_note() { return parser::empty_note; }

}  // namespace budgetpdf::detail::grammar
