// Which pages OCR reads, the reader opened on first need, diagnostics and provenance.
#include "api/ocr_pages.hpp"

#include "text/normalize.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace budgetpdf::detail {

ocr_pages::ocr_pages(std::span<const unsigned char> bytes, const parse_options& options)
    : bytes_(bytes), options_(options) {}
ocr_pages::~ocr_pages() = default;

bool ocr_pages::wants(const page_content& page) const {
  switch (options_.ocr) {
    case ocr_mode::never:
      return false;
    case ocr_mode::always:
      return true;
    case ocr_mode::automatic:
      return page.words.empty() && page.has_images && !page.unreadable && !unavailable_;
  }
  return false;
}

page_content ocr_pages::read(page_content page, std::chrono::steady_clock::time_point deadline) {
  if (!reader_) {
    try {
      reader_ = ocr_reader::open(bytes_, options_);
    } catch (const error& e) {
      const bool missing_ocr =
          e.code() == error_code::ocr_unavailable || e.code() == error_code::ocr_data_missing;
      if (options_.ocr == ocr_mode::always || !missing_ocr) throw;
      unavailable_ = e;
      return page;
    }
  }
  ocr_page o = reader_->read_page(page.number, page.width, page.height, deadline);
  char buf[200];
  if (!o.read) {
    diagnostic d;
    d.code = diagnostic_code::ocr_page_skipped;
    d.message = "page " + std::to_string(page.number) + " was not read by OCR: " + o.why;
    d.at.page = page.number;
    notes_.push_back(std::move(d));
    return page;
  }
  std::snprintf(buf, sizeof buf,
                "page %d read by OCR at %.0f dpi, %d quarter turn(s), skew %.2f°: %zu words "
                "(%zu read alone), mean confidence %.1f",
                page.number, o.dpi, o.content.reading_turns, o.skew_degrees, o.content.words.size(),
                o.reread_words, o.mean_confidence);
  diagnostic d;
  d.level = diagnostic::severity::info;
  d.code = diagnostic_code::ocr_pages;
  d.message = buf;
  d.at.page = page.number;
  notes_.push_back(std::move(d));
  o.content.rotate = page.rotate;
  pages_[page.number] = o.content;
  return std::move(o.content);
}

std::string ocr_pages::skipped() const {
  std::string out;
  for (const auto& d : notes_)
    if (d.code == diagnostic_code::ocr_page_skipped) out += (out.empty() ? "" : "; ") + d.message;
  return out;
}

void ocr_pages::note(document& doc) const {
  doc.diagnostics.insert(doc.diagnostics.end(), notes_.begin(), notes_.end());
}

namespace {

std::string digits_of(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c >= '0' && c <= '9') out.push_back(c);
  return out;
}

// The words of `page` on the band of `where`, left to right, as their digits.
std::vector<std::pair<std::string, float>> row_words(const page_content& page, const box& where) {
  std::vector<const word*> on_row;
  for (const auto& w : page.words) {
    const double mid = (w.where.y0 + w.where.y1) / 2;
    if (mid >= where.y0 && mid <= where.y1) on_row.push_back(&w);
  }
  std::sort(on_row.begin(), on_row.end(),
            [](const word* a, const word* b) { return a->where.x0 < b->where.x0; });
  std::vector<std::pair<std::string, float>> out;
  for (const word* w : on_row) out.emplace_back(digits_of(to_utf8(w->text)), w->confidence);
  return out;
}

}  // namespace

void mark_ocr_rows(document& doc, const std::map<int, page_content>& pages) {
  for (auto& t : doc.tables)
    for (auto& b : t.blocks)
      for (auto& r : b.rows) {
        auto page = pages.find(r.page);
        if (page == pages.end()) continue;
        r.source = value_source::ocr;
        r.confidence.assign(r.values.size(), std::nullopt);
        auto words = row_words(page->second, r.where);
        std::size_t next = 0;  // values are matched to words left to right
        for (std::size_t i = 0; i < r.values.size(); ++i) {
          if (!r.values[i]) continue;
          const std::string digits = digits_of(r.values[i]->text());
          for (std::size_t k = next; k < words.size(); ++k)
            if (!digits.empty() && words[k].first == digits) {
              r.confidence[i] = words[k].second;
              next = k + 1;
              break;
            }
        }
      }
}

}  // namespace budgetpdf::detail
