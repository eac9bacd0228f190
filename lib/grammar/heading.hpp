// Line rules above and beside tables: ordinals, table titles, unit lines, years, headings.
#pragma once

#include "grammar/ast.hpp"
#include "grammar/config.hpp"

#include <vector>

namespace budgetpdf::detail::grammar {

namespace parser {
struct ordinal_prefix_class;
struct numbered_title_class;
struct plain_title_class;
struct unit_entries_class;
struct year_search_class;
struct heading_class;
using ordinal_prefix_type = x3::rule<ordinal_prefix_class, ast::ordinal>;
using numbered_title_type = x3::rule<numbered_title_class, ast::numbered_title>;
using plain_title_type = x3::rule<plain_title_class, std::u32string>;
using unit_entries_type = x3::rule<unit_entries_class, std::vector<ast::unit_entry>>;
using year_search_type = x3::rule<year_search_class, std::u32string>;
using heading_type = x3::rule<heading_class, ast::heading>;
BOOST_SPIRIT_DECLARE(ordinal_prefix_type, numbered_title_type, plain_title_type, unit_entries_type,
                     year_search_type, heading_type)
}  // namespace parser

/// "一、" "（一）" "1." "1、" "（1）" "①" "其中：" then the rest of the text.
const parser::ordinal_prefix_type& ordinal_prefix();
/// "表 1 部门收支总表", "公开01表", "（预算表3）", "附表1": a table number, then any title.
const parser::numbered_title_type& numbered_title();
/// A title without number, ending in 表 (optionally followed by one bracket group).
const parser::plain_title_type& plain_title();
/// "编制部门：X 单位：万元": keyed entries and loose tokens separated by spaces.
const parser::unit_entries_type& unit_entries();
/// The first "2024年" / "2024 年" anywhere in the text; attribute "2024".
const parser::year_search_type& year_search();
/// "X2024年度部门预算": text before the year, the year, text after "年"/"年度".
const parser::heading_type& heading();

}  // namespace budgetpdf::detail::grammar
