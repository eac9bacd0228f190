// What the PDF stage hands to layout: positioned words and ruling lines of one page.
#pragma once

#include <budgetpdf/types.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace budgetpdf::detail {

/// One word as poppler's text extractor cut it, text already normalized (text/normalize).
/// Coordinates: points, origin top-left, y down, in the page's reading frame (page_content).
struct word {
  std::u32string text;
  box where;
  std::vector<box> glyphs;  ///< one box per char32_t of text
  int rotation = 0;         ///< quarter turns: 0 horizontal, 1/3 vertical text
  double font_size = 0;
  double baseline = 0;  ///< y of the baseline in the same frame (x for rotation 1/3)
  /// OCR's confidence in the word, 0-100; negative for a word of the text layer.
  float confidence = -1;
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

/// One page in its reading frame: the displayed page (its /Rotate applied), turned further
/// by `reading_turns` quarter turns clockwise when most of its text runs sideways or upside
/// down there (a table printed sideways on a portrait page, a /Rotate that turns upright
/// text), so that most text reads left to right. Points, origin top-left, y down.
struct page_content {
  int number = 0;                ///< 1-based
  double width = 0, height = 0;  ///< of the reading frame
  int rotate = 0;                ///< the page's /Rotate in degrees
  int reading_turns = 0;         ///< 0-3: clockwise quarter turns from displayed to reading
  std::vector<word> words;
  std::vector<ruling> lines;
  bool truncated = false;   ///< cut off at a glyph, word or path limit
  bool unreadable = false;  ///< the page's object could not be read (damaged file)
  bool has_images = false;
  bool ocr = false;        ///< read by OCR from a rendering (lib/ocr), not from the text layer
  std::size_t glyphs = 0;  ///< glyphs drawn, white space not counted
  /// Of those, glyphs that map to no readable character (text/normalize's
  /// is_unreadable_char: no Unicode mapping at all, an Identity-encoded CID font without a
  /// ToUnicode map, private-use code points, U+FFFD, control characters). Their place in a
  /// word holds U+FFFD (private-use code points are kept as printed).
  std::size_t unreadable_glyphs = 0;
};

/// Maps a box of the reading frame of `page` back to its displayed frame (the page as a
/// viewer shows it, /Rotate applied), e.g. to draw it over a rendering.
box to_displayed_frame(const page_content& page, const box& b);

}  // namespace budgetpdf::detail
