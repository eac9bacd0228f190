// Options of a parse: password and resource limits.
#pragma once

#include <cstddef>
#include <string>

namespace budgetpdf {

/// Which pages are read by OCR (Tesseract, docs/ocr.md) instead of their text layer.
enum class ocr_mode {
  automatic,  ///< pages with images and no text: scans (the default)
  always,     ///< every page, its text layer ignored; error_code::ocr_unavailable if not built
  never,      ///< no page: a document of scans is error_code::no_text_layer
};

/// Stable name of an OCR mode: "auto", "always", "never".
const char* ocr_mode_name(ocr_mode m) noexcept;

/// Whether this build of the library has OCR (CMake option BUDGETPDF_OCR).
bool ocr_built() noexcept;

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
  ocr_mode ocr = ocr_mode::automatic;
  /// Time the OCR of one page may take; over it the page is left unread with a diagnostic
  /// (ocr-page-skipped). The document's max_seconds still applies.
  double ocr_page_seconds = 60;
};

}  // namespace budgetpdf
