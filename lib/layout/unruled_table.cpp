// Reads a table without vertical rules from its text lines.
#include "layout/unruled_table.hpp"

#include "grammar/cell_grammar.hpp"
#include "layout/cell_text.hpp"
#include "layout/line_kinds.hpp"
#include "layout/row_builder.hpp"
#include "layout/unruled_columns.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <optional>
#include <span>

namespace budgetpdf::detail {

namespace {

// Which of a line's tokens are total labels: a token such as 合计, or a run of single
// characters that spells one (合  计 letter-spaced, split into one token a character).
std::vector<bool> total_labels(const std::vector<std::u32string>& texts) {
  std::vector<bool> total(texts.size(), false);
  for (std::size_t i = 0; i < texts.size(); ++i) {
    if (is_total_label(texts[i])) total[i] = true;
    std::u32string run;
    for (std::size_t j = i; j < texts.size() && j < i + 6 && texts[j].size() == 1; ++j) {
      run += texts[j];
      if (j > i && is_total_label(run))
        std::fill(total.begin() + long(i), total.begin() + long(j) + 1, true);
    }
  }
  return total;
}

// Two or more figures with a decimal point or separator, one space apart in one token
// (narrow columns of wide figures, family f30): a row of data, never a header's words.
bool figures_side_by_side(const std::u32string& token) {
  std::size_t pieces = 0, start = 0;
  while (start <= token.size()) {
    auto end = token.find(U' ', start);
    if (end == std::u32string::npos) end = token.size();
    const std::u32string piece = token.substr(start, end - start);
    if (!piece.empty()) {
      if (piece.find_first_of(U".,") == std::u32string::npos || !is_amount_text(piece) ||
          is_decimal_tail(piece))
        return false;
      ++pieces;
    }
    start = end + 1;
  }
  return pieces >= 2;
}

// The parts of a digits token that stand apart by more than a typed space (0.6 × size): the
// parts of a code split over 类 | 款 | 项 columns ("201" "01" "01") set so close together
// that they read as one token, each the span of its own column. A code printed whole with
// spaces ("201 01 01" in one column) stays one span. A run of digits no code part has (not
// 2 or 3 digits: a whole number in 元, "16319710") is a figure: a visible gap (0.2 × size)
// ends it, so a figure flush right in its column stays apart from the code of the column
// after it ("16319710" "302", a part of a table side by side).
struct code_part {
  box where;
  std::vector<std::pair<double, double>> runs;  // its digit runs, left to right
};

std::vector<code_part> code_part_boxes(std::span<const glyph* const> glyphs) {
  struct run {
    box where;
    std::size_t digits = 0;
  };
  std::vector<run> runs;
  const glyph* prev = nullptr;
  for (const glyph* g : glyphs) {
    if (g->ch == U' ') continue;
    if (!prev || g->where.x0 - prev->where.x1 > 0.2 * std::max(g->size, prev->size))
      runs.push_back({g->where, 0});
    else
      runs.back().where = union_box(runs.back().where, g->where);
    ++runs.back().digits;
    prev = g;
  }
  const auto code_like = [](const run& r) { return r.digits == 2 || r.digits == 3; };
  const double size = glyphs.front()->size;
  std::vector<code_part> parts;
  for (std::size_t i = 0; i < runs.size(); ++i) {
    const bool apart = i == 0 || runs[i].where.x0 - runs[i - 1].where.x1 > 0.6 * size ||
                       !code_like(runs[i]) || !code_like(runs[i - 1]);
    if (apart)
      parts.push_back({runs[i].where, {}});
    else
      parts.back().where = union_box(parts.back().where, runs[i].where);
    parts.back().runs.emplace_back(runs[i].where.x0, runs[i].where.x1);
  }
  return parts;
}

// How many glyphs of a code glued to the name after it the token starts with
// ("2010108代表工作", less than a space between them: poppler makes one word of it), or 0.
// The code's span then stays apart from the name's, as when they are two tokens.
std::size_t glued_code_glyphs(const token& t) {
  std::u32string digits;
  std::size_t n = 0;
  while (n < t.glyphs.size() && t.glyphs[n]->ch >= U'0' && t.glyphs[n]->ch <= U'9')
    digits.push_back(t.glyphs[n++]->ch);
  if (n == 0 || n == t.glyphs.size() || is_figure_char(t.glyphs[n]->ch) ||
      t.glyphs[n]->ch == U' ' || !code_parts(digits))
    return 0;
  return n;
}

// Over a column's figures, the range of their left ends, middles and right ends: figures
// of several widths set flush right share their right end, centred ones their middle,
// flush left ones (figures typed as text in a spreadsheet) their left end.
struct figure_edges {
  struct range {
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    void add(double x) {
      lo = std::min(lo, x);
      hi = std::max(hi, x);
    }
    double spread() const { return hi - lo; }
  } starts, middles, ends;
  double size = 0;
  void add(double x0, double x1, double figure_size) {
    starts.add(x0);
    middles.add((x0 + x1) / 2);
    ends.add(x1);
    size = std::max(size, figure_size);
  }
  // How they are set, if their widths tell.
  std::optional<body_span::alignment> set() const {
    if (size <= 0) return std::nullopt;
    const auto shared = [this](const range& r) { return r.spread() <= 0.1 * size; };
    const auto varied = [this](const range& r) { return r.spread() >= 0.2 * size; };
    if (shared(ends) && varied(middles)) return body_span::alignment::flush_right;
    if (shared(middles) && varied(ends)) return body_span::alignment::centred;
    if (shared(starts) && varied(ends)) return body_span::alignment::flush_left;
    return std::nullopt;
  }
};

// How amount columns side by side are set, where their figures' widths do not tell (a
// table of one row): by which of their starts, middles or ends step from column to column
// at one pitch most often (columns of one width; a column of another width breaks the
// pitch of the measures its figures do not line up by). None where they tie.
std::optional<body_span::alignment> set_by_pitch(const std::vector<body_span>& spans, double size) {
  constexpr std::size_t max_columns = 64;  // a table's amount columns, not a page of marks
  std::vector<const body_span*> amounts;
  for (const auto& s : spans)
    if (s.figures && !s.code) amounts.push_back(&s);
  if (size <= 0 || amounts.size() > max_columns) return std::nullopt;
  // How many steps from one column to the next, measured at `at`, share the commonest step.
  const auto at_one_pitch = [&](auto at) {
    std::vector<double> steps;
    for (std::size_t k = 1; k < amounts.size(); ++k)
      steps.push_back(at(*amounts[k]) - at(*amounts[k - 1]));
    std::ptrdiff_t most = 0;
    for (const double step : steps)
      most = std::max(most, std::count_if(steps.begin(), steps.end(), [&](double other) {
                        return std::abs(other - step) <= 0.1 * size;
                      }));
    return most;
  };
  const std::ptrdiff_t starts = at_one_pitch([](const body_span& s) { return s.x0; });
  const std::ptrdiff_t middles = at_one_pitch([](const body_span& s) { return (s.x0 + s.x1) / 2; });
  const std::ptrdiff_t ends = at_one_pitch([](const body_span& s) { return s.x1; });
  const auto only = [](std::ptrdiff_t one, std::ptrdiff_t other, std::ptrdiff_t third) {
    return one >= 2 && one > other && one > third;
  };
  if (only(ends, starts, middles)) return body_span::alignment::flush_right;
  if (only(middles, starts, ends)) return body_span::alignment::centred;
  if (only(starts, middles, ends)) return body_span::alignment::flush_left;
  return std::nullopt;
}

// How each amount column's figures are set: as their widths tell, or where they do not
// (every figure of one width: 0.00 down a column) as most of the table's other amount
// columns are set (more than all other ways together; a column of unit codes may be
// centred beside amounts flush left), or where no column tells, as the columns' pitch
// tells; where these do not decide (a table of one row of figures of one width; one
// column of each way), as most columns of the document's tables before (family f107);
// flush right otherwise. Adds the columns whose widths tell to `document`.
void set_figure_alignment(std::vector<body_span>& spans, const std::vector<figure_edges>& edges,
                          figure_settings& document) {
  std::array<int, 3> count{};  // columns whose widths tell, by alignment
  double size = 0;
  for (std::size_t k = 0; k < spans.size(); ++k) {
    if (!spans[k].figures || spans[k].code) continue;
    size = std::max(size, edges[k].size);
    if (const auto set = edges[k].set()) ++count[std::size_t(*set)];
  }
  const auto majority = [](const std::array<int, 3>& counts) {
    const int all = counts[0] + counts[1] + counts[2];
    std::optional<body_span::alignment> most;
    for (std::size_t a = 0; a < counts.size(); ++a)
      if (2 * counts[a] > all) most = body_span::alignment(a);
    return most;
  };
  const bool told = count[0] + count[1] + count[2] > 0;
  std::optional<body_span::alignment> table = majority(count);
  if (!told) table = set_by_pitch(spans, size);
  if (!table) table = majority(document.columns);
  for (std::size_t a = 0; a < count.size(); ++a) document.columns[a] += count[a];
  for (std::size_t k = 0; k < spans.size(); ++k) {
    if (!spans[k].figures || spans[k].code) continue;
    spans[k].set = edges[k].set().value_or(table.value_or(body_span::alignment::flush_right));
  }
}

// On a page continuing a table, text longer than any the pages before printed in its
// column (a name) reaches past the middle between that column and the next: the bound
// moves to the middle of the gap between the text and the next column's start, as far
// as neither the next column's start on the pages before nor this page's next text is
// passed (before, the name's last characters went to the next column's cell, family
// f108). `spans`: this page's body spans, sorted.
void make_room_for_longer_text(unruled_layout& layout, const std::vector<body_span>& spans) {
  for (std::size_t k = 0; k < spans.size(); ++k) {
    const auto& s = spans[k];
    if (s.figures) continue;
    const std::size_t c = column_of(layout.bounds, s.x0);
    if (c + 1 >= layout.columns.size() || s.x1 <= layout.bounds[c + 1]) continue;
    double next = layout.columns[c + 1].x0;
    if (k + 1 < spans.size()) next = std::min(next, spans[k + 1].x0);
    if (s.x1 < next) layout.bounds[c + 1] = (s.x1 + next) / 2;
  }
}

}  // namespace

void read_unruled_table(const std::vector<const text_line*>& lines, bool has_data,
                        const grid_table* continued, const std::vector<double>& rule_ys, int page,
                        figure_settings& document_figures, grid_table& table,
                        page_overlay& overlay) {
  // Header lines are those before the first line carrying data (or the numbering row). A
  // line beside the first data line, not above it, is body: the first line of a name
  // wrapped around the row's centred figures (family f31; at a page's top it follows the
  // header directly). Lines are read for data down to the first with data or the numbering
  // row only: the header ends there at the latest.
  struct line_kind {
    bool data = false, numbering = false;
  };
  std::vector<line_kind> kinds;
  std::vector<token> first_data_tokens;
  double first_data_top = std::numeric_limits<double>::infinity();
  for (const text_line* l : lines) {
    line_kind k;
    std::vector<std::u32string> texts;
    auto tokens = split_tokens(*l);
    for (const auto& t : tokens) {
      auto s = clean(t.text);
      if ((is_amount_text(s) && !is_decimal_tail(s)) || starts_with_code(s) ||
          figures_side_by_side(s))
        k.data = true;
      texts.push_back(std::move(s));
    }
    k.numbering = is_numbering_cells(texts);
    kinds.push_back(k);
    if (k.data || k.numbering) {
      first_data_top = l->y0;
      first_data_tokens = std::move(tokens);
      break;
    }
  }
  // The line right above the first data line is the first line of that row's name, wrapped
  // above its figures (cells set to the bottom), when it is one piece of text at a wrapped
  // line's distance (top to top within 1.35 sizes) starting where a text of the data line
  // starts, or one character further right: a name indented by a typed full-width space
  // wraps without it (family f70; before, at a continued page's top, it joined the header).
  const text_line* wrapped_above = nullptr;
  if (kinds.size() >= 2 && kinds.back().data) {
    const text_line* above = lines[kinds.size() - 2];
    const auto pieces = split_tokens(*above);
    const double size = above->y1 - above->y0;
    if (pieces.size() == 1 && first_data_top - above->y0 <= 1.35 * size &&
        first_data_top > above->y1 - 0.3 * size)
      for (const auto& t : first_data_tokens) {
        const auto s = clean(t.text);
        const double indent = pieces.front().where.x0 - t.where.x0;
        if (indent >= -0.5 * size && indent <= 1.2 * size && !is_amount_text(s) &&
            !starts_with_code(s))
          wrapped_above = above;
      }
  }
  // A header ruled above and below (a 三线表): the rule drawn across the table under header
  // lines that stand below another such rule, above the first data line, ends the header.
  // Lines below it are body, such as the first line of a name wrapped above its row's
  // figures (the lowest such rule, when several are drawn).
  double header_rule = std::numeric_limits<double>::infinity();
  for (std::size_t i = 1; i < rule_ys.size(); ++i) {
    const double top = rule_ys[i - 1], y = rule_ys[i];
    if (y >= first_data_top) break;
    if (std::any_of(lines.begin(), lines.end(),
                    [&](const text_line* l) { return l->y0 >= top && l->y1 <= y; }))
      header_rule = y;
  }
  std::vector<const text_line*> header, body;
  bool in_body = false;
  // Without any amount or code, a bare total row ("合 计") ends the header.
  const bool no_data_at_all = !has_data;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const text_line* l = lines[i];
    if (!in_body) {
      const line_kind k = kinds[i];  // i < kinds.size(), see above
      if (k.numbering) {
        in_body = true;
        continue;
      }
      const bool beside_data = l->y1 - first_data_top > 0.3 * (l->y1 - l->y0);
      const bool below_rule = l->y0 >= header_rule;
      if (!k.data && !beside_data && !below_rule && l != wrapped_above &&
          !(no_data_at_all && is_total_label(strip_all_spaces(clean(l->text))))) {
        header.push_back(l);
        continue;
      }
      in_body = true;
    }
    body.push_back(l);
  }
  if (body.empty()) {
    // A titled table printed with its header and no row (an empty table whose note stands
    // below it): its columns come from the header alone, if the lines are labels (no
    // word longer than 16 characters: no running text).
    const bool labels = std::all_of(header.begin(), header.end(), [](const text_line* l) {
      const auto tokens = split_tokens(*l);
      return std::all_of(tokens.begin(), tokens.end(), [](const token& t) {
        return strip_all_spaces(clean(t.text)).size() <= 16;
      });
    });
    if (!header.empty() && labels && !has_data && !continued && !table.title.empty())
      table.columns = unruled_columns(header, {}).columns;
    return;
  }

  // Body spans: the x-intervals covered by body tokens, merged where they overlap or
  // touch. A code and a name only where they overlap: a 7-digit code filling its column
  // ends a fraction of a point before the names start (family f27), and one span over both
  // would leave no boundary between the code and name columns.
  struct span_piece {
    double x0, x1;
    bool code;
    bool figures;  // digits and marks only: a code, an amount, a percentage, or a piece
    double size;
    std::vector<std::pair<double, double>> runs = {};  // a code's digit runs
  };
  std::vector<span_piece> spans;
  std::vector<std::vector<token>> line_tokens;
  for (const text_line* l : body) line_tokens.push_back(split_tokens(*l, 0.9, true));
  // Where text tokens start: a column of text set from the left starts each of its lines
  // at one x. Two neighbouring cells filled to their edges come closer than the gap that
  // splits tokens, and one token then runs from a name into the project name beside it;
  // it is cut where a gap inside it (a third of a character) meets the left edge at which
  // two other tokens start.
  std::vector<double> starts;
  for (const auto& tokens : line_tokens)
    for (const auto& t : tokens) starts.push_back(t.where.x0);
  const auto shared_edge = [&starts](double x) {
    return std::count_if(starts.begin(), starts.end(),
                         [x](double s) { return std::abs(s - x) <= 0.5; }) >= 2;
  };
  // Total labels ("合计") are often centred over merged cells: they do not mark columns,
  // letter-spaced ones (合  计) neither.
  for (const auto& tokens : line_tokens) {
    std::vector<std::u32string> texts;
    for (const auto& t : tokens) texts.push_back(strip_all_spaces(clean(t.text)));
    const auto total = total_labels(texts);
    for (std::size_t ti = 0; ti < tokens.size(); ++ti) {
      const auto& t = tokens[ti];
      const auto& text = texts[ti];
      if (total[ti]) continue;
      const bool code = code_parts(text).has_value();
      // A mark for "no amount" (-, —, /, ×) stands in a figure's column like a figure.
      const bool figures =
          !text.empty() &&
          (std::all_of(text.begin(), text.end(), is_figure_char) || is_amount_text(text));
      const double size = t.glyphs.front()->size;
      if (is_digits(text) && text.size() >= 3) {
        for (const auto& part : code_part_boxes(t.glyphs))
          spans.push_back({part.where.x0, part.where.x1, code, true, size, part.runs});
        continue;
      }
      const std::size_t glued = glued_code_glyphs(t);
      if (glued > 0)
        for (const auto& part : code_part_boxes(std::span(t.glyphs).first(glued)))
          spans.push_back({part.where.x0, part.where.x1, true, true, size, part.runs});
      box piece = t.glyphs[glued]->where;
      bool piece_figures = is_figure_char(t.glyphs[glued]->ch);
      bool first = glued == 0;
      const auto only_figures_from = [&t](std::size_t g) {
        return std::all_of(t.glyphs.begin() + long(g), t.glyphs.end(),
                           [](const glyph* x) { return x->ch == U' ' || is_figure_char(x->ch); });
      };
      for (std::size_t g = glued + 1; g < t.glyphs.size(); ++g) {
        const glyph& a = *t.glyphs[g - 1];
        const glyph& b = *t.glyphs[g];
        if (b.ch == U' ') continue;
        // A figure, a space, then text: a part printed beside another, its figures flush
        // right against the next part's codes and names ("13068743 302-商品和服务支出"),
        // closer than the gap that splits tokens. The figure ends its own column.
        if (piece_figures && b.where.x0 - piece.x1 >= 0.3 * size && !only_figures_from(g)) {
          spans.push_back({piece.x0, piece.x1, false, true, size});
          first = false;
          piece = b.where;
          piece_figures = is_figure_char(b.ch);
          continue;
        }
        if (!figures && b.where.x0 - a.where.x1 >= 0.3 * size && shared_edge(b.where.x0)) {
          spans.push_back({piece.x0, piece.x1, first && code, false, size});
          first = false;
          piece = b.where;
          piece_figures = is_figure_char(b.ch);
          continue;
        }
        piece = union_box(piece, b.where);
        piece_figures = piece_figures && is_figure_char(b.ch);
      }
      spans.push_back({piece.x0, piece.x1, first && code, figures, size});
    }
  }
  std::sort(spans.begin(), spans.end(),
            [](const span_piece& a, const span_piece& b) { return a.x0 < b.x0; });
  std::vector<span_piece> joined;
  std::vector<figure_edges> edges;
  for (const auto& s : spans) {
    const bool touch = !joined.empty() && s.x0 <= joined.back().x1 + 1.0;
    const bool overlap = !joined.empty() && s.x0 < joined.back().x1;
    // Pieces of one figure written apart ("890" ".11", family f23: a fifth of a character
    // apart) join too; the first reads like a code. Figures a space apart do not.
    const bool pieces = !joined.empty() && s.figures && joined.back().figures &&
                        s.x0 <= joined.back().x1 + 0.22 * std::max(s.size, joined.back().size);
    if ((touch && (s.code == joined.back().code || overlap)) || pieces) {
      joined.back().x1 = std::max(joined.back().x1, s.x1);
      joined.back().code = joined.back().code && s.code;
      joined.back().figures = joined.back().figures && s.figures;
      joined.back().runs.insert(joined.back().runs.end(), s.runs.begin(), s.runs.end());
    } else {
      joined.push_back(s);
      edges.emplace_back();
    }
    if (s.figures) edges.back().add(s.x0, s.x1, s.size);
  }
  std::vector<body_span> merged;
  for (std::size_t k = 0; k < joined.size(); ++k) {
    auto& s = joined[k];
    body_span b{s.x0, s.x1, s.figures, s.code};
    // Runs of several rows: the overlapping ones are one.
    if (s.code) {
      std::sort(s.runs.begin(), s.runs.end());
      for (const auto& r : s.runs)
        if (!b.runs.empty() && r.first <= b.runs.back().second)
          b.runs.back().second = std::max(b.runs.back().second, r.second);
        else
          b.runs.push_back(r);
    }
    merged.push_back(std::move(b));
  }
  set_figure_alignment(merged, edges, document_figures);
  // Columns from header leaves and body spans; a continuation keeps the open table's
  // columns (a page with few rows shows too little to find them again).
  auto layout = unruled_columns(header, merged);
  if (continued && !continued->columns.empty()) {
    layout.columns = continued->columns;
    for (auto& c : layout.columns) c.header.clear();
    layout.bounds = {-1e9};
    for (std::size_t i = 0; i + 1 < layout.columns.size(); ++i) {
      const auto& l = layout.columns[i];
      const auto& r = layout.columns[i + 1];
      layout.bounds.push_back(l.x1 <= r.x0 ? (l.x1 + r.x0) / 2 : (l.x0 + l.x1 + r.x0 + r.x1) / 4);
    }
    layout.bounds.push_back(1e9);
    make_room_for_longer_text(layout, merged);
  }
  const column_bounds& bounds = layout.bounds;

  std::vector<text_line> body_lines;
  for (const text_line* l : body) body_lines.push_back(*l);
  auto rows =
      rows_from_lines(body_lines, bounds, page, 0, nullptr, false, repeated_parts(layout.columns));
  for (auto& r : rows) {
    for (auto& c : r.cells) c.text = clean(c.text);
    if (row_is_empty_note(r))
      table.printed_empty = true;
    else if (!row_is_blank(r) && !row_is_numbering(r))
      table.rows.push_back(std::move(r));
  }

  table.columns = std::move(layout.columns);

  if (!body.empty()) {
    box b{body.front()->x0, body.front()->y0, body.front()->x1, body.back()->y1};
    for (const text_line* l : body) b = union_box(b, {l->x0, l->y0, l->x1, l->y1});
    overlay.tables.push_back(b);
  }
}

}  // namespace budgetpdf::detail
