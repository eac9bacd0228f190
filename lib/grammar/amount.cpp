// Instantiates the amount rules (the only TU that compiles their definitions).
#include "grammar/amount_def.hpp"
#include "grammar/config.hpp"

namespace budgetpdf::detail::grammar::parser {
BOOST_SPIRIT_INSTANTIATE(number_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(amount_cell_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(decimal_tail_type, iterator_type, context_type)
}  // namespace budgetpdf::detail::grammar::parser
