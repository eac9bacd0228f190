// From pages of words and rules to tables of cells.
//
// A page is read top to bottom as a sequence of items: text lines outside ruled grids, and
// ruled grids. Title lines open a table, unit lines ("编制部门 … 单位：万元") describe it, a
// ruled grid or the unruled lines that follow are its body, notes ("注：") and prose end
// it. Content before any title on a page continues the table left open on the previous
// page, whether or not its header is repeated.
#include "layout/layout_engine.hpp"

#include "grammar/cell_grammar.hpp"
#include "layout/glyphs.hpp"
#include "layout/line_kinds.hpp"
#include "layout/row_builder.hpp"
#include "layout/rulings.hpp"
#include "layout/unruled_columns.hpp"
#include "text/normalize.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

namespace budgetpdf::detail {

namespace {

box union_box(const box& a, const box& b) {
  return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

bool inside(const box& outer, double x, double y, double tol = rule_tolerance) {
  return x >= outer.x0 - tol && x <= outer.x1 + tol && y >= outer.y0 - tol && y <= outer.y1 + tol;
}

std::u32string clean(std::u32string_view s) { return remove_cjk_spaces(s); }

std::u32string strip_all_spaces(std::u32string_view s) {
  std::u32string out;
  for (char32_t c : s)
    if (c != U' ') out.push_back(c);
  return out;
}

// Text of a set of glyphs read as lines top to bottom, lines joined without a separator
// (wrapped names and wrapped numbers), CJK-internal spaces removed.
std::u32string read_cell(const std::vector<const glyph*>& glyphs) {
  std::vector<const glyph*> horizontal, vertical;
  for (const glyph* g : glyphs) (g->vertical ? vertical : horizontal).push_back(g);
  std::u32string text;
  for (const auto& line : build_lines(horizontal)) text += line.text;
  if (!vertical.empty()) {
    std::stable_sort(vertical.begin(), vertical.end(), [](const glyph* a, const glyph* b) {
      if (std::abs(a->cx() - b->cx()) > 0.5 * a->size) return a->cx() < b->cx();
      // Rotation 3 reads bottom-up, rotation 1 top-down.
      return a->rotation == 3 ? a->cy() > b->cy() : a->cy() < b->cy();
    });
    for (const glyph* g : vertical) text.push_back(g->ch);
  }
  return clean(text);
}

// A line with an amount or a code in one of its tokens: a data line, not a header.
bool line_has_data(const text_line& l) {
  for (const auto& t : split_tokens(l)) {
    auto s = clean(t.text);
    if ((is_amount_text(s) && !is_decimal_tail(s)) || starts_with_code(s)) return true;
  }
  return false;
}

bool row_has_data(const grid_row& r) {
  for (const auto& c : r.cells)
    if (!c.text.empty() &&
        ((is_amount_text(c.text) && !is_decimal_tail(c.text)) || starts_with_code(c.text)))
      return true;
  return false;
}

// A row whose first text is a total label ("合 计"): data even when no amount is printed.
bool row_is_total(const grid_row& r) {
  for (const auto& c : r.cells)
    if (!c.text.empty()) return is_total_label(strip_all_spaces(c.text));
  return false;
}

bool row_is_numbering(const grid_row& r) {
  std::vector<std::u32string> cells;
  for (const auto& c : r.cells) cells.push_back(c.text);
  return is_numbering_cells(cells);
}

// A row that is only a "no data" note (本表无数据, …为空表).
bool row_is_empty_note(const grid_row& r) {
  std::u32string all;
  for (const auto& c : r.cells) all += c.text;
  return !all.empty() && !row_has_data(r) && is_empty_note(strip_all_spaces(all));
}

bool row_is_blank(const grid_row& r) {
  return std::all_of(r.cells.begin(), r.cells.end(), [](const cell& c) { return c.text.empty(); });
}

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

struct layout_engine::impl {
  std::vector<grid_table> done;
  std::optional<grid_table> open;  // the table that may continue on the next page
  std::vector<diagnostic> diags;
  std::map<int, page_overlay> overlays;

  // One table's share of the current page.
  struct part {
    bool continues = false;  // adds to the table left open by the previous page
    grid_table table;        // a new table, or the continuation's page share
    const rule_grid* grid = nullptr;
    std::vector<const text_line*> loose;  // unruled body lines
    bool ended = false;                   // a note or an empty-table note closed it
    bool loose_data = false;              // some loose line holds an amount or a code
    bool has_body() const { return grid || loose_data; }
  };

  void close_open() {
    if (open) done.push_back(std::move(*open));
    open.reset();
  }

  void note(const std::string& code, const std::string& message, int page, const box& b) {
    diagnostic d;
    d.code = code;
    d.message = message;
    d.at = {page, b};
    diags.push_back(std::move(d));
  }

  void add_page(const page_content& page);
  void build_ruled(part& p, const rule_grid& grid, const std::vector<glyph>& glyphs, int page);
  void build_unruled(part& p, int page);
  void merge_part(part& p);
};

void layout_engine::impl::add_page(const page_content& page) {
  const std::vector<glyph> glyphs = flatten_glyphs(page);
  std::vector<rule_grid> all_grids = find_grids(page.lines);
  std::vector<rule_grid> grids;
  for (auto& g : all_grids)
    if (g.xs.size() >= 3 && g.ys.size() >= 2) grids.push_back(std::move(g));

  std::vector<const glyph*> horizontal;
  for (const auto& g : glyphs)
    if (!g.vertical) horizontal.push_back(&g);
  const std::vector<text_line> lines = build_lines(horizontal);

  // Items in reading order: lines outside grids, and grids.
  struct item {
    double y;
    const text_line* line;
    const rule_grid* grid;
  };
  std::vector<item> items;
  for (const auto& g : grids) items.push_back({g.bounds.y0, nullptr, &g});
  for (const auto& l : lines) {
    bool in_grid = std::any_of(grids.begin(), grids.end(), [&](const rule_grid& g) {
      return inside(g.bounds, (l.x0 + l.x1) / 2, l.cy(), 0.5);
    });
    if (!in_grid) items.push_back({l.cy(), &l, nullptr});
  }
  std::stable_sort(items.begin(), items.end(),
                   [](const item& a, const item& b) { return a.y < b.y; });

  std::vector<part> parts;
  std::optional<std::u32string> pending_number;
  auto current = [&]() -> part* { return parts.empty() ? nullptr : &parts.back(); };
  auto start = [&](bool may_continue) -> part& {
    parts.emplace_back();
    auto& p = parts.back();
    p.continues = may_continue && parts.size() == 1 && open.has_value();
    p.table.pages.push_back(page.number);
    return p;
  };

  for (const auto& it : items) {
    if (it.grid) {
      part* p = current();
      if (!p || p->has_body() || p->ended) p = &start(true);
      p->grid = it.grid;
      continue;
    }
    const text_line& l = *it.line;
    std::u32string text = clean(l.text);
    std::u32string compact = strip_all_spaces(text);
    if (compact.empty()) continue;
    bool margin = l.cy() > 0.88 * page.height || l.cy() < 0.06 * page.height;
    if (margin && is_page_number(text)) continue;

    if (auto t = parse_title(text)) {
      if (t->title.empty()) {
        // A number alone under a title ("收入支出决算总表" then "公开01表") belongs to it;
        // otherwise ("表 1" alone) the title is on the next line.
        part* cur = current();
        if (cur && !cur->table.title.empty() && !cur->table.number && !cur->has_body() &&
            !cur->ended) {
          cur->table.number = t->number;
          cur->continues = cur == &parts.front() && open && open->title == cur->table.title &&
                           open->number == cur->table.number;
          continue;
        }
        pending_number = t->number;
        continue;
      }
      auto number = t->number ? t->number : pending_number;
      auto title = strip_all_spaces(t->title);
      pending_number.reset();
      // Unrecognised lines above the first title of a page (page furniture) are dropped.
      if (parts.size() == 1 && parts[0].table.title.empty() && !parts[0].has_body() &&
          !parts[0].ended)
        parts.clear();
      // The same title again at the top of a page: the table continues.
      bool repeated = parts.empty() && open && open->title == title && open->number == number;
      part& p = start(repeated);
      p.table.title = title;
      p.table.number = number;
      continue;
    }
    if (auto u = parse_unit(text)) {
      part* p = current();
      if (!p || p->has_body() || p->ended) p = &start(true);
      if (!u->unit.empty()) p->table.unit_line = u->unit;
      if (!u->department.empty()) p->table.department_line = u->department;
      continue;
    }
    if (pending_number) {
      // A number line followed by a plain line: that line is the title.
      if (!is_amount_text(compact) && !is_prose(text) && compact.size() <= 40) {
        bool repeated =
            parts.empty() && open && open->title == compact && open->number == pending_number;
        part& p = start(repeated);
        p.table.title = compact;
        p.table.number = pending_number;
        pending_number.reset();
        continue;
      }
      pending_number.reset();
    }
    part* p = current();
    if (is_empty_note(compact)) {
      if (p && !p->ended) {
        p->table.printed_empty = true;
        p->ended = true;
      }
      continue;
    }
    if (is_note(compact)) {
      if (p) p->ended = true;
      continue;
    }
    if (is_prose(text)) {
      if (p && p->has_body())
        p->ended = true;
      else if (!p && open) {
        close_open();  // running text after a table: it does not continue here
      }
      continue;
    }
    if (p && p->ended) continue;
    if (!p) p = &start(true);
    if (p->grid) {
      note("text-outside-cells",
           "text below a ruled table is not part of any cell: " + to_utf8(compact), page.number,
           {l.x0, l.y0, l.x1, l.y1});
      continue;
    }
    p->loose.push_back(&l);
    if (line_has_data(l)) p->loose_data = true;
  }

  auto& ov = overlays[page.number];
  for (auto& p : parts) {
    if (p.grid)
      for (const text_line* l : p.loose)
        note("text-outside-cells",
             "text above a ruled table is not part of any cell: " + to_utf8(clean(l->text)),
             page.number, {l->x0, l->y0, l->x1, l->y1});
    if (p.grid)
      build_ruled(p, *p.grid, glyphs, page.number);
    else if (!p.loose.empty())
      build_unruled(p, page.number);
    for (const auto& r : p.table.rows) {
      ov.rows.push_back(r.at.where);
      for (const auto& c : r.cells)
        if (!c.text.empty()) ov.cells.push_back(c.at.where);
    }
    if (p.grid) ov.tables.push_back(p.grid->bounds);
    merge_part(p);
  }
}

void layout_engine::impl::merge_part(part& p) {
  bool body = !p.table.rows.empty() || p.table.printed_empty;
  if (p.continues && open && open->rows.empty() && !open->printed_empty && body) {
    // The open table had only its title and header lines; its body starts here.
    auto& t = *open;
    t.pages = p.table.pages;
    bool has_header = std::any_of(t.columns.begin(), t.columns.end(),
                                  [](const grid_column& c) { return !c.header.empty(); });
    if (!has_header || t.columns.size() != p.table.columns.size()) t.columns = p.table.columns;
    t.rows = std::move(p.table.rows);
    t.printed_empty = p.table.printed_empty;
    if (t.unit_line.empty()) t.unit_line = p.table.unit_line;
    if (t.department_line.empty()) t.department_line = p.table.department_line;
    return;
  }
  if (p.continues && open) {
    // Same table if the columns line up (a repeated header changes nothing).
    bool same_shape = p.table.columns.size() == open->columns.size();
    if (same_shape || (!body && p.table.columns.empty())) {
      if (!body) return;
      if (open->pages.empty() || open->pages.back() != p.table.pages.front())
        open->pages.push_back(p.table.pages.front());
      for (auto& r : p.table.rows) open->rows.push_back(std::move(r));
      open->printed_empty = open->printed_empty || p.table.printed_empty;
      return;
    }
  }
  if (!body && p.table.title.empty()) return;  // nothing tabular here
  close_open();
  open = std::move(p.table);
  if (open->rows.empty() && !open->printed_empty) {
    // A title without a body yet: its body may start on the next page.
    open->pages.clear();
  }
}

void layout_engine::impl::build_ruled(part& p, const rule_grid& grid,
                                      const std::vector<glyph>& glyphs, int page) {
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
  auto& ov = overlays[page];
  p.table.columns.assign(ncol, {});
  for (std::size_t c = 0; c < ncol; ++c) {
    auto& col = p.table.columns[c];
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
    p.table.printed_empty = true;
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
        p.table.printed_empty = true;
      else if (!row_is_blank(r) && !row_is_numbering(r))
        p.table.rows.push_back(std::move(r));
    }
  }
}

void layout_engine::impl::build_unruled(part& p, int page) {
  // Header lines are those before the first line carrying data (or the numbering row).
  std::vector<const text_line*> header, body;
  bool in_body = false;
  // Without any amount or code, a bare total row ("合 计") ends the header.
  const bool no_data_at_all = !p.loose_data;
  for (const text_line* l : p.loose) {
    if (!in_body) {
      auto toks = split_tokens(*l);
      std::vector<std::u32string> texts;
      bool data = false;
      for (const auto& t : toks) {
        auto s = clean(t.text);
        texts.push_back(s);
        if ((is_amount_text(s) && !is_decimal_tail(s)) || starts_with_code(s)) data = true;
      }
      if (is_numbering_cells(texts)) {
        in_body = true;
        continue;
      }
      if (!data && !(no_data_at_all && is_total_label(strip_all_spaces(clean(l->text))))) {
        header.push_back(l);
        continue;
      }
      in_body = true;
    }
    body.push_back(l);
  }
  if (body.empty()) return;

  // Body spans: the x-intervals covered by body tokens, merged where they overlap.
  std::vector<std::pair<double, double>> spans;
  // Total labels ("合计") are often centred over merged cells: they do not mark columns.
  for (const text_line* l : body)
    for (const auto& t : split_tokens(*l, 0.9, true))
      if (!is_total_label(strip_all_spaces(clean(t.text))))
        spans.emplace_back(t.where.x0, t.where.x1);
  std::sort(spans.begin(), spans.end());
  std::vector<std::pair<double, double>> merged;
  for (const auto& s : spans) {
    if (!merged.empty() && s.first <= merged.back().second + 1.0)
      merged.back().second = std::max(merged.back().second, s.second);
    else
      merged.push_back(s);
  }
  // Columns from header leaves and body spans; a continuation keeps the open table's
  // columns (a page with few rows shows too little to find them again).
  auto layout = unruled_columns(header, merged);
  if (p.continues && open && !open->columns.empty()) {
    layout.columns = open->columns;
    for (auto& c : layout.columns) c.header.clear();
    layout.bounds = {-1e9};
    for (std::size_t i = 0; i + 1 < layout.columns.size(); ++i) {
      const auto& l = layout.columns[i];
      const auto& r = layout.columns[i + 1];
      layout.bounds.push_back(l.x1 <= r.x0 ? (l.x1 + r.x0) / 2 : (l.x0 + l.x1 + r.x0 + r.x1) / 4);
    }
    layout.bounds.push_back(1e9);
  }
  const column_bounds& bounds = layout.bounds;

  std::vector<text_line> body_lines;
  for (const text_line* l : body) body_lines.push_back(*l);
  auto rows = rows_from_lines(body_lines, bounds, page, 0);
  for (auto& r : rows) {
    for (auto& c : r.cells) c.text = clean(c.text);
    if (row_is_empty_note(r))
      p.table.printed_empty = true;
    else if (!row_is_blank(r) && !row_is_numbering(r))
      p.table.rows.push_back(std::move(r));
  }

  p.table.columns = std::move(layout.columns);

  if (!body.empty()) {
    box b{body.front()->x0, body.front()->y0, body.front()->x1, body.back()->y1};
    for (const text_line* l : body) b = union_box(b, {l->x0, l->y0, l->x1, l->y1});
    overlays[page].tables.push_back(b);
  }
}

layout_engine::layout_engine() : impl_(std::make_unique<impl>()) {}
layout_engine::~layout_engine() = default;

void layout_engine::add_page(const page_content& page) { impl_->add_page(page); }

std::vector<grid_table> layout_engine::finish() {
  impl_->close_open();
  std::vector<grid_table> out;
  for (auto& t : impl_->done)
    if (!t.rows.empty() || t.printed_empty) out.push_back(std::move(t));
  impl_->done.clear();
  return out;
}

std::vector<diagnostic>& layout_engine::diagnostics() { return impl_->diags; }

const std::map<int, page_overlay>& layout_engine::overlays() const { return impl_->overlays; }

}  // namespace budgetpdf::detail
