// X3 rule names -> what a reader should have printed there (the rexpr_full id map).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

namespace budgetpdf::detail::grammar {

/// Keys are the names given to the rules in *_def.hpp; an expectation failure reports
/// the name of the rule that was expected.
inline const std::unordered_map<std::string_view, std::string_view>& rule_id_map() {
  static const std::unordered_map<std::string_view, std::string_view> map = {
      {"amount", "an amount like 1,343.76"},
      {"thousands group", "three digits after a thousands separator (as in 1,343.76)"},
      {"decimal digits", "digits after the decimal point (as in 1,343.76)"},
      {"amount cell", "an amount like 1,343.76, a dash or an empty cell"},
      {"decimal tail", "a wrapped decimal tail like .81"},
      {"code cell", "a classification code like 201, 20106, 2010601 or a part like 06"},
      {"code parts", "classification code parts like 201 06 01"},
      {"leading codes", "a classification code and a name, like 2010601-行政运行"},
      {"classification code", "a classification code like 201, 20106 or 2010601"},
      {"code part", "a two-digit code part like 06"},
      {"ordinal", "an item number like 一、, （一）, 1. or （1）"},
      {"numbered title", "a table title like 表1 部门收支总表"},
      {"table title", "a table title ending in 表, like 2025年部门收入预算总表"},
      {"unit line", "a unit line like 编制部门：X 单位：万元"},
      {"year", "a year like 2024年"},
      {"document heading", "a heading like X2024年部门预算"},
      {"numbering cell", "a column number like 栏次 or 1"},
      {"total label", "a total label like 合计 or 收入总计"},
      {"empty-table note", "a note like 本表无数据"},
  };
  return map;
}

/// The human description of a rule name; the name itself if unmapped.
inline std::string describe_rule_name(std::string_view name) {
  const auto& map = rule_id_map();
  auto it = map.find(name);
  return std::string(it == map.end() ? name : it->second);
}

}  // namespace budgetpdf::detail::grammar
