// OCR words -> page_content words.
#include "ocr/ocr_words.hpp"

#include "text/normalize.hpp"

#include <algorithm>
#include <cmath>

namespace budgetpdf::detail {

namespace {

constexpr double min_size_pt = 3;       // smaller words are dust
constexpr double speck_pt = 1.5;        // a symbol this small at a word's edge is dust
constexpr float noise_confidence = 50;  // below it, a word of punctuation only is noise

bool meaningful(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') ||
         c == U'%' || (is_cjk(c) && c >= 0x3400);
}

// Marks printed small (quotes, commas, stops, colons): a word of them alone as tall as the
// line's characters is white space Tesseract misread.
bool small_mark(char32_t c) {
  return std::u32string_view(U"“”‘’\"'`,，。.:：;；").find(c) != std::u32string_view::npos;
}

// Marks a word may end in as printed (1. 其中： （补助） 12%); other marks at its end are
// dropped on the same grounds as at its start, save size: a stop is as small as dust.
bool closing_mark(const std::u32string& chars) {
  return chars.size() == 1 &&
         std::u32string_view(U".,:;)%，：；）、。").find(chars[0]) != std::u32string_view::npos;
}

// Symbols worth keeping: a mark at either end of a word that is no digit, letter or
// ideograph is noise when it is tiny (a speck of dust), doubtful, or taller than the word's
// characters (Tesseract reads the white space before an indented name as "“" or "，" with a
// box spanning the line: a printed quote or comma is smaller than an ideograph), or boxed
// inside its neighbour (a second reading of the same ink).
std::vector<ocr_word::symbol> trimmed(const ocr_word& w, double pt) {
  auto is_mark = [](const ocr_word::symbol& s) {
    const std::u32string chars = to_u32(s.utf8);
    return std::none_of(chars.begin(), chars.end(), meaningful);
  };
  std::vector<int> heights;
  for (const auto& s : w.symbols)
    if (!is_mark(s)) heights.push_back(s.y1 - s.y0);
  std::sort(heights.begin(), heights.end());
  // The lower median: one character boxed over the whole line must not set the norm.
  const int median = heights.empty() ? 0 : heights[(heights.size() - 1) / 2];
  auto too_tall = [&](const ocr_word::symbol& s) {
    return median > 0 && double(s.y1 - s.y0) > 1.25 * median;
  };
  auto inside = [](const ocr_word::symbol& s, const ocr_word::symbol& next) {
    const int overlap = std::min(s.x1, next.x1) - std::max(s.x0, next.x0);
    return overlap * 2 >= std::max(1, s.x1 - s.x0);
  };
  auto leading_noise = [&](const std::vector<ocr_word::symbol>& v) {
    const auto& s = v.front();
    if (!is_mark(s)) return false;
    const double size = std::max(s.x1 - s.x0, s.y1 - s.y0) * pt;
    return size < speck_pt || s.confidence < noise_confidence || too_tall(s) ||
           (v.size() > 1 && inside(s, v[1]));
  };
  auto trailing_noise = [&](const std::vector<ocr_word::symbol>& v) {
    const auto& s = v.back();
    if (!is_mark(s)) return false;
    // LSTM symbol boxes of marks are rough (a comma boxed twice the digits' height): a
    // closing mark after other symbols stays whatever its box.
    if (closing_mark(to_u32(s.utf8)) && v.size() > 1) return false;
    if (too_tall(s)) return true;
    if (v.size() > 1 && inside(s, v[v.size() - 2])) return true;
    const double size = std::max(s.x1 - s.x0, s.y1 - s.y0) * pt;
    return size < speck_pt || s.confidence < noise_confidence;
  };
  std::vector<ocr_word::symbol> out = w.symbols;
  while (!out.empty() && leading_noise(out)) out.erase(out.begin());
  while (!out.empty() && trailing_noise(out)) out.pop_back();
  return out;
}

// Tesseract spells printed full-width punctuation as ASCII; next to an ideograph it is
// full-width in Chinese print ("其中：", "（补助）", "收入，"), as the text layer has it.
// `before` and `after` are the characters printed next to the text (0: none).
void widen_punctuation(std::u32string& text, char32_t before = 0, char32_t after = 0) {
  constexpr std::u32string_view narrow = U"():;,?!";
  constexpr std::u32string_view wide = U"（）：；，？！";
  auto ideograph = [&](std::ptrdiff_t i) {
    const char32_t c = i < 0 ? before : std::size_t(i) < text.size() ? text[std::size_t(i)] : after;
    return c >= 0x3400 && is_cjk(c);
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const std::size_t k = narrow.find(text[i]);
    if (k == std::u32string_view::npos) continue;
    if (ideograph(std::ptrdiff_t(i) - 1) || ideograph(std::ptrdiff_t(i) + 1)) text[i] = wide[k];
  }
}

// The words line by line (baselines snapped), left to right on each.
std::vector<word*> in_line_order(std::vector<word>& words) {
  std::vector<word*> order;
  for (auto& w : words) order.push_back(&w);
  std::sort(order.begin(), order.end(), [](const word* a, const word* b) {
    return a->baseline != b->baseline ? a->baseline < b->baseline : a->where.x0 < b->where.x0;
  });
  return order;
}

// widen_punctuation across words: Tesseract often makes a word of a lone mark ("其中" ":"
// "一般财力"). Neighbours: words on the same baseline less than an em apart (a full-width
// mark's ink sits in the middle of its em, so the gaps beside it are wide).
void widen_between_words(std::vector<word>& words) {
  const std::vector<word*> order = in_line_order(words);
  for (std::size_t i = 0; i < order.size(); ++i) {
    word& w = *order[i];
    auto near = [&](std::size_t k) {
      return k < order.size() && order[k]->baseline == w.baseline &&
             std::abs(order[k]->where.x0 - w.where.x1) < std::max(w.font_size, order[k]->font_size);
    };
    auto near_before = [&](std::size_t k) {
      return order[k]->baseline == w.baseline &&
             std::abs(w.where.x0 - order[k]->where.x1) < std::max(w.font_size, order[k]->font_size);
    };
    const char32_t before = i > 0 && near_before(i - 1) ? order[i - 1]->text.back() : 0;
    const char32_t after = near(i + 1) ? order[i + 1]->text.front() : 0;
    widen_punctuation(w.text, before, after);
  }
}

// The characters of a word with one box each, in reading order. Tesseract's LSTM places
// symbol boxes only roughly (they overlap, or run backwards), and layout orders glyphs by
// their boxes: so the boxes are laid out anew left to right across the span of the symbols,
// each as wide as Tesseract's box for it. A symbol of several code points shares its box.
void spell(const std::vector<ocr_word::symbol>& symbols, double pt, std::u32string& text,
           std::vector<box>& boxes) {
  if (symbols.empty()) return;
  int left = symbols.front().x0, right = symbols.front().x1;
  int top = symbols.front().y0, bottom = symbols.front().y1;
  double widths = 0;
  for (const auto& s : symbols) {
    left = std::min(left, s.x0);
    right = std::max(right, s.x1);
    top = std::min(top, s.y0);
    bottom = std::max(bottom, s.y1);
    widths += std::max(1, s.x1 - s.x0);
  }
  const double stretch = double(std::max(1, right - left)) / widths;
  double x = left;
  for (const auto& s : symbols) {
    const std::u32string chars = to_u32(s.utf8);
    const double width = std::max(1, s.x1 - s.x0) * stretch;
    const double step = chars.empty() ? 0 : width / double(chars.size());
    for (std::size_t i = 0; i < chars.size(); ++i) {
      text.push_back(chars[i]);
      boxes.push_back(
          {(x + step * double(i)) * pt, top * pt, (x + step * double(i + 1)) * pt, bottom * pt});
    }
    x += width;
  }
}

// The median height of the word's symbols in points: the word's box also holds specks and
// residue of erased rulings that touch it.
double symbol_height(const std::vector<ocr_word::symbol>& symbols, double pt) {
  std::vector<int> h;
  for (const auto& s : symbols) h.push_back(s.y1 - s.y0);
  if (h.empty()) return 0;
  std::nth_element(h.begin(), h.begin() + std::ptrdiff_t(h.size() / 2), h.end());
  return h[h.size() / 2] * pt;
}

// Words whose baselines are within a third of their size share the middle one's baseline,
// and words far smaller than the line's median size (一, a dash) take that size.
void snap_lines(std::vector<word>& words) {
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
    std::vector<double> sizes;
    for (std::size_t k = i; k < j; ++k) sizes.push_back(order[k]->font_size);
    std::nth_element(sizes.begin(), sizes.begin() + std::ptrdiff_t(sizes.size() / 2), sizes.end());
    const double median = sizes[sizes.size() / 2];
    for (std::size_t k = i; k < j; ++k) {
      word& w = *order[k];
      w.baseline = line;
      if (w.font_size < 0.6 * median) w.font_size = median;
      const bool marks = std::all_of(w.text.begin(), w.text.end(), small_mark);
      if (marks && w.where.y1 - w.where.y0 > 0.6 * median) w.text.clear();  // dropped below
    }
    i = j;
  }
  std::erase_if(words, [](const word& w) { return w.text.empty(); });
}

// Maps the glyph boxes of `w` from its span onto [x0, x1].
void squeeze(word& w, double x0, double x1) {
  const double from = w.where.x0, width = w.where.x1 - w.where.x0;
  if (width <= 0 || x1 <= x0) return;
  const double k = (x1 - x0) / width;
  for (auto& g : w.glyphs) {
    g.x0 = x0 + (g.x0 - from) * k;
    g.x1 = x0 + (g.x1 - from) * k;
  }
  w.where.x0 = x0;
  w.where.x1 = x1;
}

// Tesseract's boxes of neighbouring words on a line overlap at times ("(补助" and ")" share
// pixels); layout orders a line's glyphs by their boxes, which would put the ")" between 补
// and 助. Each of two overlapping neighbours keeps its side of the overlap's middle.
void separate_overlaps(std::vector<word>& words) {
  const std::vector<word*> order = in_line_order(words);
  for (std::size_t i = 1; i < order.size(); ++i) {
    word& a = *order[i - 1];
    word& b = *order[i];
    if (a.baseline != b.baseline || b.where.x0 >= a.where.x1 || b.where.x0 <= a.where.x0 ||
        b.where.x1 <= a.where.x1)
      continue;
    const double middle = (b.where.x0 + a.where.x1) / 2;
    squeeze(a, a.where.x0, middle);
    squeeze(b, middle, b.where.x1);
  }
}

}  // namespace

std::vector<word> to_page_words(const std::vector<ocr_word>& words, double dpi) {
  const double pt = 72.0 / dpi;
  std::vector<word> out;
  for (const ocr_word& w : words) {
    const auto symbols = trimmed(w, pt);
    std::u32string raw;
    std::vector<box> raw_boxes;
    spell(symbols, pt, raw, raw_boxes);
    widen_punctuation(raw);
    std::vector<std::size_t> source;
    word out_word;
    out_word.text = normalize_text(raw, source);
    for (std::size_t k : source) out_word.glyphs.push_back(raw_boxes[k]);
    while (!out_word.text.empty() && out_word.text.back() == U' ') {
      out_word.text.pop_back();
      out_word.glyphs.pop_back();
    }
    if (out_word.text.empty()) continue;
    const box& first = out_word.glyphs.front();
    const box& last = out_word.glyphs.back();
    out_word.where = {first.x0, first.y0, last.x1, last.y1};
    const double height = symbol_height(symbols, pt);
    if (std::max(height, out_word.where.x1 - out_word.where.x0) < min_size_pt) continue;
    const bool any_meaningful = std::any_of(out_word.text.begin(), out_word.text.end(), meaningful);
    // A colon alone is kept whatever its confidence: dust does not print two dots one above
    // the other, and "单位：万元", "编制部门：" are how unit and department lines are found.
    const bool colon = std::all_of(out_word.text.begin(), out_word.text.end(),
                                   [](char32_t c) { return c == U':' || c == U'：'; });
    if (!any_meaningful && !colon && w.confidence < noise_confidence) continue;
    out_word.confidence = w.confidence;
    // Ideographs fill most of the em, digits about 0.7 of it; 一 hardly any: snap_lines
    // gives it its line's size.
    const bool cjk = std::any_of(out_word.text.begin(), out_word.text.end(),
                                 [](char32_t c) { return is_cjk(c); });
    out_word.font_size = std::max(height, 1.0) / (cjk ? 0.92 : 0.72);
    out_word.baseline = w.baseline * pt;
    out.push_back(std::move(out_word));
  }
  snap_lines(out);
  separate_overlaps(out);
  widen_between_words(out);
  return out;
}

}  // namespace budgetpdf::detail
