// Renders one page of a budget PDF with what layout found on it outlined (tables red,
// header cells blue, data cells green, rows orange), to check a page by eye.
// Usage: render_page FILE.pdf [PAGE] [OUT.png]   (defaults: 2, page.png)
#include <budgetpdf/error.hpp>
#include <budgetpdf/render.hpp>

#include <iostream>
#include <stdexcept>
#include <string>

int main(int argc, char** argv) {
  if (argc < 2 || argc > 4) {
    std::cerr << "usage: render_page FILE.pdf [PAGE] [OUT.png]\n";
    return 2;
  }
  const int page = argc > 2 ? std::stoi(argv[2]) : 2;
  const std::string out = argc > 3 ? argv[3] : "page.png";
  try {
    budgetpdf::render_options options;
    options.dpi = 72;  // 1 px per point
    const budgetpdf::render_result r = budgetpdf::render_page_overlay(argv[1], page, out, options);
    std::cout << out << ": " << r.width << 'x' << r.height << " px, " << r.tables << " tables, "
              << r.header_cells << " header cells, " << r.cells << " cells, " << r.rows
              << " rows\n";
  } catch (const budgetpdf::error& e) {
    std::cerr << argv[1] << ": " << budgetpdf::error_code_name(e.code()) << ": " << e.what()
              << '\n';
    return 1;
  } catch (const std::out_of_range& e) {
    std::cerr << argv[1] << ": " << e.what() << '\n';
    return 2;
  }
}
