// The plain structs a parse returns: document -> tables -> blocks -> columns and rows.
#pragma once

#include <budgetpdf/amount.hpp>
#include <budgetpdf/diagnostic.hpp>
#include <budgetpdf/location.hpp>

#include <optional>
#include <string>
#include <vector>

namespace budgetpdf {

/// What an amount column's figures measure: money in the table's unit, counts (数量, 人次,
/// 公务用车保有量（辆）) or rates (完成率（%）, 增长率, 占比). Only money has a value in 元, and
/// only money is added up by the checks.
enum class column_measure { money, count, rate };

/// Stable name of a measure: "money", "count", "rate".
const char* column_measure_name(column_measure m) noexcept;

/// One amount column: its header path from the top header row down to the leaf, white
/// space removed ({"支出预算", "合计"}), a canonical key where known ("total"), and what its
/// figures measure (read from the header).
struct column {
  std::vector<std::string> header;
  std::string key;  ///< "" where no canonical key applies
  column_measure measure = column_measure::money;
};

/// Value `a` of a row's column `i` under `columns` in 元 (the table's unit `u` applied), as
/// amount::in_yuan; none where that column holds counts or rates, which are no money.
std::optional<std::string> value_in_yuan(const std::vector<column>& columns, std::size_t i,
                                         const amount& a, unit u);

/// Where a value was read: the PDF's text layer, or OCR of the page's picture (docs/ocr.md).
enum class value_source { text_layer, ocr };

/// Stable name of a source: "text_layer", "ocr".
const char* value_source_name(value_source s) noexcept;

/// One data row, totals included.
struct row {
  std::optional<std::string> code;    ///< full code, digits only ("2010601"); none if unprinted
  std::vector<std::string> levels;    ///< the code's parts: {"201","06","01"}
  std::optional<std::string> parent;  ///< full code of the parent row, where one exists
  /// Further classifications printed on the row (Beijing: a 功能分类 code, then 经济分类
  /// codes 50101 and 30101): full codes in printed order.
  std::vector<std::string> other_codes;
  std::string name;                           ///< as printed, white space removed, wraps joined
  std::optional<std::string> item;            ///< project name in 项目支出 tables
  std::vector<std::optional<amount>> values;  ///< one per column; none = empty, dash or / * ×
  /// One per text column of the block (采购方式, 品目, 备注, …), as printed, white space
  /// removed; "" where the cell is empty.
  std::vector<std::string> texts;
  int page = 0;
  box where;
  value_source source = value_source::text_layer;  ///< the row's page was read by OCR or not
  /// OCR rows only (else empty): one per value, the OCR engine's confidence (0-100) in the
  /// printed word the value was read from; none for an empty cell or a word not found.
  std::vector<std::optional<float>> confidence = {};
};

/// A part of a table printed beside another (收入 | 支出); most tables have one block.
struct block {
  std::optional<std::string> label;  ///< "收入", "支出", or none
  std::vector<column> columns;       ///< the amount columns, left to right
  std::vector<row> rows;
  /// Columns of text that is neither the row's code, name nor item (采购方式, 品目名称,
  /// 备注, reasons), left to right; each row has one text per column.
  std::vector<column> text_columns = {};
};

/// Canonical kinds of the standard disclosure tables.
enum class table_kind {
  other,
  revenue_expenditure_summary,  ///< 收支总表
  revenue_summary,              ///< 收入总表
  expenditure_summary,          ///< 支出总表
  fiscal_summary,               ///< 财政拨款收支总表
  general_budget_functional,    ///< 一般公共预算支出表 (功能分类)
  general_budget_economic,      ///< 一般公共预算支出表 (经济分类)
  general_budget_basic,         ///< 一般公共预算基本支出表
  basic_expenditure,            ///< 基本支出表 (not only 一般公共预算)
  project_expenditure,          ///< 项目支出表
  gov_fund,                     ///< 政府性基金预算支出表
  state_capital,                ///< 国有资本经营预算支出表
  three_public,                 ///< "三公"经费支出表
  carryover,                    ///< 结转结余表
  procurement,                  ///< 政府采购表
  operating_costs,              ///< 机关运行经费表
  fiscal_expenditure,  ///< 财政拨款支出表 (功能分类): all appropriations, not only 一般公共预算
  gov_purchase_services,  ///< 政府购买服务表
  performance,  ///< 绩效目标表 / 绩效自评表 (performance targets and evaluations)
};

/// Stable snake_case name of a kind ("three_public").
const char* table_kind_name(table_kind k) noexcept;

struct table {
  table_kind kind = table_kind::other;
  std::optional<std::string> number;  ///< "表3", "附表1", none where unprinted
  std::string title;                  ///< as printed, white space removed
  std::vector<int> pages;             ///< 1-based pages the table's rows are on
  unit declared_unit = unit::unknown;
  bool empty = false;  ///< printed without data ("本表无数据")
  std::vector<block> blocks;
};

/// 预算, 决算, or a performance evaluation (绩效评价报告) of spending already made.
enum class stage { unknown, budget, final_accounts, performance_evaluation };

struct source_info {
  std::string path;    ///< as given, "" for parse_memory
  std::string sha256;  ///< of the input bytes, lower-case hex
  std::size_t bytes = 0;
};

/// Truth-free measures of how completely and how plausibly the document was read
/// (docs/measures.md). Each count below that is not zero has diagnostics saying where.
struct reading_measures {
  /// Decimal amounts printed as words ("1,682.76", "0.00") on table pages: pages where a
  /// table has rows, or where four or more lines print two such amounts side by side.
  int amounts_printed = 0;
  int amounts_placed = 0;          ///< of those, held by a row printed on that line
  int amounts_outside_cells = 0;   ///< inside a table's region, held by no row
  int amounts_outside_tables = 0;  ///< outside every table's region
  int tables_with_amounts = 0;
  int tables_without_title = 0;  ///< of the tables with amounts
  int tables_kind_unknown = 0;   ///< of the tables with amounts: kind other
  int tables_without_unit = 0;   ///< of the tables with amounts
  int titles_without_rows = 0;   ///< titles cut from their body
  int amount_columns = 0;        ///< in tables with amounts
  int columns_without_header = 0;
  int headers_with_title_text = 0;  ///< columns whose header holds 表N, 单位： or 部门：
  int empty_columns = 0;            ///< amount columns without a single value
};

struct document {
  std::optional<std::string> department;
  std::optional<int> year;
  budgetpdf::stage stage = stage::unknown;
  source_info source;
  int page_count = 0;
  std::vector<table> tables;
  std::vector<diagnostic> diagnostics;
  reading_measures measures;
};

}  // namespace budgetpdf
