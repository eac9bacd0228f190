// Instantiates the label rules (numbering cells, total labels, empty-table notes).
#include "grammar/config.hpp"
#include "grammar/label_def.hpp"

namespace budgetpdf::detail::grammar::parser {
BOOST_SPIRIT_INSTANTIATE(numbering_cell_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(total_label_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(empty_note_type, iterator_type, context_type)
}  // namespace budgetpdf::detail::grammar::parser
