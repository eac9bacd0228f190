// Rebuilding classification codes: full codes, split columns, partial codes placed by
// hints, amounts and rule, and the diagnostics that mark a guess.
#include "model/hierarchy.hpp"

#include <budgetpdf/amount.hpp>

#include <doctest/doctest.h>

#include <initializer_list>
#include <string>
#include <vector>

using budgetpdf::detail::printed_code;
using budgetpdf::detail::resolve_hierarchy;

namespace {

printed_code code(std::initializer_list<const char*> parts,
                  std::initializer_list<const char*> values = {}) {
  printed_code p;
  for (auto s : parts) p.parts.emplace_back(s);
  for (auto v : values) p.values.push_back(budgetpdf::parse_amount(v));
  return p;
}

std::vector<std::string> codes_of(const budgetpdf::detail::hierarchy_result& r) {
  std::vector<std::string> out;
  for (const auto& row : r.rows) out.push_back(row.code.value_or("-"));
  return out;
}

std::vector<std::size_t> rows_noted(const budgetpdf::detail::hierarchy_result& r,
                                    const std::string& diag_code) {
  std::vector<std::size_t> out;
  for (const auto& n : r.notes)
    if (budgetpdf::diagnostic_code_name(n.diag.code) == diag_code) out.push_back(n.row);
  return out;
}

using strings = std::vector<std::string>;
using rows_list = std::vector<std::size_t>;

}  // namespace

TEST_CASE("full codes are taken as printed, split 3-2-2, parent is the code minus a level") {
  const auto r = resolve_hierarchy({code({"201"}), code({"20106"}), code({"2010601"}), code({}),
                                    code({"30101"}), code({"3010201"})});
  CHECK(codes_of(r) == strings{"201", "20106", "2010601", "-", "30101", "3010201"});
  CHECK(r.rows[0].levels == strings{"201"});
  CHECK(!r.rows[0].parent);
  CHECK(r.rows[1].levels == strings{"201", "06"});
  CHECK(r.rows[1].parent == "201");
  CHECK(r.rows[2].levels == strings{"201", "06", "01"});
  CHECK(r.rows[2].parent == "20106");
  CHECK(r.rows[3].levels.empty());
  CHECK(!r.rows[3].parent);
  CHECK(r.rows[4].levels == strings{"301", "01"});
  CHECK(r.rows[4].parent == "301");
  CHECK(r.rows[5].parent == "30102");
  CHECK(r.notes.empty());
}

TEST_CASE("the parent is set even where its row is not printed (only 项 rows, repeated)") {
  const auto r = resolve_hierarchy(
      {code({"2010601"}), code({"2010601"}), code({"2080505"}), code({" "}), code({"50101"})});
  CHECK(codes_of(r) == strings{"2010601", "2010601", "2080505", "-", "50101"});
  CHECK(r.rows[1].parent == "20106");
  CHECK(r.rows[2].parent == "20805");
  CHECK(r.rows[4].parent == "501");
  CHECK(r.notes.empty());
}

TEST_CASE("code text is normalized: full-width digits, spaces, a glued name") {
  using budgetpdf::detail::normalize_code_text;
  CHECK(normalize_code_text("\xEF\xBC\x92\xEF\xBC\x90\xEF\xBC\x91 06") == "20106");
  CHECK(normalize_code_text("2040601-\xE8\xA1\x8C\xE6\x94\xBF") == "2040601");
  CHECK(normalize_code_text(" a02 ") == "A02");
  CHECK(normalize_code_text("\xE3\x80\x80") == "");
  const auto r = resolve_hierarchy({code({"201 06 01"})});
  CHECK(codes_of(r) == strings{"2010601"});
}

TEST_CASE("类/款/项 columns join; empty higher columns carry down from the previous row") {
  const auto r = resolve_hierarchy({code({"201", "01", "08"}), code({"", "03", "01"}),
                                    code({"", "", "02"}), code({"208", "05", "05"})});
  CHECK(codes_of(r) == strings{"2010108", "2010301", "2010302", "2080505"});
  CHECK(r.rows[1].parent == "20103");
  CHECK(r.rows[1].levels == strings{"201", "03", "01"});
  CHECK(r.notes.empty());
}

TEST_CASE("columns printing each level's own part nest by column") {
  const auto r = resolve_hierarchy(
      {code({"201", "", ""}), code({"", "06", ""}), code({"", "", "01"}), code({"", "", "02"}),
       code({"", "07", ""}), code({"", "", "01"}), code({"301", ""}), code({"", "01"})});
  CHECK(codes_of(r) ==
        strings{"201", "20106", "2010601", "2010602", "20107", "2010701", "301", "30101"});
  CHECK(r.notes.empty());
}

TEST_CASE("a column left empty with nothing above to carry is an error, not a guess") {
  const auto r =
      resolve_hierarchy({code({"", "", "01"}), code({"201", "", ""}), code({"", "", "03"})});
  CHECK(codes_of(r) == strings{"-", "201", "-"});
  CHECK(rows_noted(r, "code-carry-failed") == rows_list{0, 2});
}

TEST_CASE("a part right after a 类 is a 款; siblings ascend and never repeat") {
  // No amounts: 06 must be a 款; 01 and 02 cannot be 款 (not above 06): 项, certain.
  // 07 after 02 may be either; the 01 after it cannot follow 02 as a 项, nor 06 as a 款,
  // so 07 is a 款 — certain too.
  const auto r = resolve_hierarchy(
      {code({"201"}), code({"06"}), code({"01"}), code({"02"}), code({"07"}), code({"01"})});
  CHECK(codes_of(r) == strings{"201", "20106", "2010601", "2010602", "20107", "2010701"});
  CHECK(r.rows[5].parent == "20107");
  CHECK(r.notes.empty());
}

TEST_CASE("without amounts or hints, a part after a 项 is a sibling 项, flagged as a guess") {
  const auto r =
      resolve_hierarchy({code({"201"}), code({"06"}), code({"01"}), code({"07"}), code({"08"})});
  CHECK(codes_of(r) == strings{"201", "20106", "2010601", "2010607", "2010608"});
  CHECK(rows_noted(r, "code-level-guessed") == rows_list{3, 4});
  REQUIRE(!r.notes.empty());
  CHECK(r.notes[0].diag.level == budgetpdf::diagnostic::severity::warning);
  CHECK(r.notes[0].diag.message.find("2010607") != std::string::npos);
}

TEST_CASE("amounts decide: a 款 equals the sum of its 项, a 类 the sum of its 款") {
  // 07 as a 项 would push 06's children past 10.00; as a 款 beside 06, with 08 its 项, every
  // sum holds (10 + 20 = 30, 20 = 20).
  const auto r =
      resolve_hierarchy({code({"201"}, {"30.00"}), code({"06"}, {"10.00"}), code({"01"}, {"10.00"}),
                         code({"07"}, {"20.00"}), code({"08"}, {"20.00"}), code({}, {"30.00"})});
  CHECK(codes_of(r) == strings{"201", "20106", "2010601", "20107", "2010708", "-"});
  // The order alone reads 07 as a 项; the amounts chose 款, and say so (info, not a guess).
  CHECK(rows_noted(r, "code-level-by-amounts") == rows_list{3});
  CHECK(r.notes.size() == 1);
}

TEST_CASE("amounts also keep a 项 reading where the 款 is not yet filled") {
  const auto r = resolve_hierarchy({code({"201"}, {"30.00", "1.00"}),
                                    code({"06"}, {"30.00", "1.00"}), code({"01"}, {"10.00", ""}),
                                    code({"07"}, {"20.00", "1.00"}), code({"205"}, {"5.00", ""}),
                                    code({"08"}, {"5.00", ""}), code({"03"}, {"5.00", ""})});
  CHECK(codes_of(r) == strings{"201", "20106", "2010601", "2010607", "205", "20508", "2050803"});
  CHECK(r.notes.empty());
}

TEST_CASE("rounding: a parent may miss its children's sum by a unit per addend") {
  const auto r =
      resolve_hierarchy({code({"201"}, {"3.01"}), code({"06"}, {"1.01"}), code({"01"}, {"0.50"}),
                         code({"02"}, {"0.50"}), code({"07"}, {"2.00"}), code({"09"}, {"2.00"})});
  CHECK(codes_of(r) == strings{"201", "20106", "2010601", "2010602", "20107", "2010709"});
  // The order alone reads 07 as a 项; the amounts chose 款, and say so (info, not a guess).
  CHECK(rows_noted(r, "code-level-by-amounts") == rows_list{4});
  CHECK(r.notes.size() == 1);
}

TEST_CASE("percentage columns take no part in the sums") {
  const auto r =
      resolve_hierarchy({code({"201"}, {"30.00", "5.00%"}), code({"06"}, {"10.00", "7.00%"}),
                         code({"01"}, {"10.00", "1.00%"}), code({"07"}, {"20.00", "3.00%"}),
                         code({"08"}, {"20.00", "2.00%"})});
  CHECK(codes_of(r) == strings{"201", "20106", "2010601", "20107", "2010708"});
  // The order alone reads 07 as a 项; the amounts chose 款, and say so (info, not a guess).
  CHECK(rows_noted(r, "code-level-by-amounts") == rows_list{3});
  CHECK(r.notes.size() == 1);
}

TEST_CASE("amounts that fit no reading: the rule decides and every open choice is flagged") {
  const auto r =
      resolve_hierarchy({code({"201"}, {"99.00"}), code({"06"}, {"10.00"}), code({"01"}, {"10.00"}),
                         code({"07"}, {"20.00"}), code({"08"}, {"20.00"})});
  CHECK(codes_of(r) == strings{"201", "20106", "2010601", "2010607", "2010608"});
  const auto guessed = rows_noted(r, "code-level-guessed");
  CHECK(guessed == rows_list{3, 4});
  REQUIRE(!r.notes.empty());
  CHECK(r.notes[0].diag.message.find("fit no reading") != std::string::npos);
}

TEST_CASE("amounts that fit several readings leave a guess") {
  const auto r = resolve_hierarchy({code({"201"}, {"0.00"}), code({"06"}, {"0.00"}),
                                    code({"01"}, {"0.00"}), code({"07"}, {"0.00"})});
  CHECK(codes_of(r) == strings{"201", "20106", "2010601", "2010607"});
  CHECK(rows_noted(r, "code-level-guessed") == rows_list{3});
  REQUIRE(r.notes.size() == 1);
  CHECK(r.notes[0].diag.message.find("fit both readings") != std::string::npos);
}

TEST_CASE("a depth hint places a part and is not a guess") {
  auto rows = std::vector<printed_code>{code({"201"}), code({"06"}), code({"01"}), code({"07"}),
                                        code({"08"})};
  rows[3].depth = 1;
  rows[4].depth = 2;
  const auto r = resolve_hierarchy(rows);
  CHECK(codes_of(r) == strings{"201", "20106", "2010601", "20107", "2010708"});
  CHECK(r.notes.empty());
}

TEST_CASE("two indentations among the partial codes read as 款 and 项") {
  auto rows = std::vector<printed_code>{code({"201"}), code({"06"}),  code({"01"}), code({"07"}),
                                        code({"08"}),  code({"205"}), code({"08"}), code({"03"})};
  const double x[] = {10, 20, 30, 20, 30, 10, 20.5, 31};
  for (std::size_t i = 0; i < rows.size(); ++i) rows[i].indent = x[i];
  const auto r = resolve_hierarchy(rows);
  CHECK(codes_of(r) ==
        strings{"201", "20106", "2010601", "20107", "2010708", "205", "20508", "2050803"});
  CHECK(r.notes.empty());
}

TEST_CASE("one indentation for all partial codes tells nothing") {
  auto rows = std::vector<printed_code>{code({"201"}), code({"06"}), code({"01"}), code({"07"})};
  for (auto& row : rows) row.indent = 12.0;
  const auto r = resolve_hierarchy(rows);
  CHECK(codes_of(r) == strings{"201", "20106", "2010601", "2010607"});
  CHECK(rows_noted(r, "code-level-guessed") == rows_list{3});
}

TEST_CASE("经济分类 parts are sibling 款 by default; the amounts make it certain") {
  const auto bare = resolve_hierarchy({code({"301"}), code({"01"}), code({"02"}), code({"07"}),
                                       code({"302"}), code({"01"}), code({"99"})});
  CHECK(codes_of(bare) == strings{"301", "30101", "30102", "30107", "302", "30201", "30299"});
  CHECK(bare.rows[3].parent == "301");
  // 02 could be a 项 of 30101, 07 of 30102, 99 of 30201: guesses without amounts.
  CHECK(rows_noted(bare, "code-level-guessed") == rows_list{2, 3, 6});
  const auto r =
      resolve_hierarchy({code({"301"}, {"6.00"}), code({"01"}, {"1.00"}), code({"02"}, {"2.00"}),
                         code({"07"}, {"3.00"}), code({"302"}, {"9.00"}), code({"01"}, {"4.00"}),
                         code({"99"}, {"5.00"})});
  CHECK(codes_of(r) == codes_of(bare));
  CHECK(r.notes.empty());
}

TEST_CASE("经济分类 parts become 项 where the amounts demand it") {
  const auto r = resolve_hierarchy({code({"301"}, {"100.00"}), code({"02"}, {"100.00"}),
                                    code({"03"}, {"60.00"}), code({"04"}, {"40.00"})});
  CHECK(codes_of(r) == strings{"301", "30102", "3010203", "3010204"});
  CHECK(r.rows[2].parent == "30102");
}

TEST_CASE("partial codes after full codes continue the open 类 and 款") {
  const auto r = resolve_hierarchy({code({"201"}, {"30.00"}), code({"20106"}, {"10.00"}),
                                    code({"01"}, {"10.00"}), code({"07"}, {"20.00"}),
                                    code({"2010701"}, {"20.00"}), code({"0702"}, {"0.00"})});
  CHECK(codes_of(r) == strings{"201", "20106", "2010601", "20107", "2010701", "2010702"});
  // The order alone reads 07 as a 项; the amounts chose 款, and say so (info, not a guess).
  CHECK(rows_noted(r, "code-level-by-amounts") == rows_list{3});
  CHECK(r.notes.size() == 1);
}

TEST_CASE("a partial code repeated on rows of one classification is one code, its rows one child") {
  // A 项目支出 table: 201 | 01 人大事务 | 08 代表工作 (two projects) | 03 政府办公厅 | 01
  // 行政运行 (two projects) | 50 事业运行; each project's row prints its 项 part again.
  auto rows = std::vector<printed_code>{code({"201"}, {"100.00"}), code({"01"}, {"30.00"}),
                                        code({"08"}, {"10.00"}),   code({"08"}, {"20.00"}),
                                        code({"03"}, {"70.00"}),   code({"01"}, {"25.00"}),
                                        code({"01"}, {"15.00"}),   code({"50"}, {"30.00"})};
  SUBCASE("marked as repeats, they take the code of the row they repeat") {
    for (std::size_t i : {3u, 6u}) rows[i].repeats_previous = true;
    const auto r = resolve_hierarchy(rows);
    CHECK(codes_of(r) ==
          strings{"201", "20101", "2010108", "2010108", "20103", "2010301", "2010301", "2010350"});
    // 03 after a 项 is a 款 by the amounts alone (an info note), not a guess.
    CHECK(rows_noted(r, "code-level-guessed").empty());
    CHECK(rows_noted(r, "code-level-by-amounts") == rows_list{4});
  }
  SUBCASE("unmarked, the repeated parts fit no reading: 03 becomes a 项 of 20101") {
    const auto r = resolve_hierarchy(rows);
    CHECK(codes_of(r) !=
          strings{"201", "20101", "2010108", "2010108", "20103", "2010301", "2010301", "2010350"});
    CHECK(r.rows[4].code == "2010103");
    // Read by the printing order alone, and said to be a guess, row by row.
    CHECK(rows_noted(r, "code-level-guessed") == rows_list{1, 2, 3, 4, 5, 6, 7});
  }
}

TEST_CASE("a partial code with no 类 before it is an error") {
  const auto r = resolve_hierarchy({code({}), code({"06"}), code({"01"}), code({"201"})});
  CHECK(codes_of(r) == strings{"-", "-", "-", "201"});
  CHECK(rows_noted(r, "code-without-class") == rows_list{1, 2});
  CHECK(r.rows[1].levels == strings{"06"});
}

TEST_CASE("letter codes pass through; odd digit counts are kept and reported") {
  const auto r = resolve_hierarchy({code({"A"}), code({"A02"}), code({"123456"}), code({"C"})});
  CHECK(codes_of(r) == strings{"A", "A02", "123456", "C"});
  CHECK(r.rows[1].levels == strings{"A02"});
  CHECK(!r.rows[1].parent);
  CHECK(!r.rows[2].parent);
  CHECK(rows_noted(r, "unrecognized-code") == rows_list{2});
}

TEST_CASE("several classifications on one row: the first is the code, the rest reported") {
  const auto r = resolve_hierarchy({code({"2010601", "50101", "30101"}), code({"30101", "50101"})});
  CHECK(codes_of(r) == strings{"2010601", "30101"});
  CHECK(r.rows[0].other_codes == strings{"50101", "30101"});
  CHECK(r.rows[1].other_codes == strings{"50101"});
  CHECK(r.rows[1].parent == "301");
}

TEST_CASE("apply_hierarchy writes codes, levels and parents into a block") {
  budgetpdf::block b;
  b.rows.resize(3);
  const auto notes =
      budgetpdf::detail::apply_hierarchy(b, {code({"201"}), code({"06"}), code({"01"})});
  CHECK(notes.empty());
  CHECK(b.rows[0].code == "201");
  CHECK(b.rows[1].code == "20106");
  CHECK(b.rows[2].code == "2010601");
  CHECK(b.rows[2].levels == strings{"201", "06", "01"});
  CHECK(b.rows[2].parent == "20106");
}

TEST_CASE("split_code and parent_code") {
  using budgetpdf::detail::parent_code;
  using budgetpdf::detail::split_code;
  CHECK(split_code("2010601") == strings{"201", "06", "01"});
  CHECK(split_code("30101") == strings{"301", "01"});
  CHECK(split_code("A02") == strings{"A02"});
  CHECK(split_code("").empty());
  CHECK(parent_code("2010601") == "20106");
  CHECK(parent_code("30101") == "301");
  CHECK(!parent_code("201"));
  CHECK(!parent_code("123456"));
}

TEST_CASE("a 款 part printed after a full 项 code opens a new 款 when the amounts say so") {
  // 类 in full, 款 as its 2-digit part, 项 in full (7 digits): a 款 part that follows a 项
  // row is a sibling 款, not a 项 of the 款 above it, when the amounts close that 款.
  auto rows = std::vector<printed_code>{code({"208"}, {"36013"}),     code({"08"}, {"6000"}),
                                        code({"2080801"}, {"6000"}),  code({"26"}, {"30000"}),
                                        code({"2082602"}, {"30000"}), code({"99"}, {"13"}),
                                        code({"2089901"}, {"13"})};
  const double x[] = {10, 12, 20, 12, 20, 12, 20};
  for (std::size_t i = 0; i < rows.size(); ++i) rows[i].indent = x[i];
  const auto r = resolve_hierarchy(rows);
  CHECK(codes_of(r) == strings{"208", "20808", "2080801", "20826", "2082602", "20899", "2089901"});
}
