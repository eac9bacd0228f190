// Ruling lines from a picture by run lengths: rows of dark runs stacked into strokes.
#include "ocr/image_rulings.hpp"

#include <algorithm>
#include <cmath>

namespace budgetpdf::detail {

namespace {

constexpr int dark = 150;               // grey levels below this are ink
constexpr double min_length_pt = 25;    // shorter strokes are characters
constexpr double max_thickness_pt = 4;  // thicker ones are filled areas, pictures
constexpr double max_gap_pt = 0.6;      // gaps bridged inside one run

struct run {
  int a = 0, b = 0;  // first and last pixel along the line
};

struct stroke {
  int first = 0, last = 0;  // rows (columns) across
  int a = 0, b = 0;         // extent along
};

// Runs of ink at least `min_len` long along line `k` of a picture read through `ink(k, i)`.
template <typename Ink>
std::vector<run> runs_of(int k, int length, int min_len, int max_gap, const Ink& ink) {
  std::vector<run> out;
  int start = -1, last = -1;
  for (int i = 0; i <= length; ++i) {
    const bool on = i < length && ink(k, i);
    if (on) {
      if (start < 0 || i - last - 1 > max_gap) {
        if (start >= 0 && last - start + 1 >= min_len) out.push_back({start, last});
        start = i;
      }
      last = i;
    }
  }
  if (start >= 0 && last - start + 1 >= min_len) out.push_back({start, last});
  return out;
}

// Stacks the runs of consecutive lines into strokes: a run continues an open stroke it
// overlaps by half the shorter of the two.
template <typename Ink>
std::vector<stroke> strokes_of(int lines, int length, int min_len, int max_gap, const Ink& ink) {
  std::vector<stroke> done, open;
  for (int k = 0; k < lines; ++k) {
    std::vector<stroke> next;
    for (const run& r : runs_of(k, length, min_len, max_gap, ink)) {
      auto it = std::find_if(open.begin(), open.end(), [&](const stroke& s) {
        const int overlap = std::min(s.b, r.b) - std::max(s.a, r.a);
        return overlap >= std::min(s.b - s.a, r.b - r.a) / 2;
      });
      if (it == open.end()) {
        next.push_back({k, k, r.a, r.b});
        continue;
      }
      stroke s = *it;
      open.erase(it);
      s.last = k;
      s.a = std::min(s.a, r.a);
      s.b = std::max(s.b, r.b);
      next.push_back(s);
    }
    for (const stroke& s : open) done.push_back(s);  // not continued on this line
    open = std::move(next);
  }
  done.insert(done.end(), open.begin(), open.end());
  return done;
}

// One stroke drawn crooked or worn is found as a thick piece and thin pieces beside it:
// a line within 2 pt across of a longer parallel one it lies along joins it.
std::vector<ruling> merged(std::vector<ruling> lines) {
  auto length = [](const ruling& r) { return (r.x1 - r.x0) + (r.y1 - r.y0); };
  std::sort(lines.begin(), lines.end(),
            [&](const ruling& a, const ruling& b) { return length(a) > length(b); });
  std::vector<ruling> out;
  for (const ruling& r : lines) {
    auto joins = [&](const ruling& k) {
      if (k.horizontal() != r.horizontal()) return false;
      if (r.horizontal()) return std::abs(k.y0 - r.y0) <= 2 && r.x0 >= k.x0 - 2 && r.x1 <= k.x1 + 2;
      return std::abs(k.x0 - r.x0) <= 2 && r.y0 >= k.y0 - 2 && r.y1 <= k.y1 + 2;
    };
    if (std::none_of(out.begin(), out.end(), joins)) out.push_back(r);
  }
  return out;
}

}  // namespace

std::vector<ruling> find_rulings(const gray_image& image, double dpi) {
  const double pt = 72.0 / dpi;  // one pixel in points
  const int min_len = std::max(8, static_cast<int>(std::lround(min_length_pt / pt)));
  const int max_gap = std::max(1, static_cast<int>(std::lround(max_gap_pt / pt)));
  const int max_thick = std::max(2, static_cast<int>(std::lround(max_thickness_pt / pt)));
  std::vector<ruling> out;
  auto keep = [&](const stroke& s, bool horizontal) {
    const int thick = s.last - s.first + 1;
    if (thick > max_thick) return;
    const double across = (s.first + s.last + 1) / 2.0 * pt;
    ruling r;
    r.thickness = thick * pt;
    r.kind = ruling::source::stroke;
    if (horizontal) {
      r.x0 = s.a * pt;
      r.x1 = (s.b + 1) * pt;
      r.y0 = r.y1 = across;
    } else {
      r.y0 = s.a * pt;
      r.y1 = (s.b + 1) * pt;
      r.x0 = r.x1 = across;
    }
    out.push_back(r);
  };
  const auto rows = strokes_of(image.height, image.width, min_len, max_gap,
                               [&](int y, int x) { return image.at(x, y) < dark; });
  for (const stroke& s : rows) keep(s, true);
  const auto cols = strokes_of(image.width, image.height, min_len, max_gap,
                               [&](int x, int y) { return image.at(x, y) < dark; });
  for (const stroke& s : cols) keep(s, false);
  return merged(std::move(out));
}

void erase_rulings(gray_image& image, const std::vector<ruling>& lines, double dpi) {
  const double px = dpi / 72.0;
  auto clampx = [&](double v) { return std::clamp(static_cast<int>(v), 0, image.width - 1); };
  auto clampy = [&](double v) { return std::clamp(static_cast<int>(v), 0, image.height - 1); };
  for (const ruling& r : lines) {
    const double half = r.thickness * px / 2 + 3;
    const int x0 = clampx(r.x0 * px - (r.horizontal() ? 0 : half));
    const int x1 = clampx(r.x1 * px + (r.horizontal() ? 0 : half));
    const int y0 = clampy(r.y0 * px - (r.horizontal() ? half : 0));
    const int y1 = clampy(r.y1 * px + (r.horizontal() ? half : 0));
    for (int y = y0; y <= y1; ++y)
      for (int x = x0; x <= x1; ++x) image.at(x, y) = 255;
  }
}

}  // namespace budgetpdf::detail
