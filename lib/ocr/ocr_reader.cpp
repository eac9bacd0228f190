// One image page: render, turn upright, straighten, rulings, words.
#include "ocr/ocr_reader.hpp"

#include "base/deadline.hpp"
#include "ocr/gray_image.hpp"
#include "ocr/image_rulings.hpp"
#include "ocr/ocr_engine.hpp"
#include "ocr/ocr_words.hpp"
#include "ocr/unread_ink.hpp"
#include "pdf/page_image.hpp"

#include <budgetpdf/error.hpp>

#include <algorithm>
#include <cmath>

namespace budgetpdf::detail {

namespace {

constexpr double best_dpi = 300;  // Tesseract reads best with glyphs 20-40 px high
constexpr double least_dpi = 100;
// Bytes per pixel of a page while it is read: the ARGB rendering, grey copies (rendered,
// turned, straightened) and Tesseract's own binarized and grey images.
constexpr double bytes_per_pixel = 24;

// 300 dpi, or what options.max_memory allows for a page of w x h points.
double fitting_dpi(double w, double h, std::size_t max_memory) {
  const double square_inches = std::max(1.0, (w / 72) * (h / 72));
  const double by_memory = std::sqrt(double(max_memory) / bytes_per_pixel / square_inches);
  return std::floor(std::min(best_dpi, by_memory));
}

}  // namespace

bool ocr_available() noexcept { return true; }

struct ocr_reader::members {
  std::unique_ptr<ocr_engine> engine;  // Tesseract and Leptonica, in budgetpdf_ocr.so
  std::unique_ptr<page_image> pdf;
  parse_options options;
};

ocr_reader::ocr_reader(std::unique_ptr<members> m) : m_(std::move(m)) {}
ocr_reader::~ocr_reader() = default;

std::unique_ptr<ocr_reader> ocr_reader::open(std::span<const unsigned char> bytes,
                                             const parse_options& options) {
  auto m = std::make_unique<members>();
  m->engine = load_ocr_engine();  // loads the module and Tesseract's data, or throws
  m->pdf = page_image::open(bytes, options.password);
  m->options = options;
  return std::unique_ptr<ocr_reader>(new ocr_reader(std::move(m)));
}

ocr_page ocr_reader::read_page(int number, double width, double height,
                               clock::time_point deadline) {
  ocr_page out;
  out.content.number = number;
  out.content.width = width;
  out.content.height = height;
  out.content.has_images = true;
  out.content.ocr = true;
  const double dpi = fitting_dpi(width, height, m_->options.max_memory);
  if (dpi < least_dpi) {
    out.why = "at " + std::to_string(int(least_dpi)) + " dpi its picture would need more than " +
              "max_memory";
    return out;
  }
  out.dpi = dpi;
  const auto page_deadline = std::min(deadline, deadline_after(m_->options.ocr_page_seconds));

  gray_image gray = to_gray(m_->pdf->render(number, dpi, {}));
  const int turns = m_->engine->upright_turns(gray, int(dpi)).value_or(0);
  straightened upright = m_->engine->straighten(gray, turns);
  gray = {};
  out.skew_degrees = upright.skew_degrees;
  out.content.reading_turns = upright.turns;
  out.content.width = upright.image.width * 72.0 / dpi;
  out.content.height = upright.image.height * 72.0 / dpi;
  out.content.lines = find_rulings(upright.image, dpi);
  erase_rulings(upright.image, out.content.lines, dpi);
  check_deadline(deadline, "while reading page " + std::to_string(number) + " by OCR");

  auto words = m_->engine->read(upright.image, int(dpi), page_deadline);
  check_deadline(deadline, "while reading page " + std::to_string(number) + " by OCR");
  if (words) {
    // Short tokens alone in narrow cells, which the page's layout analysis dropped.
    auto more = m_->engine->read_lines(upright.image, int(dpi),
                                       unread_ink(upright.image, *words, dpi), page_deadline);
    out.reread_words = more.size();
    words->insert(words->end(), std::make_move_iterator(more.begin()),
                  std::make_move_iterator(more.end()));
  }
  if (!words) {
    out.why = "its OCR took longer than the page's budget of " +
              std::to_string(std::lround(m_->options.ocr_page_seconds)) + " s";
    out.content.lines.clear();
    return out;
  }
  out.content.words = to_page_words(*words, dpi);
  // The page limits of parse_options hold for OCR words as for the text layer's.
  if (out.content.words.size() > m_->options.max_words_per_page) {
    out.content.words.resize(m_->options.max_words_per_page);
    out.content.truncated = true;
  }
  if (out.content.lines.size() > m_->options.max_paths_per_page) {
    out.content.lines.resize(m_->options.max_paths_per_page);
    out.content.truncated = true;
  }
  out.read = true;
  double sum = 0;
  for (const auto& w : out.content.words) {
    sum += w.confidence;
    out.content.glyphs += w.text.size();
  }
  if (!out.content.words.empty()) out.mean_confidence = sum / double(out.content.words.size());
  return out;
}

}  // namespace budgetpdf::detail
