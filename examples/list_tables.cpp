// Lists the tables of a budget PDF: number, title, kind, pages and row count, one per line.
// Usage: list_tables FILE.pdf
//
//   表1   部门收支总体情况表  [revenue_expenditure_summary]  pages 2  rows 24
#include <budgetpdf/budgetpdf.hpp>

#include <cstddef>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: list_tables FILE.pdf\n";
    return 2;
  }
  try {
    const budgetpdf::document doc = budgetpdf::parse_file(argv[1]);
    std::cout << doc.department.value_or("(department unknown)") << ", "
              << (doc.year ? std::to_string(*doc.year) : std::string("(year unknown)")) << ": "
              << doc.tables.size() << " tables in " << doc.page_count << " pages\n";
    for (const budgetpdf::table& t : doc.tables) {
      std::size_t rows = 0;
      for (const budgetpdf::block& b : t.blocks) rows += b.rows.size();
      std::string pages;
      for (int p : t.pages) {
        if (!pages.empty()) pages += ',';
        pages += std::to_string(p);
      }
      std::cout << t.number.value_or("-") << '\t' << t.title << "\t["
                << budgetpdf::table_kind_name(t.kind) << "]\tpages " << pages << "\trows " << rows
                << (t.empty ? "\t(printed empty)" : "") << '\n';
    }
  } catch (const budgetpdf::error& e) {
    std::cerr << argv[1] << ": " << budgetpdf::error_code_name(e.code()) << ": " << e.what()
              << '\n';
    return 1;
  }
}
