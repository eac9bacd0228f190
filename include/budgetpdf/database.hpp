// A corpus of documents in one SQLite database (schema: docs/sqlite.md).
#pragma once

#include <budgetpdf/export.hpp>  // stable_table_id, stable_row_id
#include <budgetpdf/types.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace budgetpdf {

/// The schema version this library writes (PRAGMA user_version of the database).
inline constexpr int database_schema_version = 2;

/// Why a database cannot be used. Nothing is written to a file that gives one of the first
/// three reasons.
class database_error : public std::runtime_error {
 public:
  enum class reason {
    not_a_database,  ///< the file is not an SQLite database
    not_ours,        ///< an SQLite database with tables of some other program
    newer_schema,    ///< written by a newer budgetpdf (schema version above ours)
    sqlite_failure,  ///< SQLite failed (disk full, locked, read-only); the message says why
  };
  database_error(reason r, const std::string& message) : std::runtime_error(message), why_(r) {}
  reason why() const noexcept { return why_; }

 private:
  reason why_;
};

/// Lower-case hex SHA-256 of a file's bytes; budgetpdf::error(io_error) when unreadable.
std::string file_sha256(const std::string& path);

/// A file that gave no document, as recorded in the documents table.
struct failed_file {
  std::string path;
  std::string sha256;  ///< "" when the file could not be read
  /// "error" (the library's typed error), "timed_out" (killed after the time limit),
  /// "crashed" (the worker died by a signal), "out_of_memory".
  std::string status;
  std::string error_code;  ///< error_code_name() ("not_a_pdf"), or the status
  std::string message;
};

/// Every row one document adds to the database, as text (SQLite's column affinity stores
/// numbers as numbers). Building it is the costly part (it runs the checks), so a worker
/// process builds it and the process holding the database writes it; serialize() and
/// parse() carry it between them.
struct document_rows {
  struct record {
    std::uint8_t table = 0;                          ///< which schema table (internal numbering)
    std::vector<std::optional<std::string>> fields;  ///< the columns in schema order
  };
  std::string sha256;  ///< "" for a file that could not be read
  std::string path;
  std::vector<record> records;
  /// The file's size and modification time (ns) as the writer saw them before hashing it:
  /// stored with the document, they let has_file() skip a file without hashing it again.
  /// Not serialized (the writing process sets it).
  struct file_stamp {
    std::uint64_t bytes = 0;
    std::int64_t mtime_ns = 0;
  };
  std::optional<file_stamp> stamp;

  std::string serialize() const;
  /// The inverse of serialize(); std::nullopt for bytes that are not a whole serialization.
  static std::optional<document_rows> parse(std::string_view bytes);
};

/// The rows of a parsed document (its checks are run here), and of a failed file.
/// `generator` names what produced them ("budgetpdf 0.1.0"): resume compares it.
document_rows rows_of(const document& doc, std::string_view generator);
document_rows rows_of(const failed_file& failure, std::string_view generator);

/// One SQLite database of documents. Not thread-safe; one writer process at a time (SQLite
/// locks the file; a second writer waits up to 10 s, then gets sqlite_failure).
///
/// **Example**:
///   budgetpdf::database db("corpus.sqlite");
///   const auto doc = budgetpdf::parse_file("a.pdf");
///   if (!db.has(doc.source.sha256, "budgetpdf 0.1.0"))
///     db.write(budgetpdf::rows_of(doc, "budgetpdf 0.1.0"));
class database {
 public:
  /// Opens `path`, creating it with the schema when it does not exist or is empty.
  /// Throws database_error: a file not ours or of a newer schema is left untouched.
  explicit database(const std::string& path);
  ~database();
  database(const database&) = delete;
  database& operator=(const database&) = delete;

  /// Whether a document with this sha256 was written by this generator.
  bool has(std::string_view sha256, std::string_view generator) const;
  /// Whether this generator wrote a document for `path` with this size and modification
  /// time (document_rows::stamp): a cheap test before hashing, as rsync and make do.
  bool has_file(const std::string& path, const document_rows::file_stamp& stamp,
                std::string_view generator) const;
  /// Writes one document (or failed file) in one transaction, replacing what an earlier
  /// run wrote for the same sha256 (or, for an unreadable file, the same path).
  void write(const document_rows& rows);
  /// Number of rows of the documents table.
  std::int64_t document_count() const;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

}  // namespace budgetpdf
