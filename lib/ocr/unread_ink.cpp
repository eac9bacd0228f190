// Unread ink by tiles: small squares of the picture holding dark pixels outside every word
// box, joined into clusters the way characters join into a token.
#include "ocr/unread_ink.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace budgetpdf::detail {

namespace {

// Heights are of the page's glyph height: lower is a speck or a dash; higher is a picture
// or a stamp (a title prints up to about 2.5 times the body's size).
constexpr int dark = 128;                // grey levels below this are ink
constexpr double default_height_pt = 7;  // a glyph's height when the page has no word
constexpr double min_height = 0.45;
constexpr double max_height = 3.0;
constexpr double min_width = 0.35;  // a narrow digit ("1") is about this wide
constexpr double join_gap = 0.5;    // characters of one token are closer than this

bool has_glyph(const ocr_word& w) { return w.x1 > w.x0 && w.y1 > w.y0 && !w.utf8.empty(); }

// The median height of the page's words: the size its glyphs are printed in.
double glyph_height(const std::vector<ocr_word>& words, double dpi) {
  std::vector<int> heights;
  for (const auto& w : words)
    if (has_glyph(w)) heights.push_back(w.y1 - w.y0);
  if (heights.empty()) return default_height_pt * dpi / 72;
  std::nth_element(heights.begin(), heights.begin() + long(heights.size() / 2), heights.end());
  return heights[heights.size() / 2];
}

// Ink with words of its line closer than characters of one token stand on both sides is a
// piece of a glyph Tesseract boxed short (the left stroke of 年 after "2025"); a character
// missed at a line's end (表 after 总) has a neighbour on one side only.
bool between_words(const pixel_box& b, const std::vector<ocr_word>& words, double gap) {
  bool left = false, right = false;
  for (const auto& w : words) {
    if (!has_glyph(w)) continue;
    const int rows = std::min(b.y1, w.y1) - std::max(b.y0, w.y0);
    if (rows * 2 < std::min(b.y1 - b.y0, w.y1 - w.y0)) continue;
    left = left || (w.x1 <= b.x1 && b.x0 - w.x1 < gap);
    right = right || (w.x0 >= b.x0 && w.x0 - b.x1 < gap);
  }
  return left && right;
}

struct tile_grid {
  int columns = 0, rows = 0;
  std::vector<std::uint8_t> covered;  // under a word's box
  std::vector<int> ink;               // dark pixels outside word boxes

  std::size_t at(int c, int r) const {
    return static_cast<std::size_t>(r) * static_cast<std::size_t>(columns) +
           static_cast<std::size_t>(c);
  }
};

tile_grid tiles_of(const gray_image& image, const std::vector<ocr_word>& words, int size) {
  tile_grid g;
  g.columns = (image.width + size - 1) / size;
  g.rows = (image.height + size - 1) / size;
  g.covered.assign(static_cast<std::size_t>(g.columns) * static_cast<std::size_t>(g.rows), 0);
  g.ink.assign(g.covered.size(), 0);
  for (const auto& w : words) {
    if (!has_glyph(w)) continue;
    // A tile of margin: the glyphs' antialiased edges stand outside Tesseract's boxes.
    const int c0 = std::max(0, w.x0 / size - 1), c1 = std::min(g.columns - 1, w.x1 / size + 1);
    const int r0 = std::max(0, w.y0 / size - 1), r1 = std::min(g.rows - 1, w.y1 / size + 1);
    for (int r = r0; r <= r1; ++r)
      for (int c = c0; c <= c1; ++c) g.covered[g.at(c, r)] = 1;
  }
  for (int y = 0; y < image.height; ++y) {
    const std::uint8_t* row = image.px.data() + static_cast<std::size_t>(y) * image.width;
    const int r = y / size;
    for (int x = 0; x < image.width; ++x)
      if (row[x] < dark) ++g.ink[g.at(x / size, r)];
  }
  return g;
}

struct cluster {
  int c0, r0, c1, r1;  // tiles, inclusive
  int ink = 0;
};

}  // namespace

std::vector<pixel_box> unread_ink(const gray_image& image, const std::vector<ocr_word>& words,
                                  double dpi, std::size_t max_boxes) {
  std::vector<pixel_box> out;
  if (image.width <= 0 || image.height <= 0) return out;
  const double h = glyph_height(words, dpi);
  const int size = std::max(2, static_cast<int>(std::lround(h / 8)));
  tile_grid g = tiles_of(image, words, size);
  // A tile is inked when more than a speck's worth of its pixels is dark.
  const int inked_at = std::max(2, size * size / 8);
  auto inked = [&](int c, int r) {
    const auto k = g.at(c, r);
    return !g.covered[k] && g.ink[k] >= inked_at;
  };
  const int gap = std::max(1, static_cast<int>(std::ceil(join_gap * h / size)));
  std::vector<std::uint8_t> seen(g.covered.size(), 0);
  std::vector<std::pair<int, int>> stack;
  for (int r = 0; r < g.rows; ++r) {
    for (int c = 0; c < g.columns; ++c) {
      if (seen[g.at(c, r)] || !inked(c, r)) continue;
      cluster k{c, r, c, r, 0};
      seen[g.at(c, r)] = 1;
      stack.assign(1, {c, r});
      while (!stack.empty()) {
        const auto [x, y] = stack.back();
        stack.pop_back();
        k.c0 = std::min(k.c0, x), k.c1 = std::max(k.c1, x);
        k.r0 = std::min(k.r0, y), k.r1 = std::max(k.r1, y);
        k.ink += g.ink[g.at(x, y)];
        for (int dy = -1; dy <= 1; ++dy) {
          for (int dx = -gap; dx <= gap; ++dx) {
            const int nx = x + dx, ny = y + dy;
            if (nx < 0 || ny < 0 || nx >= g.columns || ny >= g.rows) continue;
            if (seen[g.at(nx, ny)] || !inked(nx, ny)) continue;
            seen[g.at(nx, ny)] = 1;
            stack.emplace_back(nx, ny);
          }
        }
      }
      const double height = double(k.r1 - k.r0 + 1) * size;
      const double width = double(k.c1 - k.c0 + 1) * size;
      if (height < min_height * h || height > max_height * h || width < min_width * h) continue;
      // Print fills a good part of its box; noise and faint shadows do not.
      if (k.ink < 0.08 * height * width) continue;
      const pixel_box box{k.c0 * size, k.r0 * size, std::min(image.width, (k.c1 + 1) * size),
                          std::min(image.height, (k.r1 + 1) * size)};
      if (between_words(box, words, join_gap * h)) continue;
      out.push_back(box);
      if (out.size() >= max_boxes) return out;
    }
  }
  return out;
}

}  // namespace budgetpdf::detail
