// Progress of a corpus run: a line redrawn on a terminal, one summary line at the end.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace budgetpdf::cli {

class progress {
 public:
  /// `total` files; `live` redraws a line on stderr (a terminal) as files finish.
  progress(std::size_t total, bool live);

  void skipped();  ///< already in the database
  void finished(int pages, bool failed);
  /// Redraws the line if live and a quarter second has passed (or `force`).
  void draw(bool force = false);
  /// "N files: P parsed, S skipped, E errors; X pages in T s (R pages/s)".
  std::string summary() const;

 private:
  double elapsed() const;
  std::size_t total_, done_ = 0, skipped_ = 0, errors_ = 0;
  long pages_ = 0;
  bool live_;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace budgetpdf::cli
