// Writers: JSON (docs/json-schema.md), tidy CSV, and a human-readable text view.
#pragma once

#include <budgetpdf/types.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace budgetpdf {

/// The versioned JSON document (schema "budgetpdf/1"); fields as in docs/json-schema.md.
std::string to_json(const document& doc, bool pretty = true);
/// Tidy CSV, one line per amount, with a header line.
std::string to_csv(const document& doc);
/// Tables laid out as aligned text for a terminal.
std::string to_text(const document& doc);

/// Stable ids, shared by the CSV, the SQLite database and the Python frames: the same file
/// (sha256) gives the same ids on every run and every machine. table_id: the first 16 hex
/// digits of the sha256, ":t" and the table's index ("3f2a…9c:t4"); row_id: the table id,
/// ":b" block index, ":r" row index.
std::string stable_table_id(std::string_view sha256, std::size_t table_index);
std::string stable_row_id(std::string_view sha256, std::size_t table_index, std::size_t block_index,
                          std::size_t row_index);

/// Text from outside (a file name, a message quoting one) made safe to write into UTF-8
/// output: bytes that are not UTF-8 are read as GB18030 (Chinese Windows file names) when
/// that decodes all of them, otherwise each such byte becomes U+FFFD; then, with
/// `escape_controls`, every control character (U+0000-U+001F, U+007F-U+009F) is written as
/// the four characters \xNN, so CSV, text and one-line messages stay one line and harmless
/// on a terminal. JSON writers pass false and let JSON escape them (\u00NN).
///
/// **Example**: printable_text("\xD4\xA4\xCB\xE3.pdf") == "预算.pdf";
///              printable_text("a\x1B[31m.pdf") == "a\\x1B[31m.pdf"
std::string printable_text(std::string_view bytes, bool escape_controls = true);

}  // namespace budgetpdf
