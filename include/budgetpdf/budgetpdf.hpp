// Umbrella header: the whole public API.
#pragma once

#include <budgetpdf/amount.hpp>
#include <budgetpdf/atomic_file.hpp>
#include <budgetpdf/check.hpp>
#include <budgetpdf/database.hpp>
#include <budgetpdf/diagnostic.hpp>
#include <budgetpdf/error.hpp>
#include <budgetpdf/eval.hpp>
#include <budgetpdf/export.hpp>
#include <budgetpdf/location.hpp>
#include <budgetpdf/options.hpp>
#include <budgetpdf/parse.hpp>
#include <budgetpdf/render.hpp>
#include <budgetpdf/types.hpp>
#include <budgetpdf/version.hpp>
