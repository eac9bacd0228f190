// Stable ids of tables and rows (include/budgetpdf/export.hpp): the CSV, the SQLite database
// and the Python frames key their rows by them.
#include <budgetpdf/export.hpp>

#include <string>

namespace budgetpdf {

std::string stable_table_id(std::string_view sha256, std::size_t table_index) {
  return std::string(sha256.substr(0, 16)) + ":t" + std::to_string(table_index);
}

std::string stable_row_id(std::string_view sha256, std::size_t table_index, std::size_t block_index,
                          std::size_t row_index) {
  return stable_table_id(sha256, table_index) + ":b" + std::to_string(block_index) + ":r" +
         std::to_string(row_index);
}

}  // namespace budgetpdf
