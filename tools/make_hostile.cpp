// Writes the hostile PDFs of tools/hostile_pdfs.hpp into a folder, for measuring by hand
// (docs/robustness.md):  build/tools/make_hostile DIR
#include "hostile_pdfs.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: make_hostile DIR\n");
    return 2;
  }
  std::filesystem::create_directories(argv[1]);
  for (const auto& [name, bytes] : budgetpdf::hostile::all()) {
    const auto path = std::filesystem::path(argv[1]) / name;
    std::ofstream(path, std::ios::binary) << bytes;
    std::printf("%s  %zu bytes\n", path.c_str(), bytes.size());
  }
  return 0;
}
