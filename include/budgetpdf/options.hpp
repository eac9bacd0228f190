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
  /// Beyond: page cut off with a diagnostic. poppler's word building takes time that grows
  /// faster than the number of words (docs/robustness.md); the densest page of the 269-file
  /// corpus has 597.
  std::size_t max_words_per_page = 4000;
  std::size_t max_paths_per_page = 200000;  ///< beyond: page cut off with a diagnostic
  /// Memory one document may take, as far as it can be known before it is spent: the input
  /// held in memory, poppler's cross-reference index (sized by the highest object number the
  /// file claims), and a rendering's pixels. Over it -> error_code::too_large.
  std::size_t max_memory = std::size_t(1) << 30;
};

}  // namespace budgetpdf
