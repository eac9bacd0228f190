// Work in child processes, one file each: a worker that hangs, crashes or runs out of
// memory costs that one file, never the run.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

namespace budgetpdf::cli {

struct worker_limits {
  double seconds = 120;       ///< a worker still running after this (plus grace) is killed
  std::size_t memory_mb = 0;  ///< address space per worker (RLIMIT_AS); 0 = no limit
};

struct worker_result {
  enum class status { ok, timed_out, crashed };
  status outcome = status::ok;
  std::string payload;  ///< what the work returned (ok only)
  std::string message;  ///< for timed_out and crashed: what happened, for a person
};

/// Runs work(i) for every i < count, `jobs` at a time, each in a forked child process under
/// `limits`; done(i, result) runs in this process as each finishes (in completion order).
/// `tick` runs a few times a second. When `stop` returns true, running workers are killed,
/// nothing more starts, and the function returns false (their done() is not called).
bool run_workers(std::size_t count, int jobs, const worker_limits& limits,
                 const std::function<std::string(std::size_t)>& work,
                 const std::function<void(std::size_t, worker_result)>& done,
                 const std::function<bool()>& stop, const std::function<void()>& tick);

}  // namespace budgetpdf::cli
