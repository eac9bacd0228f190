// The project's samples through parse + checks, as `budgetpdf report` runs them: every sample
// parses, and its arithmetic holds exactly or within rounding (the samples were generated so
// that it does; a failure here is a parsing fault to fix, not a bound to loosen).
#include <budgetpdf/check.hpp>
#include <budgetpdf/error.hpp>
#include <budgetpdf/parse.hpp>

#include "test_paths.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

using namespace budgetpdf;

namespace {

std::vector<std::filesystem::path> sample_pdfs() {
  std::vector<std::filesystem::path> out;
  for (const auto& e : std::filesystem::directory_iterator(test::samples_dir()))
    if (e.path().extension() == ".pdf") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("every sample parses and its checks hold, exactly or within rounding") {
  const auto pdfs = sample_pdfs();
  REQUIRE(pdfs.size() >= 12);
  int total_checks = 0;
  for (const auto& pdf : pdfs) {
    CAPTURE(pdf.filename().string());
    document doc;
    bool parsed = false;
    try {
      doc = parse_file(pdf.string());
      parsed = true;
    } catch (const error& e) {
      FAIL_CHECK("parse error " << error_code_name(e.code()) << ": " << e.what());
    }
    if (!parsed) continue;
    const auto s = check_document(doc);
    total_checks += int(s.results.size());
    CHECK(s.results.size() > 0);
    for (const auto& r : s.results) {
      CAPTURE(r.message);
      CHECK(r.result != check_result::outcome::fails);
    }
    // parse_file() appended the same findings as diagnostics.
    const auto n = std::count_if(doc.diagnostics.begin(), doc.diagnostics.end(),
                                 [](const diagnostic& d) { return is_check_diagnostic(d.code); });
    CHECK(n == std::ptrdiff_t(check_diagnostics(s).size()));
  }
  CHECK(total_checks > 500);
}
