// budgetpdf::database: open (schema check, creation), has(), write() over SQLite.
#include <budgetpdf/database.hpp>

#include "db/db_private.hpp"
#include "export/export_private.hpp"

#include <sqlite3.h>

#include <array>

namespace budgetpdf {

namespace {

using reason = database_error::reason;

[[noreturn]] void fail(sqlite3* db, const std::string& what, reason why = reason::sqlite_failure) {
  throw database_error(why, what + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

struct statement {
  sqlite3_stmt* s = nullptr;
  statement(sqlite3* db, std::string_view sql) {
    if (sqlite3_prepare_v2(db, sql.data(), int(sql.size()), &s, nullptr) != SQLITE_OK)
      fail(db, "cannot prepare '" + std::string(sql.substr(0, 60)) + "'");
  }
  ~statement() { sqlite3_finalize(s); }
  statement(const statement&) = delete;
  statement& operator=(const statement&) = delete;
};

void exec(sqlite3* db, const std::string& sql, reason why = reason::sqlite_failure) {
  if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
    fail(db, "database", why);
}

// The single integer a query returns; a file that is no database fails here, before anything
// is written.
std::int64_t query_int(sqlite3* db, const std::string& sql) {
  sqlite3_stmt* s = nullptr;
  int rc = sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr);
  if (rc == SQLITE_OK) rc = sqlite3_step(s);
  const std::int64_t v = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
  sqlite3_finalize(s);
  if (rc != SQLITE_ROW)
    fail(db, "not a budgetpdf database",
         rc == SQLITE_NOTADB ? reason::not_a_database : reason::sqlite_failure);
  return v;
}

void create_schema(sqlite3* db) {
  exec(db, "BEGIN IMMEDIATE");
  // Another process may have created it meanwhile: check again under the lock.
  if (query_int(db, "SELECT count(*) FROM sqlite_master") == 0) {
    exec(db, std::string(detail::db_schema_sql()));
    exec(db,
         "INSERT INTO budgetpdf_meta VALUES ('application', 'budgetpdf'), "
         "('schema_version', '" +
             std::to_string(database_schema_version) + "')");
    exec(db, "PRAGMA application_id = " + std::to_string(detail::db_application_id));
    exec(db, "PRAGMA user_version = " + std::to_string(database_schema_version));
  }
  exec(db, "COMMIT");
}

void check_schema(sqlite3* db, const std::string& path) {
  const auto app = query_int(db, "PRAGMA application_id");
  if (app != detail::db_application_id) {
    if (query_int(db, "SELECT count(*) FROM sqlite_master") == 0) return create_schema(db);
    throw database_error(reason::not_ours,
                         path +
                             ": an SQLite database of another program (no budgetpdf schema); "
                             "left untouched");
  }
  const auto version = query_int(db, "PRAGMA user_version");
  if (version > database_schema_version)
    throw database_error(reason::newer_schema,
                         path + ": schema version " + std::to_string(version) +
                             " is newer than this budgetpdf's (" +
                             std::to_string(database_schema_version) + "); left untouched");
  if (version < database_schema_version) {
    const std::string upgrade = detail::db_upgrade_sql(int(version));
    if (!upgrade.empty()) {
      exec(db, "BEGIN IMMEDIATE");
      // Another process may have upgraded it meanwhile: check again under the lock.
      if (query_int(db, "PRAGMA user_version") == version) exec(db, upgrade);
      exec(db, "COMMIT");
      return;
    }
  }
  if (version < database_schema_version)
    throw database_error(reason::not_ours, path + ": schema version " + std::to_string(version) +
                                               " is unknown; left untouched");
}

// Stores the file's size and time with the document just inserted (same transaction).
void store_stamp(sqlite3* db, const document_rows& rows) {
  if (!rows.stamp) return;
  statement s(db, rows.sha256.empty()
                      ? "UPDATE documents SET bytes = ?, mtime_ns = ? WHERE sha256 IS NULL AND "
                        "path = ?"
                      : "UPDATE documents SET bytes = ?, mtime_ns = ? WHERE sha256 = ?");
  const std::string& key = rows.sha256.empty() ? rows.path : rows.sha256;
  sqlite3_bind_int64(s.s, 1, sqlite3_int64(rows.stamp->bytes));
  sqlite3_bind_int64(s.s, 2, rows.stamp->mtime_ns);
  sqlite3_bind_text(s.s, 3, key.data(), int(key.size()), SQLITE_STATIC);
  if (sqlite3_step(s.s) != SQLITE_DONE) fail(db, "cannot store the file's time");
}

}  // namespace

struct database::impl {
  sqlite3* db = nullptr;
  std::array<std::unique_ptr<statement>, detail::db_table_count> inserts;
  ~impl() { sqlite3_close_v2(db); }

  sqlite3_stmt* insert(std::uint8_t t) {
    auto& s = inserts.at(t);
    if (!s) {
      const auto& spec = detail::db_spec(t);
      std::string cols, marks;
      for (auto c : spec.columns) {
        cols += (cols.empty() ? "" : ", ") + std::string(c);
        marks += marks.empty() ? "?" : ", ?";
      }
      s = std::make_unique<statement>(
          db, "INSERT INTO " + std::string(spec.name) + "(" + cols + ") VALUES (" + marks + ")");
    }
    return s->s;
  }
  void insert(const document_rows::record& r);
};

void database::impl::insert(const document_rows::record& r) {
  if (r.table >= detail::db_table_count ||
      r.fields.size() != detail::db_spec(r.table).columns.size())
    throw database_error(reason::sqlite_failure, "a record does not fit the schema");
  sqlite3_stmt* s = insert(r.table);
  sqlite3_reset(s);
  for (std::size_t i = 0; i < r.fields.size(); ++i) {
    const auto& f = r.fields[i];
    const int rc = f ? sqlite3_bind_text(s, int(i + 1), f->data(), int(f->size()), SQLITE_STATIC)
                     : sqlite3_bind_null(s, int(i + 1));
    if (rc != SQLITE_OK) fail(db, "cannot bind");
  }
  if (sqlite3_step(s) != SQLITE_DONE)
    fail(db, "cannot insert into " + std::string(detail::db_spec(r.table).name));
}

database::database(const std::string& path) : impl_(std::make_unique<impl>()) {
  if (sqlite3_open_v2(path.c_str(), &impl_->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                      nullptr) != SQLITE_OK)
    fail(impl_->db, path + ": cannot open");
  sqlite3_busy_timeout(impl_->db, 10000);
  check_schema(impl_->db, path);
  // WAL: a killed writer leaves the last committed document; readers never block it.
  exec(impl_->db, "PRAGMA journal_mode = WAL");
  exec(impl_->db, "PRAGMA synchronous = NORMAL");
  exec(impl_->db, "PRAGMA foreign_keys = ON");
}

database::~database() = default;

bool database::has(std::string_view sha256, std::string_view generator) const {
  statement s(impl_->db, "SELECT 1 FROM documents WHERE sha256 = ? AND generator = ?");
  sqlite3_bind_text(s.s, 1, sha256.data(), int(sha256.size()), SQLITE_STATIC);
  sqlite3_bind_text(s.s, 2, generator.data(), int(generator.size()), SQLITE_STATIC);
  const int rc = sqlite3_step(s.s);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) fail(impl_->db, "cannot query documents");
  return rc == SQLITE_ROW;
}

bool database::has_file(const std::string& path, const document_rows::file_stamp& stamp,
                        std::string_view generator) const {
  statement s(impl_->db,
              "SELECT 1 FROM documents WHERE path = ? AND bytes = ? AND mtime_ns = ? AND "
              "generator = ?");
  const std::string stored = detail::valid_utf8(path);  // as rows_of() stores it
  sqlite3_bind_text(s.s, 1, stored.data(), int(stored.size()), SQLITE_STATIC);
  sqlite3_bind_int64(s.s, 2, sqlite3_int64(stamp.bytes));
  sqlite3_bind_int64(s.s, 3, stamp.mtime_ns);
  sqlite3_bind_text(s.s, 4, generator.data(), int(generator.size()), SQLITE_STATIC);
  const int rc = sqlite3_step(s.s);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) fail(impl_->db, "cannot query documents");
  return rc == SQLITE_ROW;
}

std::int64_t database::document_count() const {
  return query_int(impl_->db, "SELECT count(*) FROM documents");
}

void database::write(const document_rows& rows) {
  sqlite3* db = impl_->db;
  exec(db, "BEGIN IMMEDIATE");
  try {
    // A rerun replaces what an earlier one wrote: by content, or by path for a file that
    // could not be read.
    statement del(db, rows.sha256.empty()
                          ? "DELETE FROM documents WHERE sha256 IS NULL AND path = ?"
                          : "DELETE FROM documents WHERE sha256 = ?");
    const std::string& key = rows.sha256.empty() ? rows.path : rows.sha256;
    sqlite3_bind_text(del.s, 1, key.data(), int(key.size()), SQLITE_STATIC);
    if (sqlite3_step(del.s) != SQLITE_DONE) fail(db, "cannot replace a document");
    for (const auto& r : rows.records) impl_->insert(r);
    store_stamp(db, rows);
    exec(db, "COMMIT");
  } catch (...) {
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
}

}  // namespace budgetpdf
