// The real documents with hand-checked truth in ../shared/truth: tables found, rows
// matched and cells exact no lower than the figures recorded in tests/data/corpus_truth_floor.tsv
// (a ratchet: raise the floor when accuracy improves; the target is 99.5%).
// Skipped (exit 77) when ../shared is absent.
#include <budgetpdf/eval.hpp>
#include <budgetpdf/parse.hpp>

#include "test_paths.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace {

std::string read_text(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct floor_figures {
  int cells = 0, rows = 0, tables = 0;
};

// file -> minimum cells exact, rows matched, tables found
std::map<std::string, floor_figures> floors() {
  std::map<std::string, floor_figures> out;
  std::ifstream in(budgetpdf::test::test_data_dir() / "corpus_truth_floor.tsv");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string file;
    floor_figures f;
    fields >> file >> f.cells >> f.rows >> f.tables;
    out[file] = f;
  }
  return out;
}

}  // namespace

TEST_CASE("real documents with truth: accuracy at or above the recorded floor") {
  const auto shared = budgetpdf::test::require_shared();
  const auto floor = floors();
  int documents = 0;
  for (const auto& entry : std::filesystem::directory_iterator(shared / "truth")) {
    if (entry.path().extension() != ".json") continue;
    auto pdf = shared / "corpus" / "pdf" / entry.path().stem();
    REQUIRE_MESSAGE(std::filesystem::exists(pdf), pdf.string());
    ++documents;
    auto report =
        budgetpdf::compare_with_truth(budgetpdf::parse_file(pdf.string()), read_text(entry.path()));
    const auto name = entry.path().stem().string();
    INFO(name << "\n" << budgetpdf::eval_report_text(report, 30));
    auto it = floor.find(name);
    REQUIRE_MESSAGE(it != floor.end(), "no floor recorded for " << name);
    CHECK(report.tables_found >= it->second.tables);
    CHECK(report.cells_exact >= it->second.cells);
    CHECK(report.rows_matched >= it->second.rows);
  }
  CHECK(documents >= 1);
}
