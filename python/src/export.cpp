// What budgetpdf.dask needs to write the database of `budgetpdf export`: a worker turns a
// file into document_rows::serialize() bytes (export_rows), the client writes them
// (Database.write), each document in one transaction, with the GIL released.
#include "export.hpp"

#include <budgetpdf/database.hpp>
#include <budgetpdf/error.hpp>
#include <budgetpdf/parse.hpp>
#include <budgetpdf/version.hpp>

#include <pybind11/stl.h>

#include <cstdint>
#include <mutex>
#include <new>
#include <utility>

namespace py = pybind11;

namespace budgetpdf::python {

namespace {

// The generator `budgetpdf export` records (cli/export_worker.cpp): resume compares it.
std::string generator() { return std::string("budgetpdf ") + version(); }

// (serialized rows, status, error code or "", pages). Never raises for a bad file: its rows
// are a failed_file's, as the export command's worker records it.
py::tuple export_rows(const py::bytes& path_bytes, const std::string& sha256,
                      const std::string& generator_name, const std::optional<std::string>& password,
                      std::optional<int> max_pages, std::optional<double> timeout) {
  const std::string path = path_bytes;
  const parse_options o = options_of(password, max_pages, timeout);
  document_rows rows;
  std::string code;
  int pages = 0;
  {
    py::gil_scoped_release release;
    try {
      const document doc = parse_file(path, o);
      rows = rows_of(doc, generator_name);
      pages = doc.page_count;
    } catch (const error& e) {
      code = error_code_name(e.code());
      rows = rows_of(failed_file{path, sha256, "error", code, e.what()}, generator_name);
    } catch (const std::bad_alloc&) {
      code = "out_of_memory";
      rows = rows_of(failed_file{path, sha256, code, code, "out of memory"}, generator_name);
    } catch (const std::exception& e) {
      code = "internal";
      rows = rows_of(failed_file{path, sha256, "error", code, e.what()}, generator_name);
    }
  }
  return py::make_tuple(py::bytes(rows.serialize()), code.empty() ? "ok" : "error", code, pages);
}

// A file that gave no rows from a worker (unreadable, or the worker died): its rows.
py::bytes failed_rows(const py::bytes& path, const std::string& sha256, const std::string& status,
                      const std::string& code, const std::string& message,
                      const std::string& generator_name) {
  return py::bytes(
      rows_of(failed_file{std::string(path), sha256, status, code, message}, generator_name)
          .serialize());
}

// One database, used from Python threads: a lock because database is not thread-safe and
// the GIL is released while SQLite works.
class py_database {
 public:
  explicit py_database(const std::string& path) : db_(path) {}

  bool has(const std::string& sha256, const std::string& generator_name) {
    py::gil_scoped_release release;
    std::lock_guard lock(mutex_);
    return db_.has(sha256, generator_name);
  }

  bool has_file(const py::bytes& path, std::uint64_t size, std::int64_t mtime_ns,
                const std::string& generator_name) {
    const std::string p = path;
    py::gil_scoped_release release;
    std::lock_guard lock(mutex_);
    return db_.has_file(p, {size, mtime_ns}, generator_name);
  }

  // `payload` from export_rows or failed_rows; size and mtime_ns stamp the file for has_file.
  void write(const py::bytes& payload, std::optional<std::uint64_t> size,
             std::optional<std::int64_t> mtime_ns) {
    const std::string bytes = payload;
    bool parsed = false;
    {
      py::gil_scoped_release release;
      auto rows = document_rows::parse(bytes);
      if (rows) {
        parsed = true;
        if (size && mtime_ns) rows->stamp = document_rows::file_stamp{*size, *mtime_ns};
        std::lock_guard lock(mutex_);
        db_.write(*rows);
      }
    }
    if (!parsed) throw py::value_error("not a serialization of document rows");
  }

  std::int64_t document_count() {
    std::lock_guard lock(mutex_);
    return db_.document_count();
  }

 private:
  std::mutex mutex_;
  database db_;
};

}  // namespace

parse_options options_of(const std::optional<std::string>& password, std::optional<int> max_pages,
                         std::optional<double> timeout) {
  parse_options o;
  if (password) o.password = *password;
  if (max_pages) o.max_pages = *max_pages;
  if (timeout) o.max_seconds = *timeout;
  return o;
}

void add_export(py::module_& m, PyObject* core_error) {
  m.def("stable_table_id", &stable_table_id, py::arg("sha256"), py::arg("table_index"));
  m.def("stable_row_id", &stable_row_id, py::arg("sha256"), py::arg("table_index"),
        py::arg("block_index"), py::arg("row_index"));
  m.attr("generator") = generator();
  m.def(
      "file_sha256",
      [core_error](const py::bytes& path) {
        const std::string p = path;
        std::string sha;
        std::optional<std::pair<std::string, std::string>> failure;
        {
          py::gil_scoped_release release;
          try {
            sha = file_sha256(p);
          } catch (const error& e) {
            failure.emplace(error_code_name(e.code()), e.what());
          }
        }
        if (failure) {
          PyErr_SetObject(core_error, py::make_tuple(failure->first, failure->second).ptr());
          throw py::error_already_set();
        }
        return sha;
      },
      py::arg("path"));
  m.def("export_rows", &export_rows, py::arg("path"), py::arg("sha256"), py::arg("generator"),
        py::arg("password"), py::arg("max_pages"), py::arg("timeout"));
  m.def("failed_rows", &failed_rows, py::arg("path"), py::arg("sha256"), py::arg("status"),
        py::arg("code"), py::arg("message"), py::arg("generator"));
  py::register_exception<database_error>(m, "DatabaseError", PyExc_RuntimeError);
  py::class_<py_database>(m, "Database")
      .def(py::init<const std::string&>(), py::arg("path"))
      .def("has", &py_database::has, py::arg("sha256"), py::arg("generator"))
      .def("has_file", &py_database::has_file, py::arg("path"), py::arg("size"),
           py::arg("mtime_ns"), py::arg("generator"))
      .def("write", &py_database::write, py::arg("payload"), py::arg("size") = py::none(),
           py::arg("mtime_ns") = py::none())
      .def("document_count", &py_database::document_count);
}

}  // namespace budgetpdf::python
