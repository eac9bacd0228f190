// export_one(): one file parsed in a worker process, its rows serialized for the parent.
#include "export_worker.hpp"

#include <budgetpdf/atomic_file.hpp>
#include <budgetpdf/error.hpp>
#include <budgetpdf/export.hpp>
#include <budgetpdf/parse.hpp>
#include <budgetpdf/version.hpp>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <new>
#include <thread>
#include <vector>

namespace budgetpdf::cli {

namespace {

bool faults_enabled() { return std::getenv("BUDGETPDF_TEST_FAULTS") != nullptr; }

// Test-only faults, chosen by the file's name (see export_worker.hpp).
void inject_fault(const std::string& path) {
  if (!faults_enabled()) return;
  const std::string name = std::filesystem::path(path).filename().string();
  if (name.rfind("fault-hang", 0) == 0)
    for (;;) std::this_thread::sleep_for(std::chrono::seconds(1));
  if (name.rfind("fault-crash", 0) == 0) std::raise(SIGSEGV);
  if (name.rfind("fault-oom", 0) == 0) {
    std::vector<std::vector<char>> hog;
    for (;;) hog.emplace_back(std::size_t(64) << 20, char(1));
  }
}

std::string csv_name(const std::string& path, const std::string& sha256) {
  return sha256.substr(0, 16) + "-" + std::filesystem::path(path).stem().string() + ".csv";
}

export_result parse_one(const std::string& path, const std::string& sha256,
                        const export_settings& s) {
  export_result r;
  try {
    inject_fault(path);
    const document doc = parse_file(path, s.options);
    r.rows = rows_of(doc, s.generator);
    r.pages = doc.page_count;
    if (s.jsonl) r.json_line = to_json(doc, false);
    if (!s.csv_dir.empty())
      write_file_atomically(s.csv_dir + "/" + csv_name(path, sha256), to_csv(doc));
  } catch (const budgetpdf::error& e) {
    r.rows = rows_of(
        failed_file{path, sha256, "error", std::string(error_code_name(e.code())), e.what()},
        s.generator);
  } catch (const std::bad_alloc&) {
    r.rows = rows_of(
        failed_file{path, sha256, "out_of_memory", "out_of_memory", "worker memory limit reached"},
        s.generator);
  } catch (const std::exception& e) {
    r.rows = rows_of(failed_file{path, sha256, "error", "internal", e.what()}, s.generator);
  }
  return r;
}

}  // namespace

std::string generator_name() {
  if (faults_enabled())
    if (const char* g = std::getenv("BUDGETPDF_TEST_GENERATOR")) return g;
  return std::string("budgetpdf ") + version();
}

std::string export_one(const std::string& path, const std::string& sha256,
                       const export_settings& settings) {
  const export_result r = parse_one(path, sha256, settings);
  const std::string rows = r.rows.serialize();
  char head[48];
  std::snprintf(head, sizeof head, "%020zu %020d\n", rows.size(), r.pages);
  return head + rows + r.json_line;
}

std::optional<export_result> parse_export_payload(const std::string& payload) {
  std::size_t size = 0;
  int pages = 0;
  if (payload.size() < 42 || std::sscanf(payload.c_str(), "%zu %d", &size, &pages) != 2 ||
      payload.size() - 42 < size)
    return std::nullopt;
  auto rows = document_rows::parse(std::string_view(payload).substr(42, size));
  if (!rows) return std::nullopt;
  return export_result{std::move(*rows), payload.substr(42 + size), pages};
}

}  // namespace budgetpdf::cli
