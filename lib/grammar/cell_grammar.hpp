// The cell and line language of budget tables: amounts, classification codes, ordinals,
// titles, unit lines, totals. Boost-free facade over the X3 rules in lib/grammar/.
//
// Input is normalized UTF-32 (see text/): full-width digits and ．，－％ are ASCII, U+3000
// is a space, spaces between CJK characters are removed, brackets are kept as printed.
// Un-normalized input is refused, not guessed at: parse_code_cell(U"２０１") is nullopt.
#pragma once

#include <budgetpdf/amount.hpp>
#include <budgetpdf/types.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace budgetpdf::detail {

// ---------------------------------------------------------------------------------------
// Amounts
// ---------------------------------------------------------------------------------------

/// One amount cell: exactly one of `value`, `dash`, `empty` is set.
struct amount_cell {
  std::optional<amount> value;
  bool dash = false;   ///< "-", "—", "－", "--", "/", "*", "×": printed "no amount"
  bool empty = false;  ///< nothing but spaces
};

/// A printed amount with nothing around it: "1,343.76", "-3.50", "0.00", "29,569.515638",
/// "16.70%", "168,441". Thousands groups must be exact ("1,34.5" fails); no leading '.'
/// (".81" is a tail, see is_decimal_tail), no trailing '.', no unit ("1.5万").
/// nullopt also when the value does not fit in 64 bits.
std::optional<amount> parse_amount_text(std::u32string_view text);

/// A whole amount cell: an amount, a dash or nothing, with spaces around allowed.
/// nullopt if the cell holds anything else (a name, a code glued to a name, "12.3.4").
std::optional<amount_cell> parse_amount_cell(std::u32string_view cell);

/// ".81", ".515638": the decimal part of an amount wrapped onto the next line of its cell.
bool is_decimal_tail(std::u32string_view cell);

/// "168,441", "-12": an amount without decimals or '%', i.e. one that a decimal tail may
/// complete. The layout stage decides whether it is one; this only says it could be.
bool is_wrapped_head(std::u32string_view cell);

/// "168,441" + ".81" -> 168441.81; nullopt unless is_wrapped_head(head) and
/// is_decimal_tail(tail).
std::optional<amount> join_wrapped_amount(std::u32string_view head, std::u32string_view tail);

// ---------------------------------------------------------------------------------------
// Classification codes
//
// A code is 3, 5 or 7 ASCII digits: 类 (3) + 款 (2) + 项 (2). The 类 must be one of
//   功能分类 201..234, 部门经济分类 301..399, 政府经济分类 501..599,
// and each 款/项 pair is 01..99. A code part printed alone in a 款/项 column is 2 digits,
// 01..99. Everything else is not a code:
//   - 1 digit ("1"): numbering; 4 digits ("2024"): a year; 6 digits: no level has 6;
//   - 8+ digits, or a digit run glued to more digits ("20106012");
//   - a 类 outside the ranges ("200", "235", "401", "600"), a "00" pair ("20100").
// 7-digit economic codes ("3021101") occur in some provinces and are accepted.
// Bracketed forms ("[2010601]行政运行") are not accepted: in the corpus square brackets
// only ever wrap document numbers ("[2016]53号").
// ---------------------------------------------------------------------------------------

/// Which classification a code belongs to (by its first digit).
enum class code_family { functional, economic_department, economic_government };

/// The family of a code accepted by parse_code_cell (3/5/7 digits); nullopt for 2-digit
/// parts and non-codes.
std::optional<code_family> classify_code(std::string_view digits);

/// A cell holding only one code or code part: "201", "20106", "2010601", "30101", "06".
std::optional<std::string> parse_code_cell(std::u32string_view cell);

/// A cell holding code tokens separated by spaces: "201 06 01" -> {"201","06","01"};
/// also a single token. nullopt if any token is not a code or part.
std::optional<std::vector<std::string>> parse_code_parts(std::u32string_view cell);

/// {"201","06","01"} -> "2010601", {"201","06"} -> "20106", {"2010601"} -> "2010601";
/// nullopt unless a 3-digit 类 is followed by at most two 2-digit parts (or a lone code).
std::optional<std::string> join_code_parts(const std::vector<std::string>& parts);

/// A code glued to its name: "2040601-行政运行", "30101 基本工资", "2010101行政运行",
/// "2010601：行政运行". Separator: nothing, spaces, or one of - － — – : ： with spaces.
/// A cell with several codes before the name ("30101 50101 基本工资") gives the first
/// in `code` and the others in `more_codes`. Every code must be a full 3/5/7-digit code.
struct code_and_name {
  std::string code;
  std::u32string name;  ///< trimmed, never empty
  std::vector<std::string> more_codes;
};
std::optional<code_and_name> parse_code_glued(std::u32string_view cell);

/// All code tokens (codes or 2-digit parts) at the start of a cell and what follows
/// (possibly empty): "201 06 01 行政运行" -> {{"201","06","01"}, "行政运行"}.
/// The rest, if any, must start like a name (a letter or an opening bracket/quote, not
/// 年月日元万亿), so "2024年…" and "201年" give nullopt.
struct leading_codes {
  std::vector<std::string> codes;
  std::u32string rest;
};
std::optional<leading_codes> parse_leading_codes(std::u32string_view cell);

// ---------------------------------------------------------------------------------------
// Ordinals, titles, unit lines, headings
// ---------------------------------------------------------------------------------------

/// An item number as printed. Levels: "一、" 1; "（一）"/"(一)" 2; "1."/"1、" 3;
/// "（1）"/"(1)" 4; "①".."⑳" 5; "其中："/"其中" 0 (an "of which" marker, not a level).
struct ordinal {
  std::u32string text;  ///< as printed, e.g. U"（一）"
  int level = 0;
};

/// "一、本年收入" -> {{"一、",1}, "本年收入"}; the rest is trimmed and may be empty.
/// "1.5万元" is not an ordinal (a '.' ordinal is never followed by a digit).
std::optional<std::pair<ordinal, std::u32string>> parse_ordinal_prefix(std::u32string_view text);

/// A table title line.
struct title_info {
  /// Table number with white space and surrounding brackets removed: "表1", "表1-2",
  /// "表一" (Chinese numerals kept), "附表1", "公开01表", "预算01表", "预算表3".
  std::optional<std::u32string> number;
  std::u32string title;     ///< white space removed; "" for a number-only line ("表 2")
  std::optional<int> year;  ///< from "2024年" in the title
  /// A leading item number, taken out of `title`: "一、收支预算总表" -> "一、". Tables of
  /// contents and narrative section heads print titles this way; table pages rarely do.
  std::optional<std::u32string> ordinal;
  /// A unit printed in brackets after the title, taken out of `title`: "收支总表（单位：万元）".
  std::optional<unit> declared;
  /// A continuation mark, taken out of `title`: "…支出表（续）", "表3（续表）", "续表",
  /// "续表3": the table goes on from an earlier page.
  bool continued = false;
};

/// "表1 部门收支总体情况表", "表 1", "公开01表 部门收支总表", "（预算表3）…",
/// "2025年部门收入预算总表". A line without a number must end in 表, optionally followed
/// by one bracket group ("…支出表（按功能分类）"), and be at least 4 characters after its
/// ordinal; header cells "是否空表", "报表" are not titles. Lines with 。，； (sentences),
/// "详见" (references) or leader dots (tables of contents) are not titles.
std::optional<title_info> parse_title_line(std::u32string_view line);

/// A unit line: "编制部门：X 单位：万元", "单位:万元", "金额单位：万元", "（单位：万元）",
/// "编制单位：X", "部门：X", "单位：苏州市科学技术局" (a 单位 that is not a unit is the
/// department). Keys: 编制部门 编制单位 预算主管部门 主管部门 预算单位 填报单位 单位名称
/// 部门名称 部门 单位 (department) and 金额单位 计量单位 单位 (unit). Tokens without a key
/// are ignored; at least one keyed entry is required.
struct unit_line {
  std::optional<std::u32string> department;
  /// unit::unknown when a unit is printed that budgetpdf does not model ("亿元").
  std::optional<unit> declared;
};
std::optional<unit_line> parse_unit_line(std::u32string_view line);

/// The first "2024年" or "2024 年" (1900-2099) anywhere in the text.
std::optional<int> parse_year(std::u32string_view text);

/// A document heading: "库尔勒市希望街道办事处2024年部门预算" -> {2024, "库尔勒市希望街道办事处",
/// budget}; "2026年上海市财政局部门预算" (department after the year); "X部门决算".
/// 决算 wins over 预算 ("预算执行" in a 决算 heading). nullopt if neither a year nor a stage
/// word is found.
struct doc_heading {
  std::optional<int> year;
  std::optional<std::u32string> department;
  std::optional<budgetpdf::stage> st;
};
std::optional<doc_heading> parse_document_heading(std::u32string_view line);

// ---------------------------------------------------------------------------------------
// Row labels
// ---------------------------------------------------------------------------------------

/// A cell of the numbering row under a header: "栏次", "行次", "项次", "※" (or "**"),
/// "甲".."辛", or
/// a number 1..99 (optionally with a formula, "4=5+6").
bool is_numbering_cell(std::u32string_view cell);

/// A numbering row: every non-empty cell is a numbering cell and the numbers run
/// consecutively (+1 each; after a label cell they may restart at 1, for side-by-side
/// parts). Without any label cell at least two numbers starting at 1 are required, so a
/// data row "3 4" is not taken for one. A row of ※ marks alone (two or more) is one too.
bool is_numbering_row(const std::vector<std::u32string>& cells);

/// "合计", "总计", "小计", "收入总计", "本年收入合计", "人员经费合计", "一、本年支出合计"
/// (an ordinal is allowed first), with an optional trailing colon. The text before the
/// total word is at most 16 characters and holds no digits, spaces or sentence punctuation, so
/// "占本年支出合计的" and "金合计0万元。" are not labels.
bool is_total_label(std::u32string_view cell);

/// A note saying a table has no data: "本表无数据", "故本表为空", "…为空表", "无数据",
/// "已公开空表", "本部门无政府性基金预算…", "没有使用…安排的支出", "本单位无机关运行经费".
/// Conditional, explanatory or header wording is not: "此表如无数字则表示…", "空表表示…",
/// "是否空表", "公开空表理由", "…仍保留该表格式"; neither is "本部门无此项收入" (one line
/// item) nor any text with "万元" (narrative with figures).
bool is_empty_table_note(std::u32string_view text);

// ---------------------------------------------------------------------------------------
// Failures
// ---------------------------------------------------------------------------------------

/// The entry points above, for diagnostics.
enum class cell_rule {
  amount,
  amount_cell,
  decimal_tail,
  code_cell,
  code_parts,
  code_glued,
  ordinal_prefix,
  title_line,
  unit_line,
  document_heading,
  numbering_cell,
  total_label,
  empty_table_note,
};

/// What a rule expects, for messages: cell_rule::amount_cell -> "an amount like 1,343.76,
/// a dash or an empty cell".
std::string_view describe_rule(cell_rule rule);

/// Why a text failed a rule. `column` is 1-based, in characters, where parsing stopped
/// (1 when the rule could not say); `message` is one sentence, UTF-8.
struct cell_failure {
  std::size_t column = 1;
  std::string expected;  ///< human description of what was expected there
  std::string message;
};

/// nullopt if `text` is accepted by `rule`, else why not:
/// diagnose(cell_rule::amount_cell, U"1,34.5")->message ==
///   "expected three digits after a thousands separator (as in 1,343.76) at column 3 in \"1,34.5\""
std::optional<cell_failure> diagnose(cell_rule rule, std::u32string_view text);

/// diagnose(rule, text)->message, or "" if the text is accepted.
std::string describe_failure(cell_rule rule, std::u32string_view text);

}  // namespace budgetpdf::detail
