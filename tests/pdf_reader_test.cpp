// pdf_reader: words, glyph boxes and ruling lines of the trap PDFs (tools/gen_trap_pdfs.py),
// and the typed errors of open().
#include "pdf/pdf_reader.hpp"

#include "pdf/page_image.hpp"
#include "test_paths.hpp"
#include "text/normalize.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

using budgetpdf::error;
using budgetpdf::error_code;
using budgetpdf::parse_options;
using namespace budgetpdf::detail;

namespace {

constexpr double page_height = 800;  // every trap page is 600 x 800 pt

std::vector<unsigned char> read_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in, "cannot read " << path.string());
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<unsigned char> trap_bytes(const std::string& name) {
  return read_bytes(budgetpdf::test::test_data_dir() / "traps" / name);
}

page_content read_trap(const std::string& name, int page = 1, const parse_options& options = {}) {
  auto bytes = trap_bytes(name);
  auto pdf = pdf_reader::open(bytes, options);
  return pdf->read_page(page);
}

std::vector<unsigned char> bytes_of(std::string_view s) { return {s.begin(), s.end()}; }

const word* find_word(const page_content& page, std::u32string_view text) {
  for (const word& w : page.words) {
    if (w.text == text) return &w;
  }
  return nullptr;
}

std::string utf8(std::u32string_view s) { return to_utf8(s); }

std::string describe(const page_content& page) {
  std::string out;
  for (const word& w : page.words) {
    // '[', not "[": "[" + std::string&& is a false -Wrestrict at -O3 with GCC 12 (bug 105329).
    out += '[' + utf8(w.text) + " " + std::to_string(w.where.x0) + "," +
           std::to_string(w.where.y0) + " base " + std::to_string(w.baseline) + " rot " +
           std::to_string(w.rotation) + "] ";
  }
  return out;
}

error_code open_error(std::span<const unsigned char> bytes, const parse_options& options = {}) {
  try {
    pdf_reader::open(bytes, options);
  } catch (const error& e) {
    return e.code();
  }
  return error_code::internal;  // opened: not expected by the callers
}

std::string open_message(std::span<const unsigned char> bytes) {
  try {
    pdf_reader::open(bytes, {});
  } catch (const error& e) {
    return e.what();
  }
  return "(opened)";
}

/// Every glyph box lies inside the word box, one per character, and they advance along x.
void check_glyphs(const word& w) {
  REQUIRE(w.glyphs.size() == w.text.size());
  for (std::size_t i = 0; i < w.glyphs.size(); ++i) {
    const auto& g = w.glyphs[i];
    CHECK(g.x0 >= w.where.x0 - 0.01);
    CHECK(g.x1 <= w.where.x1 + 0.01);
    if (i > 0 && w.rotation == 0) CHECK(g.x0 > w.glyphs[i - 1].x0);
  }
}

}  // namespace

TEST_CASE("words come out complete with boxes, in whatever order poppler found them") {
  const page_content page = read_trap("words_blocks.pdf");
  CHECK(page.width == doctest::Approx(600));
  CHECK(page.height == doctest::Approx(800));
  CHECK(page.rotate == 0);
  CHECK_FALSE(page.truncated);
  CHECK_FALSE(page.has_images);
  struct expected {
    std::u32string text;
    double x0, baseline_pdf_y;
  };
  const std::vector<expected> want = {
      {U"2010101", 60, 700}, {U"行政运行", 140, 700},
      {U"2010102", 60, 680}, {U"一般行政管理事务", 140, 680},
      {U"2010199", 60, 660}, {U"其他政府办公厅支出", 140, 660},
      {U"2080505", 60, 640}, {U"机关事业单位基本养老保险缴费支出", 140, 640},
  };
  CHECK(page.words.size() == 12);
  for (const auto& e : want) {
    INFO(utf8(e.text));
    const word* w = find_word(page, e.text);
    REQUIRE_MESSAGE(w, describe(page));
    CHECK(w->where.x0 == doctest::Approx(e.x0).epsilon(0.001));
    CHECK(w->baseline == doctest::Approx(page_height - e.baseline_pdf_y).epsilon(0.001));
    CHECK(w->where.y0 < w->baseline);
    CHECK(w->where.y1 >= w->baseline);
    CHECK(w->font_size == doctest::Approx(10));
    CHECK(w->rotation == 0);
    check_glyphs(*w);
  }
  // Right-aligned amounts end at x = 520.
  for (std::u32string_view amount : {U"1,343.76", U"25.00", U"6,415.28", U"117.90"}) {
    const word* w = find_word(page, amount);
    REQUIRE_MESSAGE(w, describe(page));
    CHECK(w->where.x1 == doctest::Approx(520).epsilon(0.001));
  }
}

TEST_CASE("letter-spaced headers give one word per character") {
  const page_content page = read_trap("letter_spaced.pdf");
  INFO(describe(page));
  CHECK(page.words.size() == 8);
  // "科 目 名 称" (ASCII spaces), "合　计" (U+3000), "项目" (character spacing only)
  for (std::u32string_view ch : {U"科", U"名", U"称", U"合", U"计", U"项"}) {
    CHECK(find_word(page, ch) != nullptr);
  }
  CHECK(std::count_if(page.words.begin(), page.words.end(),
                      [](const word& w) { return w.text == U"目"; }) == 2);
  // Joining a row's words with spaces and removing the CJK spaces gives the header back.
  std::vector<const word*> row;
  for (const word& w : page.words) {
    if (std::abs(w.baseline - (page_height - 700)) < 0.5) row.push_back(&w);
  }
  std::sort(row.begin(), row.end(),
            [](const word* a, const word* b) { return a->where.x0 < b->where.x0; });
  std::u32string joined;
  for (const word* w : row) joined += (joined.empty() ? U"" : U" ") + w->text;
  CHECK(utf8(remove_cjk_spaces(joined)) == "科目名称");
}

TEST_CASE("two cells 0.8 pt apart glue into one word; glyph boxes show the gap") {
  const page_content page = read_trap("glued.pdf");
  INFO(describe(page));
  const word* w = find_word(page, U"基本支出项目支出");
  REQUIRE(w);
  check_glyphs(*w);
  for (std::size_t i = 1; i < w->glyphs.size(); ++i) {
    const double gap = w->glyphs[i].x0 - w->glyphs[i - 1].x1;
    if (i == 4) {
      CHECK(gap == doctest::Approx(0.8).epsilon(0.05));
    } else {
      CHECK(std::abs(gap) < 0.05);
    }
  }
  CHECK(w->glyphs[0].x0 == doctest::Approx(100));
  // Amounts glued the same way: 168,441.81 ends at x = 300, 154,304.22 starts at 300.6.
  const word* n = find_word(page, U"168,441.81154,304.22");
  REQUIRE(n);
  check_glyphs(*n);
  CHECK(n->glyphs[9].x1 == doctest::Approx(300).epsilon(0.001));
  CHECK(n->glyphs[10].x0 == doctest::Approx(300.6).epsilon(0.001));
}

TEST_CASE("a code, a Chinese name and an amount on one row share the baseline, not the top") {
  const page_content page = read_trap("baseline.pdf");
  INFO(describe(page));
  const word* code = find_word(page, U"2010101");
  const word* name = find_word(page, U"一般公共服务支出");
  const word* amount = find_word(page, U"1,234.56");
  REQUIRE(code);
  REQUIRE(name);
  REQUIRE(amount);
  CHECK(std::abs(code->baseline - name->baseline) < 0.5);
  CHECK(std::abs(amount->baseline - name->baseline) < 0.5);
  CHECK(name->baseline == doctest::Approx(page_height - 700));
  // The trap: top edges differ (font ascents differ), so grouping rows by top edge fails.
  CHECK(std::abs(code->where.y0 - name->where.y0) > 0.5);
}

TEST_CASE("/Rotate 90: words, lines and page size in the displayed frame") {
  const page_content page = read_trap("rotate90.pdf");
  INFO(describe(page));
  CHECK(page.rotate == 90);
  CHECK(page.width == doctest::Approx(800));
  CHECK(page.height == doctest::Approx(600));
  const word* w = find_word(page, U"横向表格");
  REQUIRE(w);
  CHECK(w->rotation == 0);
  CHECK(w->where.x0 == doctest::Approx(200));
  CHECK(w->baseline == doctest::Approx(100));
  CHECK(w->where.x1 == doctest::Approx(248));
  check_glyphs(*w);
  REQUIRE(page.lines.size() == 2);
  const auto h = std::find_if(page.lines.begin(), page.lines.end(),
                              [](const ruling& r) { return r.horizontal(); });
  const auto v = std::find_if(page.lines.begin(), page.lines.end(),
                              [](const ruling& r) { return !r.horizontal(); });
  REQUIRE(h != page.lines.end());
  REQUIRE(v != page.lines.end());
  CHECK(h->y0 == doctest::Approx(150));
  CHECK(h->x0 == doctest::Approx(50));
  CHECK(h->x1 == doctest::Approx(750));
  CHECK(v->x0 == doctest::Approx(400));
  CHECK(v->y0 == doctest::Approx(120));
  CHECK(v->y1 == doctest::Approx(500));
}

TEST_CASE("vertical header text: a rotated word, and stacked characters") {
  const page_content page = read_trap("vertical.pdf");
  INFO(describe(page));
  const word* w = find_word(page, U"项目名称");
  REQUIRE(w);
  CHECK(w->rotation == 3);  // reads bottom to top
  CHECK(w->where.y1 - w->where.y0 > 3 * (w->where.x1 - w->where.x0));
  CHECK(w->where.y1 == doctest::Approx(page_height - 500));
  REQUIRE(w->glyphs.size() == 4);
  // Reading order runs upwards: each glyph above the previous one.
  for (std::size_t i = 1; i < 4; ++i) CHECK(w->glyphs[i].y0 < w->glyphs[i - 1].y0);
  CHECK(w->baseline == doctest::Approx(100));  // x of the baseline for rotated text
  // Stacked: one word per line, same x.
  int stacked = 0;
  for (const word& s : page.words) {
    if (s.rotation == 0 && std::abs(s.where.x0 - 200) < 0.01) ++stacked;
  }
  CHECK(stacked == 4);
}

TEST_CASE("ruling lines: shaded cells edge to edge show edges only where the colour changes") {
  const page_content page = read_trap("shaded_cells.pdf");
  std::vector<ruling> hs, vs;
  for (const ruling& r : page.lines) {
    CHECK(r.kind == ruling::source::fill_edge);
    (r.horizontal() ? hs : vs).push_back(r);
  }
  std::vector<std::array<double, 3>> h, v;  // at, from, to
  for (const ruling& r : hs) h.push_back({r.y0, r.x0, r.x1});
  for (const ruling& r : vs) v.push_back({r.x0, r.y0, r.y1});
  std::sort(h.begin(), h.end());
  std::sort(v.begin(), v.end());
  // The grey band and the blue cell beside it: one outline (merged), no edge between the
  // grey cells, an edge where grey meets blue. Below, two grey cells 2 pt apart: four.
  const std::vector<std::array<double, 3>> want_h = {{100, 100, 500}, {130, 100, 500},
                                                     {200, 100, 200}, {200, 202, 300},
                                                     {230, 100, 200}, {230, 202, 300}};
  const std::vector<std::array<double, 3>> want_v = {
      {100, 100, 130}, {100, 200, 230}, {200, 200, 230}, {202, 200, 230},
      {300, 200, 230}, {400, 100, 130}, {500, 100, 130}};
  REQUIRE(h.size() == want_h.size());
  REQUIRE(v.size() == want_v.size());
  for (std::size_t i = 0; i < h.size(); ++i)
    for (std::size_t k = 0; k < 3; ++k) CHECK(h[i][k] == doctest::Approx(want_h[i][k]));
  for (std::size_t i = 0; i < v.size(); ++i)
    for (std::size_t k = 0; k < 3; ++k) CHECK(v[i][k] == doctest::Approx(want_v[i][k]));
}

TEST_CASE("ruling lines: strokes, thin filled rectangles, stroked rectangles, shaded cells") {
  const page_content page = read_trap("grid.pdf");
  std::vector<ruling> hs, vs;
  for (const ruling& r : page.lines) (r.horizontal() ? hs : vs).push_back(r);
  auto by_position = [](const ruling& a, const ruling& b) {
    return std::tie(a.y0, a.x0) < std::tie(b.y0, b.x0);
  };
  std::sort(hs.begin(), hs.end(), by_position);
  std::sort(vs.begin(), vs.end(), [](const ruling& a, const ruling& b) {
    return std::tie(a.x0, a.y0) < std::tie(b.x0, b.y0);
  });
  struct line {
    double at, from, to;
    ruling::source kind;
  };
  using src = ruling::source;
  const std::vector<line> want_h = {
      {100, 100, 400, src::stroke}, {100, 450, 550, src::fill_edge},
      {120, 100, 400, src::stroke}, {140, 100, 400, src::stroke},
      {160, 100, 400, src::stroke}, {160, 450, 550, src::fill_edge},
      {200, 100, 400, src::stroke}, {240, 100, 400, src::stroke},
  };
  const std::vector<line> want_v = {
      {100, 100, 160, src::thin_fill}, {100, 200, 240, src::stroke},
      {250, 100, 160, src::thin_fill}, {400, 100, 160, src::thin_fill},
      {400, 200, 240, src::stroke},    {450, 100, 160, src::fill_edge},
      {550, 100, 160, src::fill_edge},
  };
  REQUIRE(hs.size() == want_h.size());
  REQUIRE(vs.size() == want_v.size());
  for (std::size_t i = 0; i < hs.size(); ++i) {
    INFO("horizontal " << i);
    CHECK(hs[i].y0 == doctest::Approx(want_h[i].at));
    CHECK(hs[i].x0 == doctest::Approx(want_h[i].from));
    CHECK(hs[i].x1 == doctest::Approx(want_h[i].to));
    CHECK(hs[i].kind == want_h[i].kind);
  }
  for (std::size_t i = 0; i < vs.size(); ++i) {
    INFO("vertical " << i);
    CHECK(vs[i].x0 == doctest::Approx(want_v[i].at));
    CHECK(vs[i].y0 == doctest::Approx(want_v[i].from));
    CHECK(vs[i].y1 == doctest::Approx(want_v[i].to));
    CHECK(vs[i].kind == want_v[i].kind);
  }
  CHECK(vs[0].thickness == doctest::Approx(0.5));
  // Words and lines share the frame: the header sits inside the first cell.
  const word* w = find_word(page, U"科目名称");
  REQUIRE(w);
  CHECK(w->where.y0 > 100);
  CHECK(w->where.y1 < 120);
  CHECK(w->where.x0 > 100);
}

TEST_CASE("text drawn wholly outside the clip region is not read") {
  const page_content page = read_trap("clipped.pdf");
  CHECK(find_word(page, U"看得见的文字") != nullptr);
  CHECK(find_word(page, U"剪辑之外") != nullptr);
  CHECK(find_word(page, U"剪掉的文字") == nullptr);
  CHECK(find_word(page, U"右边剪掉") == nullptr);
}

TEST_CASE("an image-only page has images and no words") {
  const page_content page = read_trap("image_only.pdf");
  CHECK(page.has_images);
  CHECK(page.words.empty());
  CHECK(page.lines.empty());
}

TEST_CASE("limits: glyphs, paths and the deadline") {
  parse_options few_glyphs;
  few_glyphs.max_glyphs_per_page = 10;
  const page_content cut = read_trap("words_blocks.pdf", 1, few_glyphs);
  CHECK(cut.truncated);
  std::size_t chars = 0;
  for (const word& w : cut.words) chars += w.text.size();
  CHECK(chars <= 10);

  parse_options few_paths;
  few_paths.max_paths_per_page = 3;
  const page_content cut_lines = read_trap("grid.pdf", 1, few_paths);
  CHECK(cut_lines.truncated);
  CHECK(cut_lines.lines.size() <= 3);

  auto bytes = trap_bytes("words_blocks.pdf");
  auto pdf = pdf_reader::open(bytes, {});
  const auto past = pdf_reader::clock::now() - std::chrono::seconds(1);
  try {
    pdf->read_page(1, past);
    FAIL("no timeout");
  } catch (const error& e) {
    CHECK(e.code() == error_code::timed_out);
  }
  CHECK_FALSE(pdf->read_page(1, pdf_reader::clock::now() + std::chrono::minutes(1)).truncated);
  CHECK_THROWS_AS(pdf->read_page(2), error);
  CHECK_THROWS_AS(pdf->read_page(0), error);
}

TEST_CASE("document information") {
  auto bytes = trap_bytes("words_blocks.pdf");
  auto pdf = pdf_reader::open(bytes, {});
  CHECK(pdf->page_count() == 1);
  CHECK(pdf->title() == "budgetpdf trap: words_blocks.pdf");
  CHECK(pdf->creator() == "tools/gen_trap_pdfs.py");
  CHECK(pdf->producer().find("ReportLab") != std::string::npos);
}

TEST_CASE("open: inputs that are not PDFs") {
  CHECK(open_error({}) == error_code::not_a_pdf);
  CHECK(open_message({}).find("empty") != std::string::npos);

  auto html = bytes_of("\xEF\xBB\xBF  \n<!DOCTYPE html><html><body>404</body></html>");
  CHECK(open_error(html) == error_code::not_a_pdf);
  CHECK(open_message(html).find("HTML") != std::string::npos);
  auto html2 = bytes_of("\r\n<HTML><head><title>预算公开</title></head></HTML>");
  CHECK(open_message(html2).find("HTML") != std::string::npos);

  auto text = bytes_of("2024年部门预算公开说明\n一、部门职责\n");
  CHECK(open_error(text) == error_code::not_a_pdf);
  CHECK(open_message(text).find("plain text") != std::string::npos);

  auto png = bytes_of(std::string_view("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  CHECK(open_message(png).find("PNG") != std::string::npos);
  auto zip = bytes_of(std::string_view("PK\x03\x04\x14\0\0\0", 8));
  CHECK(open_message(zip).find("ZIP") != std::string::npos);
  auto jpeg = bytes_of("\xFF\xD8\xFF\xE0\x00\x10JFIF");
  CHECK(open_message(jpeg).find("JPEG") != std::string::npos);

  std::vector<unsigned char> noise(300);
  for (std::size_t i = 0; i < noise.size(); ++i) noise[i] = static_cast<unsigned char>(i * 37 + 11);
  CHECK(open_error(noise) == error_code::not_a_pdf);
}

TEST_CASE("open: damaged, truncated and oversized PDFs") {
  CHECK(open_error(bytes_of("%PDF-1.4\n%garbage and nothing else\n")) == error_code::damaged_pdf);

  // Cut in half: poppler either refuses it or recovers what it can; never a crash.
  for (const char* name : {"words_blocks.pdf", "grid.pdf", "rotate90.pdf"}) {
    INFO(name);
    auto bytes = trap_bytes(name);
    bytes.resize(bytes.size() / 2);
    try {
      auto pdf = pdf_reader::open(bytes, {});
      for (int p = 1; p <= pdf->page_count(); ++p) {
        const page_content page = pdf->read_page(p);
        for (const word& w : page.words) CHECK(w.glyphs.size() == w.text.size());
      }
    } catch (const error& e) {
      CHECK(e.code() == error_code::damaged_pdf);
    }
  }

  auto bytes = trap_bytes("words_blocks.pdf");
  parse_options small;
  small.max_bytes = 1000;
  CHECK(open_error(bytes, small) == error_code::too_large);
  parse_options no_pages;
  no_pages.max_pages = 0;
  CHECK(open_error(bytes, no_pages) == error_code::too_large);
}

TEST_CASE("open: encrypted PDFs") {
  auto user = trap_bytes("encrypted_user.pdf");
  CHECK(open_error(user) == error_code::encrypted);
  parse_options wrong;
  wrong.password = "wrong";
  CHECK(open_error(user, wrong) == error_code::encrypted);
  for (const char* password : {"user", "owner"}) {
    INFO(password);
    parse_options right;
    right.password = password;
    auto pdf = pdf_reader::open(user, right);
    CHECK(find_word(pdf->read_page(1), U"行政运行") != nullptr);
  }
  // Only an owner password (empty user password): opens without one.
  auto owner_only = trap_bytes("encrypted_owner.pdf");
  auto pdf = pdf_reader::open(owner_only, {});
  CHECK(find_word(pdf->read_page(1), U"行政运行") != nullptr);
}

TEST_CASE("page_image: renders a PNG with outlines") {
  auto bytes = trap_bytes("rotate90.pdf");
  auto image = page_image::open(bytes);
  CHECK(image->page_count() == 1);
  const auto path = std::filesystem::temp_directory_path() / "budgetpdf_page_image_test.png";
  std::vector<outline> boxes = {{{200, 88, 248, 102}, 0xFF0000, 1},
                                {{50, 149, 750, 151}, 0x0000FF, 2}};
  image->write_png(1, 36, boxes, path.string());
  auto png = read_bytes(path);
  REQUIRE(png.size() > 24);
  CHECK(png[1] == 'P');
  // IHDR width/height (big-endian at 16 and 20): 800 x 600 pt at 36 dpi, displayed frame.
  auto be32 = [&](std::size_t at) {
    return (png[at] << 24) | (png[at + 1] << 16) | (png[at + 2] << 8) | png[at + 3];
  };
  CHECK(be32(16) == 400);
  CHECK(be32(20) == 300);
  std::filesystem::remove(path);
  CHECK_THROWS_AS(image->write_png(2, 36, {}, path.string()), error);
}
