// render_page_overlay: a page rendered (pdf/page_image), and the boxes layout found on it
// (tables, header cells, data cells, rows) outlined in colour, written as a PNG.
#include "api/render.hpp"

#include "pdf/page_image.hpp"
#include "pdf/pdf_reader.hpp"

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

std::vector<unsigned char> read_pdf(const std::string& path, std::size_t max_bytes) {
  std::error_code ec;
  auto size = std::filesystem::file_size(path, ec);
  if (ec) throw error(error_code::io_error, "cannot read " + path + ": " + ec.message());
  if (size > max_bytes)
    throw error(error_code::too_large, path + " has " + std::to_string(size) +
                                           " bytes, over the limit of " +
                                           std::to_string(max_bytes));
  std::ifstream in(path, std::ios::binary);
  std::vector<unsigned char> bytes(size);
  if (!in || !in.read(reinterpret_cast<char*>(bytes.data()), std::streamsize(size)))
    throw error(error_code::io_error, "cannot read " + path);
  return bytes;
}

}  // namespace

page_overlay layout_overlay(std::span<const unsigned char> bytes, int page,
                            const parse_options& options) {
  using clock = std::chrono::steady_clock;
  const auto deadline = clock::now() + std::chrono::duration_cast<clock::duration>(
                                           std::chrono::duration<double>(options.max_seconds));
  auto reader = pdf_reader::open(bytes, options);
  check_page(page, reader->page_count());
  // Tables continue over pages, so the engine sees every page up to this one, exactly as
  // parse_memory feeds it (pages without words are skipped).
  layout_engine engine;
  for (int p = 1; p <= page; ++p) {
    auto content = reader->read_page(p, deadline);
    if (!content.words.empty()) engine.add_page(content);
  }
  const auto& all = engine.overlays();
  auto it = all.find(page);
  return it == all.end() ? page_overlay{} : it->second;
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

pixel_image render_overlay(std::span<const unsigned char> bytes, int page,
                           const render_options& options, render_result& counts) {
  if (!(options.dpi >= 10 && options.dpi <= 2400))
    throw std::invalid_argument("dpi must be between 10 and 2400");
  const page_overlay overlay = layout_overlay(bytes, page, options.parse);
  const auto outlines = overlay_outlines(overlay, options);
  pixel_image img = render_page_pixels(bytes, options.parse.password, page, options.dpi, outlines);
  counts = {};
  counts.width = img.width;
  counts.height = img.height;
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
  const auto bytes = detail::read_pdf(pdf_path, options.parse.max_bytes);
  render_result counts;
  const auto image = detail::render_overlay(bytes, page, options, counts);
  detail::write_png(image, options.dpi, png_path);
  return counts;
}

}  // namespace budgetpdf
