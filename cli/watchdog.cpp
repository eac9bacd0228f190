// A last-resort time limit for the one document a command works on.
#include "watchdog.hpp"

#include "cli.hpp"

#include <budgetpdf/error.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace budgetpdf::cli {

watchdog::watchdog(double max_seconds, std::string file) {
  // The library's own limit comes first; this one only catches what it cannot interrupt.
  // Clamped as the library clamps it (1e7 s): a larger wait would overflow the clock.
  max_seconds = std::clamp(max_seconds, 0.0, 1e7);
  const double grace = std::max(5.0, 0.25 * max_seconds);
  const auto limit = std::chrono::duration<double>(max_seconds + grace);
  thread_ = std::thread([this, limit, max_seconds, file = std::move(file)] {
    std::unique_lock lock(mutex_);
    if (done_changed_.wait_for(lock, limit, [this] { return done_; })) return;
    std::fprintf(stderr,
                 "budgetpdf: %s: timed out: still working %.0f s after the limit of %.0f s "
                 "(--timeout); the PDF library could not be interrupted\n",
                 file.c_str(), limit.count(), max_seconds);
    std::fflush(stderr);
    std::_Exit(exit_status_for(error_code::timed_out));
  });
}

watchdog::~watchdog() {
  {
    std::lock_guard lock(mutex_);
    done_ = true;
  }
  done_changed_.notify_one();
  thread_.join();
}

}  // namespace budgetpdf::cli
