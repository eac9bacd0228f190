// `budgetpdf render`: one page as a PNG with what layout understood outlined over it.
#include "cli.hpp"
#include "watchdog.hpp"

#include <budgetpdf/atomic_file.hpp>
#include <budgetpdf/export.hpp>
#include <budgetpdf/render.hpp>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <stdexcept>

namespace budgetpdf::cli {

namespace {

constexpr std::string_view help =
    "usage: budgetpdf render FILE.pdf --page N [-o OUT.png] [--dpi DPI]\n"
    "                        [--show KINDS] [--password PW] [--max-pages N]\n"
    "                        [--timeout SECONDS]\n"
    "\n"
    "Renders page N of FILE.pdf to a PNG and outlines what layout found on it, to check\n"
    "a page at a glance:\n"
    "  red, thick     table regions\n"
    "  blue           header cells\n"
    "  green          data cells (those holding text)\n"
    "  orange, thin   rows\n"
    "Pages 1..N are read, so a table continued from an earlier page is shown as the\n"
    "parse sees it. Prints the PNG's name, size and the number of outlines of each kind.\n"
    "\n"
    "options:\n"
    "  -p, --page N          the page to render (1-based; required)\n"
    "  -o, --output OUT.png  where to write (default: FILE.pN.png in the current directory)\n"
    "  --dpi DPI             resolution (default 110; 10 to 2400). A page whose picture\n"
    "                        would exceed 50 million pixels is drawn at the highest dpi\n"
    "                        that fits, with a warning; OUT is replaced whole or not at all\n"
    "  --show KINDS          outline only these, comma-separated: tables, headers, cells,\n"
    "                        rows (default: all)\n"
    "  --password, --max-pages, --max-mb, --max-memory, --timeout, --ocr\n"
    "                  as for 'budgetpdf parse'\n"
    "  -h, --help            show this help\n"
    "\n"
    "Exit status: 0 ok, 2 usage error (also: page N does not exist), 10-20 the PDF could\n"
    "not be read or the PNG not written, 70 internal error.\n";

void select_kinds(const std::string& list, render_options& o) {
  o.tables = o.header_cells = o.cells = o.rows = false;
  std::size_t start = 0;
  while (start <= list.size()) {
    auto end = list.find(',', start);
    if (end == std::string::npos) end = list.size();
    const std::string kind = list.substr(start, end - start);
    if (kind == "tables")
      o.tables = true;
    else if (kind == "headers")
      o.header_cells = true;
    else if (kind == "cells")
      o.cells = true;
    else if (kind == "rows")
      o.rows = true;
    else
      throw usage_error("unknown kind '" + kind + "' for --show (tables, headers, cells, rows)");
    start = end + 1;
  }
}

std::string plural(std::size_t n, std::string_view word) {
  return std::to_string(n) + ' ' + std::string(word) + (n == 1 ? "" : "s");
}

int run(const std::vector<std::string>& argv) {
  auto spec = parse_option_specs();
  spec.push_back({"--page", "-p", true});
  spec.push_back({"--output", "-o", true});
  spec.push_back({"--dpi", "", true});
  spec.push_back({"--show", "", true});
  arguments args = parse_arguments(argv, spec);
  if (args.positional.size() != 1)
    throw usage_error(args.positional.empty() ? "no input file given"
                                              : "'render' takes one input file");
  auto page_arg = args.get("--page");
  if (!page_arg) throw usage_error("which page? give --page N");
  const int page = positive_int("--page", *page_arg);

  render_options options;
  options.parse = parse_options_from(args);
  if (auto dpi = args.get("--dpi")) {
    options.dpi = positive_number("--dpi", *dpi);
    if (options.dpi < 10 || options.dpi > 2400)
      throw usage_error("option '--dpi' needs a value from 10 to 2400, not '" + *dpi + "'");
  }
  if (auto show = args.get("--show")) select_kinds(*show, options);

  const std::string& path = args.positional.front();
  std::string out = args.get("--output").value_or("");
  if (out.empty() || out == "-")
    out = std::filesystem::path(path).stem().string() + ".p" + std::to_string(page) + ".png";

  render_result r;
  try {
    // The PNG goes to a temporary file beside OUT, renamed over it once complete.
    std::optional<atomic_file> target;
    try {
      target.emplace(out);
    } catch (const budgetpdf::error& e) {
      throw file_error(exit_io_error, out, e.what());
    }
    const watchdog guard(options.parse.max_seconds, path);
    r = render_page_overlay(path, page, target->temp_path(), options);
    try {
      target->commit();
    } catch (const budgetpdf::error& e) {
      throw file_error(exit_io_error, out, e.what());
    }
  } catch (const budgetpdf::error& e) {
    throw file_error(exit_status_for(e.code()), path, e.what());
  } catch (const std::out_of_range& e) {
    throw usage_error(path + ": " + e.what());
  }
  // Warnings (a downscaled picture) and poppler's own messages, on stderr, one line each.
  for (const auto& d : r.diagnostics)
    if (d.level != diagnostic::severity::info)
      print_error(path, std::string(diagnostic_code_name(d.code)) + ": " + d.message);
  std::string summary = printable_text(out) + ": " + std::to_string(r.width) + "x" +
                        std::to_string(r.height) + " px at " + std::to_string(std::lround(r.dpi)) +
                        " dpi, " + plural(r.tables, "table") + ", " +
                        plural(r.header_cells, "header cell") + ", " + plural(r.cells, "cell") +
                        ", " + plural(r.rows, "row") + "\n";
  std::fwrite(summary.data(), 1, summary.size(), stdout);
  return exit_ok;
}

}  // namespace

extern const command command_render{
    "render", "draw a page with the tables, cells and rows layout found, as a PNG", help, run};

}  // namespace budgetpdf::cli
