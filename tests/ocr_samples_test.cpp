// Generated scans of bundled samples read by OCR against the samples' truth (docs/ocr.md):
// each sample rendered to pictures with skew, noise, dust and JPEG artefacts, wrapped back
// into an image-only PDF (tools/gen_scans.py), parsed with the default --ocr auto.
// Label ocr_heavy: a minute or more; left out of the ASan run.
#include "parse_outcome.hpp"
#include "scan_maker.hpp"
#include "test_paths.hpp"

#include <budgetpdf/eval.hpp>
#include <budgetpdf/options.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <string>

using namespace budgetpdf;

namespace {

std::string read_text(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

struct scan_case {
  const char* sample;
  const char* generator_args;  // what makes this scan harder than the default
};

}  // namespace

TEST_CASE("generated scans of samples: at least 99% of the truth's cells exact") {
  if (!ocr_built()) {
    MESSAGE("skipped: this build has no OCR");
    return;
  }
  // Ruled and unruled tables, side-by-side blocks, percentages, a three-line table, and a
  // page stored turned a quarter (OSD turns it back).
  const scan_case cases[] = {
      {"s12_final_percentages_2022.pdf", "--seed 12"},
      {"s07_unruled_no_header_repeat_2024.pdf", "--seed 7 --skew 1.0"},
      {"s08_three_line_tables_2025.pdf", "--seed 8 --turn-pages 2"},
  };
  int exact = 0, truth = 0;
  for (const auto& c : cases) {
    const auto pdf = test::samples_dir() / c.sample;
    const auto scan = test::make_scan(pdf, c.generator_args);
    if (!scan) {
      MESSAGE("skipped: no /usr/bin/python3 with PIL, or no pdftoppm, to make a scan");
      return;
    }
    parse_options options;
    options.max_seconds = 1200;
    const auto o = test::parse_path(*scan, options);
    REQUIRE_MESSAGE(o.ok, c.sample << ": " << test::describe(o));
    // Every page was read by OCR: nothing came from a text layer.
    for (const auto& t : o.doc.tables)
      for (const auto& b : t.blocks)
        for (const auto& r : b.rows) CHECK(r.source == value_source::ocr);
    auto truth_path = pdf;
    truth_path += ".json";
    const auto report = compare_with_truth(o.doc, read_text(truth_path));
    MESSAGE(c.sample << ": " << report.cells_exact << "/" << report.cells_truth
                     << " cells exact, tables " << report.tables_found << "/"
                     << report.tables_truth);
    CHECK(report.tables_found == report.tables_truth);
    exact += report.cells_exact;
    truth += report.cells_truth;
  }
  REQUIRE(truth > 0);
  MESSAGE("all: " << exact << "/" << truth << " cells exact");
  CHECK(double(exact) >= 0.99 * double(truth));
}
