// The OCR side of a parse: which pages OCR reads (parse_options::ocr), the reader opened on
// first need, what it read (for provenance) and what it skipped (for diagnostics).
#pragma once

#include "ocr/ocr_reader.hpp"
#include "pdf/page_content.hpp"

#include <budgetpdf/error.hpp>
#include <budgetpdf/options.hpp>
#include <budgetpdf/types.hpp>

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace budgetpdf::detail {

class ocr_pages {
 public:
  ocr_pages(std::span<const unsigned char> bytes, const parse_options& options);
  ~ocr_pages();

  /// Whether OCR should read `page` (as the text layer read it): every page with `always`,
  /// pages with images and no words with `automatic`, none with `never`.
  bool wants(const page_content& page) const;

  /// `page` read by OCR instead; `page` unchanged when OCR is unavailable in automatic mode
  /// (not built, no language data: see unavailable()) or the page was skipped (its budget).
  /// Throws error(ocr_unavailable / ocr_data_missing) in `always` mode, error(timed_out).
  page_content read(page_content page, std::chrono::steady_clock::time_point deadline);

  /// Why OCR could not run in automatic mode, if it was needed.
  const std::optional<error>& unavailable() const { return unavailable_; }

  /// Why pages OCR should have read were skipped ("page 3 was not read by OCR: ..."), "" if
  /// none was.
  std::string skipped() const;

  /// OCR'd pages by number, with their words (confidences) for provenance.
  const std::map<int, page_content>& pages() const { return pages_; }

  /// Diagnostics: the pages read (ocr-pages, with dpi, turns, skew and confidence) and those
  /// skipped (ocr-page-skipped).
  void note(document& doc) const;

 private:
  std::span<const unsigned char> bytes_;
  parse_options options_;
  std::unique_ptr<ocr_reader> reader_;
  std::optional<error> unavailable_;
  std::map<int, page_content> pages_;
  std::vector<diagnostic> notes_;
};

/// Marks the rows of OCR'd pages as value_source::ocr and gives each value the confidence of
/// the OCR word printed on the row that reads as the same amount.
void mark_ocr_rows(document& doc, const std::map<int, page_content>& pages);

}  // namespace budgetpdf::detail
