// Renders a page (poppler-cpp) to pixels or a PNG, with rectangles drawn over it to show what
// layout saw.
#pragma once

#include <budgetpdf/types.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace budgetpdf::detail {

/// A rectangle to outline on the rendered page, in page points in the displayed frame (the
/// frame of page_content: origin top-left, y down, /Rotate applied).
struct outline {
  box where;
  std::uint32_t rgb = 0xFF0000;  ///< 0xRRGGBB
  int thickness = 1;             ///< in pixels
};

/// A rendered page in memory: 0xAARRGGBB words, row by row from the top-left pixel.
struct pixel_image {
  int width = 0, height = 0;
  std::vector<std::uint32_t> argb;

  std::uint32_t at(int x, int y) const {
    return argb[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) +
                static_cast<std::size_t>(x)];
  }
  /// The colour at (x, y) without alpha: 0xRRGGBB.
  std::uint32_t rgb(int x, int y) const { return at(x, y) & 0xFFFFFFu; }
};

/// Writes `image` as a PNG (8-bit RGB), recording `dpi` in it. Throws error(io_error) when it
/// cannot be written, error(internal) when the image cannot be allocated.
void write_png(const pixel_image& image, double dpi, const std::string& path);

/// A PDF opened for rendering. Debug output only: it does not take part in extraction.
///
/// **Example**:
///   auto pdf = page_image::open(bytes);
///   std::vector<outline> cells = {{{72, 100, 200, 118}, 0x0000FF}};
///   pdf->write_png(8, 100, cells, "page8.png");  // 100 dpi: 1 pt = 100/72 px
class page_image {
 public:
  /// Throws budgetpdf::error (damaged_pdf, or encrypted for a missing/wrong password).
  static std::unique_ptr<page_image> open(std::span<const unsigned char> bytes,
                                          const std::string& password = {});
  ~page_image();
  page_image(const page_image&) = delete;
  page_image& operator=(const page_image&) = delete;

  int page_count() const;

  /// Renders page `number` (1-based) at `dpi` (the page's /Rotate applied, as in
  /// page_content's frame) and draws `outlines` over it (points -> pixels: dpi/72), each
  /// inward from its box's edge and clipped to the box. Throws error(internal) for a bad page
  /// number or a failed render.
  pixel_image render(int number, double dpi, std::span<const outline> outlines) const;

  /// render() written as a PNG to `path` (detail::write_png). Throws error(io_error) when it
  /// cannot be written, error(internal) for a bad page number or a failed render.
  void write_png(int number, double dpi, std::span<const outline> outlines,
                 const std::string& path) const;

 private:
  struct members;
  explicit page_image(std::unique_ptr<members> m);
  std::unique_ptr<members> m_;
};

}  // namespace budgetpdf::detail
