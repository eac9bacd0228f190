// `budgetpdf export`: many PDFs into one SQLite database, each file in a worker process,
// resuming where an earlier run stopped.
#include "cli.hpp"
#include "export_worker.hpp"
#include "inputs.hpp"
#include "progress.hpp"
#include "worker_pool.hpp"

#include <budgetpdf/database.hpp>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <thread>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace budgetpdf::cli {

namespace {

constexpr std::string_view help =
    "usage: budgetpdf export PATH... -o CORPUS.sqlite [--jobs N] [--force] [--csv DIR]\n"
    "                        [--jsonl FILE] [--timeout SECONDS] [--worker-memory MB]\n"
    "                        [--password PW] [--max-pages N] [--max-mb N] [--max-memory MB]\n"
    "\n"
    "Parses every PDF given into one SQLite database (docs/sqlite.md). PATH is a file, a\n"
    "folder (every *.pdf under it, sub-folders included) or '-' for a list of paths on\n"
    "standard input, one per line. Each file is parsed in a worker process with a time and\n"
    "memory limit: a file that fails, hangs, crashes or runs out of memory is one row of the\n"
    "documents table with its status and error, and the run goes on. Each document is\n"
    "written in one transaction; a file whose SHA-256 was already written by this version is\n"
    "skipped, so a run stopped by Ctrl-C, kill or power loss resumes where it stopped.\n"
    "\n"
    "options:\n"
    "  -o, --output FILE     the database (created if missing; a file that is not a budgetpdf\n"
    "                        database, or of a newer schema, is refused and left untouched)\n"
    "  --jobs N              N worker processes at a time (default: hardware threads)\n"
    "  --force               parse again files already in the database\n"
    "  --csv DIR             also write each parsed document as CSV into DIR\n"
    "                        (<first 16 hex digits of its SHA-256>-<name>.csv)\n"
    "  --jsonl FILE          also write each document parsed in this run as one JSON line\n"
    "  --timeout SECONDS     per file (default 120); a worker still running 25% (at least\n"
    "                        5 s) after it is killed and the file recorded as timed_out\n"
    "  --worker-memory MB    address space of a worker (default 2048); beyond it the file is\n"
    "                        recorded as out_of_memory (or crashed)\n"
    "  --password, --max-pages, --max-mb, --max-memory, --ocr\n"
    "                        as for 'budgetpdf parse', per file\n"
    "  -h, --help            show this help\n"
    "\n"
    "Progress (files, pages/s, errors, time left) is shown on a terminal; otherwise one\n"
    "summary line is printed at the end. Exit status: 0 every input was listed and\n"
    "recorded, 2 usage error, 10 the database cannot be used or an input path does not\n"
    "exist, 130 stopped by Ctrl-C (what was written stays).\n";

volatile std::sig_atomic_t interrupted = 0;
extern "C" void on_interrupt(int) { interrupted = 1; }

struct run_state {
  database& db;
  progress& shown;
  std::ofstream* jsonl = nullptr;
};

struct job {
  std::string path, sha256;
  document_rows::file_stamp stamp;
};

// The file's size and modification time; nullopt when it cannot be read.
std::optional<document_rows::file_stamp> stamp_of(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;
  return document_rows::file_stamp{
      std::uint64_t(st.st_size), std::int64_t(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

// A file given by name that is no regular file, or cannot be hashed: recorded without a worker.
void record_failure(run_state& st, const std::string& path, const std::string& message) {
  st.db.write(rows_of(failed_file{path, "", "error", "io_error", message}, generator_name()));
  st.shown.finished(0, true);
}

// A failed file is a lone documents record whose status (its 8th field) is not "ok".
bool is_failure(const document_rows& rows) {
  return rows.records.empty() || (rows.records.size() == 1 && rows.records[0].fields.size() > 7 &&
                                  rows.records[0].fields[7] != "ok");
}

void record_result(run_state& st, const job& j, worker_result r) {
  const std::string& path = j.path;
  const std::string& sha256 = j.sha256;
  using status = worker_result::status;
  std::optional<export_result> e;
  if (r.outcome == status::ok) e = parse_export_payload(r.payload);
  if (!e) {
    const std::string st_name = r.outcome == status::timed_out ? "timed_out" : "crashed";
    const std::string message =
        r.outcome == status::ok ? "worker sent a damaged result" : r.message;
    document_rows rows =
        rows_of(failed_file{path, sha256, st_name, st_name, message}, generator_name());
    rows.stamp = j.stamp;
    st.db.write(rows);
    st.shown.finished(0, true);
    return;
  }
  e->rows.stamp = j.stamp;
  st.db.write(e->rows);
  if (st.jsonl && !e->json_line.empty()) {
    if (e->json_line.back() != '\n') e->json_line += '\n';
    *st.jsonl << e->json_line << std::flush;
  }
  st.shown.finished(e->pages, is_failure(e->rows));
}

// Files to parse in this run; those already written, or unreadable, are settled here.
std::vector<job> plan(run_state& st, const input_list& inputs, bool force,
                      const std::string& generator) {
  std::vector<job> jobs;
  for (const auto& in : inputs.inputs) {
    if (interrupted) break;
    if (!in.error.empty()) {
      record_failure(st, in.path, in.error);
      continue;
    }
    const auto stamp = stamp_of(in.path);
    // Unchanged since a run of this version (same size and time): skipped without hashing.
    if (!force && stamp && st.db.has_file(in.path, *stamp, generator)) {
      st.shown.skipped();
      continue;
    }
    std::string sha;
    try {
      sha = file_sha256(in.path);
    } catch (const budgetpdf::error& e) {
      record_failure(st, in.path, e.what());
      continue;
    }
    if (!force && st.db.has(sha, generator)) {
      st.shown.skipped();
      continue;
    }
    jobs.push_back({in.path, sha, stamp.value_or(document_rows::file_stamp{})});
  }
  // Largest first: a big file started last would leave the other workers idle at the end.
  std::stable_sort(jobs.begin(), jobs.end(),
                   [](const job& a, const job& b) { return a.stamp.bytes > b.stamp.bytes; });
  return jobs;
}

export_settings settings_from(const arguments& args) {
  export_settings s;
  s.options = parse_options_from(args);
  s.generator = generator_name();
  s.csv_dir = args.get("--csv").value_or("");
  s.jsonl = args.has("--jsonl");
  if (!s.csv_dir.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(s.csv_dir, ec);
    if (ec) throw file_error(exit_io_error, s.csv_dir, "cannot create the folder: " + ec.message());
  }
  return s;
}

// The largest resident set of any worker so far (the kernel keeps it for waited children),
// and the CPU time of this process: the writer's share of the run.
std::string resource_use() {
  rusage children{}, self{};
  if (getrusage(RUSAGE_CHILDREN, &children) != 0 || getrusage(RUSAGE_SELF, &self) != 0) return "";
  const double cpu = double(self.ru_utime.tv_sec + self.ru_stime.tv_sec) +
                     double(self.ru_utime.tv_usec + self.ru_stime.tv_usec) / 1e6;
  char buf[96];
  std::snprintf(buf, sizeof buf, "; peak worker memory %ld MB; writer CPU %.1f s",
                children.ru_maxrss / 1024, cpu);
  return buf;
}

std::vector<option_spec> export_specs() {
  auto spec = parse_option_specs();
  for (option_spec o : {option_spec{"--output", "-o", true},
                        {"--jobs", "-j", true},
                        {"--force", "", false},
                        {"--csv", "", true},
                        {"--jsonl", "", true},
                        {"--worker-memory", "", true}})
    spec.push_back(o);
  return spec;
}

int run(const std::vector<std::string>& argv) {
  const arguments args = parse_arguments(argv, export_specs());
  if (args.positional.empty()) throw usage_error("'export' takes files, folders or '-'");
  const auto out = args.get("--output");
  if (!out || out->empty() || *out == "-") throw usage_error("'export' needs -o CORPUS.sqlite");
  int jobs = int(std::max(1u, std::thread::hardware_concurrency()));
  if (auto j = args.get("--jobs")) jobs = positive_int("--jobs", *j);
  worker_limits limits;
  const export_settings settings = settings_from(args);
  limits.seconds = settings.options.max_seconds;
  limits.memory_mb = 2048;
  if (auto m = args.get("--worker-memory"))
    limits.memory_mb = std::size_t(positive_int("--worker-memory", *m));

  std::optional<database> db;
  try {
    db.emplace(*out);
  } catch (const database_error& e) {
    throw file_error(exit_io_error, "", e.what());
  }
  std::ofstream jsonl;
  if (auto j = args.get("--jsonl")) {
    jsonl.open(*j, std::ios::app | std::ios::binary);
    if (!jsonl) throw file_error(exit_io_error, *j, "cannot open for writing");
  }
  const input_list inputs = list_inputs(args.positional);
  progress shown(inputs.inputs.size(), isatty(STDERR_FILENO) != 0);
  run_state st{*db, shown, args.has("--jsonl") ? &jsonl : nullptr};
  interrupted = 0;
  struct sigaction sa {};
  sa.sa_handler = on_interrupt;
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);
  const std::vector<job> todo = plan(st, inputs, args.has("--force"), settings.generator);
  const bool complete = run_workers(
      todo.size(), jobs, limits,
      [&](std::size_t i) { return export_one(todo[i].path, todo[i].sha256, settings); },
      [&](std::size_t i, worker_result r) { record_result(st, todo[i], std::move(r)); },
      [] { return interrupted != 0; }, [&] { shown.draw(); });
  signal(SIGINT, SIG_DFL);
  signal(SIGTERM, SIG_DFL);
  if (isatty(STDERR_FILENO)) std::fputc('\n', stderr);
  const std::string line = "budgetpdf export: " + shown.summary() + resource_use() +
                           (complete ? "" : " (stopped; rerun to resume)") + " -> " + *out + "\n";
  std::fputs(line.c_str(), stderr);
  if (!complete) return 130;
  return inputs.missing ? exit_io_error : exit_ok;
}

}  // namespace

extern const command command_export{
    "export", "many PDFs into one SQLite database, in worker processes, resumable", help, run};

}  // namespace budgetpdf::cli
