// `budgetpdf parse`: a PDF in, its tables out as JSON, CSV or text.
#include "cli.hpp"
#include "watchdog.hpp"

#include <budgetpdf/export.hpp>
#include <budgetpdf/parse.hpp>

#include <cstdio>

namespace budgetpdf::cli {

namespace {

constexpr std::string_view help =
    "usage: budgetpdf parse FILE.pdf [--format json|csv|text] [-o OUT]\n"
    "                       [--password PW] [--max-pages N] [--max-mb N]\n"
    "                       [--max-memory MB] [--timeout SECONDS] [--ocr MODE]\n"
    "\n"
    "Extracts every budget table of FILE.pdf ('-': a PDF read from standard input) and\n"
    "writes it to stdout (or OUT).\n"
    "\n"
    "options:\n"
    "  -f, --format FORMAT   json (default; schema budgetpdf/1, docs/json-schema.md),\n"
    "                        csv (one line per amount), or text (aligned, for a terminal)\n"
    "  -o, --output OUT      write to OUT instead of stdout ('-' is stdout); OUT is replaced\n"
    "                        whole or not at all (temporary file beside it, then renamed)\n"
    "  --password PW         password of an encrypted PDF\n"
    "  --max-pages N         refuse documents of more than N pages (default 2000)\n"
    "  --max-mb N            refuse input larger than N MiB (default 256); a file that is\n"
    "                        no PDF is told by its first bytes, whatever its size\n"
    "  --max-memory MB       refuse a document that would need more memory (default 1024;\n"
    "                        counted: the input, poppler's object index; docs/robustness.md)\n"
    "  --timeout SECONDS     give up after SECONDS (default 120; at most 1e7)\n"
    "  --ocr MODE            auto (default: pages that are scans are read by OCR), always\n"
    "                        (every page), never (scans are exit 14); docs/ocr.md\n"
    "  -h, --help            show this help\n"
    "\n"
    "Exit status: 0 ok, 2 usage error, 10-20 the input could not be parsed (see\n"
    "docs/error-codes.md), 70 internal error.\n";

// The whole of standard input, parsed from memory; its source path stays "".
document parse_stdin(const parse_options& options) {
  std::string bytes;
  char buf[65536];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, stdin)) > 0;) {
    bytes.append(buf, n);
    if (bytes.size() > options.max_bytes)
      throw budgetpdf::error(error_code::too_large, "standard input is larger than --max-mb");
  }
  if (std::ferror(stdin))
    throw budgetpdf::error(error_code::io_error, "cannot read standard input");
  return parse_memory({reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size()},
                      options);
}

int run(const std::vector<std::string>& argv) {
  auto spec = parse_option_specs();
  spec.push_back({"--format", "-f", true});
  spec.push_back({"--output", "-o", true});
  arguments args = parse_arguments(argv, spec);
  if (args.positional.size() != 1)
    throw usage_error(args.positional.empty() ? "no input file given"
                                              : "'parse' takes one input file");
  const std::string format = args.get("--format").value_or("json");
  if (format != "json" && format != "csv" && format != "text")
    throw usage_error("unknown format '" + format + "' (json, csv or text)");
  const parse_options options = parse_options_from(args);
  const std::string& path = args.positional.front();

  document doc;
  try {
    const watchdog guard(options.max_seconds, path);
    doc = path == "-" ? parse_stdin(options) : parse_file(path, options);
  } catch (const budgetpdf::error& e) {
    throw file_error(exit_status_for(e.code()), path, e.what());
  }
  std::string text = format == "csv" ? to_csv(doc) : format == "text" ? to_text(doc) : to_json(doc);
  write_output(args.get("--output").value_or("-"), text);
  return exit_ok;
}

}  // namespace

extern const command command_parse{"parse", "extract the tables of a PDF as JSON, CSV or text",
                                   help, run};

}  // namespace budgetpdf::cli
