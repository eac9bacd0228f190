// Tesseract's words as page_content words: points, normalized text, one box per character.
#pragma once

#include "ocr/tesseract_engine.hpp"
#include "pdf/page_content.hpp"

#include <vector>

namespace budgetpdf::detail {

/// Converts words read at `dpi` (pixels -> points: 72 / dpi), normalizing their text as the
/// PDF stage does (text/normalize), one glyph box per character from Tesseract's symbols.
/// Drops what is noise rather than print: empty words, specks smaller than 3 pt, and
/// low-confidence words without a digit, letter or ideograph ("|", "'", "."). Words on one
/// printed line get one baseline (Tesseract fits lines per cell in a table).
std::vector<word> to_page_words(const std::vector<ocr_word>& words, double dpi);

}  // namespace budgetpdf::detail
