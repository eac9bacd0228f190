// Fuzz target: every entry point of the cell grammar (lib/grammar/cell_grammar.hpp) on
// arbitrary UTF-8, converted with to_u32 as the layout stage would. Besides crashes, it checks
// that parsing and diagnosing agree: a text a rule accepts has no diagnosis, and a rejected
// one has a non-empty message.
#include "grammar/cell_grammar.hpp"
#include "text/normalize.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

using namespace budgetpdf::detail;

namespace {

void require(bool ok, const char* what, std::u32string_view text) {
  if (ok) return;
  std::fprintf(stderr, "fuzz_grammar: %s for \"%s\"\n", what, to_utf8(text).c_str());
  std::abort();
}

/// `accepted` says whether the parsing entry point took `text`; diagnose must agree.
void check_agrees(cell_rule rule, std::u32string_view text, bool accepted) {
  const auto failure = diagnose(rule, text);
  const std::string message = describe_failure(rule, text);
  require(!describe_rule(rule).empty(), "describe_rule is empty", text);
  if (accepted) {
    require(!failure.has_value(), "accepted text has a diagnosis", text);
    require(message.empty(), "accepted text has a failure message", text);
  } else {
    require(failure.has_value(), "rejected text has no diagnosis", text);
    require(!failure->message.empty() && !message.empty(), "empty failure message", text);
    require(failure->column >= 1 && failure->column <= text.size() + 1,
            "failure column outside the text", text);
  }
}

std::vector<std::u32string> split(std::u32string_view text, char32_t sep) {
  std::vector<std::u32string> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find(sep, start);
    out.emplace_back(text.substr(start, end == std::u32string_view::npos ? end : end - start));
    if (end == std::u32string_view::npos) break;
    start = end + 1;
  }
  return out;
}

void run_all(std::u32string_view t) {
  // Amounts.
  const auto amount_text = parse_amount_text(t);
  if (amount_text) (void)amount_text->text();
  check_agrees(cell_rule::amount, t, amount_text.has_value());
  const auto amount_cell = parse_amount_cell(t);
  if (amount_cell) {
    const int set =
        int(amount_cell->value.has_value()) + int(amount_cell->dash) + int(amount_cell->empty);
    require(set == 1, "amount_cell with other than one of value/dash/empty set", t);
  }
  check_agrees(cell_rule::amount_cell, t, amount_cell.has_value());
  const bool tail = is_decimal_tail(t);
  check_agrees(cell_rule::decimal_tail, t, tail);
  (void)is_wrapped_head(t);

  // Codes.
  const auto code = parse_code_cell(t);
  if (code) (void)classify_code(*code);
  check_agrees(cell_rule::code_cell, t, code.has_value());
  const auto parts = parse_code_parts(t);
  if (parts) (void)join_code_parts(*parts);
  check_agrees(cell_rule::code_parts, t, parts.has_value());
  const auto glued = parse_code_glued(t);
  if (glued) {
    require(!glued->name.empty(), "code_and_name with an empty name", t);
    (void)classify_code(glued->code);
  }
  check_agrees(cell_rule::code_glued, t, glued.has_value());
  if (const auto leading = parse_leading_codes(t)) (void)join_code_parts(leading->codes);

  // Ordinals, titles, unit lines, headings.
  const auto ordinal = parse_ordinal_prefix(t);
  check_agrees(cell_rule::ordinal_prefix, t, ordinal.has_value());
  const auto title = parse_title_line(t);
  check_agrees(cell_rule::title_line, t, title.has_value());
  const auto unit = parse_unit_line(t);
  check_agrees(cell_rule::unit_line, t, unit.has_value());
  (void)parse_year(t);
  const auto heading = parse_document_heading(t);
  check_agrees(cell_rule::document_heading, t, heading.has_value());

  // Row labels.
  check_agrees(cell_rule::numbering_cell, t, is_numbering_cell(t));
  check_agrees(cell_rule::total_label, t, is_total_label(t));
  check_agrees(cell_rule::empty_table_note, t, is_empty_table_note(t));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 4096) return 0;  // cells and lines are short; long inputs only slow the search
  const std::string_view utf8(reinterpret_cast<const char*>(data), size);
  const std::u32string text = to_u32(utf8);

  // The whole input as one cell or line, raw and normalized as layout hands it on.
  run_all(text);
  const std::u32string normalized = remove_cjk_spaces(normalize_text(text));
  if (normalized != text) run_all(normalized);

  // '\n' separates the cells of a row: the numbering-row rule, and each cell on its own.
  const auto cells = split(normalized, U'\n');
  if (cells.size() > 1) {
    (void)is_numbering_row(cells);
    for (const auto& c : cells) run_all(c);
  }
  // '|' separates a wrapped amount's head from its tail ("168,441|.81").
  if (const auto bar = normalized.find(U'|'); bar != std::u32string::npos) {
    const std::u32string_view n(normalized);
    const auto head = n.substr(0, bar), rest = n.substr(bar + 1);
    const auto joined = join_wrapped_amount(head, rest);
    require(!joined || (is_wrapped_head(head) && is_decimal_tail(rest)),
            "join_wrapped_amount joined what is not a head and a tail", n);
  }
  return 0;
}
