// Iterator and context types shared by every separately compiled grammar rule.
#pragma once

#ifndef BOOST_SPIRIT_X3_UNICODE
#define BOOST_SPIRIT_X3_UNICODE
#endif
#include <boost/spirit/home/x3.hpp>

namespace budgetpdf::detail::grammar {

namespace x3 = boost::spirit::x3;

// Cells arrive as normalized UTF-32 (std::u32string_view); the parse functions hand X3 the
// view's data() pointers. Declaration (BOOST_SPIRIT_DECLARE) and instantiation
// (BOOST_SPIRIT_INSTANTIATE) must agree on these types exactly.
using iterator_type = const char32_t*;
// No skipper: white space is significant between a code and a name, so every rule handles
// its own spaces. x3::parse without a skipper passes x3::unused as the context.
using context_type = x3::unused_type;

}  // namespace budgetpdf::detail::grammar
