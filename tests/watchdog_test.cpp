// The CLI's last-resort time limit: work that overruns --timeout by the grace period ends
// the process with status 17 and a timed_out message; work that finishes disarms it.
#include "watchdog.hpp"

#include <doctest/doctest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <thread>

namespace {

struct child_result {
  int status = -1;
  std::string err;
  double seconds = 0;
};

// Runs `work` in a child process with stderr captured.
template <class Work>
child_result in_child(Work work) {
  int pipe_fds[2];
  REQUIRE(::pipe(pipe_fds) == 0);
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    ::dup2(pipe_fds[1], 2);
    ::close(pipe_fds[0]);
    work();
    std::_Exit(0);
  }
  ::close(pipe_fds[1]);
  child_result r;
  char buf[512];
  for (ssize_t n; (n = ::read(pipe_fds[0], buf, sizeof buf)) > 0;)
    r.err.append(buf, std::size_t(n));
  ::close(pipe_fds[0]);
  int raw = 0;
  ::waitpid(pid, &raw, 0);
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return r;
}

}  // namespace

TEST_CASE("work that overruns the limit ends the process with status 17 after the grace") {
  auto r = in_child([] {
    const budgetpdf::cli::watchdog guard(0.1, "stuck.pdf");
    std::this_thread::sleep_for(std::chrono::seconds(60));
  });
  CHECK(r.status == 17);
  CHECK(r.err.find("budgetpdf: stuck.pdf: timed out") == 0);
  CHECK(r.seconds >= 5.0);  // the grace: at least 5 s after the library's own limit
  CHECK(r.seconds < 30.0);  // and not the full minute
}

TEST_CASE("work that finishes in time disarms the watchdog") {
  auto r = in_child([] {
    { const budgetpdf::cli::watchdog guard(0.1, "quick.pdf"); }
    std::this_thread::sleep_for(std::chrono::seconds(6));  // past the deadline it had
  });
  CHECK(r.status == 0);
  CHECK(r.err.empty());
}
