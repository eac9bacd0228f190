// Opens PDF bytes with poppler and reads each page's words and ruling lines in one pass.
#pragma once

#include "pdf/page_content.hpp"

#include <budgetpdf/error.hpp>
#include <budgetpdf/options.hpp>

#include <chrono>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace budgetpdf::detail {

/// What the leading bytes of a non-PDF input look like ("an HTML page", "a PNG image",
/// "plain text", ...), or "" when they start like a PDF ("%PDF-" in the first 1 KiB).
std::string sniff_non_pdf(std::span<const unsigned char> bytes);

/// A PDF opened for reading. Not copyable; one instance must not be used from two threads at
/// once, but separate instances may be used in parallel.
///
/// **Example**:
///   auto pdf = pdf_reader::open(bytes, options);
///   for (int p = 1; p <= pdf->page_count(); ++p) {
///     page_content page = pdf->read_page(p);  // page.words, page.lines
///   }
class pdf_reader {
 public:
  using clock = std::chrono::steady_clock;

  /// Copies `bytes` and opens them. Throws budgetpdf::error with
  /// - not_a_pdf: empty input, an HTML page, an image, a ZIP/Office file, plain text...;
  /// - damaged_pdf: poppler cannot open the file;
  /// - encrypted: a user password is needed and options.password is missing or wrong
  ///   (files with only an owner password open without one);
  /// - too_large: over options.max_bytes or options.max_pages.
  static std::unique_ptr<pdf_reader> open(std::span<const unsigned char> bytes,
                                          const parse_options& options);

  ~pdf_reader();
  pdf_reader(const pdf_reader&) = delete;
  pdf_reader& operator=(const pdf_reader&) = delete;

  int page_count() const;

  /// Whether poppler had to rebuild the file's cross-reference table (a truncated or
  /// damaged file); what it found is read, what it lost is not. May turn true while pages
  /// are read.
  bool repaired() const;

  /// Words (normalized text, word and glyph boxes) and ruling lines of page `number`
  /// (1-based), in the displayed frame: points, origin top-left, y down, /Rotate applied.
  /// Stops at options.max_glyphs_per_page / max_paths_per_page and sets `truncated`.
  /// Throws error(timed_out) once `deadline` has passed, error(internal) for a bad number.
  page_content read_page(int number, std::optional<clock::time_point> deadline = {}) const;

  /// Document information entries as UTF-8 ("" when absent).
  std::string producer() const;
  std::string creator() const;
  std::string title() const;

 private:
  struct members;
  explicit pdf_reader(std::unique_ptr<members> m);
  std::unique_ptr<members> m_;
};

}  // namespace budgetpdf::detail
