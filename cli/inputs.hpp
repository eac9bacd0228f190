// The files a corpus command (report, export) works on: files, folders walked recursively,
// and "-" for a list of paths on standard input.
#pragma once

#include <string>
#include <vector>

namespace budgetpdf::cli {

/// One input: a file to parse, or a path that cannot be one, with why.
struct input {
  std::string path;
  std::string error;  ///< "" for a regular file to parse
};

struct input_list {
  std::vector<input> inputs;  ///< in the order given; a folder's files sorted by path
  /// Paths given on the command line (or stdin) that do not exist or cannot be listed.
  int missing = 0;
};

/// Expands `args`: a folder stands for every *.pdf (any case) under it, sub-folders
/// included; an entry named *.pdf that is no regular file (a FIFO, a folder) is listed with
/// an error, never opened. A path given by name is taken whatever its name; one that does
/// not exist, or is no regular file, is listed with an error and counted in `missing`
/// (when it does not exist). "-" reads one path per line from standard input.
input_list list_inputs(const std::vector<std::string>& args);

}  // namespace budgetpdf::cli
