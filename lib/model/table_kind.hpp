// Recognizing the standard disclosure tables (收支总表, 一般公共预算支出表, …) by title and
// header, whatever number they are printed under.
#pragma once

#include <budgetpdf/types.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace budgetpdf::detail {

/// The kind of a table, from its printed title (white space, quotes and numbering such as
/// "表3", "四、", "预算01表" may be left in), its amount columns' header paths, and whether
/// its rows carry 功能分类 (2xx) or 经济分类 (3xx/5xx) codes.
///
/// The title decides where it names a kind; the first rule that applies wins:
/// 绩效 (performance targets) -> performance; 政府购买服务 -> gov_purchase_services; 三公 ->
/// three_public; 机关运行经费 -> operating_costs; 政府采购 -> procurement; 结转/结余 -> carryover;
/// 政府性基金 -> gov_fund; 国有资本经营 -> state_capital; 项目支出 or 专项业务经费 ->
/// project_expenditure; 收支/收入支出 with 总 -> fiscal_summary if 财政拨款, else
/// revenue_expenditure_summary; 基本支出 -> general_budget_basic if 一般公共预算, else
/// basic_expenditure; 一般公共预算…支出 -> general_budget_economic if the title says 经济分类 (or,
/// without 功能分类 in the title, the rows carry only 经济分类 codes), else
/// general_budget_functional; 收入 -> revenue_summary; 支出 -> expenditure_summary, except
/// 财政拨款支出表 -> fiscal_expenditure. Otherwise the header decides: 三公 columns ->
/// three_public; 收入 and 支出 sides -> a summary; 人员经费 + 公用经费 -> basic_expenditure;
/// revenue sources -> revenue_summary; 基本支出 + 项目支出 -> expenditure_summary; else other.
///
/// **Example**: "2026年一般公共预算基本支出情况表" -> general_budget_basic;
/// "一般公共预算支出表（按经济分类）" -> general_budget_economic.
table_kind classify_table(std::u32string_view title,
                          const std::vector<std::vector<std::u32string>>& header_paths,
                          bool has_functional_codes, bool has_economic_codes);

}  // namespace budgetpdf::detail
