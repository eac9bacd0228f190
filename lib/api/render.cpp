// render_page_overlay: a page rendered (pdf/page_image), and the boxes layout found on it
// (tables, header cells, data cells, rows) outlined in colour, written as a PNG.
#include "api/render.hpp"

#include "api/ocr_pages.hpp"
#include "base/deadline.hpp"
#include "pdf/page_image.hpp"
#include "pdf/pdf_reader.hpp"
#include "pdf/poppler_global.hpp"

#include <budgetpdf/error.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace budgetpdf::detail {

namespace {

void check_page(int page, int page_count) {
  if (page < 1 || page > page_count)
    throw std::out_of_range("page " + std::to_string(page) + " does not exist: the PDF has " +
                            std::to_string(page_count) + " page" + (page_count == 1 ? "" : "s"));
}

}  // namespace

page_overlay layout_overlay(std::span<const unsigned char> bytes, int page,
                            const parse_options& options, double* width, double* height) {
  const auto deadline = deadline_after(options.max_seconds);
  auto reader = pdf_reader::open(bytes, options);
  check_page(page, reader->page_count());
  // Tables continue over pages, so the engine sees every page up to this one, exactly as
  // parse_memory feeds it (pages without words are skipped; scans read by OCR as there).
  layout_engine engine;
  ocr_pages ocr(bytes, options);
  page_content last;
  for (int p = 1; p <= page; ++p) {
    auto content = reader->read_page(p, deadline);
    if (ocr.wants(content)) content = ocr.read(std::move(content), deadline);
    if (!content.words.empty()) engine.add_page(content);
    if (p == page) last = std::move(content);
  }
  // Layout works in the page's reading frame; the picture shows the displayed page.
  const bool upright = last.reading_turns % 2 == 0;
  if (width) *width = upright ? last.width : last.height;
  if (height) *height = upright ? last.height : last.width;
  const auto& all = engine.overlays();
  auto it = all.find(page);
  if (it == all.end()) return {};
  page_overlay overlay = it->second;
  for (auto* boxes : {&overlay.tables, &overlay.header_cells, &overlay.cells, &overlay.rows})
    for (box& b : *boxes) b = to_displayed_frame(last, b);
  return overlay;
}

std::vector<outline> overlay_outlines(const page_overlay& overlay, const render_options& options) {
  const int thin = std::max(1, static_cast<int>(std::lround(options.dpi / 110)));
  const int thick = std::max(2, static_cast<int>(std::lround(3 * options.dpi / 110)));
  const double pixel = 72 / options.dpi;  // one pixel in points
  std::vector<outline> out;
  // Outlines are drawn inward from a box's edge; `grow` pixels move them outward first, so
  // they surround what they mark instead of covering it.
  auto add = [&](bool on, const std::vector<box>& boxes, std::uint32_t rgb, int thickness,
                 int grow) {
    if (!on) return;
    const double g = grow * pixel;
    for (const box& b : boxes)
      out.push_back({{b.x0 - g, b.y0 - g, b.x1 + g, b.y1 + g}, rgb, thickness});
  };
  // Rows and header cells follow ruling lines: drawn on them. Data cells are text boxes:
  // one pixel outside the glyphs. Table regions: just outside the grid or the text.
  add(options.rows, overlay.rows, options.row_rgb, thin, 0);
  add(options.cells, overlay.cells, options.cell_rgb, thin, thin);
  add(options.header_cells, overlay.header_cells, options.header_cell_rgb, thin, 0);
  add(options.tables, overlay.tables, options.table_rgb, thick, thick + thin);
  return out;
}

pixel_image render_page_pixels(std::span<const unsigned char> bytes, const std::string& password,
                               int page, double dpi, std::span<const outline> outlines) {
  auto pdf = page_image::open(bytes, password);
  check_page(page, pdf->page_count());
  return pdf->render(page, dpi, outlines);
}

double fitting_dpi(double width, double height, const render_options& options, int page) {
  // Pixels held: poppler's picture, ours, and the PNG writer's copy, 4 bytes each.
  const double by_memory = double(options.parse.max_memory) / 12;
  const double limit = std::min(options.max_pixels, by_memory);
  auto pixels = [&](double dpi) { return (width * dpi / 72 + 1) * (height * dpi / 72 + 1); };
  if (pixels(options.dpi) <= limit) return options.dpi;
  double dpi = std::floor(options.dpi * std::sqrt(limit / pixels(options.dpi)));
  while (dpi >= 10 && pixels(dpi) > limit) --dpi;
  if (dpi < 10)
    throw error(error_code::too_large,
                "page " + std::to_string(page) + " is " + std::to_string(std::lround(width)) +
                    " x " + std::to_string(std::lround(height)) +
                    " pt: even at 10 dpi its picture would exceed the limit of " +
                    std::to_string(std::llround(limit)) +
                    " pixels (render_options::max_pixels, parse_options::max_memory)");
  return dpi;
}

pixel_image render_overlay(std::span<const unsigned char> bytes, int page,
                           const render_options& options, render_result& counts) {
  if (!(options.dpi >= 10 && options.dpi <= 2400))
    throw std::invalid_argument("dpi must be between 10 and 2400");
  counts = {};
  poppler_messages said;
  double width = 0, height = 0;
  const page_overlay overlay = layout_overlay(bytes, page, options.parse, &width, &height);
  render_options fitted = options;
  fitted.dpi = fitting_dpi(width, height, options, page);
  if (fitted.dpi != options.dpi) {
    diagnostic d;
    d.code = diagnostic_code::render_downscaled;
    d.message =
        "page " + std::to_string(page) + " drawn at " + std::to_string(std::lround(fitted.dpi)) +
        " dpi instead of " + std::to_string(std::lround(options.dpi)) + ": at " +
        std::to_string(std::lround(options.dpi)) + " dpi the picture would exceed the limit of " +
        std::to_string(
            std::llround(std::min(options.max_pixels, double(options.parse.max_memory) / 12))) +
        " pixels";
    d.at.page = page;
    counts.diagnostics.push_back(std::move(d));
  }
  const auto outlines = overlay_outlines(overlay, fitted);
  pixel_image img = render_page_pixels(bytes, options.parse.password, page, fitted.dpi, outlines);
  for (const auto& m : said.messages()) {
    diagnostic d;
    d.level = diagnostic::severity::info;
    d.code = diagnostic_code::poppler_message;
    d.message = m;
    counts.diagnostics.push_back(std::move(d));
  }
  counts.width = img.width;
  counts.height = img.height;
  counts.dpi = fitted.dpi;
  if (options.tables) counts.tables = overlay.tables.size();
  if (options.header_cells) counts.header_cells = overlay.header_cells.size();
  if (options.cells) counts.cells = overlay.cells.size();
  if (options.rows) counts.rows = overlay.rows.size();
  return img;
}

}  // namespace budgetpdf::detail

namespace budgetpdf {

render_result render_page_overlay(const std::string& pdf_path, int page,
                                  const std::string& png_path, const render_options& options) {
  const auto bytes = detail::read_pdf_file(pdf_path, options.parse.max_bytes);
  render_result counts;
  const auto image = detail::render_overlay(bytes, page, options, counts);
  detail::write_png(image, counts.dpi, png_path);
  return counts;
}

}  // namespace budgetpdf
