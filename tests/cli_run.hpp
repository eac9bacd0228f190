// Running the budgetpdf binary from a test: its exit status and what it printed.
#pragma once

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace budgetpdf::test {

struct cli_result {
  int status = -1;  ///< exit status, or 128 + the signal that ended it
  std::string out, err;
};

/// `s` as one single-quoted shell word.
inline std::string quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

/// Runs `cli` with `args` through the shell, `env` prefixed ("NAME=1 "), standard input
/// from `stdin_path`; its output goes through files in `dir`.
inline cli_result run_cli(const std::string& cli, const std::vector<std::string>& args,
                          const std::filesystem::path& dir, const std::string& env = "",
                          const std::string& stdin_path = "/dev/null") {
  std::string cmd = env + quote(cli);
  // ' ', not " ": " " + std::string&& is a false -Wrestrict at -O3 with GCC 12 (bug 105329).
  for (const auto& a : args) cmd += ' ' + quote(a);
  cmd += " >" + quote((dir / "out").string()) + " 2>" + quote((dir / "err").string()) + " <" +
         quote(stdin_path);
  const int raw = std::system(cmd.c_str());
  cli_result r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
  r.out = slurp(dir / "out");
  r.err = slurp(dir / "err");
  return r;
}

}  // namespace budgetpdf::test
