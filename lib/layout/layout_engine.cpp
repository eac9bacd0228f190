// From pages of words and rules to tables of cells.
//
// A page is read top to bottom as a sequence of items: text lines outside ruled grids, and
// ruled grids. Title lines open a table, unit lines ("编制部门 … 单位：万元") describe it, a
// ruled grid or the unruled lines that follow are its body, notes ("注：") and prose end
// it. Content before any title on a page continues the table left open on the previous
// page, whether or not its header is repeated.
#include "layout/layout_engine.hpp"

#include "grammar/cell_grammar.hpp"
#include "layout/cell_text.hpp"
#include "layout/column_match.hpp"
#include "layout/glyphs.hpp"
#include "layout/line_kinds.hpp"
#include "layout/row_builder.hpp"
#include "layout/ruled_table.hpp"
#include "layout/rulings.hpp"
#include "layout/unruled_columns.hpp"
#include "layout/unruled_table.hpp"
#include "text/normalize.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <optional>
#include <utility>

namespace budgetpdf::detail {

namespace {

// Text in a table's region that no cell holds: with an amount or a code in it, the table's
// rows may have lost a figure.
diagnostic_code outside_cells_code(const text_line& l) {
  return line_has_data(l) ? diagnostic_code::amount_outside_cells
                          : diagnostic_code::text_outside_cells;
}

// A frame drawn around a table's title block as well as its header: top bands that no
// inner rule divides and whose every line is a title, a table number, or a 部门/单位 line
// leave the grid, so that their lines read as the table's title block.
// A title wrapped inside its band ("…评估工作经费项目绩" / "效目标表") becomes one line: a
// line that is no title or unit line on its own joins the next when the two read as a title.
void join_wrapped_title(std::vector<text_line>& lines, std::vector<std::size_t>& in_band) {
  const auto reads_alone = [&](std::size_t i) {
    const auto text = clean(lines[i].text);
    return parse_title(text) || parse_unit(text);
  };
  for (std::size_t k = 0; k + 1 < in_band.size();) {
    text_line& first = lines[in_band[k]];
    const text_line& next = lines[in_band[k + 1]];
    if (reads_alone(in_band[k]) || parse_unit(clean(next.text)) ||
        !parse_title(clean(first.text) + clean(next.text))) {
      ++k;
      continue;
    }
    first.glyphs.insert(first.glyphs.end(), next.glyphs.begin(), next.glyphs.end());
    first.text += next.text;
    first.x0 = std::min(first.x0, next.x0), first.x1 = std::max(first.x1, next.x1);
    first.y1 = std::max(first.y1, next.y1);
    const std::size_t gone = in_band[k + 1];
    lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(gone));
    in_band.erase(in_band.begin() + static_cast<std::ptrdiff_t>(k + 1));
    for (auto& i : in_band)
      if (i > gone) --i;
  }
}

// A long title wrapped over two lines above its table (…运行保障项目 / 支出预算表), outside
// every grid: the first line reads as no title, unit or prose on its own and holds no
// amount (a project's code may lead it), the two together read as a title, they are set alike, one
// right under the other, and the first fills at least the width of the second. They become one
// line. The font size most of a line's glyphs are set in.
double font_size(const text_line& l) {
  std::vector<double> sizes;
  for (const glyph* g : l.glyphs) sizes.push_back(g->size);
  if (sizes.empty()) return 0;
  std::nth_element(sizes.begin(), sizes.begin() + long(sizes.size() / 2), sizes.end());
  return sizes[sizes.size() / 2];
}

void join_wrapped_titles_outside_grids(std::vector<text_line>& lines,
                                       const std::vector<rule_grid>& grids) {
  const auto in_grid = [&](const text_line& l) {
    return std::any_of(grids.begin(), grids.end(), [&](const rule_grid& g) {
      return inside(g.bounds, (l.x0 + l.x1) / 2, l.cy(), 0.5);
    });
  };
  for (std::size_t k = 0; k + 1 < lines.size(); ++k) {
    text_line& first = lines[k];
    const text_line& next = lines[k + 1];
    // Font sizes, not boxes: fonts give their glyphs boxes of different heights.
    const double s1 = font_size(first), s2 = font_size(next);
    if (s1 <= 0 || std::abs(s1 - s2) > 0.25 * std::max(s1, s2)) continue;
    if (next.y0 - first.y1 > 0.8 * s1 || next.y0 < first.cy()) continue;
    // A wrapped line fills the width first; a line broken by hand (the department's name
    // on a line of its own) is shorter, each line centred as the title is. The next line
    // may end in the unit, far right of the title's words or set smaller: its words up to
    // a gap of two characters or a glyph of another size are the title's.
    double words_x1 = next.x0;
    for (const glyph* g : next.glyphs) {
      const bool apart = g->where.x0 - words_x1 > 2 * s2 || std::abs(g->size - s1) > 0.25 * s1;
      if (apart && words_x1 > next.x0) break;
      words_x1 = std::max(words_x1, g->where.x1);
    }
    const bool centred_alike = std::abs((first.x0 + first.x1) - (next.x0 + words_x1)) / 2 < s1;
    if (first.x1 - first.x0 < next.x1 - next.x0 && !centred_alike) continue;
    if (in_grid(first) || in_grid(next)) continue;
    const auto text = clean(first.text);
    if (parse_title(text) || parse_unit(text) || is_prose(text) || line_has_amount(first)) continue;
    // A line wholly in brackets ("(2026年度)") qualifies the title above it.
    const auto bare = strip_all_spaces(text);
    if (!bare.empty() && (bare.front() == U'(' || bare.front() == U'（') &&
        (bare.back() == U')' || bare.back() == U'）'))
      continue;
    const auto joined = parse_title(text + clean(next.text));
    if (!joined || joined->title.empty()) continue;
    first.glyphs.insert(first.glyphs.end(), next.glyphs.begin(), next.glyphs.end());
    first.text += next.text;
    first.x0 = std::min(first.x0, next.x0), first.x1 = std::max(first.x1, next.x1);
    first.y1 = std::max(first.y1, next.y1);
    lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(k + 1));
  }
}

// Bands at the top of a grid that hold its caption, not its header: bands no vertical rule
// divides holding the title or the unit line (family f02), and, as spreadsheets print the
// caption in the sheet's own cells, divided bands holding nothing but a table number (表11
// in the first cell), a unit line or nothing at all. Their text becomes the caption.
void drop_title_block(rule_grid& grid, std::vector<text_line>& lines) {
  std::size_t bands = 0;
  for (; bands + 2 < grid.ys.size(); ++bands) {
    const double y0 = grid.ys[bands], y1 = grid.ys[bands + 1];
    const bool divided = band_divided(grid, bands);
    std::vector<std::size_t> in_band;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const auto& l = lines[i];
      if (l.cy() <= y0 || l.cy() >= y1 || l.x1 < grid.bounds.x0 || l.x0 > grid.bounds.x1) continue;
      in_band.push_back(i);
    }
    if (!divided) join_wrapped_title(lines, in_band);
    const bool title_block = std::all_of(in_band.begin(), in_band.end(), [&](std::size_t i) {
      const auto text = clean(lines[i].text);
      if (parse_unit(text)) return true;
      const auto title = parse_title(text);
      return title && (!divided || (title->title.empty() && title->number));
    });
    if (!title_block) break;
  }
  drop_top_bands(grid, bands);
}

// A row cut by a page break: the continuation's first row holds only the tail of a label
// ("八、社会保障和就" | "业支出"), without an amount or a code and without the mark that
// starts the column's other labels (an ordinal, a code, 合计). It joins the label above.
void join_label_split_by_page_break(grid_table& open, std::vector<grid_row>& rows) {
  if (rows.empty() || open.rows.empty()) return;
  const grid_row& first = rows.front();
  if (row_has_data(first)) return;
  std::optional<std::size_t> column;
  for (std::size_t c = 0; c < first.cells.size(); ++c)
    if (!first.cells[c].text.empty()) {
      if (column) return;  // text in two columns: a row of its own
      column = c;
    }
  if (!column) return;
  const auto& tail = first.cells[*column].text;
  if (starts_new_row(tail)) return;
  grid_row& last = open.rows.back();
  if (*column >= last.cells.size() || last.cells[*column].text.empty()) return;
  // The column's labels start with a mark: most of them, and the one above.
  int labels = 0, marked = 0;
  for (const auto& r : open.rows)
    if (*column < r.cells.size() && !r.cells[*column].text.empty()) {
      ++labels;
      const auto& t = r.cells[*column].text;
      if (starts_new_row(t) || starts_with_code(t)) ++marked;
    }
  const auto& head = last.cells[*column].text;
  if (labels < 3 || 3 * marked < 2 * labels || !(starts_new_row(head) || starts_with_code(head)))
    return;
  last.cells[*column].text += tail;
  rows.erase(rows.begin());
}

namespace {

std::size_t decimals_of(std::u32string_view s) {
  const auto point = s.find(U'.');
  return point == std::u32string_view::npos ? 0 : s.size() - point - 1;
}

}  // namespace

// Family f34: a row cut by a page break with its figures wrapped inside their cells: the
// last row above the break prints "12,437.3", the continuation's first row the label's tail
// and "6" in the same column. Every such digit tail completes a figure above to the number
// of decimals its column prints elsewhere; then the two are one row.
void join_row_split_by_page_break(grid_table& open, std::vector<grid_row>& rows) {
  if (rows.empty() || open.rows.empty()) return;
  const grid_row& first = rows.front();
  grid_row& last = open.rows.back();
  if (first.cells.size() != last.cells.size()) return;
  std::vector<std::size_t> tails;
  std::optional<std::size_t> label;
  for (std::size_t c = 0; c < first.cells.size(); ++c) {
    const auto& t = first.cells[c].text;
    if (t.empty()) continue;
    if (is_digits(t) && t.size() <= 2) {
      tails.push_back(c);
    } else if (!label && !is_amount_text(t) && !starts_with_code(t) && !starts_new_row(t)) {
      label = c;
    } else {
      return;
    }
  }
  if (tails.empty()) return;
  for (auto c : tails) {
    const auto& head = last.cells[c].text;
    if (!is_amount_text(head) || head.find(U'.') == std::u32string::npos) return;
    // The decimals the column prints on the other rows.
    std::map<std::size_t, int> counts;
    for (const auto& r : open.rows)
      if (c < r.cells.size() && &r != &last && is_amount_text(r.cells[c].text))
        ++counts[decimals_of(r.cells[c].text)];
    if (counts.empty()) return;
    const auto usual = std::max_element(counts.begin(), counts.end(), [](auto a, auto b) {
                         return a.second < b.second;
                       })->first;
    if (decimals_of(head) + first.cells[c].text.size() != usual) return;
  }
  if (label && last.cells[*label].text.empty()) return;
  for (auto c : tails) last.cells[c].text += first.cells[c].text;
  if (label) last.cells[*label].text += first.cells[*label].text;
  rows.erase(rows.begin());
}

bool has_header(const grid_table& t) {
  return std::any_of(t.columns.begin(), t.columns.end(),
                     [](const grid_column& c) { return !c.header.empty(); });
}

bool same_headers(const grid_table& a, const grid_table& b) {
  return std::equal(
      a.columns.begin(), a.columns.end(), b.columns.begin(), b.columns.end(),
      [](const grid_column& x, const grid_column& y) { return x.header == y.header; });
}

// A sentence ending in a colon right above a table ("…情况如下：") introduces it: the
// table's caption when it prints no title of its own.
struct lead_in_line {
  std::u32string text;
  box where;
  int page = 0;
};

}  // namespace

struct layout_engine::impl {
  std::vector<grid_table> done;
  std::optional<grid_table> open;  // the table that may continue on the next page
  std::vector<diagnostic> diags;
  std::map<int, page_overlay> overlays;
  // A lead-in sentence that ended its page: the next page's first table may be the one
  // it introduces.
  std::optional<lead_in_line> lead_in_at_page_end;
  // How the figures of the unruled tables read so far stand in their columns.
  figure_settings figures_set;

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

  void note(diagnostic_code code, const std::string& message, int page, const box& b) {
    diagnostic d;
    d.code = code;
    d.message = message;
    d.at = {page, b};
    diags.push_back(std::move(d));
  }

  class page_pass;
  void add_page(const page_content& page);
  void merge_part(part& p);
};

// One page read top to bottom: lines outside ruled grids and the grids themselves, in
// reading order, each deciding whether it opens, describes, fills or ends a part.
class layout_engine::impl::page_pass {
 public:
  page_pass(impl& engine, const page_content& page) : e_(engine), page_(page) {}

  void run() {
    glyphs_ = flatten_glyphs(page_);
    rulings_ = without_strokes_in_words(page_.lines, page_.words);
    for (auto& g : find_grids(rulings_))
      if (g.xs.size() >= 3 && g.ys.size() >= 2) grids_.push_back(std::move(g));
    std::vector<const glyph*> horizontal;
    for (const auto& g : glyphs_)
      if (!g.vertical) horizontal.push_back(&g);
    lines_ = build_lines(horizontal);
    for (auto& g : grids_) drop_title_block(g, lines_);
    join_wrapped_titles_outside_grids(lines_, grids_);
    lead_in_ = std::exchange(e_.lead_in_at_page_end, std::nullopt);
    for (const auto& it : items_in_reading_order()) {
      if (it.grid)
        on_grid(*it.grid);
      else
        on_line(*it.line);
    }
    if (lead_in_ && lead_in_last_ && lead_in_->page == page_.number)
      e_.lead_in_at_page_end = lead_in_;
    read_parts();
  }

 private:
  struct item {
    double y;
    const text_line* line;
    const rule_grid* grid;
  };
  std::vector<item> items_in_reading_order() const {
    std::vector<item> items;
    for (const auto& g : grids_) items.push_back({g.bounds.y0, nullptr, &g});
    for (const auto& l : lines_) {
      bool in_grid = std::any_of(grids_.begin(), grids_.end(), [&](const rule_grid& g) {
        return inside(g.bounds, (l.x0 + l.x1) / 2, l.cy(), 0.5);
      });
      if (!in_grid) items.push_back({l.cy(), &l, nullptr});
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const item& x, const item& y) { return x.y < y.y; });
    return items;
  }

  part* current() { return parts_.empty() ? nullptr : &parts_.back(); }

  part& start(bool may_continue) {
    parts_.emplace_back();
    auto& p = parts_.back();
    p.continues = may_continue && parts_.size() == 1 && e_.open.has_value();
    p.table.pages.push_back(page_.number);
    return p;
  }

  // A table continued from the page before is never introduced by a sentence: the part
  // starts a table of its own. A sentence that ended the page before introduces the table
  // this page opens with.
  void caption_from_lead_in(part& p, double body_top) {
    const bool close = lead_in_ && (lead_in_->page != page_.number
                                        ? parts_.size() == 1
                                        : body_top - lead_in_->where.y1 <
                                              3 * (lead_in_->where.y1 - lead_in_->where.y0));
    if (close && p.table.title.empty()) {
      p.table.title = lead_in_->text;
      p.table.title_at = {lead_in_->page, lead_in_->where};
      p.continues = false;
    }
    lead_in_.reset();
  }

  void on_grid(const rule_grid& grid) {
    lead_in_last_ = false;
    part* p = current();
    if (!p || p->has_body() || p->ended) p = &start(true);
    caption_from_lead_in(*p, grid.bounds.y0);
    p->grid = &grid;
  }

  void on_line(const text_line& l) {
    const std::u32string text = clean(l.text);
    const std::u32string compact = strip_all_spaces(text);
    if (compact.empty()) return;
    const bool margin = l.cy() > 0.88 * page_.height || l.cy() < 0.06 * page_.height;
    if (margin && is_page_number(text)) return;
    lead_in_last_ = false;
    if (on_title(l, text) || on_unit(text) || on_line_after_number(l, text, compact)) return;
    on_body_text(l, text, compact);
  }

  bool on_title(const text_line& l, const std::u32string& text) {
    auto t = parse_title(text);
    if (!t) return false;
    if (t->continued && continues_open_table(*t)) return true;
    if (t->title.empty()) {
      // A number alone under a title ("收入支出决算总表" then "公开01表") belongs to it;
      // otherwise ("表 1" alone) the title is on the next line.
      part* cur = current();
      if (cur && !cur->table.title.empty() && !cur->table.number && !cur->has_body() &&
          !cur->ended) {
        cur->table.number = t->number;
        cur->continues = cur == &parts_.front() && e_.open && e_.open->title == cur->table.title &&
                         e_.open->number == cur->table.number;
        return true;
      }
      pending_number_ = t->number;
      return true;
    }
    auto number = t->number ? t->number : pending_number_;
    auto title = strip_all_spaces(t->title);
    pending_number_.reset();
    // Unrecognised lines above the first title of a page (page furniture) are dropped.
    if (parts_.size() == 1 && parts_[0].table.title.empty() && !parts_[0].has_body() &&
        !parts_[0].ended)
      parts_.clear();
    // The same title again at the top of a page: the table continues.
    bool repeated =
        parts_.empty() && e_.open && e_.open->title == title && e_.open->number == number;
    part& p = start(repeated);
    p.table.title = title;
    p.table.title_at = {page_.number, {l.x0, l.y0, l.x1, l.y1}};
    p.table.number = number;
    if (t->declared != unit::unknown) p.table.declared_unit = t->declared;
    return true;
  }

  // "续表", "表3（续）", "…支出表（续）" at the top of a page: the table left open goes on
  // when the mark names no other title or number. Otherwise the mark's words are read as a
  // title of their own.
  bool continues_open_table(const title_parts& t) {
    const bool only_furniture_before =
        parts_.empty() || (parts_.size() == 1 && parts_[0].table.title.empty() &&
                           !parts_[0].has_body() && !parts_[0].ended);
    const auto title = strip_all_spaces(t.title);
    if (!only_furniture_before || !e_.open || (!title.empty() && title != e_.open->title) ||
        (t.number && e_.open->number && t.number != e_.open->number))
      return false;
    parts_.clear();
    part& p = start(true);
    p.table.title = e_.open->title;
    p.table.number = e_.open->number;
    return true;
  }

  bool on_unit(const std::u32string& text) {
    auto u = parse_unit(text);
    if (!u) return false;
    part* p = current();
    if (!p || p->has_body() || p->ended) p = &start(true);
    if (u->declared != unit::unknown) p->table.declared_unit = u->declared;
    if (!u->department.empty()) p->table.department_line = u->department;
    return true;
  }

  // A number line followed by a plain line: that line is the title.
  bool on_line_after_number(const text_line& l, const std::u32string& text,
                            const std::u32string& compact) {
    if (!pending_number_) return false;
    if (!is_amount_text(compact) && !is_prose(text) && compact.size() <= 40) {
      bool repeated = parts_.empty() && e_.open && e_.open->title == compact &&
                      e_.open->number == pending_number_;
      part& p = start(repeated);
      p.table.title = compact;
      p.table.title_at = {page_.number, {l.x0, l.y0, l.x1, l.y1}};
      p.table.number = pending_number_;
      pending_number_.reset();
      return true;
    }
    pending_number_.reset();
    return false;
  }

  // Notes, running text, lead-in sentences, and the unruled body lines of a part.
  void on_body_text(const text_line& l, const std::u32string& text, const std::u32string& compact) {
    part* p = current();
    // An empty table's note; or, under a titled table's header lines with no row yet, 无
    // alone (once rows have begun it is a cell's text; without a table, running text).
    const bool bare_none = compact == U"无" && p && !p->has_body() && !p->grid &&
                           !p->table.title.empty() && !p->loose.empty();
    if (is_empty_note(compact) || bare_none) {
      if (p && !p->ended) {
        p->table.printed_empty = true;
        p->ended = true;
      }
      return;
    }
    if (is_note(compact)) {
      if (p) p->ended = true;
      return;
    }
    const bool introduces = (compact.ends_with(U"：") || compact.ends_with(U":")) &&
                            compact.size() >= 8 && !line_has_amount(l);
    if (!p && e_.open && !introduces && spills_over_grid_below(l)) {
      e_.note(
          outside_cells_code(l),
          "text of a row cut by the page break, above the table's next part: " + to_utf8(compact),
          page_.number, {l.x0, l.y0, l.x1, l.y1});
      return;
    }
    if (introduces || is_prose(text)) {
      // Running text: it ends the table before it, which then does not continue here.
      if (p && p->has_body())
        p->ended = true;
      else if (!p && e_.open)
        e_.close_open();
      lead_in_.reset();  // prose between a lead-in and a table: it introduces none
      if (introduces) {
        lead_in_ = lead_in_line{
            compact.substr(0, compact.size() - 1), {l.x0, l.y0, l.x1, l.y1}, page_.number};
        lead_in_last_ = true;
      }
      return;
    }
    if (p && p->ended) return;
    if (!p) {
      p = &start(true);
      caption_from_lead_in(*p, l.y0);
    }
    if (p->grid) {
      e_.note(outside_cells_code(l),
              "text below a ruled table is not part of any cell: " + to_utf8(compact), page_.number,
              {l.x0, l.y0, l.x1, l.y1});
      return;
    }
    p->loose.push_back(&l);
    if (line_has_data(l)) p->loose_data = true;
  }

  // A line right on top of a grid, within the width of the table left open by the page
  // before, at the top of the page: the overflow of a cell cut by the page break (often
  // clipped away but kept in the text layer), not running text that would end the table.
  // The grid may cover only some of the table's columns (merged cells continuing from
  // the page before draw no rules).
  bool spills_over_grid_below(const text_line& l) const {
    const auto& cols = e_.open->columns;
    if (cols.empty()) return false;
    const double left = cols.front().x0 - rule_tolerance, right = cols.back().x1 + rule_tolerance;
    if (l.x0 < left || l.x1 > right) return false;
    const double height = l.y1 - l.y0;
    return std::any_of(grids_.begin(), grids_.end(), [&](const rule_grid& g) {
      return g.bounds.y0 >= l.cy() && g.bounds.y0 - l.y1 < height && g.bounds.x0 >= left &&
             g.bounds.x1 <= right;
    });
  }

  // The heights of horizontal rules drawn across the width of `lines` (a table without
  // vertical rules, ruled above and below its header: 三线表), top to bottom.
  std::vector<double> rules_across(const std::vector<const text_line*>& lines) const {
    double x0 = lines.front()->x0, x1 = lines.front()->x1;
    for (const text_line* l : lines) {
      x0 = std::min(x0, l->x0);
      x1 = std::max(x1, l->x1);
    }
    std::vector<double> ys;
    for (const auto& r : rulings_)
      if (r.horizontal() && std::min(r.x1, x1) - std::max(r.x0, x0) >= 0.8 * (x1 - x0))
        ys.push_back(r.y0);
    std::sort(ys.begin(), ys.end());
    return ys;
  }

  // Each part's body read into cells, drawn for render, and merged into the tables.
  void read_parts() {
    auto& ov = e_.overlays[page_.number];
    for (auto& p : parts_) {
      if (p.grid)
        for (const text_line* l : p.loose)
          e_.note(outside_cells_code(*l),
                  "text above a ruled table is not part of any cell: " + to_utf8(clean(l->text)),
                  page_.number, {l->x0, l->y0, l->x1, l->y1});
      grid_table* open = p.continues && e_.open ? &*e_.open : nullptr;
      if (p.grid)
        read_ruled_table(*p.grid, glyphs_, page_.number, open, p.table, ov);
      else if (!p.loose.empty())
        read_unruled_table(p.loose, p.loose_data, open, rules_across(p.loose), page_.number,
                           e_.figures_set, p.table, ov);
      for (const auto& r : p.table.rows) {
        ov.rows.push_back(r.at.where);
        for (const auto& c : r.cells)
          if (!c.text.empty()) ov.cells.push_back(c.at.where);
      }
      if (p.grid) ov.tables.push_back(p.grid->bounds);
      e_.merge_part(p);
    }
  }

  impl& e_;
  const page_content& page_;
  std::vector<glyph> glyphs_;
  std::vector<ruling> rulings_;
  std::vector<rule_grid> grids_;
  std::vector<text_line> lines_;
  std::vector<part> parts_;
  std::optional<std::u32string> pending_number_;
  std::optional<lead_in_line> lead_in_;
  bool lead_in_last_ = false;  // the lead-in is the last text read so far
};

void layout_engine::impl::add_page(const page_content& page) { page_pass(*this, page).run(); }

void layout_engine::impl::merge_part(part& p) {
  bool body = !p.table.rows.empty() || p.table.printed_empty;
  if (p.continues && open && open->rows.empty() && !open->printed_empty && body) {
    // The open table had only its title and header lines; its body starts here.
    auto& t = *open;
    t.pages = p.table.pages;
    if (!has_header(t) || t.columns.size() != p.table.columns.size()) t.columns = p.table.columns;
    t.rows = std::move(p.table.rows);
    t.printed_empty = p.table.printed_empty;
    if (t.declared_unit == unit::unknown) t.declared_unit = p.table.declared_unit;
    if (t.department_line.empty()) t.department_line = p.table.department_line;
    return;
  }
  if (p.continues && open) {
    // Same table if the columns line up (a repeated header changes nothing, a header of
    // other words starts a part with columns of its own), or if they are a run of the
    // table's columns (its other columns merged cells with no rules here).
    bool same_shape = p.table.columns.size() == open->columns.size() &&
                      (!has_header(p.table) || same_headers(p.table, *open));
    if (!same_shape && body) {
      if (auto map = match_column_runs(p.table, *open)) {
        map_row_cells(p.table.rows, *map, open->columns.size());
        same_shape = true;
      }
    }
    if (same_shape || (!body && p.table.columns.empty())) {
      if (!body) return;
      if (open->pages.empty() || open->pages.back() != p.table.pages.front())
        open->pages.push_back(p.table.pages.front());
      join_label_split_by_page_break(*open, p.table.rows);
      join_row_split_by_page_break(*open, p.table.rows);
      for (auto& r : p.table.rows) open->rows.push_back(std::move(r));
      open->printed_empty = open->printed_empty || p.table.printed_empty;
      return;
    }
  }
  if (!body && p.table.title.empty()) return;  // nothing tabular here
  const bool more_of_open = p.continues && open && body && p.table.title.empty();
  close_open();
  open = std::move(p.table);
  open->continues_previous = more_of_open;
  if (open->rows.empty() && !open->printed_empty) {
    // A title without a body yet: its body may start on the next page.
    open->pages.clear();
  }
}

layout_engine::layout_engine() : impl_(std::make_unique<impl>()) {}
layout_engine::~layout_engine() = default;

void layout_engine::add_page(const page_content& page) { impl_->add_page(page); }

std::vector<grid_table> layout_engine::finish() {
  impl_->close_open();
  std::vector<grid_table> out;
  std::vector<const grid_table*> title_only;
  for (auto& t : impl_->done)
    if (!t.rows.empty() || t.printed_empty)
      out.push_back(std::move(t));
    else if (!t.title.empty())
      title_only.push_back(&t);
  // A title dropped for want of a body, on a page where an untitled table has rows: the
  // title was cut from its data (a table of contents prints titles without any table).
  for (const grid_table* t : title_only) {
    const int page = t->title_at.page;
    const bool untitled_here = std::any_of(out.begin(), out.end(), [&](const grid_table& o) {
      return o.title.empty() && std::find(o.pages.begin(), o.pages.end(), page) != o.pages.end();
    });
    if (untitled_here)
      impl_->note(diagnostic_code::title_without_rows,
                  "the title \"" + to_utf8(t->title) +
                      "\" was found without rows, beside an untitled table on its page",
                  page, t->title_at.where);
  }
  impl_->done.clear();
  return out;
}

std::vector<diagnostic>& layout_engine::diagnostics() { return impl_->diags; }

const std::map<int, page_overlay>& layout_engine::overlays() const { return impl_->overlays; }

}  // namespace budgetpdf::detail
