// Amount rules: printed amounts, amount cells (dash, empty) and wrapped decimal tails.
#pragma once

#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace budgetpdf::detail::grammar {

namespace parser {
struct number_class;
struct amount_cell_class;
struct decimal_tail_class;
using number_type = x3::rule<number_class, ast::number>;
using amount_cell_type = x3::rule<amount_cell_class, ast::amount_cell>;
using decimal_tail_type = x3::rule<decimal_tail_class, std::u32string>;
BOOST_SPIRIT_DECLARE(number_type, amount_cell_type, decimal_tail_type)
}  // namespace parser

/// "-1,343.76%": optional sign, integer (1-3 digits then ",ddd" groups, or plain digits),
/// optional ".digits", optional '%'. No spaces. Not anchored at the end.
const parser::number_type& number();
/// A whole cell: spaces only (empty), a run of dashes, or one number; spaces around.
const parser::amount_cell_type& amount_cell();
/// A whole cell holding only ".81" (a decimal tail wrapped under its integer part).
const parser::decimal_tail_type& decimal_tail();

}  // namespace budgetpdf::detail::grammar
