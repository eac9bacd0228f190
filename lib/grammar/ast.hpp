// Attributes the grammar rules synthesize: raw spans as printed; interpretation (digits to
// amounts, levels, units) happens in cell_grammar.cpp.
#pragma once

#include <string>
#include <vector>

namespace budgetpdf::detail::grammar::ast {

/// "-1,343.76%" -> sign "-", integer "1,343", fraction ".76", percent true.
struct number {
  std::u32string sign;
  std::u32string integer;   ///< as printed, thousands separators kept
  std::u32string fraction;  ///< with the leading '.', "" if none
  bool percent = false;
};

/// An amount cell: kind 0 empty (spaces only), 1 dash, 2 number.
struct amount_cell {
  int kind = -1;
  number value;
};

/// Leading classification codes and what follows them: "30101 50101 基本工资".
struct code_list {
  std::vector<std::u32string> codes;
  std::u32string rest;
};

/// "（一）本年收入" -> text "（一）", level 2, rest "本年收入".
struct ordinal {
  std::u32string text;
  int level = -1;
  std::u32string rest;
};

/// "表 1 部门收支总表" -> number "表 1", title "部门收支总表".
struct numbered_title {
  std::u32string number;
  std::u32string title;
};

/// "编制部门：X" -> key "编制部门", value "X"; a token without a key has key "".
struct unit_entry {
  std::u32string key;
  std::u32string value;
};

/// "X2024年部门预算" -> before "X", year "2024", after "部门预算".
struct heading {
  std::u32string before;
  std::u32string year;
  std::u32string after;
};

/// "本年收入合计" -> prefix "本年收入", word "合计".
struct total_label {
  std::u32string prefix;
  std::u32string word;
};

}  // namespace budgetpdf::detail::grammar::ast
