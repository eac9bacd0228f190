// Tesseract's C++ API: chi_sim for words, osd for orientation.
#include "ocr/tesseract_engine.hpp"

#include <budgetpdf/error.hpp>

#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace budgetpdf::detail {

namespace {

constexpr const char* language = "chi_sim";
constexpr const char* language_package = "tesseract-ocr-chi-sim";

// Tesseract prints warnings ("Estimating resolution", "Empty page!!") on stderr; a library
// must not.
void quiet(tesseract::TessBaseAPI& api) { api.SetVariable("debug_file", "/dev/null"); }

std::string take(char* text) {
  std::string s = text ? text : "";
  delete[] text;
  return s;
}

ocr_word word_at(tesseract::ResultIterator& it) {
  using tesseract::RIL_SYMBOL;
  using tesseract::RIL_WORD;
  ocr_word w;
  w.utf8 = take(it.GetUTF8Text(RIL_WORD));
  it.BoundingBox(RIL_WORD, &w.x0, &w.y0, &w.x1, &w.y1);
  w.confidence = it.Confidence(RIL_WORD);
  int bx0 = 0, by0 = 0, bx1 = 0, by1 = 0;
  if (it.Baseline(RIL_WORD, &bx0, &by0, &bx1, &by1)) {
    const double mid = (w.x0 + w.x1) / 2.0;
    const double t = bx1 != bx0 ? (mid - bx0) / double(bx1 - bx0) : 0.0;
    w.baseline = static_cast<int>(std::lround(by0 + t * (by1 - by0)));
  } else {
    w.baseline = w.y1;
  }
  tesseract::ResultIterator sym(it);
  for (;;) {
    ocr_word::symbol s;
    s.utf8 = take(sym.GetUTF8Text(RIL_SYMBOL));
    sym.BoundingBox(RIL_SYMBOL, &s.x0, &s.y0, &s.x1, &s.y1);
    s.confidence = sym.Confidence(RIL_SYMBOL);
    w.symbols.push_back(std::move(s));
    if (sym.IsAtFinalElement(RIL_WORD, RIL_SYMBOL) || !sym.Next(RIL_SYMBOL)) break;
  }
  return w;
}

}  // namespace

struct tesseract_engine::members {
  tesseract::TessBaseAPI words;
  tesseract::TessBaseAPI osd;
  bool have_osd = false;
};

tesseract_engine::tesseract_engine() : m_(std::make_unique<members>()) {
  quiet(m_->words);
  if (m_->words.Init(nullptr, language, tesseract::OEM_LSTM_ONLY) != 0)
    throw error(error_code::ocr_data_missing,
                std::string("OCR needs Tesseract's ") + language +
                    " language data, which is not installed: install the Debian package " +
                    language_package + " (or set TESSDATA_PREFIX to a folder holding " + language +
                    ".traineddata)");
  quiet(m_->words);
  m_->words.SetPageSegMode(tesseract::PSM_AUTO);
  quiet(m_->osd);
  m_->have_osd = m_->osd.Init(nullptr, "osd", tesseract::OEM_TESSERACT_ONLY) == 0;
  if (m_->have_osd) quiet(m_->osd);
}

tesseract_engine::~tesseract_engine() {
  m_->words.End();
  m_->osd.End();
}

std::optional<int> tesseract_engine::upright_turns(const gray_image& image, int dpi) {
  if (!m_->have_osd || image.width <= 0 || image.height <= 0) return std::nullopt;
  m_->osd.SetImage(image.px.data(), image.width, image.height, 1, image.width);
  m_->osd.SetSourceResolution(dpi);
  int degrees = 0;
  float confidence = 0, script_confidence = 0;
  const char* script = nullptr;
  const bool ok =
      m_->osd.DetectOrientationScript(&degrees, &confidence, &script, &script_confidence);
  m_->osd.Clear();
  // Below 2 OSD guesses (a page of few lines); upright is the better bet then.
  if (!ok || confidence < 2.0f) return std::nullopt;
  // `degrees` is how far the picture was turned clockwise: undo it.
  return (4 - (degrees / 90) % 4) % 4;
}

std::optional<std::vector<ocr_word>> tesseract_engine::read(
    const gray_image& image, int dpi, std::chrono::steady_clock::time_point deadline) {
  std::vector<ocr_word> out;
  if (image.width <= 0 || image.height <= 0) return out;
  auto& api = m_->words;
  api.SetImage(image.px.data(), image.width, image.height, 1, image.width);
  api.SetSourceResolution(dpi);
  const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
      deadline - std::chrono::steady_clock::now());
  if (left.count() <= 0) return std::nullopt;
  tesseract::ETEXT_DESC monitor;
  monitor.set_deadline_msecs(
      static_cast<int32_t>(std::min<long long>(left.count(), std::numeric_limits<int32_t>::max())));
  const int status = api.Recognize(&monitor);
  if (status != 0 || monitor.deadline_exceeded()) {
    api.Clear();
    return std::nullopt;
  }
  std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
  if (it) {
    do {
      if (it->Empty(tesseract::RIL_WORD)) continue;
      out.push_back(word_at(*it));
    } while (it->Next(tesseract::RIL_WORD));
  }
  api.Clear();
  return out;
}

}  // namespace budgetpdf::detail
