// Glyph-level view of a page, lines and tokens.
#include "layout/glyphs.hpp"

#include <algorithm>
#include <cmath>

namespace budgetpdf::detail {

std::vector<glyph> flatten_glyphs(const page_content& page) {
  std::vector<glyph> out;
  int word = -1;
  for (const auto& w : page.words) {
    ++word;
    const std::size_t n = w.text.size();
    const bool vertical = w.rotation % 2 == 1;
    const double size = w.font_size > 0 ? w.font_size
                                        : std::max(1.0, vertical ? w.where.x1 - w.where.x0
                                                                 : w.where.y1 - w.where.y0);
    for (std::size_t i = 0; i < n; ++i) {
      glyph g;
      g.ch = w.text[i];
      g.size = size;
      g.vertical = vertical;
      g.rotation = w.rotation;
      g.word = word;
      if (w.glyphs.size() == n) {
        g.where = w.glyphs[i];
      } else if (vertical) {
        double h = (w.where.y1 - w.where.y0) / double(n);
        g.where = {w.where.x0, w.where.y0 + h * double(i), w.where.x1,
                   w.where.y0 + h * double(i + 1)};
      } else {
        double wd = (w.where.x1 - w.where.x0) / double(n);
        g.where = {w.where.x0 + wd * double(i), w.where.y0, w.where.x0 + wd * double(i + 1),
                   w.where.y1};
      }
      if (g.ch == U' ') continue;
      out.push_back(g);
    }
  }
  return out;
}

std::u32string join_glyphs(const std::vector<const glyph*>& line, double gap_factor) {
  std::u32string s;
  const glyph* prev = nullptr;
  for (const glyph* g : line) {
    if (prev && g->where.x0 - prev->where.x1 > gap_factor * std::max(g->size, prev->size))
      s.push_back(U' ');
    s.push_back(g->ch);
    prev = g;
  }
  return s;
}

namespace {

double overlap(double a0, double a1, double b0, double b1) {
  return std::max(0.0, std::min(a1, b1) - std::max(a0, b0));
}

}  // namespace

std::vector<text_line> build_lines(const std::vector<const glyph*>& glyphs) {
  constexpr std::size_t max_stack_scan = 256;  // glyphs of a line build_lines looks through
  // Sorted with their keys beside them (no pointer to follow per comparison). std::sort's
  // result depends only on the comparisons' outcomes, so ties keep the order they had when
  // glyph pointers were sorted directly.
  struct keyed {
    double cy, x0;
    const glyph* g;
  };
  std::vector<keyed> sorted;
  sorted.reserve(glyphs.size());
  for (const glyph* g : glyphs) sorted.push_back({g->cy(), g->where.x0, g});
  std::sort(sorted.begin(), sorted.end(), [](const keyed& a, const keyed& b) {
    return a.cy != b.cy ? a.cy < b.cy : a.x0 < b.x0;
  });
  std::vector<text_line> lines;
  for (const keyed& k : sorted) {
    const glyph* g = k.g;
    double h = g->where.y1 - g->where.y0;
    // Join the line (among the last few) this glyph overlaps most, if by half its height.
    // Not a line of text of its height it stands off (by more than a sixth of that) that
    // already holds a glyph above or below it: labels centred in header cells of one, two
    // and three lines stand a little off each other and chain into one band, which must
    // not swallow a label's next line (因公出国 / （境）费 beside 合计 between them, read
    // "（因公境出）国费"). Glyph boxes of another height (digits twice as tall) are not judged so.
    const auto stacked_in = [g, h](const text_line& l) {
      // Header lines are short; a long line is not scanned (linear time on any page).
      if (l.glyphs.size() > max_stack_scan) return false;
      const glyph* first = l.glyphs.front();
      const double th = first->where.y1 - first->where.y0;  // the line's text height
      if (std::abs(g->cy() - l.cy()) <= h / 6 || h > 1.3 * th || th > 1.3 * h) return false;
      return std::any_of(l.glyphs.begin(), l.glyphs.end(), [g](const glyph* o) {
        return overlap(g->where.x0, g->where.x1, o->where.x0, o->where.x1) >
               0.5 * std::min(g->where.x1 - g->where.x0, o->where.x1 - o->where.x0);
      });
    };
    text_line* best = nullptr;
    double best_overlap = 0;
    for (std::size_t k = lines.size(); k-- > 0 && k + 4 >= lines.size();) {
      auto& l = lines[k];
      double lh = l.y1 - l.y0;
      double o = overlap(g->where.y0, g->where.y1, l.y0, l.y1);
      if (o >= 0.5 * std::min(h, lh) && o > best_overlap && !stacked_in(l)) {
        best = &l;
        best_overlap = o;
      }
    }
    if (!best) {
      lines.emplace_back();
      best = &lines.back();
      best->y0 = g->where.y0;
      best->y1 = g->where.y1;
    }
    best->glyphs.push_back(g);
    // Keep the line's band to the text height: a tall glyph box (some producers' digits are
    // twice the height of the Chinese text beside them) joins but does not widen it, or it
    // would swallow the next wrapped line.
    if (best->glyphs.size() == 1) continue;
    if (h > 1.3 * (best->y1 - best->y0)) continue;
    best->y0 = std::min(best->y0, g->where.y0);
    best->y1 = std::max(best->y1, g->where.y1);
  }
  for (auto& l : lines) {
    std::sort(l.glyphs.begin(), l.glyphs.end(),
              [](const glyph* a, const glyph* b) { return a->where.x0 < b->where.x0; });
    l.x0 = l.glyphs.front()->where.x0;
    l.x1 = 0;
    for (auto* g : l.glyphs) l.x1 = std::max(l.x1, g->where.x1);
    l.text = join_glyphs(l.glyphs);
  }
  std::sort(lines.begin(), lines.end(),
            [](const text_line& a, const text_line& b) { return a.cy() < b.cy(); });
  return lines;
}

std::vector<token> split_tokens(const text_line& line, double gap_factor, bool split_digit_text) {
  std::vector<token> out;
  const glyph* prev = nullptr;
  bool token_has_mark = false;  // the token so far holds a decimal point or a separator
  // Figures, and the dashes that stand for an empty amount ("-", "—").
  auto digit = [](char32_t c) {
    return (c >= U'0' && c <= U'9') || c == U'.' || c == U',' || c == U'-' || c == U'—' ||
           c == U'－' || c == U'–';
  };
  for (const glyph* g : line.glyphs) {
    double space = prev ? g->where.x0 - prev->where.x1 : 0;
    double size = prev ? std::max(g->size, prev->size) : g->size;
    // Two figures one space apart ("192,479.45 158,587.14": narrow columns of an unruled
    // table) are two tokens too: no amount holds a space. A code's parts ("201 01 01") are
    // one token: they have no decimal point or separator.
    // Where digits meet other text a smaller gap splits (0.15 × size): a code filling its
    // column ends less than 0.2 × size before the name beside it (family f27).
    bool gap =
        prev && (space > gap_factor * size ||
                 (split_digit_text && digit(prev->ch) != digit(g->ch) && space > 0.15 * size) ||
                 (split_digit_text && space > 0.2 * size && digit(g->ch) && token_has_mark));
    if (!prev || gap) {
      out.emplace_back();
      out.back().where = g->where;
      token_has_mark = false;
    }
    token_has_mark = token_has_mark || g->ch == U'.' || g->ch == U',';
    auto& t = out.back();
    t.glyphs.push_back(g);
    t.where.x0 = std::min(t.where.x0, g->where.x0);
    t.where.y0 = std::min(t.where.y0, g->where.y0);
    t.where.x1 = std::max(t.where.x1, g->where.x1);
    t.where.y1 = std::max(t.where.y1, g->where.y1);
    prev = g;
  }
  for (auto& t : out) t.text = join_glyphs(t.glyphs);
  return out;
}

}  // namespace budgetpdf::detail
