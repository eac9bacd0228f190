// Output files written whole or not at all: a failed or interrupted write (a full disk, a
// killed process) leaves the previous file as it was.
#pragma once

#include <string>
#include <string_view>

namespace budgetpdf {

/// A file replaced atomically. The data goes to a temporary file in the same folder
/// (".NAME.XXXXXX.tmp"); commit() flushes it to disk (fsync), renames it over `path` and
/// syncs the folder. Until then `path` keeps its previous contents; an atomic_file destroyed
/// without commit() removes its temporary file. A `path` that exists and is not a regular
/// file (/dev/null, a FIFO, a terminal) is written directly instead; a symbolic link is
/// followed, so the file it points to is replaced.
///
/// Every failure throws budgetpdf::error(io_error) whose message names the file and says
/// why, from the system ("No space left on device", "Permission denied", ...).
///
/// **Example**:
///   budgetpdf::atomic_file out("tables.json");
///   out.write(budgetpdf::to_json(doc));
///   out.commit();                   // tables.json is now complete, or unchanged on error
///
///   budgetpdf::atomic_file db("budget.sqlite");
///   write_sqlite(db.temp_path());   // a writer that opens the path itself
///   db.commit();
class atomic_file {
 public:
  explicit atomic_file(const std::string& path);
  ~atomic_file();
  atomic_file(const atomic_file&) = delete;
  atomic_file& operator=(const atomic_file&) = delete;

  /// Where the data goes until commit(): for writers that open a path themselves.
  const std::string& temp_path() const { return temp_; }
  /// The file replaced by commit().
  const std::string& path() const { return path_; }

  /// Appends `data` to the temporary file.
  void write(std::string_view data);
  /// fsync, rename over path(), fsync of the folder. Call once.
  void commit();

 private:
  std::string path_, temp_;
  int fd_ = -1;
  bool direct_ = false;  // path() is no regular file: written in place
  bool committed_ = false;
};

/// Writes `data` to `path` through an atomic_file.
void write_file_atomically(const std::string& path, std::string_view data);

}  // namespace budgetpdf
