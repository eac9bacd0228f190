// What a line or a cell of text is, as far as layout needs to know: amounts and codes
// (which mark data rows), titles, unit lines, notes, page numbers.
#pragma once

#include <budgetpdf/amount.hpp>

#include <optional>
#include <string>
#include <vector>

namespace budgetpdf::detail {

/// The cell holds one amount or a dash.
bool is_amount_text(std::u32string_view cell);
/// The cell holds a classification code or code parts ("201", "2010601", "201 06 01"),
/// alone or glued to a name.
bool starts_with_code(std::u32string_view cell);
/// ".81": the tail of a number wrapped inside a narrow cell.
bool is_decimal_tail(std::u32string_view cell);  // defined by the grammar
/// The cells are the numbering row under a header ("栏次", "※", "1 2 3 …").
bool is_numbering_cells(const std::vector<std::u32string>& cells);
/// A line that starts a new row even without amounts: ordinals ("一、", "1."), "其中：",
/// totals ("合计").
bool starts_new_row(std::u32string_view cell);

struct title_parts {
  std::optional<std::u32string> number;  ///< "表1"
  std::u32string title;                  ///< "" for a number-only line
  unit declared = unit::unknown;         ///< a unit bracketed after the title
  bool continued = false;                ///< a continuation mark: 续表, …（续）
};
/// A table title line ("表1 部门收支总体情况表", "表 1", "2025年部门收入预算总表").
std::optional<title_parts> parse_title(std::u32string_view line);

struct unit_parts {
  std::u32string department;  ///< "" if not on the line
  unit declared = unit::unknown;
};
/// "编制部门：X 单位：万元", "单位：元", "金额单位：万元".
std::optional<unit_parts> parse_unit(std::u32string_view line);

/// "注：…", "说明：…".
bool is_note(std::u32string_view line);
/// "本表无数据", "…为空表。"
bool is_empty_note(std::u32string_view line);
/// A sentence of running text (not part of a table).
bool is_prose(std::u32string_view line);
/// "10", "- 10 -", "第10页", "第 10 页 共 50 页".
bool is_page_number(std::u32string_view line);

}  // namespace budgetpdf::detail

namespace budgetpdf::detail {

/// A cell holding only code parts: "201", "06", "2010601", "201 06 01" -> the parts.
std::optional<std::vector<std::string>> code_parts(std::u32string_view cell);

/// Leading code parts glued to a name: "2040601-行政运行" -> {{"2040601"}, "行政运行"},
/// "201 一般公共服务支出" -> {{"201"}, "一般公共服务支出"}; "2040601-" (the name clipped
/// away) -> {{"2040601"}, ""}.
struct code_prefix_parts {
  std::vector<std::string> parts;
  std::u32string rest;
};
std::optional<code_prefix_parts> code_prefix(std::u32string_view cell);

/// Digits only, at least one ("6", "2010601"): no sign, point or separator.
bool is_digits(std::u32string_view cell);

/// A 政府采购 品目 code alone in a cell: a capital letter and up to six digits ("A",
/// "A02", "C0101").
bool is_letter_code(std::u32string_view cell);

/// An amount cell: empty, a dash, an amount, or something else.
struct amount_reading {
  enum class kind { empty, dash, value, invalid } what = kind::empty;
  amount value;
};
amount_reading read_amount(std::u32string_view cell);

}  // namespace budgetpdf::detail
