// check_document(): parents, totals, column identities, balance and cross-table identities
// on hand-built documents, with exact, within-rounding, failing and doubtful outcomes.
#include <budgetpdf/check.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using namespace budgetpdf;
using outcome = check_result::outcome;

namespace {

std::optional<amount> a(const char* printed) { return parse_amount(printed); }

row make_row(std::optional<std::string> code, std::string name,
             std::vector<std::optional<amount>> values, double y = 0) {
  row r;
  r.code = code;
  if (code && code->size() > 3) r.parent = code->substr(0, code->size() - 2);
  r.name = std::move(name);
  r.values = std::move(values);
  r.page = 3;
  r.where = {10, y, 500, y + 12};
  return r;
}

table one_block(table_kind kind, std::string number, std::vector<column> columns,
                std::vector<row> rows) {
  table t;
  t.kind = kind;
  t.number = std::move(number);
  t.title = "测试表";
  t.pages = {3};
  t.declared_unit = unit::ten_thousand_yuan;
  block b;
  b.columns = std::move(columns);
  b.rows = std::move(rows);
  t.blocks = {b};
  return t;
}

// A 功能分类 table: 201 = 20101 + 20106, with 合计 at the end; one column.
document hierarchy_doc(const char* parent_value, const char* total_value) {
  document doc;
  doc.tables = {one_block(table_kind::general_budget_functional, "表5", {{{"合计"}, "total"}},
                          {make_row("201", "一般公共服务支出", {a(parent_value)}, 100),
                           make_row("20101", "人大事务", {a("5.00")}, 120),
                           make_row("20106", "财政事务", {a("5.00")}, 140),
                           make_row(std::nullopt, "合计", {a(total_value)}, 160)})};
  return doc;
}

const check_result* find(const check_summary& s, const std::string& kind, const std::string& row,
                         std::size_t nth = 0) {
  for (const auto& r : s.results)
    if (check_kind_name(r.kind) == kind && r.row == row && nth-- == 0) return &r;
  return nullptr;
}

}  // namespace

TEST_CASE("a parent equal to the sum of its children holds") {
  const auto s = check_document(hierarchy_doc("10.00", "10.00"));
  const auto* c = find(s, "children-sum", "201 一般公共服务支出");
  REQUIRE(c != nullptr);
  CHECK(c->result == outcome::holds);
  CHECK(c->expected == "10.00");
  CHECK(c->actual == "10.00");
  CHECK(c->table == "表5");
  CHECK(c->column == "合计");
  CHECK(c->page == 3);
  CHECK(s.holds == 2);  // the parent, and the total against 201
  CHECK(s.fails() == 0);
  REQUIRE(s.tables.size() == 1);
  CHECK(s.tables[0].classification);
  CHECK(s.tables[0].reconciles());
  CHECK(check_diagnostics(s).empty());
}

TEST_CASE("a list continued in a panel beside it: children in both panels add up") {
  // 302 = 30201 + 30205 in the second panel + 30213 in the third (same columns).
  document doc;
  doc.tables = {one_block(table_kind::general_budget_basic, "表6", {{{"公用经费", "决算数"}, "x"}},
                          {make_row("302", "商品和服务支出", {a("30.00")}, 100),
                           make_row("30201", "办公费", {a("10.00")}, 120),
                           make_row("30205", "水费", {a("5.00")}, 140)})};
  block third = doc.tables[0].blocks[0];
  third.rows = {make_row("30213", "维修（护）费", {a("15.00")}, 100)};
  doc.tables[0].blocks.push_back(third);
  auto s = check_document(doc);
  const auto* c = find(s, "children-sum", "302 商品和服务支出");
  REQUIRE(c != nullptr);
  CHECK(c->result == outcome::holds);
  CHECK(s.fails() == 0);
  // Panels under other columns are lists of their own: 30213 is no child of 302 then.
  doc.tables[0].blocks[1].columns[0].header = {"人员经费", "决算数"};
  s = check_document(doc);
  c = find(s, "children-sum", "302 商品和服务支出");
  REQUIRE(c != nullptr);
  CHECK(c->result == outcome::fails);
}

TEST_CASE("0.01 off with two addends holds within rounding") {
  const auto s = check_document(hierarchy_doc("10.01", "10.01"));
  const auto* c = find(s, "children-sum", "201 一般公共服务支出");
  REQUIRE(c != nullptr);
  CHECK(c->result == outcome::holds_within_rounding);
  CHECK(c->actual == "10.00");
  CHECK(c->tolerance == "0.015");  // three figures, half a cent each
  CHECK(s.holds_within_rounding == 1);
  CHECK(s.tables[0].reconciles());
  const auto diags = check_diagnostics(s);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].code == diagnostic_code::sum_holds_within_rounding);
  CHECK(diags[0].level == diagnostic::severity::info);
  CHECK(diags[0].table == "表5");
  CHECK(diags[0].at.page == 3);
}

TEST_CASE("0.02 off with two addends fails: the bound is 0.015") {
  const auto s = check_document(hierarchy_doc("10.02", "10.02"));
  const auto* c = find(s, "children-sum", "201 一般公共服务支出");
  REQUIRE(c != nullptr);
  CHECK(c->result == outcome::fails);
  CHECK(c->is_document_error());
}

TEST_CASE("a parent far from its children fails as a document error") {
  const auto s = check_document(hierarchy_doc("90.00", "90.00"));
  const auto* c = find(s, "children-sum", "201 一般公共服务支出");
  REQUIRE(c != nullptr);
  CHECK(c->result == outcome::fails);
  CHECK(c->is_document_error());
  CHECK_FALSE(c->is_extraction_doubt());
  CHECK(c->expected == "90.00");
  CHECK(c->actual == "10.00");
  CHECK(c->message.find("表5") != std::string::npos);
  CHECK(c->message.find("201 一般公共服务支出") != std::string::npos);
  CHECK(c->message.find("page 3") != std::string::npos);
  CHECK(s.document_errors == 1);
  CHECK_FALSE(s.tables[0].reconciles());
  const auto diags = check_diagnostics(s);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].code == diagnostic_code::sum_fails);
  CHECK(diags[0].level == diagnostic::severity::warning);
  CHECK(is_check_diagnostic(diags[0].code));
  CHECK_FALSE(is_check_diagnostic(diagnostic_code::unparsed_cell));
}

TEST_CASE("the total row against the top-level rows") {
  const auto s = check_document(hierarchy_doc("10.00", "12.00"));
  const auto* c = find(s, "total-sum", "合计");
  REQUIRE(c != nullptr);
  CHECK(c->result == outcome::fails);
  CHECK(c->actual == "10.00");
  CHECK(find(s, "children-sum", "201 一般公共服务支出")->result == outcome::holds);
}

TEST_CASE("a row whose parent is not printed counts under its nearest printed ancestor") {
  // 301 = 30101 + 3010201 + 3010202: the 30102 row is not printed.
  document doc;
  doc.tables = {one_block(table_kind::general_budget_economic, "表6", {{{"合计"}, "total"}},
                          {make_row("301", "工资福利支出", {a("10.00")}, 100),
                           make_row("30101", "基本工资", {a("5.00")}, 120),
                           make_row("3010201", "津贴补贴", {a("3.00")}, 140),
                           make_row("3010202", "改革性补贴", {a("2.00")}, 160)})};
  const auto s = check_document(doc);
  const auto* c = find(s, "children-sum", "301 工资福利支出");
  REQUIRE(c != nullptr);
  CHECK(c->result == outcome::holds);
  CHECK(c->actual == "10.00");
}

TEST_CASE("rows keyed by a code and further codes repeat the code without a doubt") {
  // One row per 功能 | 经济 pair: 2040201 twice, with other economic codes. The rows add up
  // to less than the printed total: the document's error, not a doubt about the reading.
  auto keyed = [](std::string code, std::string other, const char* value, double y) {
    row r = make_row(code, "行政运行", {a(value)}, y);
    r.parent = std::nullopt;
    r.other_codes = {std::move(other)};
    return r;
  };
  document doc;
  doc.tables = {
      one_block(table_kind::expenditure_summary, "预算03表", {{{"合计"}, "total"}},
                {keyed("2040201", "30101", "5.00", 100), keyed("2040201", "30102", "4.00", 120),
                 make_row(std::nullopt, "合计", {a("20.00")}, 140)})};
  auto s = check_document(doc);
  const auto* c = find(s, "total-sum", "合计");
  REQUIRE(c != nullptr);
  CHECK(c->result == outcome::fails);
  CHECK(c->is_document_error());
  // The same key twice: a doubled or misread row is the likelier cause.
  doc.tables[0].blocks[0].rows[1].other_codes = {"30101"};
  s = check_document(doc);
  c = find(s, "total-sum", "合计");
  REQUIRE(c != nullptr);
  CHECK(c->is_extraction_doubt());
}

TEST_CASE(
    "a row printed twice alike is the document's, a repeated code with other figures a doubt") {
  // 219 = 21999 once; the page prints the 21999 row twice, in two places.
  auto doc_with = [](const char* second_value) {
    document doc;
    doc.tables = {one_block(table_kind::general_budget_functional, "表5", {{{"合计"}, "total"}},
                            {make_row("219", "援助其他地区支出", {a("5.00")}, 100),
                             make_row("21999", "其他支出", {a("5.00")}, 120),
                             make_row("21999", "其他支出", {a(second_value)}, 140)})};
    return doc;
  };
  auto s = check_document(doc_with("5.00"));
  const auto* c = find(s, "children-sum", "219 援助其他地区支出");
  REQUIRE(c != nullptr);
  CHECK(c->result == outcome::fails);
  CHECK(c->is_document_error());
  CHECK(c->message.find("21999 其他支出 printed twice alike") != std::string::npos);
  s = check_document(doc_with("4.00"));
  c = find(s, "children-sum", "219 援助其他地区支出");
  REQUIRE(c != nullptr);
  CHECK(c->is_extraction_doubt());
}

TEST_CASE("amounts at different scales are aligned exactly") {
  document doc;
  doc.tables = {one_block(
      table_kind::general_budget_functional, "表5", {{{"合计"}, "total"}},
      {make_row("201", "一般公共服务支出", {a("1.5")}), make_row("20101", "人大事务", {a("0.75")}),
       make_row("20106", "财政事务", {a("0.750000")})})};
  const auto s = check_document(doc);
  const auto* c = find(s, "children-sum", "201 一般公共服务支出");
  REQUIRE(c != nullptr);
  CHECK(c->result == outcome::holds);
  CHECK(c->actual == "1.500000");
}

TEST_CASE("column identities: 合计 = 基本支出 + 项目支出, 基本支出 = 人员经费 + 公用经费") {
  const std::vector<column> cols{{{"合计"}, "total"},
                                 {{"基本支出", "小计"}, "basic"},
                                 {{"基本支出", "人员经费"}, "personnel"},
                                 {{"基本支出", "公用经费"}, "public_use"},
                                 {{"项目支出"}, "project"}};
  document doc;
  doc.tables = {one_block(
      table_kind::expenditure_summary, "表3", cols,
      {make_row("2010101", "行政运行", {a("30.00"), a("20.00"), a("15.00"), a("5.00"), a("10.00")}),
       make_row("2010102", "一般行政管理事务",
                {a("31.00"), a("20.00"), a("15.00"), a("6.00"), a("10.00")})})};
  const auto s = check_document(doc);
  const auto* total1 = find(s, "column-identity", "2010101 行政运行", 0);
  const auto* basic1 = find(s, "column-identity", "2010101 行政运行", 1);
  REQUIRE(total1 != nullptr);
  REQUIRE(basic1 != nullptr);
  CHECK(total1->column == "合计");
  CHECK(total1->result == outcome::holds);
  CHECK(basic1->column == "基本支出/小计");
  CHECK(basic1->result == outcome::holds);
  const auto* total2 = find(s, "column-identity", "2010102 一般行政管理事务", 0);
  const auto* basic2 = find(s, "column-identity", "2010102 一般行政管理事务", 1);
  REQUIRE(total2 != nullptr);
  REQUIRE(basic2 != nullptr);
  CHECK(total2->result == outcome::fails);
  CHECK(total2->actual == "30.00");
  CHECK(basic2->result == outcome::fails);
  CHECK(basic2->actual == "21.00");
}

TEST_CASE("合计 = 基本支出 + 项目支出 + the columns printed beside them, 其中 columns aside") {
  const std::vector<column> cols{{{"合计"}, "total"},
                                 {{"基本支出"}, "basic"},
                                 {{"项目支出"}, "project"},
                                 {{"单位预留机动经费"}, ""},
                                 {{"其中：事业单位经营支出"}, ""}};
  document doc;
  doc.tables = {one_block(
      table_kind::expenditure_summary, "表3", cols,
      {make_row(std::nullopt, "合计", {a("39.00"), a("20.00"), a("10.00"), a("9.00"), a("4.00")}),
       // A row whose 合计 leaves the third column out: the narrower reading holds.
       make_row("2010101", "行政运行", {a("30.00"), a("20.00"), a("10.00"), a("9.00"), {}}),
       make_row("2010102", "一般行政管理事务",
                {a("41.00"), a("20.00"), a("10.00"), a("9.00"), {}})})};
  const auto s = check_document(doc);
  const auto* all = find(s, "column-identity", "合计");
  REQUIRE(all != nullptr);
  CHECK(all->result == outcome::holds);
  CHECK(all->parts == "基本支出 + 项目支出 + 单位预留机动经费");
  const auto* narrow = find(s, "column-identity", "2010101 行政运行");
  REQUIRE(narrow != nullptr);
  CHECK(narrow->result == outcome::holds);
  CHECK(narrow->parts == "基本支出 + 项目支出");
  const auto* fails = find(s, "column-identity", "2010102 一般行政管理事务");
  REQUIRE(fails != nullptr);
  CHECK(fails->result == outcome::fails);
  CHECK(fails->actual == "39.00");
}

TEST_CASE("an identity failing on most rows of one column is a doubt about the reading") {
  // 合计 read against parts other than the header suggests (or values one column off): the
  // same identity fails on every row. A document has isolated errors, not a column of them.
  auto make = [](int failing_rows) {
    std::vector<row> rows;
    for (int i = 0; i < 4; ++i) {
      const bool fail = i < failing_rows;
      rows.push_back(make_row("201010" + std::to_string(i + 1), "款" + std::to_string(i),
                              {a(fail ? "40.00" : "30.00"), a("20.00"), a("10.00")}, 100 + 20 * i));
    }
    document doc;
    doc.tables = {
        one_block(table_kind::expenditure_summary, "表3",
                  {{{"合计"}, "total"}, {{"基本支出"}, "basic"}, {{"项目支出"}, "project"}},
                  std::move(rows))};
    return check_document(doc);
  };
  const auto most = make(3);
  CHECK(most.document_errors == 0);
  CHECK(most.extraction_doubts == 3);
  const auto* c = find(most, "column-identity", "2010101 款0");
  REQUIRE(c != nullptr);
  CHECK(c->result == outcome::fails);
  CHECK(c->doubt.find("3 of the 4 rows") != std::string::npos);
  REQUIRE(most.tables.size() == 1);
  CHECK(most.tables[0].extraction_doubts == 3);
  CHECK(most.tables[0].document_errors == 0);
  // One failing row in four stays the document's own error.
  const auto one = make(1);
  CHECK(one.document_errors == 1);
  CHECK(one.extraction_doubts == 0);
}

TEST_CASE("a 小计 column equals its sibling columns; a 其中 sibling stops the check") {
  auto make = [](const char* other_leaf) {
    document doc;
    doc.tables = {one_block(table_kind::other, "表9",
                            {{{"本年收入", "小计"}, ""},
                             {{"本年收入", "财政拨款"}, ""},
                             {{"本年收入", other_leaf}, ""}},
                            {make_row(std::nullopt, "某单位", {a("9.00"), a("4.00"), a("3.00")})})};
    return check_document(doc);
  };
  const auto s = make("事业收入");
  const auto* c = find(s, "column-identity", "某单位");
  REQUIRE(c != nullptr);
  CHECK(c->result == outcome::fails);
  CHECK(c->actual == "7.00");
  CHECK(find(make("其中：经营收入"), "column-identity", "某单位") == nullptr);
}

TEST_CASE("收入总计 = 支出总计 in a 收支总表") {
  auto make = [](const char* out_total) {
    table t;
    t.kind = table_kind::revenue_expenditure_summary;
    t.number = "表1";
    t.pages = {2};
    block in, out;
    in.label = "收入";
    in.columns = {{{"收入", "预算数"}, "budget"}};
    in.rows = {make_row(std::nullopt, "一、一般公共预算拨款", {a("100.00")}),
               make_row(std::nullopt, "收入总计", {a("100.00")})};
    out.label = "支出";
    out.columns = {{{"支出", "预算数"}, "budget"}};
    out.rows = {make_row(std::nullopt, "一、一般公共服务支出", {a("100.00")}),
                make_row(std::nullopt, "支出总计", {a(out_total)})};
    t.blocks = {in, out};
    document doc;
    doc.tables = {t};
    return check_document(doc);
  };
  const auto ok = make("100.00");
  const auto* c = find(ok, "balance", "支出总计");
  REQUIRE(c != nullptr);
  CHECK(c->result == outcome::holds);
  const auto bad = make("101.00");
  REQUIRE(find(bad, "balance", "支出总计") != nullptr);
  CHECK(find(bad, "balance", "支出总计")->result == outcome::fails);
}

TEST_CASE("cross-table: 一般公共预算支出表 基本支出 = 一般公共预算基本支出表 合计") {
  auto make = [](const char* basic_total) {
    document doc;
    doc.tables = {
        one_block(table_kind::general_budget_functional, "表5",
                  {{{"合计"}, "total"}, {{"基本支出"}, "basic"}, {{"项目支出"}, "project"}},
                  {make_row("201", "一般公共服务支出", {a("15.00"), a("10.00"), a("5.00")}),
                   make_row(std::nullopt, "合计", {a("15.00"), a("10.00"), a("5.00")})}),
        one_block(
            table_kind::general_budget_basic, "表6",
            {{{"合计"}, "total"}, {{"人员经费"}, "personnel"}, {{"公用经费"}, "public_use"}},
            {make_row("301", "工资福利支出", {a(basic_total), a(basic_total), std::nullopt}),
             make_row(std::nullopt, "合计", {a(basic_total), a(basic_total), std::nullopt})})};
    return check_document(doc);
  };
  const auto ok = make("10.00");
  const auto* c = find(ok, "cross-table", "合计");
  REQUIRE(c != nullptr);
  CHECK(c->result == outcome::holds);
  CHECK(c->table == "表5");
  CHECK(c->column == "基本支出");
  CHECK(c->parts.find("表6") != std::string::npos);
  const auto bad = make("12.00");
  REQUIRE(find(bad, "cross-table", "合计") != nullptr);
  CHECK(find(bad, "cross-table", "合计")->result == outcome::fails);
  CHECK(find(bad, "cross-table", "合计")->expected == "10.00");
  CHECK(find(bad, "cross-table", "合计")->actual == "12.00");
}

TEST_CASE("cross-table: 收支总表 against the 收入 and 支出 tables, 财政拨款 against 一般公共预算") {
  auto make = [](const char* expenditure_total) {
    document doc;
    table summary =
        one_block(table_kind::revenue_expenditure_summary, "表1", {{{"收入", "预算数"}, "budget"}},
                  {make_row(std::nullopt, "合计", {a("30.00")})});
    summary.blocks[0].label = "收入";
    block out;
    out.label = "支出";
    out.columns = {{{"支出", "预算数"}, "budget"}};
    out.rows = {make_row(std::nullopt, "合计", {a("30.00")})};
    summary.blocks.push_back(out);
    table fiscal = one_block(table_kind::fiscal_summary, "表4", {{{"收入", "预算数"}, "budget"}},
                             {make_row(std::nullopt, "合计", {a("20.00")})});
    fiscal.blocks[0].label = "收入";
    block fiscal_out;
    fiscal_out.label = "支出";
    fiscal_out.columns = {{{"支出", "合计"}, "total"},
                          {{"支出", "一般公共预算"}, "general_budget"}};
    fiscal_out.rows = {make_row(std::nullopt, "合计", {a("20.00"), a("20.00")})};
    fiscal.blocks.push_back(fiscal_out);
    doc.tables = {summary,
                  one_block(table_kind::revenue_summary, "表2", {{{"总计"}, "total"}},
                            {make_row(std::nullopt, "合计", {a("30.00")})}),
                  one_block(table_kind::expenditure_summary, "表3", {{{"总计"}, "total"}},
                            {make_row(std::nullopt, "合计", {a(expenditure_total)})}),
                  fiscal,
                  one_block(table_kind::general_budget_functional, "表5", {{{"合计"}, "total"}},
                            {make_row(std::nullopt, "合计", {a("20.00")})})};
    return check_document(doc);
  };
  auto cross = [](const check_summary& s, const std::string& table) {
    for (const auto& c : s.results)
      if (c.kind == check_kind::cross_table && c.table == table) return &c;
    return static_cast<const check_result*>(nullptr);
  };
  const auto ok = make("30.00");
  for (const char* t : {"表2", "表3", "表5"}) {
    INFO(t);
    REQUIRE(cross(ok, t) != nullptr);
    CHECK(cross(ok, t)->result == outcome::holds);
  }
  CHECK(cross(ok, "表2")->parts.find("表1") != std::string::npos);
  CHECK(cross(ok, "表5")->parts.find("表4") != std::string::npos);
  const auto bad = make("31.00");
  REQUIRE(cross(bad, "表3") != nullptr);
  CHECK(cross(bad, "表3")->result == outcome::fails);
  CHECK(cross(bad, "表2")->result == outcome::holds);
}

TEST_CASE("a failing sum on a row whose code level was guessed is an extraction doubt") {
  auto doc = hierarchy_doc("90.00", "90.00");
  diagnostic d;
  d.code = diagnostic_code::code_level_guessed;
  d.table = "表5";
  d.at = {3, {10, 125, 500, 135}};  // on the 20101 row (y 120..132)
  d.message = "code part \"01\" read as 款 20101 rather than as 项";
  doc.diagnostics.push_back(d);
  const auto s = check_document(doc);
  const auto* c = find(s, "children-sum", "201 一般公共服务支出");
  REQUIRE(c != nullptr);
  CHECK(c->result == outcome::fails);
  CHECK(c->is_extraction_doubt());
  CHECK_FALSE(c->is_document_error());
  CHECK(c->doubt.find("code-level-guessed") != std::string::npos);
  CHECK(s.extraction_doubts >= 1);
  CHECK(s.tables[0].extraction_doubts >= 1);
  const auto diags = check_diagnostics(s);
  CHECK(std::any_of(diags.begin(), diags.end(), [](const diagnostic& x) {
    return x.code == diagnostic_code::sum_fails_extraction_doubt;
  }));
  // The same diagnostic for another table leaves the finding a document error.
  doc.diagnostics.back().table = "表9";
  const auto other = check_document(doc);
  CHECK(find(other, "children-sum", "201 一般公共服务支出")->is_document_error());
}

TEST_CASE("an empty cell where the parts have amounts is a doubt, not a document error") {
  document doc;
  doc.tables = {
      one_block(table_kind::expenditure_summary, "表3",
                {{{"合计"}, "total"}, {{"基本支出"}, "basic"}, {{"项目支出"}, "project"}},
                {make_row("2010101", "行政运行", {std::nullopt, a("20.00"), a("10.00")})})};
  const auto s = check_document(doc);
  const auto* c = find(s, "column-identity", "2010101 行政运行");
  REQUIRE(c != nullptr);
  CHECK(c->result == outcome::fails);
  CHECK(c->is_extraction_doubt());
  CHECK(c->expected.empty());
}

TEST_CASE("numbering rows, percentages and empty tables are not checked") {
  document doc;
  doc.tables = {
      one_block(table_kind::expenditure_summary, "表3",
                {{{"合计"}, "total"}, {{"基本支出"}, "basic"}, {{"项目支出"}, "project"}},
                {make_row(std::nullopt, "栏次", {a("1"), a("2"), a("3")}),
                 make_row(std::nullopt, "**", {a("1"), a("2"), a("3")}),
                 make_row("2010101", "行政运行", {a("16.70%"), a("20.00"), a("10.00")})})};
  auto empty = doc.tables[0];
  empty.empty = true;
  empty.number = "表4";
  doc.tables.push_back(empty);
  const auto s = check_document(doc);
  CHECK(s.results.empty());
  REQUIRE(s.tables.size() == 2);
  CHECK_FALSE(s.tables[0].reconciles());  // nothing was checked
  CHECK(s.tables[1].checks == 0);
}
