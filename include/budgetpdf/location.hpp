// Where something is printed: a page and a box on it.
#pragma once

namespace budgetpdf {

/// A rectangle on a page in points, origin top-left, y down, in the page's reading frame:
/// the page as displayed (its /Rotate applied), turned further by quarter turns where most
/// of its text would otherwise run sideways or upside down (a table printed sideways), so
/// that its text reads left to right. For most pages that is the displayed frame.
struct box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

/// Where something was found: 1-based page, and a box on it (zero box if unknown).
struct location {
  int page = 0;
  box where;
};

}  // namespace budgetpdf
