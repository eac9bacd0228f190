// document_rows::serialize()/parse(): the bytes a worker process hands to the writer, and
// file_sha256().
#include <budgetpdf/database.hpp>
#include <budgetpdf/error.hpp>

#include "api/sha256.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace budgetpdf {

namespace {

constexpr std::string_view magic = "BPDROWS1";

void put_u32(std::string& out, std::uint32_t n) {
  for (int i = 0; i < 4; ++i) out += char((n >> (8 * i)) & 0xFF);
}

void put_string(std::string& out, std::string_view s) {
  put_u32(out, std::uint32_t(s.size()));
  out += s;
}

struct reader {
  std::string_view in;
  bool ok = true;

  std::uint32_t u32() {
    if (in.size() < 4) return ok = false, 0;
    std::uint32_t n = 0;
    for (int i = 0; i < 4; ++i) n |= std::uint32_t(static_cast<unsigned char>(in[i])) << (8 * i);
    in.remove_prefix(4);
    return n;
  }
  std::uint8_t u8() {
    if (in.empty()) return ok = false, 0;
    const auto c = static_cast<std::uint8_t>(in[0]);
    in.remove_prefix(1);
    return c;
  }
  std::string string() {
    const std::uint32_t n = u32();
    if (!ok || in.size() < n) return ok = false, std::string();
    std::string s(in.substr(0, n));
    in.remove_prefix(n);
    return s;
  }
};

}  // namespace

std::string document_rows::serialize() const {
  std::string out(magic);
  put_string(out, sha256);
  put_string(out, path);
  put_u32(out, std::uint32_t(records.size()));
  for (const auto& r : records) {
    out += char(r.table);
    put_u32(out, std::uint32_t(r.fields.size()));
    for (const auto& f : r.fields) {
      out += char(f ? 1 : 0);
      if (f) put_string(out, *f);
    }
  }
  return out;
}

std::optional<document_rows> document_rows::parse(std::string_view bytes) {
  if (bytes.substr(0, magic.size()) != magic) return std::nullopt;
  reader in{bytes.substr(magic.size())};
  document_rows out;
  out.sha256 = in.string();
  out.path = in.string();
  const std::uint32_t n = in.u32();
  // Each record takes at least 5 bytes: a count beyond that is a corrupt stream.
  if (!in.ok || n > in.in.size() / 5) return std::nullopt;
  out.records.resize(n);
  for (auto& r : out.records) {
    r.table = in.u8();
    const std::uint32_t fields = in.u32();
    if (!in.ok || fields > in.in.size()) return std::nullopt;
    r.fields.resize(fields);
    for (auto& f : r.fields)
      if (in.u8()) f = in.string();
    if (!in.ok) return std::nullopt;
  }
  if (!in.in.empty()) return std::nullopt;
  return out;
}

std::string file_sha256(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw error(error_code::io_error, path + ": cannot open: " + std::strerror(errno));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw error(error_code::io_error, path + ": cannot read");
  const std::string bytes = ss.str();
  return detail::sha256_hex({reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size()});
}

}  // namespace budgetpdf
