// Where tests find the project's samples and the shared corpus beside the project.
#pragma once

#include <filesystem>
#include <string>

namespace budgetpdf::test {

std::filesystem::path source_dir();
std::filesystem::path samples_dir();
std::filesystem::path test_data_dir();
/// ../shared next to the source tree (or $BUDGETPDF_SHARED); empty path if absent.
std::filesystem::path shared_dir();
/// For tests that need ../shared: exits the process with 77 (ctest: skipped) if absent.
std::filesystem::path require_shared();
/// A scratch folder under the build tree for this process ("<prefix>_<pid>"), made on the
/// first call and removed when the process exits. One folder per process.
const std::filesystem::path& scratch_dir(const std::string& prefix);

}  // namespace budgetpdf::test
