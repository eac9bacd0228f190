// The command table and the helpers every command shares: arguments, exit codes, output.
#pragma once

#include <budgetpdf/error.hpp>
#include <budgetpdf/options.hpp>

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace budgetpdf::cli {

/// Process exit codes (docs/error-codes.md). Errors of the library map one to one.
enum exit_status : int {
  exit_ok = 0,
  exit_check_failed = 1,  ///< the command ran, a threshold it was given was not met
  exit_usage = 2,         ///< bad command line
  exit_bad_truth = 3,     ///< eval: the truth file is not a truth JSON document
  exit_io_error = 10,
  exit_not_a_pdf = 11,
  exit_damaged_pdf = 12,
  exit_encrypted = 13,
  exit_no_text_layer = 14,
  exit_no_tables = 15,
  exit_too_large = 16,
  exit_timed_out = 17,
  exit_unreadable_text = 18,
  exit_ocr_unavailable = 19,
  exit_ocr_data_missing = 20,
  exit_internal = 70,
};

/// The exit status for a library error code.
int exit_status_for(error_code code) noexcept;

/// One subcommand. Adding a command is one file (cli/command_<name>.cpp defining
/// `const command command_<name>`) plus one line in cli/commands.def.
struct command {
  std::string_view name;
  std::string_view summary;  ///< one line for `budgetpdf --help`
  std::string_view help;     ///< the full text for `budgetpdf help <name>`
  /// Runs with the arguments after the command name; returns the exit status. Throws
  /// usage_error for a bad command line and budgetpdf::error for an unreadable input.
  int (*run)(const std::vector<std::string>& args);
};

/// A bad command line: printed with a hint to the command's help, exit status 2.
class usage_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// An error about one file: printed as "budgetpdf: <file>: <message>".
class file_error : public std::runtime_error {
 public:
  file_error(int status, std::string file, const std::string& message)
      : std::runtime_error(message), status_(status), file_(std::move(file)) {}
  int status() const noexcept { return status_; }
  const std::string& file() const noexcept { return file_; }

 private:
  int status_;
  std::string file_;
};

/// An option a command accepts: "--format", with an optional short alias "-f".
struct option_spec {
  std::string_view name;
  std::string_view short_name;  ///< "" if none
  bool takes_value = false;
};

/// The command line split into options (by long name) and positional arguments.
/// A value is given as "--name VALUE" or "--name=VALUE"; "--" ends the options.
struct arguments {
  std::map<std::string, std::string, std::less<>> options;
  std::vector<std::string> positional;

  bool has(std::string_view name) const { return options.find(name) != options.end(); }
  std::optional<std::string> get(std::string_view name) const;
};

/// Throws usage_error for an unknown option, a missing value or a repeated option.
arguments parse_arguments(const std::vector<std::string>& args,
                          const std::vector<option_spec>& spec);

/// Options shared by commands that parse a PDF: --password, --max-pages, --max-mb,
/// --max-memory, --timeout.
std::vector<option_spec> parse_option_specs();
parse_options parse_options_from(const arguments& args);

/// Strict number parsing for option values; usage_error names the option.
int positive_int(std::string_view option, const std::string& value);
double positive_number(std::string_view option, const std::string& value);

/// Reads a whole file; file_error(exit_io_error) when it cannot.
std::string read_file(const std::string& path);
/// Writes `text` to `path` (atomically: budgetpdf::atomic_file), or to stdout when path is
/// "-" or empty; file_error saying why on failure, the previous file left as it was.
void write_output(const std::string& path, std::string_view text);

/// Prints "budgetpdf: <file>: <message>" (or "budgetpdf: <message>") on stderr.
void print_error(std::string_view file, std::string_view message);

}  // namespace budgetpdf::cli
