// atomic_file: a temporary file in the target's folder, fsync'ed and renamed over it.
#include <budgetpdf/atomic_file.hpp>
#include <budgetpdf/error.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>

namespace budgetpdf {

namespace {

namespace fs = std::filesystem;

[[noreturn]] void fail(const std::string& what, const std::string& path, int err,
                       const std::string& after = "") {
  throw error(error_code::io_error,
              "cannot " + what + " " + path + ": " + std::strerror(err) + after);
}

/// The process's umask without changing it (umask() would, for a moment, for every thread).
mode_t current_umask() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);)
    if (line.rfind("Umask:", 0) == 0)
      return static_cast<mode_t>(std::stoul(line.substr(6), nullptr, 8));
  return 022;
}

void write_all(int fd, std::string_view data, const std::string& path, const std::string& after) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      fail("write", path, errno, after);
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
}

}  // namespace

atomic_file::atomic_file(const std::string& path) : path_(path) {
  std::error_code ec;
  fs::path target = path;
  if (fs::is_symlink(fs::symlink_status(target, ec))) {
    const fs::path resolved = fs::weakly_canonical(target, ec);
    if (!ec) target = resolved;
  }
  const fs::file_status status = fs::status(target, ec);
  if (fs::exists(status) && !fs::is_regular_file(status)) {
    if (fs::is_directory(status)) fail("write", path, EISDIR);
    direct_ = true;  // /dev/null, a FIFO, a terminal: nothing to replace
    temp_ = path;
    fd_ = ::open(path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd_ < 0) fail("open", path, errno);
    return;
  }
  path_ = target.string();
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string name = (dir / ("." + target.filename().string() + ".XXXXXX.tmp")).string();
  fd_ = ::mkstemps(name.data(), 4);
  if (fd_ < 0) fail("create a temporary file beside", path, errno);
  temp_ = name;
  // mkstemp makes the file 0600; give it the mode a plain create (or the old file) has.
  struct stat old {};
  const mode_t mode =
      ::stat(path_.c_str(), &old) == 0 ? (old.st_mode & 07777) : (0666 & ~current_umask());
  if (::fchmod(fd_, mode) != 0) {
    const int err = errno;
    ::close(fd_);
    ::unlink(temp_.c_str());
    fd_ = -1;
    fail("set the permissions of", temp_, err);
  }
}

atomic_file::~atomic_file() {
  if (fd_ >= 0) ::close(fd_);
  if (!committed_ && !direct_ && !temp_.empty()) ::unlink(temp_.c_str());
}

void atomic_file::write(std::string_view data) {
  if (fd_ < 0 || committed_) throw error(error_code::internal, "atomic_file: write after commit");
  write_all(fd_, data, path_, direct_ ? "" : " (the previous file, if any, is unchanged)");
}

void atomic_file::commit() {
  if (fd_ < 0 || committed_) throw error(error_code::internal, "atomic_file: commit twice");
  const std::string kept = " (the previous file, if any, is unchanged)";
  if (direct_) {
    const int rc = ::close(fd_);
    fd_ = -1;
    committed_ = true;
    if (rc != 0) fail("write", path_, errno);
    return;
  }
  // Data blocks are allocated at write or at fsync (delayed allocation): a full disk may only
  // show here, before the rename, so the old file survives it.
  if (::fsync(fd_) != 0) fail("write", path_, errno, kept);
  const int rc = ::close(fd_);
  fd_ = -1;
  if (rc != 0) fail("write", path_, errno, kept);
  if (::rename(temp_.c_str(), path_.c_str()) != 0) fail("replace", path_, errno, kept);
  committed_ = true;
  // The rename itself reaches the disk with the folder's metadata.
  const fs::path dir = fs::path(path_).has_parent_path() ? fs::path(path_).parent_path() : ".";
  const int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0) {
    ::fsync(dir_fd);  // best effort: some file systems refuse it, the data is safe anyway
    ::close(dir_fd);
  }
}

void write_file_atomically(const std::string& path, std::string_view data) {
  atomic_file out(path);
  out.write(data);
  out.commit();
}

}  // namespace budgetpdf
