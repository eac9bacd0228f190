// budgetpdf::database: schema creation and refusal, one transaction per document, counts
// against the JSON of the same file, stable ids, the worker serialization.
#include "sqlite_query.hpp"
#include "test_paths.hpp"

#include <budgetpdf/database.hpp>
#include <budgetpdf/export.hpp>
#include <budgetpdf/parse.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <unistd.h>
#include <fstream>
#include <sstream>

namespace {

namespace fs = std::filesystem;
using budgetpdf::test::sql_exec;
using budgetpdf::test::sql_int;
using budgetpdf::test::sql_text;

fs::path scratch(const std::string& name) {
  auto dir = fs::temp_directory_path() / ("budgetpdf_db_test_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::remove(dir / name);
  return dir / name;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void spit(const fs::path& p, const std::string& s) { std::ofstream(p, std::ios::binary) << s; }

struct json_counts {
  long tables = 0, rows = 0, amounts = 0, diagnostics = 0;
};

// Counted from the JSON writer's output (docs/json-schema.md), not from the structs.
json_counts counts_of(const budgetpdf::document& doc) {
  const auto j = nlohmann::json::parse(budgetpdf::to_json(doc));
  json_counts c;
  for (const auto& t : j.at("tables")) {
    ++c.tables;
    for (const auto& b : t.at("blocks"))
      for (const auto& r : b.at("rows")) {
        ++c.rows;
        for (const auto& v : r.at("values")) c.amounts += v.is_null() ? 0 : 1;
      }
  }
  c.diagnostics = long(j.at("diagnostics").size());
  return c;
}

}  // namespace

TEST_CASE("a new database: every sample written, counts equal those of its JSON") {
  const fs::path db_path = scratch("samples.sqlite");
  budgetpdf::database db(db_path.string());
  long total_amounts = 0;
  for (const auto& e : fs::directory_iterator(budgetpdf::test::samples_dir())) {
    if (e.path().extension() != ".pdf") continue;
    const auto doc = budgetpdf::parse_file(e.path().string());
    CHECK_FALSE(db.has(doc.source.sha256, "test 1"));
    db.write(budgetpdf::rows_of(doc, "test 1"));
    CHECK(db.has(doc.source.sha256, "test 1"));
    CHECK_FALSE(db.has(doc.source.sha256, "test 2"));
    const json_counts c = counts_of(doc);
    const std::string sha = "'" + doc.source.sha256 + "'";
    INFO(e.path().filename().string());
    CHECK(sql_int(db_path, "SELECT count(*) FROM tables WHERE sha256 = " + sha) == c.tables);
    CHECK(sql_int(db_path,
                  "SELECT count(*) FROM rows JOIN tables USING (table_id) WHERE sha256 = " + sha) ==
          c.rows);
    CHECK(sql_int(db_path, "SELECT count(*) FROM tidy WHERE sha256 = " + sha) == c.amounts);
    CHECK(sql_int(db_path, "SELECT count(*) FROM diagnostics WHERE sha256 = " + sha) ==
          c.diagnostics);
    CHECK(sql_int(db_path, "SELECT amount_count FROM documents WHERE sha256 = " + sha) ==
          c.amounts);
    total_amounts += c.amounts;
  }
  CHECK(db.document_count() >= 12);
  CHECK(total_amounts > 1000);
  CHECK(sql_text(db_path, "PRAGMA integrity_check") == "ok");
  CHECK(sql_int(db_path, "PRAGMA foreign_key_check") == 0);
  // Exact values in 元 as text: no amount loses a digit.
  CHECK(sql_int(db_path,
                "SELECT count(*) FROM amounts WHERE yuan IS NOT NULL AND "
                "typeof(yuan) <> 'text'") == 0);
  // Every parent_row_id names a row of the same table.
  CHECK(sql_int(db_path,
                "SELECT count(*) FROM rows r WHERE parent_row_id IS NOT NULL AND NOT "
                "EXISTS (SELECT 1 FROM rows p WHERE p.row_id = r.parent_row_id AND "
                "p.table_id = r.table_id AND p.code = r.parent_code)") == 0);
  CHECK(sql_int(db_path, "SELECT count(*) FROM rows WHERE parent_row_id IS NOT NULL") > 100);
}

TEST_CASE("rewriting a document replaces it whole, with the same ids") {
  const fs::path db_path = scratch("rewrite.sqlite");
  const auto doc = budgetpdf::parse_file(
      (budgetpdf::test::samples_dir() / "s02_shanghai_yuan_2025.pdf").string());
  budgetpdf::database db(db_path.string());
  db.write(budgetpdf::rows_of(doc, "v1"));
  const std::string ids_sql =
      "SELECT group_concat(row_id, ' ') FROM (SELECT row_id FROM rows "
      "ORDER BY row_id)";
  const std::string ids = sql_text(db_path, ids_sql);
  const auto rows = sql_int(db_path, "SELECT count(*) FROM rows");
  db.write(budgetpdf::rows_of(doc, "v2"));
  CHECK(db.document_count() == 1);
  CHECK(sql_int(db_path, "SELECT count(*) FROM rows") == rows);
  CHECK(sql_text(db_path, ids_sql) == ids);
  CHECK(sql_text(db_path, "SELECT generator FROM documents") == "v2");
  CHECK(ids.rfind(doc.source.sha256.substr(0, 16) + ":t", 0) == 0);
}

TEST_CASE("a failed file is one documents row with its typed error") {
  const fs::path db_path = scratch("failed.sqlite");
  budgetpdf::database db(db_path.string());
  db.write(budgetpdf::rows_of(
      budgetpdf::failed_file{"a.pdf", "ab", "error", "not_a_pdf", "an HTML page"}, "v1"));
  db.write(
      budgetpdf::rows_of(budgetpdf::failed_file{"gone.pdf", "", "error", "io_error", "x"}, "v1"));
  db.write(budgetpdf::rows_of(budgetpdf::failed_file{"gone.pdf", "", "error", "io_error", "y"},
                              "v1"));  // replaces the row of the same unreadable path
  CHECK(db.document_count() == 2);
  CHECK(db.has("ab", "v1"));
  CHECK(sql_text(db_path,
                 "SELECT error_code || ' ' || error_message FROM documents WHERE "
                 "sha256 = 'ab'") == "not_a_pdf an HTML page");
  CHECK(sql_text(db_path, "SELECT error_message FROM documents WHERE sha256 IS NULL") == "y");
}

TEST_CASE("a file that is not ours, or of a newer schema, is refused and left untouched") {
  using reason = budgetpdf::database_error::reason;
  auto refused = [](const fs::path& p) -> std::optional<reason> {
    try {
      budgetpdf::database db(p.string());
    } catch (const budgetpdf::database_error& e) {
      return e.why();
    }
    return std::nullopt;
  };
  const fs::path html = scratch("page.sqlite");
  spit(html, std::string(5000, 'x') + "<html><body>not a database</body></html>");
  const std::string before = slurp(html);
  CHECK(refused(html) == reason::not_a_database);
  CHECK(slurp(html) == before);

  const fs::path foreign = scratch("foreign.sqlite");
  sql_exec(foreign, "CREATE TABLE birds(name TEXT); INSERT INTO birds VALUES ('crane')");
  const std::string foreign_bytes = slurp(foreign);
  CHECK(refused(foreign) == reason::not_ours);
  CHECK(slurp(foreign) == foreign_bytes);

  const fs::path newer = scratch("newer.sqlite");
  { budgetpdf::database db(newer.string()); }
  sql_exec(newer, "PRAGMA user_version = 99");
  CHECK(refused(newer) == reason::newer_schema);
  CHECK(sql_int(newer, "PRAGMA user_version") == 99);

  const fs::path empty = scratch("empty.sqlite");
  spit(empty, "");
  CHECK_FALSE(refused(empty).has_value());  // an empty file becomes a new database
  CHECK(sql_int(empty, "PRAGMA user_version") == budgetpdf::database_schema_version);
}

TEST_CASE("a database of schema 1 (before OCR) is upgraded in place to 2") {
  const fs::path old = scratch("schema1.sqlite");
  { budgetpdf::database db(old.string()); }
  // Back to version 1's shape: amounts without source and ocr_confidence.
  sql_exec(old,
           "DROP VIEW tidy; ALTER TABLE amounts DROP COLUMN source; "
           "ALTER TABLE amounts DROP COLUMN ocr_confidence; CREATE VIEW tidy AS SELECT 1 AS x; "
           "UPDATE budgetpdf_meta SET value = '1' WHERE key = 'schema_version'; "
           "PRAGMA user_version = 1");
  REQUIRE(sql_int(old, "PRAGMA user_version") == 1);
  REQUIRE(sql_int(old, "SELECT count(*) FROM pragma_table_info('amounts') WHERE name = 'source'") ==
          0);
  { budgetpdf::database db(old.string()); }
  CHECK(sql_int(old, "PRAGMA user_version") == 2);
  CHECK(sql_int(old,
                "SELECT count(*) FROM pragma_table_info('amounts') WHERE name IN "
                "('source', 'ocr_confidence')") == 2);
  CHECK(sql_int(old,
                "SELECT count(*) FROM pragma_table_info('tidy') WHERE name IN "
                "('source', 'ocr_confidence', 'printed')") == 3);
  CHECK(sql_int(old,
                "SELECT count(*) FROM budgetpdf_meta WHERE key = 'schema_version' AND "
                "value = '2'") == 1);
}

TEST_CASE("document_rows travel through serialize() and parse() unchanged") {
  const auto doc = budgetpdf::parse_file(
      (budgetpdf::test::samples_dir() / "s01_korla_2024_budget.pdf").string());
  const auto rows = budgetpdf::rows_of(doc, "v1");
  const std::string bytes = rows.serialize();
  const auto back = budgetpdf::document_rows::parse(bytes);
  REQUIRE(back.has_value());
  CHECK(back->sha256 == rows.sha256);
  CHECK(back->path == rows.path);
  REQUIRE(back->records.size() == rows.records.size());
  for (std::size_t i = 0; i < rows.records.size(); ++i) {
    CHECK(back->records[i].table == rows.records[i].table);
    CHECK(back->records[i].fields == rows.records[i].fields);
  }
  CHECK_FALSE(budgetpdf::document_rows::parse(bytes.substr(0, bytes.size() - 1)).has_value());
  CHECK_FALSE(budgetpdf::document_rows::parse(bytes + "x").has_value());
  CHECK_FALSE(budgetpdf::document_rows::parse("").has_value());
}

TEST_CASE("has_file: the same path, size and time written by the same generator") {
  const fs::path db_path = scratch("stamp.sqlite");
  const auto doc = budgetpdf::parse_file(
      (budgetpdf::test::samples_dir() / "s09_rotated_pages_2025.pdf").string());
  budgetpdf::database db(db_path.string());
  auto rows = budgetpdf::rows_of(doc, "v1");
  const budgetpdf::document_rows::file_stamp stamp{doc.source.bytes, 1700000000123456789};
  CHECK_FALSE(db.has_file(doc.source.path, stamp, "v1"));
  rows.stamp = stamp;
  db.write(rows);
  CHECK(db.has_file(doc.source.path, stamp, "v1"));
  CHECK_FALSE(db.has_file(doc.source.path, stamp, "v2"));
  CHECK_FALSE(db.has_file(doc.source.path, {stamp.bytes, stamp.mtime_ns + 1}, "v1"));
  CHECK_FALSE(db.has_file(doc.source.path, {stamp.bytes + 1, stamp.mtime_ns}, "v1"));
  CHECK_FALSE(db.has_file(doc.source.path + ".copy", stamp, "v1"));
}
