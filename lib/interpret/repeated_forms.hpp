// One form per project, printed one after another under a single title: the forms after the
// first print no title of their own but the same labels (专项（项目）名称 | 主管部门 …).
#pragma once

#include <budgetpdf/diagnostic.hpp>
#include <budgetpdf/types.hpp>

#include <vector>

namespace budgetpdf::detail {

/// Each untitled table whose blocks have the labels and column headers of the last titled
/// table before it takes that table's number, title, kind and (if it has none) unit; an
/// info diagnostic says which.
void title_repeated_forms(std::vector<table>& tables, std::vector<diagnostic>& diagnostics);

}  // namespace budgetpdf::detail
