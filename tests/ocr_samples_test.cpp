// Generated scans of bundled samples read by OCR against the samples' truth (docs/ocr.md):
// each sample rendered to pictures with skew, noise, dust and JPEG artefacts, wrapped back
// into an image-only PDF (tools/gen_scans.py), parsed with the default --ocr auto.
// Label ocr_heavy: a minute or more; left out of the ASan run.
#include "parse_outcome.hpp"
#include "scan_maker.hpp"
#include "test_paths.hpp"

#include <budgetpdf/eval.hpp>
#include <budgetpdf/options.hpp>
#include <budgetpdf/render.hpp>

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

using namespace budgetpdf;

namespace {

std::string read_text(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

std::filesystem::path truth_of(std::filesystem::path pdf) {
  pdf += ".json";
  return pdf;
}

parse_options long_enough() {
  parse_options o;
  o.max_seconds = 1200;
  return o;
}

// A scan of `pdf` made by tools/gen_scans.py with `args`, or nullopt, saying why the test
// is skipped, when this build has no OCR or the scan cannot be made.
std::optional<std::filesystem::path> scan_of(const std::filesystem::path& pdf, const char* args) {
  if (!ocr_built()) {
    MESSAGE("skipped: this build has no OCR");
    return std::nullopt;
  }
  auto scan = test::make_scan(pdf, args);
  if (!scan) MESSAGE("skipped: no /usr/bin/python3 with PIL, or no pdftoppm, to make a scan");
  return scan;
}

struct scan_case {
  const char* sample;
  const char* generator_args;  // what makes this scan harder than the default
};

}  // namespace

// The target is 99% of the truth's cells exact; measured on scans of all twelve
// samples (docs/ocr.md) OCR is well below it. This test holds the floor reached on three
// samples of different layouts (a ratchet: raise it as the reading improves).
constexpr double cells_floor = 0.88;

TEST_CASE("generated scans of samples: cells exact against the truth, at least the floor") {
  // Side-by-side blocks with percentages; three-line tables across pages; plain yuan
  // amounts with long numbers.
  const scan_case cases[] = {
      {"s12_final_percentages_2022.pdf", "--seed 12"},
      {"s08_three_line_tables_2025.pdf", "--seed 8"},
      {"s11_yuan_plain_numbers_2025.pdf", "--seed 11"},
  };
  int exact = 0, truth = 0;
  for (const auto& c : cases) {
    const std::string name = c.sample;
    const auto pdf = test::samples_dir() / name;
    const auto scan = scan_of(pdf, c.generator_args);
    if (!scan) return;
    const auto o = test::parse_path(*scan, long_enough());
    REQUIRE_MESSAGE(o.ok, name << ": " << test::describe(o));
    // Every page was read by OCR: nothing came from a text layer.
    for (const auto& t : o.doc.tables)
      for (const auto& b : t.blocks)
        for (const auto& r : b.rows) CHECK(r.source == value_source::ocr);
    const auto report = compare_with_truth(o.doc, read_text(truth_of(pdf)));
    MESSAGE(name << ": " << report.cells_exact << "/" << report.cells_truth
                 << " cells exact, tables " << report.tables_found << "/" << report.tables_truth);
    exact += report.cells_exact;
    truth += report.cells_truth;
  }
  REQUIRE(truth > 0);
  MESSAGE("all: " << exact << "/" << truth << " cells exact");
  CHECK(double(exact) >= cells_floor * double(truth));
}

TEST_CASE("codes split over narrow 类|款|项 cells: parts standing alone are read") {
  // s05's 决算 tables print "201" | "01" | "01" in three narrow ruled cells. Tesseract's page
  // layout drops most of the lone "01", "11" as noise (55% of cells exact, codes cut to their
  // 类); the ink left unread is read again box by box (docs/ocr.md).
  const auto pdf = test::samples_dir() / "s05_final_accounts_2023.pdf";
  const auto scan = scan_of(pdf, "--seed 5");
  if (!scan) return;
  const auto o = test::parse_path(*scan, long_enough());
  REQUIRE_MESSAGE(o.ok, test::describe(o));
  std::string page3;
  for (const auto& d : o.doc.diagnostics)
    if (d.code == diagnostic_code::ocr_pages && d.at.page == 3) page3 = d.message;
  CHECK_MESSAGE(!test::contains(page3, "(0 read alone)"), page3);
  int seven_digit_codes = 0;
  for (const auto& t : o.doc.tables)
    for (const auto& b : t.blocks)
      for (const auto& r : b.rows)
        if (r.code && r.code->size() == 7) ++seven_digit_codes;
  // The truth has 11 rows keyed by 7-digit codes (201 | 01 | 01); read without a second look
  // at unread ink, 2 of them were read whole (measured on this scan: 11 with it).
  CHECK_MESSAGE(seven_digit_codes >= 9, seven_digit_codes << " rows with 7-digit codes");
  const auto report = compare_with_truth(o.doc, read_text(truth_of(pdf)));
  MESSAGE("s05: " << report.cells_exact << "/" << report.cells_truth << " cells exact");
  CHECK(double(report.cells_exact) >= cells_floor * double(report.cells_truth));
}

TEST_CASE("without the English model the figures' vote is skipped and the scan still read") {
  const std::filesystem::path installed = "/usr/share/tesseract-ocr/5/tessdata";
  if (!std::filesystem::exists(installed / "chi_sim.traineddata")) {
    MESSAGE("skipped: chi_sim is not installed where Debian puts it");
    return;
  }
  const auto pdf = test::samples_dir() / "s12_final_percentages_2022.pdf";
  const auto scan = scan_of(pdf, "--seed 12");
  if (!scan) return;
  // A data folder with chi_sim and osd only, as on a machine without tesseract-ocr-eng.
  const auto folder = test::scratch_dir("tessdata") / "no_eng";
  std::filesystem::create_directories(folder);
  for (const char* model : {"chi_sim.traineddata", "osd.traineddata"})
    if (!std::filesystem::exists(folder / model) && std::filesystem::exists(installed / model))
      std::filesystem::create_symlink(installed / model, folder / model);
  const char* before = std::getenv("TESSDATA_PREFIX");
  const std::string saved = before ? before : "";
  ::setenv("TESSDATA_PREFIX", folder.c_str(), 1);
  const auto o = test::parse_path(*scan, long_enough());
  if (before)
    ::setenv("TESSDATA_PREFIX", saved.c_str(), 1);
  else
    ::unsetenv("TESSDATA_PREFIX");
  REQUIRE_MESSAGE(o.ok, test::describe(o));
  const auto report = compare_with_truth(o.doc, read_text(truth_of(pdf)));
  MESSAGE("without eng: " << report.cells_exact << "/" << report.cells_truth << " cells exact");
  CHECK(report.tables_found == report.tables_truth);
  CHECK(double(report.cells_exact) >= cells_floor * double(report.cells_truth));
}

TEST_CASE("a page stored turned a quarter is turned back and its table read") {
  const auto pdf = test::samples_dir() / "s12_final_percentages_2022.pdf";
  const auto scan = scan_of(pdf, "--seed 3 --turn-pages 1");
  if (!scan) return;
  const auto o = test::parse_path(*scan, long_enough());
  REQUIRE_MESSAGE(o.ok, test::describe(o));
  std::string page1;
  for (const auto& d : o.doc.diagnostics)
    if (d.code == diagnostic_code::ocr_pages && d.at.page == 1) page1 = d.message;
  CHECK_MESSAGE(test::contains(page1, "1 quarter turn(s)"), page1);
  const auto report = compare_with_truth(o.doc, read_text(truth_of(pdf)));
  CHECK(report.tables_found == report.tables_truth);
  MESSAGE("turned: " << report.cells_exact << "/" << report.cells_truth << " cells exact");
  CHECK(double(report.cells_exact) >= cells_floor * double(report.cells_truth));
}

TEST_CASE("render: the overlay of a scanned page outlines what OCR and layout found") {
  const auto scan = scan_of(test::samples_dir() / "s12_final_percentages_2022.pdf", "--seed 12");
  if (!scan) return;
  render_options options;
  options.dpi = 50;
  options.parse = long_enough();
  const auto png = test::scratch_dir("scans") / "s12_page2.png";
  const auto r = render_page_overlay(scan->string(), 2, png.string(), options);
  CHECK(r.tables == 1);
  CHECK(r.cells >= 16 * 4);  // 16 data rows of four amounts, and their names and codes
  CHECK(r.rows >= 16);
  CHECK(std::filesystem::file_size(png) > 0);
  // Without OCR the scanned page has nothing to outline.
  options.parse.ocr = ocr_mode::never;
  const auto plain = render_page_overlay(scan->string(), 2, png.string(), options);
  CHECK(plain.tables == 0);
  CHECK(plain.cells == 0);
}
