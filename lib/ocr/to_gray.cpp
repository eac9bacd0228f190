// A rendering into a grey picture: plain pixel arithmetic, in the library (Leptonica's part
// of gray_image.hpp is in the OCR module).
#include "ocr/gray_image.hpp"

namespace budgetpdf::detail {

gray_image to_gray(const pixel_image& image) {
  gray_image g;
  g.width = image.width;
  g.height = image.height;
  g.px.resize(image.argb.size());
  for (std::size_t i = 0; i < image.argb.size(); ++i) {
    const std::uint32_t c = image.argb[i];
    const unsigned r = (c >> 16) & 0xFF, gr = (c >> 8) & 0xFF, b = c & 0xFF;
    g.px[i] = static_cast<std::uint8_t>((r * 299 + gr * 587 + b * 114) / 1000);
  }
  return g;
}

}  // namespace budgetpdf::detail
