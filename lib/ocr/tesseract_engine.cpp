// Tesseract's C++ API: chi_sim for words, osd for orientation.
#include "ocr/tesseract_engine.hpp"

#include <budgetpdf/error.hpp>

#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <string_view>

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

// Reading a box alone: what the figures-only reading may contain, and how sure a reading
// must be to replace the free one (trusted) or to be kept at all (kept).
constexpr const char* figure_characters = "0123456789.,-%";
constexpr float trusted_confidence = 75;
constexpr float kept_confidence = 60;
constexpr float voted_confidence = 50;  // a reading agreed on by two framings

std::vector<ocr_word> recognized(tesseract::TessBaseAPI& api) {
  std::vector<ocr_word> out;
  if (api.Recognize(nullptr) != 0) return out;
  std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
  if (!it) return out;
  do {
    if (it->Empty(tesseract::RIL_WORD)) continue;
    out.push_back(word_at(*it));
  } while (it->Next(tesseract::RIL_WORD));
  return out;
}

// The lowest confidence of the words (0 for none): one doubtful word makes the reading so.
float confidence_of(const std::vector<ocr_word>& words) {
  if (words.empty()) return 0;
  float least = 100;
  for (const auto& w : words) least = std::min(least, w.confidence);
  return least;
}

// Sure of most words and fair on the whole: chi_sim reads the 支 of a clean 收支总表 with
// confidence 0 beside three words at 93, as it hesitates between 支 and 文.
bool sure_of_most(const std::vector<ocr_word>& words) {
  if (words.empty()) return false;
  std::vector<float> c;
  for (const auto& w : words) c.push_back(w.confidence);
  std::sort(c.begin(), c.end());
  float sum = 0;
  for (float x : c) sum += x;
  return c[(c.size() - 1) / 2] >= trusted_confidence && sum / float(c.size()) >= kept_confidence;
}

bool only_figures(const std::vector<ocr_word>& words) {
  if (words.empty()) return false;
  const std::string_view allowed = figure_characters;
  for (const auto& w : words)
    for (char c : w.utf8)
      if (allowed.find(c) == std::string_view::npos) return false;
  return true;
}

pixel_box padded(const pixel_box& b, int pad, const gray_image& image) {
  return {std::max(0, b.x0 - pad), std::max(0, b.y0 - pad), std::min(image.width, b.x1 + pad),
          std::min(image.height, b.y1 + pad)};
}

// The pixels of `b`, `scale` times larger (each pixel repeated: Tesseract smooths anyway).
gray_image cropped(const gray_image& image, const pixel_box& b, int scale) {
  gray_image out;
  out.width = (b.x1 - b.x0) * scale;
  out.height = (b.y1 - b.y0) * scale;
  out.px.resize(static_cast<std::size_t>(out.width) * static_cast<std::size_t>(out.height));
  for (int y = 0; y < out.height; ++y)
    for (int x = 0; x < out.width; ++x) out.at(x, y) = image.at(b.x0 + x / scale, b.y0 + y / scale);
  return out;
}

}  // namespace

struct tesseract_engine::members {
  tesseract::TessBaseAPI words;
  tesseract::TessBaseAPI osd;
  tesseract::TessBaseAPI figures;  // eng, figures only: short numbers chi_sim misreads
  bool have_osd = false;
  bool have_figures = false;
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
  quiet(m_->figures);
  m_->have_figures = m_->figures.Init(nullptr, "eng", tesseract::OEM_LSTM_ONLY) == 0;
  if (m_->have_figures) {
    quiet(m_->figures);
    m_->figures.SetPageSegMode(tesseract::PSM_SINGLE_LINE);
    m_->figures.SetVariable("tessedit_char_whitelist", figure_characters);
  }
}

tesseract_engine::~tesseract_engine() {
  m_->words.End();
  m_->osd.End();
  m_->figures.End();
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

std::vector<ocr_word> tesseract_engine::read_lines(const gray_image& image, int dpi,
                                                   const std::vector<pixel_box>& boxes,
                                                   std::chrono::steady_clock::time_point deadline) {
  std::vector<ocr_word> out;
  if (image.width <= 0 || image.height <= 0 || boxes.empty()) return out;
  auto& api = m_->words;
  api.SetPageSegMode(tesseract::PSM_SINGLE_LINE);
  api.SetImage(image.px.data(), image.width, image.height, 1, image.width);
  api.SetSourceResolution(dpi);
  for (const auto& b : boxes) {
    if (std::chrono::steady_clock::now() >= deadline) break;
    const int h = std::max(1, b.y1 - b.y0);
    // A margin of white around the print: Tesseract misreads glyphs cut at the box's edge.
    const pixel_box framed = padded(b, std::max(2, h / 3), image);
    api.SetRectangle(framed.x0, framed.y0, framed.x1 - framed.x0, framed.y1 - framed.y0);
    auto free = recognized(api);
    const float free_confidence = confidence_of(free);
    if (!only_figures(free) && sure_of_most(free)) {
      for (auto& w : free) out.push_back(std::move(w));  // words (a name, a label) missed
      continue;
    }
    if (m_->have_figures) {
      if (auto voted = figures_by_vote(image, dpi, b, free)) {
        out.push_back(std::move(*voted));
        continue;
      }
    }
    // Figures the vote did not settle stay when chi_sim was fairly sure of them; a lone
    // ideograph read with doubt is most often a piece of a word already read.
    if (only_figures(free) && free_confidence >= kept_confidence)
      for (auto& w : free) out.push_back(std::move(w));
  }
  api.Clear();
  api.SetPageSegMode(tesseract::PSM_AUTO);
  return out;
}

// chi_sim reads a lone "11" as an ideograph (了, 人, 生) or as "44", and which one changes
// with a few pixels of margin: the box is read as figures only by the English model in four
// framings (two margins, at the picture's scale and twice it) and a reading at least two of
// them agree on, and no other as often, wins.
std::optional<ocr_word> tesseract_engine::figures_by_vote(const gray_image& image, int dpi,
                                                          const pixel_box& b,
                                                          const std::vector<ocr_word>& free) {
  std::map<std::string, std::pair<int, float>> votes;  // reading -> count, confidence sum
  if (free.size() == 1 && only_figures(free)) votes[free[0].utf8] = {1, free[0].confidence};
  auto& api = m_->figures;
  const int h = std::max(1, b.y1 - b.y0);
  for (const int pad : {std::max(2, h / 3), std::max(4, 2 * h / 3)}) {
    for (const int scale : {1, 2}) {
      const gray_image crop = cropped(image, padded(b, pad, image), scale);
      api.SetImage(crop.px.data(), crop.width, crop.height, 1, crop.width);
      api.SetSourceResolution(dpi * scale);
      const auto words = recognized(api);
      if (words.size() != 1 || !only_figures(words)) continue;
      auto& v = votes[words[0].utf8];
      v.first += 1;
      v.second += words[0].confidence;
    }
  }
  api.Clear();
  const auto best = std::max_element(votes.begin(), votes.end(), [](const auto& a, const auto& c) {
    return a.second.first < c.second.first;
  });
  if (best == votes.end() || best->second.first < 2) return std::nullopt;
  if (best->second.second / float(best->second.first) < voted_confidence) return std::nullopt;
  for (const auto& [text, v] : votes)
    if (text != best->first && v.first == best->second.first) return std::nullopt;  // a tie
  ocr_word w;
  w.utf8 = best->first;
  w.x0 = b.x0, w.y0 = b.y0, w.x1 = b.x1, w.y1 = b.y1;
  w.baseline = b.y1;
  w.confidence = best->second.second / float(best->second.first);
  // One symbol per figure, side by side over the box (layout lays glyphs out anew anyway).
  const int n = static_cast<int>(w.utf8.size());
  for (int k = 0; k < n; ++k)
    w.symbols.push_back({w.utf8.substr(std::size_t(k), 1), b.x0 + (b.x1 - b.x0) * k / n, b.y0,
                         b.x0 + (b.x1 - b.x0) * (k + 1) / n, b.y1, w.confidence});
  return w;
}

}  // namespace budgetpdf::detail
