// OCR (lib/ocr, docs/ocr.md), the parts that need no Tesseract run or only a short one:
// rulings from a picture, OCR words into page words, suggested corrections, low-confidence
// doubts, --ocr never on a scan. The reading of whole scans: ocr_samples_test,
// ocr_corpus_test (label ocr_heavy).
#include "check/ocr_corrections.hpp"
#include "ocr/image_rulings.hpp"
#include "ocr/ocr_words.hpp"
#include "ocr/unread_ink.hpp"
#include "parse_outcome.hpp"
#include "scan_maker.hpp"
#include "test_paths.hpp"
#include "text/normalize.hpp"

#include <budgetpdf/check.hpp>
#include <budgetpdf/options.hpp>

#include <doctest/doctest.h>

#include <algorithm>

using namespace budgetpdf;
using namespace budgetpdf::detail;
using budgetpdf::test::contains;
using budgetpdf::test::describe;

namespace {

gray_image blank(int w, int h) {
  gray_image g;
  g.width = w;
  g.height = h;
  g.px.assign(std::size_t(w) * std::size_t(h), 255);
  return g;
}

void fill(gray_image& g, int x0, int y0, int x1, int y1, std::uint8_t v = 0) {
  for (int y = y0; y <= y1; ++y)
    for (int x = x0; x <= x1; ++x) g.at(x, y) = v;
}

// Two digits of a 9 pt face at 300 dpi ("01"): strokes 3 px wide in a 17 x 26 px box each.
void digits(gray_image& g, int x, int y) {
  fill(g, x, y, x + 16, y + 2);
  fill(g, x, y + 23, x + 16, y + 25);
  fill(g, x, y, x + 2, y + 25);
  fill(g, x + 14, y, x + 16, y + 25);
  fill(g, x + 27, y, x + 29, y + 25);
}

ocr_word word_at(int x0, int y0, int x1, int y1) {
  ocr_word w;
  w.utf8 = "字";
  w.x0 = x0, w.y0 = y0, w.x1 = x1, w.y1 = y1;
  return w;
}

}  // namespace

TEST_CASE("rulings: long thin strokes of a 300 dpi picture are lines, character strokes not") {
  gray_image g = blank(1200, 900);
  fill(g, 100, 100, 1100, 103);  // a horizontal border, 4 px thick, 240 pt long
  fill(g, 100, 400, 1100, 401);  // a thinner one
  fill(g, 500, 100, 501, 401);   // a vertical one between them
  fill(g, 200, 200, 260, 203);   // 一 of a 14 pt character: 14.4 pt long
  fill(g, 300, 600, 700, 700);   // a filled block: too thick for a line
  // A broken line (JPEG, worn print): gaps of 2 px are bridged.
  for (int x = 100; x <= 1100; ++x)
    if (x % 40 != 0) g.at(x, 800) = 20;
  const auto lines = find_rulings(g, 300);
  const double pt = 72.0 / 300;
  auto has = [&](bool horizontal, double across, double from, double to) {
    return std::any_of(lines.begin(), lines.end(), [&](const ruling& r) {
      if (r.horizontal() != horizontal) return false;
      const double a = horizontal ? r.y0 : r.x0;
      const double f = horizontal ? r.x0 : r.y0;
      const double t = horizontal ? r.x1 : r.y1;
      return std::abs(a - across * pt) < 1.5 && std::abs(f - from * pt) < 1.5 &&
             std::abs(t - to * pt) < 1.5;
    });
  };
  CHECK(has(true, 101.5, 100, 1101));
  CHECK(has(true, 400.5, 100, 1101));
  CHECK(has(true, 800, 100, 1101));
  CHECK(has(false, 500.5, 100, 402));
  CHECK_MESSAGE(lines.size() == 4, "found " << lines.size() << " lines");
  // Erasing them leaves the character and the block.
  erase_rulings(g, lines, 300);
  CHECK(g.at(600, 101) == 255);
  CHECK(g.at(500, 300) == 255);
  CHECK(g.at(230, 201) == 0);
  CHECK(g.at(500, 650) == 0);
}

TEST_CASE("unread ink: print no word covers is found; specks, lines, read words and pieces not") {
  gray_image g = blank(1200, 600);
  // Words OCR read, 26 px high (their ink is drawn: it must not come back).
  const std::vector<ocr_word> words = {word_at(100, 100, 200, 126), word_at(400, 100, 500, 126),
                                       word_at(530, 100, 630, 126)};
  fill(g, 100, 100, 200, 126);
  fill(g, 400, 100, 500, 126);
  fill(g, 530, 100, 630, 126);
  digits(g, 250, 100);           // "01" alone in its cell, well apart from the words beside it
  digits(g, 250, 300);           // and alone on a line of its own
  fill(g, 700, 300, 701, 301);   // a speck of dust
  fill(g, 800, 300, 830, 301);   // a dash, too low to be a figure
  fill(g, 900, 200, 1000, 400);  // a picture, far taller than the page's print
  fill(g, 508, 100, 518, 126);   // a piece of a glyph between two words of a line
  const auto boxes = unread_ink(g, words, 300);
  auto found_at = [&](int x, int y) {
    return std::any_of(boxes.begin(), boxes.end(), [&](const pixel_box& b) {
      return b.x0 <= x && x <= b.x1 && b.y0 <= y && y <= b.y1;
    });
  };
  CHECK(found_at(260, 112));
  CHECK(found_at(260, 312));
  CHECK_FALSE(found_at(700, 300));
  CHECK_FALSE(found_at(815, 300));
  CHECK_FALSE(found_at(950, 300));
  CHECK_FALSE(found_at(513, 112));
  CHECK_MESSAGE(boxes.size() == 2, boxes.size() << " boxes");
  // At most max_boxes, the first ones from the top.
  const auto one = unread_ink(g, words, 300, 1);
  REQUIRE(one.size() == 1);
  CHECK(one[0].y0 < 200);
}

TEST_CASE("OCR words: points, reading order of glyphs, specks and misread white space dropped") {
  ocr_word amount;  // "165.34" whose symbol boxes Tesseract put out of order
  amount.utf8 = "165.34";
  amount.x0 = 1000, amount.y0 = 300, amount.x1 = 1108, amount.y1 = 325, amount.baseline = 325;
  amount.confidence = 91;
  const int xs[] = {1000, 1018, 1036, 1054, 1078, 1060};
  const char* chars[] = {"1", "6", "5", ".", "3", "4"};
  for (int i = 0; i < 6; ++i)
    amount.symbols.push_back({chars[i], xs[i], 300, xs[i] + (i == 3 ? 6 : 18), 325, 95});
  ocr_word name;  // "“人大": a quote boxed over the whole line before an indented name
  name.utf8 = "“人大";
  name.x0 = 300, name.y0 = 290, name.x1 = 420, name.y1 = 340, name.baseline = 330;
  name.confidence = 90;
  name.symbols = {{"“", 300, 290, 330, 340, 92},
                  {"人", 330, 300, 370, 332, 99},
                  {"大", 375, 300, 415, 332, 99}};
  ocr_word speck;  // dust read as a stop
  speck.utf8 = ".";
  speck.x0 = 50, speck.y0 = 50, speck.x1 = 53, speck.y1 = 53, speck.confidence = 30;
  speck.symbols = {{".", 50, 50, 53, 53, 30}};
  const auto words = to_page_words({amount, name, speck}, 300);
  REQUIRE(words.size() == 2);
  CHECK(to_utf8(words[0].text) == "165.34");
  CHECK(words[0].confidence == doctest::Approx(91));
  REQUIRE(words[0].glyphs.size() == 6);
  for (std::size_t i = 1; i < 6; ++i)
    CHECK(words[0].glyphs[i].x0 >= words[0].glyphs[i - 1].x1 - 1e-9);
  CHECK(words[0].where.x0 == doctest::Approx(1000 * 72.0 / 300));
  CHECK(to_utf8(words[1].text) == "人大");
  CHECK(words[1].glyphs.size() == 2);
}

TEST_CASE("OCR words: neighbours whose boxes overlap keep their order along the line") {
  // "(补助" and ")" as Tesseract boxed them: the ")" starts before 助 does.
  ocr_word open;
  open.utf8 = "(补助";
  open.x0 = 1870, open.y0 = 452, open.x1 = 1962, open.y1 = 486, open.baseline = 484;
  open.confidence = 80;
  open.symbols = {{"(", 1870, 452, 1882, 486, 80},
                  {"补", 1885, 452, 1920, 486, 90},
                  {"助", 1925, 452, 1962, 486, 90}};
  ocr_word close;
  close.utf8 = ")";
  close.x0 = 1912, close.y0 = 448, close.x1 = 1965, close.y1 = 500, close.baseline = 484;
  close.confidence = 92;
  close.symbols = {{")", 1912, 452, 1965, 486, 92}};
  const auto words = to_page_words({open, close}, 300);
  std::vector<std::pair<double, char32_t>> glyphs;
  for (const auto& w : words) {
    REQUIRE(w.glyphs.size() == w.text.size());
    for (std::size_t i = 0; i < w.text.size(); ++i) glyphs.emplace_back(w.glyphs[i].x0, w.text[i]);
  }
  std::sort(glyphs.begin(), glyphs.end());
  std::u32string line;
  for (const auto& g : glyphs) line += g.second;
  CHECK(to_utf8(line) == "（补助）");
}

TEST_CASE("OCR alternatives: look-alike digits, neighbours swapped, decimal point lost or added") {
  const auto alt = ocr_alternatives("165.43");
  auto has = [&](const char* s) { return std::find(alt.begin(), alt.end(), s) != alt.end(); };
  CHECK(has("185.43"));  // 6 -> 8
  CHECK(has("765.43"));  // 1 -> 7
  CHECK(has("166.43"));  // 5 -> 6
  CHECK(has("165.48"));  // 3 -> 8
  CHECK(has("165.34"));  // 4 and 3 swapped
  CHECK(has("16543"));   // a decimal point read from a speck
  CHECK_FALSE(has("165.43"));
  CHECK_FALSE(has("265.43"));
  const auto lost = ocr_alternatives("16543");
  CHECK(std::find(lost.begin(), lost.end(), "165.43") != lost.end());
  CHECK(std::find(lost.begin(), lost.end(), "1654.3") != lost.end());
  const auto pct = ocr_alternatives("93.83%");
  CHECK(std::find(pct.begin(), pct.end(), "98.83%") != pct.end());
}

namespace {

// 表5 as OCR read it: 201 = 20101 + 20102, but 20101 read "165.43" for a printed 165.34.
document ocr_document(float confidence) {
  document doc;
  table t;
  t.number = "表5";
  t.title = "一般公共预算财政拨款支出决算表";
  t.pages = {2};
  t.declared_unit = unit::ten_thousand_yuan;
  block b;
  b.columns = {{{"决算数"}, "total"}};
  auto add = [&](std::string code, std::optional<std::string> parent, const char* value,
                 float conf) {
    row r;
    r.code = code;
    r.parent = parent;
    r.name = "行";
    r.values = {parse_amount(value)};
    r.page = 2;
    r.source = value_source::ocr;
    r.confidence = {conf};
    b.rows.push_back(r);
  };
  add("201", std::nullopt, "377.24", 96);
  add("20101", "201", "165.43", confidence);
  add("20102", "201", "211.90", 95);
  t.blocks.push_back(b);
  doc.tables.push_back(t);
  return doc;
}

}  // namespace

TEST_CASE("trust: a failing sum over a low-confidence OCR value is an extraction doubt naming it") {
  const auto low = check_document(ocr_document(41));
  CHECK(low.extraction_doubts == 1);
  CHECK(low.document_errors == 0);
  REQUIRE(!low.results.empty());
  const auto& c = low.results.front();
  CHECK(contains(c.doubt, "165.43"));
  CHECK(contains(c.doubt, "20101"));
  CHECK(contains(c.doubt, "confidence 41"));
  // Read with confidence: the sum's failure stands as a finding about the document.
  const auto high = check_document(ocr_document(97));
  CHECK(high.document_errors == 1);
  CHECK(high.extraction_doubts == 0);
}

TEST_CASE(
    "trust: the digit alternative that makes the failing sum hold is suggested, not applied") {
  const document doc = ocr_document(41);
  const auto found = ocr_suggested_corrections(doc, check_document(doc));
  REQUIRE(found.size() == 1);
  CHECK(found[0].code == diagnostic_code::ocr_suggested_correction);
  CHECK(contains(found[0].message, "165.43"));
  CHECK(contains(found[0].message, "read as 165.34"));
  CHECK(contains(found[0].message, "20101"));
  CHECK(doc.tables[0].blocks[0].rows[1].values[0]->text() == "165.43");
  // Nothing fails: nothing to suggest.
  document fine = doc;
  fine.tables[0].blocks[0].rows[1].values[0] = parse_amount("165.34");
  CHECK(ocr_suggested_corrections(fine, check_document(fine)).empty());
}

TEST_CASE("--ocr never on a scan keeps no_text_layer; a page over its OCR budget is skipped") {
  CHECK(std::string(ocr_mode_name(ocr_mode::automatic)) == "auto");
  CHECK(std::string(ocr_mode_name(ocr_mode::always)) == "always");
  CHECK(std::string(ocr_mode_name(ocr_mode::never)) == "never");
  const auto scan = budgetpdf::test::make_scan(
      budgetpdf::test::samples_dir() / "s12_final_percentages_2022.pdf", "--dpi 100");
  if (!scan) {
    MESSAGE("skipped: no /usr/bin/python3 with PIL, or no pdftoppm, to make a scan");
    return;
  }
  parse_options never;
  never.ocr = ocr_mode::never;
  const auto o = budgetpdf::test::parse_path(*scan, never);
  CHECK_MESSAGE(o.code == error_code::no_text_layer, describe(o));
  CHECK(contains(o.message, "pages 1, 2"));
  if (!ocr_built()) return;
  // A page budget too small for any page: each is skipped, and the error says why.
  parse_options hurried;
  hurried.ocr_page_seconds = 1e-6;
  const auto h = budgetpdf::test::parse_path(*scan, hurried);
  CHECK_MESSAGE(h.code == error_code::no_text_layer, describe(h));
  CHECK(contains(h.message, "page 1 was not read by OCR"));
  CHECK(contains(h.message, "budget"));
}

TEST_CASE("--ocr always in a build without OCR is ocr_unavailable") {
  if (ocr_built()) {
    MESSAGE("skipped: this build has OCR");
    return;
  }
  parse_options always;
  always.ocr = ocr_mode::always;
  const auto o = budgetpdf::test::parse_path(
      budgetpdf::test::samples_dir() / "s12_final_percentages_2022.pdf", always);
  CHECK_MESSAGE(o.code == error_code::ocr_unavailable, describe(o));
}
