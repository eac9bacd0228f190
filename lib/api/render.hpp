// The steps of render_page_overlay(), exposed for tests: which boxes layout found on a page,
// the outlines drawn for them, and the page rendered to pixels with the outlines. The pixels
// (pixel_image) and the PNG writer (write_png) come from pdf/page_image.hpp.
#pragma once

#include <budgetpdf/render.hpp>

#include "layout/layout_engine.hpp"
#include "pdf/page_image.hpp"

#include <span>
#include <string>
#include <vector>

namespace budgetpdf::detail {

/// What layout found on page `page`: feeds pages 1..page (those with text, as parse_memory
/// does) to a layout engine and returns the page's overlay (empty if it has none), its boxes
/// in the displayed frame (page_image's, /Rotate applied; layout reads a page whose text runs
/// sideways turned, see page_content). `width`/`height`, when given, get the displayed
/// page's size in points. Throws as parse_memory does for unreadable input;
/// std::out_of_range for a bad page.
page_overlay layout_overlay(std::span<const unsigned char> bytes, int page,
                            const parse_options& options, double* width = nullptr,
                            double* height = nullptr);

/// The outlines drawn for `overlay`, in drawing order: rows, data cells, header cells,
/// tables; thickness grows with the dpi (tables 3 px and the rest 1 px at 110 dpi). Rows and
/// header cells lie on their boxes' edges, data cells one line width outside, tables just
/// outside (their boxes grown by thickness + 1 line width).
std::vector<outline> overlay_outlines(const page_overlay& overlay, const render_options& options);

/// Page `page` rendered at `dpi` (the page's /Rotate applied, as in page_content's frame)
/// with `outlines` drawn over it (page_image::render). Throws error(damaged_pdf|encrypted)
/// when the bytes cannot be opened, std::out_of_range for a bad page, error(internal) when
/// the render fails.
pixel_image render_page_pixels(std::span<const unsigned char> bytes, const std::string& password,
                               int page, double dpi, std::span<const outline> outlines);

/// layout_overlay + overlay_outlines + render_page_pixels, at options.dpi or, for a page
/// whose picture would exceed options.max_pixels (or a twelfth of parse.max_memory), at the
/// highest dpi that fits; `counts` gets the numbers of outlines of each kind, the picture's
/// size and dpi, and the diagnostics (render-downscaled, poppler's messages).
/// error(too_large) when not even 10 dpi fits.
pixel_image render_overlay(std::span<const unsigned char> bytes, int page,
                           const render_options& options, render_result& counts);

}  // namespace budgetpdf::detail
