// budgetpdf._core: parse a file or bytes with the GIL released, return plain Python objects
// (convert.cpp). python/budgetpdf/__init__.py is the public face; this module is private.
#include "convert.hpp"
#include "export.hpp"

#include <budgetpdf/check.hpp>
#include <budgetpdf/error.hpp>
#include <budgetpdf/parse.hpp>
#include <budgetpdf/version.hpp>

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <optional>
#include <span>
#include <string>
#include <utility>

namespace py = pybind11;

namespace budgetpdf::python {

namespace {

PyObject* core_error = nullptr;  // _core.CoreError(code_name, message); owned by the module

// Runs `parse` and the checks without the GIL, so threads parse in parallel; a failure is
// raised as CoreError carrying the error code's stable name.
template <class Parse>
py::dict parse_released(Parse&& parse) {
  document doc;
  check_summary checks;
  std::optional<std::pair<error_code, std::string>> failure;
  {
    py::gil_scoped_release release;
    try {
      doc = parse();
      checks = check_document(doc);
    } catch (const error& e) {
      failure.emplace(e.code(), e.what());
    } catch (const std::exception& e) {
      failure.emplace(error_code::internal, e.what());
    }
  }
  if (failure) {
    py::tuple args =
        py::make_tuple(std::string(error_code_name(failure->first)), py::str(failure->second));
    PyErr_SetObject(core_error, args.ptr());
    throw py::error_already_set();
  }
  return to_python(doc, checks);
}

// "auto", "always", "never" (checked by budgetpdf.parse) -> ocr_mode.
ocr_mode ocr_of(const std::string& name) {
  for (auto m : {ocr_mode::automatic, ocr_mode::always, ocr_mode::never})
    if (name == ocr_mode_name(m)) return m;
  throw py::value_error("ocr must be 'auto', 'always' or 'never'");
}

py::dict parse_path(const py::bytes& path, const std::optional<std::string>& password,
                    std::optional<int> max_pages, std::optional<double> timeout,
                    const std::string& ocr) {
  std::string p = path;  // the file system's bytes (os.fsencode)
  auto o = options_of(password, max_pages, timeout);
  o.ocr = ocr_of(ocr);
  return parse_released([&] { return parse_file(p, o); });
}

py::dict parse_bytes(const py::bytes& data, const std::optional<std::string>& password,
                     std::optional<int> max_pages, std::optional<double> timeout,
                     const std::string& ocr) {
  char* buffer = nullptr;
  Py_ssize_t size = 0;
  if (PyBytes_AsStringAndSize(data.ptr(), &buffer, &size) != 0) throw py::error_already_set();
  // bytes are immutable and `data` holds a reference, so the buffer outlives the parse.
  std::span<const unsigned char> span(reinterpret_cast<const unsigned char*>(buffer),
                                      static_cast<std::size_t>(size));
  auto o = options_of(password, max_pages, timeout);
  o.ocr = ocr_of(ocr);
  return parse_released([&] { return parse_memory(span, o); });
}

}  // namespace

}  // namespace budgetpdf::python

PYBIND11_MODULE(_core, m) {
  using namespace budgetpdf::python;
  m.doc() = "budgetpdf's compiled core; use the budgetpdf package instead.";
  core_error = PyErr_NewException("budgetpdf._core.CoreError", PyExc_RuntimeError, nullptr);
  m.add_object("CoreError", py::handle(core_error));
  m.attr("__version__") = budgetpdf::version();
  m.def("parse_path", &parse_path, py::arg("path"), py::arg("password"), py::arg("max_pages"),
        py::arg("timeout"), py::arg("ocr") = "auto");
  m.def("parse_bytes", &parse_bytes, py::arg("data"), py::arg("password"), py::arg("max_pages"),
        py::arg("timeout"), py::arg("ocr") = "auto");
  add_export(m, core_error);
}
