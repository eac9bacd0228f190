// Label rules: numbering-row cells, total labels, "this table is empty" notes.
#pragma once

#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace budgetpdf::detail::grammar {

namespace parser {
struct numbering_cell_class;
struct total_label_class;
struct empty_note_class;
using numbering_cell_type = x3::rule<numbering_cell_class, std::u32string>;
using total_label_type = x3::rule<total_label_class, ast::total_label>;
using empty_note_type = x3::rule<empty_note_class>;
BOOST_SPIRIT_DECLARE(numbering_cell_type, total_label_type, empty_note_type)
}  // namespace parser

/// "栏次", "行次", "※", "甲", or 1..99 (optionally "4=5+6"); attribute: the number or "".
const parser::numbering_cell_type& numbering_cell();
/// "合计", "本年收入合计", "收入总计", "小计": a short prefix, then 合计/总计/小计 at the end.
const parser::total_label_type& total_label();
/// "本表无数据", "故本表为空", "本部门无政府性基金预算…", not conditional ("如无…").
const parser::empty_note_type& empty_note();

}  // namespace budgetpdf::detail::grammar
