#include "interpret/document_tables.hpp"

#include "base/table_amounts.hpp"
#include "interpret/chart_axis.hpp"
#include "interpret/interpret.hpp"
#include "interpret/repeated_forms.hpp"

#include <algorithm>

namespace budgetpdf::detail {
namespace {

// A part printed on the next page with columns of its own (the lower part of a form):
// its blocks follow the table's own, under the table's title, kind and unit. (A part
// without amounts stays a table of its own, reported as empty, as before.)
void append_blocks(table& to, table&& part) {
  for (auto& b : part.blocks) to.blocks.push_back(std::move(b));
  for (int p : part.pages)
    if (std::find(to.pages.begin(), to.pages.end(), p) == to.pages.end()) to.pages.push_back(p);
  to.empty = to.empty && part.empty;
}

}  // namespace

// Each grid read as a table, except a chart's value axis (chart_axis.hpp), and a
// continuation with other columns, which joins the table before it.
std::vector<table> interpret_tables(std::vector<grid_table>& grids,
                                    std::vector<diagnostic>& diagnostics) {
  std::vector<table> tables;
  std::vector<grid_table> kept;
  for (auto& g : grids) {
    auto t = interpret_table(g, diagnostics);
    if (is_chart_axis(t)) {
      diagnostic d;
      d.code = diagnostic_code::chart_axis;
      d.level = diagnostic::severity::info;
      d.message =
          "round figures in equal steps, in rows without code or name: a chart's "
          "axis, left out of the tables";
      d.at = {g.pages.empty() ? 0 : g.pages.front(),
              g.rows.empty() ? box{} : g.rows.front().at.where};
      diagnostics.push_back(std::move(d));
      continue;
    }
    if (g.continues_previous && !tables.empty() && t.title.empty() && has_amounts(t)) {
      append_blocks(tables.back(), std::move(t));
      continue;
    }
    tables.push_back(std::move(t));
    kept.push_back(std::move(g));
  }
  grids = std::move(kept);
  title_repeated_forms(tables, diagnostics);
  return tables;
}

}  // namespace budgetpdf::detail
