// Helpers shared by the writers and the truth comparison; never installed.
#pragma once

#include <budgetpdf/types.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace budgetpdf::detail {

/// The "schema" value of every JSON document this version writes.
inline constexpr std::string_view json_schema_id = "budgetpdf/1";

/// "info", "warning", "error".
std::string_view severity_name(diagnostic::severity s) noexcept;
/// "预算", "决算", or "" for unknown.
std::string_view stage_name(stage s) noexcept;
/// The last component of a path ("a/b/c.pdf" -> "c.pdf"); "" for "".
std::string file_name(const std::string& path);
/// `bytes` as valid UTF-8 (budgetpdf::printable_text without escaping controls).
std::string valid_utf8(std::string_view bytes);
/// For each row of `b`, the index of its parent row: the nearest row above it in the block
/// whose code is the row's parent code; nullopt where there is none.
std::vector<std::optional<std::size_t>> parent_rows(const block& b);
/// True when a diagnostic names this table (by its number or its title).
bool diagnostic_concerns(const diagnostic& d, const table& t);

/// Columns a UTF-8 string takes on a terminal: East Asian Wide and Fullwidth characters
/// count 2, combining marks and other zero-width characters 0, everything else 1.
/// Invalid UTF-8 bytes count 1 each.
///
/// \remarks Ambiguous-width characters ("…", "“") count 1, as in a Western locale; CJK
/// terminals that draw them wide will misalign those rows by one column per character.
std::size_t display_width(std::string_view utf8);
/// The longest prefix of `utf8` (whole characters) whose width is at most `max_width`,
/// with "…" appended when the text had to be cut. Result width <= max_width (>= 1).
std::string truncate_to_width(std::string_view utf8, std::size_t max_width);
/// `utf8` padded with spaces to `width` columns, on the right (left-aligned) or left.
std::string pad(std::string_view utf8, std::size_t width, bool align_right);

}  // namespace budgetpdf::detail
