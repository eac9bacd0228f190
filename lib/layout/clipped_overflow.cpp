// Text a producer let run past its cell's rule (clipped_overflow.hpp).
#include "layout/clipped_overflow.hpp"

#include <algorithm>
#include <cmath>

namespace budgetpdf::detail {

namespace {

bool is_figure_char(char32_t c) {
  return (c >= U'0' && c <= U'9') || c == U',' || c == U'.' || c == U'%' || c == U'-';
}

// Two glyphs printed over each other: one of them is hidden.
bool overprints(const glyph& a, const glyph& b) {
  const double ox = std::min(a.where.x1, b.where.x1) - std::max(a.where.x0, b.where.x0);
  const double oy = std::min(a.where.y1, b.where.y1) - std::max(a.where.y0, b.where.y0);
  const double w = std::min(a.where.x1 - a.where.x0, b.where.x1 - b.where.x0);
  const double h = std::min(a.where.y1 - a.where.y0, b.where.y1 - b.where.y0);
  return ox > 0.3 * w && oy > 0.5 * h;
}

class word_overflow {
 public:
  word_overflow(const rule_grid& grid, const std::vector<glyph>& glyphs, glyph_columns& out)
      : grid_(grid), glyphs_(glyphs), out_(out) {}

  // The glyphs of one word, left to right.
  void place(const std::vector<const glyph*>& word) {
    const auto& xs = grid_.xs;
    const auto& ys = grid_.ys;
    if (word.size() < 2 || word.front()->vertical) return;
    double cy = 0;
    for (const glyph* g : word) cy += g->cy();
    cy /= double(word.size());
    if (cy <= ys.front() || cy >= ys.back()) return;
    const auto band = std::size_t(std::upper_bound(ys.begin(), ys.end(), cy) - ys.begin()) - 1;
    y0_ = ys[band];
    y1_ = ys[band + 1];
    const std::size_t start = column_of(xs, word.front()->cx());
    const std::size_t end = column_of(xs, word.back()->cx());
    if (start == end || !ruled_between(start, end)) return;
    const double size = word.front()->size;
    const double mid = (word.front()->where.x0 + word.back()->where.x1) / 2;
    const std::size_t middle = column_of(xs, mid);
    // Set flush right against its last cell's right rule: that cell's.
    const bool right = xs[end + 1] - word.back()->where.x1 < 0.5 * size &&
                       word.front()->where.x0 - xs[start] > 0.5 * size;
    // Centred on its cell and running past both its rules, or its start printed under
    // another word: the label belongs to the cell holding its middle.
    const double centre = (xs[middle] + xs[middle + 1]) / 2;
    const bool centred = start < middle && middle < end && ruled_between(start, middle) &&
                         ruled_between(middle, end) &&
                         std::abs(mid - centre) < 0.25 * (xs[middle + 1] - xs[middle]);
    const std::size_t home = right                                 ? end
                             : centred || start_hidden(word, start) ? middle
                                                                    : start;
    // Only the glyphs a rule cuts in two go back: one wholly beyond the rule may be the
    // neighbour's own text, joined to the word by poppler where the two touch or where
    // the text between them was clipped away.
    std::size_t at = 0;
    while (at < word.size() && column_of(xs, word[at]->cx()) < home) ++at;
    for (std::size_t k = at; k-- > 0;)
      if (!send_home(*word[k], home)) break;
    for (std::size_t k = at; k < word.size(); ++k)
      if (column_of(xs, word[k]->cx()) > home && !send_home(*word[k], home)) break;
  }

 private:
  // A drawn rule stands between columns a and b (a < b) in the word's band.
  bool ruled_between(std::size_t a, std::size_t b) const {
    if (a > b) std::swap(a, b);
    for (std::size_t k = a + 1; k <= b; ++k)
      if (grid_.v_covers(grid_.xs[k], y0_, y1_)) return true;
    return false;
  }

  // A glyph of the word's first cell lies under a glyph of another word.
  bool start_hidden(const std::vector<const glyph*>& word, std::size_t start) const {
    for (const glyph* g : word) {
      if (column_of(grid_.xs, g->cx()) != start) break;
      for (const auto& other : glyphs_)
        if (other.word != g->word && !other.vertical && overprints(*g, other)) return true;
    }
    return false;
  }

  // False at a figure or at a glyph beyond home that no rule cuts: the rest of the word
  // is another cell's.
  bool send_home(const glyph& g, std::size_t home) {
    if (is_figure_char(g.ch)) return false;
    const auto& xs = grid_.xs;
    const std::size_t col = column_of(xs, g.cx());
    if (col == home) return true;
    // A sliver of it may be all that is drawn on home's side.
    constexpr double inset = 0.01;
    if (column_of(xs, g.where.x0 + inset) == column_of(xs, g.where.x1 - inset)) return false;
    if (ruled_between(col, home)) out_[&g] = home;
    return true;
  }

  const rule_grid& grid_;
  const std::vector<glyph>& glyphs_;
  glyph_columns& out_;
  double y0_ = 0, y1_ = 0;
};

}  // namespace

glyph_columns clipped_overflow(const rule_grid& grid, const std::vector<glyph>& glyphs) {
  glyph_columns out;
  if (grid.xs.size() < 3 || grid.ys.size() < 2) return out;
  word_overflow w(grid, glyphs, out);
  std::vector<const glyph*> word;
  for (std::size_t i = 0; i < glyphs.size(); ++i) {
    const glyph& g = glyphs[i];
    word.push_back(&g);
    if (i + 1 < glyphs.size() && g.word >= 0 && glyphs[i + 1].word == g.word) continue;
    std::sort(word.begin(), word.end(),
              [](const glyph* a, const glyph* b) { return a->where.x0 < b->where.x0; });
    w.place(word);
    word.clear();
  }
  return out;
}

}  // namespace budgetpdf::detail
