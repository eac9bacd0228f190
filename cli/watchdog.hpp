// A last-resort time limit for the one document a command works on.
#pragma once

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

namespace budgetpdf::cli {

/// The library checks parse_options::max_seconds between pages and between content
/// operators, but some of poppler's work (loading a damaged font's character map, say)
/// cannot be interrupted from outside. If the guarded work has not finished some seconds
/// after the limit, the process prints a timed_out error for `file` and exits with status
/// 17, so the tool never hangs. Destroying the watchdog disarms it.
class watchdog {
 public:
  watchdog(double max_seconds, std::string file);
  ~watchdog();
  watchdog(const watchdog&) = delete;
  watchdog& operator=(const watchdog&) = delete;

 private:
  std::mutex mutex_;
  std::condition_variable done_changed_;
  bool done_ = false;
  std::thread thread_;
};

}  // namespace budgetpdf::cli
