// Real scans of the corpus (../shared/corpus/pdf) read by OCR (docs/ocr.md). Skipped without
// ../shared. Label ocr_heavy: about a minute; left out of the ASan run.
#include "ocr/ocr_reader.hpp"
#include "parse_outcome.hpp"
#include "pdf/pdf_reader.hpp"
#include "test_paths.hpp"
#include "text/normalize.hpp"

#include <budgetpdf/options.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <string>
#include <vector>

using namespace budgetpdf;

namespace {

std::filesystem::path corpus_file(const char* name) {
  return test::require_shared() / "corpus" / "pdf" / name;
}

parse_options long_enough() {
  parse_options o;
  o.max_seconds = 1200;
  return o;
}

}  // namespace

TEST_CASE("a scanned allocation notice: its sideways table read upright, amounts as printed") {
  if (!ocr_built()) {
    MESSAGE("skipped: this build has no OCR");
    return;
  }
  // Page 2 is a table printed across a portrait page (a quarter turn); OSD turns it back.
  const auto o = test::parse_path(corpus_file("renwu_cs_008_scan.pdf"), long_enough());
  REQUIRE_MESSAGE(o.ok, test::describe(o));
  const table* found = nullptr;
  for (const auto& t : o.doc.tables)
    if (test::contains(t.title, "文化和旅游项目资金安排表")) found = &t;
  REQUIRE(found != nullptr);
  CHECK(found->pages == std::vector<int>{2});
  std::vector<std::string> values;
  for (const auto& b : found->blocks)
    for (const auto& r : b.rows) {
      CHECK(r.source == value_source::ocr);
      for (const auto& v : r.values)
        if (v) values.push_back(v->text());
    }
  // As printed (checked by eye on the page); the last is the 合计 and the sum of the others.
  const std::vector<std::string> printed = {"10.2714", "0.3116", "0.09", "16.19", "0.495",
                                            "0.09",    "7.9",    "0.24", "0.09",  "35.678"};
  CHECK(values == printed);
}

TEST_CASE("the image-only 部门预算 narrative: every page read, its figures add up") {
  if (!ocr_built()) {
    MESSAGE("skipped: this build has no OCR");
    return;
  }
  const auto path = corpus_file("calinchow_bj_zwfw_2026_ys_imageonly.pdf");
  // Its eight pages are the 部门预算's explanation (cover, contents, text, pie charts); the
  // tables themselves are an attachment the file does not hold. What OCR must get right is
  // the text: the figures of page 5 ("收入预算101,673.03万元，比2025年年初预算数
  // 99,003.18万元增加2,669.85万元").
  const auto o = test::parse_path(path, long_enough());
  REQUIRE_MESSAGE(o.ok, test::describe(o));
  CHECK(o.doc.year == 2026);
  CHECK(o.doc.stage == stage::budget);
  int ocr_pages = 0;
  for (const auto& d : o.doc.diagnostics) ocr_pages += d.code == diagnostic_code::ocr_pages;
  CHECK(ocr_pages == 8);

  const auto bytes = detail::read_pdf_file(path.string(), 64u << 20);
  auto reader = detail::ocr_reader::open(bytes, {});
  const auto page =
      reader->read_page(5, 595, 841.5, std::chrono::steady_clock::now() + std::chrono::minutes(5));
  REQUIRE(page.read);
  // Lines of the page: words on one baseline, left to right, joined without spaces (the
  // justified text spaces out "101,673.03" into words "101," "673." "03").
  std::map<double, std::vector<const detail::word*>> by_line;
  for (const auto& w : page.content.words) by_line[w.baseline].push_back(&w);
  std::vector<std::string> lines;
  for (auto& [baseline, words] : by_line) {
    std::sort(words.begin(), words.end(),
              [](const auto* a, const auto* b) { return a->where.x0 < b->where.x0; });
    std::string line;
    for (const auto* w : words) line += detail::to_utf8(w->text);
    lines.push_back(line);
  }
  auto has = [&](const std::string& s) {
    return std::any_of(lines.begin(), lines.end(),
                       [&](const std::string& l) { return l.find(s) != std::string::npos; });
  };
  CHECK(has("101,673.03"));
  CHECK(has("99,003.18"));
  CHECK(has("2,669.85"));  // and 99,003.18 + 2,669.85 = 101,673.03: the page adds up
}
