// The budgetpdf command line: help, usage errors (exit 2), input errors (exit 10-17).
#include "cli_run.hpp"
#include "test_paths.hpp"

#include <doctest/doctest.h>

#include <sys/wait.h>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#ifndef BUDGETPDF_CLI_PATH
// Built without the CLI (BUDGETPDF_BUILD_CLI=OFF): nothing to test.
int main() { return 77; }
#define DOCTEST_CONFIG_DISABLE
#endif

namespace {

using result = budgetpdf::test::cli_result;
using budgetpdf::test::quote;
using budgetpdf::test::slurp;

std::filesystem::path scratch() {
  auto dir =
      std::filesystem::temp_directory_path() / ("budgetpdf_cli_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  return dir;
}

#ifdef BUDGETPDF_CLI_PATH
result run(const std::vector<std::string>& args) {
  return budgetpdf::test::run_cli(BUDGETPDF_CLI_PATH, args, scratch());
}
#endif

bool contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("--help lists every command; help COMMAND and COMMAND --help agree") {
  auto r = run({"--help"});
  CHECK(r.status == 0);
  CHECK(contains(r.out, "usage: budgetpdf COMMAND"));
  CHECK(contains(r.out, "  parse "));
  CHECK(contains(r.out, "  eval "));
  CHECK(r.err.empty());

  auto help_parse = run({"help", "parse"});
  CHECK(help_parse.status == 0);
  CHECK(contains(help_parse.out, "--format json|csv|text"));
  auto parse_help = run({"parse", "--help"});
  CHECK(parse_help.status == 0);
  CHECK(parse_help.out == help_parse.out);
  auto eval_help = run({"eval", "x.pdf", "-h"});
  CHECK(eval_help.status == 0);
  CHECK(contains(eval_help.out, "--min-cell-accuracy"));
  CHECK(run({"help"}).out == r.out);
}

TEST_CASE("--version prints the version") {
  auto r = run({"--version"});
  CHECK(r.status == 0);
  CHECK(r.out.rfind("budgetpdf ", 0) == 0);
  CHECK(r.out.find_first_of("0123456789") != std::string::npos);
}

TEST_CASE("usage errors exit 2 with a message on stderr") {
  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
           {},
           {"frobnicate"},
           {"help", "frobnicate"},
           {"parse"},
           {"parse", "a.pdf", "b.pdf"},
           {"parse", "a.pdf", "--format", "xml"},
           {"parse", "a.pdf", "--format"},
           {"parse", "a.pdf", "--bogus"},
           {"parse", "a.pdf", "--max-pages", "0"},
           {"parse", "a.pdf", "--max-pages", "12x"},
           {"parse", "a.pdf", "--timeout", "-1"},
           {"parse", "a.pdf", "-f", "csv", "--format=json"},
           {"eval", "a.pdf"},
           {"eval", "a.pdf", "t.json", "--min-cell-accuracy", "1.5"},
           {"eval", "a.pdf", "t.json", "--json=yes"},
       }) {
    std::string line;
    for (const auto& a : args) line += a + " ";
    auto r = run(args);
    CHECK_MESSAGE(r.status == 2, line);
    CHECK_MESSAGE(r.err.rfind("budgetpdf: ", 0) == 0, line);
    CHECK_MESSAGE(r.out.empty(), line);
  }
  auto r = run({"parse", "a.pdf", "--format", "xml"});
  CHECK(contains(r.err, "budgetpdf: unknown format 'xml'"));
  CHECK(contains(r.err, "Try 'budgetpdf help parse'."));
}

TEST_CASE("eval: an unreadable truth file is an I/O error, reported before parsing") {
  auto missing = (scratch() / "no-such-truth.json").string();
  auto r = run({"eval", "whatever.pdf", missing});
  CHECK(r.status == 10);
  CHECK(r.err.rfind("budgetpdf: " + missing + ": ", 0) == 0);
}

// The next two need the real parse_file (lib/api/parse.cpp): it must throw io_error for a
// file that does not exist and not_a_pdf for bytes that are not a PDF.
TEST_CASE("parse: a file that does not exist exits 10") {
  auto missing = (scratch() / "no-such-file.pdf").string();
  auto r = run({"parse", missing});
  CHECK(r.status == 10);
  CHECK(r.err.rfind("budgetpdf: " + missing + ": ", 0) == 0);
  CHECK(r.out.empty());
}

TEST_CASE("parse: an HTML page named .pdf exits 11") {
  auto html = (scratch() / "download.pdf").string();
  {
    std::ofstream f(html, std::ios::binary);
    f << "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>"
         "<body>页面不存在</body></html>\n";
  }
  auto r = run({"parse", html, "--format", "text"});
  CHECK(r.status == 11);
  CHECK(r.err.rfind("budgetpdf: " + html + ": ", 0) == 0);
  CHECK(r.out.empty());
  std::filesystem::remove_all(scratch());
}

TEST_CASE("parse: input over --max-mb exits 16, under it parses") {
  auto big = (scratch() / "big.pdf").string();
  {
    // A sample with 1.5 MiB of padding after %%EOF: still a PDF, over a 1 MiB limit.
    std::ofstream f(big, std::ios::binary);
    f << slurp(budgetpdf::test::samples_dir() / "s06_wrapped_numbers_2026.pdf");
    f << std::string(3 << 19, '\n');
  }
  auto refused = run({"parse", big, "--max-mb", "1"});
  CHECK(refused.status == 16);
  CHECK(contains(refused.err, "over the limit"));
  CHECK(refused.out.empty());
  auto accepted = run({"parse", big, "--max-mb", "2", "--format", "csv"});
  CHECK(accepted.status == 0);
  CHECK(contains(accepted.out, "315489.01"));
  std::filesystem::remove_all(scratch());
}
