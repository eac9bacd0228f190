// Reads a ruled table from the glyphs inside its grid.
#include "layout/ruled_table.hpp"

#include "layout/cell_text.hpp"
#include "layout/row_builder.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <optional>

namespace budgetpdf::detail {

namespace {

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

}  // namespace

void read_ruled_table(const rule_grid& grid, const std::vector<glyph>& glyphs, int page,
                      grid_table& table, page_overlay& overlay) {
  const auto& xs = grid.xs;
  const auto& ys = grid.ys;
  if (ys.size() < 2 || xs.size() < 2) return;
  const std::size_t ncol = xs.size() - 1, nband = ys.size() - 1;

  // Merged cells: neighbours not separated by a rule belong to one cell.
  cell_sets sets(nband, ncol);
  for (std::size_t b = 0; b < nband; ++b)
    for (std::size_t c = 0; c < ncol; ++c) {
      if (c + 1 < ncol && !grid.v_covers(xs[c + 1], ys[b], ys[b + 1]))
        sets.join(b * ncol + c, b * ncol + c + 1);
      if (b + 1 < nband && !grid.h_covers(ys[b + 1], xs[c], xs[c + 1]))
        sets.join(b * ncol + c, (b + 1) * ncol + c);
    }

  // Glyphs by band and by merged cell. A merged cell's text goes to its leftmost column.
  std::vector<std::vector<const glyph*>> band_glyphs(nband);
  std::map<std::size_t, std::vector<const glyph*>> cell_glyphs;
  std::map<std::size_t, std::size_t> cell_left;  // merged cell -> leftmost column
  for (std::size_t b = 0; b < nband; ++b)
    for (std::size_t c = 0; c < ncol; ++c) {
      auto id = sets.id(b, c);
      auto [it, fresh] = cell_left.emplace(id, c);
      if (!fresh) it->second = std::min(it->second, c);
    }
  for (const auto& g : glyphs) {
    if (!inside(grid.bounds, g.cx(), g.cy(), 0)) continue;
    auto bi = std::size_t(std::upper_bound(ys.begin(), ys.end(), g.cy()) - ys.begin());
    if (bi == 0 || bi > nband) continue;
    auto ci = column_of(xs, g.cx());
    band_glyphs[bi - 1].push_back(&g);
    cell_glyphs[sets.id(bi - 1, ci)].push_back(&g);
  }

  // Rows band by band; a band holding several data lines (no rules between rows) splits.
  struct band_rows {
    std::vector<grid_row> rows;
    bool data = false, numbering = false;
  };
  std::vector<band_rows> bands(nband);
  for (std::size_t b = 0; b < nband; ++b) {
    // Text of a merged cell goes to its leftmost column.
    std::vector<std::size_t> merge(ncol);
    for (std::size_t c = 0; c < ncol; ++c) merge[c] = cell_left[sets.id(b, c)];
    auto blines = build_lines(band_glyphs[b]);
    // A band is one row unless a column holds two amounts or codes (rows without rules
    // between them); a name beside a wrapped number must stay with it.
    bands[b].rows = holds_several_rows(blines, xs, &merge)
                        ? rows_from_lines(blines, xs, page, 0, &merge)
                        : one_row(blines, xs, page, &merge);
    for (auto& r : bands[b].rows) {
      for (auto& c : r.cells) c.text = clean(c.text);
      r.at.where = {xs.front(), ys[b], xs.back(), ys[b + 1]};
    }
    bands[b].data = std::any_of(bands[b].rows.begin(), bands[b].rows.end(), row_has_data);
    bands[b].numbering = bands[b].rows.size() == 1 && row_is_numbering(bands[b].rows[0]);
  }

  // The header ends at the first band with data, the numbering row, or a "no data" note.
  std::size_t first_data = nband;
  for (std::size_t b = 0; b < nband; ++b)
    if (bands[b].data || bands[b].numbering ||
        std::any_of(bands[b].rows.begin(), bands[b].rows.end(), row_is_empty_note)) {
      first_data = b;
      break;
    }
  // A table printed without any amount: its body starts at a bare total row ("合 计").
  if (first_data == nband)
    for (std::size_t b = 1; b < nband; ++b)
      if (std::any_of(bands[b].rows.begin(), bands[b].rows.end(), row_is_total)) {
        first_data = b;
        break;
      }
  // A header is what comes before the first data band; without one (a continuation page
  // that does not repeat it) the columns keep the open table's header.
  auto& ov = overlay;
  table.columns.assign(ncol, {});
  for (std::size_t c = 0; c < ncol; ++c) {
    auto& col = table.columns[c];
    col.x0 = xs[c];
    col.x1 = xs[c + 1];
    std::optional<std::size_t> prev;
    for (std::size_t b = 0; b < first_data; ++b) {
      auto id = sets.id(b, c);
      if (prev && *prev == id) continue;
      prev = id;
      auto text = read_cell(cell_glyphs[id]);
      if (!text.empty()) col.header.push_back(strip_all_spaces(text));
    }
  }
  for (std::size_t b = 0; b < first_data; ++b)
    for (std::size_t c = 0; c < ncol; ++c)
      if (cell_left[sets.id(b, c)] == c && (b == 0 || sets.id(b - 1, c) != sets.id(b, c))) {
        // Box of the merged header cell.
        box cb{xs[c], ys[b], xs[c + 1], ys[b + 1]};
        for (std::size_t bb = b; bb < first_data; ++bb)
          for (std::size_t cc = c; cc < ncol; ++cc)
            if (sets.id(bb, cc) == sets.id(b, c))
              cb = union_box(cb, {xs[cc], ys[bb], xs[cc + 1], ys[bb + 1]});
        ov.header_cells.push_back(cb);
      }
  // A ruled table printed with its header (and numbering row) but no row is empty.
  if (first_data > 0 && std::none_of(bands.begin() + long(first_data), bands.end(),
                                     [](const band_rows& br) { return br.data; }))
    table.printed_empty = true;
  for (std::size_t b = first_data; b < nband; ++b) {
    if (bands[b].numbering) continue;
    for (auto& r : bands[b].rows) {
      for (std::size_t c = 0; c < r.cells.size() && c < ncol; ++c) {
        auto id = sets.id(b, c);
        std::size_t span = 1;
        while (c + span < ncol && sets.id(b, c + span) == id) ++span;
        if (cell_left[id] == c) r.cells[c].span = span;
      }
      if (row_is_empty_note(r))
        table.printed_empty = true;
      else if (!row_is_blank(r) && !row_is_numbering(r))
        table.rows.push_back(std::move(r));
    }
  }
}

}  // namespace budgetpdf::detail
