#include "interpret/chart_axis.hpp"

#include <cstdint>
#include <optional>
#include <vector>

namespace budgetpdf::detail {
namespace {

// The figures of the one column that holds any, as whole numbers of the smallest printed
// unit; nullopt when figures sit in two columns or a percentage or decimal point appears.
std::optional<std::vector<std::int64_t>> one_column_of_whole_figures(const table& t) {
  std::optional<std::size_t> column;
  std::vector<std::int64_t> out;
  for (const auto& b : t.blocks)
    for (const auto& r : b.rows) {
      if (r.code || !r.name.empty()) return std::nullopt;
      for (std::size_t c = 0; c < r.values.size(); ++c) {
        const auto& v = r.values[c];
        if (!v) continue;
        if (v->percent || v->scale != 0 || (column && *column != c)) return std::nullopt;
        column = c;
        out.push_back(v->mantissa);
      }
    }
  return out;
}

}  // namespace

bool is_chart_axis(const table& t) {
  if (t.blocks.size() != 1) return false;
  const auto figures = one_column_of_whole_figures(t);
  if (!figures || figures->size() < 4) return false;
  const auto& f = *figures;
  const std::int64_t step = f[1] - f[0];
  if (step == 0) return false;
  for (std::size_t i = 2; i < f.size(); ++i)
    if (f[i] - f[i - 1] != step) return false;
  // Axes start or end at zero.
  return f.front() == 0 || f.back() == 0;
}

}  // namespace budgetpdf::detail
