// Reads the pages of a PDF that are pictures (scans) by OCR into the same page_content the
// PDF stage gives for text: words with glyph boxes, ruling lines found in the picture.
#pragma once

#include "pdf/page_content.hpp"

#include <budgetpdf/options.hpp>

#include <chrono>
#include <memory>
#include <span>
#include <string>

namespace budgetpdf::detail {

/// How one page was read by OCR.
struct ocr_page {
  page_content content;          ///< words carry confidences (word::confidence)
  bool read = false;             ///< false: skipped (see `why`), content has no words
  std::string why;               ///< why a page was skipped: its time or memory budget
  double dpi = 0;                ///< of the rendering that was read
  double skew_degrees = 0;       ///< small rotation undone before reading
  double mean_confidence = 0;    ///< of its words, 0-100
  std::size_t reread_words = 0;  ///< words read in a second look at ink the first left out
};

/// Whether OCR is built in (BUDGETPDF_OCR).
bool ocr_available() noexcept;

/// Renders pages with poppler-cpp at about 300 dpi (less when options.max_memory asks),
/// turns them upright (Tesseract OSD) and straight (Leptonica), finds ruling lines, and
/// reads the words with Tesseract. One reader per thread: not thread-safe.
class ocr_reader {
 public:
  using clock = std::chrono::steady_clock;

  /// `bytes` must outlive the reader. Throws error(ocr_unavailable) in a build without OCR,
  /// error(ocr_data_missing) when Tesseract's chi_sim data is not installed.
  static std::unique_ptr<ocr_reader> open(std::span<const unsigned char> bytes,
                                          const parse_options& options);
  ~ocr_reader();
  ocr_reader(const ocr_reader&) = delete;
  ocr_reader& operator=(const ocr_reader&) = delete;

  /// Page `number` (1-based) of `width` x `height` points in its displayed frame. The page's
  /// time budget is options.ocr_page_seconds, cut short by `deadline` (the document's).
  ocr_page read_page(int number, double width, double height, clock::time_point deadline);

 private:
  struct members;
  explicit ocr_reader(std::unique_ptr<members> m);
  std::unique_ptr<members> m_;
};

}  // namespace budgetpdf::detail
