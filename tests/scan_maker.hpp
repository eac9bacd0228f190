// Image-only "scans" of sample PDFs for the OCR tests, made at test time by
// tools/gen_scans.py (Debian's python3 with python3-pil, and pdftoppm).
#pragma once

#include "test_paths.hpp"

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>

namespace budgetpdf::test {

/// Whether scans can be made here: /usr/bin/python3 with PIL, and pdftoppm.
inline bool can_make_scans() {
  static const bool ok = std::system(
                             "/usr/bin/python3 -c 'import PIL' >/dev/null 2>&1 && "
                             "command -v pdftoppm >/dev/null 2>&1") == 0;
  return ok;
}

/// A scan of `pdf` in this process's scratch folder under the same file name (documents
/// take their year from it), or nullopt when it cannot be made. `extra` is passed to the
/// generator ("--seed 3 --turn-pages 2").
inline std::optional<std::filesystem::path> make_scan(const std::filesystem::path& pdf,
                                                      const std::string& extra = "") {
  if (!can_make_scans()) return std::nullopt;
  const auto out = scratch_dir("scans") / pdf.filename();
  const std::string cmd = "/usr/bin/python3 '" +
                          (source_dir() / "tools" / "gen_scans.py").string() + "' '" +
                          pdf.string() + "' '" + out.string() + "' " + extra + " >/dev/null 2>&1";
  if (std::system(cmd.c_str()) != 0 || !std::filesystem::exists(out)) return std::nullopt;
  return out;
}

}  // namespace budgetpdf::test
