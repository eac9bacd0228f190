// progress: files done/total, pages/s, errors and time left.
#include "progress.hpp"

#include <cstdio>

namespace budgetpdf::cli {

progress::progress(std::size_t total, bool live)
    : total_(total), live_(live), start_(std::chrono::steady_clock::now()), last_draw_(start_) {}

void progress::skipped() {
  ++done_;
  ++skipped_;
}

void progress::finished(int pages, bool failed) {
  ++done_;
  pages_ += pages;
  if (failed) ++errors_;
}

double progress::elapsed() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void progress::draw(bool force) {
  const auto now = std::chrono::steady_clock::now();
  if (!live_ || (!force && now - last_draw_ < std::chrono::milliseconds(250))) return;
  last_draw_ = now;
  const double t = elapsed();
  const std::size_t worked = done_ - skipped_;
  // Time left from the pace of the files parsed so far (skipped ones cost nothing).
  const double left = worked ? t / double(worked) * double(total_ - done_) : 0;
  std::fprintf(stderr, "\r%zu/%zu files, %.1f pages/s, %zu errors, %.0f s left   ", done_, total_,
               t > 0 ? double(pages_) / t : 0.0, errors_, left);
  std::fflush(stderr);
}

std::string progress::summary() const {
  const double t = elapsed();
  char buf[256];
  std::snprintf(buf, sizeof buf,
                "%zu files: %zu parsed, %zu skipped, %zu errors; %ld pages in %.1f s (%.1f "
                "pages/s)",
                total_, done_ - skipped_ - errors_, skipped_, errors_, pages_, t,
                t > 0 ? double(pages_) / t : 0.0);
  return buf;
}

}  // namespace budgetpdf::cli
