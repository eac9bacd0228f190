// What parsing a (possibly hostile) input gave: a document or a typed error, for tests
// that feed broken, huge or odd inputs and check which of the two came out.
#pragma once

#include <budgetpdf/error.hpp>
#include <budgetpdf/parse.hpp>

#include <filesystem>
#include <span>
#include <string>
#include <string_view>

namespace budgetpdf::test {

struct parse_outcome {
  bool ok = false;
  error_code code = error_code::internal;
  std::string message;
  document doc;
};

inline parse_outcome parse_bytes(std::span<const unsigned char> bytes,
                                 const parse_options& options = {}) {
  parse_outcome o;
  try {
    o.doc = parse_memory(bytes, options);
    o.ok = true;
  } catch (const error& e) {
    o.code = e.code();
    o.message = e.what();
  }
  return o;
}

inline parse_outcome parse_path(const std::filesystem::path& path,
                                const parse_options& options = {}) {
  parse_outcome o;
  try {
    o.doc = parse_file(path.string(), options);
    o.ok = true;
  } catch (const error& e) {
    o.code = e.code();
    o.message = e.what();
  }
  return o;
}

inline std::string describe(const parse_outcome& o) {
  if (o.ok) return "a document with " + std::to_string(o.doc.tables.size()) + " tables";
  return std::string(error_code_name(o.code)) + ": " + o.message;
}

inline bool contains(const std::string& s, std::string_view part) {
  return s.find(part) != std::string::npos;
}

}  // namespace budgetpdf::test
