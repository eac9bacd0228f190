// Options of a parse: password and resource limits.
#pragma once

#include <cstddef>
#include <string>

namespace budgetpdf {

struct parse_options {
  std::string password;                      ///< user or owner password, if any
  int max_pages = 2000;                      ///< more pages -> error_code::too_large
  double max_seconds = 120;                  ///< per document -> error_code::timed_out
  std::size_t max_bytes = 256u << 20;        ///< larger input -> error_code::too_large
  std::size_t max_glyphs_per_page = 200000;  ///< beyond: page cut off with a diagnostic
  std::size_t max_paths_per_page = 200000;   ///< beyond: page cut off with a diagnostic
};

}  // namespace budgetpdf
