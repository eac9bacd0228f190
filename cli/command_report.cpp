// `budgetpdf report`: parse many PDFs in parallel and report, per document and in total,
// what was found and how much of its arithmetic holds.
#include "cli.hpp"
#include "doc_report.hpp"
#include "inputs.hpp"
#include "worker_pool.hpp"

#include <budgetpdf/check.hpp>
#include <budgetpdf/export.hpp>
#include <budgetpdf/parse.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <map>
#include <thread>

namespace budgetpdf::cli {

namespace {

constexpr std::string_view help =
    "usage: budgetpdf report FOLDER|FILE.pdf... [--json] [--jobs N] [--details]\n"
    "                        [--password PW] [--max-pages N] [--max-mb N] [--timeout SECONDS]\n"
    "\n"
    "Parses every PDF given (a folder stands for the *.pdf files under it, sub-folders\n"
    "included; '-' reads paths from standard input, one per line) and reports, per\n"
    "document and in total: pages, tables found by kind, rows, amounts, the arithmetic\n"
    "checks that hold, hold within rounding, fail as a document error, or fail where the\n"
    "reading is in doubt (docs/checks.md); extraction diagnostics; the error code of a\n"
    "document that could not be parsed; and the time taken. Also the share of\n"
    "classification tables (those with 功能/经济分类 codes) whose checks all hold.\n"
    "\n"
    "options:\n"
    "  --json          print the report as JSON\n"
    "  --jobs N        parse N files at a time (default: the number of hardware threads)\n"
    "  --details       also list every check that fails\n"
    "  --password, --max-pages, --max-mb, --max-memory, --timeout, --ocr\n"
    "                  as for 'budgetpdf parse', per file\n"
    "  --worker-memory MB\n"
    "                  each file is parsed in a worker process with this much address\n"
    "                  space (default 2048); one that hangs past --timeout, crashes or runs\n"
    "                  out of memory is one error line (timed_out, crashed)\n"
    "  -h, --help      show this help\n"
    "\n"
    "Exit status: 0 the report ran (whatever it found), 2 usage error, 10 a path given does\n"
    "not exist or a folder cannot be listed (the report is printed all the same; a FIFO or\n"
    "folder named *.pdf is an io_error row).\n";

doc_report run_one(const std::string& path, const parse_options& options) {
  doc_report r;
  // Names may hold any bytes (GBK, control characters): the report is UTF-8, one line each.
  r.file = printable_text(path);
  const auto start = std::chrono::steady_clock::now();
  try {
    const document doc = parse_file(path, options);
    r.pages = doc.page_count;
    r.tables = int(doc.tables.size());
    r.measures = doc.measures;
    for (const auto& t : doc.tables) {
      ++r.kinds[table_kind_name(t.kind)];
      for (const auto& b : t.blocks) {
        r.rows += int(b.rows.size());
        for (const auto& row : b.rows)
          for (const auto& v : row.values)
            if (v) ++r.amounts;
      }
    }
    for (const auto& d : doc.diagnostics)
      if (!is_check_diagnostic(d.code)) ++r.diagnostics;
    const check_summary s = check_document(doc);
    r.holds = s.holds;
    r.within = s.holds_within_rounding;
    r.document_errors = s.document_errors;
    r.doubts = s.extraction_doubts;
    for (const auto& c : s.results)
      if (c.result == check_result::outcome::fails)
        r.failures.push_back((c.doubt.empty() ? "document error: " : "extraction doubt: ") +
                             std::string(budgetpdf::check_kind_name(c.kind)) + ": " + c.message);
    for (const auto& t : s.tables) {
      if (!t.classification) continue;
      ++r.classification_tables;
      if (t.checks == 0)
        ++r.classification_unchecked;
      else if (t.reconciles())
        ++r.classification_reconciling;
      else
        r.not_reconciling.push_back(
            t.table + " (" + table_kind_name(t.kind) + "): " + std::to_string(t.document_errors) +
            " document error(s), " + std::to_string(t.extraction_doubts) + " doubt(s)");
    }
  } catch (const budgetpdf::error& e) {
    r.error = std::string(error_code_name(e.code()));
    r.error_message = printable_text(e.what());
  } catch (const std::bad_alloc&) {
    r.error = "internal";
    r.error_message = "out of memory";
  } catch (const std::exception& e) {
    r.error = "internal";
    r.error_message = printable_text(e.what());
  }
  r.ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return r;
}

// A path that is no file to parse (missing, a FIFO or a folder named *.pdf): an error row.
doc_report unlisted(const input& in) {
  doc_report r;
  r.file = printable_text(in.path);
  r.error = "io_error";
  r.error_message = printable_text(in.error);
  return r;
}

// What a worker sent, or a report of how it failed (killed after the time limit, crashed).
doc_report from_worker(const input& in, const worker_result& r) {
  if (r.outcome == worker_result::status::ok)
    if (auto parsed = parse_doc_report(r.payload)) return *parsed;
  doc_report failed;
  failed.file = printable_text(in.path);
  failed.error = r.outcome == worker_result::status::timed_out ? "timed_out" : "crashed";
  failed.error_message =
      r.outcome == worker_result::status::ok ? "damaged worker result" : r.message;
  return failed;
}

std::string percent(int part, int whole) {
  if (whole == 0) return "n/a";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f%%", 100.0 * part / whole);
  return buf;
}

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(c));
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

std::string json_strings(const std::vector<std::string>& v) {
  std::string s = "[";
  for (std::size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + json_string(v[i]);
  return s + "]";
}

std::string number(double d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", d);
  return buf;
}

void add_measures(reading_measures& total, const reading_measures& m) {
  for (const auto& [name, field] : measure_fields) total.*field += m.*field;
}

std::string measures_text(const reading_measures& m) {
  return "amounts placed " + std::to_string(m.amounts_placed) + "/" +
         std::to_string(m.amounts_printed) + " (" + percent(m.amounts_placed, m.amounts_printed) +
         "), outside cells " + std::to_string(m.amounts_outside_cells) + ", outside tables " +
         std::to_string(m.amounts_outside_tables) + "; tables with amounts " +
         std::to_string(m.tables_with_amounts) + ": untitled " +
         std::to_string(m.tables_without_title) + ", kind other " +
         std::to_string(m.tables_kind_unknown) + ", no unit " +
         std::to_string(m.tables_without_unit) + "; titles without rows " +
         std::to_string(m.titles_without_rows) + "; amount columns " +
         std::to_string(m.amount_columns) + ": no header " +
         std::to_string(m.columns_without_header) + ", title text in header " +
         std::to_string(m.headers_with_title_text) + ", empty " + std::to_string(m.empty_columns);
}

std::string measures_json(const reading_measures& m) {
  std::string s = "{";
  bool first = true;
  for (const auto& [name, field] : measure_fields) {
    s += (first ? "\"" : ", \"") + std::string(name) + "\": " + std::to_string(m.*field);
    first = false;
  }
  return s + "}";
}

doc_report totals_of(const std::vector<doc_report>& reports) {
  doc_report t;
  t.file = "TOTAL";
  for (const auto& r : reports) {
    t.pages += r.pages;
    t.tables += r.tables;
    for (const auto& [k, n] : r.kinds) t.kinds[k] += n;
    t.rows += r.rows;
    t.amounts += r.amounts;
    t.diagnostics += r.diagnostics;
    t.holds += r.holds;
    t.within += r.within;
    t.document_errors += r.document_errors;
    t.doubts += r.doubts;
    t.classification_tables += r.classification_tables;
    t.classification_reconciling += r.classification_reconciling;
    t.classification_unchecked += r.classification_unchecked;
    add_measures(t.measures, r.measures);
    t.ms += r.ms;
  }
  return t;
}

std::string kinds_text(const std::map<std::string, int>& kinds) {
  std::string s;
  for (const auto& [k, n] : kinds) s += (s.empty() ? "" : " ") + k + "=" + std::to_string(n);
  return s;
}

std::string text_report(const std::vector<doc_report>& reports, bool details, double wall_ms,
                        int jobs) {
  std::string s;
  auto line = [&](const doc_report& r) {
    if (!r.error.empty()) {
      s += r.file + ": error " + r.error + " (" + r.error_message + "), " + number(r.ms) + " ms\n";
      return;
    }
    s += r.file + ": " + std::to_string(r.pages) + " pages, " + std::to_string(r.tables) +
         " tables, " + std::to_string(r.rows) + " rows, " + std::to_string(r.amounts) +
         " amounts; checks " + std::to_string(r.holds) + " hold, " + std::to_string(r.within) +
         " within rounding, " + std::to_string(r.document_errors) + " fail (document), " +
         std::to_string(r.doubts) + " fail (extraction doubt); " + std::to_string(r.diagnostics) +
         " diagnostics; classification tables " + std::to_string(r.classification_reconciling) +
         "/" + std::to_string(r.classification_tables) + " reconcile (" +
         std::to_string(r.classification_unchecked) + " unchecked); " + number(r.ms) + " ms\n";
    s += "  kinds: " + kinds_text(r.kinds) + "\n";
    s += "  measures: " + measures_text(r.measures) + "\n";
    for (const auto& t : r.not_reconciling) s += "  not reconciling: " + t + "\n";
    if (details)
      for (const auto& f : r.failures) s += "  " + f + "\n";
  };
  for (const auto& r : reports) line(r);
  const doc_report t = totals_of(reports);
  int errors = 0;
  std::map<std::string, int> by_error;
  for (const auto& r : reports)
    if (!r.error.empty()) {
      ++errors;
      ++by_error[r.error];
    }
  const int checks = t.holds + t.within + t.document_errors + t.doubts;
  s += "\ntotal: " + std::to_string(reports.size()) + " documents, " +
       std::to_string(reports.size() - std::size_t(errors)) + " parsed, " + std::to_string(errors) +
       " errors (" + kinds_text(by_error) + ")\n";
  s += "  pages " + std::to_string(t.pages) + ", tables " + std::to_string(t.tables) + ", rows " +
       std::to_string(t.rows) + ", amounts " + std::to_string(t.amounts) + ", diagnostics " +
       std::to_string(t.diagnostics) + "\n";
  s += "  tables by kind: " + kinds_text(t.kinds) + "\n";
  s += "  measures: " + measures_text(t.measures) + "\n";
  const auto& m = t.measures;
  s += "  tables with amounts: " +
       percent(m.tables_with_amounts - m.tables_without_title, m.tables_with_amounts) +
       " titled, " + percent(m.tables_with_amounts - m.tables_kind_unknown, m.tables_with_amounts) +
       " of a known kind, " +
       percent(m.tables_with_amounts - m.tables_without_unit, m.tables_with_amounts) +
       " with a unit\n";
  s += "  checks " + std::to_string(checks) + ": " + std::to_string(t.holds) + " hold (" +
       percent(t.holds, checks) + "), " + std::to_string(t.within) + " within rounding (" +
       percent(t.within, checks) + "), " + std::to_string(t.document_errors) +
       " fail as document errors (" + percent(t.document_errors, checks) + "), " +
       std::to_string(t.doubts) + " fail with extraction doubt (" + percent(t.doubts, checks) +
       ")\n";
  const int checked = t.classification_tables - t.classification_unchecked;
  s += "  classification tables " + std::to_string(t.classification_tables) + ", checked " +
       std::to_string(checked) + ", reconcile within rounding " +
       std::to_string(t.classification_reconciling) + " (" +
       percent(t.classification_reconciling, checked) + " of checked, " +
       percent(t.classification_reconciling, t.classification_tables) + " of all)\n";
  s += "  time: " + number(t.ms) + " ms summed over files, " + number(wall_ms) + " ms wall, " +
       std::to_string(jobs) + " jobs\n";
  return s;
}

std::string json_report(const std::vector<doc_report>& reports, bool details, double wall_ms,
                        int jobs) {
  auto object = [&](const doc_report& r, bool with_details) {
    std::string s = "{\"file\": " + json_string(r.file);
    if (!r.error.empty())
      s +=
          ", \"error\": " + json_string(r.error) + ", \"message\": " + json_string(r.error_message);
    s += ", \"pages\": " + std::to_string(r.pages) + ", \"tables\": " + std::to_string(r.tables);
    s += ", \"kinds\": {";
    bool first = true;
    for (const auto& [k, n] : r.kinds) {
      s += (first ? "" : ", ") + json_string(k) + ": " + std::to_string(n);
      first = false;
    }
    s += "}, \"rows\": " + std::to_string(r.rows) + ", \"amounts\": " + std::to_string(r.amounts) +
         ", \"diagnostics\": " + std::to_string(r.diagnostics) +
         ", \"checks\": {\"holds\": " + std::to_string(r.holds) +
         ", \"holds_within_rounding\": " + std::to_string(r.within) +
         ", \"document_errors\": " + std::to_string(r.document_errors) +
         ", \"extraction_doubts\": " + std::to_string(r.doubts) + "}" +
         ", \"classification_tables\": {\"total\": " + std::to_string(r.classification_tables) +
         ", \"unchecked\": " + std::to_string(r.classification_unchecked) +
         ", \"reconciling\": " + std::to_string(r.classification_reconciling) + "}" +
         ", \"measures\": " + measures_json(r.measures);
    if (with_details) {
      s += ", \"not_reconciling\": " + json_strings(r.not_reconciling);
      if (details) s += ", \"failures\": " + json_strings(r.failures);
    }
    s += ", \"ms\": " + number(r.ms) + "}";
    return s;
  };
  std::string s = "{\"documents\": [\n";
  for (std::size_t i = 0; i < reports.size(); ++i)
    s += "  " + object(reports[i], true) + (i + 1 < reports.size() ? ",\n" : "\n");
  s += "],\n\"total\": " + object(totals_of(reports), false) +
       ",\n\"wall_ms\": " + number(wall_ms) + ", \"jobs\": " + std::to_string(jobs) + "}\n";
  return s;
}

int run(const std::vector<std::string>& argv) {
  auto spec = parse_option_specs();
  spec.push_back({"--json", "", false});
  spec.push_back({"--jobs", "-j", true});
  spec.push_back({"--details", "", false});
  spec.push_back({"--worker-memory", "", true});
  arguments args = parse_arguments(argv, spec);
  if (args.positional.empty()) throw usage_error("'report' takes a folder or PDF files");
  int jobs = int(std::max(1u, std::thread::hardware_concurrency()));
  if (auto j = args.get("--jobs")) jobs = positive_int("--jobs", *j);
  const parse_options options = parse_options_from(args);
  const input_list inputs = list_inputs(args.positional);
  const std::vector<input>& files = inputs.inputs;
  jobs = std::max(1, std::min(jobs, int(files.size())));

  const auto start = std::chrono::steady_clock::now();
  std::vector<doc_report> reports(files.size());
  std::vector<std::size_t> todo;  // indices of the files to parse, each in a worker process
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (files[i].error.empty())
      todo.push_back(i);
    else
      reports[i] = unlisted(files[i]);
  }
  worker_limits limits;
  limits.seconds = options.max_seconds;
  limits.memory_mb = 2048;
  if (auto m = args.get("--worker-memory"))
    limits.memory_mb = std::size_t(positive_int("--worker-memory", *m));
  run_workers(
      todo.size(), jobs, limits,
      [&](std::size_t k) { return serialize(run_one(files[todo[k]].path, options)); },
      [&](std::size_t k, worker_result r) { reports[todo[k]] = from_worker(files[todo[k]], r); },
      [] { return false; }, [] {});
  const double wall =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();

  const bool details = args.has("--details");
  write_output("-", args.has("--json") ? json_report(reports, details, wall, jobs)
                                       : text_report(reports, details, wall, jobs));
  return inputs.missing ? exit_io_error : exit_ok;
}

}  // namespace

extern const command command_report{
    "report", "parse many PDFs in parallel: tables, amounts, checks, errors, time", help, run};

}  // namespace budgetpdf::cli
