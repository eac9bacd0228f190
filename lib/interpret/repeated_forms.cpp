#include "interpret/repeated_forms.hpp"

namespace budgetpdf::detail {
namespace {

// The printed labels of a form: its first block's label and column headers (later blocks
// of a form head their rows with the project's own name and amounts), and as many blocks.
bool same_form(const table& a, const table& b) {
  if (a.blocks.size() != b.blocks.size() || a.blocks.empty()) return false;
  const auto &x = a.blocks.front(), &y = b.blocks.front();
  if (x.label != y.label || x.columns.size() != y.columns.size() ||
      x.text_columns.size() != y.text_columns.size())
    return false;
  bool labelled = x.label.has_value();
  for (std::size_t c = 0; c < x.columns.size(); ++c) {
    if (x.columns[c].header != y.columns[c].header) return false;
    labelled = labelled || !x.columns[c].header.empty();
  }
  for (std::size_t c = 0; c < x.text_columns.size(); ++c)
    if (x.text_columns[c].header != y.text_columns[c].header) return false;
  return labelled;  // nothing printed to recognise the form by
}

}  // namespace

void title_repeated_forms(std::vector<table>& tables, std::vector<diagnostic>& diagnostics) {
  const table* titled = nullptr;
  for (auto& t : tables) {
    if (!t.title.empty()) {
      titled = &t;
      continue;
    }
    if (!titled || !same_form(*titled, t)) continue;
    t.title = titled->title;
    t.number = titled->number;
    t.kind = titled->kind;
    if (t.declared_unit == unit::unknown) t.declared_unit = titled->declared_unit;
    diagnostic d;
    d.code = diagnostic_code::repeated_form;
    d.level = diagnostic::severity::info;
    d.message = "an untitled form with the labels of \"" + t.title +
                "\" before it: another form of that table, titled as it";
    d.at = {t.pages.empty() ? 0 : t.pages.front(), box{}};
    d.table = t.number.value_or(t.title);
    diagnostics.push_back(std::move(d));
  }
}

}  // namespace budgetpdf::detail
