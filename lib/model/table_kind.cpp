// Table kinds by title first, by header where the title does not tell.
#include "model/table_kind.hpp"

#include "model/text_match.hpp"

#include <optional>

namespace budgetpdf::detail {

namespace {

std::optional<table_kind> by_title(std::u32string_view t, bool functional, bool economic) {
  if (t.empty()) return std::nullopt;
  if (contains(t, U"绩效")) return table_kind::performance;
  if (contains(t, U"政府购买服务")) return table_kind::gov_purchase_services;
  if (contains(t, U"三公")) return table_kind::three_public;
  if (contains(t, U"机关运行经费")) return table_kind::operating_costs;
  if (contains(t, U"政府采购")) return table_kind::procurement;
  if (contains_any(t, {U"结转", U"结余"})) return table_kind::carryover;
  if (contains(t, U"政府性基金")) return table_kind::gov_fund;
  if (contains(t, U"国有资本经营")) return table_kind::state_capital;
  if (contains_any(t, {U"项目支出", U"专项业务经费"})) return table_kind::project_expenditure;
  if (contains_any(t, {U"收支", U"收入支出"}) && contains(t, U"总"))
    return contains(t, U"财政拨款") ? table_kind::fiscal_summary
                                    : table_kind::revenue_expenditure_summary;
  if (contains(t, U"基本支出"))
    return contains(t, U"一般公共预算") ? table_kind::general_budget_basic
                                        : table_kind::basic_expenditure;
  if (contains(t, U"一般公共预算") && contains(t, U"支出")) {
    if (contains(t, U"经济分类")) return table_kind::general_budget_economic;
    if (contains(t, U"功能分类")) return table_kind::general_budget_functional;
    return economic && !functional ? table_kind::general_budget_economic
                                   : table_kind::general_budget_functional;
  }
  const bool revenue = contains(t, U"收入");
  const bool expenditure = contains(t, U"支出");
  if (revenue && !expenditure) return table_kind::revenue_summary;
  if (expenditure && !revenue)
    return contains(t, U"财政拨款") ? table_kind::fiscal_expenditure
                                    : table_kind::expenditure_summary;
  return std::nullopt;
}

table_kind by_header(const std::vector<std::vector<std::u32string>>& paths) {
  bool three = false, operating = false, revenue_side = false, expenditure_side = false;
  bool fiscal = false, personnel = false, public_use = false, sources = false, basic = false,
       project = false;
  for (const auto& path : paths) {
    for (std::size_t i = 0; i < path.size(); ++i) {
      const auto h = normalize_label(path[i]);
      three = three || contains_any(h, {U"三公", U"因公出国", U"公务接待"});
      operating = operating || contains(h, U"机关运行经费");
      if (i == 0 && path.size() > 1) {
        revenue_side = revenue_side || (contains(h, U"收入") && !contains(h, U"支出"));
        expenditure_side = expenditure_side || (contains(h, U"支出") && !contains(h, U"收入"));
      }
      fiscal = fiscal || contains(h, U"财政拨款");
      personnel = personnel || h == U"人员经费";
      public_use = public_use || h == U"公用经费";
      sources = sources || contains_any(h, {U"事业收入", U"上级补助收入", U"附属单位上缴收入",
                                            U"财政专户管理资金", U"单位资金"});
      basic = basic || h == U"基本支出";
      project = project || h == U"项目支出";
    }
  }
  if (three) return table_kind::three_public;
  if (operating) return table_kind::operating_costs;
  if (revenue_side && expenditure_side)
    return fiscal ? table_kind::fiscal_summary : table_kind::revenue_expenditure_summary;
  if (personnel && public_use && !project) return table_kind::basic_expenditure;
  if (sources && !basic && !project) return table_kind::revenue_summary;
  if (basic && project) return table_kind::expenditure_summary;
  return table_kind::other;
}

// What a title says it leaves out is no part of its kind: "基本支出明细表（…-不含上年结转）"
// is no 结转 table. The words from 不含 (不包含, 不包括) to the closing bracket go.
std::u32string without_exclusions(std::u32string t) {
  for (std::u32string_view word : {U"不含", U"不包含", U"不包括"})
    for (auto at = t.find(word); at != std::u32string::npos; at = t.find(word, at)) {
      const auto close = t.find_first_of(U"）)", at);
      t.erase(at, close == std::u32string::npos ? std::u32string::npos : close - at);
    }
  return t;
}

}  // namespace

table_kind classify_table(std::u32string_view title,
                          const std::vector<std::vector<std::u32string>>& header_paths,
                          bool has_functional_codes, bool has_economic_codes) {
  const auto t = without_exclusions(normalize_label(title));
  if (auto k = by_title(t, has_functional_codes, has_economic_codes)) return *k;
  return by_header(header_paths);
}

}  // namespace budgetpdf::detail
