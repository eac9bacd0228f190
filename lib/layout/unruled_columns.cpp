// Columns of a table without vertical rules, from header tokens and body spans.
#include "layout/unruled_columns.hpp"

#include "grammar/cell_grammar.hpp"
#include "layout/cell_text.hpp"
#include "layout/line_kinds.hpp"
#include "text/normalize.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <iterator>
#include <limits>
#include <optional>
#include <set>

namespace budgetpdf::detail {

namespace {

struct header_token {
  std::u32string text;
  box where;
  double size = 0;
  double cx() const { return (where.x0 + where.x1) / 2; }
};

// Index of the body span holding x, or -1.
long span_at(const std::vector<body_span>& spans, double x) {
  for (std::size_t i = 0; i < spans.size(); ++i)
    if (x >= spans[i].x0 && x <= spans[i].x1) return long(i);
  return -1;
}

// span_at, where a span of text stands a typed space (0.6 × size) or less right of the span
// before it (a name after its code, "2010108 代表工作"; the words of a name): the first span
// of that run. Such spans are one cell's text, not two columns.
long cell_span_at(const std::vector<body_span>& spans, double x, double size) {
  long k = span_at(spans, x);
  while (k > 0 && !spans[std::size_t(k)].figures &&
         spans[std::size_t(k)].x0 - spans[std::size_t(k) - 1].x1 <= 0.6 * size &&
         (!spans[std::size_t(k) - 1].figures || spans[std::size_t(k) - 1].code))
    --k;
  return k;
}

double x_overlap(const box& a, double x0, double x1) {
  return std::min(a.x1, x1) - std::max(a.x0, x0);
}

double x_gap(const box& a, double x0, double x1) {
  return std::max(0.0, std::max(a.x0, x0) - std::min(a.x1, x1));
}

// `a` lies clearly below `b`: its middle is under b's bottom by 0.6 of b's height. A label
// centred over two header lines is not below the upper line's group label.
bool below(const box& a, const box& b) { return (a.y0 + a.y1) / 2 >= b.y1 + 0.6 * (b.y1 - b.y0); }

// Two header tokens on one line: neither stands below the other.
bool on_one_line(const header_token& a, const header_token& b) {
  return !below(a.where, b.where) && !below(b.where, a.where);
}

// Labels printed one character per line in a narrow column (一 / 般 / 公 / 共 / 预 / 算):
// Chinese characters alone on their row (nothing beside them within half a character),
// centred over one another, each right under the one before (less than 0.6 of a character
// between them). Each stack of two or more becomes one token read top down; its glyphs are
// taken out of the header lines. (Lines gather glyphs by vertical overlap, so one line can
// hold characters of several stacks at once.)
std::vector<header_token> stacked_labels(std::vector<text_line>& lines) {
  std::vector<const glyph*> all;
  for (const auto& l : lines)
    for (const glyph* g : l.glyphs)
      if (g->ch != U' ') all.push_back(g);
  // A header is some dozens of labels; a part without data whose every line came here as
  // header (running text) is no place to look for stacks, and the test below is quadratic.
  if (all.size() > 2000) return {};
  const auto alone = [&all](const glyph* g) {
    return is_cjk(g->ch) && std::none_of(all.begin(), all.end(), [g](const glyph* h) {
             return h != g && std::abs(h->cy() - g->cy()) < 0.5 * g->size &&
                    std::max(h->where.x0 - g->where.x1, g->where.x0 - h->where.x1) < 0.5 * g->size;
           });
  };
  std::vector<const glyph*> singles;
  std::copy_if(all.begin(), all.end(), std::back_inserter(singles), alone);
  std::sort(singles.begin(), singles.end(),
            [](const glyph* a, const glyph* b) { return a->where.y0 < b->where.y0; });
  std::vector<header_token> out;
  std::set<const glyph*> taken;
  for (std::size_t i = 0; i < singles.size(); ++i) {
    if (taken.count(singles[i])) continue;
    std::vector<const glyph*> chain{singles[i]};
    for (std::size_t j = i + 1; j < singles.size(); ++j) {
      const glyph* last = chain.back();
      const glyph* u = singles[j];
      const double gap = u->where.y0 - last->where.y1;
      if (!taken.count(u) && std::abs(u->cx() - last->cx()) < 0.3 * last->size &&
          gap > -0.2 * last->size && gap < 0.6 * last->size)
        chain.push_back(u);
    }
    if (chain.size() < 2) continue;
    header_token stack{{}, chain.front()->where, chain.front()->size};
    for (const glyph* g : chain) {
      stack.text += g->ch;
      stack.where = union_box(stack.where, g->where);
      taken.insert(g);
    }
    out.push_back(std::move(stack));
  }
  if (!taken.empty())
    for (auto& l : lines)
      std::erase_if(l.glyphs, [&taken](const glyph* g) { return taken.count(g) > 0; });
  return out;
}

// Tokens of the header lines. Letter-spaced labels ("科 目 名 称") are joined back unless
// their pieces stand over different body columns ("类 款 项" over three code columns).
std::vector<header_token> header_tokens(const std::vector<const text_line*>& header,
                                        const std::vector<body_span>& spans) {
  // Split at half a character's gap: two labels of narrow columns may stand less than a
  // character apart (基本支出 项目支出, family f30); pieces over one column join again
  // below. Single characters split at a third: labels of narrow code columns in a header a
  // size larger than the body stand half a character apart (类 款 项 over 类 | 款 | 项,
  // family f99); OCR's rough boxes leave such gaps inside longer labels.
  std::vector<text_line> lines;
  for (const text_line* l : header) lines.push_back(*l);
  std::vector<header_token> out = stacked_labels(lines);
  std::vector<std::vector<header_token>> pieces(header.size());
  for (std::size_t li = 0; li < header.size(); ++li)
    for (const auto& t : split_tokens(lines[li], 0.3)) {
      header_token h{strip_all_spaces(t.text), t.where, t.glyphs.front()->size};
      if (h.text.empty()) continue;
      // Closer than half a character, only single characters stay apart.
      auto& line = pieces[li];
      if (!line.empty() && h.where.x0 - line.back().where.x1 < 0.5 * h.size &&
          (h.text.size() > 1 || line.back().text.size() > 1)) {
        line.back().text += h.text;
        line.back().where = union_box(line.back().where, h.where);
      } else {
        line.push_back(std::move(h));
      }
    }
  // Which header lines are the numbering row (栏次 1 2 3): its numbers stand under every
  // label.
  std::vector<bool> numbering(header.size());
  for (std::size_t li = 0; li < header.size(); ++li) {
    std::vector<std::u32string> texts;
    for (const auto& t : pieces[li]) texts.push_back(t.text);
    numbering[li] = is_numbering_cells(texts);
  }
  // Header text on a line below l, under [x0, x1], the numbering row counted or not.
  const auto text_below = [&](const text_line* l, double x0, double x1, bool count_numbering) {
    for (std::size_t k = 0; k < header.size(); ++k)
      if ((count_numbering || !numbering[k]) && header[k]->y0 > l->y1 - 0.2 * (l->y1 - l->y0) &&
          std::any_of(header[k]->glyphs.begin(), header[k]->glyphs.end(), [&](const glyph* g) {
            return g->ch != U' ' && g->where.x1 > x0 && g->where.x0 < x1;
          }))
        return true;
    return false;
  };
  // A label with labels under it is a group's, and a group's label stands over several
  // columns.
  const auto labels_under = [&](const text_line* l, double x0, double x1) {
    return text_below(l, x0, x1, true);
  };
  // Leaves under a run, the numbering row not counted.
  const auto leaves_under = [&](const text_line* l, double x0, double x1) {
    return text_below(l, x0, x1, false);
  };
  for (std::size_t li = 0; li < header.size(); ++li) {
    const text_line* l = header[li];
    std::vector<header_token> line;
    // The letter-spaced run line.back() ends in, if it does: the body column its pieces
    // stand over (-1: none yet) and the gap between its pieces.
    struct spaced_run {
      std::size_t pieces = 0;
      long under = -1;
      double gap = 0;
    } run;
    std::vector<std::pair<header_token, long>> run_pieces;  // the run's pieces, their columns
    // Pieces from..to-1 of the run as one label.
    const auto joined = [&run_pieces](std::size_t from, std::size_t to) {
      header_token t = run_pieces[from].first;
      for (std::size_t k = from + 1; k < to; ++k) {
        t.text += run_pieces[k].first.text;
        t.where = union_box(t.where, run_pieces[k].first.where);
      }
      return t;
    };
    // How many of the run's pieces stay: the last ones over no column's text and right of
    // `middle` go to the next label.
    const auto kept_left_of = [&run_pieces](double middle) {
      std::size_t keep = run_pieces.size();
      while (keep > 1 && run_pieces[keep - 1].second < 0 &&
             run_pieces[keep - 1].first.cx() > middle)
        --keep;
      return keep;
    };
    // A run of four or more ending over nothing (the next column empty, or its text, a
    // dash, narrower than its label, under no piece's middle): its last pieces are the next
    // column's label (事 业 收 入 经 营 收 入 over 186.34 | - or | nothing), unless
    // `next_label` (the token after the run) heads that column's text.
    const auto split_run_end = [&](long next_label) {
      if (run.pieces < 4 || run.under < 0 || run_pieces.size() != run.pieces ||
          run_pieces.back().second >= 0 ||
          labels_under(l, run_pieces.front().first.where.x0, run_pieces.back().first.where.x1))
        return;
      const auto& own = spans[std::size_t(run.under)];
      if (!own.figures) return;  // labels of amount columns: a name's label stays whole
      const std::size_t n = std::size_t(run.under) + 1;
      const body_span* next = n < spans.size() && long(n) != next_label ? &spans[n] : nullptr;
      if (n < spans.size() && !next) return;
      // Not a group's label: no leaf below, from a leaf's reach left of its column's text
      // (a label centred over right-aligned figures) to the run's end.
      const double reach = 3 * run_pieces.front().first.size;
      if (leaves_under(l, own.x0 - reach, run_pieces.back().first.where.x1)) return;
      // One spacing over two cells means as many characters a cell where the cells are
      // alike: an even run splits in halves when its second half stands over nothing and
      // left of the next column's text, or over all of it (a dash centred under the
      // second half, family f101). Figures set flush left stand under the start of their
      // label, the rest of it over nothing, and a label stands right of where its
      // column's text starts, never left (family f105). Otherwise, between two columns'
      // text, at the middle between them, where the moved pieces stand nearer to the next
      // column's text.
      const std::size_t size = run_pieces.size(), half = size / 2;
      std::size_t keep = size;
      bool heads_next = false;
      if (size % 2 == 0 && std::all_of(run_pieces.begin() + long(half), run_pieces.end(),
                                       [](const auto& p) { return p.second < 0; })) {
        keep = half;
        const box moved = joined(keep, size).where;
        const double cx = (moved.x0 + moved.x1) / 2;
        // Figures ending short of the first half's end do not mark their cell's right
        // edge (set flush left, or centred): the second half over nothing is no sign.
        const double size_of_run = run_pieces.front().first.size;
        const bool short_of_label =
            !own.code && own.x1 < joined(0, keep).where.x1 - 0.5 * size_of_run;
        const bool under_moved = next && next->x0 >= moved.x0 && next->x1 <= moved.x1;
        if (own.flush_left() || short_of_label || (next && next->flush_left()))
          heads_next = next && (cx > next->x0 || under_moved);
        else
          heads_next = !next || cx < next->x0 || under_moved;
      } else if (next) {
        keep = kept_left_of((own.x1 + next->x0) / 2);
        if (keep + 2 > size) return;  // fewer than two pieces to move
        const double cx = joined(keep, size).cx();
        heads_next =
            std::abs(cx - (next->x0 + next->x1) / 2) < std::abs(cx - (own.x0 + own.x1) / 2);
      }
      if (keep < 2 || size - keep < 2 || !heads_next) return;
      line.back() = joined(0, keep);
      line.push_back(joined(keep, size));
    };
    for (header_token h : pieces[li]) {
      const long h_under = cell_span_at(spans, h.cx(), h.size);
      const bool single = h.text.size() == 1 && is_cjk(h.text[0]);
      if (!line.empty()) {
        auto& prev = line.back();
        double gap = h.where.x0 - prev.where.x1;
        const double size = std::max(prev.size, h.size);
        // Over one body column; where no body text stands under either (empty columns),
        // only letter-spacing joins: one of the pieces is a single character (two labels
        // of empty columns side by side stay two, family f33): the first one. A longer
        // piece takes a single character only as the next of its spaced run, at the run's
        // spacing, below (上级补助收入 beside 事  业  收  入 over empty columns stays two,
        // family f50).
        const long under = cell_span_at(spans, prev.cx(), size);
        bool same_column = under == h_under && (under >= 0 || prev.text.size() == 1);
        // Single characters spaced out evenly (合  计, 基  本  支  出) are one label even where
        // a label centred over right-aligned figures starts left of them: a piece over no
        // body column joins the run, pieces over two different columns never do (类 款 项),
        // and a run keeps one spacing (within a twentieth of a character: a producer spaces
        // a label evenly; the next column's label may stand a tenth closer, family f68), so
        // the label of the next column starts a new one.
        // A group's spaced label (预  算  金  额 over 合计 | 财政拨款) crosses columns.
        const bool group = single && run.pieces > 0 && labels_under(l, prev.where.x0, h.where.x1);
        const bool spaced = single && run.pieces > 0 &&
                            (group || run.under < 0 || h_under < 0 || run.under == h_under) &&
                            (run.pieces == 1 || std::abs(gap - run.gap) <= 0.05 * size);
        if (gap < 1.6 * size && (same_column || spaced)) {
          if (run.pieces > 0 && single) {
            run.gap = gap;
            ++run.pieces;
            if (run.under < 0) run.under = h_under;
            run_pieces.emplace_back(h, h_under);
          } else {
            run = {};
            run_pieces.clear();
          }
          prev.text += h.text;
          prev.where = {prev.where.x0, std::min(prev.where.y0, h.where.y0), h.where.x1,
                        std::max(prev.where.y1, h.where.y1)};
          continue;
        }
        // Two columns' labels distributed over their cells at one spacing (基 本 支 出 项
        // 目 支 出): the run's last pieces over neither column's text, right of the middle
        // between the two columns' text, start the next label (before: 基本支出项 | 目支出).
        if (single && gap < 1.6 * size && run.pieces >= 2 && run.under >= 0 && h_under >= 0 &&
            h_under != run.under && std::abs(gap - run.gap) <= 0.05 * size) {
          // Right-aligned figures end at their column's edge: the boundary is no further
          // right than that (short figures in the next column stand far right of it).
          // Centred figures narrower than their label do not end at the edge (family f104);
          // figures set flush left start at theirs: the boundary is no further left than
          // just before the next column's (family f105).
          const auto& own = spans[std::size_t(run.under)];
          const auto& next = spans[std::size_t(h_under)];
          double middle = (own.x1 + next.x0) / 2;
          if (own.figures && own.set == body_span::alignment::flush_right)
            middle = std::min(middle, own.x1 + 0.5 * size);
          if (next.flush_left()) middle = std::max(middle, next.x0 - 0.5 * size);
          const std::size_t keep = kept_left_of(middle);
          if (keep < run_pieces.size()) {
            prev = joined(0, keep);
            header_token moved = joined(keep, run_pieces.size());
            moved.text += h.text;
            moved.where = union_box(moved.where, h.where);
            run = {run_pieces.size() - keep + 1, h_under, gap};
            run_pieces.erase(run_pieces.begin(), run_pieces.begin() + long(keep));
            run_pieces.emplace_back(h, h_under);
            line.push_back(std::move(moved));
            continue;
          }
        }
      }
      split_run_end(h_under);
      run = {};
      run_pieces.clear();
      if (single) {
        run = {1, h_under, 0};
        run_pieces.emplace_back(h, h_under);
      }
      line.push_back(std::move(h));
    }
    split_run_end(-1);
    out.insert(out.end(), line.begin(), line.end());
  }
  return out;
}

struct column_draft {
  double x0 = 0, x1 = 0;
  // The column's cell as far as it shows: centred on its leaf label, reaching its text on
  // both sides (names set from the left and figures set flush right leave part of a cell
  // empty on one side); x0..x1 without a leaf label. Set by cells_around_labels.
  double cell_x0 = 0, cell_x1 = 0;
  double top = std::numeric_limits<double>::infinity();  // y of its leaf; inf: body only
  std::vector<const header_token*> leaf;                 // pieces of the leaf label
  std::vector<const header_token*> groups;               // group levels over it
  double cx() const { return (x0 + x1) / 2; }
};

// A leaf has no header token below it within half its width, and not tokens below it on
// both sides (a short group label such as 收入 is centred over its columns, touching none of
// them); labels below that are a neighbour's do not count, nor, beside a token with body
// text of its own under it, any label within reach. A leaf taken for a group is put right
// below: it wins one column only.
std::vector<bool> leaf_tokens(const std::vector<header_token>& tokens,
                              const std::vector<body_span>& spans) {
  std::vector<bool> is_leaf(tokens.size(), true);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const auto& t = tokens[i].where;
    double reach = 0.5 * (t.x1 - t.x0);
    bool left = false, right = false;
    // Body text mostly under this token that no label below it stands over, the token
    // beside other labels of its line (a line of its own is no row of labels): a column of
    // its own, so a label within reach below, beside it, is a neighbour's (事  业  收  入
    // spanning the header's rows, printed at the top of its cell, its spaced label reaching
    // towards 政府性基金 under 财政拨款收入; family f106).
    std::optional<bool> own_column_seen;  // looked for once, when a label within reach asks
    const auto own_column = [&] {
      if (!own_column_seen)
        own_column_seen =
            std::any_of(tokens.begin(), tokens.end(),
                        [&](const header_token& k) {
                          return &k != &tokens[i] && on_one_line(k, tokens[i]);
                        }) &&
            std::any_of(spans.begin(), spans.end(), [&](const body_span& s) {
              return x_overlap(t, s.x0, s.x1) >= 0.5 * (s.x1 - s.x0) &&
                     std::none_of(tokens.begin(), tokens.end(), [&](const header_token& k) {
                       return below(k.where, t) && x_overlap(k.where, s.x0, s.x1) > 0;
                     });
            });
      return *own_column_seen;
    };
    // Labels below count on a side up to the next label on this token's line: with three
    // header levels, a leaf beside a group (公务接待费 spanning the lower rows) has the
    // leaves of other groups below it on both sides, past its neighbours (family f50).
    double left_neighbour = -std::numeric_limits<double>::infinity();
    double right_neighbour = std::numeric_limits<double>::infinity();
    for (std::size_t j = 0; j < tokens.size(); ++j) {
      const auto& k = tokens[j].where;
      if (i == j || below(k, t) || below(t, k)) continue;
      if (k.x0 >= t.x1) right_neighbour = std::min(right_neighbour, k.x1);
      if (k.x1 <= t.x0) left_neighbour = std::max(left_neighbour, k.x0);
    }
    for (std::size_t j = 0; j < tokens.size(); ++j) {
      const auto& u = tokens[j].where;
      if (i == j || !below(u, t)) continue;
      // Within reach but right under a neighbour on this token's line or above it: the
      // neighbour's (a label wrapped in a narrow column beside this one, family f30; 类 | 款
      // under 科目编 / 码 beside 科目名称 printed a line lower, family f71). So too a label as
      // near to a neighbour on this token's line as to it (within a tenth of a character):
      // the last leaf of a group beside this label, which spans the header's rows and,
      // printed at the top of its cell, stands level with the group (政府性基金 under
      // 财政拨款收入 beside 事业收入; family f106). `above_too`: neighbours above this
      // token's line count for labels right under them.
      const auto neighbours_label = [&](bool above_too) {
        return std::any_of(tokens.begin(), tokens.end(), [&](const header_token& k) {
          if (&k == &tokens[i] || below(k.where, t) || !below(u, k.where)) return false;
          const bool on_line = on_one_line(k, tokens[i]);
          return (x_overlap(u, k.where.x0, k.where.x1) > 0 && (above_too || on_line)) ||
                 (on_line &&
                  x_gap(u, k.where.x0, k.where.x1) <= x_gap(u, t.x0, t.x1) + 0.1 * tokens[j].size);
        });
      };
      if (x_overlap(u, t.x0 - reach, t.x1 + reach) > 0 &&
          !(x_overlap(u, t.x0, t.x1) <= 0 && (neighbours_label(true) || own_column())))
        is_leaf[i] = false;
      if (u.x0 >= right_neighbour || u.x1 <= left_neighbour) continue;
      // Nor on either side: a label under a neighbour on this token's line, or as near to
      // it, is that neighbour's (the next line of its wrapped label, 公务用车运行 / 维护费
      // and 保有量（ / 辆） beside 公务接待费 in a header a size larger, family f102; a leaf
      // of its group, family f106).
      if (neighbours_label(false)) continue;
      if (u.x1 <= t.x0) left = true;
      if (u.x0 >= t.x1) right = true;
    }
    if (left && right) is_leaf[i] = false;
  }
  return is_leaf;
}

// One column per leaf; leaves that overlap horizontally are lines of one wrapped label
// ("科目编" over "码").
std::vector<column_draft> columns_of_leaves(const std::vector<header_token>& tokens,
                                            const std::vector<bool>& is_leaf) {
  std::vector<column_draft> cols;
  for (std::size_t i = 0; i < tokens.size(); ++i)
    if (is_leaf[i]) {
      column_draft c;
      c.x0 = tokens[i].where.x0;
      c.x1 = tokens[i].where.x1;
      c.top = tokens[i].where.y0;
      c.leaf.push_back(&tokens[i]);
      cols.push_back(c);
    }
  std::sort(cols.begin(), cols.end(),
            [](const column_draft& a, const column_draft& b) { return a.x0 < b.x0; });
  for (std::size_t k = 1; k < cols.size();) {
    auto& prev = cols[k - 1];
    if (cols[k].x0 < prev.x1) {
      prev.x1 = std::max(prev.x1, cols[k].x1);
      prev.top = std::min(prev.top, cols[k].top);
      prev.leaf.insert(prev.leaf.end(), cols[k].leaf.begin(), cols[k].leaf.end());
      cols.erase(cols.begin() + long(k));
    } else {
      ++k;
    }
  }
  return cols;
}

// The nearest of the first `leaves` columns right of span s, if no other body span stands
// between them and none under it (a label with nothing of its own below).
column_draft* next_label_right(std::vector<column_draft>& cols, std::size_t leaves,
                               const body_span& s, const std::vector<body_span>& body_spans) {
  column_draft* right = nullptr;
  for (std::size_t k = 0; k < leaves; ++k)
    if (cols[k].x0 >= s.x1 && (!right || cols[k].x0 < right->x0)) right = &cols[k];
  if (!right) return nullptr;
  const bool between = std::any_of(body_spans.begin(), body_spans.end(), [&](const body_span& t) {
    return t.x0 >= s.x1 && t.x0 < right->x1;
  });
  return between ? nullptr : right;
}

// The nearest of the first `leaves` columns left of span s, if no body span stands under
// it or between them: a short label centred in a wide column, its few figures set flush
// right far from it (合计 over 878).
column_draft* next_label_left(std::vector<column_draft>& cols, std::size_t leaves,
                              const body_span& s, const std::vector<body_span>& body_spans) {
  column_draft* left = nullptr;
  for (std::size_t k = 0; k < leaves; ++k)
    if (cols[k].x1 <= s.x0 && (!left || cols[k].x1 > left->x1)) left = &cols[k];
  if (!left) return nullptr;
  const bool between = std::any_of(body_spans.begin(), body_spans.end(), [&](const body_span& t) {
    return t.x1 > left->x0 && t.x1 <= s.x0;
  });
  return between ? nullptr : left;
}

// Whether text starting at `top` over [x0, x1] is the next line of a label wrapped under g:
// at most 1.35 font sizes from top to top, overlapping g by half the narrower of the two.
bool next_line_of(const header_token& g, double top, double x0, double x1) {
  const double pitch = top - g.where.y0;
  const double narrower = std::min(g.where.x1 - g.where.x0, x1 - x0);
  return pitch > 0.5 * g.size && pitch <= 1.35 * g.size &&
         x_overlap(g.where, x0, x1) >= 0.5 * narrower;
}

// A label wrapped in a narrow column is a leaf (its last line, 出) with the lines above it
// (对附属单位补助支), set a line apart over that column alone: they are that leaf's, not
// group labels competing for columns (年末结转和结 / 余 beside 本年支出 over 小计 | 基本支出
// | 项目支出), and the column is as wide as its widest line, so figures right-aligned under
// it are within reach (family f50). Only a narrow column's label wraps so (at most eight
// characters a line; a chart's title over its unit is no column). Lines are taken bottom up.
void join_wrapped_lines(std::vector<column_draft>& cols, const std::vector<header_token>& tokens,
                        std::vector<bool>& is_leaf) {
  std::vector<std::size_t> order(tokens.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&tokens](std::size_t a, std::size_t b) {
    return tokens[a].where.y0 > tokens[b].where.y0;
  });
  for (std::size_t i : order) {
    const auto& g = tokens[i];
    if (is_leaf[i] || g.where.x1 - g.where.x0 > 8.5 * g.size) continue;
    column_draft* over = nullptr;
    int touched = 0;
    for (auto& c : cols) {
      if (x_overlap(g.where, c.x0, c.x1) <= 0) continue;
      ++touched;
      if (next_line_of(g, c.top, c.x0, c.x1)) over = &c;
    }
    if (over && touched == 1) {
      over->x0 = std::min(over->x0, g.where.x0);
      over->x1 = std::max(over->x1, g.where.x1);
      over->top = g.where.y0;
      over->leaf.push_back(&g);
      is_leaf[i] = true;
    }
  }
}

// Body spans widen the leaf they stand under (or the nearest one, for right-aligned amounts
// beside a centred label), or are columns without a header.
void widen_by_body(std::vector<column_draft>& cols, const std::vector<body_span>& body_spans) {
  const std::size_t leaves = cols.size();
  const double size = cols.empty() || cols[0].leaf.empty() ? 10.0 : cols[0].leaf[0]->size;
  const auto overlapping = [&](const body_span& s) {
    column_draft* best = nullptr;
    double best_overlap = 0;
    for (std::size_t k = 0; k < leaves; ++k) {
      auto& c = cols[k];
      double o = std::min(c.x1, s.x1) - std::max(c.x0, s.x0);
      if (o > best_overlap) {
        best_overlap = o;
        best = &c;
      }
    }
    return best;
  };
  for (std::size_t si = 0; si < body_spans.size(); ++si) {
    const auto& s = body_spans[si];
    column_draft* best = overlapping(s);
    // Codes under no label, a typed space before the names right of them, are glued to
    // those names ("2010108 代表工作" set from the left of a 科目名称 column): they go
    // where the names go, not to a label on their left as right-aligned figures would.
    if (!best && s.code && si + 1 < body_spans.size()) {
      const auto& next = body_spans[si + 1];
      if (!next.figures && next.x0 - s.x1 <= 0.6 * size) best = overlapping(next);
    }
    if (!best) {
      // Within reach (three characters), the label whose centre is nearest: labels are
      // centred in their columns, figures right-aligned, so a figure under a short label
      // (合计) can stand nearer to the edge of a long neighbour (因公出国（境）费) than to its
      // own label's edge, never nearer to the neighbour's centre (family f33). A column's
      // label stands right of where its text starts (text set from the left: a name under
      // 科目名称 centred in a wide column, not the narrow code column 项 just before it),
      // left of where its figures end: labels on the wrong side are taken last. A text
      // with no label in reach, or only such labels, goes to the next label on its right,
      // however far (short names in a wide column), if one stands there with no other
      // body text between or under it (family f49); figures so, to the next label on their
      // left. Figures set flush left (typed as text in a spreadsheet) stand as text does
      // (family f105).
      const double reach = 3 * size;
      const double mid = (s.x0 + s.x1) / 2;
      const bool from_left = !s.figures || s.flush_left();
      const auto aligned = [&s, from_left](const column_draft& c) {
        return from_left ? c.cx() > s.x0 : c.cx() < s.x1;
      };
      double best_distance = 0;
      for (std::size_t k = 0; k < leaves; ++k) {
        const double gap = std::max(cols[k].x0 - s.x1, s.x0 - cols[k].x1);
        const double distance = std::abs(cols[k].cx() - mid);
        if (gap >= reach) continue;
        const bool better = !best || (aligned(cols[k]) && !aligned(*best)) ||
                            (aligned(cols[k]) == aligned(*best) && distance < best_distance);
        if (better) {
          best_distance = distance;
          best = &cols[k];
        }
      }
      if (from_left && (!best || !aligned(*best)))
        if (auto* right = next_label_right(cols, leaves, s, body_spans)) best = right;
      if (!from_left && !best) best = next_label_left(cols, leaves, s, body_spans);
    }
    if (best) {
      best->x0 = std::min(best->x0, s.x0);
      best->x1 = std::max(best->x1, s.x1);
    } else {
      column_draft c;
      c.x0 = s.x0;
      c.x1 = s.x1;
      cols.push_back(c);
    }
  }
  std::sort(cols.begin(), cols.end(),
            [](const column_draft& a, const column_draft& b) { return a.cx() < b.cx(); });
}

// Each column's cell, centred on its leaf label (see column_draft::cell_x0).
void cells_around_labels(std::vector<column_draft>& cols) {
  for (auto& c : cols) {
    c.cell_x0 = c.x0;
    c.cell_x1 = c.x1;
    if (c.leaf.empty()) continue;
    box label = c.leaf.front()->where;
    for (const auto* t : c.leaf) label = union_box(label, t->where);
    const double middle = (label.x0 + label.x1) / 2;
    const double reach = std::max(middle - c.x0, c.x1 - middle);
    c.cell_x0 = middle - reach;
    c.cell_x1 = middle + reach;
  }
}

// A token over one of the columns it would win, no wider than that column by more than a
// character, with another label's line right under it at the spacing of a wrapped label's
// lines (at most 1.35 font sizes from top to top, overlapping it by half): the first line
// of a label wrapped in that column (一般公共 / 预算拨款 / 收入, family f30), not a group.
// A group's label stands a header row above its leaves.
std::optional<std::size_t> stacked_over_label(const header_token& g,
                                              const std::vector<header_token>& tokens,
                                              const std::vector<column_draft>& cols,
                                              const std::vector<std::size_t>& won) {
  const double width = g.where.x1 - g.where.x0;
  const bool stacked = std::any_of(tokens.begin(), tokens.end(), [&](const header_token& t) {
    return &t != &g && next_line_of(g, t.where.y0, t.where.x0, t.where.x1);
  });
  if (!stacked) return std::nullopt;
  for (auto c : won)
    if (g.cx() >= cols[c].x0 && g.cx() <= cols[c].x1 && width <= cols[c].x1 - cols[c].x0 + g.size)
      return c;
  return std::nullopt;
}

// The top and bottom of a column's leaf label (its lines together); NaN without one.
std::pair<double, double> leaf_rows(const column_draft& c) {
  if (c.leaf.empty()) return {std::nan(""), std::nan("")};
  double y0 = c.leaf.front()->where.y0, y1 = c.leaf.front()->where.y1;
  for (const auto* t : c.leaf) y0 = std::min(y0, t->where.y0), y1 = std::max(y1, t->where.y1);
  return {y0, y1};
}

double leaf_middle(const column_draft& c) {
  const auto [y0, y1] = leaf_rows(c);
  return (y0 + y1) / 2;
}
double leaf_top(const column_draft& c) { return leaf_rows(c).first; }
double leaf_bottom(const column_draft& c) { return leaf_rows(c).second; }

// Columns whose own label stands level with group label g, not under it: a leaf on g's line,
// or a leaf spanning the header rows and centred between them (合计 beside 公务用车购置及
// 运行维护费 over 小计 | 公务用车购置费 | …): its middle stands clearly higher (half a
// character) than the leaves right under g. Those are the leaves of the columns g's words
// overlap (the highest of them: a narrow column's label wrapped over two lines has only its
// last line as leaf so far), or else of the column nearest to g's centre. Not a leaf with
// another group's label between g and its middle, over the stretch from it to g: with three
// header levels (预算数 over 公务用车购置及运行维护费 over 小计 | …), 合计 spans the lower two
// rows beside the middle group and stands under the top one (family f50).
std::function<bool(std::size_t)> level_with_group(const std::vector<column_draft>& cols,
                                                  const header_token& g,
                                                  const std::vector<const header_token*>& groups) {
  const auto on_line = [&cols, &g](std::size_t c) {
    return std::any_of(cols[c].leaf.begin(), cols[c].leaf.end(),
                       [&](const header_token* t) { return !below(t->where, g.where); });
  };
  double level = std::numeric_limits<double>::infinity(), top = level, bottom = -level;
  std::optional<std::size_t> nearest;
  for (std::size_t c = 0; c < cols.size(); ++c) {
    if (cols[c].leaf.empty() || on_line(c)) continue;
    if (x_overlap(g.where, cols[c].x0, cols[c].x1) > 0) {
      level = std::min(level, leaf_middle(cols[c]));
      top = std::min(top, leaf_top(cols[c]));
      bottom = std::max(bottom, leaf_bottom(cols[c]));
    }
    if (!nearest || std::abs(cols[c].cx() - g.cx()) < std::abs(cols[*nearest].cx() - g.cx()))
      nearest = c;
  }
  if (std::isinf(level)) {
    const double none = std::numeric_limits<double>::quiet_NaN();
    level = nearest ? leaf_middle(cols[*nearest]) : none;
    top = nearest ? leaf_top(cols[*nearest]) : none;
    bottom = nearest ? leaf_bottom(cols[*nearest]) : none;
  }
  const auto group_between = [&cols, &g, &groups](std::size_t c) {
    const double middle = leaf_middle(cols[c]);
    const double x0 = std::min(cols[c].x0, g.cx()), x1 = std::max(cols[c].x1, g.cx());
    return std::any_of(groups.begin(), groups.end(), [&](const header_token* u) {
      return u != &g && below(u->where, g.where) && u->where.y1 <= middle &&
             x_overlap(u->where, x0, x1) > 0;
    });
  };
  const auto apart = [&g](double a, double b) { return std::abs(a - b) > 0.2 * g.size; };
  // A lower group's label whose top c's label shares, between c and g's middle: in a header
  // whose labels stand at the top of their cells, 合计 spanning the lower two rows stands
  // level with 公务用车购置及运行维护费 beside it, both under 预算数 (family f110).
  const auto beside_lower_group = [&cols, &g, &groups, apart](std::size_t c) {
    if (cols[c].leaf.empty()) return false;
    const double x0 = std::min(cols[c].x0, g.cx()), x1 = std::max(cols[c].x1, g.cx());
    return std::any_of(groups.begin(), groups.end(), [&](const header_token* u) {
      return u != &g && below(u->where, g.where) && !apart(u->where.y0, leaf_top(cols[c])) &&
             x_overlap(u->where, x0, x1) > 0;
    });
  };
  // Not one sharing their top or their bottom: in a header whose labels stand at the top
  // (or the bottom) of their cells, a label of one line beside one of two under g (小计
  // beside 一般公共预 / 算) has its middle higher (or lower) but stands in their row (科目编 /
  // 码 beside 科目名称 under 项目; family f106).
  return [&cols, &g, on_line, level, top, bottom, group_between, apart,
          beside_lower_group](std::size_t c) {
    return on_line(c) ||
           (leaf_middle(cols[c]) < level - 0.5 * g.size && apart(leaf_top(cols[c]), top) &&
            apart(leaf_bottom(cols[c]), bottom) && !group_between(c) && !beside_lower_group(c));
  };
}

// A group label centred over more columns than it won: the first columns of its share stand
// nearer the line's other label (支出 centred over 项目 | 合计 | … | 国有资本经营预算 beside
// 收入, 支出's 项目 column set from the left, nearer 收入's end; family f96). Off its won
// columns' centre towards one end, it takes the columns past that end, one by one, if they
// centre it within a character; a column so taken leaves the line's other labels, and
// they do not take it back (`claimed`).
void extend_to_centre(std::vector<std::size_t>& won, const header_token& g,
                      std::vector<column_draft>& cols,
                      const std::function<bool(std::size_t)>& level_with,
                      std::vector<const header_token*>& claimed) {
  if (won.empty()) return;
  const auto centre = [&cols](std::size_t a, std::size_t b) {
    return (cols[a].x0 + cols[b].x1) / 2;
  };
  std::size_t a = won.front(), b = won.back();
  const double off = g.cx() - centre(a, b);
  if (std::abs(off) <= g.size) return;
  const bool leftwards = off < 0;
  while (leftwards ? a > 0 : b + 1 < cols.size()) {
    const std::size_t next = leftwards ? a - 1 : b + 1;
    // Not past a column whose own label stands level with g, nor one a label of g's line
    // took so before.
    if (level_with(next) || (claimed[next] && on_one_line(*claimed[next], g))) return;
    (leftwards ? a : b) = next;
    const double now = g.cx() - centre(a, b);
    if (std::abs(now) <= g.size) break;
    if ((now < 0) != leftwards) return;  // past the centre: not centred over any share
  }
  if (std::abs(g.cx() - centre(a, b)) > g.size) return;
  for (std::size_t c = a; c <= b; ++c) {
    if (std::find(won.begin(), won.end(), c) != won.end()) continue;
    claimed[c] = &g;
    std::erase_if(cols[c].groups, [&g](const header_token* t) { return on_one_line(*t, g); });
    won.push_back(c);
  }
  std::sort(won.begin(), won.end());
}

// Drops the far end of `won` (adjacent columns, sorted) until group label g is centred over
// them within half an average column: leaves and right-aligned figures make the columns'
// extents a little uneven, never by a column.
void drop_far_ends(std::vector<std::size_t>& won, const header_token& g,
                   const std::vector<column_draft>& cols) {
  while (won.size() > 1) {
    const double x0 = cols[won.front()].x0, x1 = cols[won.back()].x1;
    if (std::abs(g.cx() - (x0 + x1) / 2) <= 0.5 * (x1 - x0) / double(won.size())) break;
    if (g.cx() - x0 > x1 - g.cx())
      won.erase(won.begin());
    else
      won.pop_back();
  }
}

// Upper tokens: each column whose label lies below a token goes to the nearest token (by
// horizontal gap) among those not below it. A token that wins one column is a wrapped part
// of its label; one that wins several is a group level over them.
void attach_upper_tokens(std::vector<column_draft>& cols, const std::vector<header_token>& tokens,
                         const std::vector<bool>& is_leaf) {
  std::vector<const header_token*> groups;
  for (std::size_t i = 0; i < tokens.size(); ++i)
    if (!is_leaf[i]) groups.push_back(&tokens[i]);
  std::vector<const header_token*> claimed(cols.size(), nullptr);  // by extend_to_centre
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (is_leaf[i]) continue;
    const auto& g = tokens[i];
    const auto level_with = level_with_group(cols, g, groups);
    std::vector<std::size_t> won;
    for (std::size_t c = 0; c < cols.size(); ++c) {
      if (level_with(c) || (claimed[c] && claimed[c] != &g && on_one_line(*claimed[c], g)))
        continue;
      double gap = x_gap(g.where, cols[c].x0, cols[c].x1);
      bool nearest = true;
      // Other group labels compete for the column; a leaf does not (family f28: a leaf
      // spanning the header rows beside the group, 项目支出 beside 基本支出 over 小计 |
      // 人员经费 | 公用经费, is nearer to 公用经费 than the centred group label is). Its
      // column still bounds the group: see below. Nor does a group a level up (预算数 over
      // 公务用车购置及运行维护费 over 小计 | …: a column has a group at each level, f50).
      for (std::size_t k = 0; k < tokens.size() && nearest; ++k)
        if (k != i && !is_leaf[k] && on_one_line(tokens[k], g) &&
            x_gap(tokens[k].where, cols[c].x0, cols[c].x1) < gap)
          nearest = false;
      if (nearest) won.push_back(c);
    }
    // A group label covers adjacent columns only: none past a column whose own label
    // stands level with it.
    if (!won.empty()) {
      std::size_t centre = won.front();
      for (auto c : won)
        if (std::abs(cols[c].cx() - g.cx()) < std::abs(cols[centre].cx() - g.cx())) centre = c;
      std::erase_if(won, [&](std::size_t c) {
        for (std::size_t k = std::min(c, centre); k <= std::max(c, centre); ++k)
          if (level_with(k)) return true;
        return false;
      });
      // A group label is centred over its columns. The top line of a label wrapped in a
      // narrow column (经济分 / 类科目编 / 码) is below nothing either, but the columns it
      // would win all lie to one side of it: drop the farther end until it is centred.
      std::sort(won.begin(), won.end());
      extend_to_centre(won, g, cols, level_with, claimed);
      drop_far_ends(won, g, cols);
      // Measured by their cells, the columns without their far ends centre the label within
      // a character where all of them do not: those ends' labels span the header's rows,
      // printed at the bottom of their cells level with the group's leaves (本年收入合计
      // beside 项目 over 科目编码 | 科目名称; family f106).
      const auto off_cells = [&](std::size_t a, std::size_t b) {
        return std::abs(g.cx() - (cols[a].cell_x0 + cols[b].cell_x1) / 2);
      };
      if (won.size() > 1 && off_cells(won.front(), won.back()) > g.size) {
        std::size_t a = 0, b = won.size() - 1;  // indices into won
        while (a < b && off_cells(won[a], won[b]) > g.size) {
          if (g.cx() - cols[won[a]].cell_x0 > cols[won[b]].cell_x1 - g.cx())
            ++a;
          else
            --b;
        }
        if (off_cells(won[a], won[b]) <= g.size && a < b)
          won = std::vector<std::size_t>(won.begin() + long(a), won.begin() + long(b) + 1);
      }
      // A column taken to centre g and dropped again is free for the line's other labels.
      for (std::size_t c = 0; c < cols.size(); ++c)
        if (claimed[c] == &g && std::find(won.begin(), won.end(), c) == won.end())
          claimed[c] = nullptr;
    }
    if (won.empty()) {
      // Nothing below it claims it: attach to the column under its centre.
      std::size_t best = 0;
      for (std::size_t c = 1; c < cols.size(); ++c)
        if (std::abs(cols[c].cx() - g.cx()) < std::abs(cols[best].cx() - g.cx())) best = c;
      if (!cols.empty()) cols[best].leaf.push_back(&g);
    } else if (won.size() == 1) {
      cols[won[0]].leaf.push_back(&g);
    } else if (const auto stacked = stacked_over_label(g, tokens, cols, won)) {
      cols[*stacked].leaf.push_back(&g);
    } else {
      for (auto c : won) cols[c].groups.push_back(&g);
    }
  }
}

// Group labels on one header line split the columns under them between them, each centred
// over its share. The nearest-label rule above can give a column to the wrong neighbour (收入
// over two columns beside 支出 over five: the first 项目 column under 支出 is nearer to 收入's
// end) or leave the far end of a long group out when it recentres. Here the boundaries
// between the line's groups move, and the outer ends may take columns no group of this line
// holds, to whichever split centres every label best, measured by the columns' cells
// (column_draft::cell_x0). A column whose own label stands level with the line bounds the
// groups, as above.
void recentre_group_line(std::vector<column_draft>& cols,
                         const std::vector<const header_token*>& line,
                         const std::vector<const header_token*>& groups) {
  const std::size_t m = line.size();
  const auto in_line = [&line](const header_token* g) {
    return std::find(line.begin(), line.end(), g) != line.end();
  };
  std::vector<std::size_t> first(m), last(m);
  for (std::size_t k = 0; k < m; ++k) {
    first[k] = cols.size();
    last[k] = 0;
    for (std::size_t c = 0; c < cols.size(); ++c)
      if (std::find(cols[c].groups.begin(), cols[c].groups.end(), line[k]) !=
          cols[c].groups.end()) {
        first[k] = std::min(first[k], c);
        last[k] = std::max(last[k], c);
      }
    if (first[k] == cols.size() || (k > 0 && first[k] <= last[k - 1])) return;
  }
  // A column is blocked when its label stands level with any group of the line.
  std::vector<std::function<bool(std::size_t)>> level_with;
  for (const auto* g : line) level_with.push_back(level_with_group(cols, *g, groups));
  const auto blocked = [&](std::size_t c) {
    return std::any_of(level_with.begin(), level_with.end(), [c](const auto& f) { return f(c); });
  };
  const auto of_line = [&](std::size_t c) {
    return std::any_of(cols[c].groups.begin(), cols[c].groups.end(), in_line);
  };
  for (std::size_t c = first[0]; c <= last[m - 1]; ++c)
    if (blocked(c)) return;
  std::size_t lo = first[0], hi = last[m - 1];
  while (lo > 0 && !blocked(lo - 1) && !of_line(lo - 1)) --lo;
  while (hi + 1 < cols.size() && !blocked(hi + 1) && !of_line(hi + 1)) ++hi;
  const auto off_centre = [&](std::size_t k, std::size_t a, std::size_t b) {
    return std::abs(line[k]->cx() - (cols[a].cell_x0 + cols[b].cell_x1) / 2);
  };
  double now = 0;
  for (std::size_t k = 0; k < m; ++k) now += off_centre(k, first[k], last[k]);
  // The least total off-centring of a split, and where each group starts: group 0 starts
  // anywhere from lo to its present start and the last ends from its present end to hi,
  // or (whole) the groups cover lo..hi between them.
  struct split {
    double cost = std::numeric_limits<double>::infinity();
    std::vector<std::size_t> starts;  // of each group, from lo
  };
  const std::size_t n = hi - lo + 1;
  const auto best_split = [&](bool whole) {
    // best[k][e]: groups 0..k with group k ending at column lo + e.
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<std::vector<double>> best(m, std::vector<double>(n, inf));
    std::vector<std::vector<std::size_t>> start(m, std::vector<std::size_t>(n, 0));
    for (std::size_t e = 0; e < n; ++e)
      for (std::size_t a = 0; a <= e && lo + a <= first[0] && (!whole || a == 0); ++a)
        if (const double v = off_centre(0, lo + a, lo + e); v < best[0][e]) {
          best[0][e] = v;
          start[0][e] = a;
        }
    for (std::size_t k = 1; k < m; ++k)
      for (std::size_t e = k; e < n; ++e)
        for (std::size_t a = k; a <= e; ++a)
          if (best[k - 1][a - 1] < inf)
            if (const double v = best[k - 1][a - 1] + off_centre(k, lo + a, lo + e);
                v < best[k][e]) {
              best[k][e] = v;
              start[k][e] = a;
            }
    split out;
    std::size_t end = n;
    for (std::size_t e = whole ? n - 1 : last[m - 1] - lo; e < n; ++e)
      if (best[m - 1][e] < inf && (end == n || best[m - 1][e] < best[m - 1][end])) end = e;
    if (end == n) return out;
    out.cost = best[m - 1][end];
    out.starts.resize(m + 1);
    out.starts[m] = end + 1;
    for (std::size_t k = m; k-- > 0;) {
      out.starts[k] = start[k][end];
      end = out.starts[k] - 1;  // starts[k] >= k >= 1 while k > 0
    }
    return out;
  };
  // Only a clearly better split (by more than a point) changes anything; but where the
  // groups leave columns between or beside them without a group of the line, a split that
  // covers them all and centres the labels about as well (within half a character, a point
  // at least: columns are measured by their cells as far as they show, empty ones by their
  // labels) wins: the labels of a line head every column under them (收入 | 支出 over a
  // 收支总表's two parts, its last columns empty; family f83).
  bool uncovered = false;
  for (std::size_t c = lo; c <= hi; ++c) uncovered = uncovered || !of_line(c);
  split chosen = best_split(false);
  if (chosen.cost >= now - 1.0) chosen = {};
  const double slack = std::max(1.0, 0.5 * line.front()->size);
  if (uncovered)
    if (split whole = best_split(true);
        whole.cost <= now + slack && whole.cost < chosen.cost + slack)
      chosen = whole;
  if (chosen.starts.empty()) return;
  for (std::size_t c = lo; c <= hi; ++c) std::erase_if(cols[c].groups, in_line);
  for (std::size_t k = 0; k < m; ++k)
    for (std::size_t c = lo + chosen.starts[k]; c < lo + chosen.starts[k + 1]; ++c)
      cols[c].groups.push_back(line[k]);
}

// The group labels over the columns, each once.
std::vector<const header_token*> groups_of(const std::vector<column_draft>& cols) {
  std::vector<const header_token*> groups;
  for (const auto& c : cols)
    for (const auto* g : c.groups)
      if (std::find(groups.begin(), groups.end(), g) == groups.end()) groups.push_back(g);
  return groups;
}

void recentre_groups(std::vector<column_draft>& cols) {
  auto groups = groups_of(cols);
  std::sort(groups.begin(), groups.end(), [](const header_token* a, const header_token* b) {
    return a->where.y0 != b->where.y0 ? a->where.y0 < b->where.y0 : a->where.x0 < b->where.x0;
  });
  for (std::size_t i = 0; i < groups.size();) {
    std::size_t j = i + 1;
    while (j < groups.size() && groups[j]->where.y0 - groups[i]->where.y0 < 0.5 * groups[i]->size)
      ++j;
    std::vector<const header_token*> line(groups.begin() + long(i), groups.begin() + long(j));
    std::sort(line.begin(), line.end(),
              [](const header_token* a, const header_token* b) { return a->cx() < b->cx(); });
    recentre_group_line(cols, line, groups);
    i = j;
  }
}

// Groups nest: a group's columns lie under one label of each line above it. Where a group
// took columns under two upper labels of one line (科目编码 over the second part's 类 | 款,
// the nearest label to the first part's 金额 too, and centred over both parts' shares where
// the parts are as wide), it keeps those under the upper label over its middle column,
// then as many as centre it (family f111).
void nest_groups(std::vector<column_draft>& cols) {
  for (const auto* g : groups_of(cols)) {
    std::vector<std::size_t> won;
    for (std::size_t c = 0; c < cols.size(); ++c)
      if (std::find(cols[c].groups.begin(), cols[c].groups.end(), g) != cols[c].groups.end())
        won.push_back(c);
    if (won.size() < 2) continue;
    std::size_t mid = won.front();
    for (auto c : won)
      if (std::abs(cols[c].cx() - g->cx()) < std::abs(cols[mid].cx() - g->cx())) mid = c;
    const std::size_t before = won.size();
    for (const auto* u : cols[mid].groups) {
      if (!below(g->where, u->where)) continue;
      std::erase_if(won, [&](std::size_t c) {
        return std::any_of(cols[c].groups.begin(), cols[c].groups.end(),
                           [&](const auto* v) { return v != u && on_one_line(*v, *u); });
      });
    }
    if (won.size() == before) continue;
    drop_far_ends(won, *g, cols);
    for (std::size_t c = 0; c < cols.size(); ++c)
      if (std::find(won.begin(), won.end(), c) == won.end()) std::erase(cols[c].groups, g);
  }
}

// A group's total column (小计) is the first of the columns right under it. Columns left
// of it under the group are labels spanning the header's rows, printed at the bottom of
// their cells level with the group's leaves (合计 | 基本支出 over 小计 | 人员经费 | 公用经费
// | 项目支出; 合计 and 项目支出 stand as far from the group's middle on either side, so the
// label is centred over both shares): the group starts at its last total with columns
// under it on both sides, and ends where that centres it within a character; where no end
// does, it stays as it is (family f109). Not where the column before the total holds text
// (项目 | 合计 | … under 支出: a part's names before its total). Lower groups first: a total
// under a lower group is not the upper one's.
void start_groups_at_their_total(std::vector<column_draft>& cols,
                                 const std::vector<body_span>& body_spans) {
  const auto holds_text = [&body_spans](const column_draft& c) {
    return std::any_of(body_spans.begin(), body_spans.end(), [&c](const body_span& s) {
      return !s.figures && std::min(s.x1, c.x1) > std::max(s.x0, c.x0);
    });
  };
  auto groups = groups_of(cols);
  std::sort(groups.begin(), groups.end(),
            [](const header_token* a, const header_token* b) { return a->where.y0 > b->where.y0; });
  const auto lowest_group = [&cols](std::size_t c) {
    const header_token* low = nullptr;
    for (const auto* g : cols[c].groups)
      if (!low || g->where.y0 > low->where.y0) low = g;
    return low;
  };
  for (const auto* g : groups) {
    const auto under = [&cols, g](std::size_t c) {
      return std::find(cols[c].groups.begin(), cols[c].groups.end(), g) != cols[c].groups.end();
    };
    std::size_t a = 0;
    while (a < cols.size() && !under(a)) ++a;
    std::size_t b = a;
    while (b + 1 < cols.size() && under(b + 1)) ++b;
    if (a == cols.size()) continue;
    std::optional<std::size_t> total;
    for (std::size_t c = a + 1; c < b; ++c) {
      std::u32string leaf;
      for (const auto* t : cols[c].leaf) leaf += t->text;
      if (lowest_group(c) == g && is_total_label(leaf)) total = c;
    }
    if (!total || holds_text(cols[*total - 1])) continue;
    // Centred by the cells as far as they show, or by the middles of the end columns' cells
    // (their labels' middles: the cells' unseen widths aside, the group's middle).
    const auto middle = [&cols](std::size_t c) { return (cols[c].cell_x0 + cols[c].cell_x1) / 2; };
    const auto centred = [&](std::size_t e) {
      return std::abs(g->cx() - (cols[*total].cell_x0 + cols[e].cell_x1) / 2) <= g->size ||
             std::abs(g->cx() - (middle(*total) + middle(e)) / 2) <= g->size;
    };
    for (std::size_t e = b; e > *total; --e) {
      if (!centred(e)) continue;
      for (std::size_t c = a; c <= b; ++c)
        if (c < *total || c > e) std::erase(cols[c].groups, g);
      break;
    }
  }
}

// The drafts as grid columns with header paths, and the boundaries between them.
unruled_layout layout_of(std::vector<column_draft>& cols) {
  unruled_layout out;
  out.bounds.push_back(-1e9);
  for (std::size_t c = 0; c < cols.size(); ++c) {
    auto by_y = [](const header_token* a, const header_token* b) {
      return a->where.y0 != b->where.y0 ? a->where.y0 < b->where.y0 : a->where.x0 < b->where.x0;
    };
    std::sort(cols[c].groups.begin(), cols[c].groups.end(), by_y);
    std::sort(cols[c].leaf.begin(), cols[c].leaf.end(), by_y);
    grid_column gc;
    gc.x0 = cols[c].x0;
    gc.x1 = cols[c].x1;
    for (const auto* g : cols[c].groups) gc.header.push_back(g->text);
    std::u32string leaf;
    for (const auto* t : cols[c].leaf) leaf += t->text;
    if (!leaf.empty()) gc.header.push_back(leaf);
    out.columns.push_back(std::move(gc));
    if (c + 1 < cols.size()) {
      const auto& a = cols[c];
      const auto& b = cols[c + 1];
      out.bounds.push_back(a.x1 <= b.x0 ? (a.x1 + b.x0) / 2 : (a.cx() + b.cx()) / 2);
    }
  }
  out.bounds.push_back(1e9);
  if (out.columns.empty()) out.columns.emplace_back();
  return out;
}

// Code parts a space apart ("201 01 08") are one code printed with spaces in one column, or
// parts in 类 | 款 | 项 columns set close: the header tells. Where one header line stands a
// separate character over each part and nothing else over the code (类 款 项, letter-spaced
// or distributed), the parts are columns of their own.
std::vector<body_span> split_code_parts_under_labels(const std::vector<const text_line*>& header,
                                                     const std::vector<body_span>& spans) {
  std::vector<body_span> out;
  for (const auto& s : spans) {
    bool split = false;
    if (s.code && s.runs.size() >= 2) {
      for (const text_line* l : header) {
        std::vector<const glyph*> over;
        for (const glyph* g : l->glyphs)
          if (g->ch != U' ' && g->where.x1 > s.x0 - 0.5 * g->size &&
              g->where.x0 < s.x1 + 0.5 * g->size)
            over.push_back(g);
        if (over.size() != s.runs.size()) continue;
        std::sort(over.begin(), over.end(),
                  [](const glyph* a, const glyph* b) { return a->where.x0 < b->where.x0; });
        bool one_each = true;
        for (std::size_t k = 0; k < over.size() && one_each; ++k) {
          const glyph& g = *over[k];
          const auto& r = s.runs[k];
          const bool apart = k == 0 || g.where.x0 - over[k - 1]->where.x1 > 0.3 * g.size;
          one_each = is_cjk(g.ch) && apart && g.cx() >= r.first - 0.3 * g.size &&
                     g.cx() <= r.second + 0.3 * g.size;
        }
        if (one_each) {
          split = true;
          break;
        }
      }
    }
    if (!split) {
      out.push_back(s);
      continue;
    }
    for (const auto& r : s.runs) out.push_back({r.first, r.second, true, true, {r}});
  }
  return out;
}

}  // namespace

unruled_layout unruled_columns(const std::vector<const text_line*>& header,
                               const std::vector<body_span>& spans_as_read) {
  const auto body_spans = split_code_parts_under_labels(header, spans_as_read);
  const auto tokens = header_tokens(header, body_spans);
  auto is_leaf = leaf_tokens(tokens, body_spans);
  auto cols = columns_of_leaves(tokens, is_leaf);
  join_wrapped_lines(cols, tokens, is_leaf);
  widen_by_body(cols, body_spans);
  cells_around_labels(cols);
  attach_upper_tokens(cols, tokens, is_leaf);
  cells_around_labels(cols);  // leaves took the wrapped lines and labels attached above
  recentre_groups(cols);
  nest_groups(cols);
  start_groups_at_their_total(cols, body_spans);
  return layout_of(cols);
}

}  // namespace budgetpdf::detail
