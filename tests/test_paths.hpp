// Where tests find the project's samples and the shared corpus beside the project.
#pragma once

#include <filesystem>

namespace budgetpdf::test {

std::filesystem::path source_dir();
std::filesystem::path samples_dir();
std::filesystem::path test_data_dir();
/// ../shared next to the source tree (or $BUDGETPDF_SHARED); empty path if absent.
std::filesystem::path shared_dir();
/// For tests that need ../shared: exits the process with 77 (ctest: skipped) if absent.
std::filesystem::path require_shared();

}  // namespace budgetpdf::test
