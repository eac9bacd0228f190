// The words a page prints that the truth-free measures count as amounts
// (layout/printed_amounts, docs/measures.md): decimals, whole numbers with separators, and
// numbers whose decimals a producer or a narrow cell split off into a word of their own;
// and title text read into a header (check/reading_measures).
#include "check/reading_measures.hpp"
#include "layout/printed_amounts.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace budgetpdf::detail;

namespace {

// A horizontal word of font size 10 whose baseline is at `baseline`.
word at(std::u32string text, double x0, double x1, double baseline, double size = 10) {
  word w;
  w.text = std::move(text);
  w.where = {x0, baseline - size, x1, baseline + 0.2 * size};
  w.font_size = size;
  w.baseline = baseline;
  return w;
}

std::vector<std::string> values(const page_amounts& p) {
  std::vector<std::string> out;
  for (const auto& a : p.amounts) out.push_back(a.value.text());
  return out;
}

using strings = std::vector<std::string>;

}  // namespace

TEST_CASE("whole numbers count as amounts only with separators") {
  page_content page;
  page.words = {at(U"1,682", 100, 130, 100), at(U"1851,801", 200, 240, 100),
                at(U"2010101", 10, 50, 120), at(U"2026", 100, 120, 120),
                at(U"1,682.76", 200, 240, 120)};
  CHECK(values(printed_amounts(page)) == strings{"1682", "1851801", "1682.76"});
}

TEST_CASE("decimals printed as a word of their own join their number") {
  page_content page;
  // Overlapping glyph boxes split "168,441.81" on its line; a narrow cell wraps ".09".
  page.words = {at(U"168,441", 100, 140, 100), at(U".81", 137, 150, 100), at(U"7", 300, 306, 100),
                at(U".09", 298, 312, 111)};
  CHECK(values(printed_amounts(page)) == strings{"168441.81", "7.09"});
  CHECK(printed_amounts(page).amounts[1].where.y1 > 111);
}

TEST_CASE("figures of running text are marked, also a little off their line") {
  page_content page;
  // The figure set in another font sits 1.5 pt below the sentence's baseline.
  page.words = {at(U"年初预算数", 10, 90, 100), at(U"174,900", 92, 130, 101.5),
                at(U".64", 128, 140, 101.5),    at(U"万元，其中：", 142, 200, 100),
                at(U"合计", 10, 40, 140),       at(U"3,252.59", 100, 140, 140)};
  const auto p = printed_amounts(page);
  REQUIRE(p.amounts.size() == 2);
  CHECK(p.amounts[0].value.text() == "174900.64");
  CHECK(p.amounts[0].in_sentence);
  CHECK_FALSE(p.amounts[1].in_sentence);
}

TEST_CASE("a unit in brackets after a column's words is no title text in the header") {
  budgetpdf::document doc;
  budgetpdf::table t;
  t.title = "支出表";
  t.declared_unit = budgetpdf::unit::ten_thousand_yuan;
  budgetpdf::block b;
  b.columns = {{{"预算数（单位：万元）"}, ""}, {{"2026年支出表", "单位：万元", "合计"}, ""}};
  budgetpdf::row r;
  r.name = "合计";
  r.values = {budgetpdf::parse_amount("1.00"), budgetpdf::parse_amount("2.00")};
  b.rows = {r};
  t.blocks = {b};
  doc.tables = {t};
  measure_reading(doc, {});
  CHECK(doc.measures.amount_columns == 2);
  CHECK(doc.measures.headers_with_title_text == 1);
}

TEST_CASE("figures of a table reported empty for lack of amounts are counted as lost") {
  // A page that does not look tabular (few figures per line): a 收支总表 whose cells read no
  // amount was reported empty (table-without-amounts); its printed figures were lost, not
  // absent.
  page_content page;
  page.words = {at(U"21,864,570.62", 200, 260, 100), at(U"9,480,670.80", 400, 460, 120)};
  page_amounts pa = printed_amounts(page);
  pa.page = 5;
  REQUIRE_FALSE(pa.looks_tabular);
  budgetpdf::document doc;
  budgetpdf::table t;
  t.title = "收支总表";
  t.pages = {5};
  t.empty = true;
  doc.tables = {t};
  measure_reading(doc, {pa});
  CHECK(doc.measures.amounts_printed == 0);  // no table holds rows here: not a table page
  budgetpdf::diagnostic d;
  d.code = budgetpdf::diagnostic_code::table_without_amounts;
  d.at = {5, {200, 90, 260, 102}};
  d.table = "收支总表";
  doc.diagnostics = {d};
  doc.measures = {};
  measure_reading(doc, {pa});
  CHECK(doc.measures.amounts_printed == 2);
  CHECK(doc.measures.amounts_placed == 0);
  CHECK(doc.measures.amounts_outside_tables == 2);
}

TEST_CASE("a text column whose cells read as amounts is reported, outside 绩效 forms") {
  // A 收支总表 part whose amount column was read as text (a clipped name's last glyph in
  // the amount cell made one cell no amount): its figures are in no row's values.
  budgetpdf::document doc;
  budgetpdf::table t;
  t.title = "收支总表";
  t.kind = budgetpdf::table_kind::revenue_expenditure_summary;
  t.declared_unit = budgetpdf::unit::ten_thousand_yuan;
  budgetpdf::block b;
  b.columns = {{{"预算数"}, ""}};
  b.text_columns = {{{"支出经济分类科目"}, ""}, {{"预算数"}, ""}};
  const auto add = [&](const char* name, const char* text, const char* figure) {
    budgetpdf::row r;
    r.name = name;
    r.values = {budgetpdf::parse_amount("1.00")};
    r.texts = {text, figure};
    b.rows.push_back(r);
  };
  add("1、一般公共服务", "1、人员经费和公用经费支出", "2,022.39");
  add("2、外交", "(1)工资福利支出", "1,834.69");
  add("3、国防", "(3)对个人和家庭的补", "助4.82");
  add("4、公共安全", "(4)资本性支出", "");
  t.blocks = {b};
  doc.tables = {t};
  const auto warned = [&] {
    return std::count_if(doc.diagnostics.begin(), doc.diagnostics.end(), [](const auto& d) {
      return d.code == budgetpdf::diagnostic_code::text_column_holds_amounts;
    });
  };
  measure_reading(doc, {});
  CHECK(warned() == 1);  // the second text column: 2 of its 3 printed cells are figures
  // The same column in a 绩效 form holds 指标值 (90.00, 95.5): figures as text are its way.
  doc.diagnostics.clear();
  doc.tables[0].kind = budgetpdf::table_kind::performance;
  measure_reading(doc, {});
  CHECK(warned() == 0);
  // One figure among words is a mention (备注: 含结转11.20), no column of amounts.
  doc.diagnostics.clear();
  doc.tables[0].kind = budgetpdf::table_kind::revenue_expenditure_summary;
  doc.tables[0].blocks[0].rows[1].texts[1] = "含结转";
  measure_reading(doc, {});
  CHECK(warned() == 0);
}
