// Robustness: what a crawler brings back. Broken inputs are made at test time from samples/
// (truncated, bytes flipped, an HTML page named .pdf, an empty file, an encrypted copy made
// with qpdf, an image-only page, a zero-page document, a pathological page) and each must
// give a document or the expected typed error, in the library and in the CLI (exit codes of
// docs/error-codes.md). Limits: max_pages, max_bytes, max_seconds, glyphs and paths per page.
#include "../tools/hostile_pdfs.hpp"
#include "parse_outcome.hpp"
#include "pdf/pdf_reader.hpp"
#include "test_paths.hpp"

#include <budgetpdf/error.hpp>
#include <budgetpdf/parse.hpp>

#include <doctest/doctest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using budgetpdf::error;
using budgetpdf::error_code;
using budgetpdf::parse_options;

namespace {

using bytes_t = std::vector<unsigned char>;

bytes_t read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in, "cannot read " << path.string());
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_bytes(const fs::path& path, const bytes_t& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
  REQUIRE_MESSAGE(out, "cannot write " << path.string());
}

bytes_t bytes_of(std::string_view s) { return {s.begin(), s.end()}; }

fs::path sample(const std::string& name) { return budgetpdf::test::samples_dir() / name; }
fs::path trap(const std::string& name) { return budgetpdf::test::test_data_dir() / "traps" / name; }

/// A scratch directory for this process, removed at exit.
const fs::path& scratch() {
  struct dir {
    fs::path path;
    dir() {
      path = fs::temp_directory_path() / ("budgetpdf_robustness_" + std::to_string(::getpid()));
      fs::create_directories(path);
    }
    ~dir() {
      std::error_code ec;
      fs::remove_all(path, ec);
    }
  };
  static dir d;
  return d.path;
}

std::string quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

int shell(const std::string& command) {
  const int raw = std::system((command + " >/dev/null 2>&1").c_str());
  return WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
}

bool have_qpdf() {
  static const bool have = shell("qpdf --version") == 0;
  return have;
}

/// qpdf with `args`; false (and a message) when qpdf is missing. qpdf exits 3 for warnings.
bool qpdf(const std::string& args) {
  if (!have_qpdf()) {
    MESSAGE("qpdf is not installed: skipped (scripts/bootstrap.sh installs it)");
    return false;
  }
  const int status = shell("qpdf " + args);
  REQUIRE_MESSAGE((status == 0 || status == 3), "qpdf " << args << " exited " << status);
  return true;
}

using outcome = budgetpdf::test::parse_outcome;
using budgetpdf::test::contains;
using budgetpdf::test::describe;
using budgetpdf::test::parse_path;

outcome parse(const bytes_t& bytes, const parse_options& options = {}) {
  return budgetpdf::test::parse_bytes(bytes, options);
}

bool has_diagnostic(const budgetpdf::document& doc, std::string_view code, int page = 0) {
  return std::any_of(doc.diagnostics.begin(), doc.diagnostics.end(), [&](const auto& d) {
    return budgetpdf::diagnostic_code_name(d.code) == code && (page == 0 || d.at.page == page);
  });
}

/// A PDF with one page per content stream, Helvetica as /F1, correct cross-reference table.
bytes_t make_pdf(const std::vector<std::string>& pages) {
  std::vector<std::string> objects;
  objects.push_back("<</Type/Catalog/Pages 2 0 R>>");
  std::string kids;
  for (std::size_t i = 0; i < pages.size(); ++i) kids += std::to_string(4 + 2 * i) + " 0 R ";
  objects.push_back("<</Type/Pages/Kids[" + kids + "]/Count " + std::to_string(pages.size()) +
                    ">>");
  objects.push_back("<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>");
  for (std::size_t i = 0; i < pages.size(); ++i) {
    objects.push_back("<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents " +
                      std::to_string(5 + 2 * i) + " 0 R/Resources<</Font<</F1 3 0 R>>>>>>");
    objects.push_back("<</Length " + std::to_string(pages[i].size()) + ">>\nstream\n" + pages[i] +
                      "\nendstream");
  }
  return bytes_of(budgetpdf::hostile::assemble(objects));
}

/// A page with `glyphs` characters in `glyphs / 100` Tj operators and `segments` straight
/// ruling segments, all in one stroked path.
std::string pathological_page(std::size_t glyphs, std::size_t segments) {
  std::string s = "0 0 0 RG 0.5 w\n";
  for (std::size_t i = 0; i < segments; ++i) {
    const std::size_t row = i / 100, col = i % 100;
    s += std::to_string(10 + col * 5) + " " + std::to_string(800 - (row % 700)) + " m " +
         std::to_string(13 + col * 5) + " " + std::to_string(800 - (row % 700)) + " l\n";
  }
  if (segments) s += "S\n";
  s += "BT /F1 4 Tf 10 830 Td\n";
  for (std::size_t i = 0; i < glyphs / 100; ++i)
    s += "(" + std::string(100, 'x') + ") Tj 0 -1 Td\n";
  s += "ET\n";
  return s;
}

}  // namespace

// ---------------------------------------------------------------------------------------
// Inputs that are not PDFs
// ---------------------------------------------------------------------------------------

TEST_CASE("an HTML page named .pdf is not_a_pdf, and the message says it is HTML") {
  const fs::path html = scratch() / "download.pdf";
  write_bytes(html, bytes_of("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                             "<title>404</title></head><body>页面不存在</body></html>\n"));
  const outcome o = parse_path(html);
  CHECK_MESSAGE(o.code == error_code::not_a_pdf, describe(o));
  CHECK(contains(o.message, "HTML"));
}

TEST_CASE("an empty file is not_a_pdf, and the message says it is empty") {
  const fs::path empty = scratch() / "empty.pdf";
  write_bytes(empty, {});
  const outcome o = parse_path(empty);
  CHECK_MESSAGE(o.code == error_code::not_a_pdf, describe(o));
  CHECK(contains(o.message, "empty"));
}

// ---------------------------------------------------------------------------------------
// Damaged PDFs
// ---------------------------------------------------------------------------------------

TEST_CASE("truncated copies of a sample: a document or a typed error, never a crash") {
  const bytes_t full = read_bytes(sample("s03_county_edu_own_codes_2023.pdf"));
  REQUIRE(parse(full).ok);
  // Cut in the header, in the body, and in the cross-reference table at the end.
  for (const double fraction : {0.0005, 0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99, 0.999}) {
    const std::size_t keep = std::max<std::size_t>(1, std::size_t(double(full.size()) * fraction));
    INFO("kept " << keep << " of " << full.size() << " bytes");
    const outcome o = parse(bytes_t(full.begin(), full.begin() + std::ptrdiff_t(keep)));
    INFO(describe(o));
    CHECK((o.ok || o.code == error_code::damaged_pdf || o.code == error_code::not_a_pdf ||
           o.code == error_code::no_text_layer || o.code == error_code::no_tables));
    CHECK((o.ok || !o.message.empty()));
  }
  // The first bytes only: no PDF left to read.
  const outcome header = parse(bytes_t(full.begin(), full.begin() + 9));
  CHECK_MESSAGE(header.code == error_code::damaged_pdf, describe(header));
  // Only the cross-reference table and trailer lost: poppler rebuilds them, every table is read.
  const auto eof = std::string(full.begin(), full.end()).rfind("startxref");
  REQUIRE(eof != std::string::npos);
  const outcome tail = parse(bytes_t(full.begin(), full.begin() + std::ptrdiff_t(eof)));
  REQUIRE_MESSAGE(tail.ok, describe(tail));
  CHECK(tail.doc.tables.size() == parse(full).doc.tables.size());
  // ... and the document says it was repaired; the intact file does not.
  auto has_code = [](const budgetpdf::document& d, const std::string& code) {
    return std::any_of(d.diagnostics.begin(), d.diagnostics.end(),
                       [&](const budgetpdf::diagnostic& x) {
                         return budgetpdf::diagnostic_code_name(x.code) == code;
                       });
  };
  CHECK(has_code(tail.doc, "pdf-repaired"));
  CHECK_FALSE(has_code(parse(full).doc, "pdf-repaired"));
}

TEST_CASE("copies with bytes flipped: a document or a typed error, never internal") {
  const bytes_t full = read_bytes(sample("s07_unruled_no_header_repeat_2024.pdf"));
  std::mt19937 rng(20240601);
  for (int copy = 0; copy < 12; ++copy) {
    bytes_t b = full;
    const int flips = 1 << (copy % 6);  // 1..32 bytes
    for (int i = 0; i < flips; ++i) {
      const std::size_t at = rng() % b.size();
      b[at] = static_cast<unsigned char>(b[at] ^ (1u + rng() % 255));
    }
    const outcome o = parse(b);
    INFO("copy " << copy << ", " << flips << " bytes flipped: " << describe(o));
    CHECK((o.ok || o.code != error_code::internal));
  }
}

TEST_CASE("a zero-page document is damaged_pdf, and the message says there is no page") {
  const outcome o = parse(make_pdf({}));
  CHECK_MESSAGE(o.code == error_code::damaged_pdf, describe(o));
  CHECK(contains(o.message, "page"));
}

TEST_CASE("text placed far outside the page is no crash (found by scripts/mutate_corpus.py)") {
  // Glyph origins near 9e11 pt overflowed the reader's advance-map hash (UBSan).
  const outcome o =
      parse(make_pdf({"BT /F1 12 Tf 1 0 0 1 72 700 Tm (Table 1) Tj ET "
                      "BT /F1 12 Tf 1 0 0 1 900000000000 900000000000 Tm (far) Tj ET"}));
  CHECK_MESSAGE(o.code == error_code::no_tables, describe(o));
}

// ---------------------------------------------------------------------------------------
// Encryption
// ---------------------------------------------------------------------------------------

TEST_CASE("an encrypted copy: encrypted without the password, read with it") {
  const fs::path plain = sample("s03_county_edu_own_codes_2023.pdf");
  const fs::path locked = scratch() / "locked.pdf";
  if (!qpdf("--encrypt secret owner-pw 256 -- " + quote(plain.string()) + " " +
            quote(locked.string())))
    return;
  const outcome none = parse_path(locked);
  CHECK_MESSAGE(none.code == error_code::encrypted, describe(none));
  CHECK(contains(none.message, "password"));

  parse_options wrong;
  wrong.password = "not-it";
  const outcome bad = parse_path(locked, wrong);
  CHECK_MESSAGE(bad.code == error_code::encrypted, describe(bad));
  CHECK(contains(bad.message, "password"));

  const std::size_t tables = parse_path(plain).doc.tables.size();
  for (const char* password : {"secret", "owner-pw"}) {
    INFO("password " << password);
    parse_options right;
    right.password = password;
    const outcome o = parse_path(locked, right);
    REQUIRE_MESSAGE(o.ok, describe(o));
    CHECK(o.doc.tables.size() == tables);
  }

  // Only an owner password (restrictions, empty user password): opens without one.
  const fs::path restricted = scratch() / "restricted.pdf";
  REQUIRE(qpdf("--encrypt '' owner-pw 256 --extract=n --print=none -- " + quote(plain.string()) +
               " " + quote(restricted.string())));
  const outcome o = parse_path(restricted);
  REQUIRE_MESSAGE(o.ok, describe(o));
  CHECK(o.doc.tables.size() == tables);
}

// ---------------------------------------------------------------------------------------
// No text layer, no tables
// ---------------------------------------------------------------------------------------

TEST_CASE("an image-only document is no_text_layer and lists the image pages") {
  const outcome o = parse_path(trap("image_only.pdf"));
  CHECK_MESSAGE(o.code == error_code::no_text_layer, describe(o));
  CHECK(contains(o.message, "image"));
  CHECK(contains(o.message, "pages 1"));
}

TEST_CASE("a document with text pages and an image-only page returns the text pages' tables") {
  const fs::path mixed = scratch() / "mixed.pdf";
  const fs::path text = sample("s03_county_edu_own_codes_2023.pdf");
  if (!qpdf("--empty --pages " + quote(text.string()) + " " +
            quote(trap("image_only.pdf").string()) + " -- " + quote(mixed.string())))
    return;
  const outcome plain = parse_path(text);
  const outcome o = parse_path(mixed);
  REQUIRE_MESSAGE(o.ok, describe(o));
  CHECK(o.doc.tables.size() == plain.doc.tables.size());
  const int image_page = o.doc.page_count;
  CHECK(has_diagnostic(o.doc, "image-only-pages", image_page));
}

TEST_CASE("text without a budget table is no_tables") {
  const outcome o =
      parse(make_pdf({"BT /F1 12 Tf 72 760 Td (Annual report of the department) Tj "
                      "0 -20 Td (Nothing here is a table.) Tj ET"}));
  CHECK_MESSAGE(o.code == error_code::no_tables, describe(o));
  CHECK(contains(o.message, "no budget table"));
}

// ---------------------------------------------------------------------------------------
// Limits
// ---------------------------------------------------------------------------------------

TEST_CASE("limits: pages, bytes and seconds give too_large and timed_out") {
  const fs::path path = sample("s01_korla_2024_budget.pdf");
  const bytes_t bytes = read_bytes(path);

  parse_options few_pages;
  few_pages.max_pages = 2;
  const outcome pages = parse(bytes, few_pages);
  CHECK_MESSAGE(pages.code == error_code::too_large, describe(pages));
  CHECK(contains(pages.message, "pages"));

  parse_options few_bytes;
  few_bytes.max_bytes = 1000;
  for (const outcome& o : {parse(bytes, few_bytes), parse_path(path, few_bytes)}) {
    CHECK_MESSAGE(o.code == error_code::too_large, describe(o));
    CHECK(contains(o.message, "bytes"));
  }

  parse_options no_time;
  no_time.max_seconds = 1e-6;
  const outcome late = parse(bytes, no_time);
  CHECK_MESSAGE(late.code == error_code::timed_out, describe(late));
  CHECK(contains(late.message, "time limit"));
}

TEST_CASE("limits: a page over the glyph limit is cut off with a page-truncated diagnostic") {
  const bytes_t bytes = read_bytes(sample("s03_county_edu_own_codes_2023.pdf"));
  const outcome full = parse(bytes);
  REQUIRE(full.ok);
  CHECK_FALSE(has_diagnostic(full.doc, "page-truncated"));
  parse_options few;
  few.max_glyphs_per_page = 300;
  const outcome cut = parse(bytes, few);
  REQUIRE_MESSAGE(cut.ok, describe(cut));
  CHECK(has_diagnostic(cut.doc, "page-truncated"));

  parse_options few_paths;
  few_paths.max_paths_per_page = 5;
  const outcome cut_paths = parse(bytes, few_paths);
  INFO(describe(cut_paths));
  CHECK((cut_paths.ok ? has_diagnostic(cut_paths.doc, "page-truncated")
                      : cut_paths.code == error_code::no_tables));
}

TEST_CASE("limits: a pathological page (250k glyphs, 300k path segments) is cut off quickly") {
  // Alone: Latin text is no budget table, but it must end soon and with a typed error.
  const bytes_t page = make_pdf({pathological_page(250000, 300000)});
  const auto start = std::chrono::steady_clock::now();
  {
    auto pdf = budgetpdf::detail::pdf_reader::open(page, {});
    const auto content = pdf->read_page(1);
    CHECK(content.truncated);
    std::size_t chars = 0;
    for (const auto& w : content.words) chars += w.text.size();
    CHECK(chars <= parse_options{}.max_glyphs_per_page);
    CHECK(content.lines.size() <= parse_options{}.max_paths_per_page);
  }
  const outcome alone = parse(page);
  CHECK_MESSAGE(alone.code == error_code::no_tables, describe(alone));
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  MESSAGE("pathological page read twice in " << seconds << " s");
  CHECK(seconds < 120);  // generous: sanitizer builds on a loaded 2-core machine

  // After the pages of a sample: the sample's tables, and the diagnostic on the last page.
  const fs::path bad = scratch() / "pathological.pdf", merged = scratch() / "merged.pdf";
  write_bytes(bad, page);
  const fs::path text = sample("s03_county_edu_own_codes_2023.pdf");
  if (!qpdf("--empty --pages " + quote(text.string()) + " " + quote(bad.string()) + " -- " +
            quote(merged.string())))
    return;
  const outcome o = parse_path(merged);
  REQUIRE_MESSAGE(o.ok, describe(o));
  CHECK(o.doc.tables.size() == parse_path(text).doc.tables.size());
  CHECK(has_diagnostic(o.doc, "page-truncated", o.doc.page_count));
}

// ---------------------------------------------------------------------------------------
// The CLI: one line on stderr and the documented exit status per kind of error
// ---------------------------------------------------------------------------------------

TEST_CASE("CLI: each kind of broken input exits with its own documented status") {
  const fs::path cli = fs::path(BUDGETPDF_BINARY_DIR) / "budgetpdf";
  if (!fs::exists(cli)) {
    MESSAGE("the budgetpdf CLI was not built: skipped");
    return;
  }
  const fs::path dir = scratch() / "cli";
  fs::create_directories(dir);
  const fs::path s01 = sample("s01_korla_2024_budget.pdf");
  const bytes_t s01_bytes = read_bytes(s01);
  write_bytes(dir / "page.html.pdf", bytes_of("<html><body>502 Bad Gateway</body></html>"));
  write_bytes(dir / "empty.pdf", {});
  write_bytes(dir / "cut.pdf", bytes_t(s01_bytes.begin(), s01_bytes.begin() + 20));
  write_bytes(dir / "zero.pdf", make_pdf({}));
  write_bytes(dir / "prose.pdf", make_pdf({"BT /F1 12 Tf 72 760 Td (Annual report) Tj ET"}));

  struct expectation {
    std::vector<std::string> args;
    int status;
  };
  std::vector<expectation> cases = {
      {{(dir / "page.html.pdf").string()}, 11}, {{(dir / "empty.pdf").string()}, 11},
      {{(dir / "cut.pdf").string()}, 12},       {{(dir / "zero.pdf").string()}, 12},
      {{trap("image_only.pdf").string()}, 14},  {{(dir / "prose.pdf").string()}, 15},
      {{s01.string(), "--max-pages", "1"}, 16}, {{s01.string(), "--timeout", "0.000001"}, 17},
      {{(dir / "missing.pdf").string()}, 10},
  };
  if (have_qpdf()) {
    const fs::path locked = dir / "locked.pdf";
    REQUIRE(qpdf("--encrypt pw pw 256 -- " + quote(s01.string()) + " " + quote(locked.string())));
    cases.push_back({{locked.string()}, 13});
    cases.push_back({{locked.string(), "--password", "wrong"}, 13});
    cases.push_back({{locked.string(), "--password", "pw", "--format", "csv"}, 0});
  }
  for (const auto& c : cases) {
    std::string command = quote(cli.string()) + " parse";
    // ' ', not " ": " " + std::string&& is a false -Wrestrict at -O3 with GCC 12 (bug 105329).
    for (const auto& a : c.args) command += ' ' + quote(a);
    const fs::path err = dir / "stderr";
    const int raw =
        std::system((command + " >/dev/null 2>" + quote(err.string()) + " </dev/null").c_str());
    const int status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
    std::stringstream ss;
    ss << std::ifstream(err).rdbuf();
    const std::string message = ss.str();
    INFO(command << "\nstderr: " << message);
    CHECK(status == c.status);
    if (c.status != 0) {
      // "budgetpdf: <file>: <message>", one line.
      CHECK(message.rfind("budgetpdf: " + c.args.front() + ": ", 0) == 0);
      CHECK(std::count(message.begin(), message.end(), '\n') == 1);
    }
  }
}
