// Rows from glyphs and column bounds: data lines (amounts, codes) anchor rows; wrapped
// name lines and wrapped number tails join the nearest anchor.
#pragma once

#include "layout/glyphs.hpp"
#include "layout/grid.hpp"

#include <unordered_map>
#include <vector>

namespace budgetpdf::detail {

/// Column bounds: column i spans [bounds[i], bounds[i+1]).
using column_bounds = std::vector<double>;

/// Index of the column whose span holds x, clamped to the outer columns.
std::size_t column_of(const column_bounds& bounds, double x);

/// Column of glyphs whose position says otherwise (text clipped at a rule:
/// clipped_overflow.hpp).
using glyph_columns = std::unordered_map<const glyph*, std::size_t>;
/// The column of glyph g: its entry in `placed`, else the one its middle stands in.
std::size_t column_of(const column_bounds& bounds, const glyph& g, const glyph_columns& placed);

/// One line cut into one text per column.
struct cut_line {
  const text_line* line = nullptr;
  std::vector<std::u32string> cells;
  std::vector<box> boxes;  ///< per cell, where its glyphs are
  bool anchor = false;     ///< holds an amount or a code
  /// The first printed cell starts with a code (a code column, or a code glued to a name).
  bool leads_with_code = false;
  std::size_t first_cell = 0;  ///< index of the first printed cell
  bool first_figures = false;  ///< the first printed cell holds figures only
  /// A cell after the first printed one holds figures (an amount, or a whole number).
  bool later_figures = false;
  bool new_row = false;    ///< starts a row by itself (ordinal, 其中, 合计)
  bool numbering = false;  ///< the numbering row under a header
};

/// `merge`, where given, sends each column's text to another column (merged cells: to
/// their leftmost column); `placed`, where given, places glyphs whose position says
/// otherwise.
cut_line cut(const text_line& line, const column_bounds& bounds,
             const std::vector<std::size_t>* merge = nullptr,
             const glyph_columns* placed = nullptr);

/// Rows from lines of one region (a ruled band, or a whole unruled body). `pitch` is the
/// typical distance between data rows (0: unknown); a line without data farther than
/// 0.75 pitch from any anchor is a row of its own.
/// `part_starts`: the first column of each part of a table printed as parts side by side
/// (人员经费 | 公用经费), whose lines are grouped into rows part by part; empty: one part.
std::vector<grid_row> rows_from_lines(const std::vector<text_line>& lines,
                                      const column_bounds& bounds, int page, double pitch,
                                      const std::vector<std::size_t>* merge = nullptr,
                                      bool single = false,
                                      const std::vector<std::size_t>& part_starts = {});

/// Every line cut(), in order: what rows_from_cut_lines and holds_several_rows read, so that
/// a band asks both without cutting its lines twice.
std::vector<cut_line> cut_lines(const std::vector<text_line>& lines, const column_bounds& bounds,
                                const std::vector<std::size_t>* merge = nullptr,
                                const glyph_columns* placed = nullptr);

/// rows_from_lines of lines already cut (cut_lines; `merge` was given there).
std::vector<grid_row> rows_from_cut_lines(const std::vector<cut_line>& lines,
                                          const column_bounds& bounds, int page, double pitch,
                                          bool single = false,
                                          const std::vector<std::size_t>& part_starts = {});

/// Parts printed side by side with the same column labels (科目名称 | 金额 twice, under
/// 人员经费 | 公用经费): the first column of each, or nothing when the labels do not repeat.
/// rows_from_lines groups each part's lines on its own.
std::vector<std::size_t> repeated_parts(const std::vector<grid_column>& columns);

/// Whether lines of one ruled band hold several rows: some column has two lines with an
/// amount or a code (a wrapped name or a wrapped number's tail does not count).
bool holds_several_rows(const std::vector<text_line>& lines, const column_bounds& bounds,
                        const std::vector<std::size_t>* merge = nullptr);
/// The same for lines already cut (cut_lines).
bool holds_several_rows(const std::vector<cut_line>& lines, const column_bounds& bounds);

/// All lines as one row, cell texts joined top to bottom (0 lines: no row).
std::vector<grid_row> one_row(const std::vector<text_line>& lines, const column_bounds& bounds,
                              int page, const std::vector<std::size_t>* merge = nullptr);

/// Typical vertical distance between consecutive anchor lines (median), 0 if < 2 anchors.
double anchor_pitch(const std::vector<cut_line>& lines);

}  // namespace budgetpdf::detail
