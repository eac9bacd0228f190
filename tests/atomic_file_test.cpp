// budgetpdf::atomic_file: a file replaced whole or not at all, with the system's reason on
// failure. Failures are made real: a missing folder, and a write past the process's file size
// limit (setrlimit RLIMIT_FSIZE, EFBIG), which fails half-way as a full disk does (ENOSPC).
#include "test_paths.hpp"

#include <budgetpdf/atomic_file.hpp>
#include <budgetpdf/error.hpp>

#include <doctest/doctest.h>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

namespace {

const fs::path& scratch() { return budgetpdf::test::scratch_dir("atomic_file_test"); }

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::size_t entries(const fs::path& dir) {
  std::size_t n = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    (void)e;
    ++n;
  }
  return n;
}

std::string failure(const std::string& path, std::string_view data) {
  try {
    budgetpdf::write_file_atomically(path, data);
  } catch (const budgetpdf::error& e) {
    CHECK(e.code() == budgetpdf::error_code::io_error);
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("a new file is written whole, with the mode a plain create gives, no temporary left") {
  const fs::path dir = scratch() / "new";
  fs::create_directories(dir);
  const fs::path path = dir / "out.json";
  budgetpdf::write_file_atomically(path.string(), "{\"a\": 1}\n");
  CHECK(slurp(path) == "{\"a\": 1}\n");
  CHECK(entries(dir) == 1);
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  const mode_t mask = ::umask(022);
  ::umask(mask);
  CHECK((st.st_mode & 0777) == (0666 & ~mask));
}

TEST_CASE("until commit the old file is intact; without commit the temporary file goes") {
  const fs::path dir = scratch() / "old";
  fs::create_directories(dir);
  const fs::path path = dir / "out.csv";
  std::ofstream(path) << "old\n";
  ::chmod(path.c_str(), 0640);
  {
    budgetpdf::atomic_file out(path.string());
    out.write("new, ");
    CHECK(slurp(path) == "old\n");
    CHECK(fs::exists(out.temp_path()));
    CHECK(fs::path(out.temp_path()).parent_path() == dir);
    CHECK(entries(dir) == 2);
  }  // destroyed without commit
  CHECK(slurp(path) == "old\n");
  CHECK(entries(dir) == 1);
  {
    budgetpdf::atomic_file out(path.string());
    out.write("new, ");
    out.write("whole\n");
    out.commit();
  }
  CHECK(slurp(path) == "new, whole\n");
  CHECK(entries(dir) == 1);
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0640);  // the old file's mode is kept
}

TEST_CASE("a failing write says why and leaves the previous file as it was") {
  const fs::path dir = scratch() / "fail";
  fs::create_directories(dir);

  const std::string missing = failure((dir / "no-such-folder" / "out.json").string(), "x");
  CHECK(missing.find("No such file or directory") != std::string::npos);
  CHECK(missing.find("no-such-folder") != std::string::npos);

  const fs::path path = dir / "big.json";
  std::ofstream(path) << "previous\n";
  // Writes past 4 KiB fail with EFBIG (SIGXFSZ ignored), in the middle of the data.
  struct rlimit old {};
  REQUIRE(::getrlimit(RLIMIT_FSIZE, &old) == 0);
  auto* previous_handler = std::signal(SIGXFSZ, SIG_IGN);
  struct rlimit small = old;
  small.rlim_cur = 4096;
  REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
  const std::string message = failure(path.string(), std::string(100000, 'x'));
  ::setrlimit(RLIMIT_FSIZE, &old);
  std::signal(SIGXFSZ, previous_handler);
  CHECK(message.find("File too large") != std::string::npos);
  CHECK(message.find("unchanged") != std::string::npos);
  CHECK(slurp(path) == "previous\n");
  CHECK(entries(dir) == 1);  // the temporary file is gone

  const std::string folder = failure(dir.string(), "x");
  CHECK(folder.find("Is a directory") != std::string::npos);
}

TEST_CASE("a path that is no regular file is written in place; a symlink's target is replaced") {
  budgetpdf::write_file_atomically("/dev/null", "discarded");
  CHECK(fs::is_character_file("/dev/null"));

  const fs::path dir = scratch() / "link";
  fs::create_directories(dir);
  std::ofstream(dir / "real.json") << "old";
  fs::create_symlink("real.json", dir / "link.json");
  budgetpdf::write_file_atomically((dir / "link.json").string(), "new");
  CHECK(fs::is_symlink(dir / "link.json"));
  CHECK(slurp(dir / "real.json") == "new");
}
