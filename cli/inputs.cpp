// list_inputs(): files, folders walked recursively, "-" for paths on standard input.
#include "inputs.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <iostream>

namespace budgetpdf::cli {

namespace {

namespace fs = std::filesystem;

bool named_pdf(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return char(std::tolower(c)); });
  return ext == ".pdf";
}

std::string not_regular(const fs::file_status& s) {
  if (fs::is_directory(s)) return "a folder, not a file";
  if (fs::is_fifo(s)) return "a FIFO, not a regular file";
  if (fs::is_socket(s)) return "a socket, not a regular file";
  if (fs::is_block_file(s) || fs::is_character_file(s)) return "a device, not a regular file";
  return "not a regular file";
}

// Every *.pdf under `dir`; a folder that cannot be listed is one error entry.
void walk(const std::string& dir, input_list& out) {
  std::vector<input> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::none, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    if (!named_pdf(it->path())) continue;
    const fs::file_status s = it->status(ec);  // follows symbolic links
    if (ec) break;
    found.push_back({it->path().string(), fs::is_regular_file(s) ? "" : not_regular(s)});
    // A folder named *.pdf is reported, not walked into.
    if (fs::is_directory(s)) it.disable_recursion_pending();
  }
  std::sort(found.begin(), found.end(),
            [](const input& a, const input& b) { return a.path < b.path; });
  out.inputs.insert(out.inputs.end(), found.begin(), found.end());
  if (ec) {
    out.inputs.push_back({dir, "cannot list the folder: " + ec.message()});
    ++out.missing;
  }
}

void add_path(const std::string& path, input_list& out) {
  std::error_code ec;
  const fs::file_status s = fs::status(path, ec);
  if (!fs::exists(s)) {
    out.inputs.push_back({path, ec ? ec.message() : "no such file or folder"});
    ++out.missing;
  } else if (fs::is_directory(s)) {
    walk(path, out);
  } else {
    out.inputs.push_back({path, fs::is_regular_file(s) ? "" : not_regular(s)});
  }
}

}  // namespace

input_list list_inputs(const std::vector<std::string>& args) {
  input_list out;
  for (const auto& a : args) {
    if (a != "-") {
      add_path(a, out);
      continue;
    }
    std::string line;
    while (std::getline(std::cin, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!line.empty()) add_path(line, out);
    }
  }
  return out;
}

}  // namespace budgetpdf::cli
