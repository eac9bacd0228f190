// Canonical keys of amount columns from their header paths ("total", "basic",
// "vehicle_purchase.general_budget").
#pragma once

#include <budgetpdf/types.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace budgetpdf::detail {

/// The canonical key of one amount column, "" where none applies.
///
/// Each header level (top to leaf) is read as one of:
/// - a key: total (支出总计, 收入总计, 本年收入合计, …), basic (基本支出), project (项目支出),
///   personnel (人员经费 only; 工资福利支出 is an economic class, not a key), public_use
///   (公用经费), fiscal_appropriation (财政拨款, 财政拨款(补助), 财政拨款收入/支出),
///   general_budget / gov_fund / state_capital (一般公共预算…, 政府性基金…, 国有资本经营…),
///   special_account (财政专户…), unit_funds (单位资金), business_income (事业收入),
///   operating_income (事业单位经营收入, 经营收入), superior_subsidy (上级补助收入),
///   affiliated_income (附属单位上缴收入), other_income (其他收入), carryover (上年结转,
///   上年结转结余, 上年结余、结转, 年初结转和结余), year_end_balance (年末结转和结余, 结转下年),
///   revenue / expenditure (本年收入 / 本年支出 as a group), budget (预算数, 年初预算数,
///   2026年预算数, 预算金额), final (决算数), prior_year (上年预算数, 上年数), change_percent
///   (增减%, 增长率, …), change (增减, 增减额), amount (金额), three_public (…三公…),
///   outbound (因公出国(境)费), reception (公务接待费), vehicles (公务用车购置及运行(维护)费),
///   vehicle_purchase (公务用车购置费; 购置费 under vehicles), vehicle_operation
///   (公务用车运行(维护)费; 运行(维护)费 under vehicles), operating_costs (机关运行经费),
///   meeting (会议费), training (培训费), count (a count_label: 公务接待批次（个）, read before
///   the 三公 items it may name);
/// - a subtotal marker: 小计, 合计, 总计;
/// - a neutral wrapper: 收入, 支出, 收入预算, 支出预算, 其中, 功能分类, 经济分类, 支出用途;
/// - anything else: unknown.
///
/// The key joins the levels' keys with '.', top first, by these rules:
/// 1. an unknown level makes the whole key "" (an unrecognised leaf, or a recognised leaf
///    under an unrecognised group, could be mistaken for a column it is not);
/// 2. neutral wrappers add nothing;
/// 3. a subtotal marker adds "total" where nothing keyed is above it, or where the level
///    above is a view (budget, final, prior_year, change, change_percent): "budget.total";
///    under any other key it adds nothing (["基本支出","小计"] -> "basic");
/// 4. a key that is part of the key above replaces it: total, revenue and expenditure give
///    way to anything; fiscal_appropriation to its three funds; unit_funds to its five
///    incomes; basic to personnel/public_use; three_public to its items; vehicles to
///    vehicle_purchase/vehicle_operation; a key equal to the one above is dropped;
/// 5. otherwise the key is appended.
///
/// **Example**: ["公务用车购置及运行维护费","公务用车购置费","一般公共预算"] ->
/// "vehicle_purchase.general_budget"; ["上年结转结余","一般公共预算资金"] ->
/// "carryover.general_budget"; ["本年收入","财政拨款","一般公共预算拨款"] -> "general_budget";
/// ["预算数","公务接待费"] -> "budget.reception"; ["其中","事业单位经营支出"] -> "".
std::string column_key(const std::vector<std::u32string>& header_path, table_kind kind);

/// The keys of all amount columns of one block, as column_key() with two refinements:
/// - a top header shared by every column (two or more columns, each at least two levels
///   deep) says nothing about any one of them and is skipped (["预算数","合计"],
///   ["预算数","人员经费"] -> "total", "personnel");
/// - where top headers print different years ("2025年预算数", "2026年预算数"), the columns
///   of the earlier years read prior_year instead of budget/final.
std::vector<std::string> column_keys(const std::vector<std::vector<std::u32string>>& header_paths,
                                     table_kind kind);

/// Whether a header label names a count: 数量, 人数, 人次, 批次, 次数, 个数, 保有量, 团组数, a
/// score (分值, 得分), or a count unit in brackets at its end (公务用车保有量（辆）, 接待批次
/// （个）, （台/套）).
bool count_label(std::u32string_view label);

/// What a column's figures measure, from its header path: rates (完成率, 执行率, 增长率, 占比,
/// 权重, 比例, a level with %), whatever their cells print ("96.35" under 完成率（%）); counts (a
/// count_label leaf); else money.
column_measure measure_of(const std::vector<std::string>& header);

/// Per column, whether its figures are amounts to add down the table (money). Sums and code
/// levels leave counts and rates out.
std::vector<bool> summed_columns(const std::vector<column>& columns);

}  // namespace budgetpdf::detail
