// compare_with_truth(): exact matches, moved and spurious amounts, missing tables and rows.
#include <budgetpdf/eval.hpp>
#include <budgetpdf/export.hpp>

#include "check/truth_compare.hpp"
#include "test_paths.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

using namespace budgetpdf;
using kind = eval_mismatch::kind;

namespace {

amount a(const char* printed) { return *parse_amount(printed); }

row make_row(std::optional<std::string> code, std::string name,
             std::vector<std::optional<amount>> values) {
  row r;
  r.code = std::move(code);
  r.name = std::move(name);
  r.values = std::move(values);
  return r;
}

// The parse that matches truth_text exactly.
document parsed() {
  document doc;
  doc.department = "深圳市财政局";
  doc.year = 2026;
  doc.stage = stage::budget;
  table t;
  t.number = "表3";
  t.title = "2026年部门支出预算总表";
  t.pages = {10, 11};
  t.declared_unit = unit::yuan;
  block b;
  b.columns = {{{"支出预算", "合计"}, "total"},
               {{"支出预算", "基本支出"}, "basic"},
               {{"支出预算", "项目支出"}, "project"}};
  b.rows = {
      make_row("201", "一般公共服务支出", {a("22186440.80"), a("16093326.00"), a("6093114.80")}),
      make_row("2010601", "行政运行", {a("16231840.80"), a("16093326.00"), a("138514.80")}),
      make_row("2010601", "行政运行", {a("1.00"), std::nullopt, a("1.00")}),
      make_row(std::nullopt, "合计", {a("31214205.80"), a("25121091.00"), std::nullopt})};
  t.blocks = {b};
  table e;
  e.number = "表7";
  e.title = "政府性基金预算支出表";
  e.pages = {14};
  e.declared_unit = unit::yuan;
  e.empty = true;
  e.blocks = {block{std::nullopt, {{{"合计"}, ""}}, {}}};
  doc.tables = {t, e};
  return doc;
}

const char* truth_text = R"({
  "file": "calinchow_sz_czj_2026_ys.pdf",
  "document": {"department": "深圳市财政局", "year": 2026, "stage": "预算"},
  "tables": [
    {"title": "2026年部门支出预算总表", "number": "表3", "pages": [10, 11], "unit": "元",
     "empty": false, "notes": ["a remark"],
     "blocks": [{"label": null,
       "columns": [["支出预算", "合计"], ["支出预算", "基本支出"], ["支出预算", "项目支出"]],
       "rows": [
         {"code": "201", "name": "一般公共服务支出", "values": ["22186440.80", "16093326.00", "6093114.80"]},
         {"code": "2010601", "name": "行政运行", "values": ["16231840.80", "16093326.00", "138514.80"]},
         {"code": "2010601", "name": "行政运行", "values": ["1.00", null, "1.00"]},
         {"code": null, "name": "合计", "values": ["31214205.80", "25121091.00", null]}
       ]}]},
    {"title": "政府性基金预算支出表", "number": "表7", "pages": [14], "unit": "元", "empty": true,
     "blocks": [{"label": null, "columns": [["合计"]], "rows": []}]}
  ]
})";

std::vector<eval_mismatch> of_kind(const eval_report& r, kind k) {
  std::vector<eval_mismatch> out;
  std::copy_if(r.mismatches.begin(), r.mismatches.end(), std::back_inserter(out),
               [&](const eval_mismatch& m) { return m.what == k; });
  return out;
}

}  // namespace

TEST_CASE("an exact parse scores 100% with no mismatches") {
  const eval_report r = compare_with_truth(parsed(), truth_text);
  for (const auto& m : r.mismatches)
    MESSAGE(eval_mismatch_kind_name(m.what), " ", m.table, " ", m.row, " ", m.column);
  CHECK(r.mismatches.empty());
  CHECK(r.file == "calinchow_sz_czj_2026_ys.pdf");
  CHECK(r.document_fields == 3);
  CHECK(r.document_fields_right == 3);
  CHECK(r.tables_truth == 2);
  CHECK(r.tables_found == 2);
  CHECK(r.tables_pages_right == 2);
  CHECK(r.tables_unit_right == 2);
  CHECK(r.tables_empty_right == 2);
  CHECK(r.tables_columns_right == 2);
  CHECK(r.rows_truth == 4);
  CHECK(r.rows_matched == 4);
  CHECK(r.cells_truth == 10);
  CHECK(r.cells_exact == 10);
  CHECK(r.spurious == 0);
  CHECK(r.cell_accuracy() == 1.0);
  CHECK(eval_report_text(r).find("cells exact:      10/10 (100.00%)") != std::string::npos);
}

TEST_CASE("our own JSON output is accepted as truth and matches itself") {
  document doc = parsed();
  const eval_report r = compare_with_truth(doc, to_json(doc));
  CHECK(r.mismatches.empty());
  CHECK(r.cells_exact == 10);
  CHECK(r.tables_columns_right == 2);
}

TEST_CASE("an amount moved to the next column is a miss and a spurious value") {
  document doc = parsed();
  auto& r0 = doc.tables[0].blocks[0].rows[3];  // 合计: 25121091.00 moves to 项目支出
  r0.values[2] = r0.values[1];
  r0.values[1] = std::nullopt;
  const eval_report r = compare_with_truth(doc, truth_text);
  CHECK(r.cells_exact == 9);
  CHECK(r.cells_missing == 1);
  CHECK(r.spurious == 1);
  CHECK(r.rows_matched == 4);
  auto missing = of_kind(r, kind::missing_value);
  REQUIRE(missing.size() == 1);
  CHECK(missing[0].table == "表3 2026年部门支出预算总表");
  CHECK(missing[0].row == "合计");
  CHECK(missing[0].column == "支出预算/基本支出");
  CHECK(missing[0].expected == "25121091.00");
  CHECK(!missing[0].got);
  auto spurious = of_kind(r, kind::spurious_value);
  REQUIRE(spurious.size() == 1);
  CHECK(spurious[0].column == "支出预算/项目支出");
  CHECK(spurious[0].got == "25121091.00");
  CHECK(r.cell_accuracy() == doctest::Approx(0.9));
  const std::string text = eval_report_text(r);
  CHECK(text.find("missing_value | 表3 2026年部门支出预算总表 | 合计 | 支出预算/基本支出 | "
                  "expected 25121091.00, got (none)") != std::string::npos);
}

TEST_CASE("a different amount in the right cell is a wrong value") {
  document doc = parsed();
  doc.tables[0].blocks[0].rows[1].values[0] = a("16231840.08");
  const eval_report r = compare_with_truth(doc, truth_text);
  CHECK(r.cells_wrong == 1);
  CHECK(r.cells_exact == 9);
  auto wrong = of_kind(r, kind::wrong_value);
  REQUIRE(wrong.size() == 1);
  CHECK(wrong[0].row == "2010601 行政运行");
  CHECK(wrong[0].expected == "16231840.80");
  CHECK(wrong[0].got == "16231840.08");
  // Same number, different printed decimals, is not the same amount.
  doc = parsed();
  doc.tables[0].blocks[0].rows[1].values[0] = a("16231840.8");
  CHECK(compare_with_truth(doc, truth_text).cells_wrong == 1);
}

TEST_CASE("a missing table counts all its amounts as missing") {
  document doc = parsed();
  doc.tables.erase(doc.tables.begin());
  const eval_report r = compare_with_truth(doc, truth_text);
  CHECK(r.tables_found == 1);
  CHECK(r.cells_truth == 10);
  CHECK(r.cells_exact == 0);
  CHECK(r.cells_missing == 10);
  CHECK(r.rows_truth == 4);
  CHECK(r.rows_matched == 0);
  auto missing = of_kind(r, kind::missing_table);
  REQUIRE(missing.size() == 1);
  CHECK(missing[0].table == "表3 2026年部门支出预算总表");
  CHECK(missing[0].expected == "[10,11]");
}

TEST_CASE("an extra table and a spurious value where the truth cell is empty") {
  document doc = parsed();
  doc.tables[0].blocks[0].rows[2].values[1] = a("0.00");
  table extra;
  extra.title = "绩效目标表";
  extra.blocks = {block{std::nullopt, {{{"金额"}, ""}}, {make_row(std::nullopt, "x", {a("5")})}}};
  doc.tables.push_back(extra);
  const eval_report r = compare_with_truth(doc, truth_text);
  CHECK(r.cells_exact == 10);
  CHECK(r.spurious == 1);
  CHECK(r.tables_extra == 1);
  CHECK(r.extra_table_amounts == 1);
  auto s = of_kind(r, kind::spurious_value);
  REQUIRE(s.size() == 1);
  CHECK(s[0].row == "2010601 行政运行");
  CHECK(s[0].got == "0.00");
  CHECK(of_kind(r, kind::extra_table).size() == 1);
}

TEST_CASE("duplicate rows are matched in order; a missing one is reported once") {
  document doc = parsed();
  auto& rows = doc.tables[0].blocks[0].rows;
  rows.erase(rows.begin() + 1);  // the first 行政运行 is lost
  const eval_report r = compare_with_truth(doc, truth_text);
  CHECK(r.rows_matched == 3);
  auto missing = of_kind(r, kind::missing_row);
  // Of the two duplicates, the remaining row (1.00, -, 1.00) is aligned with the truth row
  // whose amounts it carries, so the lost one is reported missing, not both as wrong.
  REQUIRE(missing.size() == 1);
  CHECK(missing[0].row == "2010601 行政运行");
  CHECK(r.cells_exact + r.cells_wrong + r.cells_missing == r.cells_truth);
  CHECK(r.cells_exact == 7);
  CHECK(r.cells_missing == 3);
  CHECK(r.cells_wrong == 0);
}

TEST_CASE("an extra row's amounts are spurious") {
  document doc = parsed();
  auto& rows = doc.tables[0].blocks[0].rows;
  rows.insert(rows.begin() + 1,
              make_row("20106", "财政事务", {a("7.00"), std::nullopt, a("7.00")}));
  const eval_report r = compare_with_truth(doc, truth_text);
  CHECK(r.rows_matched == 4);
  CHECK(r.rows_extra == 1);
  CHECK(r.spurious == 2);
  CHECK(r.cells_exact == 10);
  auto extra = of_kind(r, kind::extra_row);
  REQUIRE(extra.size() == 1);
  CHECK(extra[0].row == "20106 财政事务");
  CHECK(extra[0].got == "7.00 7.00");
}

TEST_CASE("document and table fields are compared") {
  document doc = parsed();
  doc.year = 2025;
  doc.stage = stage::unknown;
  doc.tables[0].pages = {10};
  doc.tables[0].declared_unit = unit::ten_thousand_yuan;
  doc.tables[1].empty = false;
  doc.tables[0].number = "表 4";  // matched by title alone
  const eval_report r = compare_with_truth(doc, truth_text);
  CHECK(r.document_fields_right == 1);
  CHECK(r.tables_found == 2);
  CHECK(r.tables_pages_right == 1);
  CHECK(r.tables_unit_right == 1);
  CHECK(r.tables_empty_right == 1);
  CHECK(r.cells_exact == 10);  // the cells are still right
  std::vector<std::string> fields;
  for (const auto& m : r.mismatches)
    if (m.what == kind::document_field || m.what == kind::table_field) fields.push_back(m.column);
  CHECK(fields == std::vector<std::string>{"year", "stage", "number", "pages", "unit", "empty"});
  auto year = of_kind(r, kind::document_field)[0];
  CHECK(year.expected == "2026");
  CHECK(year.got == "2025");
}

TEST_CASE("columns are matched by header path; an extra column does not shift the others") {
  document doc = parsed();
  auto& b = doc.tables[0].blocks[0];
  b.columns.insert(b.columns.begin(), column{{"行次"}, ""});
  for (std::size_t i = 0; i < b.rows.size(); ++i)
    b.rows[i].values.insert(b.rows[i].values.begin(), a(std::to_string(i + 1).c_str()));
  const eval_report r = compare_with_truth(doc, truth_text);
  CHECK(r.cells_exact == 10);
  CHECK(r.spurious == 4);
  CHECK(r.tables_columns_right == 1);
  auto headers = of_kind(r, kind::column_header);
  REQUIRE(headers.size() == 1);  // the truth's columns are all found by their paths
  CHECK(!headers[0].expected);
  CHECK(headers[0].got == "行次");
}

TEST_CASE("blocks are matched by label") {
  const char* truth = R"({"file": "x.pdf", "document": {"department": null, "year": null,
    "stage": null}, "tables": [{"title": "收支总表", "number": null, "pages": [1], "unit": "万元",
    "empty": false, "blocks": [
      {"label": "收入", "columns": [["收入", "金额"]], "rows": [{"code": null, "name": "合计", "values": ["1.00"]}]},
      {"label": "支出", "columns": [["支出", "金额"]], "rows": [{"code": null, "name": "合计", "values": ["2.00"]}]}]}]})";
  document doc;
  table t;
  t.title = "收支总表";
  t.pages = {1};
  t.declared_unit = unit::ten_thousand_yuan;
  // Printed in the other order: labels decide.
  t.blocks = {
      block{"支出", {{{"支出", "金额"}, ""}}, {make_row(std::nullopt, "合计", {a("2.00")})}},
      block{"收入", {{{"收入", "金额"}, ""}}, {make_row(std::nullopt, "合计", {a("1.00")})}}};
  doc.tables = {t};
  eval_report r = compare_with_truth(doc, truth);
  CHECK(r.cells_exact == 2);
  CHECK(r.mismatches.empty());
  // One block missing.
  doc.tables[0].blocks.pop_back();
  r = compare_with_truth(doc, truth);
  CHECK(r.cells_exact == 1);
  CHECK(r.cells_missing == 1);
  CHECK(of_kind(r, kind::missing_block).size() == 1);
  CHECK(r.tables_columns_right == 0);
}

TEST_CASE("a truth row with an item is matched on it") {
  const char* truth = R"({"file": "x.pdf", "document": {}, "tables": [{"title": "项目支出表",
    "number": null, "pages": [1], "unit": "元", "empty": false, "blocks": [{"label": null,
    "columns": [["金额"]], "rows": [
      {"code": "2010601", "name": "行政运行", "item": "信息化运维", "values": ["5.00"]},
      {"code": "2010601", "name": "行政运行", "item": "办公楼维修", "values": ["6.00"]}]}]}]})";
  document doc;
  table t;
  t.title = "项目支出表";
  t.pages = {1};
  t.declared_unit = unit::yuan;
  row r1 = make_row("2010601", "行政运行", {a("6.00")});
  r1.item = "办公楼维修";
  row r2 = make_row("2010601", "行政运行", {a("5.00")});
  r2.item = "信息化运维";
  t.blocks = {block{std::nullopt, {{{"金额"}, ""}}, {r2, r1}}};
  doc.tables = {t};
  CHECK(compare_with_truth(doc, truth).cells_exact == 2);
  std::swap(doc.tables[0].blocks[0].rows[0], doc.tables[0].blocks[0].rows[1]);
  const eval_report r = compare_with_truth(doc, truth);
  CHECK(r.cells_exact == 1);  // out of order: one pair survives the alignment
  CHECK(r.rows_matched == 1);
}

TEST_CASE("malformed truth is refused with the offending field") {
  CHECK_THROWS_AS(compare_with_truth(document{}, "not json"), std::invalid_argument);
  CHECK_THROWS_AS(compare_with_truth(document{}, "[]"), std::invalid_argument);
  try {
    compare_with_truth(document{}, R"({"document": {}, "tables": [{"title": "t", "pages": [1],
      "blocks": [{"label": null, "columns": [], "rows": [{"code": null, "values": []}]}]}]})");
    FAIL("no exception");
  } catch (const std::invalid_argument& e) {
    CHECK(std::string(e.what()) == "truth: tables[0].blocks[0].rows[0]: missing \"name\"");
  }
}

TEST_CASE("the JSON report carries the figures and the mismatches") {
  document doc = parsed();
  doc.tables[0].blocks[0].rows[0].values[0] = std::nullopt;
  const std::string j = eval_report_json(compare_with_truth(doc, truth_text));
  CHECK(j.find("\"cells_exact\": 9") != std::string::npos);
  CHECK(j.find("\"cell_accuracy\": 0.9") != std::string::npos);
  CHECK(j.find("\"kind\": \"missing_value\"") != std::string::npos);
}

TEST_CASE("every shared truth file reads") {
  auto shared = test::shared_dir();
  if (shared.empty()) {
    MESSAGE("../shared absent: skipped");
    return;
  }
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(shared / "truth")) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path());
    std::stringstream ss;
    ss << in.rdbuf();
    ++files;
    detail::truth_document t;
    CHECK_NOTHROW(t = detail::read_truth(ss.str()));
    CHECK(!t.tables.empty());
    // An empty parse finds nothing and misses every amount.
    const eval_report r = compare_with_truth(document{}, ss.str());
    CHECK(r.cells_exact == 0);
    CHECK(r.cells_missing == r.cells_truth);
    CHECK(r.cells_truth > 0);
  }
  CHECK(files > 0);
}

TEST_CASE("a truth row without a name matches a parsed row with an empty name") {
  const char* truth = R"({"file": "x.pdf", "document": {}, "tables": [{"title": "三公经费表",
    "number": null, "pages": [3], "unit": "万元", "empty": false, "blocks": [{"label": null,
    "columns": [["合计"], ["公务接待费"]], "rows": [
      {"code": null, "name": null, "values": ["76.43", null]}]}]}]})";
  document doc;
  table t;
  t.title = "三公经费表";
  t.pages = {3};
  t.declared_unit = unit::ten_thousand_yuan;
  t.blocks = {block{std::nullopt,
                    {{{"合计"}, "total"}, {{"公务接待费"}, ""}},
                    {make_row(std::nullopt, "", {a("76.43"), a("1.00")})}}};
  doc.tables = {t};
  const eval_report r = compare_with_truth(doc, truth);
  CHECK(r.rows_matched == 1);
  CHECK(r.cells_exact == 1);
  auto s = of_kind(r, kind::spurious_value);
  REQUIRE(s.size() == 1);
  CHECK(s[0].row == "(unnamed row)");
  CHECK(s[0].column == "公务接待费");
}
