// What an export worker process does with one file, and how its result travels back.
#pragma once

#include <budgetpdf/database.hpp>
#include <budgetpdf/options.hpp>

#include <optional>
#include <string>

namespace budgetpdf::cli {

struct export_settings {
  parse_options options;
  std::string generator;  ///< "budgetpdf X.Y.Z" (tests may override it, see generator_name)
  std::string csv_dir;    ///< "" = no CSV files
  bool jsonl = false;     ///< also return the document as one line of JSON
};

/// What a worker hands back: the document's rows, and its JSON line when asked.
struct export_result {
  document_rows rows;
  std::string json_line;
  int pages = 0;
};

/// "budgetpdf <version>"; with BUDGETPDF_TEST_FAULTS set, BUDGETPDF_TEST_GENERATOR instead
/// when given (tests: resume after a version change).
std::string generator_name();

/// In the worker: parses `path`, returns the serialized export_result. Never throws: a
/// failure is a failed_file row. With BUDGETPDF_TEST_FAULTS set, a file whose name starts
/// with "fault-hang" hangs, "fault-crash" crashes and "fault-oom" allocates without end
/// (tests of the isolation; honoured only here, in the worker).
std::string export_one(const std::string& path, const std::string& sha256,
                       const export_settings& settings);

/// In the parent: the inverse of what export_one returns; nullopt for a damaged payload.
std::optional<export_result> parse_export_payload(const std::string& payload);

}  // namespace budgetpdf::cli
