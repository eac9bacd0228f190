// Rows from glyphs and column bounds.
#include "layout/row_builder.hpp"

#include "grammar/cell_grammar.hpp"
#include "layout/cell_text.hpp"
#include "layout/line_kinds.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

namespace budgetpdf::detail {

std::size_t column_of(const column_bounds& bounds, double x) {
  if (bounds.size() < 2) return 0;
  auto it = std::upper_bound(bounds.begin(), bounds.end(), x);
  if (it == bounds.begin()) return 0;
  auto i = std::size_t(it - bounds.begin()) - 1;
  return std::min(i, bounds.size() - 2);
}

std::size_t column_of(const column_bounds& bounds, const glyph& g, const glyph_columns& placed) {
  if (!placed.empty())
    if (auto it = placed.find(&g); it != placed.end()) return it->second;
  return column_of(bounds, g.cx());
}

namespace {

// A line of a band gathers glyphs of several cells; in one cell they may stand on two lines
// of their own ("24995.9" over "4", a figure wrapped in a narrow cell of a row whose other
// cells hold one line centred across both). Read them line by line: top line first, each
// left to right (family f36; by x alone the figure read "24995.49").
void order_cell_lines(std::vector<const glyph*>& part) {
  if (part.size() < 2) return;
  double lo = part.front()->cy(), hi = lo, size = 0;
  for (const glyph* g : part) {
    lo = std::min(lo, g->cy());
    hi = std::max(hi, g->cy());
    size = std::max(size, g->where.y1 - g->where.y0);
  }
  if (hi - lo <= 0.5 * size) return;  // one line
  std::vector<const glyph*> by_y = part;
  std::sort(by_y.begin(), by_y.end(),
            [](const glyph* a, const glyph* b) { return a->cy() < b->cy(); });
  // Lines: runs of glyphs whose centres lie within half a glyph of the run's first.
  std::vector<std::pair<const glyph*, int>> keyed;
  int line = 0;
  double top = by_y.front()->cy();
  for (const glyph* g : by_y) {
    if (g->cy() - top > 0.5 * size) {
      ++line;
      top = g->cy();
    }
    keyed.emplace_back(g, line);
  }
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second < b.second : a.first->where.x0 < b.first->where.x0;
  });
  for (std::size_t k = 0; k < keyed.size(); ++k) part[k] = keyed[k].first;
}

}  // namespace

// What a cut line holds: an anchor (amount or code), its key cell, figures after it, whether
// it starts a row of its own or is the numbering row.
void set_flags(cut_line& c) {
  c.anchor = c.leads_with_code = c.first_figures = c.later_figures = false;
  c.new_row = c.numbering = false;
  c.first_cell = 0;
  // The row's key is its first printed cell, or a code after cells of words only (a
  // project's name printed before its classification: 项目名称 | 科目编码 | …).
  bool first = true;
  bool words_only = true;  // every printed cell so far holds no code and no figures
  for (std::size_t i = 0; i < c.cells.size(); ++i) {
    const auto& s = c.cells[i];
    if (s.empty()) continue;
    const bool amount = is_amount_text(s) && !is_decimal_tail(s);
    const bool code = starts_with_code(s);
    if (amount || code) c.anchor = true;
    const bool figures = amount || is_digits(s);
    if (first || (words_only && code)) {
      c.leads_with_code = code;
      c.first_cell = i;
      c.first_figures = figures;
    } else if (figures) {
      c.later_figures = true;
    }
    words_only = words_only && !code && !figures;
    first = false;
  }
  c.numbering = is_numbering_cells(c.cells);
  if (c.numbering) c.anchor = false;
  for (const auto& s : c.cells)
    if (!s.empty()) {
      c.new_row = starts_new_row(s);
      break;
    }
}

cut_line cut(const text_line& line, const column_bounds& bounds,
             const std::vector<std::size_t>* merge, const glyph_columns* placed) {
  cut_line c;
  c.line = &line;
  std::size_t n = bounds.size() < 2 ? 1 : bounds.size() - 1;
  std::vector<std::vector<const glyph*>> parts(n);
  for (const glyph* g : line.glyphs) {
    auto col = placed ? column_of(bounds, *g, *placed) : column_of(bounds, g->cx());
    if (merge && col < merge->size()) col = (*merge)[col];
    parts[col].push_back(g);
  }
  c.cells.resize(n);
  c.boxes.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    order_cell_lines(parts[i]);
    c.cells[i] = join_glyphs(parts[i]);
    if (parts[i].empty()) continue;
    c.boxes[i] = parts[i].front()->where;
    for (const glyph* g : parts[i]) c.boxes[i] = union_box(c.boxes[i], g->where);
  }
  set_flags(c);
  return c;
}

std::vector<cut_line> cut_lines(const std::vector<text_line>& lines, const column_bounds& bounds,
                                const std::vector<std::size_t>* merge,
                                const glyph_columns* placed) {
  std::vector<cut_line> cl;
  cl.reserve(lines.size());
  for (const auto& l : lines) cl.push_back(cut(l, bounds, merge, placed));
  return cl;
}

bool holds_several_rows(const std::vector<text_line>& lines, const column_bounds& bounds,
                        const std::vector<std::size_t>* merge) {
  return holds_several_rows(cut_lines(lines, bounds, merge), bounds);
}

bool holds_several_rows(const std::vector<cut_line>& lines, const column_bounds& bounds) {
  // Per column: how many lines hold an amount or a code, their texts joined, and whether
  // the first such line fills the column (a number too wide for its cell wraps there).
  struct column_lines {
    int data = 0;
    std::u32string joined;
    bool first_fills = false;
    std::size_t longest = 0;  // the longest line's text
  };
  std::vector<column_lines> columns;
  for (const auto& c : lines) {
    if (c.numbering) continue;
    columns.resize(c.cells.size());
    for (std::size_t i = 0; i < c.cells.size(); ++i) {
      const auto& s = c.cells[i];
      if (s.empty()) continue;
      auto& col = columns[i];
      col.joined += s;
      col.longest = std::max(col.longest, s.size());
      if (!((is_amount_text(s) && !is_decimal_tail(s)) || starts_with_code(s))) continue;
      if (col.data++ == 0 && bounds.size() > i + 1) {
        double width = bounds[i + 1] - bounds[i];
        col.first_fills = c.boxes[i].x1 - c.boxes[i].x0 >= 0.7 * width;
      }
    }
  }
  for (const auto& col : columns) {
    if (col.data < 2) continue;
    // "370,219.2" over "5" in a narrow cell: one amount wrapped anywhere, not two rows.
    bool wrapped_number = col.first_fills && is_amount_text(col.joined);
    // "50" over "2", "9" over "9": a code or code part wrapped by the character in a
    // narrow 类 or 款 column (no line holds all of it; two rows' parts, "01" over "02",
    // join to no code).
    bool wrapped_code = col.longest < col.joined.size() && is_digits(col.joined) &&
                        code_parts(col.joined).has_value();
    if (!wrapped_number && !wrapped_code) return true;
  }
  return false;
}

std::vector<grid_row> one_row(const std::vector<text_line>& lines, const column_bounds& bounds,
                              int page, const std::vector<std::size_t>* merge) {
  // A pitch larger than the band puts every line into the first line's group.
  return rows_from_lines(lines, bounds, page, 1e9, merge, true);
}

double anchor_pitch(const std::vector<cut_line>& lines) {
  std::vector<double> d;
  const cut_line* prev = nullptr;
  for (const auto& l : lines) {
    if (!l.anchor) continue;
    if (prev) d.push_back(l.line->cy() - prev->line->cy());
    prev = &l;
  }
  if (d.empty()) return 0;
  std::nth_element(d.begin(), d.begin() + long(d.size() / 2), d.end());
  return d[d.size() / 2];
}

// Lines of one wrapped cell are set tighter than rows: less than half a line apart.
bool tight_under(const cut_line& above, const cut_line& here) {
  return here.line->y0 - above.line->y1 < 0.5 * (above.line->y1 - above.line->y0);
}

// Family f26: a code glued to a wrapped name ("2080505 机关事业单位基本养老保险缴费" over
// "支出") with the row's amounts centred between the two lines, nearer than half a row
// apart: the amounts' line (no code of its own) belongs to the code's line (no amounts of its
// own), not to a row of its own. Only with rules between rows would the band say so. Where
// the amounts stand on the name's last line (a spreadsheet's bottom alignment), more lines of
// the name may come between, each set tight under the one before. Returns the code's line.
std::optional<std::size_t> wrapped_name_over_amounts(const std::vector<cut_line>& cl, std::size_t i,
                                                     double pitch) {
  if (i == 0 || pitch <= 0) return std::nullopt;
  std::size_t j = i - 1;
  while (j > 0 && !cl[j].anchor && !cl[j].new_row && !cl[j].numbering &&
         tight_under(cl[j], cl[j + 1]))
    --j;
  if (j + 1 < i && !tight_under(cl[j], cl[j + 1])) return std::nullopt;
  const cut_line& above = cl[j];
  const cut_line& here = cl[i];
  // Near: within 0.6 row pitch, or set tight under it as a wrapped cell's next line is (a
  // page where most names wrap has a pitch no larger than a line).
  const bool near =
      j + 1 < i || here.line->cy() - above.line->cy() < 0.6 * pitch || tight_under(above, here);
  // The amounts may stand on a line of their own: its first figure, right of the code's
  // column, is no code (a whole number in 元 reads like one).
  const bool here_code = here.leads_with_code && here.first_cell <= above.first_cell;
  const bool here_figures =
      here.later_figures || (here.first_cell > above.first_cell && here.first_figures);
  if (above.leads_with_code && !above.later_figures && here_figures && !here_code &&
      !here.new_row && near)
    return j;
  return std::nullopt;
}

// A figure too wide for its column wraps at the decimal point ("21,864,570" over ".62");
// in a row without rules whose other cells hold one line, the head stands on a line of its
// own above the row's line and the tail on or under it. The line of heads belongs to the
// row its tails join: it holds nothing but heads, and a line right below holds a decimal
// tail under each of them (a cell never starts with a decimal point otherwise).
std::optional<std::size_t> line_of_tails(const std::vector<cut_line>& cl, std::size_t i) {
  const cut_line& heads = cl[i];
  const double height = heads.line->y1 - heads.line->y0;
  std::size_t count = 0;
  for (const auto& s : heads.cells) {
    if (s.empty()) continue;
    if (!is_wrapped_head(s)) return std::nullopt;
    ++count;
  }
  if (count == 0) return std::nullopt;
  for (std::size_t k = i + 1; k < cl.size(); ++k) {
    const cut_line& here = cl[k];
    if (here.line->y0 - heads.line->y1 > 1.5 * height) break;
    bool all = true;
    for (std::size_t c = 0; c < heads.cells.size() && all; ++c)
      if (!heads.cells[c].empty()) all = c < here.cells.size() && is_decimal_tail(here.cells[c]);
    if (all) return k;
  }
  return std::nullopt;
}

// The row group of each line (-1: none, the numbering row) and the number of groups.
std::pair<std::vector<int>, int> group_lines(const std::vector<cut_line>& cl, double pitch,
                                             bool single) {
  if (pitch <= 0) pitch = anchor_pitch(cl);

  // Each line goes to a group: anchors and row-starting lines open groups; other lines
  // join the nearest anchor group (wrapped names above or below a centred amount).
  std::vector<int> group(cl.size(), -1);
  int groups = 0;
  for (std::size_t i = 0; i < cl.size(); ++i) {
    if (single)
      group[i] = 0, groups = 1;
    else if (const auto code_line = wrapped_name_over_amounts(cl, i, pitch))
      group[i] = group[*code_line];
    else if (cl[i].anchor || cl[i].new_row || cl[i].numbering)
      group[i] = groups++;
  }
  for (std::size_t i = 0; i < cl.size(); ++i) {
    if (group[i] >= 0 || cl[i].numbering) continue;
    // The next line of a cell wrapped under a row's first line (a spreadsheet's top
    // alignment puts the amounts there): set tight under the line above, and not so under
    // the line below, it goes with the line above, even where a name's third line stands
    // nearer to the next row than to its own row's first line.
    if (i > 0 && group[i - 1] >= 0 && tight_under(cl[i - 1], cl[i]) &&
        (i + 1 == cl.size() || !tight_under(cl[i], cl[i + 1]))) {
      group[i] = group[i - 1];
      continue;
    }
    // The first lines of a cell wrapped above its row's line (bottom alignment): not
    // tight under the line above, but each tight over the next down to a row's line, they
    // go with that row, even where the row above stands nearer to the first of them.
    if (i + 1 < cl.size() && (i == 0 || !tight_under(cl[i - 1], cl[i]))) {
      std::size_t j = i + 1;
      while (j < cl.size() && tight_under(cl[j - 1], cl[j]) && group[j] < 0 && !cl[j].numbering)
        ++j;
      if (j < cl.size() && tight_under(cl[j - 1], cl[j]) && group[j] >= 0 &&
          (cl[j].anchor || cl[j].new_row)) {
        group[i] = group[j];
        continue;
      }
    }
    double best = 1e18;
    int best_group = -1;
    for (std::size_t k = 0; k < cl.size(); ++k) {
      if (!cl[k].anchor && !cl[k].new_row) continue;
      double d = std::abs(cl[k].line->cy() - cl[i].line->cy());
      // A row-starting line only takes continuation lines below it.
      if (!cl[k].anchor && cl[k].line->cy() > cl[i].line->cy()) continue;
      if (d < best) {
        best = d;
        best_group = group[k];
      }
    }
    double limit = pitch > 0 ? 0.75 * pitch : 1.6 * (cl[i].line->y1 - cl[i].line->y0);
    if (best_group >= 0 && best <= limit)
      group[i] = best_group;
    else if (i > 0 && group[i - 1] >= 0 && !cl[i - 1].anchor && pitch <= 0 &&
             cl[i].line->y0 - cl[i - 1].line->y1 < 0.5 * (cl[i].line->y1 - cl[i].line->y0))
      group[i] = group[i - 1];  // a tight continuation of a name-only row
    else
      group[i] = groups++;
  }

  if (!single)
    for (std::size_t i = 0; i < cl.size(); ++i)
      if (const auto k = line_of_tails(cl, i)) group[i] = group[*k];
  return {group, groups};
}

std::vector<grid_row> rows_of_groups(const std::vector<cut_line>& cl, const column_bounds& bounds,
                                     int page, const std::vector<int>& group, int groups) {
  std::vector<grid_row> rows(static_cast<std::size_t>(groups));
  std::vector<bool> seen(rows.size(), false);
  std::size_t n = bounds.size() < 2 ? 1 : bounds.size() - 1;
  // Lines are in top-to-bottom order, so appending keeps wrapped text in reading order.
  for (std::size_t i = 0; i < cl.size(); ++i) {
    if (group[i] < 0) continue;
    auto& r = rows[std::size_t(group[i])];
    box lb{cl[i].line->x0, cl[i].line->y0, cl[i].line->x1, cl[i].line->y1};
    if (!seen[std::size_t(group[i])]) {
      r.cells.resize(n);
      r.at = {page, lb};
      for (auto& c : r.cells) c.at.page = page;
      seen[std::size_t(group[i])] = true;
    } else {
      r.at.where = union_box(r.at.where, lb);
    }
    for (std::size_t c = 0; c < n; ++c) {
      if (cl[i].cells[c].empty()) continue;
      auto& cell = r.cells[c];
      if (cell.text.empty())
        cell.at.where = cl[i].boxes[c];
      else
        cell.at.where = union_box(cell.at.where, cl[i].boxes[c]);
      cell.text += cl[i].cells[c];
    }
  }
  // Order rows by their first line: groups opened later can start higher up.
  std::vector<std::size_t> first(rows.size(), cl.size());
  for (std::size_t i = 0; i < cl.size(); ++i)
    if (group[i] >= 0) first[std::size_t(group[i])] = std::min(first[std::size_t(group[i])], i);
  std::vector<std::size_t> order;
  for (std::size_t g = 0; g < rows.size(); ++g)
    if (seen[g]) order.push_back(g);
  std::sort(order.begin(), order.end(), [&](auto a, auto b) { return first[a] < first[b]; });
  std::vector<grid_row> out;
  for (auto g : order) out.push_back(std::move(rows[g]));
  return out;
}

std::vector<grid_row> rows_from_lines(const std::vector<text_line>& lines,
                                      const column_bounds& bounds, int page, double pitch,
                                      const std::vector<std::size_t>* merge, bool single,
                                      const std::vector<std::size_t>& part_starts) {
  return rows_from_cut_lines(cut_lines(lines, bounds, merge), bounds, page, pitch, single,
                             part_starts);
}

std::vector<std::size_t> repeated_parts(const std::vector<grid_column>& columns) {
  const std::size_t n = columns.size();
  if (n < 4 || n % 2 != 0) return {};
  const std::size_t half = n / 2;
  for (std::size_t c = 0; c < half; ++c) {
    const auto& a = columns[c].header;
    const auto& b = columns[c + half].header;
    if (a.empty() || b.empty() || a.back() != b.back()) return {};
  }
  return {0, half};
}

std::vector<grid_row> rows_from_cut_lines(const std::vector<cut_line>& cl,
                                          const column_bounds& bounds, int page, double pitch,
                                          bool single,
                                          const std::vector<std::size_t>& part_starts) {
  if (part_starts.size() < 2 || single) {
    const auto [group, groups] = group_lines(cl, pitch, single);
    return rows_of_groups(cl, bounds, page, group, groups);
  }
  // Parts side by side (人员经费 | 公用经费, each code | name | amount): each part's lines
  // are grouped on their own, since a name wrapped in one part shares its lines with a
  // one-line row of the other. Groups of the same lines in every part stay one row.
  if (pitch <= 0) pitch = anchor_pitch(cl);
  const auto part_end = [&](std::size_t p) {
    return p + 1 < part_starts.size() ? part_starts[p + 1] : bounds.size() - 1;
  };
  // A row per distinct set of lines; row_of[p][i]: the row line i's cells of part p go to.
  int groups = 0;
  std::map<std::vector<std::size_t>, int> row_of_lines;
  std::vector<std::vector<int>> row_of(part_starts.size(), std::vector<int>(cl.size(), -1));
  for (std::size_t p = 0; p < part_starts.size(); ++p) {
    const std::size_t c0 = part_starts[p], c1 = part_end(p);
    std::vector<cut_line> mine;
    std::vector<std::size_t> line_of;
    for (std::size_t i = 0; i < cl.size(); ++i) {
      cut_line m = cl[i];
      bool any = false;
      for (std::size_t c = 0; c < m.cells.size(); ++c)
        if (c < c0 || c >= c1)
          m.cells[c].clear();
        else
          any = any || !m.cells[c].empty();
      if (!any) continue;
      set_flags(m);
      if (cl[i].numbering) {  // the numbering row under the header stays one, in every part
        m.numbering = true;
        m.anchor = false;
      }
      // Words on a line that is a row of another part start a row here too, unless set
      // tight under the line above (a wrapped name's next line): 年末结转结余 without a
      // figure beside 上年结转结余 and its figure.
      if (!m.anchor && cl[i].anchor && !(mine.empty() || tight_under(mine.back(), m)))
        m.new_row = true;
      mine.push_back(std::move(m));
      line_of.push_back(i);
    }
    const auto [g, n] = group_lines(mine, pitch, false);
    std::map<int, std::vector<std::size_t>> lines_of_group;
    for (std::size_t k = 0; k < mine.size(); ++k)
      if (g[k] >= 0) lines_of_group[g[k]].push_back(line_of[k]);
    for (const auto& [group, lines] : lines_of_group) {
      auto [it, fresh] = row_of_lines.try_emplace(lines, groups);
      if (fresh) ++groups;
      for (auto i : lines) row_of[p][i] = it->second;
    }
  }
  // Lines cut once per row they feed: a line whose parts went to different rows is split.
  std::vector<cut_line> pieces;
  std::vector<int> piece_group;
  for (std::size_t i = 0; i < cl.size(); ++i) {
    std::map<int, cut_line> by_row;
    for (std::size_t p = 0; p < part_starts.size(); ++p) {
      const int r = row_of[p][i];
      if (r < 0) continue;
      const std::size_t c0 = part_starts[p], c1 = part_end(p);
      auto [it, fresh] = by_row.try_emplace(r, cl[i]);
      if (fresh)
        for (auto& cell : it->second.cells) cell.clear();
      for (std::size_t c = c0; c < c1 && c < cl[i].cells.size(); ++c)
        it->second.cells[c] = cl[i].cells[c];
    }
    for (auto& [r, piece] : by_row) {
      pieces.push_back(std::move(piece));
      piece_group.push_back(r);
    }
  }
  return rows_of_groups(pieces, bounds, page, piece_group, groups);
}

}  // namespace budgetpdf::detail
