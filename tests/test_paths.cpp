// Where tests find the project's samples and the shared corpus beside the project.
#include "test_paths.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <system_error>

#include <unistd.h>

namespace budgetpdf::test {

std::filesystem::path source_dir() { return BUDGETPDF_SOURCE_DIR; }
std::filesystem::path samples_dir() { return source_dir() / "samples"; }
std::filesystem::path test_data_dir() { return source_dir() / "tests" / "data"; }

std::filesystem::path shared_dir() {
  if (const char* env = std::getenv("BUDGETPDF_SHARED"); env && *env) {
    if (std::filesystem::is_directory(env)) return env;
    return {};
  }
  auto candidate = source_dir().parent_path() / "shared";
  if (std::filesystem::is_directory(candidate / "corpus")) return candidate;
  return {};
}

std::filesystem::path require_shared() {
  auto dir = shared_dir();
  if (dir.empty()) {
    std::fprintf(stderr, "SKIPPED: ../shared (corpus and truth) is absent\n");
    std::exit(77);
  }
  return dir;
}

const std::filesystem::path& scratch_dir(const std::string& prefix) {
  struct dir {
    std::filesystem::path path;
    explicit dir(const std::string& prefix)
        : path(std::filesystem::path(BUDGETPDF_BINARY_DIR) /
               (prefix + "_" + std::to_string(::getpid()))) {
      std::filesystem::create_directories(path);
    }
    ~dir() {
      std::error_code ec;
      std::filesystem::remove_all(path, ec);
    }
  };
  static dir d(prefix);
  return d.path;
}

}  // namespace budgetpdf::test
