// Developer tool: prints the raw grids layout found (header paths, cell texts per column),
// before interpretation. Usage: dump_grid FILE.pdf [PAGE] [--page-content]
// With --page-content (and a PAGE), first prints what the PDF stage handed to layout on
// that page: every ruling line and every word with its box. With --ocr as the last argument,
// every page is read by OCR (lib/ocr) instead of its text layer.
#include "layout/layout_engine.hpp"
#include "ocr/ocr_reader.hpp"
#include "pdf/pdf_reader.hpp"
#include "text/normalize.hpp"

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

using namespace budgetpdf::detail;

namespace {

void print_page_content(const page_content& page) {
  std::cout << "page " << page.number << " " << page.width << "x" << page.height << " rotate "
            << page.rotate << "\n";
  for (const auto& l : page.lines)
    std::cout << "  line " << (l.horizontal() ? "h " : "v ") << l.x0 << "," << l.y0 << " - " << l.x1
              << "," << l.y1 << " w" << l.thickness << " kind" << int(l.kind) << "\n";
  for (const auto& w : page.words)
    std::cout << "  word [" << w.where.x0 << "," << w.where.y0 << "," << w.where.x1 << ","
              << w.where.y1 << "] r" << w.rotation << " s" << w.font_size << " " << to_utf8(w.text)
              << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: dump_grid FILE.pdf [PAGE]\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)), {});
  int only = argc > 2 ? std::atoi(argv[2]) : 0;
  bool page_content_dump = argc > 3 && std::string(argv[3]) == "--page-content";
  const bool ocr = std::string(argv[argc - 1]) == "--ocr";
  try {
    auto pdf = pdf_reader::open(bytes, {});
    std::unique_ptr<ocr_reader> reader;
    if (ocr) reader = ocr_reader::open(bytes, {});
    layout_engine engine;
    for (int p = 1; p <= pdf->page_count(); ++p)
      if (!only || p == only) {
        auto page = pdf->read_page(p);
        if (reader)
          page = reader
                     ->read_page(p, page.width, page.height,
                                 std::chrono::steady_clock::now() + std::chrono::minutes(5))
                     .content;
        if (page_content_dump) print_page_content(page);
        engine.add_page(page);
      }
    for (const auto& t : engine.finish()) {
      std::cout << "== " << to_utf8(t.number.value_or(U"")) << " " << to_utf8(t.title) << " pages:";
      for (int p : t.pages) std::cout << ' ' << p;
      std::cout << " unit:" << budgetpdf::unit_name(t.declared_unit)
                << " dept:" << to_utf8(t.department_line) << (t.printed_empty ? " EMPTY" : "")
                << "\n";
      for (std::size_t c = 0; c < t.columns.size(); ++c) {
        std::cout << "  col " << c << " [" << t.columns[c].x0 << "," << t.columns[c].x1 << "]";
        for (const auto& h : t.columns[c].header) std::cout << " / " << to_utf8(h);
        std::cout << "\n";
      }
      for (const auto& r : t.rows) {
        std::cout << "  p" << r.at.page << " |";
        for (const auto& c : r.cells) std::cout << to_utf8(c.text) << "|";
        std::cout << "\n";
      }
    }
    for (const auto& d : engine.diagnostics())
      std::cout << "diag p" << d.at.page << " " << budgetpdf::diagnostic_code_name(d.code) << ": "
                << d.message << "\n";
  } catch (const std::exception& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
}
