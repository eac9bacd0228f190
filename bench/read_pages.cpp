// Benchmark of pdf_reader::read_page: pages per second over the PDFs given, one core.
//
//   read_pages FILE.pdf...            totals and pages/s (open() time included)
//   read_pages --dump FILE.pdf PAGE   the page's words and ruling lines, one per line
#include "pdf/pdf_reader.hpp"
#include "text/normalize.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

using namespace budgetpdf::detail;

namespace {

std::vector<unsigned char> read_file(const char* path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const char* kind_name(ruling::source k) {
  switch (k) {
    case ruling::source::stroke:
      return "stroke";
    case ruling::source::thin_fill:
      return "thin_fill";
    default:
      return "fill_edge";
  }
}

int dump(const char* path, int number) {
  auto bytes = read_file(path);
  auto pdf = pdf_reader::open(bytes, {});
  const page_content page = pdf->read_page(number);
  std::printf(
      "page %d of %d: %.1f x %.1f pt, /Rotate %d, turned %d, %zu words, %zu lines, %zu glyphs "
      "(%zu unreadable)%s%s\n",
      number, pdf->page_count(), page.width, page.height, page.rotate, 90 * page.reading_turns,
      page.words.size(), page.lines.size(), page.glyphs, page.unreadable_glyphs,
      page.truncated ? ", truncated" : "", page.has_images ? ", has images" : "");
  std::printf("producer: %s | creator: %s | title: %s\n", pdf->producer().c_str(),
              pdf->creator().c_str(), pdf->title().c_str());
  for (const word& w : page.words) {
    std::printf("W %7.2f %7.2f %7.2f %7.2f base %7.2f rot %d size %5.2f  %s\n", w.where.x0,
                w.where.y0, w.where.x1, w.where.y1, w.baseline, w.rotation, w.font_size,
                to_utf8(w.text).c_str());
  }
  for (const ruling& r : page.lines) {
    std::printf("L %c %7.2f %7.2f %7.2f %7.2f  w %.2f %s\n", r.horizontal() ? 'h' : 'v', r.x0, r.y0,
                r.x1, r.y1, r.thickness, kind_name(r.kind));
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 4 && std::string(argv[1]) == "--dump") return dump(argv[2], std::atoi(argv[3]));
  if (argc < 2) {
    std::fprintf(stderr, "usage: read_pages FILE.pdf... | read_pages --dump FILE.pdf PAGE\n");
    return 2;
  }
  std::size_t pages = 0, words = 0, glyphs = 0, lines = 0, failed = 0;
  std::size_t most_words = 0, drawn = 0, unreadable = 0, turned = 0, truncated = 0;
  std::string densest;
  const auto start = std::chrono::steady_clock::now();
  const std::clock_t cpu_start = std::clock();
  for (int i = 1; i < argc; ++i) {
    try {
      auto bytes = read_file(argv[i]);
      auto pdf = pdf_reader::open(bytes, {});
      for (int p = 1; p <= pdf->page_count(); ++p) {
        const page_content page = pdf->read_page(p);
        ++pages;
        words += page.words.size();
        lines += page.lines.size();
        if (page.words.size() > most_words) {
          most_words = page.words.size();
          densest = std::string(argv[i]) + " p" + std::to_string(p);
        }
        drawn += page.glyphs;
        unreadable += page.unreadable_glyphs;
        turned += page.reading_turns != 0;
        truncated += page.truncated;
        for (const word& w : page.words) glyphs += w.glyphs.size();
      }
    } catch (const budgetpdf::error& e) {
      ++failed;
      std::fprintf(stderr, "%s: %s\n", argv[i], e.what());
    }
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  std::printf(
      "%d files (%zu failed), %zu pages, %zu words, %zu glyphs, %zu lines\n"
      "wall %.2f s: %.1f pages/s; cpu %.2f s: %.1f pages/s\n"
      "most words on a page: %zu (%s); glyphs drawn %zu, unreadable %zu; pages turned to "
      "read %zu, cut off at a limit %zu\n",
      argc - 1, failed, pages, words, glyphs, lines, seconds, pages / seconds, cpu, pages / cpu,
      most_words, densest.c_str(), drawn, unreadable, turned, truncated);
  return 0;
}
