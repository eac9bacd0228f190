// Fuzz target: the whole parse from PDF bytes (budgetpdf::parse_memory), with small limits
// so that one input cannot run away: every input must end with a document or a typed
// budgetpdf::error, never a crash, a hang, a leak or another exception.
//
// Each input is parsed as it is, turned (a /Rotate on every page: the reader's turned
// reading frame) and with its fonts unmapped (no ToUnicode: the unreadable-text paths);
// fuzz/pdf_mutators.hpp. Under libFuzzer the same two mutations are also offered as a
// custom mutator, so mutants of turned and unmapped files are explored too.
#include "pdf_mutators.hpp"

#include <budgetpdf/error.hpp>
#include <budgetpdf/parse.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <span>
#include <string>
#include <string_view>

namespace {

void parse_one(std::string_view bytes) {
  budgetpdf::parse_options options;
  options.max_seconds = 5;
  options.max_pages = 50;
  options.max_bytes = 4u << 20;
  options.max_glyphs_per_page = 20000;
  options.max_words_per_page = 4000;
  options.max_paths_per_page = 20000;
  options.max_memory = 256u << 20;
  try {
    const auto doc = budgetpdf::parse_memory(
        std::span<const unsigned char>(reinterpret_cast<const unsigned char*>(bytes.data()),
                                       bytes.size()),
        options);
    (void)doc;
  } catch (const budgetpdf::error& e) {
    // A typed error is a fine outcome, except internal (a bug by definition).
    if (e.code() == budgetpdf::error_code::internal) {
      std::fprintf(stderr, "fuzz_parse: internal error: %s\n", e.what());
      std::abort();
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "fuzz_parse: untyped exception escaped parse_memory: %s\n", e.what());
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  parse_one(bytes);
  if (bytes.find("/Page") != std::string_view::npos)
    parse_one(budgetpdf::fuzz::rotate_pages(bytes, 90 * int(1 + size % 3)));
  if (bytes.find("/ToUnicode") != std::string_view::npos)
    parse_one(budgetpdf::fuzz::unmap_fonts(bytes));
  return 0;
}

#ifdef BUDGETPDF_LIBFUZZER
extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size, std::size_t max_size);

// One time in eight a structural mutation (turn the pages, unmap the fonts) instead of
// libFuzzer's byte-level ones.
extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size,
                                               std::size_t max_size, unsigned int seed) {
  if (seed % 8 == 0) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const std::string mutated =
        (seed / 8) % 2 ? budgetpdf::fuzz::unmap_fonts(bytes)
                       : budgetpdf::fuzz::rotate_pages(bytes, 90 * int(1 + (seed / 16) % 3));
    if (mutated.size() <= max_size && mutated != bytes) {
      std::memcpy(data, mutated.data(), mutated.size());
      return mutated.size();
    }
  }
  return LLVMFuzzerMutate(data, size, max_size);
}
#endif
