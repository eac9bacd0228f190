// One grid row of a part read into a public row: code parts as printed, name, item, other
// text, values; cells that are not amounts become diagnostics.
#pragma once

#include "interpret/blocks.hpp"
#include "layout/grid.hpp"

#include <budgetpdf/types.hpp>

#include <optional>
#include <string>
#include <vector>

namespace budgetpdf::detail {

/// A row as read, before the code hierarchy completes its code.
struct read_row {
  row r;                           ///< name, item, texts, values, page, box; no code yet
  std::vector<std::string> parts;  ///< code parts as printed, one per code column
  std::optional<double> indent;    ///< x of the printed code, for partial codes
  std::string other_code;          ///< the second classification's code, "" if none
};

class row_reader {
 public:
  row_reader(const block_layout& layout, std::string table_name,
             std::vector<diagnostic>& diagnostics)
      : layout_(layout), table_name_(std::move(table_name)), diagnostics_(diagnostics) {}

  /// The row, or nullopt for a row with nothing in it for this part.
  std::optional<read_row> read(const grid_row& gr);

 private:
  void read_codes(const grid_row& gr, read_row& out, std::u32string& stray_name) const;
  void read_names(const grid_row& gr, read_row& out, std::u32string stray_name) const;
  bool read_values(const grid_row& gr, row& r);
  std::string read_other_code(const grid_row& gr);

  const block_layout& layout_;
  std::string table_name_;
  std::vector<diagnostic>& diagnostics_;
  std::string other_class_;  // the second classification's last printed 类, carried down
};

}  // namespace budgetpdf::detail
