// Amounts printed as words on a page: decimals, and whole numbers with separators.
#include "layout/printed_amounts.hpp"

#include "layout/line_kinds.hpp"

#include <algorithm>
#include <cmath>
#include <deque>
#include <map>
#include <set>
#include <string_view>
#include <tuple>

namespace budgetpdf::detail {

namespace {

bool digit(char32_t c) { return c >= U'0' && c <= U'9'; }

// Thousands groups: 1-3 digits then ",ddd" groups, or (family f17) any digits then one
// last ",ddd".
bool grouped_shape(std::u32string_view whole) {
  const auto first_comma = whole.find(U',');
  if (first_comma == 0 || first_comma == std::u32string_view::npos) return false;
  if (first_comma > 3)
    return whole.size() == first_comma + 4 &&
           std::all_of(whole.begin(), whole.begin() + long(first_comma), digit) &&
           std::all_of(whole.begin() + long(first_comma) + 1, whole.end(), digit);
  for (std::size_t i = 0; i < whole.size(); ++i) {
    const bool comma_place = i >= first_comma && (i - first_comma) % 4 == 0;
    if (comma_place ? whole[i] != U',' : !digit(whole[i])) return false;
  }
  return (whole.size() - first_comma) % 4 == 0;
}

// An amount's printed shape: -?(digits|groups)\.\d+, or a whole number with thousands
// separators (1,234 or 1851,801: tables in 元 print no decimals). A whole number without a
// separator is left out: codes, years and counts print so too.
bool amount_shape(std::u32string_view s) {
  if (!s.empty() && s.front() == U'-') s.remove_prefix(1);
  const auto point = s.find(U'.');
  if (point == std::u32string_view::npos) return grouped_shape(s);
  if (point == 0 || point + 1 >= s.size()) return false;
  if (!std::all_of(s.begin() + long(point) + 1, s.end(), digit)) return false;
  const auto whole = s.substr(0, point);
  return std::all_of(whole.begin(), whole.end(), digit) || grouped_shape(whole);
}

// Digits, or digits with thousands separators, without a decimal point.
bool whole_number(std::u32string_view s) {
  return !s.empty() && (std::all_of(s.begin(), s.end(), digit) || grouped_shape(s));
}

// The decimals of a whole number printed as a word of their own: right after it on its
// line (a producer whose glyph boxes overlap splits "168,441.81" there), or on the next line
// under it (a number wrapped inside a narrow cell). Baselines, not boxes: some producers
// give a word a box much taller than its glyphs.
const word* decimal_tail_of(const word& w, const std::vector<const word*>& tails) {
  const double size = w.font_size > 0 ? w.font_size : w.where.y1 - w.where.y0;
  for (const word* t : tails) {
    const double drop = t->baseline - w.baseline;
    const bool same_line = std::abs(drop) < 0.2 * size && t->where.x0 > w.where.x0 &&
                           std::abs(t->where.x0 - w.where.x1) < 0.8 * size;
    const bool line_below = drop >= 0.5 * size && drop <= 1.6 * size &&
                            t->where.x0 < w.where.x1 + 1 && t->where.x1 > w.where.x0 - 1;
    if (same_line || line_below) return t;
  }
  return nullptr;
}

bool amount_char(char32_t c) { return digit(c) || c == U',' || c == U'.' || c == U'-'; }

// Family f23: a producer that sets every glyph of a figure as a word of its own, boxes
// overlapping ("1" "0" "1" "," "8" "3" "3" ".8" "4"). Runs of such pieces on one line, no
// wider apart than the layout's own glyph join (0.45 × size), are read as one word when
// together they print a number; otherwise each piece stays as it was ("1.00" "2.00" set
// close together remain two amounts).
// The page's words as the measure reads them: pointers into the page, and into `joined`
// for runs of pieces read as one word.
struct amount_words {
  std::vector<word> joined;
  std::vector<const word*> all;
};

amount_words glued_fragments(const std::vector<word>& words) {
  amount_words out;
  std::vector<const word*> pieces;
  for (const auto& w : words) {
    const bool piece = w.rotation == 0 && !w.text.empty() &&
                       std::all_of(w.text.begin(), w.text.end(), amount_char);
    (piece ? pieces : out.all).push_back(&w);
  }
  std::sort(pieces.begin(), pieces.end(), [](const word* a, const word* b) {
    return std::tie(a->baseline, a->where.x0) < std::tie(b->baseline, b->where.x0);
  });
  // Pieces sorted by baseline then x: a run continues while the next piece sits on the same
  // baseline right after the previous one.
  const auto continues = [](const word& prev, const word& next) {
    const double size = prev.font_size > 0 ? prev.font_size : prev.where.y1 - prev.where.y0;
    return std::abs(next.baseline - prev.baseline) < 0.2 * size && next.where.x0 > prev.where.x0 &&
           next.where.x0 - prev.where.x1 < 0.45 * size;
  };
  out.joined.reserve(pieces.size());  // pointers into it must stay valid
  for (std::size_t i = 0; i < pieces.size();) {
    std::size_t end = i + 1;
    while (end < pieces.size() && continues(*pieces[end - 1], *pieces[end])) ++end;
    if (end - i > 1) {
      word joined;
      joined.text = pieces[i]->text;
      joined.where = pieces[i]->where;
      joined.font_size = pieces[i]->font_size;
      joined.baseline = pieces[i]->baseline;
      for (std::size_t k = i + 1; k < end; ++k) {
        joined.text += pieces[k]->text;
        joined.where = {std::min(joined.where.x0, pieces[k]->where.x0),
                        std::min(joined.where.y0, pieces[k]->where.y0),
                        std::max(joined.where.x1, pieces[k]->where.x1),
                        std::max(joined.where.y1, pieces[k]->where.y1)};
      }
      if (amount_shape(joined.text) || whole_number(joined.text)) {
        out.joined.push_back(std::move(joined));
        out.all.push_back(&out.joined.back());
        i = end;
        continue;
      }
    }
    for (std::size_t k = i; k < end; ++k) out.all.push_back(pieces[k]);
    i = end;
  }
  return out;
}

// Decimals glued to the next cell's figure in one word (".02192,446": a figure filling
// its ruled cell ends where the next begins, and the text layer joins them): split after
// as many decimals as the page's amounts mostly print, when the rest is a figure too, so
// "244,895" finds its decimals and the next figure is one of its own.
void split_glued_tails(amount_words& words, std::deque<word>& made) {
  const auto starts_with_tail = [](const word* w) {
    return w->text.size() > 2 && w->text.front() == U'.' && digit(w->text[1]);
  };
  if (std::none_of(words.all.begin(), words.all.end(), starts_with_tail)) return;
  std::map<std::size_t, int> decimals;  // decimals printed -> amounts that print them
  for (const word* w : words.all)
    if (const auto point = w->text.find(U'.');
        point != std::u32string::npos && point > 0 && amount_shape(w->text))
      ++decimals[w->text.size() - point - 1];
  if (decimals.empty()) return;
  const std::size_t k =
      std::max_element(decimals.begin(), decimals.end(), [](const auto& a, const auto& b) {
        return a.second < b.second;
      })->first;
  std::vector<const word*> all;
  all.reserve(words.all.size());
  for (const word* w : words.all) {
    const auto& t = w->text;
    const bool glued = w->rotation == 0 && t.size() > k + 1 && t.front() == U'.' &&
                       std::all_of(t.begin() + 1, t.begin() + long(k) + 1, digit) &&
                       digit(t[k + 1]) && t[k + 1] != U'0' &&
                       (whole_number(t.substr(k + 1)) || amount_shape(t.substr(k + 1)));
    if (!glued) {
      all.push_back(w);
      continue;
    }
    const double per_char = (w->where.x1 - w->where.x0) / double(t.size());
    const double cut = w->where.x0 + per_char * double(k + 1);
    word tail = *w, rest = *w;
    tail.text = t.substr(0, k + 1);
    tail.where.x1 = cut;
    rest.text = t.substr(k + 1);
    rest.where.x0 = cut;
    all.push_back(&made.emplace_back(std::move(tail)));
    all.push_back(&made.emplace_back(std::move(rest)));
  }
  words.all = std::move(all);
}

}  // namespace

page_amounts printed_amounts(const page_content& page) {
  page_amounts out;
  out.page = page.number;
  amount_words words = glued_fragments(page.words);
  std::deque<word> split_words;  // stable addresses: words.all points into it
  split_glued_tails(words, split_words);
  // Amount words per line (words on one baseline, rounded to half a point), and the lines
  // of running text: sentence punctuation, or a figure followed by its unit ("1468.70 万元，"),
  // which table cells never print.
  std::map<long, int> per_line;
  std::set<long> sentence_lines;  // lines of amounts found in running text
  std::vector<double> sentence_baselines;
  for (const word* w : words.all)
    if (w->rotation == 0 && (w->text.find_first_of(U"，。；、") != std::u32string::npos ||
                             w->text.starts_with(U"万元") || w->text.starts_with(U"亿元")))
      sentence_baselines.push_back(w->baseline);
  // Figures set in another font than the words around them sit a little off their line.
  const auto in_sentence_line = [&](const word& w) {
    const double slack = std::max(1.0, 0.3 * w.font_size);
    return std::any_of(sentence_baselines.begin(), sentence_baselines.end(),
                       [&](double b) { return std::abs(b - w.baseline) <= slack; });
  };
  // Decimals printed as words of their own: "168,441" then ".81".
  std::vector<const word*> tails;
  for (const word* w : words.all)
    if (w->rotation == 0 && is_decimal_tail(w->text)) tails.push_back(w);
  for (const word* p : words.all) {
    const word& w = *p;
    if (w.rotation != 0) continue;
    // A word may hold several space-separated pieces; each must be a decimal on its own.
    std::u32string text = w.text;
    if (text.find(U' ') != std::u32string::npos) continue;
    box where = w.where;
    const word* tail = whole_number(text) ? decimal_tail_of(w, tails) : nullptr;
    if (tail) {
      text += tail->text;
      where = {std::min(where.x0, tail->where.x0), where.y0, std::max(where.x1, tail->where.x1),
               tail->where.y1};
    }
    if (!amount_shape(text)) continue;
    const auto reading = read_amount(text);
    if (reading.what != amount_reading::kind::value) continue;
    const long line = std::lround(w.baseline * 2);
    const bool in_sentence = in_sentence_line(w) || (tail && in_sentence_line(*tail));
    out.amounts.push_back({where, reading.value, in_sentence});
    ++per_line[line];
    if (in_sentence) sentence_lines.insert(line);
  }
  int dense_lines = 0;
  for (const auto& [line, n] : per_line)
    if (n >= 2 && !sentence_lines.count(line)) ++dense_lines;
  out.looks_tabular = dense_lines >= 4;
  return out;
}

}  // namespace budgetpdf::detail
