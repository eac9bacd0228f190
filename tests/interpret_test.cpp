// The interpretation steps on hand-made grids: column roles, parts side by side, what each
// column of a part is for, rows read from cells, and the table they make.
#include "interpret/interpret.hpp"
#include "interpret/blocks.hpp"
#include "interpret/column_roles.hpp"
#include "interpret/row_reader.hpp"
#include "interpret/stacked_parts.hpp"
#include "text/normalize.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace budgetpdf::detail;
using budgetpdf::diagnostic;
using budgetpdf::diagnostic_code;

namespace {

// A grid with one header level per column and rows of cell texts.
grid_table make_grid(const std::vector<std::u32string>& headers,
                     const std::vector<std::vector<std::u32string>>& rows) {
  grid_table g;
  double x = 0;
  for (const auto& h : headers) {
    grid_column c;
    if (!h.empty()) c.header.push_back(h);
    c.x0 = x;
    c.x1 = x += 50;
    g.columns.push_back(c);
  }
  double y = 100;
  for (const auto& r : rows) {
    grid_row gr;
    gr.at = {1, {0, y, x, y + 12}};
    double cx = 0;
    for (const auto& t : r) {
      cell c;
      c.text = t;
      c.at = {1, {cx, y, cx + 50, y + 12}};
      cx += 50;
      gr.cells.push_back(c);
    }
    y += 12;
    g.rows.push_back(gr);
  }
  return g;
}

}  // namespace

TEST_CASE("column roles: codes, names, amounts and row numbers") {
  auto g = make_grid({U"科目编码", U"科目名称", U"行次", U"合计"},
                     {{U"201", U"一般公共服务支出", U"1", U"10.00"},
                      {U"20101", U"人大事务", U"2", U"4.00"},
                      {U"2010101", U"行政运行", U"3", U"4.00"}});
  const auto roles = column_roles(g);
  REQUIRE(roles.size() == 4);
  CHECK(roles[0] == column_role::code);
  CHECK(roles[1] == column_role::text);
  CHECK(roles[2] == column_role::numbering);
  CHECK(roles[3] == column_role::amount);
}

TEST_CASE("parts: a text column after amounts starts a part only when amounts follow it") {
  using r = column_role;
  auto side_by_side = split_blocks({r::text, r::amount, r::text, r::amount});
  REQUIRE(side_by_side.size() == 2);
  CHECK(side_by_side[1] == std::vector<std::size_t>{2, 3});
  // 项目 | 金额 | 采购方式: the trailing text stays with its part.
  auto trailing = split_blocks({r::text, r::amount, r::text});
  REQUIRE(trailing.size() == 1);
  CHECK(trailing[0] == std::vector<std::size_t>{0, 1, 2});
  // Row numbers belong to no part.
  auto numbered = split_blocks({r::text, r::numbering, r::amount});
  REQUIRE(numbered.size() == 1);
  CHECK(numbered[0] == std::vector<std::size_t>{0, 2});
  // 项目 | 预算金额 | 实施采购时间 (nothing printed) | 财政拨款: one part.
  auto blank_between =
      split_blocks({r::text, r::amount, r::text, r::amount}, {false, false, true, false});
  REQUIRE(blank_between.size() == 1);
  CHECK(blank_between[0] == std::vector<std::size_t>{0, 1, 2, 3});
}

TEST_CASE("a part's columns: name, item beside a classification, other text") {
  auto g = make_grid({U"科目名称", U"项目名称", U"采购方式", U"金额", U"备注"}, {});
  using r = column_role;
  const std::vector<column_role> roles{r::text, r::text, r::text, r::amount, r::text};
  const auto b = lay_out_block(g, roles, {0, 1, 2, 3, 4});
  CHECK(b.name_cols == std::vector<std::size_t>{0});
  REQUIRE(b.item_col.has_value());
  CHECK(*b.item_col == 1);
  CHECK(b.amount_cols == std::vector<std::size_t>{3});
  CHECK(b.text_cols == std::vector<std::size_t>{2, 4});
}

TEST_CASE("a second classification beside the first gives other codes, not the name") {
  auto g =
      make_grid({U"部门经济分类科目编码", U"名称", U"政府经济分类科目编码", U"名称", U"金额"}, {});
  using r = column_role;
  const auto b = lay_out_block(g, {r::code, r::text, r::code, r::text, r::amount}, {0, 1, 2, 3, 4});
  CHECK(b.code_cols == std::vector<std::size_t>{0});
  CHECK(b.name_cols == std::vector<std::size_t>{1});
  CHECK(b.other_code_cols == std::vector<std::size_t>{2});
  CHECK(b.other_name_cols == std::vector<std::size_t>{3});
}

TEST_CASE("row reader: glued code and name, other text, unparsed cells as diagnostics") {
  auto g = make_grid({U"项目", U"金额", U"说明"},
                     {{U"2010101-行政运行", U"1,343.76", U"按标准"}, {U"合计", U"x12", U""}});
  using r = column_role;
  const auto layout = lay_out_block(g, {r::text, r::amount, r::text}, {0, 1, 2});
  std::vector<diagnostic> diags;
  row_reader reader(layout, "表1", diags);
  auto first = reader.read(g.rows[0]);
  REQUIRE(first.has_value());
  CHECK(first->parts == std::vector<std::string>{"2010101"});
  CHECK(first->r.name == "行政运行");
  REQUIRE(first->r.values.size() == 1);
  CHECK(first->r.values[0]->text() == "1343.76");
  CHECK(first->r.texts == std::vector<std::string>{"按标准"});
  auto second = reader.read(g.rows[1]);
  REQUIRE(second.has_value());
  CHECK_FALSE(second->r.values[0].has_value());
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].code == diagnostic_code::unparsed_cell);
  CHECK(diags[0].table == "表1");
}

TEST_CASE("a table keeps its text columns and rows carry their texts") {
  auto g = make_grid({U"项目名称", U"金额", U"采购方式"},
                     {{U"办公设备", U"12.00", U"公开招标"}, {U"合计", U"12.00", U""}});
  g.title = U"政府采购预算表";
  std::vector<diagnostic> diags;
  const auto t = interpret_table(g, diags);
  REQUIRE(t.blocks.size() == 1);
  const auto& b = t.blocks[0];
  REQUIRE(b.text_columns.size() == 1);
  CHECK(b.text_columns[0].header == std::vector<std::string>{"采购方式"});
  REQUIRE(b.rows.size() == 2);
  CHECK(b.rows[0].name == "办公设备");
  CHECK(b.rows[0].texts == std::vector<std::string>{"公开招标"});
  CHECK(b.rows[1].texts == std::vector<std::string>{""});
  CHECK(t.kind == budgetpdf::table_kind::procurement);
}

TEST_CASE("a unit named in a header, else in a row label, when no unit line declares one") {
  auto interpret = [](grid_table g) {
    std::vector<diagnostic> diags;
    return interpret_table(g, diags).declared_unit;
  };
  using budgetpdf::unit;
  CHECK(interpret(make_grid({U"项目", U"预算数（万元）"}, {{U"办公费", U"1.00"}})) ==
        unit::ten_thousand_yuan);
  // A form that prints its amount beside a label naming the unit (绩效目标表).
  CHECK(interpret(make_grid({U"项目", U"金额"}, {{U"资金总额(元)", U"251.99"}})) == unit::yuan);
  // Labels that disagree, or name none: unknown.
  CHECK(interpret(make_grid({U"项目", U"金额"}, {{U"资金总额(元)", U"1.00"},
                                                 {U"其中（万元）", U"1.00"}})) == unit::unknown);
  CHECK(interpret(make_grid({U"项目", U"金额"}, {{U"办公费", U"1.00"}})) == unit::unknown);
  // A header's unit wins over the labels.
  CHECK(interpret(make_grid({U"项目", U"金额（元）"}, {{U"资金总额（万元）", U"1.00"}})) ==
        unit::yuan);
}

TEST_CASE("stacked parts: an inner header row gives the rows below it new columns") {
  // A form: a row of amounts, then labels over the amount columns heading rows of text.
  const auto form = make_grid({U"总体资金情况", U"预算支出总额", U"财政拨款", U"其他资金"},
                              {{U"", U"1500.00", U"1400.00", U"100.00"},
                               {U"活动", U"绩效指标", U"指标值", U"度量单位"},
                               {U"业务培训", U"培训人次", U"1200", U"人次"},
                               {U"业务培训", U"培训合格率", U"95", U"%"}});
  const auto parts = stacked_parts(form);
  REQUIRE(parts.size() == 2);
  CHECK(parts[0].rows.size() == 1);
  REQUIRE(parts[1].rows.size() == 2);
  CHECK(parts[1].columns[2].header == std::vector<std::u32string>{U"指标值"});
  std::vector<diagnostic> diags;
  const auto t = interpret_table(form, diags);
  REQUIRE(t.blocks.size() == 2);
  CHECK(t.blocks[0].columns.size() == 3);
  CHECK(t.blocks[1].columns.empty());
  REQUIRE(t.blocks[1].rows.size() == 2);
  CHECK(t.blocks[1].rows[0].name == "业务培训");
  CHECK(t.blocks[1].rows[0].texts == std::vector<std::string>{"培训人次", "1200", "人次"});
  CHECK_FALSE(t.blocks[1].rows[0].code.has_value());  // "1200" is an indicator, not a code

  // The inner header as the last row (its rows are on the next page): the amounts above
  // keep their columns, and no empty part is made.
  const auto cut = make_grid(
      {U"总体资金情况", U"预算支出总额", U"财政拨款", U"其他资金"},
      {{U"", U"1500.00", U"1400.00", U"100.00"}, {U"活动", U"绩效指标", U"指标值", U"度量单位"}});
  REQUIRE(stacked_parts(cut).size() == 2);
  const auto top = interpret_table(cut, diags);
  REQUIRE(top.blocks.size() == 1);
  REQUIRE(top.blocks[0].rows.size() == 1);
  CHECK(top.blocks[0].rows[0].values.size() == 3);

  // Data rows that merely hold short text (labels that recur down their columns), and a
  // repeated header, are not inner headers.
  const auto data = make_grid({U"项目", U"金额", U"指标", U"性质"},
                              {{U"甲项目", U"10.00", U"产出指标", U"定性"},
                               {U"", U"", U"产出指标", U"定性"},
                               {U"乙项目", U"20.00", U"效益指标", U"定量"},
                               {U"项目", U"金额", U"指标", U"性质"},
                               {U"丙项目", U"30.00", U"效益指标", U"定量"}});
  CHECK(stacked_parts(data).size() == 1);
}

TEST_CASE("document heading: the department before the year of a heading line, never a part") {
  auto department = [](std::vector<std::u32string> lines) {
    budgetpdf::document doc;
    fill_document_heading(doc, {}, lines);
    return doc.department.value_or("");
  };
  CHECK(department({U"库尔勒市希望街道办事处2024年部门预算"}) == "库尔勒市希望街道办事处");
  // A part of the document, or a sentence that mentions a budget, names nobody.
  CHECK(department({U"第二部分2026年部门预算表"}) == "");
  CHECK(department({U"按照《预算法》涉及的困难国有企业2020年预算安排"}) == "");
  CHECK(department({U"第二部分2026年部门预算表", U"某某市某某局2026年部门预算"}) == "某某市某某局");
  CHECK(department({U"基本经费投入成本≤3843.67万元4262.00年预算"}) == "");
}

TEST_CASE("a column headed 编码 is never an amount column, whatever its figures parse as") {
  // 单位编码 126001: a unit code, not 126,001 万元; one label in the column besides.
  std::vector<std::vector<std::u32string>> rows{{U"本级", U"某某局", U"417.41"}};
  for (int i = 0; i < 6; ++i) rows.push_back({U"126001", U"某某项目", U"35.78"});
  const auto g = make_grid({U"单位编码", U"单位名称", U"资金总额"}, rows);
  const auto roles = column_roles(g);
  REQUIRE(roles.size() == 3);
  CHECK(roles[0] != column_role::amount);
  CHECK(roles[2] == column_role::amount);
  std::vector<diagnostic> diags;
  const auto t = interpret_table(g, diags);
  REQUIRE(t.blocks.size() == 1);
  REQUIRE(t.blocks[0].columns.size() == 1);
  CHECK(t.blocks[0].columns[0].header == std::vector<std::string>{"资金总额"});
}

TEST_CASE("a column headed with money holds amounts whose whole figures read like codes") {
  // Tables in 元 without separators: 2138077 and 158142 read like codes; 事业单位经营收入
  // names a unit but ends in money, 政府性基金 and 上年结转 name money without 收入 or 支出.
  std::vector<std::vector<std::u32string>> rows{{U"合计", U"4218219", U"2080505", U"2130101"},
                                                {U"测试局", U"2138077", U"2010108", U"2080505"},
                                                {U"测试中心", U"2080142", U"2070112", U"2049612"}};
  auto g = make_grid({U"单位名称", U"事业单位经营收入", U"政府性基金", U"上年结转"}, rows);
  g.columns[2].header = {U"财政拨款收入", U"政府性基金"};
  const auto roles = column_roles(g);
  REQUIRE(roles.size() == 4);
  CHECK(roles[0] == column_role::text);
  CHECK(roles[1] == column_role::amount);
  CHECK(roles[2] == column_role::amount);
  CHECK(roles[3] == column_role::amount);
}
