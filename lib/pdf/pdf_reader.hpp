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
#include <vector>

namespace budgetpdf::detail {

/// What the leading bytes of a non-PDF input look like ("an HTML page", "a PNG image",
/// "plain text", ...), or "" when they start like a PDF ("%PDF-" in the first 1 KiB).
std::string sniff_non_pdf(std::span<const unsigned char> bytes);

/// The bytes of the file at `path`, for pdf_reader::open. Reads the first 4 KiB first and
/// throws error(not_a_pdf) when they are no PDF (sniff_non_pdf), whatever the file's size;
/// then error(too_large) when the file has more than `max_bytes`; error(io_error) when it
/// cannot be read (the message says why).
std::vector<unsigned char> read_pdf_file(const std::string& path, std::size_t max_bytes);

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

  /// Opens `bytes`, which must outlive the reader (they are not copied). Throws
  /// budgetpdf::error with
  /// - not_a_pdf: empty input, an HTML page, an image, a ZIP/Office file, plain text...;
  /// - damaged_pdf: poppler cannot open the file;
  /// - encrypted: a user password is needed and options.password is missing or wrong
  ///   (files with only an owner password open without one);
  /// - too_large: over options.max_bytes or options.max_pages, or object numbers so high
  ///   that poppler's index of them alone would exceed options.max_memory.
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
  /// (1-based), in the page's reading frame (page_content): points, origin top-left, y down,
  /// /Rotate applied and the page turned further where most text runs sideways. Stops at
  /// options.max_glyphs_per_page / max_words_per_page / max_paths_per_page and sets
  /// `truncated`. Throws error(timed_out) when `deadline` has passed before or after the
  /// page was read (or while it was), error(internal) for a bad number.
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
