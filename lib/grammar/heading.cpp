// Instantiates the line rules (ordinals, titles, unit lines, years, headings).
#include "grammar/config.hpp"
#include "grammar/heading_def.hpp"

namespace budgetpdf::detail::grammar::parser {
BOOST_SPIRIT_INSTANTIATE(ordinal_prefix_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(numbered_title_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(plain_title_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(unit_entries_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(year_search_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(heading_type, iterator_type, context_type)
}  // namespace budgetpdf::detail::grammar::parser
