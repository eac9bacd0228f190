// A grey picture of a page (8 bits, 0 black .. 255 white): what OCR works on.
#pragma once

#include "pdf/page_image.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace budgetpdf::detail {

struct gray_image {
  int width = 0, height = 0;
  std::vector<std::uint8_t> px;  ///< row by row from the top-left pixel

  std::uint8_t at(int x, int y) const {
    return px[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) +
              static_cast<std::size_t>(x)];
  }
  std::uint8_t& at(int x, int y) {
    return px[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) +
              static_cast<std::size_t>(x)];
  }
};

/// The luminance of a rendering (alpha ignored: poppler renders pages opaque).
gray_image to_gray(const pixel_image& image);

/// What straightening found and did (Leptonica).
struct straightened {
  gray_image image;
  double skew_degrees = 0;  ///< the small rotation that was undone (0: none found or needed)
  int turns = 0;            ///< clockwise quarter turns applied to make the text upright
};

/// Turns `image` `turns` clockwise quarter turns, then finds a small skew (within ±7°) from
/// its text lines and rotates it away (Leptonica's pixFindSkewAndDeskew).
straightened straighten(const gray_image& image, int turns);

}  // namespace budgetpdf::detail
