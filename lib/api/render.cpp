// render_page_overlay: a page rendered with poppler-cpp, and the boxes layout found on it
// (tables, header cells, data cells, rows) outlined in colour, written as a PNG.
#include "api/render.hpp"

#include "pdf/pdf_reader.hpp"
#include "pdf/poppler_global.hpp"

#include <budgetpdf/error.hpp>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
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

// Outlines the box's edges inward from its border, `thickness` pixels wide, clipped to the
// image (points -> pixels: scale = dpi / 72).
void draw_outline(pixel_image& img, const outline& o, double scale) {
  if (img.width <= 0 || img.height <= 0) return;
  auto px = [&](double v, int limit) {
    return std::clamp(static_cast<int>(std::lround(v * scale)), 0, limit - 1);
  };
  const int x0 = px(std::min(o.where.x0, o.where.x1), img.width);
  const int x1 = px(std::max(o.where.x0, o.where.x1), img.width);
  const int y0 = px(std::min(o.where.y0, o.where.y1), img.height);
  const int y1 = px(std::max(o.where.y0, o.where.y1), img.height);
  const std::uint32_t argb = 0xFF000000u | (o.rgb & 0xFFFFFFu);
  auto put = [&](int x, int y) {
    if (x < x0 || y < y0 || x > x1 || y > y1) return;  // a thick outline of a tiny box
    img.argb[static_cast<std::size_t>(y) * static_cast<std::size_t>(img.width) +
             static_cast<std::size_t>(x)] = argb;
  };
  for (int k = 0; k < std::max(1, o.thickness); ++k) {
    for (int x = x0; x <= x1; ++x) {
      put(x, y0 + k);
      put(x, y1 - k);
    }
    for (int y = y0; y <= y1; ++y) {
      put(x0 + k, y);
      put(x1 - k, y);
    }
  }
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
  ensure_poppler_initialized();
  // load_from_data takes over the byte_array's contents, so the document owns its bytes.
  poppler::byte_array data(bytes.begin(), bytes.end());
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_data(&data, password, password));
  if (!doc) throw error(error_code::damaged_pdf, "poppler-cpp cannot open the PDF for rendering");
  if (doc->is_locked())
    throw error(error_code::encrypted, "the PDF is encrypted and the password does not open it");
  check_page(page, doc->pages());
  std::unique_ptr<poppler::page> p(doc->create_page(page - 1));
  if (!p) throw error(error_code::internal, "poppler-cpp cannot load page " + std::to_string(page));

  poppler::page_renderer renderer;
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  renderer.set_image_format(poppler::image::format_argb32);
  // The renderer applies the page's /Rotate: the picture is in page_content's displayed frame.
  poppler::image rendered = renderer.render_page(p.get(), dpi, dpi);
  if (!rendered.is_valid() || rendered.format() != poppler::image::format_argb32)
    throw error(error_code::internal, "poppler-cpp failed to render page " + std::to_string(page));

  pixel_image img;
  img.width = rendered.width();
  img.height = rendered.height();
  img.argb.resize(static_cast<std::size_t>(img.width) * static_cast<std::size_t>(img.height));
  // argb32 rows are native-endian 32-bit words, possibly padded to bytes_per_row.
  const char* src = rendered.const_data();
  for (int y = 0; y < img.height; ++y)
    std::memcpy(img.argb.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(img.width),
                src + static_cast<std::ptrdiff_t>(y) * rendered.bytes_per_row(),
                static_cast<std::size_t>(img.width) * 4);
  const double scale = dpi / 72.0;
  for (const outline& o : outlines) draw_outline(img, o, scale);
  return img;
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

void write_png(const pixel_image& image, double dpi, const std::string& path) {
  poppler::image out(image.width, image.height, poppler::image::format_argb32);
  if (!out.is_valid()) throw error(error_code::internal, "cannot allocate the PNG image");
  char* dst = out.data();
  for (int y = 0; y < image.height; ++y)
    std::memcpy(
        dst + static_cast<std::ptrdiff_t>(y) * out.bytes_per_row(),
        image.argb.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(image.width),
        static_cast<std::size_t>(image.width) * 4);
  if (!out.save(path, "png", static_cast<int>(std::lround(dpi))))
    throw error(error_code::io_error, "cannot write " + path);
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
