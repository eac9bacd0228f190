// Grey pictures and their straightening with Leptonica.
#include "ocr/gray_image.hpp"

#include <budgetpdf/error.hpp>

#include <leptonica/allheaders.h>

#include <cmath>
#include <memory>

namespace budgetpdf::detail {

namespace {

struct pix_deleter {
  void operator()(Pix* p) const { pixDestroy(&p); }
};
using pix_ptr = std::unique_ptr<Pix, pix_deleter>;

pix_ptr to_pix(const gray_image& g) {
  pix_ptr pix(pixCreate(g.width, g.height, 8));
  if (!pix) throw error(error_code::too_large, "cannot allocate the page picture for OCR");
  l_uint32* data = pixGetData(pix.get());
  const l_int32 wpl = pixGetWpl(pix.get());
  for (int y = 0; y < g.height; ++y) {
    l_uint32* line = data + static_cast<std::ptrdiff_t>(y) * wpl;
    for (int x = 0; x < g.width; ++x) SET_DATA_BYTE(line, x, g.at(x, y));
  }
  return pix;
}

gray_image from_pix(Pix* pix) {
  gray_image g;
  g.width = static_cast<int>(pixGetWidth(pix));
  g.height = static_cast<int>(pixGetHeight(pix));
  g.px.resize(static_cast<std::size_t>(g.width) * static_cast<std::size_t>(g.height));
  const l_uint32* data = pixGetData(pix);
  const l_int32 wpl = pixGetWpl(pix);
  for (int y = 0; y < g.height; ++y) {
    const l_uint32* line = data + static_cast<std::ptrdiff_t>(y) * wpl;
    for (int x = 0; x < g.width; ++x)
      g.at(x, y) = static_cast<std::uint8_t>(GET_DATA_BYTE(line, x));
  }
  return g;
}

}  // namespace

straightened straighten(const gray_image& image, int turns) {
  straightened out;
  pix_ptr pix = to_pix(image);
  turns = ((turns % 4) + 4) % 4;
  if (turns != 0) {
    pix.reset(pixRotateOrth(pix.get(), turns));
    if (!pix) throw error(error_code::too_large, "cannot turn the page picture for OCR");
    out.turns = turns;
  }
  l_float32 angle = 0, confidence = 0;
  // Sweeps ±7° (Leptonica's default) at a reduced scale, then refines; returns a copy when
  // the skew is too small or too uncertain to undo.
  pix_ptr deskewed(pixFindSkewAndDeskew(pix.get(), 0, &angle, &confidence));
  if (deskewed) {
    // Leptonica deskews only when it is confident enough (its own threshold).
    if (confidence >= 3.0f && std::abs(angle) >= 0.1f) out.skew_degrees = angle;
    out.image = from_pix(deskewed.get());
  } else {
    out.image = from_pix(pix.get());
  }
  return out;
}

}  // namespace budgetpdf::detail
