// Ruling lines to grids, on hand-made rules: open ends closed where verticals run on, ruled
// tables of one width kept apart, open tables' stacked rules joined, undivided top bands;
// glyph-outline strokes dropped; and a continuation's columns matched to its table's.
#include "layout/rulings.hpp"
#include "layout/column_match.hpp"

#include <doctest/doctest.h>

#include <vector>

using namespace budgetpdf::detail;

namespace {

ruling h(double y, double x0, double x1) { return {x0, y, x1, y, 0.5, ruling::source::stroke}; }
ruling v(double x, double y0, double y1) { return {x, y0, x, y1, 0.5, ruling::source::stroke}; }

// A full grid: rules at every x in xs from y0 to y1, and at every y in ys.
std::vector<ruling> grid_rules(const std::vector<double>& xs, const std::vector<double>& ys) {
  std::vector<ruling> out;
  for (double y : ys) out.push_back(h(y, xs.front(), xs.back()));
  for (double x : xs) out.push_back(v(x, ys.front(), ys.back()));
  return out;
}

}  // namespace

TEST_CASE("a grid cut at a page break without its closing rule is closed where its verticals end") {
  auto rules = grid_rules({100, 200, 300, 400}, {100, 120, 140});
  for (auto& r : rules)
    if (!r.horizontal()) r.y1 = 190;  // the verticals run on 50 pt past the last rule
  const auto grids = find_grids(rules);
  REQUIRE(grids.size() == 1);
  CHECK(grids[0].ys.size() == 4);
  CHECK(grids[0].ys.back() == doctest::Approx(190));
  CHECK(grids[0].h_covers(190, 100, 400));
  // Closed tables get no extra rule.
  const auto closed = find_grids(grid_rules({100, 200, 300, 400}, {100, 120, 140}));
  REQUIRE(closed.size() == 1);
  CHECK(closed[0].ys.size() == 3);
}

TEST_CASE("two ruled tables of one width on a page stay two; an open table's rules join") {
  auto rules = grid_rules({100, 200, 300}, {100, 120, 140});
  for (const auto& r : grid_rules({100, 200, 300}, {300, 320, 340})) rules.push_back(r);
  CHECK(find_grids(rules).size() == 2);
  // Top, header and bottom rules of one width without any vertical: one open table.
  const auto open = find_grids({h(100, 100, 400), h(118, 100, 400), h(400, 100, 400)});
  REQUIRE(open.size() == 1);
  CHECK(open[0].ys.size() == 3);
  CHECK(open[0].xs.empty());
}

TEST_CASE("top bands no inner rule divides are told, and can be dropped") {
  // A frame around a title block (one undivided band) above a two-column grid.
  std::vector<ruling> rules{h(50, 100, 400), v(100, 50, 140), v(400, 50, 140)};
  for (const auto& r : grid_rules({100, 250, 400}, {100, 120, 140})) rules.push_back(r);
  auto grids = find_grids(rules);
  REQUIRE(grids.size() == 1);
  auto& g = grids[0];
  CHECK_FALSE(band_divided(g, 0));
  CHECK(band_divided(g, 1));
  drop_top_bands(g, 1);
  CHECK(g.ys.front() == doctest::Approx(100));
  CHECK(g.bounds.y0 == doctest::Approx(100));
  CHECK(band_divided(g, 0));
}

TEST_CASE("a continuation's columns match a run of its table's, within a few points") {
  auto col = [](double x0, double x1) { return grid_column{{}, x0, x1}; };
  const std::vector<grid_column> table{col(70, 131),  col(131, 182), col(182, 252), col(252, 315),
                                       col(315, 398), col(398, 477), col(477, 533)};
  auto map = match_columns({col(397.7, 476.4), col(476.4, 533.0)}, table);
  REQUIRE(map.has_value());
  CHECK(*map == std::vector<std::size_t>{5, 6});
  CHECK_FALSE(match_columns({col(397.7, 450), col(450, 533)}, table).has_value());
  CHECK_FALSE(match_columns({col(398, 477), col(131, 182)}, table).has_value());  // out of order
  // Rows re-cut to the table's columns: cells land under their columns, the rest empty.
  grid_row r;
  r.at.page = 2;
  r.cells = {{U"效益指标", {}, 1}, {U"99", {}, 1}};
  std::vector<grid_row> rows{r};
  map_row_cells(rows, *map, table.size());
  REQUIRE(rows[0].cells.size() == 7);
  CHECK(rows[0].cells[5].text == U"效益指标");
  CHECK(rows[0].cells[6].text == U"99");
  CHECK(rows[0].cells[0].text.empty());
  CHECK(rows[0].cells[0].at.page == 2);
}

TEST_CASE("strokes of glyph outlines inside a cell are no rulings") {
  // A header cell 100..160 x 100..130 whose bold label a producer also drew as stroked
  // outlines: short pieces, the first reaching within 2 pt of the cell's left border
  // (the PDF re-written by cairo gave its table an extra column this way).
  auto rules = grid_rules({40, 100, 160, 220}, {100, 130, 150, 170});
  for (const auto& r : {h(113.8, 101.8, 108.4), h(110.6, 102.0, 108.2), h(114.7, 102.7, 106.8),
                        v(104.9, 110.6, 114.7), v(105.3, 110.6, 115.5), v(106.8, 111.4, 114.7),
                        h(115.6, 108.8, 115.5), h(114.4, 115.9, 122.4), v(111.1, 110.8, 115.5)})
    rules.push_back(r);
  const auto grids = find_grids(rules);
  REQUIRE(grids.size() == 1);
  CHECK(grids[0].xs == std::vector<double>{40, 100, 160, 220});
  CHECK(grids[0].ys == std::vector<double>{100, 130, 150, 170});
  // Cell borders as short as a low row still count: they meet the rules across them.
  const auto low = find_grids(grid_rules({40, 100, 160}, {100, 108, 116}));
  REQUIRE(low.size() == 1);
  CHECK(low[0].ys.size() == 3);
}

TEST_CASE("segments inside a printed word's box are strokes of its glyphs, not rulings") {
  word w;
  w.text = U"政府性基金";
  w.where = {100, 100, 150, 112};
  // Outline strokes of the word, merged into a line as long as the word; and a border that
  // runs through the word (text overflowing its cell) from the rule above to the one below.
  const std::vector<ruling> lines = {h(106, 100.2, 149.8), v(120, 101, 111), v(130, 90, 130),
                                     h(90, 80, 200)};
  const auto kept = without_strokes_in_words(lines, {w});
  REQUIRE(kept.size() == 2);
  CHECK(kept[0].x0 == 130);
  CHECK(kept[1].y0 == 90);
}

TEST_CASE("row rules that stop at a narrow blank column and go on beyond are one grid") {
  // Two ranges 100..300 and 305..450 with rules at the same heights: a blank column of 5 pt.
  auto rules = grid_rules({100, 200, 300}, {100, 120, 140});
  for (const auto& r : grid_rules({305, 380, 450}, {100, 120, 140})) rules.push_back(r);
  const auto grids = find_grids(rules);
  REQUIRE(grids.size() == 1);
  CHECK(grids[0].xs == std::vector<double>{100, 200, 300, 305, 380, 450});
  // Two tables side by side a column's width apart stay two.
  auto apart = grid_rules({100, 200, 300}, {100, 120, 140});
  for (const auto& r : grid_rules({330, 380, 450}, {100, 120, 140})) apart.push_back(r);
  CHECK(find_grids(apart).size() == 2);
}

TEST_CASE("a continuation's column may span a run of its table's label columns") {
  auto col = [](double x0, double x1) { return grid_column{{}, x0, x1}; };
  auto row = [](std::vector<std::u32string> texts) {
    grid_row r;
    for (auto& t : texts) r.cells.push_back({t, {}, 1});
    return r;
  };
  grid_table table;
  table.columns = {col(40, 90), col(90, 200), col(200, 280), col(280, 360)};
  table.rows = {row({U"201", U"一般公共服务支出", U"120.00", U"80.00"})};
  // 合计 merged over the code and name columns, amounts under the other two.
  grid_table part;
  part.columns = {col(40.5, 200.2), col(200.2, 280), col(280, 359.5)};
  part.rows = {row({U"合计", U"150.00", U"90.00"})};
  CHECK_FALSE(match_columns(part.columns, table.columns).has_value());
  const auto map = match_column_runs(part, table);
  REQUIRE(map.has_value());
  CHECK(*map == std::vector<std::size_t>{0, 2, 3});
  // A run over an amount column is no merged label.
  grid_table wide;
  wide.columns = {col(40, 90), col(90, 280), col(280, 360)};
  wide.rows = {row({U"201", U"说明", U"90.00"})};
  CHECK_FALSE(match_column_runs(wide, table).has_value());
}

TEST_CASE("a column rule ending inside a body ruled between columns only bounds a band there") {
  // Header rules at 100 and 120, the closing rule at 200, the frame at 100 and 400; the
  // inner column rule at 300 runs to the closing rule, the one at 150 (code | name) ends at
  // 180 above a merged total row.
  std::vector<ruling> rules = {h(100, 100, 400), h(120, 100, 400), h(200, 100, 400),
                               v(100, 100, 200), v(150, 100, 180), v(300, 100, 200),
                               v(400, 100, 200)};
  auto grids = find_grids(rules);
  REQUIRE(grids.size() == 1);
  CHECK(grids[0].ys == std::vector<double>{100, 120, 180, 200});
  // Where no other inner column rule runs on, it adds none; nor ending on a rule.
  rules[5] = v(300, 100, 180);
  grids = find_grids(rules);
  REQUIRE(grids.size() == 1);
  CHECK(grids[0].ys == std::vector<double>{100, 120, 200});
  rules[4] = v(150, 100, 120);
  rules[5] = v(300, 100, 200);
  grids = find_grids(rules);
  REQUIRE(grids.size() == 1);
  CHECK(grids[0].ys == std::vector<double>{100, 120, 200});
  // A column rule that starts under a group label, inside a header with no rule under the
  // group (收入 over 小计 | 财政拨款), adds none: the header stays one band.
  rules[4] = v(150, 110, 200);
  grids = find_grids(rules);
  REQUIRE(grids.size() == 1);
  CHECK(grids[0].ys == std::vector<double>{100, 120, 200});
}
