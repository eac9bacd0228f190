// The database schema as data: table names and columns, shared by the row builder, the
// serialization and the writer; never installed.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace budgetpdf::detail {

/// The tables a document_rows::record can go to, in insertion order (parents first).
enum class db_table : std::uint8_t {
  documents,
  tables,
  columns,
  rows,
  amounts,
  checks,
  diagnostics
};
inline constexpr std::size_t db_table_count = 7;

struct db_table_spec {
  std::string_view name;
  std::span<const std::string_view> columns;  ///< the record's fields, in order
};

/// The spec of table `t` (t < db_table_count).
const db_table_spec& db_spec(std::uint8_t t);

/// PRAGMA application_id of a budgetpdf database ("BPDF").
inline constexpr int db_application_id = 0x42504446;

/// The statements that bring a database of schema version `from` to
/// database_schema_version, "" when there is no way (docs/sqlite.md).
std::string db_upgrade_sql(int from);

/// The CREATE statements of schema version database_schema_version (docs/sqlite.md).
std::string_view db_schema_sql();

}  // namespace budgetpdf::detail
