// Entry points: a PDF in, a checked document out.
#pragma once

#include <budgetpdf/options.hpp>
#include <budgetpdf/types.hpp>

#include <span>
#include <string>

namespace budgetpdf {

/// Parses the PDF at `path`. Throws budgetpdf::error when no document can be returned;
/// everything recoverable becomes a document::diagnostics entry.
///
/// **Example**:
///   auto doc = budgetpdf::parse_file("budget.pdf");
///   for (const auto& t : doc.tables) std::cout << t.title << '\n';
document parse_file(const std::string& path, const parse_options& options = {});

/// Same as parse_file, from bytes in memory.
document parse_memory(std::span<const unsigned char> bytes, const parse_options& options = {});

}  // namespace budgetpdf
