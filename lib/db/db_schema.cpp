// The schema of a budgetpdf database (docs/sqlite.md): CREATE statements and the columns
// each record fills.
#include "db/db_private.hpp"

#include <array>

namespace budgetpdf::detail {

namespace {

using cols = std::string_view;
constexpr cols documents_cols[] = {"sha256",       "path",          "bytes",       "department",
                                   "year",         "stage",         "pages",       "status",
                                   "error_code",   "error_message", "table_count", "row_count",
                                   "amount_count", "generator"};
constexpr cols tables_cols[] = {"table_id", "sha256", "table_index", "number", "kind",
                                "title",    "unit",   "first_page",  "pages",  "empty"};
constexpr cols columns_cols[] = {"table_id",    "block_index", "is_text", "column_index",
                                 "block_label", "header",      "key"};
constexpr cols rows_cols[] = {
    "row_id",        "table_id",    "block_index", "row_index", "code",
    "levels",        "lei",         "kuan",        "xiang",     "parent_code",
    "parent_row_id", "other_codes", "name",        "item",      "texts",
    "page",          "x0",          "y0",          "x1",        "y1"};
constexpr cols amounts_cols[] = {"row_id", "column_index", "printed", "yuan",
                                 "unit",   "percent",      "source",  "ocr_confidence"};
constexpr cols checks_cols[] = {"sha256",    "check_index",   "kind",  "outcome",  "table_ref",
                                "row",       "column_header", "page",  "expected", "actual",
                                "tolerance", "parts",         "doubt", "message"};
constexpr cols diagnostics_cols[] = {"sha256", "diagnostic_index", "code", "severity", "message",
                                     "page",   "table_ref",        "x0",   "y0",       "x1",
                                     "y1"};

const std::array<db_table_spec, db_table_count> specs = {{
    {"documents", documents_cols},
    {"tables", tables_cols},
    {"columns", columns_cols},
    {"rows", rows_cols},
    {"amounts", amounts_cols},
    {"checks", checks_cols},
    {"diagnostics", diagnostics_cols},
}};

// Keep in step with docs/sqlite.md and the column lists above. Amounts are TEXT: exact
// decimals, never floating point.
constexpr std::string_view schema = R"sql(
CREATE TABLE budgetpdf_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents(
  doc_id INTEGER PRIMARY KEY,
  sha256 TEXT UNIQUE,
  path TEXT NOT NULL,
  bytes INTEGER,
  department TEXT,
  year INTEGER,
  stage TEXT,
  pages INTEGER,
  status TEXT NOT NULL,
  error_code TEXT,
  error_message TEXT,
  table_count INTEGER,
  row_count INTEGER,
  amount_count INTEGER,
  generator TEXT NOT NULL,
  mtime_ns INTEGER,
  written_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));
CREATE INDEX documents_by_path ON documents(path);
CREATE TABLE tables(
  table_id TEXT PRIMARY KEY,
  sha256 TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,
  table_index INTEGER NOT NULL,
  number TEXT,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  unit TEXT,
  first_page INTEGER,
  pages TEXT,
  empty INTEGER NOT NULL);
CREATE INDEX tables_by_document ON tables(sha256);
CREATE TABLE columns(
  table_id TEXT NOT NULL REFERENCES tables(table_id) ON DELETE CASCADE,
  block_index INTEGER NOT NULL,
  is_text INTEGER NOT NULL,
  column_index INTEGER NOT NULL,
  block_label TEXT,
  header TEXT NOT NULL,
  key TEXT,
  PRIMARY KEY(table_id, block_index, is_text, column_index)) WITHOUT ROWID;
CREATE TABLE rows(
  row_id TEXT PRIMARY KEY,
  table_id TEXT NOT NULL REFERENCES tables(table_id) ON DELETE CASCADE,
  block_index INTEGER NOT NULL,
  row_index INTEGER NOT NULL,
  code TEXT,
  levels TEXT,
  lei TEXT,
  kuan TEXT,
  xiang TEXT,
  parent_code TEXT,
  parent_row_id TEXT,
  other_codes TEXT,
  name TEXT NOT NULL,
  item TEXT,
  texts TEXT,
  page INTEGER,
  x0 REAL, y0 REAL, x1 REAL, y1 REAL);
CREATE INDEX rows_by_table ON rows(table_id);
CREATE INDEX rows_by_code ON rows(code);
CREATE TABLE amounts(
  row_id TEXT NOT NULL REFERENCES rows(row_id) ON DELETE CASCADE,
  column_index INTEGER NOT NULL,
  printed TEXT NOT NULL,
  yuan TEXT,
  unit TEXT,
  percent INTEGER NOT NULL,
  source TEXT NOT NULL DEFAULT 'text_layer',
  ocr_confidence REAL,
  PRIMARY KEY(row_id, column_index)) WITHOUT ROWID;
CREATE TABLE checks(
  sha256 TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,
  check_index INTEGER NOT NULL,
  kind TEXT NOT NULL,
  outcome TEXT NOT NULL,
  table_ref TEXT,
  row TEXT,
  column_header TEXT,
  page INTEGER,
  expected TEXT,
  actual TEXT,
  tolerance TEXT,
  parts TEXT,
  doubt TEXT,
  message TEXT,
  PRIMARY KEY(sha256, check_index)) WITHOUT ROWID;
CREATE TABLE diagnostics(
  sha256 TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,
  diagnostic_index INTEGER NOT NULL,
  code TEXT NOT NULL,
  severity TEXT NOT NULL,
  message TEXT NOT NULL,
  page INTEGER,
  table_ref TEXT,
  x0 REAL, y0 REAL, x1 REAL, y1 REAL,
  PRIMARY KEY(sha256, diagnostic_index)) WITHOUT ROWID;
CREATE VIEW tidy AS
SELECT d.path, d.sha256, d.department, d.year, d.stage,
       t.table_id, t.number AS table_number, t.kind AS table_kind, t.title AS table_title,
       c.block_label AS block, r.row_id, r.row_index, r.code, r.levels, r.lei, r.kuan, r.xiang,
       r.parent_row_id, r.name, r.item, c.header AS column_header, c.key AS column_key,
       a.printed, a.unit, a.yuan, a.percent, r.page, a.source, a.ocr_confidence
FROM amounts a
JOIN rows r ON r.row_id = a.row_id
JOIN tables t ON t.table_id = r.table_id
JOIN documents d ON d.sha256 = t.sha256
LEFT JOIN columns c ON c.table_id = r.table_id AND c.block_index = r.block_index
                   AND c.is_text = 0 AND c.column_index = a.column_index;
)sql";

}  // namespace

const db_table_spec& db_spec(std::uint8_t t) { return specs.at(t); }

std::string_view db_schema_sql() { return schema; }

// Version 1 -> 2: where each amount was read (OCR, docs/ocr.md). The tidy view gains the
// two columns too.
constexpr std::string_view upgrade_1_to_2 = R"sql(
ALTER TABLE amounts ADD COLUMN source TEXT NOT NULL DEFAULT 'text_layer';
ALTER TABLE amounts ADD COLUMN ocr_confidence REAL;
DROP VIEW tidy;
)sql";

std::string db_upgrade_sql(int from) {
  if (from != 1) return {};
  // The new view is the last statement of the schema.
  const std::size_t view = schema.find("CREATE VIEW tidy");
  return std::string(upgrade_1_to_2) + std::string(schema.substr(view)) +
         "UPDATE budgetpdf_meta SET value = '2' WHERE key = 'schema_version';\n"
         "PRAGMA user_version = 2;\n";
}

}  // namespace budgetpdf::detail
