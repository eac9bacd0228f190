// Instantiates the classification-code rules.
#include "grammar/code_def.hpp"
#include "grammar/config.hpp"

namespace budgetpdf::detail::grammar::parser {
BOOST_SPIRIT_INSTANTIATE(code_cell_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(code_parts_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(leading_codes_type, iterator_type, context_type)
}  // namespace budgetpdf::detail::grammar::parser
