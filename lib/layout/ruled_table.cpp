// Reads a ruled table from the glyphs inside its grid.
#include "layout/ruled_table.hpp"

#include "grammar/cell_grammar.hpp"
#include "layout/cell_text.hpp"
#include "layout/clipped_overflow.hpp"
#include "layout/column_match.hpp"
#include "layout/row_builder.hpp"
#include "text/normalize.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <optional>
#include <set>

namespace budgetpdf::detail {

namespace {

// What a set of glyphs holds: figure characters only (is_figure_char), a digit, a point.
struct figure_glyphs {
  bool only_figures = true, digit = false, point = false;
  void add(const glyph& g) {
    only_figures = only_figures && is_figure_char(g.ch);
    digit = digit || (g.ch >= U'0' && g.ch <= U'9');
    point = point || g.ch == U'.';
  }
  bool figure() const { return only_figures && digit; }
};

// Union-find over grid cells (band, column) for merged cells.
struct cell_sets {
  std::size_t cols;
  std::vector<std::size_t> parent;
  cell_sets(std::size_t bands, std::size_t columns) : cols(columns), parent(bands * columns) {
    std::iota(parent.begin(), parent.end(), 0);
  }
  std::size_t find(std::size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  }
  std::size_t id(std::size_t band, std::size_t col) { return find(band * cols + col); }
  void join(std::size_t a, std::size_t b) { parent[find(a)] = find(b); }
};

// The rows of one band between two horizontal rules, and what they are.
struct band_rows {
  std::vector<grid_row> rows;
  bool data = false, numbering = false;
};

// One grid read cell by cell: merged cells, the glyphs of each band and merged cell.
class ruled_reader {
 public:
  ruled_reader(const rule_grid& grid, const std::vector<glyph>& glyphs, int page)
      : grid_(grid),
        xs_(grid.xs),
        ys_(grid.ys),
        ncol_(xs_.size() - 1),
        nband_(ys_.size() - 1),
        page_(page),
        sets_(nband_, ncol_),
        band_glyphs_(nband_),
        overflow_(clipped_overflow(grid, glyphs)) {
    merge_cells();
    assign_glyphs(glyphs);
    find_decimal_columns();
  }

  void read(const grid_table* continued, grid_table& table, page_overlay& overlay);

 private:
  // Neighbours not separated by a rule belong to one cell.
  void merge_cells() {
    for (std::size_t b = 0; b < nband_; ++b)
      for (std::size_t c = 0; c < ncol_; ++c) {
        if (c + 1 < ncol_ && !grid_.v_covers(xs_[c + 1], ys_[b], ys_[b + 1]))
          sets_.join(b * ncol_ + c, b * ncol_ + c + 1);
        if (b + 1 < nband_ && !grid_.h_covers(ys_[b + 1], xs_[c], xs_[c + 1]))
          sets_.join(b * ncol_ + c, (b + 1) * ncol_ + c);
      }
    for (std::size_t b = 0; b < nband_; ++b)
      for (std::size_t c = 0; c < ncol_; ++c) {
        auto [it, fresh] = cell_left_.emplace(sets_.id(b, c), c);
        if (!fresh) it->second = std::min(it->second, c);
        auto& right = cell_right_[sets_.id(b, c)];
        right = std::max(right, c);
      }
  }

  // Glyphs by band and by merged cell.
  void assign_glyphs(const std::vector<glyph>& glyphs) {
    for (const auto& g : glyphs) {
      // A glyph cut by the grid's outer rule whose word is the grid's counts, its middle
      // outside or not.
      if (!inside(grid_.bounds, g.cx(), g.cy(), 0) && !overflow_.count(&g)) continue;
      auto bi = std::size_t(std::upper_bound(ys_.begin(), ys_.end(), g.cy()) - ys_.begin());
      if (bi == 0 || bi > nband_) continue;
      band_glyphs_[bi - 1].push_back(&g);
      cell_glyphs_[sets_.id(bi - 1, column_of(xs_, g, overflow_))].push_back(&g);
    }
  }

  // A band is one row unless a column holds two amounts or codes (rows without rules
  // between them); a name beside a wrapped number must stay with it. Text of a merged
  // cell goes to its leftmost column. `parts`: the first column of each part printed side
  // by side (repeated_parts), whose lines are grouped into rows part by part.
  band_rows read_band(std::size_t b, const std::vector<std::size_t>& parts = {}) {
    std::vector<std::size_t> merge(ncol_);
    for (std::size_t c = 0; c < ncol_; ++c) merge[c] = cell_left_[sets_.id(b, c)];
    send_right_set_figures_right(b, merge);
    auto lines = build_lines(band_glyphs_[b]);
    const auto cut_band = cut_lines(lines, xs_, &merge, &overflow_);
    band_rows out;
    // Several rows, or one (one_row: a pitch larger than the band, every line in one group).
    out.rows = holds_several_rows(cut_band, xs_)
                   ? rows_from_cut_lines(cut_band, xs_, page_, 0, false, parts)
                   : rows_from_cut_lines(cut_band, xs_, page_, 1e9, true);
    for (auto& r : out.rows) {
      for (auto& c : r.cells) c.text = clean(c.text);
      r.at.where = {xs_.front(), ys_[b], xs_.back(), ys_[b + 1]};
    }
    out.data = std::any_of(out.rows.begin(), out.rows.end(), row_has_data);
    out.numbering = out.rows.size() == 1 && row_is_numbering(out.rows[0]);
    return out;
  }

  // Text of a merged cell goes to its leftmost column, except a figure set flush against
  // the cell's right rule where only its rightmost column holds decimal figures in cells of
  // its own elsewhere: a 合计 amount whose cell also covers the name column to its left
  // (the total row's label cell ends one column early) is the amount column's.
  void send_right_set_figures_right(std::size_t b, std::vector<std::size_t>& merge) {
    for (std::size_t c = 0; c + 1 < ncol_; ++c) {
      const std::size_t id = sets_.id(b, c);
      if (c > 0 && sets_.id(b, c - 1) == id) continue;  // not the cell's first column
      std::size_t last = c;
      while (last + 1 < ncol_ && sets_.id(b, last + 1) == id) ++last;
      if (last == c || !decimal_columns_[last]) continue;
      bool left_holds_decimals = false;
      for (std::size_t k = c; k < last; ++k) left_holds_decimals |= decimal_columns_[k];
      if (left_holds_decimals) continue;
      const auto found = cell_glyphs_.find(id);
      if (found == cell_glyphs_.end()) continue;
      double right = -1e9, size = 0;
      figure_glyphs held;
      for (const glyph* g : found->second) {
        if (g->cy() < ys_[b] || g->cy() > ys_[b + 1]) continue;
        held.add(*g);
        right = std::max(right, g->where.x1);
        size = std::max(size, g->size);
      }
      if (!held.figure() || xs_[last + 1] - right > 0.5 * size) continue;
      for (std::size_t k = c; k <= last; ++k) merge[k] = last;
    }
  }

  // Columns where a cell of one column holds a decimal figure ("2,507.68").
  void find_decimal_columns() {
    decimal_columns_.assign(ncol_, false);
    for (const auto& [id, glyphs] : cell_glyphs_) {
      const std::size_t col = cell_left_[id];
      if (decimal_columns_[col] || cell_right_[id] != col) continue;
      figure_glyphs held;
      for (const glyph* g : glyphs) held.add(*g);
      decimal_columns_[col] = held.figure() && held.point;
    }
  }

  std::size_t header_end(const std::vector<band_rows>& bands, const grid_table* continued) const;
  // The grid's columns by their boundaries alone.
  std::vector<grid_column> columns_here() const {
    std::vector<grid_column> out(ncol_);
    for (std::size_t c = 0; c < ncol_; ++c) out[c] = {{}, xs_[c], xs_[c + 1]};
    return out;
  }
  void read_header(std::size_t first_data, grid_table& table, page_overlay& overlay);

  const rule_grid& grid_;
  const std::vector<double>& xs_;
  const std::vector<double>& ys_;
  const std::size_t ncol_, nband_;
  const int page_;
  cell_sets sets_;
  std::map<std::size_t, std::size_t> cell_left_;   // merged cell -> leftmost column
  std::map<std::size_t, std::size_t> cell_right_;  // merged cell -> rightmost column
  std::vector<std::vector<const glyph*>> band_glyphs_;
  std::map<std::size_t, std::vector<const glyph*>> cell_glyphs_;
  glyph_columns overflow_;             // glyphs clipped at a rule, sent back to their cell
  std::vector<bool> decimal_columns_;  // columns holding decimal figures in cells of their own
};

// Every header text of a table, white space removed.
std::set<std::u32string> header_texts(const grid_table& t) {
  std::set<std::u32string> out;
  for (const auto& c : t.columns)
    for (const auto& h : c.header) out.insert(strip_all_spaces(h));
  return out;
}

// The header ends at the first band with data, the numbering row, or a "no data" note;
// without any data, at a bare total row ("合 计" and nothing else). On a page that continues a
// table with the same columns, bands that repeat none of its header texts are rows even without an
// amount (a continuation that does not repeat its header starts with any row).
std::size_t ruled_reader::header_end(const std::vector<band_rows>& bands,
                                     const grid_table* continued) const {
  std::size_t first_data = nband_;
  for (std::size_t b = 0; b < nband_; ++b)
    if (bands[b].data || bands[b].numbering ||
        std::any_of(bands[b].rows.begin(), bands[b].rows.end(), row_is_empty_note)) {
      first_data = b;
      break;
    }
  // A bare total row labels nothing but totals (合计; 收入总计 | 支出总计): a header's last
  // row may start with 小计 under a group, beside other labels (family f50). Its other
  // cells hold no words (dashes, or figures the font maps to no text).
  const auto bare_total = [](const grid_row& r) {
    return row_is_total(r) && std::all_of(r.cells.begin(), r.cells.end(), [](const cell& c) {
             const auto text = strip_all_spaces(c.text);
             return is_total_label(text) || std::none_of(text.begin(), text.end(), is_cjk);
           });
  };
  if (first_data == nband_)
    for (std::size_t b = 1; b < nband_; ++b)
      if (std::any_of(bands[b].rows.begin(), bands[b].rows.end(), bare_total)) {
        first_data = b;
        break;
      }
  if (continued && first_data > 0 && match_columns(columns_here(), continued->columns)) {
    const auto known = header_texts(*continued);
    auto repeats_header = [&](const band_rows& br) {
      for (const auto& r : br.rows)
        for (const auto& c : r.cells)
          if (!c.text.empty() && known.count(strip_all_spaces(c.text))) return true;
      return false;
    };
    if (!known.empty() && !repeats_header(bands[0])) return 0;
  }
  return first_data;
}

// Header paths of every column from the bands above the first data band, and the header
// cells for the overlay. Without a header (a continuation page that does not repeat it)
// the columns keep the open table's header.
void ruled_reader::read_header(std::size_t first_data, grid_table& table, page_overlay& overlay) {
  table.columns.assign(ncol_, {});
  for (std::size_t c = 0; c < ncol_; ++c) {
    auto& col = table.columns[c];
    col.x0 = xs_[c];
    col.x1 = xs_[c + 1];
    std::optional<std::size_t> prev;
    for (std::size_t b = 0; b < first_data; ++b) {
      auto id = sets_.id(b, c);
      if (prev && *prev == id) continue;
      prev = id;
      auto text = read_cell(cell_glyphs_[id]);
      if (!text.empty()) col.header.push_back(strip_all_spaces(text));
    }
  }
  for (std::size_t b = 0; b < first_data; ++b)
    for (std::size_t c = 0; c < ncol_; ++c)
      if (cell_left_[sets_.id(b, c)] == c && (b == 0 || sets_.id(b - 1, c) != sets_.id(b, c))) {
        box cb{xs_[c], ys_[b], xs_[c + 1], ys_[b + 1]};
        for (std::size_t bb = b; bb < first_data; ++bb)
          for (std::size_t cc = c; cc < ncol_; ++cc)
            if (sets_.id(bb, cc) == sets_.id(b, c))
              cb = union_box(cb, {xs_[cc], ys_[bb], xs_[cc + 1], ys_[bb + 1]});
        overlay.header_cells.push_back(cb);
      }
}

void ruled_reader::read(const grid_table* continued, grid_table& table, page_overlay& overlay) {
  std::vector<band_rows> bands(nband_);
  for (std::size_t b = 0; b < nband_; ++b) bands[b] = read_band(b);
  const std::size_t first_data = header_end(bands, continued);
  read_header(first_data, table, overlay);
  // Parts side by side under one header (人员经费 | 公用经费, each 科目名称 | 金额), in bands
  // of several rows (no rules between rows): a name wrapped in one part shares its lines
  // with a one-line row of the other, so each part's lines make rows of their own (family
  // f98).
  // A page that does not repeat the header has the open table's labels.
  const bool headless = first_data == 0 && continued && continued->columns.size() == ncol_;
  if (const auto parts = repeated_parts(headless ? continued->columns : table.columns);
      !parts.empty())
    for (std::size_t b = first_data; b < nband_; ++b)
      if (bands[b].rows.size() > 1) bands[b] = read_band(b, parts);
  // A ruled table printed with its header (and numbering row) but no row is empty.
  if (first_data > 0 && std::none_of(bands.begin() + long(first_data), bands.end(),
                                     [](const band_rows& br) { return br.data; }))
    table.printed_empty = true;
  for (std::size_t b = first_data; b < nband_; ++b) {
    if (bands[b].numbering) continue;
    for (auto& r : bands[b].rows) {
      for (std::size_t c = 0; c < r.cells.size() && c < ncol_; ++c) {
        auto id = sets_.id(b, c);
        std::size_t span = 1;
        while (c + span < ncol_ && sets_.id(b, c + span) == id) ++span;
        if (cell_left_[id] == c) r.cells[c].span = span;
      }
      if (row_is_empty_note(r))
        table.printed_empty = true;
      else if (!row_is_blank(r) && !row_is_numbering(r))
        table.rows.push_back(std::move(r));
    }
  }
}

}  // namespace

void read_ruled_table(const rule_grid& grid, const std::vector<glyph>& glyphs, int page,
                      const grid_table* continued, grid_table& table, page_overlay& overlay) {
  if (grid.ys.size() < 2 || grid.xs.size() < 2) return;
  ruled_reader(grid, glyphs, page).read(continued, table, overlay);
}

}  // namespace budgetpdf::detail
