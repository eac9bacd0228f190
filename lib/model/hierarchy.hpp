// Classification codes of a block's rows: full codes, levels and parents rebuilt from what
// the page prints (full codes, 类/款/项 columns, or each level's own part only).
#pragma once

#include <budgetpdf/types.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace budgetpdf::detail {

/// What one row prints as its classification code, plus what helps to place partial codes.
struct printed_code {
  /// The code as printed, one string per code cell, white space allowed:
  /// - {"201", "06", "01"}: the 类/款/项 columns, left to right ("" for an empty cell; a
  ///   missing higher level is carried down from the previous coded row: {"", "03", "01"});
  ///   recognised by shape: a first cell of 3 digits or empty, then cells of 2 digits or empty;
  /// - {"2010601"}, {"20106"}, {"201"}: one cell holding a full code;
  /// - {"06"}: one cell holding only the level's own part (2 digits), placed by `depth`,
  ///   `indent`, the amounts, or by rule; {"0601"}: 款+项 under the current 类;
  /// - {} or {""}: no code (totals, 收支总表 items);
  /// - anything else with several cells ({"2010601", "50101", "30101"}): several
  ///   classifications on one row; the first is the row's code, the rest go to other_codes.
  /// Letters are kept ("A02" in 政府采购 tables: passed through, no levels or parent).
  std::vector<std::string> parts;
  /// The row's amounts, one per column (empty: not known; the amounts then do not help).
  std::vector<std::optional<amount>> values;
  /// The level the layout shows, where it does (a separate column, a known indentation):
  /// 0 = 类, 1 = 款, 2 = 项. Only used for partial codes.
  std::optional<int> depth;
  /// Left edge (points) of the code or name text; partial codes printed at two distinct
  /// indentations in the block are read as 款 (smaller) and 项 (larger).
  std::optional<double> indent;
  /// The row repeats the classification of the row above: a 项目支出 table prints one row
  /// per project, each under the same code, name and (partial) code part as the row before.
  /// Such rows take the code of the first of them; for placing partial codes their amounts
  /// count as one child of the parent.
  bool repeats_previous = false;
};

/// The rebuilt code of one row.
struct resolved_code {
  std::optional<std::string> code;       ///< full code, digits only; none for rows without one
  std::vector<std::string> levels;       ///< {"201","06","01"}; {"301","01"}; {"A02"} for others
  std::optional<std::string> parent;     ///< the code minus its last level, if it has > 1 level
  std::vector<std::string> other_codes;  ///< further classifications printed on the row
};

/// A diagnostic about one row (its index in the input).
struct row_note {
  std::size_t row = 0;
  diagnostic diag;
};

struct hierarchy_result {
  std::vector<resolved_code> rows;  ///< one per input row, same order
  std::vector<row_note> notes;
};

/// Rebuilds full codes, levels and parents for the rows of one block, in printed order.
///
/// Rules, in order:
/// 1. a full code (3, 5 or 7 digits) is taken as printed;
/// 2. 类/款/项 columns are joined, empty higher columns carried down from the previous
///    coded row;
/// 3. a run of 2-digit parts is placed (as 款 under the current 类, or as 项 under the open
///    款) by `depth` where given, else by two indentation clusters, else by the amounts: a
///    款 equals the sum of its 项, a 类 the sum of its 款; siblings ascend and never repeat.
///    Where several readings fit, the preferred one wins: for 功能分类 (2xx) a part after a
///    款 or 项 is a 项; for 经济分类 (3xx, 5xx) it is a sibling 款. Rows whose reading could
///    have gone the other way get a "code-level-guessed" warning. A row that
///    `repeats_previous` takes the code of the row it repeats and adds its amounts to it.
/// The parent is always the code minus its last level ("2010601" -> "20106"), whether or
/// not that row is printed in the block.
hierarchy_result resolve_hierarchy(const std::vector<printed_code>& rows);

/// Writes code/levels/parent of `b.rows` from `printed` (index by index) and returns the
/// notes. Rows beyond either size are left alone.
std::vector<row_note> apply_hierarchy(block& b, const std::vector<printed_code>& printed);

/// A code cell reduced to ASCII digits and letters (full-width forms folded, spaces and
/// everything else dropped): " ２０１ 06" -> "20106".
std::string normalize_code_text(std::string_view printed);

/// The levels of a digit code, 3-2-2: "2010601" -> {"201","06","01"}, "30101" ->
/// {"301","01"}; any other code -> {code}.
std::vector<std::string> split_code(std::string_view code);

/// The code minus its last level ("2010601" -> "20106", "30101" -> "301"); none for a 类
/// or a code that does not split.
std::optional<std::string> parent_code(std::string_view code);

}  // namespace budgetpdf::detail
