// Renders a page to PNG (poppler-cpp), with rectangles drawn over it to show what layout saw.
#pragma once

#include <budgetpdf/types.hpp>

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

  /// Renders page `number` (1-based) at `dpi`, draws `outlines` (points -> pixels: dpi/72),
  /// and writes a PNG to `path`. Throws error(io_error) when it cannot be written,
  /// error(internal) for a bad page number or a failed render.
  void write_png(int number, double dpi, std::span<const outline> outlines,
                 const std::string& path) const;

 private:
  struct members;
  explicit page_image(std::unique_ptr<members> m);
  std::unique_ptr<members> m_;
};

}  // namespace budgetpdf::detail
