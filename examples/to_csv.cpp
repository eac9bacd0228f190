// Writes the tables of a budget PDF to stdout as tidy CSV, one line per amount
// (columns as in docs/cli.md), and the parse's warnings to stderr.
// Usage: to_csv FILE.pdf > FILE.csv
#include <budgetpdf/budgetpdf.hpp>

#include <iostream>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: to_csv FILE.pdf > FILE.csv\n";
    return 2;
  }
  try {
    const budgetpdf::document doc = budgetpdf::parse_file(argv[1]);
    std::cout << budgetpdf::to_csv(doc);
    for (const budgetpdf::diagnostic& d : doc.diagnostics)
      if (d.level != budgetpdf::diagnostic::severity::info)
        std::cerr << argv[1] << ": page " << d.at.page << ": "
                  << budgetpdf::diagnostic_code_name(d.code) << ": " << d.message << '\n';
  } catch (const budgetpdf::error& e) {
    std::cerr << argv[1] << ": " << budgetpdf::error_code_name(e.code()) << ": " << e.what()
              << '\n';
    return 1;
  }
}
