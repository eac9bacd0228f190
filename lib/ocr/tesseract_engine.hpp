// Tesseract through its C++ API: words with glyph boxes and confidences, and the
// orientation of a page.
#pragma once

#include "ocr/gray_image.hpp"

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace budgetpdf::detail {

/// A rectangle of a picture in pixels, origin top-left; x1 and y1 are past its last pixel.
struct pixel_box {
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

/// One word as Tesseract read it, in the picture's pixels (origin top-left).
struct ocr_word {
  std::string utf8;
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  int baseline = 0;  ///< y of the baseline of the word's line at the word's centre
  float confidence = 0;
  struct symbol {
    std::string utf8;
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    float confidence = 0;
  };
  std::vector<symbol> symbols;
};

/// Tesseract with the simplified Chinese model (chi_sim, which reads digits and Latin
/// letters too), and the English one (eng, when installed) for short figures standing alone. Not
/// thread-safe: one per thread (Tesseract's API objects share nothing across instances but are not
/// safe to use from two threads).
class tesseract_engine {
 public:
  /// Loads chi_sim (and osd for orientation, when installed). Throws
  /// error(ocr_data_missing) naming the Debian package when chi_sim is not installed.
  tesseract_engine();
  ~tesseract_engine();
  tesseract_engine(const tesseract_engine&) = delete;
  tesseract_engine& operator=(const tesseract_engine&) = delete;

  /// Clockwise quarter turns that make the text of `image` upright (Tesseract's OSD), or
  /// nullopt when the osd data is not installed or OSD is not confident.
  std::optional<int> upright_turns(const gray_image& image, int dpi);

  /// The words of `image`; nullopt when `deadline` passed first (the page's time budget).
  std::optional<std::vector<ocr_word>> read(const gray_image& image, int dpi,
                                            std::chrono::steady_clock::time_point deadline);

  /// The words of each of `boxes` read as one line of print (no page layout analysis):
  /// what `read` left out (unread_ink). Stops at `deadline`, keeping what was read.
  std::vector<ocr_word> read_lines(const gray_image& image, int dpi,
                                   const std::vector<pixel_box>& boxes,
                                   std::chrono::steady_clock::time_point deadline);

 private:
  std::optional<ocr_word> figures_by_vote(const gray_image& image, int dpi, const pixel_box& b,
                                          const std::vector<ocr_word>& free);
  struct members;
  std::unique_ptr<members> m_;
};

}  // namespace budgetpdf::detail
