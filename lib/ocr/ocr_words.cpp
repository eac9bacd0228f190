// OCR words -> page_content words.
#include "ocr/ocr_words.hpp"

#include "text/normalize.hpp"

#include <algorithm>
#include <cmath>

namespace budgetpdf::detail {

namespace {

constexpr double min_height_pt = 3;     // smaller marks are dust
constexpr float noise_confidence = 50;  // below it, a word of punctuation only is noise

bool meaningful(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') ||
         (is_cjk(c) && c >= 0x3400);
}

// The characters of a word with one box each; a symbol of several code points shares its
// box out left to right.
void spell(const ocr_word& w, double pt, std::u32string& text, std::vector<box>& boxes) {
  for (const auto& s : w.symbols) {
    const std::u32string chars = to_u32(s.utf8);
    const double step = chars.empty() ? 0 : double(s.x1 - s.x0) / double(chars.size());
    for (std::size_t i = 0; i < chars.size(); ++i) {
      text.push_back(chars[i]);
      boxes.push_back({(s.x0 + step * double(i)) * pt, s.y0 * pt,
                       (s.x0 + step * double(i + 1)) * pt, s.y1 * pt});
    }
  }
  if (text.empty()) {  // no symbols: the word's text over its box
    text = to_u32(w.utf8);
    const double step = text.empty() ? 0 : double(w.x1 - w.x0) / double(text.size());
    for (std::size_t i = 0; i < text.size(); ++i)
      boxes.push_back({(w.x0 + step * double(i)) * pt, w.y0 * pt,
                       (w.x0 + step * double(i + 1)) * pt, w.y1 * pt});
  }
}

// Words whose baselines are within a third of their size share the first one's baseline.
void snap_baselines(std::vector<word>& words) {
  std::vector<word*> order;
  for (auto& w : words) order.push_back(&w);
  std::sort(order.begin(), order.end(),
            [](const word* a, const word* b) { return a->baseline < b->baseline; });
  std::size_t i = 0;
  while (i < order.size()) {
    std::size_t j = i + 1;
    const double size = order[i]->font_size;
    while (j < order.size() && order[j]->baseline - order[i]->baseline < size / 3) ++j;
    const double line = order[i + (j - i) / 2]->baseline;
    for (std::size_t k = i; k < j; ++k) order[k]->baseline = line;
    i = j;
  }
}

}  // namespace

std::vector<word> to_page_words(const std::vector<ocr_word>& words, double dpi) {
  const double pt = 72.0 / dpi;
  std::vector<word> out;
  for (const ocr_word& w : words) {
    std::u32string raw;
    std::vector<box> raw_boxes;
    spell(w, pt, raw, raw_boxes);
    std::vector<std::size_t> source;
    word out_word;
    out_word.text = normalize_text(raw, source);
    for (std::size_t k : source) out_word.glyphs.push_back(raw_boxes[k]);
    while (!out_word.text.empty() && out_word.text.back() == U' ') {
      out_word.text.pop_back();
      out_word.glyphs.pop_back();
    }
    if (out_word.text.empty()) continue;
    const double height = (w.y1 - w.y0) * pt;
    if (height < min_height_pt) continue;
    const bool any_meaningful =
        std::any_of(out_word.text.begin(), out_word.text.end(), meaningful);
    if (!any_meaningful && w.confidence < noise_confidence) continue;
    out_word.where = {w.x0 * pt, w.y0 * pt, w.x1 * pt, w.y1 * pt};
    out_word.confidence = w.confidence;
    // Ideographs fill most of the em; digits about 0.7 of it.
    const bool cjk = std::any_of(out_word.text.begin(), out_word.text.end(),
                                 [](char32_t c) { return is_cjk(c); });
    out_word.font_size = height / (cjk ? 0.92 : 0.72);
    out_word.baseline = w.baseline * pt;
    out.push_back(std::move(out_word));
  }
  snap_baselines(out);
  return out;
}

}  // namespace budgetpdf::detail
