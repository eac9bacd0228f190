// parse_file / parse_memory: the pipeline pdf -> layout -> interpret, with the limits of
// parse_options and typed errors for input that yields no document.
#include <budgetpdf/check.hpp>
#include <budgetpdf/error.hpp>
#include <budgetpdf/parse.hpp>

#include "api/ocr_pages.hpp"
#include "api/sha256.hpp"
#include "base/deadline.hpp"
#include "base/table_amounts.hpp"
#include "check/ocr_corrections.hpp"
#include "check/reading_measures.hpp"
#include "interpret/document_tables.hpp"
#include "interpret/interpret.hpp"
#include "interpret/money_evidence.hpp"
#include "layout/glyphs.hpp"
#include "layout/layout_engine.hpp"
#include "layout/printed_amounts.hpp"
#include "pdf/pdf_reader.hpp"
#include "text/normalize.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string_view>
#include <vector>

namespace budgetpdf {

namespace {

std::vector<std::u32string> lines_of(const detail::page_content& page) {
  auto glyphs = detail::flatten_glyphs(page);
  std::vector<const detail::glyph*> ptrs;
  for (const auto& g : glyphs)
    if (!g.vertical) ptrs.push_back(&g);
  std::vector<std::u32string> out;
  for (const auto& l : detail::build_lines(ptrs)) out.push_back(detail::remove_cjk_spaces(l.text));
  return out;
}

// A year 2000-2099 standing alone in a name ("…_2025.pdf", "2026年部门预算"), for
// documents that never print their year; nullopt if there is none or several differ.
std::optional<int> year_in_name(std::string_view name) {
  std::optional<int> found;
  for (std::size_t i = 0; i + 4 <= name.size(); ++i) {
    auto digit = [&](std::size_t k) { return k < name.size() && name[k] >= '0' && name[k] <= '9'; };
    if (!(name[i] == '2' && name[i + 1] == '0' && digit(i + 2) && digit(i + 3))) continue;
    if ((i > 0 && digit(i - 1)) || digit(i + 4)) continue;
    int y = 2000 + (name[i + 2] - '0') * 10 + (name[i + 3] - '0');
    if (found && *found != y) return std::nullopt;
    found = y;
  }
  return found;
}

void year_fallback(document& doc, std::string_view name, const char* where) {
  if (doc.year) return;
  doc.year = year_in_name(name);
  if (!doc.year) return;
  diagnostic d;
  d.level = diagnostic::severity::info;
  d.code = diagnostic_code::year_not_printed;
  d.message = std::string("the document prints no year; ") + std::to_string(*doc.year) +
              " was taken from the " + where;
  doc.diagnostics.push_back(std::move(d));
}

std::string page_list(const std::vector<int>& pages) {
  std::string s;
  for (int p : pages) s += (s.empty() ? "" : ", ") + std::to_string(p);
  return s;
}

std::string percent(std::size_t part, std::size_t whole) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", whole ? 100.0 * double(part) / double(whole) : 0.0);
  return buf;
}

// A page whose glyphs map to no text at least this often (and at least min_unreadable of
// them) gets an unreadable-text warning. A few private-use symbols are normal: bullets of a
// Symbol font, the decorative rules of a government letterhead drawn as glyphs (8 % of a
// short corpus document's glyphs).
constexpr double unreadable_share = 0.05;
constexpr std::size_t min_unreadable = 20;

bool mostly_unreadable(std::size_t unreadable, std::size_t glyphs, double share) {
  return unreadable >= min_unreadable && double(unreadable) >= share * double(glyphs);
}

// What reading the pages left behind, besides the layout engine's tables.
struct pages_read {
  std::vector<int> image_pages, unreadable_pages, truncated_pages;
  std::vector<std::u32string> first_lines;    // for the document heading
  std::vector<detail::page_amounts> printed;  // for the reading measures
  int text_pages = 0;
  /// Some page prints 预算 or 决算 (a budget or final accounts): every disclosure does.
  bool budget_words = false;
  std::size_t glyphs = 0, unreadable = 0;
  std::string lost;  // what was cut off or lost on the way, for the messages of errors
};

void note_page_limits(document& doc, pages_read& r, const detail::page_content& page, int p) {
  if (page.truncated) {
    r.truncated_pages.push_back(p);
    diagnostic d;
    d.code = diagnostic_code::page_truncated;
    d.message = "page " + std::to_string(p) +
                " has more glyphs, words or paths than the limits allow; the rest was not read";
    d.at.page = p;
    doc.diagnostics.push_back(std::move(d));
  }
  r.glyphs += page.glyphs;
  r.unreadable += page.unreadable_glyphs;
  if (mostly_unreadable(page.unreadable_glyphs, page.glyphs, unreadable_share)) {
    diagnostic d;
    d.code = diagnostic_code::unreadable_text;
    d.message = std::to_string(page.unreadable_glyphs) + " of the " + std::to_string(page.glyphs) +
                " glyphs on page " + std::to_string(p) + " (" +
                percent(page.unreadable_glyphs, page.glyphs) +
                ") map to no text (a font without a usable ToUnicode map, or private-use "
                "code points); what they print cannot be read without OCR";
    d.at.page = p;
    doc.diagnostics.push_back(std::move(d));
  }
  if (page.unreadable) r.unreadable_pages.push_back(p);
}

// Whether the page prints 预算 or 决算, also where the two characters are words of their own
// (letter-spaced titles).
bool prints_budget_word(const detail::page_content& page) {
  char32_t previous = 0;
  for (const auto& w : page.words) {
    for (char32_t c : w.text) {
      if (c == U'算' && (previous == U'预' || previous == U'决')) return true;
      if (c != U' ' && c != U'\u3000') previous = c;
    }
  }
  return false;
}

// Every page read and fed to the layout engine.
pages_read read_pages(const detail::pdf_reader& reader, detail::layout_engine& engine,
                      detail::ocr_pages& ocr, document& doc,
                      std::chrono::steady_clock::time_point deadline) {
  pages_read r;
  for (int p = 1; p <= doc.page_count; ++p) {
    auto page = reader.read_page(p, deadline);
    if (ocr.wants(page)) page = ocr.read(std::move(page), deadline);
    note_page_limits(doc, r, page, p);
    if (page.words.empty()) {
      if (page.has_images) r.image_pages.push_back(p);
      continue;
    }
    ++r.text_pages;
    if (!r.budget_words) r.budget_words = prints_budget_word(page);
    r.printed.push_back(detail::printed_amounts(page));
    if (r.first_lines.size() < 80) {
      auto l = lines_of(page);
      r.first_lines.insert(r.first_lines.end(), l.begin(), l.end());
    }
    engine.add_page(page);
    detail::check_deadline(deadline, "after the layout of page " + std::to_string(p));
  }
  if (!r.truncated_pages.empty())
    r.lost += "; pages cut off at a glyph, word or path limit: " + page_list(r.truncated_pages);
  if (reader.repaired()) r.lost += "; the file is damaged and poppler had to rebuild it";
  return r;
}

// What was or could not be done about image pages, for the no_text_layer message.
std::string ocr_hint(const detail::ocr_pages& ocr) {
  if (!ocr.skipped().empty()) return ocr.skipped();
  if (!ocr.pages().empty()) return "OCR found no text on them";
  if (ocr.unavailable()) return std::string("run OCR first: ") + ocr.unavailable()->what();
  return "run OCR first (--ocr auto)";
}

// Damage and pages without text, as diagnostics; no text at all is an error.
void note_damage(document& doc, const pages_read& r, const detail::pdf_reader& reader,
                 const detail::ocr_pages& ocr) {
  if (reader.repaired()) {
    diagnostic d;
    d.code = diagnostic_code::pdf_repaired;
    d.message =
        "the file is damaged (truncated or corrupted): poppler rebuilt its "
        "cross-reference table, so objects it could not find are missing; " +
        std::to_string(doc.page_count) + " pages were found";
    doc.diagnostics.push_back(std::move(d));
  }
  if (!r.unreadable_pages.empty()) {
    diagnostic d;
    d.code = diagnostic_code::page_unreadable;
    d.message =
        "pages that could not be read from the damaged file: " + page_list(r.unreadable_pages);
    d.at.page = r.unreadable_pages.front();
    doc.diagnostics.push_back(std::move(d));
  }
  if (r.text_pages == 0) {
    if (!r.image_pages.empty() && ocr.unavailable() &&
        ocr.unavailable()->code() == error_code::ocr_data_missing)
      throw *ocr.unavailable();
    if (!r.image_pages.empty())
      throw error(error_code::no_text_layer, "no text layer: every page is an image (pages " +
                                                 page_list(r.image_pages) + "); " + ocr_hint(ocr) +
                                                 r.lost);
    throw error(error_code::no_text_layer,
                "no text on any of the " + std::to_string(doc.page_count) + " pages" + r.lost);
  }
  if (!r.image_pages.empty()) {
    diagnostic d;
    d.code = diagnostic_code::image_only_pages;
    d.message = "pages without a text layer were skipped: " + page_list(r.image_pages);
    if (!ocr.pages().empty()) d.message += " (OCR found no text on them)";
    if (ocr.unavailable()) d.message += std::string(" (") + ocr.unavailable()->what() + ")";
    d.at.page = r.image_pages.front();
    doc.diagnostics.push_back(std::move(d));
  }
}

// Text that maps to no characters is why nothing was found: say so, OCR can read it. The
// document is unreadable when no amount was read and either its tables hold unreadable
// cells (interpret's table-unreadable) or most of its glyphs are unreadable. No table at
// all is an error too.
void require_tables(const document& doc, const pages_read& r) {
  const bool any_amount = std::any_of(doc.tables.begin(), doc.tables.end(), detail::has_amounts);
  const bool unreadable_tables =
      std::any_of(doc.diagnostics.begin(), doc.diagnostics.end(),
                  [](const diagnostic& d) { return d.code == diagnostic_code::table_unreadable; });
  if (!any_amount && mostly_unreadable(r.unreadable, r.glyphs, unreadable_tables ? 0.0 : 0.5))
    throw error(error_code::unreadable_text,
                "the text cannot be read: " + std::to_string(r.unreadable) + " of the " +
                    std::to_string(r.glyphs) + " glyphs (" + percent(r.unreadable, r.glyphs) +
                    ") map to no text (fonts without a usable ToUnicode map, or private-use "
                    "code points), and no amount could be read; run OCR on it" +
                    r.lost);
  if (doc.tables.empty())
    throw error(
        error_code::no_tables,
        "no budget table found in " + std::to_string(doc.page_count) + " pages of text" + r.lost);
  // A document that never prints 预算 or 决算 and whose tables print no classification code
  // is no budget disclosure (a statistics report or a price list saved under a budget's
  // name): its figures are no budget amounts. Every disclosure of the corpus names itself so.
  const bool any_code = std::any_of(doc.tables.begin(), doc.tables.end(), [](const table& t) {
    return std::any_of(t.blocks.begin(), t.blocks.end(), [](const block& b) {
      return std::any_of(b.rows.begin(), b.rows.end(),
                         [](const row& x) { return x.code.has_value(); });
    });
  });
  if (!r.budget_words && !any_code)
    throw error(error_code::no_tables,
                "no budget table found in " + std::to_string(doc.page_count) +
                    " pages of text: " + std::to_string(doc.tables.size()) +
                    " table(s), but the document never prints 预算 or 决算 and no "
                    "classification code: a report or list, not a budget disclosure" +
                    r.lost);
  // Tables whose figures are counts, serial numbers or prices (a notice, a report, a
  // list saved under a budget's name) are no budget tables: their figures are no amounts.
  if (std::none_of(doc.tables.begin(), doc.tables.end(), detail::prints_money))
    throw error(error_code::no_tables,
                "no budget table found in " + std::to_string(doc.page_count) +
                    " pages of text: " + std::to_string(doc.tables.size()) +
                    " table(s), but none about money (no unit of money, no word of public "
                    "finance such as 预算, 收入, 支出 or 经费 in a title or header, no "
                    "classification code)" +
                    r.lost);
}

}  // namespace

bool ocr_built() noexcept { return detail::ocr_available(); }

document parse_memory(std::span<const unsigned char> bytes, const parse_options& options) {
  const auto deadline = detail::deadline_after(options.max_seconds);
  auto reader = detail::pdf_reader::open(bytes, options);

  document doc;
  doc.source.sha256 = detail::sha256_hex(bytes);
  doc.source.bytes = bytes.size();
  doc.page_count = reader->page_count();

  detail::layout_engine engine;
  detail::ocr_pages ocr(bytes, options);
  const pages_read pages = read_pages(*reader, engine, ocr, doc, deadline);
  ocr.note(doc);
  note_damage(doc, pages, *reader, ocr);

  auto grids = engine.finish();
  detail::check_deadline(deadline, "after the layout of the last page");
  for (auto& d : engine.diagnostics()) doc.diagnostics.push_back(std::move(d));
  doc.tables = detail::interpret_tables(grids, doc.diagnostics);
  detail::check_deadline(deadline, "while interpreting the tables");
  detail::mark_ocr_rows(doc, ocr.pages());
  detail::fill_document_heading(doc, grids, pages.first_lines);
  year_fallback(doc, reader->title(), "document title in the PDF's metadata");
  require_tables(doc, pages);
  // Truth-free measures of the reading (lib/check/reading_measures.cpp), before the checks
  // so that amounts no row holds make failing sums on their page an extraction doubt.
  detail::measure_reading(doc, pages.printed);
  // Arithmetic checks (lib/check/arithmetic.cpp): within-rounding and failing sums as diagnostics.
  const check_summary checks = check_document(doc);
  for (auto& d : check_diagnostics(checks)) doc.diagnostics.push_back(std::move(d));
  // OCR values that break sums: a digit read differently that makes them hold, suggested.
  if (!ocr.pages().empty())
    for (auto& d : detail::ocr_suggested_corrections(doc, checks))
      doc.diagnostics.push_back(std::move(d));
  detail::check_deadline(deadline, "while checking the tables");
  return doc;
}

document parse_file(const std::string& path, const parse_options& options) {
  const std::vector<unsigned char> bytes = detail::read_pdf_file(path, options.max_bytes);
  auto doc = parse_memory(bytes, options);
  doc.source.path = path;
  year_fallback(doc, std::filesystem::path(path).filename().string(), "file name");
  return doc;
}

}  // namespace budgetpdf
