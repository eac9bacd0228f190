// Writers: JSON (docs/json-schema.md), tidy CSV, and a human-readable text view.
#pragma once

#include <budgetpdf/types.hpp>

#include <string>

namespace budgetpdf {

/// The versioned JSON document (schema "budgetpdf/1"); fields as in docs/json-schema.md.
std::string to_json(const document& doc, bool pretty = true);
/// Tidy CSV, one line per amount, with a header line.
std::string to_csv(const document& doc);
/// Tables laid out as aligned text for a terminal.
std::string to_text(const document& doc);

}  // namespace budgetpdf
