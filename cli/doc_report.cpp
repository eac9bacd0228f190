// serialize()/parse_doc_report(): a report line from a worker process to the parent, as
// length-prefixed fields ("5:hello").
#include "doc_report.hpp"

#include <charconv>
#include <cstdio>

namespace budgetpdf::cli {

namespace {

struct writer {
  std::string out;
  void put(std::string_view s) {
    out += std::to_string(s.size()) + ':';
    out += s;
  }
  void put(int n) { put(std::to_string(n)); }
  void put(const std::vector<std::string>& v) {
    put(int(v.size()));
    for (const auto& s : v) put(s);
  }
};

struct reader {
  std::string_view in;
  bool ok = true;
  std::string text() {
    std::size_t n = 0;
    const auto colon = in.find(':');
    if (!ok || colon == std::string_view::npos ||
        std::from_chars(in.data(), in.data() + colon, n).ptr != in.data() + colon ||
        in.size() - colon - 1 < n)
      return ok = false, std::string();
    std::string s(in.substr(colon + 1, n));
    in.remove_prefix(colon + 1 + n);
    return s;
  }
  int number() {
    const std::string s = text();
    int n = 0;
    if (std::from_chars(s.data(), s.data() + s.size(), n).ptr != s.data() + s.size()) ok = false;
    return n;
  }
  std::vector<std::string> list() {
    std::vector<std::string> v;
    for (int n = number(); ok && n > 0; --n) v.push_back(text());
    return v;
  }
};

}  // namespace

std::string serialize(const doc_report& r) {
  writer w;
  for (const auto* s : {&r.file, &r.error, &r.error_message}) w.put(*s);
  for (int n : {r.pages, r.tables, r.rows, r.amounts, r.diagnostics, r.holds, r.within,
                r.document_errors, r.doubts, r.classification_tables, r.classification_reconciling,
                r.classification_unchecked})
    w.put(n);
  for (const auto& [name, field] : measure_fields) w.put(r.measures.*field);
  w.put(int(r.kinds.size()));
  for (const auto& [k, n] : r.kinds) {
    w.put(k);
    w.put(n);
  }
  w.put(r.failures);
  w.put(r.not_reconciling);
  char ms[32];
  std::snprintf(ms, sizeof ms, "%.3f", r.ms);
  w.put(ms);
  return w.out;
}

std::optional<doc_report> parse_doc_report(std::string_view bytes) {
  reader in{bytes};
  doc_report r;
  for (auto* s : {&r.file, &r.error, &r.error_message}) *s = in.text();
  for (int* n : {&r.pages, &r.tables, &r.rows, &r.amounts, &r.diagnostics, &r.holds, &r.within,
                 &r.document_errors, &r.doubts, &r.classification_tables,
                 &r.classification_reconciling, &r.classification_unchecked})
    *n = in.number();
  for (const auto& [name, field] : measure_fields) r.measures.*field = in.number();
  for (int n = in.number(); in.ok && n > 0; --n) {
    std::string k = in.text();
    r.kinds[k] = in.number();
  }
  r.failures = in.list();
  r.not_reconciling = in.list();
  r.ms = std::atof(in.text().c_str());
  if (!in.ok || !in.in.empty()) return std::nullopt;
  return r;
}

}  // namespace budgetpdf::cli
