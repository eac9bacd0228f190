// Every layout family of tests/data/families (tools/gen_samples/families.py, one small
// disclosure per family that real documents print) parses to exactly its truth, and rows
// keep the texts of their text columns (`text_columns` / `texts`, budgetpdf's own keys).
#include <budgetpdf/check.hpp>
#include <budgetpdf/eval.hpp>
#include <budgetpdf/parse.hpp>

#include "parse_outcome.hpp"
#include "test_paths.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

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

// Titles and numbers, and the truth's text columns and row texts where it has them.
void check_titles_and_texts(const budgetpdf::document& doc, const nlohmann::json& truth) {
  const auto& tables = truth.at("tables");
  REQUIRE(doc.tables.size() == tables.size());
  for (std::size_t t = 0; t < tables.size(); ++t) {
    // Titles and numbers exactly as printed, in order.
    CHECK(doc.tables[t].title == tables[t].at("title").get<std::string>());
    const auto& number = tables[t].at("number");
    CHECK(doc.tables[t].number.value_or("") == (number.is_null() ? "" : number.get<std::string>()));
    const auto& blocks = tables[t].at("blocks");
    REQUIRE(doc.tables[t].blocks.size() == blocks.size());
    for (std::size_t b = 0; b < blocks.size(); ++b) {
      const auto& got = doc.tables[t].blocks[b];
      if (!blocks[b].contains("text_columns")) {
        CHECK(got.text_columns.empty());
        continue;
      }
      const auto& want_cols = blocks[b].at("text_columns");
      REQUIRE(got.text_columns.size() == want_cols.size());
      for (std::size_t c = 0; c < want_cols.size(); ++c)
        CHECK(got.text_columns[c].header == want_cols[c].get<std::vector<std::string>>());
      const auto& rows = blocks[b].at("rows");
      REQUIRE(got.rows.size() == rows.size());
      for (std::size_t r = 0; r < rows.size(); ++r)
        CHECK(got.rows[r].texts == rows[r].at("texts").get<std::vector<std::string>>());
    }
  }
}

}  // namespace

TEST_CASE("every layout family reproduces its truth exactly") {
  int families = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(budgetpdf::test::test_data_dir() / "families")) {
    if (entry.path().extension() != ".pdf") continue;
    auto truth_path = entry.path();
    truth_path += ".json";
    REQUIRE_MESSAGE(std::filesystem::exists(truth_path), truth_path.string());
    ++families;
    const auto truth_text = read_text(truth_path);
    auto doc = budgetpdf::parse_file(entry.path().string());
    auto report = budgetpdf::compare_with_truth(doc, truth_text);
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
    check_titles_and_texts(doc, nlohmann::json::parse(truth_text));
    // Nothing printed was left out, and no table lacks its title, kind or unit.
    const auto& m = doc.measures;
    CHECK(m.amounts_placed == m.amounts_printed);
    CHECK(m.tables_without_title == 0);
    CHECK(m.tables_kind_unknown == 0);
    CHECK(m.tables_without_unit == 0);
    CHECK(m.columns_without_header == 0);
    CHECK(m.headers_with_title_text == 0);
  }
  CHECK(families >= 3);
}

TEST_CASE("a document whose tables print no money is no budget") {
  // tests/data/not_budget (families.py): what crawlers save under a budget's name, tables
  // of counts and record numbers. Their figures must not come out as amounts.
  int documents = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(budgetpdf::test::test_data_dir() / "not_budget")) {
    if (entry.path().extension() != ".pdf") continue;
    ++documents;
    const auto got = budgetpdf::test::parse_path(entry.path());
    INFO(entry.path().filename().string() << ": " << budgetpdf::test::describe(got));
    CHECK_FALSE(got.ok);
    CHECK(got.code == budgetpdf::error_code::no_tables);
    // Tables about no money (n01), or a document that never names a budget (n02).
    CHECK((budgetpdf::test::contains(got.message, "none about money") ||
           budgetpdf::test::contains(got.message, "never prints 预算 or 决算")));
  }
  CHECK(documents >= 2);
}

TEST_CASE("a rate column (完成率（%）, rates without the sign) takes no part in sums") {
  const auto pdf =
      budgetpdf::test::test_data_dir() / "families" / "f51_rates_beside_partial_codes.pdf";
  const auto doc = budgetpdf::parse_file(pdf.string());
  REQUIRE(doc.tables.size() == 1);
  const auto summary = budgetpdf::check_document(doc);
  int checked = 0;
  for (const auto& r : summary.results) {
    INFO(r.message);
    CHECK(r.result != budgetpdf::check_result::outcome::fails);
    CHECK(r.column.find("完成率") == std::string::npos);
    ++checked;
  }
  // The sums of the two money columns are checked, row by row and against the total.
  CHECK(checked >= 20);
  // No code level was guessed: the sums told every one.
  for (const auto& d : doc.diagnostics)
    CHECK(d.code != budgetpdf::diagnostic_code::code_level_guessed);
}

TEST_CASE(
    "count columns (数量, 接待人次, 保有量（辆）) are figures measured as counts, not money") {
  const auto pdf = budgetpdf::test::test_data_dir() / "families" / "f52_count_columns.pdf";
  const auto doc = budgetpdf::parse_file(pdf.string());
  REQUIRE(doc.tables.size() == 2);
  int counts = 0, money = 0;
  for (const auto& t : doc.tables)
    for (const auto& b : t.blocks)
      for (std::size_t c = 0; c < b.columns.size(); ++c) {
        const auto& col = b.columns[c];
        const bool count = col.measure == budgetpdf::column_measure::count;
        INFO(t.title << " / " << col.header.back());
        // A count's label may name a 三公 item (公务接待批次): its key says count.
        CHECK((col.key == "count") == count);
        (count ? counts : money) += 1;
        for (const auto& r : b.rows) {
          if (!r.values[c]) continue;
          const auto yuan = budgetpdf::value_in_yuan(b.columns, c, *r.values[c], t.declared_unit);
          CHECK(yuan.has_value() == !count);
        }
      }
  CHECK(counts == 3 + 1);  // three after the 三公 money, 数量 in the procurement table
  CHECK(money == 6 + 2);
  // The checks add money only: none fails, and none names a count column.
  for (const auto& r : budgetpdf::check_document(doc).results) {
    INFO(r.message);
    CHECK(r.result != budgetpdf::check_result::outcome::fails);
    CHECK(r.column.find("数量") == std::string::npos);
    CHECK(r.column.find("人次") == std::string::npos);
  }
}
