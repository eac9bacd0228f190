// Classification-code rules: code cells, space-separated code parts, codes glued to names.
#pragma once

#include "grammar/ast.hpp"
#include "grammar/config.hpp"

#include <vector>

namespace budgetpdf::detail::grammar {

namespace parser {
struct code_cell_class;
struct code_parts_class;
struct leading_codes_class;
using code_cell_type = x3::rule<code_cell_class, std::u32string>;
using code_parts_type = x3::rule<code_parts_class, std::vector<std::u32string>>;
using leading_codes_type = x3::rule<leading_codes_class, ast::code_list>;
BOOST_SPIRIT_DECLARE(code_cell_type, code_parts_type, leading_codes_type)
}  // namespace parser

/// A whole cell holding one code token: a 3/5/7-digit code or a 2-digit part.
const parser::code_cell_type& code_cell();
/// A whole cell holding code tokens separated by spaces: "201 06 01".
const parser::code_parts_type& code_parts();
/// Code tokens at the start of a cell, a separator, then the rest (a name or nothing).
const parser::leading_codes_type& leading_codes();

}  // namespace budgetpdf::detail::grammar
