// What the PDF stage hands to layout: positioned words and ruling lines of one page.
#pragma once

#include <budgetpdf/types.hpp>

#include <string>
#include <vector>

namespace budgetpdf::detail {

/// One word as poppler's text extractor cut it, text already normalized (text/normalize).
/// Coordinates: points, origin top-left, y down, in the displayed (rotated) page frame.
struct word {
  std::u32string text;
  box where;
  std::vector<box> glyphs;  ///< one box per char32_t of text
  int rotation = 0;         ///< quarter turns: 0 horizontal, 1/3 vertical text
  double font_size = 0;
  double baseline = 0;  ///< y of the baseline in the same frame (x for rotation 1/3)
};

/// A ruling line: a stroked segment or a thin filled rectangle, axis-aligned, in the
/// same frame as the words. Horizontal lines have y0 == y1, vertical x0 == x1.
///
/// Collinear pieces closer than 1 pt are merged into one line (Excel-made PDFs draw every
/// cell border separately), so x0 <= x1 and y0 <= y1 always hold.
struct ruling {
  /// How the line was drawn. A merged line keeps the most direct kind among its pieces.
  enum class source {
    stroke,     ///< a stroked straight segment (incl. each side of a stroked `re`)
    thin_fill,  ///< a filled rectangle thinner than 3 pt, reduced to its centre line
    fill_edge,  ///< an edge of a larger non-white filled rectangle (shaded cell)
  };
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double thickness = 0;  ///< stroke width or rectangle thickness in points
  source kind = source::stroke;
  bool horizontal() const { return y0 == y1; }
};

struct page_content {
  int number = 0;                ///< 1-based
  double width = 0, height = 0;  ///< displayed (after /Rotate)
  int rotate = 0;                ///< the page's /Rotate in degrees
  std::vector<word> words;
  std::vector<ruling> lines;
  bool truncated = false;   ///< cut off at a glyph/path limit
  bool unreadable = false;  ///< the page's object could not be read (damaged file)
  bool has_images = false;
};

}  // namespace budgetpdf::detail
