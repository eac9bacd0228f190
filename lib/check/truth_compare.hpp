// The truth file read into plain structs, for compare_with_truth() and its tests.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace budgetpdf::detail {

struct truth_row {
  std::optional<std::string> code;
  std::string name;
  bool has_item = false;  ///< the truth row carries an "item" key (project tables)
  std::optional<std::string> item;
  std::vector<std::optional<std::string>> values;
};

struct truth_block {
  std::optional<std::string> label;
  std::vector<std::vector<std::string>> columns;  ///< header paths
  std::vector<truth_row> rows;
};

struct truth_table {
  std::optional<std::string> number;
  std::string title;
  std::vector<int> pages;
  std::optional<std::string> unit;
  bool empty = false;
  std::vector<truth_block> blocks;
};

struct truth_document {
  std::string file;
  std::optional<std::string> department;
  std::optional<int> year;
  std::optional<std::string> stage;
  std::vector<truth_table> tables;
};

/// Reads a FORMAT.md truth file, or a "budgetpdf/1" document (columns as {header, key}).
/// Throws std::invalid_argument naming the offending field.
truth_document read_truth(std::string_view json_text);

/// `s` normalized as read text is (full-width forms folded) and without white space, for
/// matching titles, numbers and names.
std::string comparable(std::string_view s);

}  // namespace budgetpdf::detail
