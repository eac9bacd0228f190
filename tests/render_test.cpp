// render: the page picture with layout's boxes outlined (api/render.hpp). The PNG on disk is
// checked for its size; the pixels are checked in memory, where render_overlay() produces
// exactly what write_png() saves: every pixel the overlay changed has an overlay colour,
// each kind of box is drawn, and the boxes sit on the page's printed grid, also on a
// /Rotate 90 page.
#include "api/render.hpp"

#include "pdf/pdf_reader.hpp"
#include "test_paths.hpp"

#include <budgetpdf/error.hpp>
#include <budgetpdf/render.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

using budgetpdf::box;
using budgetpdf::error;
using budgetpdf::error_code;
using budgetpdf::render_options;
using budgetpdf::render_result;
using namespace budgetpdf::detail;

namespace {

std::filesystem::path sample(const std::string& name) {
  return budgetpdf::test::samples_dir() / name;
}

std::vector<unsigned char> read_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in, "cannot read " << path.string());
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::filesystem::path out_dir() {
  auto dir = std::filesystem::path(BUDGETPDF_BINARY_DIR) / "render_test";
  std::filesystem::create_directories(dir);
  return dir;
}

struct png_header {
  std::uint32_t width = 0, height = 0;
  int bit_depth = 0, colour_type = 0;
};

// The PNG signature and its IHDR chunk, which must come first.
png_header read_png_header(const std::filesystem::path& path) {
  auto bytes = read_bytes(path);
  REQUIRE(bytes.size() > 33);
  const std::array<unsigned char, 8> signature = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  for (std::size_t i = 0; i < signature.size(); ++i) REQUIRE(bytes[i] == signature[i]);
  REQUIRE(std::string(bytes.begin() + 12, bytes.begin() + 16) == "IHDR");
  auto be32 = [&](std::size_t at) {
    return std::uint32_t(bytes[at]) << 24 | std::uint32_t(bytes[at + 1]) << 16 |
           std::uint32_t(bytes[at + 2]) << 8 | std::uint32_t(bytes[at + 3]);
  };
  return {be32(16), be32(20), bytes[24], bytes[25]};
}

constexpr double dpi = 110;
constexpr double scale = dpi / 72;

// Counts of each 0xRRGGBB among the pixels that differ from `base`.
std::map<std::uint32_t, std::size_t> changed_colours(const pixel_image& base,
                                                     const pixel_image& drawn) {
  REQUIRE(base.width == drawn.width);
  REQUIRE(base.height == drawn.height);
  std::map<std::uint32_t, std::size_t> out;
  for (std::size_t i = 0; i < base.argb.size(); ++i)
    if (base.argb[i] != drawn.argb[i]) ++out[drawn.argb[i] & 0xFFFFFFu];
  return out;
}

std::size_t count_colour(const pixel_image& img, std::uint32_t rgb) {
  std::size_t n = 0;
  for (auto p : img.argb) n += (p & 0xFFFFFFu) == rgb;
  return n;
}

bool dark(std::uint32_t argb) {
  const int r = (argb >> 16) & 0xFF, g = (argb >> 8) & 0xFF, b = argb & 0xFF;
  return r + g + b < 3 * 128;
}

// Whether the horizontal run of pixels y, x0..x1 (pixels) holds `rgb` somewhere.
bool has_colour_in_row(const pixel_image& img, int y, int x0, int x1, std::uint32_t rgb) {
  for (int x = std::max(0, x0); x <= std::min(img.width - 1, x1); ++x)
    if (y >= 0 && y < img.height && img.rgb(x, y) == rgb) return true;
  return false;
}

// Checks that the outline of table `t` is drawn just outside it, in the table colour, along
// the middle of each of its four edges, and that the page itself has a printed rule there
// (the ruled tables of the samples): the box lands on the grid, not beside it.
void check_table_outline(const pixel_image& base, const pixel_image& drawn, const box& t,
                         const render_options& o) {
  const int x0 = int(std::lround(t.x0 * scale)), x1 = int(std::lround(t.x1 * scale));
  const int y0 = int(std::lround(t.y0 * scale)), y1 = int(std::lround(t.y1 * scale));
  const int xm = (x0 + x1) / 2, ym = (y0 + y1) / 2;
  CAPTURE(x0);
  CAPTURE(y0);
  CAPTURE(x1);
  CAPTURE(y1);
  REQUIRE(x0 >= 0);
  REQUIRE(y0 >= 0);
  REQUIRE(x1 < drawn.width);
  REQUIRE(y1 < drawn.height);
  bool top = false, bottom = false, left = false, right = false;
  for (int d = 0; d <= 8; ++d) {
    top = top || drawn.rgb(xm, std::max(0, y0 - d)) == o.table_rgb;
    bottom = bottom || drawn.rgb(xm, std::min(drawn.height - 1, y1 + d)) == o.table_rgb;
    left = left || drawn.rgb(std::max(0, x0 - d), ym) == o.table_rgb;
    right = right || drawn.rgb(std::min(drawn.width - 1, x1 + d), ym) == o.table_rgb;
  }
  CHECK(top);
  CHECK(bottom);
  CHECK(left);
  CHECK(right);
  // Inside, well away from the edges, no table colour.
  CHECK_FALSE(has_colour_in_row(drawn, ym, x0 + 12, x1 - 12, o.table_rgb));
  // The printed grid's outer rules are under the box's edges (within 3 px).
  bool rule_top = false, rule_left = false;
  for (int d = -3; d <= 3; ++d) {
    rule_top = rule_top || dark(base.at(xm, y0 + d));
    rule_left = rule_left || dark(base.at(x0 + d, ym));
  }
  CHECK(rule_top);
  CHECK(rule_left);
}

}  // namespace

TEST_CASE("render_page_overlay writes a PNG of the page's size at the dpi") {
  const auto pdf = sample("s01_korla_2024_budget.pdf");
  const auto png = out_dir() / "s01_p3.png";
  std::filesystem::remove(png);
  render_options o;
  o.dpi = dpi;
  const render_result r = budgetpdf::render_page_overlay(pdf.string(), 3, png.string(), o);
  REQUIRE(std::filesystem::exists(png));

  // Page 3 is landscape A4: 841.89 x 595.28 pt -> 1286 x 909 px at 110 dpi.
  auto bytes = read_bytes(pdf);
  const auto page = pdf_reader::open(bytes, {})->read_page(3);
  CHECK(std::abs(r.width - page.width * scale) <= 1);
  CHECK(std::abs(r.height - page.height * scale) <= 1);
  CHECK(r.width == 1286);
  CHECK(r.height == 909);
  const png_header h = read_png_header(png);
  CHECK(h.width == std::uint32_t(r.width));
  CHECK(h.height == std::uint32_t(r.height));
  CHECK(h.bit_depth == 8);
  CHECK((h.colour_type == 2 || h.colour_type == 6));  // RGB or RGBA

  // 表2 starts on page 3: one ruled table with a header and 14 data rows.
  CHECK(r.tables == 1);
  CHECK(r.header_cells > 0);
  CHECK(r.rows == 14);
  CHECK(r.cells > r.rows);
}

TEST_CASE("every kind of box is outlined in its colour, and nothing else changes") {
  const auto bytes = read_bytes(sample("s01_korla_2024_budget.pdf"));
  render_options o;
  o.dpi = dpi;
  const page_overlay overlay = layout_overlay(bytes, 3, o.parse);
  REQUIRE(overlay.tables.size() == 1);
  REQUIRE_FALSE(overlay.header_cells.empty());
  REQUIRE_FALSE(overlay.cells.empty());
  REQUIRE_FALSE(overlay.rows.empty());

  const pixel_image base = render_page_pixels(bytes, "", 3, dpi, {});
  render_result counts;
  const pixel_image drawn = render_overlay(bytes, 3, o, counts);
  CHECK(counts.tables == overlay.tables.size());
  CHECK(counts.header_cells == overlay.header_cells.size());
  CHECK(counts.cells == overlay.cells.size());
  CHECK(counts.rows == overlay.rows.size());

  // The page alone has none of the overlay colours (black text and rules, anti-aliased).
  for (auto rgb : {o.table_rgb, o.header_cell_rgb, o.cell_rgb, o.row_rgb})
    CHECK(count_colour(base, rgb) == 0);

  const auto changed = changed_colours(base, drawn);
  for (const auto& [rgb, n] : changed) {
    CAPTURE(rgb);
    CHECK(
        (rgb == o.table_rgb || rgb == o.header_cell_rgb || rgb == o.cell_rgb || rgb == o.row_rgb));
  }
  // Each kind shows: thick table border (4 sides x 3 px), header cells, cells, rows.
  const double t = overlay.tables[0].x1 - overlay.tables[0].x0;
  CHECK(changed.count(o.table_rgb));
  CHECK(changed.at(o.table_rgb) > std::size_t(2 * 3 * t * scale));
  CHECK(changed.count(o.header_cell_rgb));
  CHECK(changed.count(o.cell_rgb));
  CHECK(changed.count(o.row_rgb));
  check_table_outline(base, drawn, overlay.tables[0], o);

  // A data cell's outline surrounds its text: the pixel column through its middle meets
  // the cell colour just above and below the box.
  const box c = overlay.cells.front();
  const int xm = int(std::lround((c.x0 + c.x1) / 2 * scale));
  bool above = false, below = false;
  for (int d = -1; d <= 2; ++d) {
    above = above || drawn.rgb(xm, int(std::lround(c.y0 * scale)) - d) == o.cell_rgb;
    below = below || drawn.rgb(xm, int(std::lround(c.y1 * scale)) + d) == o.cell_rgb;
  }
  CHECK(above);
  CHECK(below);
}

TEST_CASE("render_options choose the kinds drawn and their colours") {
  const auto bytes = read_bytes(sample("s01_korla_2024_budget.pdf"));
  render_options o;
  o.dpi = dpi;
  o.cells = o.header_cells = o.rows = false;
  o.table_rgb = 0xFF00FF;
  render_result counts;
  const pixel_image base = render_page_pixels(bytes, "", 3, dpi, {});
  const pixel_image drawn = render_overlay(bytes, 3, o, counts);
  CHECK(counts.tables == 1);
  CHECK(counts.cells == 0);
  CHECK(counts.header_cells == 0);
  CHECK(counts.rows == 0);
  const auto changed = changed_colours(base, drawn);
  REQUIRE(changed.size() == 1);
  CHECK(changed.begin()->first == 0xFF00FFu);

  o.tables = false;
  CHECK(changed_colours(base, render_overlay(bytes, 3, o, counts)).empty());
}

TEST_CASE("a /Rotate 90 page is drawn in its displayed frame, boxes on the grid") {
  // s09 page 2 is stored portrait with /Rotate 90: it displays landscape.
  const auto bytes = read_bytes(sample("s09_rotated_pages_2025.pdf"));
  const auto page = pdf_reader::open(bytes, {})->read_page(2);
  REQUIRE(page.rotate == 90);
  render_options o;
  o.dpi = dpi;
  render_result counts;
  const pixel_image drawn = render_overlay(bytes, 2, o, counts);
  CHECK(drawn.width > drawn.height);
  CHECK(std::abs(drawn.width - page.width * scale) <= 1);
  CHECK(std::abs(drawn.height - page.height * scale) <= 1);
  const page_overlay overlay = layout_overlay(bytes, 2, o.parse);
  REQUIRE(overlay.tables.size() == 1);
  CHECK(counts.rows > 0);
  const pixel_image base = render_page_pixels(bytes, "", 2, dpi, {});
  check_table_outline(base, drawn, overlay.tables[0], o);

  // The PNG on disk has the displayed (landscape) size too.
  const auto png = out_dir() / "s09_p2.png";
  budgetpdf::render_page_overlay(sample("s09_rotated_pages_2025.pdf").string(), 2, png.string(), o);
  const png_header h = read_png_header(png);
  CHECK(h.width == std::uint32_t(drawn.width));
  CHECK(h.height == std::uint32_t(drawn.height));
}

TEST_CASE("a page without tables is rendered without outlines") {
  // s01 page 1 is the narrative cover.
  const auto bytes = read_bytes(sample("s01_korla_2024_budget.pdf"));
  render_options o;
  o.dpi = 40;
  render_result counts;
  const pixel_image drawn = render_overlay(bytes, 1, o, counts);
  CHECK(counts.tables == 0);
  CHECK(counts.cells == 0);
  CHECK(changed_colours(render_page_pixels(bytes, "", 1, 40, {}), drawn).empty());
}

TEST_CASE("bad pages, dpi and paths are errors") {
  const auto pdf = sample("s01_korla_2024_budget.pdf").string();
  const auto png = (out_dir() / "bad.png").string();
  CHECK_THROWS_AS(budgetpdf::render_page_overlay(pdf, 0, png), std::out_of_range);
  CHECK_THROWS_AS(budgetpdf::render_page_overlay(pdf, 18, png), std::out_of_range);
  render_options o;
  o.dpi = 5;
  CHECK_THROWS_AS(budgetpdf::render_page_overlay(pdf, 1, png, o), std::invalid_argument);
  try {
    budgetpdf::render_page_overlay(pdf + ".missing", 1, png);
    FAIL("no error for a missing file");
  } catch (const error& e) {
    CHECK(e.code() == error_code::io_error);
  }
  try {
    budgetpdf::render_page_overlay(pdf, 1, (out_dir() / "no-such-dir" / "x.png").string());
    FAIL("no error for an unwritable PNG");
  } catch (const error& e) {
    CHECK(e.code() == error_code::io_error);
  }
}
