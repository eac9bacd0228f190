// `budgetpdf export` and the walking it shares with `report`: resume, kill -9 midway,
// workers that hang or crash, bad inputs, a generator version change.
#include "cli_run.hpp"
#include "sqlite_query.hpp"
#include "test_paths.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef BUDGETPDF_CLI_PATH
int main() { return 77; }  // built without the CLI: nothing to test
#define DOCTEST_CONFIG_DISABLE
#endif

namespace {

namespace fs = std::filesystem;
using budgetpdf::test::sql_int;
using budgetpdf::test::sql_text;

using result = budgetpdf::test::cli_result;
using budgetpdf::test::quote;
using budgetpdf::test::slurp;

fs::path scratch(const std::string& name) {
  auto dir =
      fs::temp_directory_path() / ("budgetpdf_export_test_" + std::to_string(::getpid())) / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

#ifdef BUDGETPDF_CLI_PATH
// `env` is prefixed to the command ("BUDGETPDF_TEST_FAULTS=1 ").
result run(const std::vector<std::string>& args, const std::string& env = "",
           const std::string& stdin_path = "/dev/null") {
  return budgetpdf::test::run_cli(BUDGETPDF_CLI_PATH, args, scratch("run"), env, stdin_path);
}
#endif

bool contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

std::vector<fs::path> samples() {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(budgetpdf::test::samples_dir()))
    if (e.path().extension() == ".pdf") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

// `copies` distinct files per sample (bytes after %%EOF change the SHA-256, not the
// content), spread over nested folders.
std::size_t fill_corpus(const fs::path& dir, int copies) {
  std::size_t n = 0;
  for (int c = 0; c < copies; ++c) {
    const fs::path sub = dir / ("y" + std::to_string(c)) / "deep";
    fs::create_directories(sub);
    for (const auto& s : samples()) {
      std::ofstream(sub / s.filename(), std::ios::binary) << slurp(s) << "\n%copy " << c << "\n";
      ++n;
    }
  }
  return n;
}

std::string db_arg(const fs::path& dir) { return (dir / "corpus.sqlite").string(); }

}  // namespace

namespace {

#ifdef BUDGETPDF_CLI_PATH
// Starts `budgetpdf export IN -o DB --jobs 1` in the background; returns its pid.
pid_t start_export(const fs::path& in, const fs::path& db) {
  const pid_t pid = fork();
  if (pid == 0) {
    if (!freopen("/dev/null", "w", stderr)) _exit(126);
    execl(BUDGETPDF_CLI_PATH, "budgetpdf", "export", in.c_str(), "-o", db.c_str(), "--jobs", "1",
          static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}
#endif

// Waits until the database holds `count` documents (or 60 s pass); the count seen.
std::int64_t wait_for_documents(const fs::path& db, std::int64_t count) {
  std::int64_t seen = 0;
  for (int i = 0; i < 600 && seen < count; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    try {
      if (fs::exists(db)) seen = sql_int(db, "SELECT count(*) FROM documents");
    } catch (const std::exception&) {
      seen = 0;  // the schema is not there yet
    }
  }
  return seen;
}

}  // namespace

TEST_CASE("export: nested folders into one database; a rerun skips them all") {
  const fs::path dir = scratch("basic");
  const std::size_t n = fill_corpus(dir / "in", 1);
  const fs::path db = db_arg(dir);
  auto r = run({"export", (dir / "in").string(), "-o", db.string(), "--jobs", "2", "--csv",
                (dir / "csv").string(), "--jsonl", (dir / "all.jsonl").string()});
  CHECK(r.status == 0);
  INFO(r.err);
  CHECK(contains(r.err, std::to_string(n) + " files: " + std::to_string(n) + " parsed, 0 skipped"));
  CHECK(sql_int(db, "SELECT count(*) FROM documents WHERE status = 'ok'") == long(n));
  CHECK(sql_int(db, "SELECT sum(amount_count) FROM documents") ==
        sql_int(db, "SELECT count(*) FROM tidy"));
  CHECK(sql_text(db, "PRAGMA integrity_check") == "ok");
  std::size_t csv_files = 0;
  for (const auto& e : fs::directory_iterator(dir / "csv")) csv_files += e.is_regular_file();
  CHECK(csv_files == n);
  const std::string jsonl = slurp(dir / "all.jsonl");
  CHECK(std::count(jsonl.begin(), jsonl.end(), '\n') == long(n));

  const auto written = sql_text(db, "SELECT group_concat(written_at || sha256) FROM documents");
  auto again = run({"export", (dir / "in").string(), "-o", db.string()});
  CHECK(again.status == 0);
  CHECK(contains(again.err, "0 parsed, " + std::to_string(n) + " skipped, 0 errors"));
  CHECK(sql_text(db, "SELECT group_concat(written_at || sha256) FROM documents") == written);

  // A file touched (new time, same bytes) is hashed again and still skipped.
  const fs::path touched = dir / "in" / "y0" / "deep" / samples()[0].filename();
  REQUIRE(fs::exists(touched));
  fs::last_write_time(touched, fs::last_write_time(touched) + std::chrono::seconds(5));
  auto after_touch = run({"export", (dir / "in").string(), "-o", db.string()});
  CHECK(contains(after_touch.err, "0 parsed, " + std::to_string(n) + " skipped, 0 errors"));

  auto forced = run({"export", (dir / "in").string(), "-o", db.string(), "--force"});
  CHECK(contains(forced.err, std::to_string(n) + " parsed, 0 skipped"));
  CHECK(sql_int(db, "SELECT count(*) FROM documents") == long(n));
}

TEST_CASE("export: a generator version change parses everything again") {
  const fs::path dir = scratch("version");
  const std::size_t n = fill_corpus(dir / "in", 1);
  const fs::path db = db_arg(dir);
  const auto rows = [&] { return sql_int(db, "SELECT count(*) FROM rows"); };
  REQUIRE(run({"export", (dir / "in").string(), "-o", db.string()}).status == 0);
  const auto before = rows();
  auto r = run({"export", (dir / "in").string(), "-o", db.string()},
               "BUDGETPDF_TEST_FAULTS=1 BUDGETPDF_TEST_GENERATOR='budgetpdf 99.0.0' ");
  CHECK(r.status == 0);
  CHECK(contains(r.err, std::to_string(n) + " parsed, 0 skipped"));
  CHECK(sql_int(db, "SELECT count(*) FROM documents WHERE generator = 'budgetpdf 99.0.0'") ==
        long(n));
  CHECK(sql_int(db, "SELECT count(*) FROM documents") == long(n));
  CHECK(rows() == before);
}

TEST_CASE("export: bad inputs, a hanging and a crashing worker cost one file each") {
  const fs::path dir = scratch("faults");
  const fs::path in = dir / "in";
  fs::create_directories(in / "sub");
  // Distinct bytes: one file's content is one documents row, whatever its names.
  const std::string first = slurp(samples().front());
  std::ofstream(in / "good.pdf", std::ios::binary) << first;
  std::ofstream(in / "fault-hang.pdf", std::ios::binary) << first << "\n%hang\n";
  std::ofstream(in / "sub" / "fault-crash.pdf", std::ios::binary) << first << "\n%crash\n";
  std::ofstream(in / "page.pdf") << "<!DOCTYPE html><html><body>404</body></html>\n";
  std::ofstream(in / "empty.pdf").flush();
  const std::string whole = slurp(samples()[1]);
  std::ofstream(in / "sub" / "truncated.pdf", std::ios::binary)
      << whole.substr(0, whole.size() / 3);
  REQUIRE(mkfifo((in / "pipe.pdf").c_str(), 0600) == 0);
  fs::create_directories(in / "folder.pdf");
  const fs::path db = db_arg(dir);
  auto r = run({"export", in.string(), "-o", db.string(), "--timeout", "1", "--jobs", "2"},
               "BUDGETPDF_TEST_FAULTS=1 ");
  INFO(r.err);
  CHECK(r.status == 0);
  auto status_of = [&](const std::string& name) {
    return sql_text(db,
                    "SELECT status || ' ' || ifnull(error_code, '') FROM documents WHERE "
                    "path LIKE '%/" +
                        name + "'");
  };
  CHECK(status_of("good.pdf") == "ok ");
  CHECK(status_of("fault-hang.pdf") == "timed_out timed_out");
  CHECK(status_of("fault-crash.pdf") == "crashed crashed");
  CHECK(status_of("page.pdf") == "error not_a_pdf");
  CHECK(status_of("empty.pdf") == "error not_a_pdf");
  CHECK(status_of("truncated.pdf").rfind("error ", 0) == 0);
  CHECK(status_of("pipe.pdf") == "error io_error");
  CHECK(status_of("folder.pdf") == "error io_error");
  CHECK(sql_int(db, "SELECT count(*) FROM documents") == 8);
  // Nothing of a failed file is presented as a document.
  CHECK(sql_int(db,
                "SELECT count(*) FROM tables JOIN documents USING (sha256) WHERE status "
                "<> 'ok'") == 0);
}

TEST_CASE("export: killed with -9 midway, the database is consistent and a rerun completes") {
  const fs::path dir = scratch("kill");
  const std::size_t n = fill_corpus(dir / "in", 3);
  const fs::path db = db_arg(dir);
  const pid_t pid = start_export(dir / "in", db);
  REQUIRE(pid > 0);
  CHECK(wait_for_documents(db, 3) >= 3);
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  CHECK(WIFSIGNALED(status));
  const auto kept = sql_int(db, "SELECT count(*) FROM documents");
  CHECK(kept >= 3);
  CHECK(kept < long(n));
  CHECK(sql_text(db, "PRAGMA integrity_check") == "ok");
  // Every document written is whole: its tables are all there.
  CHECK(sql_int(db,
                "SELECT count(*) FROM documents d WHERE table_count <> (SELECT count(*) "
                "FROM tables t WHERE t.sha256 = d.sha256)") == 0);
  auto r = run({"export", (dir / "in").string(), "-o", db.string()});
  CHECK(r.status == 0);
  CHECK(contains(r.err, std::to_string(kept) + " skipped"));
  CHECK(sql_int(db, "SELECT count(*) FROM documents WHERE status = 'ok'") == long(n));
}

TEST_CASE("export: paths on stdin; a database that is not ours is refused untouched") {
  const fs::path dir = scratch("stdin");
  const auto s = samples();
  std::ofstream(dir / "list.txt") << s[0].string() << "\n" << s[1].string() << "\n";
  const fs::path db = db_arg(dir);
  auto r = run({"export", "-", "-o", db.string()}, "", (dir / "list.txt").string());
  CHECK(r.status == 0);
  CHECK(sql_int(db, "SELECT count(*) FROM documents") == 2);

  std::ofstream(dir / "notes.sqlite") << "my notes, not a database\n";
  auto refused = run({"export", s[0].string(), "-o", (dir / "notes.sqlite").string()});
  CHECK(refused.status == 10);
  CHECK(contains(refused.err, "not a budgetpdf database"));
  CHECK(slurp(dir / "notes.sqlite") == "my notes, not a database\n");

  CHECK(run({"export", s[0].string()}).status == 2);  // no -o
  auto missing = run({"export", (dir / "nonexistent").string(), "-o", db.string()});
  CHECK(missing.status == 10);
}

TEST_CASE("report: walks sub-folders, lists FIFOs as errors, a missing path exits 10") {
  const fs::path dir = scratch("report");
  fs::create_directories(dir / "a" / "b");
  fs::copy_file(samples().front(), dir / "a" / "b" / "deep.pdf");
  REQUIRE(mkfifo((dir / "a" / "pipe.pdf").c_str(), 0600) == 0);
  auto r = run({"report", dir.string(), "--jobs", "1"});
  CHECK(r.status == 0);
  CHECK(contains(r.out, "deep.pdf: "));
  CHECK(contains(r.out, "pipe.pdf: error io_error (a FIFO, not a regular file)"));
  CHECK(contains(r.out, "total: 2 documents, 1 parsed, 1 errors"));
  auto missing = run({"report", (dir / "nonexistent").string()});
  CHECK(missing.status == 10);
  CHECK(contains(missing.out, "nonexistent: error io_error"));
}

TEST_CASE("parse -: a PDF on standard input") {
  const auto s = samples().front();
  auto from_stdin = run({"parse", "-", "--format", "csv"}, "", s.string());
  auto from_file = run({"parse", s.string(), "--format", "csv"});
  CHECK(from_stdin.status == 0);
  CHECK(from_stdin.out.size() > 1000);
  // Only the file column differs: standard input has no name.
  CHECK(std::count(from_stdin.out.begin(), from_stdin.out.end(), '\n') ==
        std::count(from_file.out.begin(), from_file.out.end(), '\n'));
}

#ifdef BUDGETPDF_CLI_PATH
TEST_CASE("export: Ctrl-C stops cleanly, keeps what was written, exits 130") {
  const fs::path dir = scratch("interrupt");
  const std::size_t n = fill_corpus(dir / "in", 3);
  const fs::path db = db_arg(dir);
  const pid_t pid = start_export(dir / "in", db);
  REQUIRE(pid > 0);
  CHECK(wait_for_documents(db, 2) >= 2);
  kill(pid, SIGINT);
  int status = 0;
  waitpid(pid, &status, 0);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 130);
  const auto kept = sql_int(db, "SELECT count(*) FROM documents");
  CHECK(kept >= 2);
  CHECK(kept < long(n));
  CHECK(sql_int(db, "SELECT count(*) FROM documents WHERE status <> 'ok'") == 0);
  CHECK(sql_text(db, "PRAGMA integrity_check") == "ok");
  auto r = run({"export", (dir / "in").string(), "-o", db.string()});
  CHECK(contains(r.err, std::to_string(kept) + " skipped, 0 errors"));
}
#endif

// Under AddressSanitizer no memory limit applies (it reserves terabytes of address space),
// so a worker that allocates without end would take the machine's memory: not run there.
#if defined(BUDGETPDF_CLI_PATH) && !defined(__SANITIZE_ADDRESS__)
TEST_CASE("export: a worker out of memory costs one file") {
  const fs::path dir = scratch("oom");
  fs::create_directories(dir / "in");
  const std::string first = slurp(samples().front());
  std::ofstream(dir / "in" / "a.pdf", std::ios::binary) << first;
  std::ofstream(dir / "in" / "fault-oom.pdf", std::ios::binary) << first << "\n%oom\n";
  const fs::path db = db_arg(dir);
  auto r = run({"export", (dir / "in").string(), "-o", db.string(), "--worker-memory", "400"},
               "BUDGETPDF_TEST_FAULTS=1 ");
  INFO(r.err);
  CHECK(r.status == 0);
  CHECK(sql_text(db, "SELECT status FROM documents WHERE path LIKE '%/fault-oom.pdf'") ==
        "out_of_memory");
  CHECK(sql_text(db, "SELECT status FROM documents WHERE path LIKE '%/a.pdf'") == "ok");
}
#endif
