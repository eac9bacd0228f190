// Ruling lines of a scanned page: long thin dark strokes in its picture.
#pragma once

#include "ocr/gray_image.hpp"
#include "pdf/page_content.hpp"

#include <vector>

namespace budgetpdf::detail {

/// Horizontal and vertical strokes at least 25 pt long and at most 4 pt thick: runs of dark
/// pixels (a few pixels of gap allowed, for JPEG artefacts and worn print) on consecutive
/// rows (columns) that overlap. Points = pixels * 72 / dpi, in the picture's frame. Character
/// strokes are shorter than 25 pt for any table font.
std::vector<ruling> find_rulings(const gray_image& image, double dpi);

/// Paints the pixels of `lines` (with a pixel of margin) white, so that OCR does not read
/// table borders as characters (|, 一, 1).
void erase_rulings(gray_image& image, const std::vector<ruling>& lines, double dpi);

}  // namespace budgetpdf::detail
