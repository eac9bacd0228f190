// The cell and line grammar (lib/grammar/): amounts, codes, ordinals, titles, unit lines,
// headings, numbering rows, totals, empty-table notes, failure messages.
#include "grammar/cell_grammar.hpp"

#include "test_paths.hpp"
#include "text/normalize.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace budgetpdf::detail;
using budgetpdf::stage;
using budgetpdf::unit;

namespace {

std::string u8(std::u32string_view s) { return to_utf8(s); }

std::string amount_text(std::u32string_view cell) {
  auto c = parse_amount_cell(cell);
  if (!c) return "<none>";
  if (c->empty) return "<empty>";
  if (c->dash) return "<dash>";
  return c->value->text();
}

}  // namespace

TEST_CASE("amount cells: printed amounts") {
  CHECK(amount_text(U"1,343.76") == "1343.76");
  CHECK(amount_text(U"-3.50") == "-3.50");
  CHECK(amount_text(U"0.00") == "0.00");
  CHECK(amount_text(U"29,569.515638") == "29569.515638");
  CHECK(amount_text(U"16.70%") == "16.70%");
  CHECK(amount_text(U"16231840.80") == "16231840.80");
  CHECK(amount_text(U"168,441") == "168441");
  CHECK(amount_text(U"  1,343.76 ") == "1343.76");
  CHECK(amount_text(U"1,234,567.00") == "1234567.00");
  CHECK(amount_text(U"0") == "0");
  auto a = parse_amount_cell(U"1,343.76");
  REQUIRE(a);
  CHECK(a->value->mantissa == 134376);
  CHECK(a->value->scale == 2);
  CHECK_FALSE(a->dash);
  CHECK_FALSE(a->empty);
  CHECK(parse_amount_cell(U"16.70%")->value->percent);
}

TEST_CASE("amount cells: dashes and empty cells") {
  for (auto dash : {U"-", U"—", U"－", U"--", U"——", U" - ", U"–", U"- -"}) {
    auto c = parse_amount_cell(dash);
    REQUIRE_MESSAGE(c, u8(dash));
    CHECK(c->dash);
    CHECK_FALSE(c->empty);
    CHECK_FALSE(c->value);
  }
  for (auto empty : {U"", U" ", U"   ", U"\u3000"}) {
    auto c = parse_amount_cell(empty);
    REQUIRE(c);
    CHECK(c->empty);
    CHECK_FALSE(c->dash);
    CHECK_FALSE(c->value);
  }
}

TEST_CASE("amount cells: marks for nothing applicable read as dashes (family f84)") {
  for (auto mark : {U"/", U"／", U"*", U"×", U"＼", U" / "}) {
    auto c = parse_amount_cell(mark);
    REQUIRE_MESSAGE(c, u8(mark));
    CHECK(c->dash);
    CHECK_FALSE(c->value);
  }
  for (auto bad : {U"1/2", U"12.50*", U"*12.50", U"2026/01", U"×2"})
    CHECK_MESSAGE(!parse_amount_cell(bad), u8(bad));
}

TEST_CASE("amount cells: only the last three digits separated (family f17)") {
  auto c = parse_amount_cell(U"1851,801");
  REQUIRE(c);
  REQUIRE(c->value);
  CHECK(c->value->text() == "1851801");
  CHECK(!parse_amount_cell(U"1234,567,890"));
}

TEST_CASE("amount cells: malformed or not amounts") {
  for (auto bad :
       {U"1,34.5", U"12.3.4", U".81", U"5.", U"1234,5678", U"2019,2020", U"12,3456", U"1,343.76万",
        U"%", U"-3.50-", U"行政运行", U"2010601行政运行", U"1 343.76", U"（3.50）",
        U"99999999999999999999", U"168,441.81154,304.22", U"２０１", U"-.5"})
    CHECK_MESSAGE(!parse_amount_cell(bad), u8(bad));
}

TEST_CASE("amount text is strict: no spaces, dashes or empty") {
  CHECK(parse_amount_text(U"1,343.76")->text() == "1343.76");
  CHECK(!parse_amount_text(U" 1.00"));
  CHECK(!parse_amount_text(U"-"));
  CHECK(!parse_amount_text(U""));
  CHECK(parse_amount_text(U"9223372036854775807")->mantissa == 9223372036854775807LL);
  CHECK(!parse_amount_text(U"9223372036854775808"));
}

TEST_CASE("parse_amount delegates to the grammar") {
  CHECK(budgetpdf::parse_amount("1,343.76")->text() == "1343.76");
  CHECK(budgetpdf::parse_amount("16.70%")->percent);
  CHECK(!budgetpdf::parse_amount("1,34.5"));
  CHECK(!budgetpdf::parse_amount("\xEF\xBC\x91"));  // full-width 1: not normalized
}

TEST_CASE("wrapped amounts: decimal tails and heads") {
  CHECK(is_decimal_tail(U".81"));
  CHECK(is_decimal_tail(U" .515638 "));
  CHECK_FALSE(is_decimal_tail(U"0.81"));
  CHECK_FALSE(is_decimal_tail(U"."));
  CHECK_FALSE(is_decimal_tail(U".8.1"));
  CHECK_FALSE(is_decimal_tail(U"81"));
  CHECK(is_wrapped_head(U"168,441"));
  CHECK(is_wrapped_head(U"-12"));
  CHECK_FALSE(is_wrapped_head(U"168,441.81"));
  CHECK_FALSE(is_wrapped_head(U"16%"));
  CHECK_FALSE(is_wrapped_head(U"1,34"));
  CHECK(join_wrapped_amount(U"168,441", U".81")->text() == "168441.81");
  CHECK(join_wrapped_amount(U"168,441 ", U" .81")->scale == 2);
  CHECK(!join_wrapped_amount(U"168,441.8", U".81"));
  CHECK(!join_wrapped_amount(U"168,441", U"81"));
}

TEST_CASE("code cells: accepted digit counts and ranges") {
  CHECK(parse_code_cell(U"201") == "201");
  CHECK(parse_code_cell(U"06") == "06");
  CHECK(parse_code_cell(U"01") == "01");
  CHECK(parse_code_cell(U"20106") == "20106");
  CHECK(parse_code_cell(U"2010601") == "2010601");
  CHECK(parse_code_cell(U"30101") == "30101");
  CHECK(parse_code_cell(U"50201") == "50201");
  CHECK(parse_code_cell(U"3021101") == "3021101");
  CHECK(parse_code_cell(U"234") == "234");
  CHECK(parse_code_cell(U"399") == "399");
  CHECK(parse_code_cell(U" 2080501 ") == "2080501");
}

TEST_CASE("code cells: not codes") {
  for (auto bad : {U"2024", U"2024年", U"1", U"9", U"00", U"201060", U"20106012", U"200", U"235",
                   U"401", U"600", U"20100", U"2010600", U"２０１", U"201.00", U"201 06", U"",
                   U"一般公共服务支出", U"1,343.76"})
    CHECK_MESSAGE(!parse_code_cell(bad), u8(bad));
  CHECK(classify_code("201") == code_family::functional);
  CHECK(classify_code("30101") == code_family::economic_department);
  CHECK(classify_code("50201") == code_family::economic_government);
  CHECK(!classify_code("06"));
  CHECK(!classify_code("2024"));
  CHECK(!classify_code("401"));
}

TEST_CASE("code parts: space-separated splits") {
  CHECK(parse_code_parts(U"201 06 01") == std::vector<std::string>{"201", "06", "01"});
  CHECK(parse_code_parts(U"2010601") == std::vector<std::string>{"2010601"});
  CHECK(parse_code_parts(U"30101 50101") == std::vector<std::string>{"30101", "50101"});
  CHECK(!parse_code_parts(U"201 2024"));
  CHECK(!parse_code_parts(U"201 06 行政运行"));
  CHECK(join_code_parts({"201", "06", "01"}) == "2010601");
  CHECK(join_code_parts({"201", "06"}) == "20106");
  CHECK(join_code_parts({"2010601"}) == "2010601");
  CHECK(!join_code_parts({"06"}));
  CHECK(!join_code_parts({"20106", "01"}));
  CHECK(!join_code_parts({"201", "06", "01", "02"}));
}

TEST_CASE("codes glued to names") {
  auto g = parse_code_glued(U"2040601-行政运行");
  REQUIRE(g);
  CHECK(g->code == "2040601");
  CHECK(g->name == U"行政运行");
  CHECK(g->more_codes.empty());
  CHECK(parse_code_glued(U"30101 基本工资")->name == U"基本工资");
  CHECK(parse_code_glued(U"2010101行政运行")->code == "2010101");
  CHECK(parse_code_glued(U"2010601：行政运行")->name == U"行政运行");
  CHECK(parse_code_glued(U"2010601 － 行政运行 ")->name == U"行政运行");
  CHECK(parse_code_glued(U"30201“三公”经费")->name == U"“三公”经费");
  CHECK(parse_code_glued(U"2080501-行政单位离退休")->code == "2080501");
  auto two = parse_code_glued(U"30101 50101 基本工资");
  REQUIRE(two);
  CHECK(two->code == "30101");
  CHECK(two->more_codes == std::vector<std::string>{"50101"});
  CHECK(two->name == U"基本工资");
  for (auto bad : {U"2024年部门预算", U"201年", U"201万元", U"2010601", U"2010601-", U"01 行政运行",
                   U"行政运行", U"[2010601]行政运行", U"1.行政运行", U"20106012行政运行"})
    CHECK_MESSAGE(!parse_code_glued(bad), u8(bad));
}

TEST_CASE("leading codes") {
  auto l = parse_leading_codes(U"201 06 01 行政运行");
  REQUIRE(l);
  CHECK(l->codes == std::vector<std::string>{"201", "06", "01"});
  CHECK(l->rest == U"行政运行");
  auto only = parse_leading_codes(U"30101 50101");
  REQUIRE(only);
  CHECK(only->codes.size() == 2);
  CHECK(only->rest.empty());
  CHECK(!parse_leading_codes(U"2024年"));
  CHECK(!parse_leading_codes(U"合计"));
}

TEST_CASE("ordinal prefixes") {
  auto o = parse_ordinal_prefix(U"一、本年收入");
  REQUIRE(o);
  CHECK(o->first.text == U"一、");
  CHECK(o->first.level == 1);
  CHECK(o->second == U"本年收入");
  CHECK(parse_ordinal_prefix(U"十一、其他收入")->first.level == 1);
  CHECK(parse_ordinal_prefix(U"（一）财政拨款")->first.level == 2);
  CHECK(parse_ordinal_prefix(U"(一)财政拨款")->first.text == U"(一)");
  CHECK(parse_ordinal_prefix(U"1.工资福利支出")->first.level == 3);
  CHECK(parse_ordinal_prefix(U"1、工资福利支出")->first.level == 3);
  CHECK(parse_ordinal_prefix(U"12.其他")->first.text == U"12.");
  CHECK(parse_ordinal_prefix(U"（1）公务接待费")->first.level == 4);
  CHECK(parse_ordinal_prefix(U"(2)公务用车")->first.level == 4);
  CHECK(parse_ordinal_prefix(U"①购置费")->first.level == 5);
  auto of = parse_ordinal_prefix(U"其中：基本支出");
  REQUIRE(of);
  CHECK(of->first.level == 0);
  CHECK(of->second == U"基本支出");
  CHECK(parse_ordinal_prefix(U"一、")->second.empty());
  for (auto bad : {U"1.5万元", U"2024年", U"本年收入", U"（2024）", U"123.其他", U"10.00", U""})
    CHECK_MESSAGE(!parse_ordinal_prefix(bad), u8(bad));
}

TEST_CASE("title lines") {
  auto t = parse_title_line(U"表1 部门收支总体情况表");
  REQUIRE(t);
  CHECK(t->number == U"表1");
  CHECK(t->title == U"部门收支总体情况表");
  CHECK(!t->year);
  auto n = parse_title_line(U"表 1");
  REQUIRE(n);
  CHECK(n->number == U"表1");
  CHECK(n->title.empty());
  auto y = parse_title_line(U"2025年部门收入预算总表");
  REQUIRE(y);
  CHECK(!y->number);
  CHECK(y->title == U"2025年部门收入预算总表");
  CHECK(y->year == 2025);
  CHECK(parse_title_line(U"公开01表 收入支出决算总表")->number == U"公开01表");
  CHECK(parse_title_line(U"预算01表 收支总表")->title == U"收支总表");
  CHECK(parse_title_line(U"（预算表3）一般公共预算支出表")->number == U"预算表3");
  CHECK(parse_title_line(U"公开表1")->number == U"公开表1");
  CHECK(parse_title_line(U"公开表 12 收支总体情况表")->title == U"收支总体情况表");
  CHECK(parse_title_line(U"附表1 项目支出表")->number == U"附表1");
  CHECK(parse_title_line(U"表一 2026年部门收支总体情况表")->number == U"表一");
  CHECK(parse_title_line(U"表一 2026年部门收支总体情况表")->year == 2026);
  CHECK(parse_title_line(U"表1-2 收入总表")->number == U"表1-2");
  CHECK(parse_title_line(U"表 10：国有资本经营预算支出表")->title == U"国有资本经营预算支出表");
  CHECK(parse_title_line(U"一般公共预算支出表（按功能分类）")->title ==
        U"一般公共预算支出表（按功能分类）");
  CHECK(parse_title_line(U"2026 年 部门 收支 总表")->title == U"2026年部门收支总表");
  auto toc = parse_title_line(U"一、收支预算总表");
  REQUIRE(toc);
  CHECK(toc->ordinal == U"一、");
  CHECK(toc->title == U"收支预算总表");
  CHECK(parse_title_line(U"3.2025年部门支出预算总表")->year == 2025);
  CHECK(!parse_title_line(U"收入总表")->ordinal);
  for (auto bad : {U"（一）收支预算情况的总体说明（详见表 1-3）", U"一、收入支出决算总表 ....5",
                   U"本部门收支总表如下。", U"单位：万元", U"表格说明", U"部门收支情况",
                   U"收支总表反映了本部门的收支，具体如下表", U"是否空表", U"报表", U"目标表",
                   U"一、报表", U""})
    CHECK_MESSAGE(!parse_title_line(bad), u8(bad));
}

TEST_CASE("title lines: table numbers in other templates' styles (family f20)") {
  // A year glued to the number by a lost space must not be read as part of it.
  for (auto line : {U"附表1-1 2026年部门支出总表", U"附表1-12026年部门支出总表"}) {
    auto t = parse_title_line(line);
    REQUIRE_MESSAGE(t, u8(line));
    CHECK(t->number == U"附表1-1");
    CHECK(t->title == U"2026年部门支出总表");
  }
  // Qualified numbers: 预算公开表6, 部门预算表3, 部门公开01表.
  auto q = parse_title_line(U"预算公开表6 一般公共预算支出表");
  REQUIRE(q);
  CHECK(q->number == U"预算公开表6");
  CHECK(q->title == U"一般公共预算支出表");
  CHECK(parse_title_line(U"部门预算表3 收支总表")->number == U"部门预算表3");
  CHECK(parse_title_line(U"部门公开01表 收支总表")->number == U"部门公开01表");
  // The number after the title, on the same line.
  auto after = parse_title_line(U"2026年一般公共预算支出表 表5");
  REQUIRE(after);
  CHECK(after->number == U"表5");
  CHECK(after->title == U"2026年一般公共预算支出表");
  auto glued = parse_title_line(U"部门收支总表公开01表");
  REQUIRE(glued);
  CHECK(glued->number == U"公开01表");
  CHECK(glued->title == U"部门收支总表");
  // Not numbers: a title that merely ends in 表 after digits of its own.
  CHECK(!parse_title_line(U"2026年一般公共预算支出表")->number);
}

TEST_CASE("title lines: continuation marks (family f21)") {
  for (auto line : {U"续表", U"表3（续）", U"续表3", U"表3续"}) {
    auto t = parse_title_line(line);
    REQUIRE_MESSAGE(t, u8(line));
    CHECK(t->continued);
    CHECK(t->title.empty());
  }
  CHECK(parse_title_line(U"续表3")->number == U"表3");
  for (auto line :
       {U"一般公共预算支出表（续）", U"一般公共预算支出表(续表)", U"续表：一般公共预算支出表"}) {
    auto t = parse_title_line(line);
    REQUIRE_MESSAGE(t, u8(line));
    CHECK(t->continued);
    CHECK(t->title == U"一般公共预算支出表");
  }
  CHECK_FALSE(parse_title_line(U"一般公共预算支出表")->continued);
  CHECK_FALSE(parse_title_line(U"续表格说明"));
}

TEST_CASE("unit lines") {
  auto u = parse_unit_line(U"编制部门：库尔勒市希望街道办事处 单位：万元");
  REQUIRE(u);
  CHECK(u->department == U"库尔勒市希望街道办事处");
  CHECK(u->declared == unit::ten_thousand_yuan);
  CHECK(parse_unit_line(U"单位：元")->declared == unit::yuan);
  CHECK(!parse_unit_line(U"单位：元")->department);
  CHECK(parse_unit_line(U"单位:万元")->declared == unit::ten_thousand_yuan);
  CHECK(parse_unit_line(U"金额单位：万元")->declared == unit::ten_thousand_yuan);
  CHECK(parse_unit_line(U"金额单位：千元")->declared == unit::thousand_yuan);
  CHECK(parse_unit_line(U"编制单位：上海市财政局")->department == U"上海市财政局");
  CHECK(!parse_unit_line(U"编制单位：上海市财政局")->declared);
  CHECK(parse_unit_line(U"部门：国家信访局")->department == U"国家信访局");
  // Spaces between CJK were removed by normalization: entries are glued.
  auto glued = parse_unit_line(U"部门：国家信访局金额单位：万元");
  REQUIRE(glued);
  CHECK(glued->department == U"国家信访局");
  CHECK(glued->declared == unit::ten_thousand_yuan);
  auto dept = parse_unit_line(U"单位：苏州市科学技术局");
  REQUIRE(dept);
  CHECK(dept->department == U"苏州市科学技术局");
  CHECK(!dept->declared);
  CHECK(parse_unit_line(U"（单位：万元）")->declared == unit::ten_thousand_yuan);
  CHECK(parse_unit_line(U"单位：亿元")->declared == unit::unknown);
  CHECK(parse_unit_line(U"编制部门：杭州市公安局（本级） 2025年 单位：元")->department ==
        U"杭州市公安局（本级）");
  CHECK(parse_unit_line(U"资金主管部门:重庆市科学技术局")->department == U"重庆市科学技术局");
  // The unit in brackets right after the department; a remark after the unit.
  auto bracketed = parse_unit_line(U"编制部门：测试市示范局（单位：万元）");
  REQUIRE(bracketed);
  CHECK(bracketed->department == U"测试市示范局");
  CHECK(bracketed->declared == unit::ten_thousand_yuan);
  auto remark = parse_unit_line(U"金额单位：万元（保留两位小数）");
  REQUIRE(remark);
  CHECK(remark->declared == unit::ten_thousand_yuan);
  for (auto bad : {U"万元", U"部门收支总表", U"", U"2025年", U"1个非独立核算参公单位：深圳",
                   U"直属事业单位：东郊国宾馆、西康宾馆。", U"单位：万元。"})
    CHECK_MESSAGE(!parse_unit_line(bad), u8(bad));
}

TEST_CASE("years and document headings") {
  CHECK(parse_year(U"2024年") == 2024);
  CHECK(parse_year(U"2024 年") == 2024);
  CHECK(parse_year(U"库尔勒市2025年部门预算") == 2025);
  CHECK(!parse_year(U"2024"));
  CHECK(!parse_year(U"12024年"));  // not a 4-digit year
  CHECK(!parse_year(U"3024年"));
  CHECK(!parse_year(U"部门预算"));
  auto h = parse_document_heading(U"库尔勒市希望街道办事处2024年部门预算");
  REQUIRE(h);
  CHECK(h->year == 2024);
  CHECK(h->department == U"库尔勒市希望街道办事处");
  CHECK(h->st == stage::budget);
  auto f = parse_document_heading(U"国家信访局2024年度部门决算");
  REQUIRE(f);
  CHECK(f->st == stage::final_accounts);
  CHECK(f->department == U"国家信访局");
  auto after = parse_document_heading(U"2026年上海市财政局部门预算");
  REQUIRE(after);
  CHECK(after->year == 2026);
  CHECK(after->department == U"上海市财政局");
  auto noyear = parse_document_heading(U"深圳市财政局部门预算");
  REQUIRE(noyear);
  CHECK(!noyear->year);
  CHECK(noyear->department == U"深圳市财政局");
  CHECK(noyear->st == stage::budget);
  CHECK(!parse_document_heading(U"部门收支总表"));
}

TEST_CASE("numbering cells and rows") {
  for (auto ok : {U"栏次", U"行次", U"※", U"**", U"1", U"2", U"12", U"甲", U"4=5+6", U" 3 "})
    CHECK_MESSAGE(is_numbering_cell(ok), u8(ok));
  for (auto bad : {U"0", U"100", U"1.00", U"合计", U"", U"2024", U"***"})
    CHECK_MESSAGE(!is_numbering_cell(bad), u8(bad));
  using row = std::vector<std::u32string>;
  CHECK(is_numbering_row(row{U"栏次", U"", U"1", U"2", U"3"}));
  CHECK(is_numbering_row(row{U"1", U"2", U"3", U"4"}));
  CHECK(is_numbering_row(row{U"栏次", U"1", U"2", U"栏次", U"1", U"2"}));
  CHECK(is_numbering_row(row{U"栏次", U"1", U"2", U"3", U"4=5+6", U"5", U"6"}));
  CHECK(is_numbering_row(row{U"栏次", U"1"}));
  CHECK(is_numbering_row(row{U"**", U"1", U"2", U"3"}));
  // ※ under every header cell, no numbers (family f85).
  CHECK(is_numbering_row(row{U"**", U"**", U"", U"**"}));
  CHECK(is_numbering_row(row{U"※", U"※"}));
  CHECK_FALSE(is_numbering_row(row{U"**"}));
  CHECK_FALSE(is_numbering_row(row{U"栏次", U"甲"}));
  CHECK_FALSE(is_numbering_row(row{U"1", U"3", U"4"}));
  CHECK_FALSE(is_numbering_row(row{U"3", U"4"}));
  CHECK_FALSE(is_numbering_row(row{U"1"}));
  CHECK_FALSE(is_numbering_row(row{U"栏次"}));
  CHECK_FALSE(is_numbering_row(row{U"合计", U"1", U"2"}));
  CHECK_FALSE(is_numbering_row(row{U"", U""}));
}

TEST_CASE("total labels") {
  for (auto ok : {U"合计", U"总计", U"小计", U"收入总计", U"支出总计", U"本年收入合计",
                  U"本年支出合计", U"人员经费合计", U"“三公”经费合计", U"一、本年支出合计",
                  U"当年收入小计", U"合计：", U" 合计 "})
    CHECK_MESSAGE(is_total_label(ok), u8(ok));
  for (auto bad :
       {U"占本年支出合计的", U"金合计0万元。", U"合计数", U"行政运行", U"", U"2024年合计",
        U"公务 会议费 合计", U"这是一段非常非常非常非常非常非常长的说明文字合计"})
    CHECK_MESSAGE(!is_total_label(bad), u8(bad));
}

TEST_CASE("empty-table notes") {
  for (auto ok : {U"本表无数据", U"注：本部门无国有资本经营预算支出，故本表无数据。",
                  U"注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空", U"本表为空表",
                  U"此表为空", U"无数据", U"本部门无当年政府性基金预算收支，并已公开空表。",
                  U"（注：2026年没有使用政府性基金预算拨款安排的支出）", U"本单位无机关运行经费。",
                  U"说明：国家信访局没有政府性基金收入", U"注：本部门无相关收支项目"})
    CHECK_MESSAGE(is_empty_table_note(ok), u8(ok));
  for (auto bad :
       {U"此表如无数字则表示单位无该项支出。", U"是否空表", U"公开空表理由",
        U"主要原因是本部门无此项收入。", U"注：以上部门预算报表中，空表表示本部门无相关收支情况",
        U"因公出国（境）经费0.00万元，上年及本年度，本部门均无因公出国（境）经费预算；",
        U"无政府性基金预算财政拨款收入支出的，仍保留该表格式", U"一般公共预算支出表", U"合计", U""})
    CHECK_MESSAGE(!is_empty_table_note(bad), u8(bad));
}

TEST_CASE("failures say what was expected and where") {
  CHECK(describe_failure(cell_rule::amount_cell, U"1,34.5") ==
        "expected three digits after a thousands separator (as in 1,343.76) at column 3 in "
        "\"1,34.5\"");
  CHECK(describe_failure(cell_rule::amount_cell, U"5.") ==
        "expected digits after the decimal point (as in 1,343.76) at column 3 in \"5.\"");
  auto f = diagnose(cell_rule::amount_cell, U"12.3.4");
  REQUIRE(f);
  CHECK(f->column == 5);
  CHECK(f->expected == "an amount like 1,343.76, a dash or an empty cell");
  CHECK(describe_failure(cell_rule::amount_cell, U"行政运行") ==
        "expected an amount like 1,343.76, a dash or an empty cell in \"行政运行\"");
  CHECK(diagnose(cell_rule::amount, U"99999999999999999999")->expected ==
        "an amount that fits in 64 bits");
  CHECK(describe_failure(cell_rule::code_cell, U"2024") ==
        "expected a classification code like 201, 20106, 2010601 or a part like 06 in \"2024\"");
  CHECK(describe_failure(cell_rule::amount_cell, U"1,343.76").empty());
  CHECK(!diagnose(cell_rule::total_label, U"合计"));
  CHECK(diagnose(cell_rule::unit_line, U"万元"));
  CHECK(describe_rule(cell_rule::ordinal_prefix) ==
        "an item number like 一、, （一）, 1. or （1）");
}

// Golden files: tests/grammar/<rule>.input holds one cell per line; <rule>.expect holds
// what the rule returned for each, one line each.
namespace {

std::string golden_line(const std::string& rule, std::u32string_view cell) {
  if (rule == "amount_cell") return amount_text(cell);
  if (rule == "code_glued") {
    auto g = parse_code_glued(cell);
    if (!g) return "<none>";
    std::string out = g->code;
    for (const auto& c : g->more_codes) out += "+" + c;
    return out + " | " + u8(g->name);
  }
  if (rule == "title_line") {
    auto t = parse_title_line(cell);
    if (!t) return "<none>";
    return (t->number ? u8(*t->number) : "-") + " | " + u8(t->title) + " | " +
           (t->year ? std::to_string(*t->year) : "-");
  }
  return "<unknown rule>";
}

}  // namespace

TEST_CASE("golden files") {
  namespace fs = std::filesystem;
  const fs::path dir = budgetpdf::test::source_dir() / "tests" / "grammar";
  int files = 0;
  for (const std::string rule : {"amount_cell", "code_glued", "title_line"}) {
    std::ifstream input(dir / (rule + ".input")), expect(dir / (rule + ".expect"));
    REQUIRE_MESSAGE(input, rule);
    REQUIRE_MESSAGE(expect, rule);
    ++files;
    std::string in, want;
    int line = 0;
    while (std::getline(input, in)) {
      ++line;
      REQUIRE_MESSAGE(std::getline(expect, want), rule << ":" << line << " has no expectation");
      CHECK_MESSAGE(golden_line(rule, to_u32(in)) == want, rule << ":" << line << " " << in);
    }
    CHECK_MESSAGE(!std::getline(expect, want), rule << ".expect has extra lines");
  }
  CHECK(files == 3);
}
