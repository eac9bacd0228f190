// Table kinds from titles and headers, and canonical column keys from header paths.
// The titles are those printed in the development corpus and its truth files.
#include "model/table_kind.hpp"
#include "model/column_key.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using budgetpdf::table_kind;
using budgetpdf::table_kind_name;
using budgetpdf::detail::classify_table;
using budgetpdf::detail::column_key;
using budgetpdf::detail::column_keys;

namespace {

struct titled {
  const char32_t* title;
  table_kind kind;
};

using paths = std::vector<std::vector<std::u32string>>;
using strings = std::vector<std::string>;

std::string kind_of(const char32_t* title, bool functional = false, bool economic = false) {
  return table_kind_name(classify_table(title, {}, functional, economic));
}

}  // namespace

TEST_CASE("titles of the standard tables, 预算 and 决算, under any numbering") {
  using k = table_kind;
  const titled cases[] = {
      // 收支总表
      {U"收支总表", k::revenue_expenditure_summary},
      {U"收支预算总表", k::revenue_expenditure_summary},
      {U"一、收支预算总表", k::revenue_expenditure_summary},
      {U"2026年部门收支总体情况表", k::revenue_expenditure_summary},
      {U"2025年部门财务收支预算总表", k::revenue_expenditure_summary},
      {U"1.2026年预算单位财务收支预算总表", k::revenue_expenditure_summary},
      {U"部门综合预算收支总表", k::revenue_expenditure_summary},
      {U"1、部门收支总表", k::revenue_expenditure_summary},
      {U"收入支出决算总表", k::revenue_expenditure_summary},
      {U"预算01表收支总表", k::revenue_expenditure_summary},
      // 收入总表
      {U"收入总表", k::revenue_summary},
      {U"收入预算总表", k::revenue_summary},
      {U"2026年部门收入总体情况表", k::revenue_summary},
      {U"收入决算表", k::revenue_summary},
      {U"2、部门收入总表", k::revenue_summary},
      // 支出总表
      {U"支出总表", k::expenditure_summary},
      {U"支出预算总表", k::expenditure_summary},
      {U"2026年部门支出总体情况表", k::expenditure_summary},
      {U"三、本年支出总体情况表", k::expenditure_summary},
      {U"支出决算表", k::expenditure_summary},
      {U"3、部门支出总表", k::expenditure_summary},
      // 财政拨款收支总表
      {U"财政拨款收支总表", k::fiscal_summary},
      {U"财政拨款收支预算总表", k::fiscal_summary},
      {U"2026年财政拨款收支总体情况表", k::fiscal_summary},
      {U"2025年部门财政拨款收支预算总表", k::fiscal_summary},
      {U"财政拨款收入支出决算总表", k::fiscal_summary},
      {U"表4部门综合预算财政拨款收支总表", k::fiscal_summary},
      // 一般公共预算支出表
      {U"一般公共预算支出表", k::general_budget_functional},
      {U"一般公共预算支出预算表", k::general_budget_functional},
      {U"2026年一般公共预算支出情况表", k::general_budget_functional},
      {U"一般公共预算支出表（按功能分类）", k::general_budget_functional},
      {U"2025年部门一般公共预算支出功能分类预算表", k::general_budget_functional},
      {U"2026年度一般公共预算拨款支出预算表", k::general_budget_functional},
      {U"一般公共预算财政拨款支出决算表", k::general_budget_functional},
      {U"一般公共预算支出表（按经济分类）", k::general_budget_economic},
      {U"八、一般公共预算支出经济分类情况表", k::general_budget_economic},
      // 基本支出
      {U"一般公共预算基本支出表", k::general_budget_basic},
      {U"一般公共预算基本支出预算表", k::general_budget_basic},
      {U"2026年一般公共预算基本支出情况表", k::general_budget_basic},
      {U"2025年部门一般公共预算基本支出部门预算经济分类预算表", k::general_budget_basic},
      {U"九、一般公共预算基本支出经济分类情况表", k::general_budget_basic},
      {U"一般公共预算财政拨款基本支出决算表", k::general_budget_basic},
      {U"基本支出总表", k::basic_expenditure},
      {U"财政拨款基本支出预算表", k::basic_expenditure},
      {U"十一、部门预算基本支出预算表", k::basic_expenditure},
      {U"基本支出预算情况表", k::basic_expenditure},
      // 项目支出
      {U"项目支出总表", k::project_expenditure},
      {U"表10.2026年市级部门项目支出预算表", k::project_expenditure},
      {U"十一、项目支出预算情况表", k::project_expenditure},
      {U"部门预算项目支出及其他支出预算表", k::project_expenditure},
      {U"2022年部门综合预算专项业务经费支出表", k::project_expenditure},
      // 政府性基金, 国有资本经营
      {U"政府性基金预算支出表", k::gov_fund},
      {U"财政拨款政府性基金支出预算表", k::gov_fund},
      {U"2025年部门政府性基金预算支出功能分类预算表", k::gov_fund},
      {U"政府性基金预算财政拨款收入支出决算表", k::gov_fund},
      {U"2020年部门综合预算政府性基金收支总表", k::gov_fund},
      {U"六、政府性基金预算拨款支出预算表", k::gov_fund},
      {U"国有资本经营预算支出表", k::state_capital},
      {U"国有资本经营预算支出情况表", k::state_capital},
      {U"国有资本经营预算财政拨款支出决算表", k::state_capital},
      {U"国有资本经营预算财政拨款收入支出决算表", k::state_capital},
      {U"2025年部门国有资本经营预算支出功能分类预算表", k::state_capital},
      // "三公"经费, whatever the quotes
      {U"财政拨款“三公”经费支出表", k::three_public},
      {U"财政拨款\"三公\"经费支出表", k::three_public},
      {U"财政拨款三公经费支出表", k::three_public},
      {U"“三公”经费、会议费、培训费支出预算表", k::three_public},
      {U"一般公共预算财政拨款“三公”经费支出决算表", k::three_public},
      {U"2025年部门“三公”经费和机关运行经费预算表", k::three_public},
      {U"财政拨款安排的行政经费及“三公”经费预算表", k::three_public},
      {U"部门综合预算一般公共预算拨款“三公”经费及会议费、培训费支出预算表", k::three_public},
      // 机关运行经费, 政府采购, 结转结余
      {U"一般公共预算机关运行经费支出预算表", k::operating_costs},
      {U"政府采购预算明细表", k::procurement},
      {U"十三、政府采购支出表", k::procurement},
      {U"部门综合预算政府采购（资产配置、购买服务）预算表", k::procurement},
      {U"2020年部门综合预算财政拨款结转资金支出表", k::carryover},
      {U"部门综合预算财政拨款上年结转资金支出表", k::carryover},
      {U"表11-财拨结转支出表", k::carryover},
      {U"财政拨款结转结余情况表", k::carryover},
      // Not a kind of their own
      {U"财政拨款支出预算表", k::fiscal_expenditure},
      {U"财政拨款支出表（功能科目）", k::fiscal_expenditure},
      {U"财政拨款政府购买服务明细表", k::gov_purchase_services},
      {U"项目支出绩效目标表", k::performance},
      {U"预算13表部门整体支出绩效目标表", k::performance},
      {U"表11.2026年市级部门项目支出绩效表", k::performance},
      {U"会议费明细表", k::other},
      {U"第二部分2026年部门预算表", k::other},
  };
  for (const auto& c : cases) {
    const auto got = classify_table(c.title, {}, false, false);
    CHECK_MESSAGE(std::string(table_kind_name(got)) == table_kind_name(c.kind), "title index ",
                  &c - cases);
  }
}

TEST_CASE("white space and 年 prefixes do not matter") {
  CHECK(kind_of(U"2026 年 一般公共预算 基本支出 表") == std::string("general_budget_basic"));
  CHECK(kind_of(U"财政拨款收支总表\u3000") == std::string("fiscal_summary"));
}

TEST_CASE("一般公共预算支出表 without a view in the title: the codes decide") {
  const auto t = U"一般公共预算支出表";
  CHECK(kind_of(t, false, true) == std::string("general_budget_economic"));
  CHECK(kind_of(t, true, false) == std::string("general_budget_functional"));
  CHECK(kind_of(t, true, true) == std::string("general_budget_functional"));
  CHECK(kind_of(t, false, false) == std::string("general_budget_functional"));
  // The title wins over the codes.
  CHECK(kind_of(U"一般公共预算支出表（按功能分类）", false, true) ==
        std::string("general_budget_functional"));
  CHECK(kind_of(U"一般公共预算支出表（按经济分类）", true, false) ==
        std::string("general_budget_economic"));
}

TEST_CASE("without a telling title, the header decides") {
  auto kind = [](const paths& p) {
    return std::string(table_kind_name(classify_table(U"", p, true, false)));
  };
  CHECK(kind({{U"合计"}, {U"因公出国（境）费"}, {U"公务接待费"}}) == "three_public");
  CHECK(kind({{U"收入", U"预算数"}, {U"支出", U"预算数"}}) == "revenue_expenditure_summary");
  CHECK(kind({{U"收入", U"预算数"}, {U"支出", U"合计"}, {U"支出", U"财政拨款"}}) ==
        "fiscal_summary");
  CHECK(kind({{U"合计"}, {U"人员经费"}, {U"公用经费"}}) == "basic_expenditure");
  CHECK(kind({{U"总计"}, {U"一般公共预算拨款收入"}, {U"事业收入"}, {U"上级补助收入"}}) ==
        "revenue_summary");
  CHECK(kind({{U"总计"}, {U"基本支出"}, {U"项目支出"}}) == "expenditure_summary");
  CHECK(kind({{U"机关运行经费支出"}}) == "operating_costs");
  CHECK(kind({{U"金额"}}) == "other");
  CHECK(kind({}) == "other");
  // A telling title is not overruled by the header.
  CHECK(table_kind_name(classify_table(U"支出总表", {{U"人员经费"}, {U"公用经费"}}, true, false)) ==
        std::string("expenditure_summary"));
}

// ---------------------------------------------------------------------------------------------
// Column keys
// ---------------------------------------------------------------------------------------------

TEST_CASE("single-level headers") {
  const auto k = table_kind::other;
  const std::pair<const char32_t*, const char*> cases[] = {
      {U"合计", "total"},
      {U"总计", "total"},
      {U"小计", "total"},
      {U"支出总计", "total"},
      {U"收入总计", "total"},
      {U"本年收入合计", "total"},
      {U"本年支出合计", "total"},
      {U"基本支出", "basic"},
      {U"项目支出", "project"},
      {U"人员经费", "personnel"},
      {U"公用经费", "public_use"},
      {U"工资福利支出", ""},
      {U"财政拨款", "fiscal_appropriation"},
      {U"财政拨款（补助）", "fiscal_appropriation"},
      {U"财政拨款收入", "fiscal_appropriation"},
      {U"一般公共预算", "general_budget"},
      {U"一般公共预算拨款收入", "general_budget"},
      {U"政府性基金预算拨款收入", "gov_fund"},
      {U"国有资本经营预算拨款收入", "state_capital"},
      {U"财政专户管理资金收入", "special_account"},
      {U"财政专户核拨", "special_account"},
      {U"单位资金", "unit_funds"},
      {U"事业收入", "business_income"},
      {U"事业单位经营收入", "operating_income"},
      {U"经营收入", "operating_income"},
      {U"上级补助收入", "superior_subsidy"},
      {U"附属单位上缴收入", "affiliated_income"},
      {U"其他收入", "other_income"},
      {U"上年结转", "carryover"},
      {U"上年结转结余", "carryover"},
      {U"上年结余、结转", "carryover"},
      {U"年初结转和结余", "carryover"},
      {U"年末结转和结余", "year_end_balance"},
      {U"结转下年资金", "year_end_balance"},
      {U"预算数", "budget"},
      {U"年初预算数", "budget"},
      {U"2026年预算数", "budget"},
      {U"决算数", "final"},
      {U"上年预算数", "prior_year"},
      {U"上年数", "prior_year"},
      {U"增减%", "change_percent"},
      {U"增减（%）", "change_percent"},
      {U"增长率", "change_percent"},
      {U"增减额", "change"},
      {U"因公出国(境)费", "outbound"},
      {U"因公出国（境）费用", "outbound"},
      {U"公务接待费", "reception"},
      {U"公务用车购置及运行维护费", "vehicles"},
      {U"公务用车购置及运行费", "vehicles"},
      {U"公务用车购置费", "vehicle_purchase"},
      {U"公务用车运行维护费", "vehicle_operation"},
      {U"公务用车运行费", "vehicle_operation"},
      {U"“三公”经费财政拨款预算总额", "three_public"},
      {U"机关运行经费支出", "operating_costs"},
      {U"会议费", "meeting"},
      {U"培训费", "training"},
      {U"金额", "amount"},
      {U"本年收入", "revenue"},
      {U"事业单位经营支出", ""},
      {U"上缴上级支出", ""},
      {U"单位预留机动经费", ""},
      {U"购置费", ""},  // only under 公务用车…
  };
  for (const auto& [text, key] : cases)
    CHECK_MESSAGE(column_key({text}, k) == key, "index ", &text - &cases[0].first);
}

TEST_CASE("paths: keyed levels join, parts replace their whole, subtotals add nothing") {
  const auto k = table_kind::three_public;
  CHECK(column_key({U"公务用车购置及运行维护费", U"公务用车购置费", U"一般公共预算"}, k) ==
        "vehicle_purchase.general_budget");
  CHECK(column_key({U"公务用车购置及运行维护费", U"小计", U"一般公共预算"}, k) ==
        "vehicles.general_budget");
  CHECK(column_key({U"因公出国(境)费", U"政府性基金预算"}, k) == "outbound.gov_fund");
  CHECK(column_key({U"总计", U"国有资本经营预算"}, k) == "state_capital");
  CHECK(column_key({U"“三公”经费", U"小计"}, k) == "three_public");
  CHECK(column_key({U"“三公”经费", U"公务用车购置及运行维护费", U"公务用车运行维护费"}, k) ==
        "vehicle_operation");
  CHECK(column_key({U"“三公”经费预算数", U"公务用车购置及运行费", U"购置费"}, k) ==
        "vehicle_purchase");
  CHECK(column_key({U"“三公”经费预算数", U"公务用车购置及运行费", U"运行费"}, k) ==
        "vehicle_operation");
  CHECK(column_key({U"预算数", U"合计"}, k) == "budget.total");
  CHECK(column_key({U"决算数", U"公务接待费"}, k) == "final.reception");
  CHECK(column_key({U"预算数", U"公务用车购置及运行维护费", U"小计"}, k) == "budget.vehicles");

  const auto r = table_kind::revenue_summary;
  CHECK(column_key({U"本年收入", U"小计"}, r) == "revenue");
  CHECK(column_key({U"本年收入", U"一般公共预算资金"}, r) == "general_budget");
  CHECK(column_key({U"上年结转结余", U"一般公共预算资金"}, r) == "carryover.general_budget");
  CHECK(column_key({U"上年结转结余", U"小计"}, r) == "carryover");
  CHECK(column_key({U"本年收入", U"财政拨款", U"一般公共预算拨款"}, r) == "general_budget");
  CHECK(column_key({U"本年收入", U"单位资金", U"事业收入"}, r) == "business_income");
  CHECK(column_key({U"财政拨款", U"小计"}, r) == "fiscal_appropriation");
  CHECK(column_key({U"收入预算", U"合计"}, r) == "total");
  CHECK(column_key({U"2026年预算", U"财政拨款", U"一般公共预算拨款"}, r) ==
        "budget.general_budget");

  const auto e = table_kind::general_budget_functional;
  CHECK(column_key({U"预算数", U"基本支出", U"人员经费"}, e) == "budget.personnel");
  CHECK(column_key({U"基本支出", U"小计"}, e) == "basic");
  CHECK(column_key({U"项目支出", U"项目支出总数"}, e) == "project");
  CHECK(column_key({U"支出预算", U"合计"}, e) == "total");
  CHECK(column_key({U"本年支出", U"基本支出"}, e) == "basic");
  CHECK(column_key({U"人员经费", U"决算数"}, e) == "personnel.final");
}

TEST_CASE("an unknown level makes the key unknown") {
  const auto k = table_kind::expenditure_summary;
  CHECK(column_key({U"其中", U"事业单位经营支出"}, k) == "");
  CHECK(column_key({U"2026年政府采购项目", U"小计"}, k) == "");
  CHECK(
      column_key({U"2026年政府采购项目", U"其中：2026年政府采购项目中预留给中小企业的项目资金规模"},
                 k) == "");
  CHECK(column_key({U"项目支出", U"扣除基建项目后预算数"}, k) == "");
  CHECK(column_key({U"某某", U"一般公共预算"}, k) == "");
  CHECK(column_key({}, k) == "");
}

TEST_CASE("neutral wrappers add nothing") {
  const auto k = table_kind::revenue_expenditure_summary;
  CHECK(column_key({U"收入", U"预算数"}, k) == "budget");
  CHECK(column_key({U"支出", U"功能分类", U"金额"}, k) == "amount");
  CHECK(column_key({U"支出", U"一般公共预算财政拨款"}, k) == "general_budget");
}

TEST_CASE("a block's keys: a top header over every column is skipped") {
  const auto k = table_kind::general_budget_functional;
  CHECK(column_keys({{U"预算数", U"合计"},
                     {U"预算数", U"基本支出", U"小计"},
                     {U"预算数", U"基本支出", U"人员经费"},
                     {U"预算数", U"基本支出", U"公用经费"},
                     {U"预算数", U"项目支出", U"项目支出总数"},
                     {U"预算数", U"项目支出", U"扣除基建项目后预算数"}},
                    k) == strings{"total", "basic", "personnel", "public_use", "project", ""});
  CHECK(column_keys({{U"财政拨款支出", U"合计"},
                     {U"财政拨款支出", U"一般公共预算"},
                     {U"财政拨款支出", U"政府性基金预算"},
                     {U"财政拨款支出", U"国有资本经营预算"}},
                    table_kind::fiscal_summary) ==
        strings{"total", "general_budget", "gov_fund", "state_capital"});
  CHECK(
      column_keys({{U"基本支出", U"总计"}, {U"基本支出", U"人员经费"}, {U"基本支出", U"公用经费"}},
                  table_kind::general_budget_basic) == strings{"total", "personnel", "public_use"});
  // Different tops are kept.
  CHECK(column_keys({{U"预算数", U"合计"}, {U"决算数", U"合计"}}, table_kind::three_public) ==
        strings{"budget.total", "final.total"});
  // One column: nothing to compare with.
  CHECK(column_keys({{U"收入", U"预算数"}}, table_kind::revenue_expenditure_summary) ==
        strings{"budget"});
}

TEST_CASE("a block's keys: earlier years are the prior year") {
  CHECK(column_keys({{U"2025年预算数"}, {U"2026年预算数"}, {U"增减%"}}, table_kind::three_public) ==
        strings{"prior_year", "budget", "change_percent"});
  CHECK(column_keys({{U"2025年决算数", U"公务接待费"}, {U"2026年预算数", U"公务接待费"}},
                    table_kind::three_public) ==
        strings{"prior_year.reception", "budget.reception"});
}

TEST_CASE("what a title says it leaves out does not make its kind") {
  // "不含上年结转": the table excludes carry-overs; it is no 结转 table.
  CHECK(
      kind_of(U"2022年部门综合预算一般公共预算基本支出明细表（按支出经济分类科目-不含上年结转）") ==
      "general_budget_basic");
  CHECK(kind_of(U"2022年部门综合预算政府性基金收支表（不含上年结转）") == "gov_fund");
  CHECK(kind_of(U"政府采购预算表(不包括上年结转)") == "procurement");
  // Where the exclusion runs to the end of the title, the words before it still decide.
  CHECK(kind_of(U"一般公共预算支出表不含结转") == "general_budget_functional");
  // A carry-over table stays one.
  CHECK(kind_of(U"2022部门综合预算财政拨款结转资金支出表") == "carryover");
}
