// Ink that OCR's page layout analysis left unread: a short token alone in a narrow cell
// ("01" under 款, "11" under 项) is often dropped as noise when a whole page is segmented,
// though Tesseract reads it well as a line of its own.
#pragma once

#include "ocr/gray_image.hpp"
#include "ocr/tesseract_engine.hpp"

#include <vector>

namespace budgetpdf::detail {

/// Boxes (pixels, origin top-left) of printed marks no word of `words` covers: clusters of
/// ink from about the height of the page's words to three times it (a title's character),
/// their characters closer than half a character.
/// Specks, lines and pictures (shorter, taller or fainter) are not returned. At most
/// `max_boxes`, top to bottom. `image` has its rulings erased.
std::vector<pixel_box> unread_ink(const gray_image& image, const std::vector<ocr_word>& words,
                                  double dpi, std::size_t max_boxes = 400);

}  // namespace budgetpdf::detail
