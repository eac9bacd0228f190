// Reading a database in tests through the sqlite3 library itself, not budgetpdf::database.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace budgetpdf::test {

/// The first column of the first row of `sql` as text ("" for NULL); throws on an error.
inline std::string sql_text(const std::filesystem::path& db, const std::string& sql) {
  sqlite3* h = nullptr;
  if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(h);
    throw std::runtime_error("cannot open " + db.string());
  }
  sqlite3_busy_timeout(h, 10000);
  sqlite3_stmt* s = nullptr;
  int rc = sqlite3_prepare_v2(h, sql.c_str(), -1, &s, nullptr);
  if (rc == SQLITE_OK) rc = sqlite3_step(s);
  std::string out;
  if (rc == SQLITE_ROW && sqlite3_column_type(s, 0) != SQLITE_NULL)
    out = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
  const std::string err = sqlite3_errmsg(h);
  sqlite3_finalize(s);
  sqlite3_close(h);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) throw std::runtime_error(sql + ": " + err);
  return out;
}

inline std::int64_t sql_int(const std::filesystem::path& db, const std::string& sql) {
  const std::string t = sql_text(db, sql);
  return t.empty() ? 0 : std::stoll(t);
}

/// Runs statements that change the database (tests that tamper with it).
inline void sql_exec(const std::filesystem::path& db, const std::string& sql) {
  sqlite3* h = nullptr;
  sqlite3_open(db.c_str(), &h);
  char* msg = nullptr;
  const int rc = sqlite3_exec(h, sql.c_str(), nullptr, nullptr, &msg);
  const std::string err = msg ? msg : "";
  sqlite3_free(msg);
  sqlite3_close(h);
  if (rc != SQLITE_OK) throw std::runtime_error(sql + ": " + err);
}

}  // namespace budgetpdf::test
