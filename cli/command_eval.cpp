// `budgetpdf eval`: parse a PDF and grade the result against a ground-truth file.
#include "cli.hpp"
#include "watchdog.hpp"

#include <budgetpdf/eval.hpp>
#include <budgetpdf/parse.hpp>

#include <charconv>

namespace budgetpdf::cli {

namespace {

constexpr std::string_view help =
    "usage: budgetpdf eval FILE.pdf TRUTH.json [--json] [--min-cell-accuracy X]\n"
    "                      [--password PW] [--max-pages N] [--timeout SECONDS]\n"
    "\n"
    "Parses FILE.pdf and compares it with TRUTH.json (the hand-made ground truth,\n"
    "docs/truth-format.md; a budgetpdf/1 JSON output is accepted too). Prints tables found,\n"
    "rows matched, exact cells out of the truth's amounts, spurious amounts, and every\n"
    "mismatch.\n"
    "\n"
    "options:\n"
    "  --json                   print the report as JSON\n"
    "  --min-cell-accuracy X    exit 1 when exact cells / truth amounts is below X\n"
    "                           (a fraction, 0.995, or a percentage, 99.5%)\n"
    "  --password, --max-pages, --max-mb, --max-memory, --timeout, --ocr\n"
    "                  as for 'budgetpdf parse'\n"
    "  -h, --help               show this help\n"
    "\n"
    "Exit status: 0 the comparison ran (whatever the figures), 1 below\n"
    "--min-cell-accuracy, 2 usage error, 3 TRUTH.json is not a truth file, 10-20 the\n"
    "PDF could not be parsed, 70 internal error.\n";

double accuracy_threshold(const std::string& value) {
  std::string_view v = value;
  bool percent = !v.empty() && v.back() == '%';
  if (percent) v.remove_suffix(1);
  double d = -1;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), d);
  if (ec != std::errc() || end != v.data() + v.size() || v.empty())
    d = -1;
  else if (percent)
    d /= 100;
  if (!(d >= 0 && d <= 1))
    throw usage_error(
        "option '--min-cell-accuracy' needs a fraction in [0, 1] or a "
        "percentage, not '" +
        value + "'");
  return d;
}

int run(const std::vector<std::string>& argv) {
  auto spec = parse_option_specs();
  spec.push_back({"--json", "", false});
  spec.push_back({"--min-cell-accuracy", "", true});
  arguments args = parse_arguments(argv, spec);
  if (args.positional.size() != 2) throw usage_error("'eval' takes FILE.pdf and TRUTH.json");
  std::optional<double> threshold;
  if (auto x = args.get("--min-cell-accuracy")) threshold = accuracy_threshold(*x);
  const parse_options options = parse_options_from(args);
  const std::string& pdf = args.positional[0];
  const std::string& truth_path = args.positional[1];

  // Read the truth first: a typo in its path should not cost a whole parse.
  const std::string truth = read_file(truth_path);
  document doc;
  try {
    const watchdog guard(options.max_seconds, pdf);
    doc = parse_file(pdf, options);
  } catch (const budgetpdf::error& e) {
    throw file_error(exit_status_for(e.code()), pdf, e.what());
  }
  eval_report report;
  try {
    report = compare_with_truth(doc, truth);
  } catch (const std::invalid_argument& e) {
    throw file_error(exit_bad_truth, truth_path, e.what());
  }
  write_output("-", args.has("--json") ? eval_report_json(report) : eval_report_text(report));
  if (threshold && report.cell_accuracy() < *threshold) return exit_check_failed;
  return exit_ok;
}

}  // namespace

extern const command command_eval{"eval", "grade a parse against a ground-truth JSON file", help,
                                  run};

}  // namespace budgetpdf::cli
