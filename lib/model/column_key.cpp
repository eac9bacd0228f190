// Column keys: each header level read as a key, a subtotal marker, a neutral wrapper or
// unknown, then joined (see column_key.hpp for the rules).
#include "model/column_key.hpp"

#include "model/text_match.hpp"
#include "text/normalize.hpp"

#include <algorithm>
#include <initializer_list>
#include <string_view>

namespace budgetpdf::detail {

namespace {

enum class level_type { key, subtotal, neutral, unknown };

struct level_reading {
  level_type type = level_type::unknown;
  std::string key;
};

level_reading key_of(std::string k) { return {level_type::key, std::move(k)}; }

bool is_any(std::u32string_view t, std::initializer_list<std::u32string_view> set) {
  return std::find(set.begin(), set.end(), t) != set.end();
}

bool starts_any(std::u32string_view t, std::initializer_list<std::u32string_view> set) {
  for (auto s : set)
    if (t.starts_with(s)) return true;
  return false;
}

// "2026年预算数" -> "预算数", returning 2026; 0 where no year leads.
int strip_year(std::u32string& t) {
  if (t.size() < 5) return 0;
  int year = 0;
  for (std::size_t i = 0; i < 4; ++i) {
    if (t[i] < U'0' || t[i] > U'9') return 0;
    year = year * 10 + static_cast<int>(t[i] - U'0');
  }
  if (t[4] != U'年') return 0;
  std::size_t n = 5;
  if (t.size() > 5 && t[5] == U'度') n = 6;
  t.erase(0, n);
  return year;
}

level_reading read_level(std::u32string_view raw, const std::string& above) {
  std::u32string t = normalize_label(raw);
  strip_year(t);
  if (t.empty()) return {level_type::neutral, {}};
  if (count_label(t)) return key_of("count");
  if (is_any(t, {U"小计", U"合计", U"总计", U"计", U"合计数", U"小计数"}))
    return {level_type::subtotal, {}};
  if (is_any(t, {U"收入总计", U"支出总计", U"收支总计", U"本年收入合计", U"本年支出合计",
                 U"收入合计", U"支出合计", U"总额", U"预算总额", U"支出总额"}))
    return key_of("total");
  // "三公" and its items.
  if (contains(t, U"三公")) return key_of("three_public");
  if (contains(t, U"机关运行经费")) return key_of("operating_costs");
  if (t.starts_with(U"因公出国")) return key_of("outbound");
  if (contains(t, U"公务接待")) return key_of("reception");
  if (contains(t, U"公务用车")) {
    const bool purchase = contains(t, U"购置"), operation = contains(t, U"运行");
    if (purchase && !operation) return key_of("vehicle_purchase");
    if (operation && !purchase) return key_of("vehicle_operation");
    return key_of("vehicles");
  }
  if (above == "vehicles") {
    if (t.starts_with(U"购置")) return key_of("vehicle_purchase");
    if (t.starts_with(U"运行")) return key_of("vehicle_operation");
  }
  if (t.starts_with(U"会议费")) return key_of("meeting");
  if (t.starts_with(U"培训费")) return key_of("training");
  // Views: changes, carry-overs, prior year, final, budget.
  if (contains_any(t, {U"增减", U"增长", U"增幅", U"变动"}))
    return key_of(contains_any(t, {U"%", U"率", U"幅", U"比例"}) ? "change_percent" : "change");
  if (starts_any(t, {U"上年结转", U"上年结余", U"年初结转", U"年初结余"}))
    return key_of("carryover");
  if (starts_any(t, {U"年末结转", U"年末结余", U"结转下年", U"期末结转", U"期末结余"}))
    return key_of("year_end_balance");
  if (t.starts_with(U"上年")) return key_of("prior_year");
  if (is_any(t, {U"决算数", U"决算", U"本年决算数"})) return key_of("final");
  if (is_any(t, {U"预算数", U"年初预算数", U"预算", U"本年预算", U"本年预算数", U"预算金额",
                 U"全年预算数"}))
    return key_of("budget");
  // Uses and sources of funds.
  if (contains(t, U"基本支出")) return key_of("basic");
  if (contains(t, U"项目支出")) return key_of("project");
  if (t.starts_with(U"人员经费")) return key_of("personnel");
  if (t.starts_with(U"公用经费")) return key_of("public_use");
  if (t.starts_with(U"一般公共预算")) return key_of("general_budget");
  if (t.starts_with(U"政府性基金")) return key_of("gov_fund");
  if (t.starts_with(U"国有资本经营")) return key_of("state_capital");
  if (t.starts_with(U"财政拨款")) return key_of("fiscal_appropriation");
  if (contains(t, U"财政专户")) return key_of("special_account");
  if (t == U"单位资金") return key_of("unit_funds");
  if (starts_any(t, {U"事业单位经营收入", U"经营收入"})) return key_of("operating_income");
  if (t.starts_with(U"事业收入")) return key_of("business_income");
  if (t.starts_with(U"上级补助收入")) return key_of("superior_subsidy");
  if (t.starts_with(U"附属单位上缴收入")) return key_of("affiliated_income");
  if (t.starts_with(U"其他收入")) return key_of("other_income");
  if (is_any(t, {U"本年收入", U"本年收入小计"})) return key_of("revenue");
  if (is_any(t, {U"本年支出", U"本年支出小计"})) return key_of("expenditure");
  if (t == U"金额") return key_of("amount");
  if (is_any(t, {U"收入", U"支出", U"收入预算", U"支出预算", U"其中", U"功能分类", U"经济分类",
                 U"支出用途", U"支出功能分类", U"支出经济分类", U"本年"}))
    return {level_type::neutral, {}};
  return {};
}

bool is_view(std::string_view k) {
  return k == "budget" || k == "final" || k == "prior_year" || k == "change" ||
         k == "change_percent";
}

// Is `child` a part of `parent`, so that it replaces it?
bool part_of(std::string_view child, std::string_view parent) {
  auto in = [&](std::initializer_list<std::string_view> set) {
    return std::find(set.begin(), set.end(), child) != set.end();
  };
  if (parent == "total" || parent == "revenue" || parent == "expenditure") return true;
  if (parent == "fiscal_appropriation") return in({"general_budget", "gov_fund", "state_capital"});
  if (parent == "unit_funds")
    return in({"business_income", "operating_income", "superior_subsidy", "affiliated_income",
               "other_income"});
  if (parent == "basic") return in({"personnel", "public_use"});
  if (parent == "three_public")
    return in({"outbound", "reception", "vehicles", "vehicle_purchase", "vehicle_operation"});
  if (parent == "vehicles") return in({"vehicle_purchase", "vehicle_operation"});
  return false;
}

std::string join_levels(const std::vector<std::u32string>& path, std::size_t from) {
  std::vector<std::string> keys;
  for (std::size_t i = from; i < path.size(); ++i) {
    const auto r = read_level(path[i], keys.empty() ? std::string() : keys.back());
    switch (r.type) {
      case level_type::unknown:
        return {};
      case level_type::neutral:
        continue;
      case level_type::subtotal:
        if (keys.empty() || is_view(keys.back())) keys.emplace_back("total");
        continue;
      case level_type::key:
        if (!keys.empty() && keys.back() == r.key) continue;
        if (!keys.empty() && part_of(r.key, keys.back())) {
          keys.back() = r.key;
          continue;
        }
        keys.push_back(r.key);
    }
  }
  std::string out;
  for (const auto& k : keys) out += (out.empty() ? "" : ".") + k;
  return out;
}

}  // namespace

std::string column_key(const std::vector<std::u32string>& header_path, table_kind) {
  return join_levels(header_path, 0);
}

std::vector<std::string> column_keys(const std::vector<std::vector<std::u32string>>& paths,
                                     table_kind kind) {
  // A top header over every column tells them apart no more than the table title does.
  bool shared_top = paths.size() >= 2;
  for (const auto& p : paths)
    shared_top = shared_top && p.size() >= 2 &&
                 normalize_label(p.front()) == normalize_label(paths.front().front());
  std::vector<std::string> keys;
  for (const auto& p : paths) {
    keys.push_back(shared_top ? join_levels(p, 1) : column_key(p, kind));
  }
  // Years printed in the top headers: the earlier ones are the prior year.
  std::vector<int> years;
  int latest = 0;
  for (const auto& p : paths) {
    std::u32string top = p.empty() ? std::u32string() : normalize_label(p.front());
    years.push_back(strip_year(top));
    latest = std::max(latest, years.back());
  }
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (years[i] == 0 || years[i] == latest) continue;
    for (std::string_view view : {"budget", "final"})
      if (keys[i] == view || keys[i].starts_with(std::string(view) + "."))
        keys[i] = "prior_year" + keys[i].substr(view.size());
  }
  return keys;
}

bool count_label(std::u32string_view label) {
  // Points of a score (分值, 得分) are counted too: never money.
  if (contains_any(label, {U"数量", U"人数", U"人次", U"批次", U"次数", U"个数", U"保有量",
                           U"团组数", U"分值", U"得分"}))
    return true;
  // A count unit in brackets at the end: （辆）, (个), （台/套）.
  const auto open = label.find_last_of(U"（(");
  if (open == std::u32string_view::npos || label.size() < open + 3) return false;
  const char32_t close = label.back();
  if (close != U'）' && close != U')') return false;
  const auto inside = label.substr(open + 1, label.size() - open - 2);
  return !inside.empty() && inside.size() <= 4 &&
         std::all_of(inside.begin(), inside.end(), [](char32_t c) {
           return std::u32string_view(U"辆个人次台套批项户家件名位/、").find(c) !=
                  std::u32string_view::npos;
         });
}

column_measure measure_of(const std::vector<std::string>& header) {
  const bool rate = std::any_of(header.begin(), header.end(), [](const std::string& level) {
    const auto t = to_u32(level);
    return contains_any(t, {U"%", U"％", U"比例", U"占比", U"权重"}) || t.ends_with(U"率");
  });
  if (rate) return column_measure::rate;
  if (!header.empty() && count_label(normalize_label(to_u32(header.back()))))
    return column_measure::count;
  return column_measure::money;
}

std::vector<bool> summed_columns(const std::vector<column>& columns) {
  std::vector<bool> summed;
  // From the header, not c.measure: blocks are summed while they are built, before
  // interpretation sets the measure.
  for (const auto& c : columns) summed.push_back(measure_of(c.header) == column_measure::money);
  return summed;
}

}  // namespace budgetpdf::detail
