// run_workers(): fork, a pipe per child for its result, poll, kill after the time limit.
#include "worker_pool.hpp"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <exception>
#include <vector>

#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace budgetpdf::cli {

namespace {

using clock = std::chrono::steady_clock;

struct child {
  std::size_t index = 0;
  pid_t pid = -1;
  int fd = -1;
  std::string data;
  clock::time_point start;
  bool killed = false;  // by us, for the time limit
};

// Sanitizers reserve terabytes of address space: RLIMIT_AS would stop them at start.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool can_limit_memory = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool can_limit_memory = false;
#else
constexpr bool can_limit_memory = true;
#endif
#else
constexpr bool can_limit_memory = true;
#endif

void write_all(int fd, const std::string& s) {
  for (std::size_t done = 0; done < s.size();) {
    const ssize_t n = ::write(fd, s.data() + done, s.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) _exit(71);
    done += std::size_t(n);
  }
}

[[noreturn]] void run_child(int fd, std::size_t i, const worker_limits& limits,
                            const std::function<std::string(std::size_t)>& work) {
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGPIPE, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
  if (can_limit_memory && limits.memory_mb > 0) {
    const rlim_t bytes = rlim_t(limits.memory_mb) << 20;
    const rlimit lim{bytes, bytes};
    setrlimit(RLIMIT_AS, &lim);
  }
  try {
    write_all(fd, work(i));
  } catch (...) {
    _exit(70);  // work() reports its own failures in its payload; this is a bug
  }
  _exit(0);
}

bool start(std::size_t i, const worker_limits& limits,
           const std::function<std::string(std::size_t)>& work, std::vector<child>& running) {
  int fds[2];
  if (pipe(fds) != 0) return false;
  const pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return false;
  }
  if (pid == 0) {
    close(fds[0]);
    for (const auto& c : running) close(c.fd);
    run_child(fds[1], i, limits, work);
  }
  close(fds[1]);
  running.push_back({i, pid, fds[0], {}, clock::now(), false});
  return true;
}

worker_result finish(child& c) {
  close(c.fd);
  int status = 0;
  while (waitpid(c.pid, &status, 0) < 0 && errno == EINTR) {
  }
  worker_result r;
  if (c.killed) {
    r.outcome = worker_result::status::timed_out;
    r.message = "killed after the time limit";
  } else if (WIFSIGNALED(status)) {
    r.outcome = worker_result::status::crashed;
    r.message = std::string("worker died: ") + strsignal(WTERMSIG(status));
  } else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    r.outcome = worker_result::status::crashed;
    r.message = "worker exited with status " + std::to_string(WEXITSTATUS(status));
  } else {
    r.payload = std::move(c.data);
  }
  return r;
}

// Reads what is ready; true when the child closed its end.
bool drain(child& c) {
  char buf[65536];
  const ssize_t n = ::read(c.fd, buf, sizeof buf);
  if (n > 0) c.data.append(buf, std::size_t(n));
  return n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN);
}

void kill_overdue(std::vector<child>& running, const worker_limits& limits) {
  // The library stops itself at the limit; the grace covers what it cannot interrupt.
  const double grace = std::max(5.0, 0.25 * limits.seconds);
  for (auto& c : running) {
    const double age = std::chrono::duration<double>(clock::now() - c.start).count();
    if (!c.killed && age > limits.seconds + grace) {
      kill(c.pid, SIGKILL);
      c.killed = true;
    }
  }
}

void stop_all(std::vector<child>& running) {
  for (auto& c : running) {
    kill(c.pid, SIGKILL);
    close(c.fd);
    while (waitpid(c.pid, nullptr, 0) < 0 && errno == EINTR) {
    }
  }
  running.clear();
}

// Waits up to 250 ms for output; hands finished children to done().
void poll_once(std::vector<child>& running,
               const std::function<void(std::size_t, worker_result)>& done) {
  std::vector<pollfd> fds;
  for (const auto& c : running) fds.push_back({c.fd, POLLIN, 0});
  if (poll(fds.data(), fds.size(), 250) <= 0) return;
  for (std::size_t k = running.size(); k-- > 0;) {
    if (!(fds[k].revents & (POLLIN | POLLHUP | POLLERR))) continue;
    if (!drain(running[k])) continue;
    child c = std::move(running[k]);
    running.erase(running.begin() + std::ptrdiff_t(k));
    done(c.index, finish(c));
  }
}

}  // namespace

bool run_workers(std::size_t count, int jobs, const worker_limits& limits,
                 const std::function<std::string(std::size_t)>& work,
                 const std::function<void(std::size_t, worker_result)>& done,
                 const std::function<bool()>& stop, const std::function<void()>& tick) {
  std::vector<child> running;
  std::size_t next = 0;
  while (next < count || !running.empty()) {
    if (stop()) {
      stop_all(running);
      return false;
    }
    while (next < count && running.size() < std::size_t(std::max(1, jobs))) {
      if (!start(next, limits, work, running)) {
        worker_result r{worker_result::status::crashed,
                        {},
                        std::string("cannot start a worker: ") + std::strerror(errno)};
        done(next, std::move(r));
      }
      ++next;
    }
    if (!running.empty()) poll_once(running, done);
    kill_overdue(running, limits);
    tick();
  }
  return !stop();
}

}  // namespace budgetpdf::cli
