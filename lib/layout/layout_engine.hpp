// From pages of words and rules to tables of cells: finds table titles, unit lines, ruled
// grids and unruled bodies, splits headers from data, and joins tables across pages.
#pragma once

#include "layout/grid.hpp"
#include "pdf/page_content.hpp"

#include <map>
#include <memory>
#include <vector>

namespace budgetpdf::detail {

class layout_engine {
 public:
  layout_engine();
  ~layout_engine();
  layout_engine(const layout_engine&) = delete;
  layout_engine& operator=(const layout_engine&) = delete;

  /// Feed pages in order; tables may continue from one page to the next.
  void add_page(const page_content& page);
  /// All tables found, in document order. Tables without rows that were not printed
  /// empty (a title in a table of contents) are dropped.
  std::vector<grid_table> finish();

  std::vector<diagnostic>& diagnostics();
  const std::map<int, page_overlay>& overlays() const;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

}  // namespace budgetpdf::detail
