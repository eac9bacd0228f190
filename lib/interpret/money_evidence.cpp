#include "interpret/money_evidence.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace budgetpdf::detail {
namespace {

// Words every budget or final-accounts table prints in its title or headers, and that
// statistics of other kinds (网站工作年度报表, 目录, 运行情况) rarely do.
constexpr std::array<std::string_view, 15> finance_words = {"预算", "决算", "收入", "支出", "经费",
                                                            "资金", "拨款", "费",   "金额", "采购",
                                                            "结转", "结余", "三公", "元",   "财政"};

bool has_finance_word(std::string_view text) {
  return std::any_of(finance_words.begin(), finance_words.end(),
                     [&](std::string_view w) { return text.find(w) != std::string_view::npos; });
}

}  // namespace

bool prints_money(const table& t) {
  if (t.declared_unit != unit::unknown || has_finance_word(t.title)) return true;
  for (const auto& b : t.blocks) {
    for (const auto& c : b.columns)
      for (const auto& h : c.header)
        if (has_finance_word(h)) return true;
    for (const auto& r : b.rows)
      if (r.code) return true;
  }
  return false;
}

}  // namespace budgetpdf::detail
