// rows_of(): a parsed document, or a failed file, as the records of the database tables.
#include <budgetpdf/check.hpp>
#include <budgetpdf/database.hpp>
#include <budgetpdf/error.hpp>

#include "db/db_private.hpp"
#include "export/export_private.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace budgetpdf {

namespace {

using field = std::optional<std::string>;
using detail::db_table;

field text(std::string_view s) { return std::string(s); }
field opt(const std::optional<std::string>& s) { return s; }
field nonempty(std::string_view s) { return s.empty() ? field{} : text(s); }
field num(long long n) { return std::to_string(n); }
field real(double d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", d);
  return std::string(buf);
}

void add(document_rows& out, db_table t, std::vector<field> fields) {
  out.records.push_back({static_cast<std::uint8_t>(t), std::move(fields)});
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string s;
  for (const auto& p : parts) s += (s.empty() ? "" : std::string(sep)) + p;
  return s;
}

std::string pages_text(const std::vector<int>& pages) {
  std::string s;
  for (int p : pages) s += (s.empty() ? "" : ",") + std::to_string(p);
  return s;
}

void add_columns(document_rows& out, const std::string& tid, std::size_t bi, const block& b) {
  for (int is_text = 0; is_text < 2; ++is_text) {
    const auto& cols = is_text ? b.text_columns : b.columns;
    for (std::size_t ci = 0; ci < cols.size(); ++ci)
      add(out, db_table::columns,
          {tid, num(long(bi)), num(is_text), num(long(ci)), opt(b.label),
           join(cols[ci].header, "/"), nonempty(cols[ci].key)});
  }
}

field level(const row& r, std::size_t i) {
  return i < r.levels.size() ? text(r.levels[i]) : field{};
}

void add_row(document_rows& out, const std::string& tid, const std::string& rid, std::size_t bi,
             std::size_t ri, const row& r, const std::vector<column>& columns,
             const field& parent_rid, unit u) {
  add(out, db_table::rows,
      {rid,
       tid,
       num(long(bi)),
       num(long(ri)),
       opt(r.code),
       nonempty(join(r.levels, "/")),
       level(r, 0),
       level(r, 1),
       level(r, 2),
       opt(r.parent),
       parent_rid,
       nonempty(join(r.other_codes, ",")),
       r.name,
       opt(r.item),
       r.texts.empty() ? field{} : text(nlohmann::json(r.texts).dump()),
       r.page > 0 ? num(r.page) : field{},
       real(r.where.x0),
       real(r.where.y0),
       real(r.where.x1),
       real(r.where.y1)});
  for (std::size_t ci = 0; ci < r.values.size(); ++ci) {
    if (!r.values[ci]) continue;
    const amount& a = *r.values[ci];
    add(out, db_table::amounts,
        {rid, num(long(ci)), a.text(), value_in_yuan(columns, ci, a, u), nonempty(unit_name(u)),
         num(a.percent), text(value_source_name(r.source)),
         ci < r.confidence.size() && r.confidence[ci] ? real(*r.confidence[ci]) : field{}});
  }
}

// A row's parent is the nearest row above it in the same block printing the parent code.
void add_block(document_rows& out, const document& doc, std::size_t ti, std::size_t bi,
               const table& t) {
  const block& b = t.blocks[bi];
  const std::string tid = stable_table_id(doc.source.sha256, ti);
  add_columns(out, tid, bi, b);
  const auto parents = detail::parent_rows(b);
  for (std::size_t ri = 0; ri < b.rows.size(); ++ri) {
    const std::string rid = stable_row_id(doc.source.sha256, ti, bi, ri);
    field parent_rid;
    if (parents[ri]) parent_rid = stable_row_id(doc.source.sha256, ti, bi, *parents[ri]);
    add_row(out, tid, rid, bi, ri, b.rows[ri], b.columns, parent_rid, t.declared_unit);
  }
}

void add_tables(document_rows& out, const document& doc) {
  for (std::size_t ti = 0; ti < doc.tables.size(); ++ti) {
    const table& t = doc.tables[ti];
    add(out, db_table::tables,
        {stable_table_id(doc.source.sha256, ti), doc.source.sha256, num(long(ti)), opt(t.number),
         text(table_kind_name(t.kind)), t.title, nonempty(unit_name(t.declared_unit)),
         t.pages.empty() ? field{} : num(t.pages.front()), pages_text(t.pages), num(t.empty)});
    for (std::size_t bi = 0; bi < t.blocks.size(); ++bi) add_block(out, doc, ti, bi, t);
  }
}

void add_checks(document_rows& out, const document& doc) {
  const check_summary s = check_document(doc);
  for (std::size_t i = 0; i < s.results.size(); ++i) {
    const check_result& c = s.results[i];
    add(out, db_table::checks,
        {doc.source.sha256, num(long(i)), text(check_kind_name(c.kind)),
         text(check_outcome_name(c.result)), c.table, c.row, c.column,
         c.page > 0 ? num(c.page) : field{}, c.expected, c.actual, c.tolerance, c.parts,
         nonempty(c.doubt), c.message});
  }
}

void add_diagnostics(document_rows& out, const document& doc) {
  for (std::size_t i = 0; i < doc.diagnostics.size(); ++i) {
    const diagnostic& d = doc.diagnostics[i];
    add(out, db_table::diagnostics,
        {doc.source.sha256, num(long(i)), text(diagnostic_code_name(d.code)),
         text(detail::severity_name(d.level)), d.message, d.at.page > 0 ? num(d.at.page) : field{},
         nonempty(d.table), real(d.at.where.x0), real(d.at.where.y0), real(d.at.where.x1),
         real(d.at.where.y1)});
  }
}

}  // namespace

document_rows rows_of(const document& doc, std::string_view generator) {
  document_rows out;
  out.sha256 = doc.source.sha256;
  out.path = detail::valid_utf8(doc.source.path);
  long rows = 0, amounts = 0;
  for (const auto& t : doc.tables)
    for (const auto& b : t.blocks)
      for (const auto& r : b.rows) {
        ++rows;
        for (const auto& v : r.values) amounts += v ? 1 : 0;
      }
  add(out, db_table::documents,
      {doc.source.sha256, out.path, num(long(doc.source.bytes)), opt(doc.department),
       doc.year ? num(*doc.year) : field{}, nonempty(detail::stage_name(doc.stage)),
       num(doc.page_count), text("ok"), field{}, field{}, num(long(doc.tables.size())), num(rows),
       num(amounts), text(generator)});
  add_tables(out, doc);
  add_checks(out, doc);
  add_diagnostics(out, doc);
  return out;
}

document_rows rows_of(const failed_file& f, std::string_view generator) {
  document_rows out;
  out.sha256 = f.sha256;
  out.path = detail::valid_utf8(f.path);
  add(out, db_table::documents,
      {nonempty(f.sha256), out.path, field{}, field{}, field{}, field{}, field{}, f.status,
       f.error_code, detail::valid_utf8(f.message), field{}, field{}, field{}, text(generator)});
  return out;
}

}  // namespace budgetpdf
