// A program built against the installed budgetpdf (find_package or pkg-config): it parses
// a PDF, prints each table's number and title, and renders one page, so parse (poppler core,
// ICU) and render (poppler-cpp) both have to link from the package alone; and writes it to
// an SQLite database beside OUT.png (budgetpdf::database: SQLite).
#include <budgetpdf/budgetpdf.hpp>
#include <budgetpdf/database.hpp>
#include <budgetpdf/render.hpp>

// The package gives its consumers budgetpdf's include folder only: poppler's core headers
// (<PDFDoc.h>, in .../poppler) and poppler-cpp's (<poppler-document.h>, in .../poppler/cpp)
// are reachable only when their folder is on the include path.
#if __has_include(<PDFDoc.h>) || __has_include(<poppler-document.h>)
#error "poppler's include folder reached a consumer of the budgetpdf package"
#endif

#include <iostream>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: consumer FILE.pdf OUT.png\n";
    return 2;
  }
  try {
    const budgetpdf::document doc = budgetpdf::parse_file(argv[1]);
    std::cout << "budgetpdf " << budgetpdf::version() << ": " << doc.tables.size() << " tables\n";
    for (const auto& t : doc.tables) std::cout << t.number.value_or("-") << ' ' << t.title << '\n';
    const auto r =
        budgetpdf::render_page_overlay(argv[1], doc.tables.front().pages.front(), argv[2]);
    std::cout << "rendered " << r.width << 'x' << r.height << ", " << r.tables << " tables\n";
    budgetpdf::database db(std::string(argv[2]) + ".sqlite");
    db.write(budgetpdf::rows_of(doc, "consumer"));
    std::cout << "database: " << db.document_count() << " document\n";
  } catch (const budgetpdf::error& e) {
    std::cerr << budgetpdf::error_code_name(e.code()) << ": " << e.what() << '\n';
    return 1;
  } catch (const budgetpdf::database_error& e) {
    std::cerr << "database: " << e.what() << '\n';
    return 1;
  }
}
