// Decimal amounts printed as words on a page.
#include "layout/printed_amounts.hpp"

#include "layout/line_kinds.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string_view>

namespace budgetpdf::detail {

namespace {

bool digit(char32_t c) { return c >= U'0' && c <= U'9'; }

// -?(\d{1,3}(,\d{3})+|\d+)\.\d+
bool decimal_shape(std::u32string_view s) {
  if (!s.empty() && s.front() == U'-') s.remove_prefix(1);
  const auto point = s.find(U'.');
  if (point == std::u32string_view::npos || point == 0 || point + 1 >= s.size()) return false;
  if (!std::all_of(s.begin() + long(point) + 1, s.end(), digit)) return false;
  const auto whole = s.substr(0, point);
  if (std::all_of(whole.begin(), whole.end(), digit)) return true;
  // Thousands groups: 1-3 digits, then ",ddd" groups.
  const auto first_comma = whole.find(U',');
  if (first_comma == 0 || first_comma > 3) return false;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    const bool comma_place = i >= first_comma && (i - first_comma) % 4 == 0;
    if (comma_place ? whole[i] != U',' : !digit(whole[i])) return false;
  }
  return (whole.size() - first_comma) % 4 == 0;
}

}  // namespace

page_amounts printed_amounts(const page_content& page) {
  page_amounts out;
  out.page = page.number;
  // Decimal words per line (words on one baseline, rounded to half a point), and the lines
  // of running text: sentence punctuation, or a figure followed by its unit ("1468.70 万元，"),
  // which table cells never print.
  std::map<long, int> per_line;
  std::set<long> sentence_lines;
  for (const auto& w : page.words)
    if (w.rotation == 0 && (w.text.find_first_of(U"，。；、") != std::u32string::npos ||
                            w.text.starts_with(U"万元") || w.text.starts_with(U"亿元")))
      sentence_lines.insert(std::lround(w.baseline * 2));
  for (const auto& w : page.words) {
    if (w.rotation != 0) continue;
    // A word may hold several space-separated pieces; each must be a decimal on its own.
    std::u32string_view text = w.text;
    if (text.find(U' ') != std::u32string_view::npos) continue;
    if (!decimal_shape(text)) continue;
    const auto reading = read_amount(text);
    if (reading.what != amount_reading::kind::value) continue;
    const long line = std::lround(w.baseline * 2);
    out.amounts.push_back({w.where, reading.value, sentence_lines.count(line) > 0});
    ++per_line[line];
  }
  int dense_lines = 0;
  for (const auto& [line, n] : per_line)
    if (n >= 2 && !sentence_lines.count(line)) ++dense_lines;
  out.looks_tabular = dense_lines >= 4;
  return out;
}

}  // namespace budgetpdf::detail
