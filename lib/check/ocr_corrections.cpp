// Suggested corrections of OCR readings, tried against the document's sums.
#include "check/ocr_corrections.hpp"

#include <budgetpdf/amount.hpp>

#include <algorithm>
#include <cstdio>
#include <set>
#include <tuple>

namespace budgetpdf::detail {

namespace {

constexpr std::pair<char, char> look_alikes[] = {
    {'6', '8'}, {'1', '7'}, {'0', '8'}, {'3', '8'}, {'5', '6'}};

bool digit(char c) { return c >= '0' && c <= '9'; }

std::string table_key(const table& t) { return t.number ? *t.number : t.title; }
std::string row_label(const row& r) { return r.code ? *r.code + " " + r.name : r.name; }
std::string column_label(const column& c) {
  std::string s;
  for (const auto& h : c.header) s += (s.empty() ? "" : "/") + h;
  return s.empty() ? c.key : s;
}

using fail_key = std::tuple<check_kind, std::string, std::string, std::string, int>;

std::set<fail_key> failing(const check_summary& s) {
  std::set<fail_key> out;
  for (const auto& c : s.results)
    if (c.result == check_result::outcome::fails)
      out.insert({c.kind, c.table, c.row, c.column, c.page});
  return out;
}

// Whether `code` is one of the parts a check summed ("20106 + 20108").
bool among_parts(const std::string& parts, const std::string& code) {
  std::size_t at = 0;
  while ((at = parts.find(code, at)) != std::string::npos) {
    const bool start = at == 0 || !digit(parts[at - 1]);
    const bool end = at + code.size() == parts.size() || !digit(parts[at + code.size()]);
    if (start && end) return true;
    at += code.size();
  }
  return false;
}

struct cell_ref {
  std::size_t t = 0, b = 0, r = 0, c = 0;
};

// The OCR cells the failing checks involve: the checked row's cell, and the cells of the
// rows summed into it (for identities between columns: the whole row).
std::vector<cell_ref> involved(const document& doc, const check_summary& s) {
  std::vector<cell_ref> out;
  for (std::size_t ti = 0; ti < doc.tables.size(); ++ti) {
    const table& t = doc.tables[ti];
    for (std::size_t bi = 0; bi < t.blocks.size(); ++bi) {
      const block& b = t.blocks[bi];
      for (std::size_t ri = 0; ri < b.rows.size(); ++ri) {
        const row& r = b.rows[ri];
        if (r.source != value_source::ocr) continue;
        for (std::size_t ci = 0; ci < r.values.size(); ++ci) {
          if (!r.values[ci]) continue;
          const std::string col = ci < b.columns.size() ? column_label(b.columns[ci]) : "";
          const bool hit = std::any_of(s.results.begin(), s.results.end(), [&](const auto& c) {
            if (c.result != check_result::outcome::fails || c.table != table_key(t)) return false;
            const bool whole_row = c.kind == check_kind::column_identity ||
                                   c.kind == check_kind::balance ||
                                   c.kind == check_kind::cross_table;
            if (!whole_row && c.column != col) return false;
            return c.row == row_label(r) || (r.code && among_parts(c.parts, *r.code));
          });
          if (hit) out.push_back({ti, bi, ri, ci});
        }
      }
    }
  }
  return out;
}

std::string describe(const table& t, const block& b, const row& r, std::size_t c) {
  return table_key(t) + ", row " + row_label(r) + ", column " +
         (c < b.columns.size() ? column_label(b.columns[c]) : std::to_string(c + 1)) + ", page " +
         std::to_string(r.page);
}

}  // namespace

std::vector<std::string> ocr_alternatives(const std::string& printed) {
  std::vector<std::string> out;
  auto add = [&](const std::string& s) {
    if (s != printed && parse_amount(s) && std::find(out.begin(), out.end(), s) == out.end())
      out.push_back(s);
  };
  for (std::size_t i = 0; i < printed.size(); ++i)
    for (auto [a, b] : look_alikes) {
      std::string s = printed;
      if (s[i] == a)
        s[i] = b;
      else if (s[i] == b)
        s[i] = a;
      else
        continue;
      add(s);
    }
  for (std::size_t i = 0; i + 1 < printed.size(); ++i)
    if (digit(printed[i]) && digit(printed[i + 1]) && printed[i] != printed[i + 1]) {
      std::string s = printed;
      std::swap(s[i], s[i + 1]);
      add(s);
    }
  const std::size_t dot = printed.find('.');
  const std::size_t end =
      printed.find('%') == std::string::npos ? printed.size() : printed.size() - 1;
  if (dot == std::string::npos) {
    for (std::size_t decimals : {1u, 2u})
      if (end > decimals + 1)
        add(printed.substr(0, end - decimals) + "." + printed.substr(end - decimals));
  } else {
    add(printed.substr(0, dot) + printed.substr(dot + 1));
  }
  return out;
}

std::vector<diagnostic> ocr_suggested_corrections(const document& doc, const check_summary& summary,
                                                  int max_trials) {
  std::vector<diagnostic> out;
  const std::set<fail_key> before = failing(summary);
  if (before.empty()) return out;
  document work = doc;
  int trials = 0;
  for (const cell_ref& at : involved(doc, summary)) {
    auto& value = work.tables[at.t].blocks[at.b].rows[at.r].values[at.c];
    const amount read = *value;
    for (const std::string& alt : ocr_alternatives(read.text())) {
      if (trials++ >= max_trials) return out;
      value = parse_amount(alt);
      const std::set<fail_key> after = failing(check_document(work));
      value = read;
      const bool no_new = std::includes(before.begin(), before.end(), after.begin(), after.end());
      if (!no_new || after.size() >= before.size()) continue;
      const table& t = doc.tables[at.t];
      const block& b = t.blocks[at.b];
      const row& r = b.rows[at.r];
      const float conf =
          at.c < r.confidence.size() && r.confidence[at.c] ? r.confidence[at.c].value() : -1.0f;
      char buf[48] = "";
      if (conf >= 0) std::snprintf(buf, sizeof buf, " (confidence %.0f)", double(conf));
      diagnostic d;
      d.code = diagnostic_code::ocr_suggested_correction;
      d.message = describe(t, b, r, at.c) + ": OCR read " + read.text() + buf + "; read as " + alt +
                  ", " + std::to_string(before.size() - after.size()) +
                  " failing sum(s) hold and none fails that held. A suggestion: the value "
                  "was not changed";
      d.at.page = r.page;
      d.at.where = r.where;
      d.table = table_key(t);
      out.push_back(std::move(d));
      break;
    }
  }
  return out;
}

}  // namespace budgetpdf::detail
