// Every bundled sample parses to exactly its truth file: every table, row and cell.
#include <budgetpdf/eval.hpp>
#include <budgetpdf/parse.hpp>

#include "test_paths.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

std::string read_text(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("every sample reproduces its truth file exactly") {
  int samples = 0;
  for (const auto& entry : std::filesystem::directory_iterator(budgetpdf::test::samples_dir())) {
    if (entry.path().extension() != ".pdf") continue;
    auto truth_path = entry.path();
    truth_path += ".json";
    REQUIRE_MESSAGE(std::filesystem::exists(truth_path), truth_path.string());
    ++samples;
    SUBCASE(entry.path().filename().string().c_str()) {}
    auto doc = budgetpdf::parse_file(entry.path().string());
    auto report = budgetpdf::compare_with_truth(doc, read_text(truth_path));
    INFO(entry.path().filename().string() << "\n" << budgetpdf::eval_report_text(report, 40));
    CHECK(report.document_fields_right == report.document_fields);
    CHECK(report.tables_found == report.tables_truth);
    CHECK(report.tables_extra == 0);
    CHECK(report.tables_pages_right == report.tables_truth);
    CHECK(report.tables_unit_right == report.tables_truth);
    CHECK(report.tables_empty_right == report.tables_truth);
    CHECK(report.tables_columns_right == report.tables_truth);
    CHECK(report.rows_matched == report.rows_truth);
    CHECK(report.rows_extra == 0);
    CHECK(report.cells_exact == report.cells_truth);
    CHECK(report.spurious == 0);
  }
  CHECK(samples >= 12);
}
