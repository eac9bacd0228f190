// A picture of one page with what layout understood drawn over it, to check a page at a
// glance: table regions, header cells, data cells and rows as coloured outlines.
#pragma once

#include <budgetpdf/options.hpp>
#include <budgetpdf/types.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace budgetpdf {

/// What render_page_overlay() draws, and how.
struct render_options {
  double dpi = 110;  ///< pixels per inch: a point becomes dpi/72 pixels
  /// Largest picture drawn. A page that would be larger at `dpi` is drawn at the highest dpi
  /// that fits (render_result::dpi, and a "render-downscaled" diagnostic); one that does not
  /// fit even at 10 dpi is error(too_large). The picture's memory (4 bytes a pixel, held
  /// three times while it is drawn and written) also counts against parse.max_memory.
  double max_pixels = 50e6;
  /// Password and limits for reading the PDF. The pages before the one drawn are read too
  /// (a table may start on an earlier page), so max_seconds counts them.
  parse_options parse;

  /// Outline colours as 0xRRGGBB, and which kinds to draw. Drawn in this order, so a table
  /// border stays visible over the cells on its edge.
  std::uint32_t row_rgb = 0xF0A000;          ///< each row, thin (orange)
  std::uint32_t cell_rgb = 0x00A000;         ///< each data cell with text (green)
  std::uint32_t header_cell_rgb = 0x0050FF;  ///< each header cell (blue)
  std::uint32_t table_rgb = 0xE00000;        ///< each table region, thick (red)
  bool rows = true, cells = true, header_cells = true, tables = true;
};

/// How many outlines of each kind were drawn, and the picture's size.
struct render_result {
  int width = 0, height = 0;  ///< pixels
  double dpi = 0;             ///< the resolution drawn at (below the one asked if downscaled)
  std::size_t tables = 0, header_cells = 0, cells = 0, rows = 0;
  /// What the reader should know: "render-downscaled", and poppler's own messages about the
  /// file ("poppler-message", info) instead of lines on stderr.
  std::vector<diagnostic> diagnostics;
};

/// Renders page `page` (1-based) of the PDF at `pdf_path` to a PNG at `png_path`, with
/// the table regions, header cells, data cells and rows layout found on it outlined.
/// Pages 1..`page` are read so that a table continued from an earlier page is drawn as
/// the parse sees it. A page without tables is rendered without outlines.
///
/// Throws budgetpdf::error for an input that cannot be read (as parse_file does),
/// error(too_large) for a page too large to draw within max_pixels even at 10 dpi, and
/// error(io_error) when the PNG cannot be written; std::out_of_range when the page does
/// not exist; std::invalid_argument for a dpi outside 10..2400.
///
/// **Example**:
///   budgetpdf::render_options opt;
///   opt.dpi = 150;
///   auto r = budgetpdf::render_page_overlay("budget.pdf", 3, "page3.png", opt);
///   std::cout << r.tables << " tables, " << r.cells << " cells\n";
render_result render_page_overlay(const std::string& pdf_path, int page,
                                  const std::string& png_path, const render_options& options = {});

}  // namespace budgetpdf
