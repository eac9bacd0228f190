// Benchmark of the whole parse (read, layout, interpret, checks): pages per second on one
// core over the PDFs given. Files that give a typed error count their pages all the same.
//
//   parse_pages FILE.pdf...
#include <budgetpdf/error.hpp>
#include <budgetpdf/parse.hpp>

#include <chrono>
#include <cstdio>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: parse_pages FILE.pdf...\n");
    return 2;
  }
  long pages = 0, tables = 0, errors = 0;
  const auto start = std::chrono::steady_clock::now();
  for (int i = 1; i < argc; ++i) {
    try {
      auto doc = budgetpdf::parse_file(argv[i]);
      pages += doc.page_count;
      tables += long(doc.tables.size());
    } catch (const budgetpdf::error&) {
      ++errors;
    }
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%d files, %ld pages of parsed documents, %ld tables, %ld typed errors\n", argc - 1,
              pages, tables, errors);
  std::printf("%.2f s, %.0f pages/s on one core\n", seconds, double(pages) / seconds);
  return 0;
}
