// Limits that hold everywhere (issue 13), each on a generated hostile input
// (tools/hostile_pdfs.hpp) or a sample turned or damaged at test time with qpdf:
// - time: words per page bounded before poppler's super-linear word building, the deadline
//   checked after each page, after layout and before returning, huge --timeout values clamped;
// - memory: absurd object numbers refused before poppler indexes them, max_memory;
// - unreadable text: per-page warnings, no table claimed empty, unreadable_text for a document;
// - rotation: pages turned by /Rotate or printed sideways read exactly like upright ones;
// - render: pictures capped (downscaled, or too_large), poppler's messages as diagnostics;
// - output: names that are not UTF-8 or hold control characters; -o replaced atomically.
#include "../tools/hostile_pdfs.hpp"
#include "api/render.hpp"
#include "parse_outcome.hpp"
#include "pdf/pdf_reader.hpp"
#include "pdf/xref_scan.hpp"
#include "test_paths.hpp"

#include <budgetpdf/error.hpp>
#include <budgetpdf/export.hpp>
#include <budgetpdf/parse.hpp>
#include <budgetpdf/render.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using budgetpdf::error;
using budgetpdf::error_code;
using budgetpdf::parse_options;

namespace {

using bytes_t = std::vector<unsigned char>;

bytes_t bytes_of(std::string_view s) { return {s.begin(), s.end()}; }

bytes_t read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in, "cannot read " << path.string());
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_bytes(const fs::path& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), std::streamsize(bytes.size()));
  REQUIRE_MESSAGE(out, "cannot write " << path.string());
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

fs::path sample(const std::string& name) { return budgetpdf::test::samples_dir() / name; }

/// A scratch directory under the build tree for this process, removed at exit.
const fs::path& scratch() { return budgetpdf::test::scratch_dir("limits_test"); }

std::string quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

struct run_result {
  int status = -1;
  std::string out, err;
};

/// Runs `command` under sh, stdout and stderr captured.
run_result run(const std::string& command) {
  const fs::path out = scratch() / "stdout", err = scratch() / "stderr";
  const int raw = std::system(
      (command + " >" + quote(out.string()) + " 2>" + quote(err.string()) + " </dev/null").c_str());
  run_result r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
  r.out = slurp(out);
  r.err = slurp(err);
  return r;
}

fs::path cli() { return fs::path(BUDGETPDF_BINARY_DIR) / "budgetpdf"; }

bool have_qpdf() {
  static const bool have = std::system("qpdf --version >/dev/null 2>&1") == 0;
  return have;
}

/// qpdf with `args`; false (and a message) when qpdf is missing. qpdf exits 3 for warnings.
bool qpdf(const std::string& args) {
  if (!have_qpdf()) {
    MESSAGE("qpdf is not installed: skipped (scripts/bootstrap.sh installs it)");
    return false;
  }
  const int raw = std::system(("qpdf " + args + " >/dev/null 2>&1").c_str());
  const int status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  REQUIRE_MESSAGE((status == 0 || status == 3), "qpdf " << args << " exited " << status);
  return true;
}

using outcome = budgetpdf::test::parse_outcome;
using budgetpdf::test::contains;
using budgetpdf::test::describe;
using budgetpdf::test::parse_path;

outcome parse(std::string_view bytes, const parse_options& options = {}) {
  return budgetpdf::test::parse_bytes(bytes_of(bytes), options);
}

std::size_t count_diagnostics(const budgetpdf::document& doc, std::string_view code) {
  return static_cast<std::size_t>(std::count_if(
      doc.diagnostics.begin(), doc.diagnostics.end(),
      [&](const auto& d) { return budgetpdf::diagnostic_code_name(d.code) == code; }));
}

/// Every table cell for cell: title, kind, unit, emptiness, columns, and each row's codes,
/// name, item and values. Boxes are left out (compared separately).
std::string cells_of(const budgetpdf::document& doc) {
  std::string s;
  for (const auto& t : doc.tables) {
    s += "table " + t.number.value_or("-") + " " + t.title + " " +
         budgetpdf::table_kind_name(t.kind) + (t.empty ? " empty" : "") + " pages";
    for (int p : t.pages) s += " " + std::to_string(p);
    s += "\n";
    for (const auto& b : t.blocks) {
      s += " block " + b.label.value_or("-") + ":";
      for (const auto& c : b.columns) {
        s += " [";
        for (const auto& h : c.header) s += h + "/";
        s += c.key + "]";
      }
      s += "\n";
      for (const auto& r : b.rows) {
        s += "  " + r.code.value_or("-") + " | " + r.name + " | " + r.item.value_or("-") + " |";
        for (const auto& o : r.other_codes) s += " " + o;
        for (const auto& v : r.values) s += " " + (v ? v->text() : std::string("-"));
        s += "\n";
      }
    }
  }
  return s;
}

double max_box_difference(const budgetpdf::document& a, const budgetpdf::document& b) {
  double worst = 0;
  for (std::size_t t = 0; t < std::min(a.tables.size(), b.tables.size()); ++t)
    for (std::size_t k = 0; k < std::min(a.tables[t].blocks.size(), b.tables[t].blocks.size()); ++k)
      for (std::size_t r = 0;
           r < std::min(a.tables[t].blocks[k].rows.size(), b.tables[t].blocks[k].rows.size());
           ++r) {
        const auto& x = a.tables[t].blocks[k].rows[r].where;
        const auto& y = b.tables[t].blocks[k].rows[r].where;
        for (double d : {x.x0 - y.x0, x.y0 - y.y0, x.x1 - y.x1, x.y1 - y.y1})
          worst = std::max(worst, std::abs(d));
      }
  return worst;
}

}  // namespace

// ---------------------------------------------------------------------------------------
// Time
// ---------------------------------------------------------------------------------------

TEST_CASE("time: words per page are bounded before poppler builds them into lines") {
  const std::string bomb = budgetpdf::hostile::word_bomb(40000);
  const bytes_t bytes = bytes_of(bomb);
  auto pdf = budgetpdf::detail::pdf_reader::open(bytes, {});
  const auto page = pdf->read_page(1);
  CHECK(page.truncated);
  // The reader's word count is an estimate of poppler's cutting; poppler may join a few.
  CHECK(page.words.size() <= parse_options{}.max_words_per_page);
  CHECK(page.words.size() >= parse_options{}.max_words_per_page / 2);

  const outcome o = parse(bomb);
  CHECK_MESSAGE(o.code == error_code::no_tables, describe(o));
  CHECK(contains(o.message, "cut off at a glyph, word or path limit: 1"));

  parse_options few;
  few.max_words_per_page = 100;
  auto small = budgetpdf::detail::pdf_reader::open(bytes, few)->read_page(1);
  CHECK(small.truncated);
  CHECK(small.words.size() <= 100);
}

TEST_CASE("time: the deadline is checked after the page's words are built, not only before") {
  // 3,500 scattered words (under the word limit): interpreting the page takes milliseconds,
  // building its words (one poppler call the abort callback cannot stop) far longer than 0.2 s.
  const std::string bomb = budgetpdf::hostile::word_bomb(3500);
  const bytes_t bytes = bytes_of(bomb);
  const auto start = std::chrono::steady_clock::now();
  const auto page = budgetpdf::detail::pdf_reader::open(bytes, {})->read_page(1);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK_FALSE(page.truncated);
  if (seconds < 0.4) {
    MESSAGE("the page was read in " << seconds << " s: too fast to test the deadline with");
    return;
  }
  parse_options quick;
  quick.max_seconds = 0.2;
  const outcome o = parse(bomb, quick);
  CHECK_MESSAGE(o.code == error_code::timed_out, describe(o));
  CHECK(contains(o.message, "page 1"));
}

TEST_CASE("time: huge, infinite and NaN time limits are clamped, not overflowed") {
  const std::string s01 = slurp(sample("s01_korla_2024_budget.pdf"));
  for (double seconds : {1e10, 1e300, std::numeric_limits<double>::infinity()}) {
    INFO("max_seconds " << seconds);
    parse_options o;
    o.max_seconds = seconds;
    const outcome r = parse(s01, o);
    CHECK_MESSAGE(r.ok, describe(r));
  }
  parse_options nan;
  nan.max_seconds = std::numeric_limits<double>::quiet_NaN();
  CHECK(parse(s01, nan).code == error_code::timed_out);

  if (!fs::exists(cli())) return;
  const auto r =
      run(quote(cli().string()) + " parse " + quote(sample("s01_korla_2024_budget.pdf").string()) +
          " --timeout 1e10 --format csv");
  INFO(r.err);
  CHECK(r.status == 0);
  CHECK(contains(r.out, "file,department"));
}

// ---------------------------------------------------------------------------------------
// Memory
// ---------------------------------------------------------------------------------------

TEST_CASE("memory: a file claiming 30 million objects is too_large before poppler indexes them") {
  const outcome o = parse(budgetpdf::hostile::xref_bomb());
  CHECK_MESSAGE(o.code == error_code::too_large, describe(o));
  CHECK(contains(o.message, "30000000"));
  CHECK(contains(o.message, "max_memory"));
  // The same damage with a plausible number is poppler's to repair (a page without text).
  const outcome modest = parse(budgetpdf::hostile::xref_bomb(1000));
  CHECK_MESSAGE(modest.code == error_code::no_text_layer, describe(modest));

  // Claims in a cross-reference table, a /Size and an xref stream's /Index count as well.
  using budgetpdf::detail::highest_object_number;
  CHECK(highest_object_number(bytes_of("xref\n0 5000000\n0000000000 65535 f \n")) == 5000000);
  CHECK(highest_object_number(bytes_of("trailer<</Size 7000000/Root 1 0 R>>")) == 7000000);
  CHECK(highest_object_number(bytes_of("<</Type/XRef/Index[0 10 900 9000000]>>")) == 9000900);
  CHECK(highest_object_number(bytes_of("12 0 obj<<>>endobj 3 0 obj")) == 12);
  CHECK(highest_object_number(bytes_of("no objects endobj here")) == 0);
  // An embedded file's /Params /Size is its length in bytes (a 200 MB attachment), not a claim.
  CHECK(highest_object_number(bytes_of("4 0 obj<</Type/EmbeddedFile/Params<</Size 200000000>>"
                                       ">>stream\nxx\nendstream")) == 4);
}

TEST_CASE("memory: max_memory counts the input; --max-mb tells a non-PDF by its first bytes") {
  const fs::path s01 = sample("s01_korla_2024_budget.pdf");
  parse_options tight;
  tight.max_memory = fs::file_size(s01);  // the input alone fills it
  const outcome o = parse_path(s01, tight);
  CHECK_MESSAGE(o.code == error_code::too_large, describe(o));
  CHECK(contains(o.message, "memory"));

  // A 3 MiB HTML page with a 1 MiB limit: not_a_pdf (it is not read whole to learn that).
  const fs::path html = scratch() / "big.html.pdf";
  write_bytes(html, "<!DOCTYPE html><html><body>" + std::string(3u << 20, 'x') + "</body></html>");
  parse_options one_mb;
  one_mb.max_bytes = 1u << 20;
  const outcome big = parse_path(html, one_mb);
  CHECK_MESSAGE(big.code == error_code::not_a_pdf, describe(big));
  CHECK(contains(big.message, "HTML"));
  // A PDF over the limit is still too_large.
  parse_options tiny;
  tiny.max_bytes = 1000;
  CHECK(parse_path(s01, tiny).code == error_code::too_large);
}

// ---------------------------------------------------------------------------------------
// Unreadable text
// ---------------------------------------------------------------------------------------

TEST_CASE("unreadable: an Identity font without ToUnicode is unreadable_text, not tables") {
  // poppler maps such a font's glyph numbers to the same-numbered code points: "1234" would
  // pass for an amount. The reader counts them as unreadable instead.
  const std::string pdf = budgetpdf::hostile::unmapped_font();
  auto page = budgetpdf::detail::pdf_reader::open(bytes_of(pdf), {})->read_page(1);
  CHECK(page.glyphs == 30 * 11);
  CHECK(page.unreadable_glyphs == page.glyphs);
  for (const auto& w : page.words)
    CHECK(std::all_of(w.text.begin(), w.text.end(), [](char32_t c) { return c == U'\uFFFD'; }));

  const outcome o = parse(pdf);
  CHECK_MESSAGE(o.code == error_code::unreadable_text, describe(o));
  CHECK(contains(o.message, "330 of the 330 glyphs"));
  CHECK(contains(o.message, "OCR"));
  CHECK(budgetpdf::error_code_name(error_code::unreadable_text) == "unreadable_text");
}

TEST_CASE("unreadable: a ToUnicode map into the private-use area is unreadable_text") {
  const outcome o = parse(budgetpdf::hostile::private_use_font());
  CHECK_MESSAGE(o.code == error_code::unreadable_text, describe(o));
  CHECK(contains(o.message, "120 of the 120 glyphs"));
}

TEST_CASE("unreadable: a few private-use glyphs (a letterhead rule) do not make a document so") {
  // 40 private-use glyphs among about 400 readable ones (the corpus has such a letter): the
  // page is flagged, the document is what it is, prose without a table.
  const std::string pdf = budgetpdf::hostile::letterhead_rule();
  const auto page = budgetpdf::detail::pdf_reader::open(bytes_of(pdf), {})->read_page(1);
  CHECK(page.unreadable_glyphs == 40);
  CHECK(page.glyphs > 400);
  const outcome o = parse(pdf);
  CHECK_MESSAGE(o.code == error_code::no_tables, describe(o));
}

TEST_CASE("unreadable: tables whose digits map to no text are not empty, and pages say so") {
  // s01 with its ToUnicode map sending the digits to private-use code points (same length,
  // so the file stays intact): every amount is unreadable, titles and headers are not.
  const fs::path qdf = scratch() / "s01.qdf.pdf", broken = scratch() / "s01_unreadable.pdf";
  if (!qpdf("--qdf --object-streams=disable " +
            quote(sample("s01_korla_2024_budget.pdf").string()) + " " + quote(qdf.string())))
    return;
  std::string bytes = slurp(qdf);
  int replaced = 0;
  for (char d = '0'; d <= '9'; ++d) {
    const std::string from = std::string("<3") + d + "> <003" + d + ">";
    const std::string to = std::string("<3") + d + "> <E03" + d + ">";
    for (auto at = bytes.find(from); at != std::string::npos; at = bytes.find(from, at + 1)) {
      bytes.replace(at, from.size(), to);
      ++replaced;
    }
  }
  REQUIRE(replaced >= 10);
  write_bytes(broken, bytes);

  const outcome alone = parse_path(broken);
  CHECK_MESSAGE(alone.code == error_code::unreadable_text, describe(alone));

  // After the pages of a readable sample: a document, its unreadable tables not empty.
  const fs::path readable = sample("s03_county_edu_own_codes_2023.pdf");
  const fs::path merged = scratch() / "merged_unreadable.pdf";
  REQUIRE(qpdf("--empty --pages " + quote(readable.string()) + " " + quote(broken.string()) +
               " -- " + quote(merged.string())));
  const outcome plain = parse_path(readable);
  REQUIRE(plain.ok);
  const outcome original = parse_path(sample("s01_korla_2024_budget.pdf"));
  REQUIRE(original.ok);
  const int first_broken_page = plain.doc.page_count + 1;
  const outcome o = parse_path(merged);
  REQUIRE_MESSAGE(o.ok, describe(o));
  std::size_t with_data = 0;
  for (const auto& t : o.doc.tables) {
    if (t.pages.empty() || t.pages.front() < first_broken_page) continue;
    // Empty only where the readable original is printed empty too.
    const auto same = std::find_if(original.doc.tables.begin(), original.doc.tables.end(),
                                   [&](const auto& u) { return u.title == t.title; });
    REQUIRE_MESSAGE(same != original.doc.tables.end(), t.title);
    INFO(t.title);
    CHECK(t.empty == same->empty);
    with_data += !same->empty;
  }
  CHECK(with_data >= 3);
  CHECK(count_diagnostics(o.doc, "table-unreadable") == with_data);
  CHECK(count_diagnostics(o.doc, "unreadable-text") >= 1);
  for (const auto& d : o.doc.diagnostics)
    if (d.code == budgetpdf::diagnostic_code::unreadable_text)
      CHECK(d.at.page >= first_broken_page);
  // The readable part is as it was.
  CHECK(count_diagnostics(plain.doc, "unreadable-text") == 0);
  CHECK(count_diagnostics(plain.doc, "table-unreadable") == 0);
}

// ---------------------------------------------------------------------------------------
// Rotation
// ---------------------------------------------------------------------------------------

TEST_CASE("rotation: samples turned by /Rotate or printed sideways parse like the upright") {
  if (!have_qpdf()) {
    MESSAGE("qpdf is not installed: skipped");
    return;
  }
  for (const char* name : {"s01_korla_2024_budget.pdf", "s07_unruled_no_header_repeat_2024.pdf",
                           "s09_rotated_pages_2025.pdf"}) {
    const fs::path upright_path = sample(name);
    const outcome upright = parse_path(upright_path);
    REQUIRE_MESSAGE(upright.ok, describe(upright));
    const std::string expected = cells_of(upright.doc);
    for (int degrees : {90, 180, 270}) {
      for (const bool flatten : {false, true}) {
        // /Rotate on every page; flattened, the page box itself turns and the content is
        // drawn sideways through the content matrix (a table printed sideways).
        const fs::path turned =
            scratch() / (std::to_string(degrees) + (flatten ? "f_" : "_") + name);
        REQUIRE(qpdf("--rotate=+" + std::to_string(degrees) +
                     (flatten ? " --flatten-rotation " : " ") + quote(upright_path.string()) + " " +
                     quote(turned.string())));
        const outcome o = parse_path(turned);
        INFO(name << " turned " << degrees << (flatten ? ", flattened" : ", /Rotate"));
        REQUIRE_MESSAGE(o.ok, describe(o));
        CHECK(cells_of(o.doc) == expected);
        // The reading frame is the upright page's: the same boxes.
        CHECK(max_box_difference(o.doc, upright.doc) < 0.01);
      }
    }
  }
}

TEST_CASE("rotation: the reader turns a sideways page and says how far") {
  if (!have_qpdf()) return;
  const fs::path turned = scratch() / "s01_turned.pdf";
  REQUIRE(qpdf("--rotate=+90 " + quote(sample("s01_korla_2024_budget.pdf").string()) + " " +
               quote(turned.string())));
  const bytes_t upright_bytes = read_bytes(sample("s01_korla_2024_budget.pdf"));
  const bytes_t turned_bytes = read_bytes(turned);
  const auto a = budgetpdf::detail::pdf_reader::open(upright_bytes, {})->read_page(1);
  const auto b = budgetpdf::detail::pdf_reader::open(turned_bytes, {})->read_page(1);
  CHECK(a.reading_turns == 0);
  CHECK(b.rotate == (a.rotate + 90) % 360);
  CHECK(b.reading_turns == 3);  // three more clockwise quarter turns make it upright again
  CHECK(b.width == doctest::Approx(a.width));
  CHECK(b.height == doctest::Approx(a.height));
  REQUIRE(a.words.size() == b.words.size());
  for (std::size_t i = 0; i < a.words.size(); ++i) {
    CHECK(a.words[i].text == b.words[i].text);
    CHECK(b.words[i].rotation == a.words[i].rotation);
  }
  // Back to the displayed frame: the turned page is as wide as the upright one is high.
  const budgetpdf::box top_left{0, 0, 10, 20};
  const budgetpdf::box shown = budgetpdf::detail::to_displayed_frame(b, top_left);
  CHECK(shown.x0 == doctest::Approx(b.height - 20));
  CHECK(shown.x1 == doctest::Approx(b.height));
  CHECK(shown.y0 == doctest::Approx(0));
  CHECK(shown.y1 == doctest::Approx(10));
}

// ---------------------------------------------------------------------------------------
// Render
// ---------------------------------------------------------------------------------------

TEST_CASE("render: a page too large even at 10 dpi is too_large; a large one is downscaled") {
  const std::string huge = budgetpdf::hostile::huge_page();
  budgetpdf::render_options o;
  o.dpi = 2400;
  budgetpdf::render_result counts;
  const bytes_t huge_bytes = bytes_of(huge);
  try {
    budgetpdf::detail::render_overlay(huge_bytes, 1, o, counts);
    FAIL("a 14,400-inch page was rendered");
  } catch (const error& e) {
    CHECK(e.code() == error_code::too_large);
    CHECK(contains(e.what(), "10 dpi"));
  }

  // 50 x 50 inches at 2400 dpi: drawn at the highest dpi within the limit, and said so.
  const bytes_t big = bytes_of(budgetpdf::hostile::huge_page(50));
  o.max_pixels = 1e6;
  const auto image = budgetpdf::detail::render_overlay(big, 1, o, counts);
  CHECK(counts.dpi < 2400);
  CHECK(counts.dpi >= 10);
  CHECK(double(image.width) * double(image.height) <= 1e6);
  CHECK(image.width == counts.width);
  CHECK(std::count_if(counts.diagnostics.begin(), counts.diagnostics.end(), [](const auto& d) {
          return d.code == budgetpdf::diagnostic_code::render_downscaled;
        }) == 1);
}

TEST_CASE("render: a turned page's outlines are drawn where its tables are shown") {
  if (!have_qpdf()) return;
  const fs::path turned = scratch() / "s01_render_turned.pdf";
  REQUIRE(qpdf("--rotate=+90 " + quote(sample("s01_korla_2024_budget.pdf").string()) + " " +
               quote(turned.string())));
  const bytes_t upright = read_bytes(sample("s01_korla_2024_budget.pdf"));
  const bytes_t sideways = read_bytes(turned);
  const auto a = budgetpdf::detail::layout_overlay(upright, 2, {});
  double width = 0, height = 0;
  const auto b = budgetpdf::detail::layout_overlay(sideways, 2, {}, &width, &height);
  REQUIRE(a.tables.size() == 1);
  REQUIRE(b.tables.size() == 1);
  CHECK(a.cells.size() == b.cells.size());
  // Shown turned a quarter clockwise: the upright box (x0, y0, x1, y1) is at
  // (H - y1, x0, H - y0, x1), H the upright page's height (= the shown page's width).
  const auto& u = a.tables.front();
  const auto& s = b.tables.front();
  CHECK(s.x0 == doctest::Approx(width - u.y1));
  CHECK(s.x1 == doctest::Approx(width - u.y0));
  CHECK(s.y0 == doctest::Approx(u.x0));
  CHECK(s.y1 == doctest::Approx(u.x1));
}

// ---------------------------------------------------------------------------------------
// Output: names and atomic files
// ---------------------------------------------------------------------------------------

TEST_CASE("names: GBK and control characters give valid UTF-8 JSON, CSV and text") {
  CHECK(budgetpdf::printable_text("\xD4\xA4\xCB\xE3.pdf") == "预算.pdf");
  CHECK(budgetpdf::printable_text("a\x1B[31m\x07"
                                  "b.pdf") == "a\\x1B[31m\\x07b.pdf");
  CHECK(budgetpdf::printable_text("a\x1B.pdf", false) == "a\x1B.pdf");
  CHECK(budgetpdf::printable_text("caf\xE9.pdf") == "caf\xEF\xBF\xBD.pdf");  // not GB18030
  CHECK(budgetpdf::printable_text("表1.pdf") == "表1.pdf");
  CHECK(budgetpdf::printable_text("x\xC2\x85y") == "x\\x85y");  // C1 control U+0085

  if (!fs::exists(cli())) return;
  const fs::path dir = scratch() / "names";
  fs::create_directories(dir);
  const std::string s01 = slurp(sample("s01_korla_2024_budget.pdf"));
  write_bytes(dir / "\xD4\xA4\xCB\xE3.pdf", s01);
  write_bytes(dir /
                  "a\x1B[31m\x07"
                  "b.pdf",
              s01);
  write_bytes(dir / "line\nbreak.pdf", "<html>not a pdf</html>");

  const auto json_run = run(quote(cli().string()) + " report " + quote(dir.string()) + " --json");
  REQUIRE(json_run.status == 0);
  nlohmann::json report;
  REQUIRE_NOTHROW(report = nlohmann::json::parse(json_run.out));
  std::vector<std::string> files;
  for (const auto& d : report["documents"]) files.push_back(d["file"].get<std::string>());
  CHECK(std::any_of(files.begin(), files.end(),
                    [](const auto& f) { return contains(f, "预算.pdf"); }));
  CHECK(std::any_of(files.begin(), files.end(),
                    [](const auto& f) { return contains(f, "a\\x1B[31m\\x07b.pdf"); }));
  CHECK(std::any_of(files.begin(), files.end(),
                    [](const auto& f) { return contains(f, "line\\x0Abreak.pdf"); }));

  const auto text_run = run(quote(cli().string()) + " report " + quote(dir.string()));
  REQUIRE(text_run.status == 0);
  CHECK(std::none_of(text_run.out.begin(), text_run.out.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x20 && c != '\n'; }));
  CHECK(contains(text_run.out, "预算.pdf"));

  const auto csv = run(quote(cli().string()) + " parse " +
                       quote((dir / "\xD4\xA4\xCB\xE3.pdf").string()) + " --format csv");
  REQUIRE(csv.status == 0);
  CHECK(contains(csv.out, "\n预算.pdf,"));
  const auto esc = run(quote(cli().string()) + " parse " +
                       quote((dir / "a\x1B[31m\x07"
                                    "b.pdf")
                                 .string()) +
                       " --format csv");
  CHECK(contains(esc.out, "\na\\x1B[31m\\x07b.pdf,"));
  CHECK(esc.out.find('\x1B') == std::string::npos);

  // Errors on stderr stay one line.
  const auto err =
      run(quote(cli().string()) + " parse " + quote((dir / "line\nbreak.pdf").string()));
  CHECK(err.status == 11);
  CHECK(std::count(err.err.begin(), err.err.end(), '\n') == 1);
}

TEST_CASE("output: -o on a failing write keeps the previous file and says why") {
  if (!fs::exists(cli())) return;
  const fs::path dir = scratch() / "out";
  fs::create_directories(dir);
  const fs::path out = dir / "tables.json";
  write_bytes(out, "previous good output\n");
  // A file size limit of 1 KiB (ulimit -f) makes the write fail with EFBIG half-way, as a
  // full disk fails with ENOSPC; SIGXFSZ ignored so that the write returns the error.
  const auto r =
      run("trap '' XFSZ; ulimit -f 1; exec " + quote(cli().string()) + " parse " +
          quote(sample("s01_korla_2024_budget.pdf").string()) + " -o " + quote(out.string()));
  INFO(r.err);
  CHECK(r.status == 10);
  CHECK(contains(r.err, "File too large"));
  CHECK(contains(r.err, "unchanged"));
  CHECK(slurp(out) == "previous good output\n");
  std::size_t entries = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    (void)e;
    ++entries;
  }
  CHECK(entries == 1);  // no temporary file left behind

  // Without the limit: replaced whole.
  const auto ok =
      run(quote(cli().string()) + " parse " + quote(sample("s01_korla_2024_budget.pdf").string()) +
          " -o " + quote(out.string()));
  CHECK(ok.status == 0);
  CHECK(nlohmann::json::parse(slurp(out))["schema"] == "budgetpdf/1");
}
