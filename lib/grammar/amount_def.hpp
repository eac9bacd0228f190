// Amount rule definitions; included only by amount.cpp.
#pragma once

#include "grammar/amount.hpp"
#include "grammar/ast_adapted.hpp"
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
struct group3_class;
struct fraction_digits_class;

///////////////////////////////////////////////////////////////////////////////
//  Rules (the names are the keys of error_handler.hpp's id map)
///////////////////////////////////////////////////////////////////////////////
const number_type number = "amount";
const amount_cell_type amount_cell = "amount cell";
const decimal_tail_type decimal_tail = "decimal tail";
const x3::rule<group3_class> group3 = "thousands group";
const x3::rule<fraction_digits_class> fraction_digits = "decimal digits";

///////////////////////////////////////////////////////////////////////////////
//  Grammar
///////////////////////////////////////////////////////////////////////////////
// After a ',' exactly three digits must follow ("1,34.5" fails here, not silently).
const auto group3_def = repeat(3)[digit] >> !digit;
const auto fraction_digits_def = +digit;
const auto grouped = repeat(1, 3)[digit] >> +(lit(U",") > group3);
// Some budget software separates only the last three digits: "1851,801" for 1,851,801.
// Soft (no expectation): "2019,2020" stays a failed amount, not a malformed one.
const auto last_group_only = repeat(4, x3::inf)[digit] >> lit(U",") >> repeat(3)[digit] >>
                             !(digit | lit(U","));
const auto plain = +digit;
const auto number_def = raw[-one_of(U"+-")] >> raw[grouped | last_group_only | plain] >>
                        raw[-(lit(U".") > fraction_digits)] >> x3::matches[lit(U"%")];

const auto mark_empty = [](auto& ctx) { x3::_val(ctx).kind = 0; };
const auto mark_dash = [](auto& ctx) { x3::_val(ctx).kind = 1; };
const auto set_number = [](auto& ctx) {
  x3::_val(ctx).kind = 2;
  x3::_val(ctx).value = x3::_attr(ctx);
};
const auto amount_cell_def = *ws >> (eoi[mark_empty] |
                                     (+((dash | not_applicable) >> *ws) >> eoi)[mark_dash] |
                                     (number[set_number] >> *ws >> eoi));
const auto decimal_tail_def = *ws >> lit(U".") >> raw[+digit >> -lit(U"%")] >> *ws >> eoi;

BOOST_SPIRIT_DEFINE(group3, fraction_digits, number, amount_cell, decimal_tail)
}  // namespace parser

const parser::number_type& number() { return parser::number; }
const parser::amount_cell_type& amount_cell() { return parser::amount_cell; }
const parser::decimal_tail_type& decimal_tail() { return parser::decimal_tail; }

}  // namespace budgetpdf::detail::grammar
