// Renders a page to PNG (poppler-cpp), with rectangles drawn over it to show what layout saw.
#include "pdf/page_image.hpp"

#include "pdf/poppler_global.hpp"

#include <budgetpdf/error.hpp>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cmath>
#include <cstring>

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

void draw_outline(poppler::image& img, const outline& o, double scale) {
  const int w = img.width(), h = img.height();
  auto px = [&](double v, int limit) {
    return std::clamp(static_cast<int>(std::lround(v * scale)), 0, limit - 1);
  };
  const int x0 = px(std::min(o.where.x0, o.where.x1), w),
            x1 = px(std::max(o.where.x0, o.where.x1), w);
  const int y0 = px(std::min(o.where.y0, o.where.y1), h),
            y1 = px(std::max(o.where.y0, o.where.y1), h);
  const std::uint32_t argb = 0xFF000000u | (o.rgb & 0xFFFFFFu);
  char* data = img.data();
  const int stride = img.bytes_per_row();
  auto put = [&](int x, int y) {
    if (x < 0 || y < 0 || x >= w || y >= h) return;
    std::memcpy(data + static_cast<std::ptrdiff_t>(y) * stride + x * 4, &argb, 4);
  };
  const int t = std::max(1, o.thickness);
  for (int k = 0; k < t; ++k) {
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

void page_image::write_png(int number, double dpi, std::span<const outline> outlines,
                           const std::string& path) const {
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
  poppler::image img = renderer.render_page(page.get(), dpi, dpi);
  if (!img.is_valid()) {
    throw error(error_code::internal,
                "poppler-cpp failed to render page " + std::to_string(number));
  }
  // argb32 pixels are native-endian 32-bit words, as written by draw_outline.
  const double scale = dpi / 72.0;
  for (const outline& o : outlines) draw_outline(img, o, scale);
  if (!img.save(path, "png", static_cast<int>(std::lround(dpi)))) {
    throw error(error_code::io_error, "cannot write " + path);
  }
}

}  // namespace budgetpdf::detail
