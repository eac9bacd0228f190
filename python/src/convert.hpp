// A parsed document and its checks as plain Python objects (dicts, lists, tuples, str, int),
// which python/budgetpdf/_model.py turns into dataclasses. Needs the GIL.
#pragma once

#include <budgetpdf/check.hpp>
#include <budgetpdf/types.hpp>

#include <pybind11/pybind11.h>

namespace budgetpdf::python {

pybind11::dict to_python(const document& doc, const check_summary& checks);

}  // namespace budgetpdf::python
