// Layout traps, each on a small generated PDF (tools/gen_layout_traps.py): cells glued into
// one word by poppler, digits offset from their row's text, letter-spaced, rotated and
// stacked header text, text outside every cell; plus the samples' hardest layouts.
#include "layout/layout_engine.hpp"
#include "layout/line_kinds.hpp"
#include "pdf/pdf_reader.hpp"
#include "text/normalize.hpp"

#include "test_paths.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

using namespace budgetpdf::detail;

namespace {

struct layout_result {
  std::vector<grid_table> tables;
  std::vector<budgetpdf::diagnostic> diagnostics;
};

layout_result lay_out(const std::filesystem::path& pdf_path) {
  std::ifstream in(pdf_path, std::ios::binary);
  REQUIRE(in);
  std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)), {});
  auto pdf = pdf_reader::open(bytes, {});
  layout_engine engine;
  for (int p = 1; p <= pdf->page_count(); ++p) engine.add_page(pdf->read_page(p));
  layout_result out;
  out.tables = engine.finish();
  out.diagnostics = engine.diagnostics();
  return out;
}

std::vector<std::string> texts(const grid_row& r) {
  std::vector<std::string> out;
  for (const auto& c : r.cells) out.push_back(to_utf8(c.text));
  return out;
}

std::vector<std::string> header(const grid_table& t) {
  std::vector<std::string> out;
  for (const auto& c : t.columns) {
    std::string path;
    for (const auto& h : c.header) {
      if (!path.empty()) path += '/';  // not ("" or "/") + ...: GCC 12 -Wrestrict bug 105329
      path += to_utf8(h);
    }
    out.push_back(path);
  }
  return out;
}

using strings = std::vector<std::string>;

}  // namespace

TEST_CASE("cells glued into one word by poppler are split at the rule between them") {
  auto r = lay_out(budgetpdf::test::test_data_dir() / "layout" / "glued_cells.pdf");
  REQUIRE(r.tables.size() == 1);
  const auto& t = r.tables[0];
  CHECK(to_utf8(t.title) == "支出总表");
  CHECK(header(t) == strings{"科目名称", "合计", "基本支出", "项目支出"});
  REQUIRE(t.rows.size() == 2);
  CHECK(texts(t.rows[0]) == strings{"行政运行", "322,745.03", "168,441.81", "154,304.22"});
  CHECK(texts(t.rows[1]) == strings{"合计", "322,745.03", "168,441.81", "154,304.22"});
}

TEST_CASE("digits printed off their row's text line stay in their ruled row") {
  auto r = lay_out(budgetpdf::test::test_data_dir() / "layout" / "offset_digits.pdf");
  REQUIRE(r.tables.size() == 1);
  const auto& t = r.tables[0];
  REQUIRE(t.rows.size() == 3);
  CHECK(texts(t.rows[0]) == strings{"201", "一般公共服务支出", "940.04"});
  CHECK(texts(t.rows[1]) == strings{"20101", "人大事务", "2.77"});
  CHECK(texts(t.rows[2]) == strings{"2010108", "代表工作", "2.77"});
}

TEST_CASE("letter-spaced, rotated and stacked header text reads as one label per column") {
  auto r = lay_out(budgetpdf::test::test_data_dir() / "layout" / "header_text.pdf");
  REQUIRE(r.tables.size() == 1);
  const auto& t = r.tables[0];
  CHECK(header(t) == strings{"项目", "合计", "基本支出", "项目支出"});
  REQUIRE(t.rows.size() == 2);
  CHECK(texts(t.rows[0]) == strings{"行政运行", "30.00", "20.00", "10.00"});
}

TEST_CASE("text in a table's region that lands in no cell is reported, not dropped") {
  auto r = lay_out(budgetpdf::test::test_data_dir() / "layout" / "header_text.pdf");
  bool reported = false;
  for (const auto& d : r.diagnostics)
    if (d.code == budgetpdf::diagnostic_code::text_outside_cells &&
        d.message.find("以上数据由测试局提供") != std::string::npos) {
      reported = true;
      CHECK(d.at.page == 1);
      CHECK(d.at.where.x1 > d.at.where.x0);
    }
  CHECK(reported);
}

TEST_CASE("a table over pages without its header repeated is one table with all its pages") {
  auto r = lay_out(budgetpdf::test::samples_dir() / "s07_unruled_no_header_repeat_2024.pdf");
  REQUIRE(!r.tables.empty());
  CHECK(r.tables[0].pages == std::vector<int>{1, 2});
  // 类 款 项 head three code columns set close together ("208" "05" "01", under a
  // character apart): three labels, not one letter-spaced label.
  CHECK(header(r.tables[0]) ==
        strings{"类", "款", "项", "科目名称", "合计", "基本支出", "项目支出"});
}

TEST_CASE("a form's merged left columns, ruled by verticals only, belong to its grid") {
  // Family f32: the project's name and amount stand in cells merged down the page beside
  // the indicator rows; before, they lay outside every grid and were reported as stray text.
  auto r = lay_out(budgetpdf::test::test_data_dir() / "layout" / "form_side_columns.pdf");
  bool amount_in_cell = false;
  for (const auto& t : r.tables)
    for (const auto& row : t.rows)
      for (const auto& cell : row.cells)
        if (to_utf8(cell.text) == "299.633600") amount_in_cell = true;
  CHECK(amount_in_cell);
  for (const auto& d : r.diagnostics) CHECK(d.message.find("299.633600") == std::string::npos);
}

TEST_CASE("a figure wrapped in its cell beside a centred one reads top line first") {
  // Family f36: "24995.9" over "4" beside a centred "24995.94"; read by x alone, the
  // wrapped figure came out "24995.49".
  auto r =
      lay_out(budgetpdf::test::test_data_dir() / "layout" / "wrapped_figure_beside_centred.pdf");
  REQUIRE(r.tables.size() == 1);
  REQUIRE(r.tables[0].rows.size() == 1);
  CHECK(texts(r.tables[0].rows[0]) ==
        strings{"本年收入合计", "24995.94", "本年支出合计", "24995.94"});
}

TEST_CASE("a number wrapped inside a narrow cell is joined back") {
  auto r = lay_out(budgetpdf::test::samples_dir() / "s06_wrapped_numbers_2026.pdf");
  REQUIRE(!r.tables.empty());
  REQUIRE(!r.tables[0].rows.empty());
  // First data row of 表二: 合计 with every amount wrapped as "315,489" over ".01".
  auto first = texts(r.tables[0].rows[0]);
  CHECK(std::find(first.begin(), first.end(), "315,489.01") != first.end());
}

TEST_CASE("a line across a grid's cells that ends in 表 and prints amounts is no title") {
  // A project row of a 绩效目标表: code and name, two amounts, then a text cell ending in
  // "…值班排班表". Before, it opened an untitled table of 98 pages.
  CHECK_FALSE(parse_title(U"000445168-核 209.780000 209.780000 控制、中控管理、值班排班表"));
  const auto numbered = parse_title(U"表 1 收入总表");
  REQUIRE(numbered);
  CHECK(numbered->title == U"收入总表");
  CHECK(parse_title(U"2026年部门收支总表（单位：万元）"));
  // A stray glyph without a character (U+FFFD) at the end is no part of the title.
  const auto stray = parse_title(U"2026年度支出预算总表\uFFFD");
  REQUIRE(stray);
  CHECK(stray->title == U"2026年度支出预算总表");
}

TEST_CASE("a code and its separator with the name clipped away is a code with an empty name") {
  const auto clipped = code_prefix(U"2010101-");
  REQUIRE(clipped.has_value());
  CHECK(clipped->parts == std::vector<std::string>{"2010101"});
  CHECK(clipped->rest.empty());
  CHECK(code_prefix(U"2010101：")->rest.empty());
  const auto named = code_prefix(U"2010101-行政运行");
  REQUIRE(named.has_value());
  CHECK(named->rest == U"行政运行");
  // A bare code is a code cell, not a code glued to a name.
  CHECK_FALSE(code_prefix(U"2010101").has_value());
  CHECK_FALSE(code_prefix(U"2024-").has_value());  // a year is no code
}
