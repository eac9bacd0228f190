// budgetpdf._core's side of budgetpdf.dask: the export command's rows and SQLite database
// (include/budgetpdf/database.hpp), so that Python writes the same database.
#pragma once

#include <budgetpdf/options.hpp>

#include <pybind11/pybind11.h>

#include <optional>
#include <string>

namespace budgetpdf::python {

/// budgetpdf.parse's keyword arguments as parse_options (None: the library's default).
parse_options options_of(const std::optional<std::string>& password, std::optional<int> max_pages,
                         std::optional<double> timeout);

/// Adds stable_table_id, stable_row_id, generator, file_sha256, export_rows, failed_rows and
/// the Database class to `m`; a budgetpdf::error is raised as `core_error`.
void add_export(pybind11::module_& m, PyObject* core_error);

}  // namespace budgetpdf::python
