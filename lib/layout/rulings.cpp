// Ruling lines to table grids.
#include "layout/rulings.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

namespace budgetpdf::detail {

namespace {

constexpr double tol = rule_tolerance;

// Merges collinear, touching or overlapping segments (all horizontal or all vertical).
std::vector<ruling> merge_collinear(std::vector<ruling> segs, bool horizontal) {
  auto pos = [&](const ruling& r) { return horizontal ? r.y0 : r.x0; };
  auto lo = [&](const ruling& r) { return horizontal ? r.x0 : r.y0; };
  auto hi = [&](const ruling& r) { return horizontal ? r.x1 : r.y1; };
  std::sort(segs.begin(), segs.end(), [&](const ruling& a, const ruling& b) {
    return std::abs(pos(a) - pos(b)) > 0.5 ? pos(a) < pos(b) : lo(a) < lo(b);
  });
  std::vector<ruling> out;
  for (const auto& s : segs) {
    if (!out.empty()) {
      auto& last = out.back();
      if (std::abs(pos(last) - pos(s)) <= 0.5 + 1e-9 && lo(s) <= hi(last) + tol) {
        if (horizontal)
          last.x1 = std::max(last.x1, s.x1);
        else
          last.y1 = std::max(last.y1, s.y1);
        continue;
      }
    }
    out.push_back(s);
  }
  return out;
}

std::vector<double> cluster(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  std::vector<double> out;
  std::vector<double> group;
  auto flush = [&] {
    if (group.empty()) return;
    out.push_back(std::accumulate(group.begin(), group.end(), 0.0) / double(group.size()));
    group.clear();
  };
  for (double x : v) {
    if (!group.empty() && x - group.back() > tol) flush();
    group.push_back(x);
  }
  flush();
  return out;
}

bool crosses(const ruling& h, const ruling& v) {
  return v.x0 >= h.x0 - tol && v.x0 <= h.x1 + tol && h.y0 >= v.y0 - tol && h.y0 <= v.y1 + tol;
}

// Strokes of glyph outlines (text a producer drew as paths, such as a bold header stroked
// over its fill) are short and float inside cells. A cell border, even of the shortest row,
// runs from one rule across it to the next, or at least starts right on one. A segment
// shorter than a large glyph that does neither is no ruling.
constexpr double glyph_stroke_max = 12;

double length(const ruling& r) { return (r.x1 - r.x0) + (r.y1 - r.y0); }

// An end of `s` (its start or its end) lies on a long rule across it, within `slack`.
bool end_on_rule(const ruling& s, bool start, double slack, const std::vector<ruling>& across) {
  const double px = s.horizontal() ? (start ? s.x0 : s.x1) : s.x0;
  const double py = s.horizontal() ? s.y0 : (start ? s.y0 : s.y1);
  return std::any_of(across.begin(), across.end(), [&](const ruling& a) {
    if (length(a) < glyph_stroke_max) return false;
    return s.horizontal() ? std::abs(a.x0 - px) <= slack && py >= a.y0 - tol && py <= a.y1 + tol
                          : std::abs(a.y0 - py) <= slack && px >= a.x0 - tol && px <= a.x1 + tol;
  });
}

std::vector<ruling> without_glyph_strokes(const std::vector<ruling>& segs,
                                          const std::vector<ruling>& across) {
  std::vector<ruling> out;
  for (const auto& s : segs)
    if (length(s) >= glyph_stroke_max ||
        (end_on_rule(s, true, tol, across) && end_on_rule(s, false, tol, across)) ||
        end_on_rule(s, true, 0.75, across) || end_on_rule(s, false, 0.75, across))
      out.push_back(s);
  return out;
}

constexpr double open_end = 4.0;  // points of vertical rule past a rule that bounds a band

// The heights of the grid's highest and lowest horizontal rules (the grid has some).
std::pair<double, double> outer_rules(const rule_grid& g) {
  double top = g.h.front().y0, bottom = top;
  for (const auto& r : g.h) {
    top = std::min(top, r.y0);
    bottom = std::max(bottom, r.y0);
  }
  return {top, bottom};
}

// A vertical rule between the grid's outer sides.
bool inner_vertical(const rule_grid& g, const ruling& v) {
  return v.x0 > g.bounds.x0 + tol && v.x0 < g.bounds.x1 - tol;
}

// A rule across the grid's width at y.
void add_rule_across(rule_grid& g, double y) {
  ruling r;
  r.x0 = g.bounds.x0;
  r.x1 = g.bounds.x1;
  r.y0 = r.y1 = y;
  g.h.push_back(r);
}

// A table cut by a page break is often drawn without its closing rule: its vertical rules
// run on past the last horizontal rule (or start above the first). The open end is a
// band like any other: close it with a rule where the verticals end. Verticals that end on
// that rule and cross no other are the grid's too: a column rule of a body without row
// rules that starts under a merged total row (family f98).
void close_open_ends(rule_grid& g, const std::vector<ruling>& orphans) {
  const auto [top, bottom] = outer_rules(g);
  auto add = [&](double y) {
    add_rule_across(g, y);
    for (const auto& v : orphans)
      if (inner_vertical(g, v) && v.y0 >= g.bounds.y0 - tol && v.y1 <= g.bounds.y1 + tol &&
          (std::abs(v.y0 - y) <= tol || std::abs(v.y1 - y) <= tol) &&
          std::none_of(g.v.begin(), g.v.end(), [&v](const ruling& w) {
            return w.x0 == v.x0 && w.y0 == v.y0 && w.y1 == v.y1;
          }))
        g.v.push_back(v);
  };
  auto count = [&](auto past) { return std::count_if(g.v.begin(), g.v.end(), past); };
  if (g.bounds.y1 - bottom > open_end &&
      count([&](const ruling& v) { return v.y1 > bottom + open_end; }) >= 2)
    add(g.bounds.y1);
  if (top - g.bounds.y0 > open_end &&
      count([&](const ruling& v) { return v.y0 < top - open_end; }) >= 2)
    add(g.bounds.y0);
}

// A frame around a caption and a body whose column rules start under the caption, with no
// rule between them (a table ruled between columns only, continued on a page that repeats
// its caption inside the frame but not its header; family f100): the caption and the rows
// would be one band. Where no inner vertical reaches above a height below the top rule and
// no rule runs there, that height bounds a band: the caption's, undivided, and the body's.
void close_band_above_columns(rule_grid& g) {
  const double top = outer_rules(g).first;
  double y = std::numeric_limits<double>::infinity();
  for (const auto& v : g.v)
    if (inner_vertical(g, v)) y = std::min(y, v.y0);
  if (std::isinf(y) || y <= top + open_end) return;
  if (std::any_of(g.h.begin(), g.h.end(),
                  [&](const ruling& r) { return std::abs(r.y0 - y) <= tol; }))
    return;
  add_rule_across(g, y);
}

// A column rule that ends inside the body, off any rule, where other column rules run on
// to the rule below: the cell under its end is merged across it (合计 over the code and
// name columns in the last row of a table ruled between columns only, family f103).
// Without a rule there, the rows above and the merged cell are one band, read as one
// undivided cell; each such end bounds a band. Only ends below: a column rule that starts
// under a label is a header's (收入 over 小计 | 财政拨款 without a rule between them).
void close_merged_cells(rule_grid& g) {
  constexpr std::size_t max_verticals = 512;  // a grid, not a page of strokes
  if (g.v.size() > max_verticals) return;
  const auto [top, bottom] = outer_rules(g);
  std::vector<double> ends;
  for (const auto& v : g.v) {
    const double end = v.y1;
    if (!inner_vertical(g, v) || end <= top + open_end || end >= bottom - open_end) continue;
    const bool on_rule = std::any_of(g.h.begin(), g.h.end(), [&](const ruling& r) {
      return std::abs(r.y0 - end) <= tol && r.x0 <= v.x0 + tol && r.x1 >= v.x0 - tol;
    });
    const bool others_run_on = std::any_of(g.v.begin(), g.v.end(), [&](const ruling& w) {
      return inner_vertical(g, w) && w.y0 < end - open_end && w.y1 > end + open_end;
    });
    if (!on_rule && others_run_on) ends.push_back(end);
  }
  for (const double y : cluster(ends)) add_rule_across(g, y);
}

// Family f32: a form continued from the page before whose left columns are one merged
// cell down the whole page (a project's code, name and amounts beside its indicators'
// rows): their vertical rules run from the grid's top to its bottom but cross no rule, the
// top and bottom rules being drawn only over the columns that have rows. Such verticals,
// of the grid's height within tolerance, beside it, are its columns: the outer rules are
// carried out to them.
void join_side_columns(rule_grid& g, const std::vector<ruling>& orphans) {
  constexpr double slack = 2 * rule_tolerance;
  double x0 = g.bounds.x0, x1 = g.bounds.x1;
  for (const auto& v : orphans) {
    if (std::abs(v.y0 - g.bounds.y0) > slack || std::abs(v.y1 - g.bounds.y1) > slack) continue;
    if (v.x0 > g.bounds.x0 - rule_tolerance && v.x0 < g.bounds.x1 + rule_tolerance) continue;
    g.v.push_back(v);
    x0 = std::min(x0, v.x0);
    x1 = std::max(x1, v.x0);
  }
  if (x0 == g.bounds.x0 && x1 == g.bounds.x1) return;
  for (auto& h : g.h) {
    if (std::abs(h.y0 - g.bounds.y0) <= slack || std::abs(h.y0 - g.bounds.y1) <= slack) {
      if (std::abs(h.x0 - g.bounds.x0) <= slack) h.x0 = x0;
      if (std::abs(h.x1 - g.bounds.x1) <= slack) h.x1 = x1;
    }
  }
  g.bounds.x0 = x0;
  g.bounds.x1 = x1;
}

}  // namespace

namespace {

// Length of [lo, hi] covered by the rules of `set` lying at `pos` (± tol); `horizontal`
// says which coordinates are position and extent.
double covered_length(const std::vector<ruling>& set, bool horizontal, double pos, double lo,
                      double hi) {
  double covered = 0;
  for (const auto& r : set) {
    const double at = horizontal ? r.y0 : r.x0;
    const double from = horizontal ? r.x0 : r.y0, to = horizontal ? r.x1 : r.y1;
    if (std::abs(at - pos) <= tol) covered += std::max(0.0, std::min(to, hi) - std::max(from, lo));
  }
  return covered;
}

}  // namespace

bool rule_grid::h_covers(double y, double x0, double x1, double frac) const {
  return covered_length(h, true, y, x0, x1) >= frac * (x1 - x0);
}

bool rule_grid::v_covers(double x, double y0, double y1, double frac) const {
  return covered_length(v, false, x, y0, y1) >= frac * (y1 - y0);
}

bool band_divided(const rule_grid& grid, std::size_t band) {
  const auto& xs = grid.xs;
  for (std::size_t c = 1; c + 1 < xs.size(); ++c)
    if (grid.v_covers(xs[c], grid.ys[band], grid.ys[band + 1])) return true;
  return false;
}

void drop_top_bands(rule_grid& grid, std::size_t bands) {
  if (bands == 0 || bands + 1 >= grid.ys.size()) return;
  const double top = grid.ys[bands];
  grid.ys.erase(grid.ys.begin(), grid.ys.begin() + long(bands));
  std::erase_if(grid.h, [&](const ruling& r) { return r.y0 < top - tol; });
  grid.bounds.y0 = top;
}

std::vector<ruling> without_strokes_in_words(const std::vector<ruling>& lines,
                                             const std::vector<word>& words) {
  // Words by band of 16 pt of height, so that each segment meets only its neighbours.
  constexpr double band = 16;
  std::map<long, std::vector<const box*>> by_band;
  for (const auto& w : words)
    for (long b = long(std::floor(w.where.y0 / band)); b <= long(std::floor(w.where.y1 / band));
         ++b)
      by_band[b].push_back(&w.where);
  std::vector<ruling> out;
  for (const auto& l : lines) {
    const double x0 = std::min(l.x0, l.x1), x1 = std::max(l.x0, l.x1);
    const double y0 = std::min(l.y0, l.y1), y1 = std::max(l.y0, l.y1);
    const auto it = by_band.find(long(std::floor(y0 / band)));
    const bool inside_word =
        it != by_band.end() && std::any_of(it->second.begin(), it->second.end(), [&](const box* w) {
          return x0 >= w->x0 - 0.5 && x1 <= w->x1 + 0.5 && y0 >= w->y0 - 0.5 && y1 <= w->y1 + 0.5;
        });
    if (!inside_word) out.push_back(l);
  }
  return out;
}

std::vector<rule_grid> find_grids(const std::vector<ruling>& lines) {
  std::vector<ruling> hs, vs;
  for (auto r : lines) {
    if (r.x0 > r.x1) std::swap(r.x0, r.x1);
    if (r.y0 > r.y1) std::swap(r.y0, r.y1);
    if (r.horizontal() && r.x1 - r.x0 > 3)
      hs.push_back(r);
    else if (!r.horizontal() && r.x0 == r.x1 && r.y1 - r.y0 > 3)
      vs.push_back(r);
  }
  hs = merge_collinear(std::move(hs), true);
  vs = merge_collinear(std::move(vs), false);
  auto kept_hs = without_glyph_strokes(hs, vs);
  vs = without_glyph_strokes(vs, hs);
  hs = std::move(kept_hs);

  // Union-find over all rules; horizontal i, vertical hs.size()+j.
  std::vector<std::size_t> parent(hs.size() + vs.size());
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&](std::size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  };
  std::vector<bool> crossed(hs.size(), false);
  for (std::size_t i = 0; i < hs.size(); ++i)
    for (std::size_t j = 0; j < vs.size(); ++j)
      if (crosses(hs[i], vs[j])) {
        parent[find(i)] = find(hs.size() + j);
        crossed[i] = true;
      }
  // Row rules of ruled ranges that stop at a narrow blank column and go on beyond it, at the
  // same height (a spreadsheet's empty narrow column between two bordered ranges: page
  // continuations that do not repeat the header print no cell spanning it): one table.
  constexpr double blank_column_max = 8;
  for (std::size_t i = 0; i < hs.size(); ++i)
    for (std::size_t k = 0; k < hs.size(); ++k) {
      const double gap = hs[k].x0 - hs[i].x1;
      if (k != i && crossed[i] && crossed[k] && std::abs(hs[i].y0 - hs[k].y0) <= tol && gap > tol &&
          gap <= blank_column_max)
        parent[find(i)] = find(k);
    }
  // Horizontal rules of the same extent stacked above each other with no vertical rule
  // through them (the top, header and bottom rules of an open table) join too. Rules of
  // ruled tables do not: two ruled tables of one width on one page stay two.
  for (std::size_t i = 0; i < hs.size(); ++i)
    for (std::size_t k = i + 1; k < hs.size(); ++k)
      if (!crossed[i] && !crossed[k] && std::abs(hs[i].x0 - hs[k].x0) < 4 * tol &&
          std::abs(hs[i].x1 - hs[k].x1) < 4 * tol && hs[i].x1 - hs[i].x0 > 100)
        parent[find(i)] = find(k);

  std::vector<rule_grid> grids;
  std::vector<long> index(parent.size(), -1);
  for (std::size_t i = 0; i < parent.size(); ++i) {
    auto root = find(i);
    if (index[root] < 0) {
      index[root] = long(grids.size());
      grids.emplace_back();
    }
    auto& g = grids[std::size_t(index[root])];
    if (i < hs.size())
      g.h.push_back(hs[i]);
    else
      g.v.push_back(vs[i - hs.size()]);
  }
  // Vertical rules crossing no horizontal one (their components hold no horizontal rule).
  std::vector<ruling> orphans;
  for (const auto& g : grids)
    if (g.h.empty()) orphans.insert(orphans.end(), g.v.begin(), g.v.end());
  std::vector<rule_grid> out;
  for (auto& g : grids) {
    if (g.h.size() < 2) continue;
    bool first = true;
    for (const auto* set : {&g.h, &g.v})
      for (const auto& r : *set) {
        if (first) g.bounds = {r.x0, r.y0, r.x1, r.y1};
        first = false;
        g.bounds.x0 = std::min(g.bounds.x0, r.x0);
        g.bounds.y0 = std::min(g.bounds.y0, r.y0);
        g.bounds.x1 = std::max(g.bounds.x1, r.x1);
        g.bounds.y1 = std::max(g.bounds.y1, r.y1);
      }
    if (g.bounds.x1 - g.bounds.x0 < 50) continue;  // a box around a word, not a table
    join_side_columns(g, orphans);
    close_open_ends(g, orphans);
    close_band_above_columns(g);
    close_merged_cells(g);
    std::vector<double> ys, xs;
    for (const auto& r : g.h) ys.push_back(r.y0);
    for (const auto& r : g.v) xs.push_back(r.x0);
    g.ys = cluster(ys);
    g.xs = g.v.size() >= 2 ? cluster(xs) : std::vector<double>{};
    out.push_back(std::move(g));
  }
  std::sort(out.begin(), out.end(),
            [](const rule_grid& a, const rule_grid& b) { return a.bounds.y0 < b.bounds.y0; });
  return out;
}

}  // namespace budgetpdf::detail
