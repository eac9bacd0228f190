// Text a producer let run past its cell's rule (clipped_overflow.hpp).
#include "layout/clipped_overflow.hpp"

#include "layout/cell_text.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

namespace budgetpdf::detail {

namespace {

// The columns lo..hi of one cell: no rule between them in the word's band.
struct home_cell {
  std::size_t lo = 0, hi = 0;
  bool holds(std::size_t col) const { return lo <= col && col <= hi; }
};

class word_overflow {
 public:
  word_overflow(const rule_grid& grid, glyph_columns& out) : grid_(grid), out_(out) {}

  // The glyphs of one word, left to right.
  void place(const std::vector<const glyph*>& word) {
    const auto& xs = grid_.xs;
    const auto& ys = grid_.ys;
    if (word.empty() || word.front()->vertical) return;
    double cy = 0;
    for (const glyph* g : word) cy += g->cy();
    cy /= double(word.size());
    if (cy <= ys.front() || cy >= ys.back()) return;
    const auto band = std::size_t(std::upper_bound(ys.begin(), ys.end(), cy) - ys.begin()) - 1;
    y0_ = ys[band];
    y1_ = ys[band + 1];
    if (word.size() == 1) return place_alone(*word.front());
    const std::size_t start = column_of(xs, word.front()->cx());
    const std::size_t end = column_of(xs, word.back()->cx());
    if (start == end || !ruled_between(start, end)) return;
    // Centred on a cell and wider than it on both sides (a header label centred in a
    // narrow cell), the word is that cell's; set flush right against its last cell's right
    // rule (a header label wider than its cell), that cell's; otherwise the cell's where it
    // starts.
    const double size = word.front()->size;
    const bool right = xs[end + 1] - word.back()->where.x1 < 0.5 * size &&
                       word.front()->where.x0 - xs[start] > 0.5 * size;
    const home_cell home =
        centred_cell(word, size).value_or(right ? home_cell{end, end} : home_cell{start, start});
    // Only the glyphs a rule cuts in two go back: one wholly beyond the rule may be the
    // neighbour's own text, joined to the word by poppler where the two touch or where
    // the text between them was clipped away.
    std::size_t at = 0;
    while (at < word.size() && word[at]->cx() < xs[home.lo]) ++at;
    for (std::size_t k = at; k-- > 0;)
      if (!send_home(*word[k], home)) break;
    for (std::size_t k = at; k < word.size(); ++k)
      if (word[k]->cx() > xs[home.hi + 1] && !send_home(*word[k], home)) break;
  }

 private:
  // The one glyph left of a label clipped at its cell's right rule ("行" of 行政运行, the
  // rest clipped away) straddles that rule and may have its middle beyond it, in the next
  // cell, where it would turn an amount into text ("行4242194.68"). A label starts in its
  // cell: a glyph with a good part on the left of a rule goes to the left.
  void place_alone(const glyph& g) {
    if (is_figure_char(g.ch)) return;
    const auto& xs = grid_.xs;
    const double width = g.where.x1 - g.where.x0;
    const std::size_t from = column_of(xs, g.where.x0), centre = column_of(xs, g.cx());
    if (from >= centre || g.where.x0 < xs.front()) return;
    const double rule = xs[from + 1];
    if (rule - g.where.x0 < 0.25 * width || !ruled_between(from, centre)) return;
    out_[&g] = from;
  }

  // A drawn rule stands between columns a and b (a < b) in the word's band.
  bool ruled_between(std::size_t a, std::size_t b) const {
    if (a > b) std::swap(a, b);
    for (std::size_t k = a + 1; k <= b; ++k)
      if (grid_.v_covers(grid_.xs[k], y0_, y1_)) return true;
    return false;
  }

  // The cell the word is centred on, if it is wider than that cell on both sides.
  std::optional<home_cell> centred_cell(const std::vector<const glyph*>& word, double size) const {
    const auto& xs = grid_.xs;
    const double x0 = word.front()->where.x0, x1 = word.back()->where.x1;
    const double middle = (x0 + x1) / 2;
    home_cell cell{column_of(xs, middle), column_of(xs, middle)};
    while (cell.lo > 0 && !grid_.v_covers(xs[cell.lo], y0_, y1_)) --cell.lo;
    while (cell.hi + 2 < xs.size() && !grid_.v_covers(xs[cell.hi + 1], y0_, y1_)) ++cell.hi;
    const double left = xs[cell.lo], right = xs[cell.hi + 1];
    if (x0 >= left || x1 <= right || std::abs(middle - (left + right) / 2) > 0.5 * size)
      return std::nullopt;
    return cell;
  }

  // False at a figure or at a glyph beyond home that no rule cuts: the rest of the word
  // is another cell's.
  bool send_home(const glyph& g, const home_cell& home) {
    if (is_figure_char(g.ch)) return false;
    const auto& xs = grid_.xs;
    const std::size_t col = column_of(xs, g.cx());
    // A sliver of it may be all that is drawn on home's side.
    constexpr double inset = 0.01;
    if (g.cx() < xs.front() || g.cx() > xs.back()) {  // beyond the grid's outer rule
      if (g.where.x1 - inset <= xs.front() || g.where.x0 + inset >= xs.back()) return false;
      out_[&g] = home.lo;
      return true;
    }
    if (home.holds(col)) return true;
    if (column_of(xs, g.where.x0 + inset) == column_of(xs, g.where.x1 - inset)) return false;
    if (ruled_between(col, col < home.lo ? home.lo : home.hi)) out_[&g] = home.lo;
    return true;
  }

  const rule_grid& grid_;
  glyph_columns& out_;
  double y0_ = 0, y1_ = 0;
};

}  // namespace

glyph_columns clipped_overflow(const rule_grid& grid, const std::vector<glyph>& glyphs) {
  glyph_columns out;
  if (grid.xs.size() < 3 || grid.ys.size() < 2) return out;
  word_overflow w(grid, out);
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
