// Side-by-side parts of a table (收入 | 支出) and what each of a part's columns is for.
#pragma once

#include "interpret/column_roles.hpp"
#include "layout/grid.hpp"

#include <optional>
#include <vector>

namespace budgetpdf::detail {

/// The grid columns of one part, by what they give its rows.
struct block_layout {
  std::vector<std::size_t> columns;          ///< all of the part's columns, left to right
  std::vector<std::size_t> code_cols;        ///< the row's classification code parts
  std::vector<std::size_t> name_cols;        ///< the row's name: the last one printed wins
  std::optional<std::size_t> item_col;       ///< a project name beside a classification
  std::vector<std::size_t> amount_cols;      ///< the row's values
  std::vector<std::size_t> text_cols;        ///< other text (采购方式, 备注): row::texts
  std::vector<std::size_t> other_code_cols;  ///< a second classification's code parts
  std::vector<std::size_t> other_name_cols;  ///< and its names, which are not the row's
  bool names_carry_codes = false;  ///< no code column: most names have their code glued on
};

/// The columns of each part, left to right. A code or text column after an amount column
/// starts a new part when amounts follow it; text columns after the last amount column
/// (采购方式, reasons) stay in the part before them. Row numbers belong to no part. A text
/// column marked `blank` (nothing printed under its header: an empty 实施采购时间 between
/// 预算金额 and 财政拨款) starts no part.
std::vector<std::vector<std::size_t>> split_blocks(const std::vector<column_role>& roles,
                                                   const std::vector<bool>& blank = {});

/// A header of a text column that describes the row rather than names it: how it is
/// bought, what is bought, remarks and reasons, a form's indicator levels and values.
bool descriptive_header(std::u32string_view header);

/// What each column of one part is for.
block_layout lay_out_block(const grid_table& grid, const std::vector<column_role>& roles,
                           const std::vector<std::size_t>& columns);

/// A merged cell reaching across parts ("当年支出小计" over one part's name and amount and
/// the next part's name) labels the row of the last part it reaches, where its amounts
/// are: its text moves there.
void move_labels_across_blocks(std::vector<grid_row>& rows,
                               const std::vector<std::vector<std::size_t>>& blocks,
                               const std::vector<column_role>& roles);

}  // namespace budgetpdf::detail
