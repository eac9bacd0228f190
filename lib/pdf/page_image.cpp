// Renders a page (poppler-cpp) to pixels or a PNG, with rectangles drawn over it to show what
// layout saw.
#include "pdf/page_image.hpp"

#include "pdf/poppler_global.hpp"

#include <budgetpdf/error.hpp>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <string>

namespace budgetpdf::detail {

struct page_image::members {
  std::unique_ptr<poppler::document> doc;
};

page_image::page_image(std::unique_ptr<members> m) : m_(std::move(m)) {}
page_image::~page_image() = default;

std::unique_ptr<page_image> page_image::open(std::span<const unsigned char> bytes,
                                             const std::string& password) {
  ensure_poppler_initialized();
  // load_from_data takes over the byte_array's contents, so the document owns its bytes.
  poppler::byte_array data(bytes.begin(), bytes.end());
  auto m = std::make_unique<members>();
  m->doc.reset(poppler::document::load_from_data(&data, password, password));
  if (!m->doc) {
    throw error(error_code::damaged_pdf, "poppler-cpp cannot open the PDF for rendering");
  }
  if (m->doc->is_locked()) {
    throw error(error_code::encrypted, "the PDF is encrypted and the password does not open it");
  }
  return std::unique_ptr<page_image>(new page_image(std::move(m)));
}

int page_image::page_count() const { return m_->doc->pages(); }

namespace {

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

}  // namespace

pixel_image page_image::render(int number, double dpi, std::span<const outline> outlines) const {
  if (number < 1 || number > page_count()) {
    throw error(error_code::internal, "page " + std::to_string(number) + " does not exist");
  }
  std::unique_ptr<poppler::page> page(m_->doc->create_page(number - 1));
  if (!page)
    throw error(error_code::internal, "poppler-cpp cannot load page " + std::to_string(number));
  poppler::page_renderer renderer;
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  renderer.set_image_format(poppler::image::format_argb32);
  // The renderer applies the page's /Rotate, matching page_content's displayed frame.
  poppler::image rendered = renderer.render_page(page.get(), dpi, dpi);
  if (!rendered.is_valid() || rendered.format() != poppler::image::format_argb32) {
    throw error(error_code::internal,
                "poppler-cpp failed to render page " + std::to_string(number));
  }
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

void page_image::write_png(int number, double dpi, std::span<const outline> outlines,
                           const std::string& path) const {
  detail::write_png(render(number, dpi, outlines), dpi, path);
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
  // poppler::image::save crashes when it cannot open `path` (poppler 22.12's PNGWriter is
  // destroyed with uninitialized libpng pointers; seen under ASan), so check first.
  if (std::FILE* f = std::fopen(path.c_str(), "wb")) {
    std::fclose(f);
  } else {
    throw error(error_code::io_error, "cannot write " + path);
  }
  if (!out.save(path, "png", static_cast<int>(std::lround(dpi))))
    throw error(error_code::io_error, "cannot write " + path);
}

}  // namespace budgetpdf::detail
