// Argument parsing, exit codes and output shared by the commands.
#include "cli.hpp"

#include <budgetpdf/atomic_file.hpp>
#include <budgetpdf/export.hpp>

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

namespace budgetpdf::cli {

int exit_status_for(error_code code) noexcept {
  switch (code) {
    case error_code::io_error:
      return exit_io_error;
    case error_code::not_a_pdf:
      return exit_not_a_pdf;
    case error_code::damaged_pdf:
      return exit_damaged_pdf;
    case error_code::encrypted:
      return exit_encrypted;
    case error_code::no_text_layer:
      return exit_no_text_layer;
    case error_code::no_tables:
      return exit_no_tables;
    case error_code::too_large:
      return exit_too_large;
    case error_code::timed_out:
      return exit_timed_out;
    case error_code::internal:
      return exit_internal;
    case error_code::unreadable_text:
      return exit_unreadable_text;
    case error_code::ocr_unavailable:
      return exit_ocr_unavailable;
    case error_code::ocr_data_missing:
      return exit_ocr_data_missing;
  }
  return exit_internal;
}

std::optional<std::string> arguments::get(std::string_view name) const {
  auto it = options.find(name);
  if (it == options.end()) return std::nullopt;
  return it->second;
}

arguments parse_arguments(const std::vector<std::string>& args,
                          const std::vector<option_spec>& spec) {
  arguments out;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--") {
      out.positional.insert(out.positional.end(), args.begin() + std::ptrdiff_t(i) + 1, args.end());
      break;
    }
    if (a.size() < 2 || a[0] != '-') {
      out.positional.push_back(a);  // "-" alone is a positional (stdin/stdout)
      continue;
    }
    std::string_view name = a;
    std::optional<std::string> value;
    if (a.rfind("--", 0) == 0) {
      if (auto eq = a.find('='); eq != std::string::npos) {
        name = std::string_view(a).substr(0, eq);
        value = a.substr(eq + 1);
      }
    }
    const option_spec* found = nullptr;
    for (const auto& s : spec)
      if (s.name == name || (!s.short_name.empty() && s.short_name == name)) found = &s;
    if (!found) throw usage_error("unknown option '" + std::string(name) + "'");
    std::string long_name(found->name);
    if (out.has(long_name)) throw usage_error("option '" + long_name + "' given twice");
    if (found->takes_value) {
      if (!value) {
        if (i + 1 >= args.size()) throw usage_error("option '" + long_name + "' needs a value");
        value = args[++i];
      }
      out.options[long_name] = *value;
    } else {
      if (value) throw usage_error("option '" + long_name + "' takes no value");
      out.options[long_name] = "";
    }
  }
  return out;
}

std::vector<option_spec> parse_option_specs() {
  return {{"--password", "", true},   {"--max-pages", "", true}, {"--max-mb", "", true},
          {"--max-memory", "", true}, {"--timeout", "", true},   {"--ocr", "", true}};
}

ocr_mode ocr_mode_from(const std::string& value) {
  for (auto m : {ocr_mode::automatic, ocr_mode::always, ocr_mode::never})
    if (value == ocr_mode_name(m)) return m;
  throw usage_error("option '--ocr' takes auto, always or never, not '" + value + "'");
}

parse_options parse_options_from(const arguments& args) {
  parse_options o;
  if (auto pw = args.get("--password")) o.password = *pw;
  if (auto n = args.get("--max-pages")) o.max_pages = positive_int("--max-pages", *n);
  if (auto m = args.get("--max-mb"))
    o.max_bytes = static_cast<std::size_t>(positive_int("--max-mb", *m)) << 20;
  if (auto m = args.get("--max-memory"))
    o.max_memory = static_cast<std::size_t>(positive_int("--max-memory", *m)) << 20;
  if (auto t = args.get("--timeout")) o.max_seconds = positive_number("--timeout", *t);
  if (auto m = args.get("--ocr")) o.ocr = ocr_mode_from(*m);
  return o;
}

int positive_int(std::string_view option, const std::string& value) {
  int n = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (ec != std::errc() || end != value.data() + value.size() || n <= 0)
    throw usage_error("option '" + std::string(option) + "' needs a positive integer, not '" +
                      value + "'");
  return n;
}

double positive_number(std::string_view option, const std::string& value) {
  double d = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), d);
  if (ec != std::errc() || end != value.data() + value.size() || !(d > 0) || !std::isfinite(d))
    throw usage_error("option '" + std::string(option) + "' needs a positive number, not '" +
                      value + "'");
  return d;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw file_error(exit_io_error, path, std::string("cannot open: ") + std::strerror(errno));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw file_error(exit_io_error, path, "cannot read");
  return ss.str();
}

void write_output(const std::string& path, std::string_view text) {
  if (path.empty() || path == "-") {
    std::fwrite(text.data(), 1, text.size(), stdout);
    if (std::fflush(stdout) != 0 || std::ferror(stdout))
      throw file_error(exit_io_error, "<stdout>", "cannot write");
    return;
  }
  try {
    write_file_atomically(path, text);
  } catch (const budgetpdf::error& e) {
    throw file_error(exit_io_error, path, e.what());
  }
}

void print_error(std::string_view file, std::string_view message) {
  // A file name may hold any bytes: one valid UTF-8 line whatever it holds.
  std::string line = "budgetpdf: ";
  if (!file.empty()) {
    line += printable_text(file);
    line += ": ";
  }
  line += printable_text(message);
  line += '\n';
  std::fwrite(line.data(), 1, line.size(), stderr);
}

}  // namespace budgetpdf::cli
