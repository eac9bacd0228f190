// Fusion adaptation of the grammar attributes (only those filled by attribute propagation).
#pragma once

#include "grammar/ast.hpp"

#include <boost/fusion/include/adapt_struct.hpp>

BOOST_FUSION_ADAPT_STRUCT(budgetpdf::detail::grammar::ast::number, sign, integer, fraction, percent)
BOOST_FUSION_ADAPT_STRUCT(budgetpdf::detail::grammar::ast::code_list, codes, rest)
BOOST_FUSION_ADAPT_STRUCT(budgetpdf::detail::grammar::ast::numbered_title, number, title)
BOOST_FUSION_ADAPT_STRUCT(budgetpdf::detail::grammar::ast::unit_entry, key, value)
BOOST_FUSION_ADAPT_STRUCT(budgetpdf::detail::grammar::ast::heading, before, year, after)
BOOST_FUSION_ADAPT_STRUCT(budgetpdf::detail::grammar::ast::total_label, prefix, word)
