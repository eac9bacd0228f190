// Fuzz target: the whole parse from PDF bytes (budgetpdf::parse_memory), with small limits
// so that one input cannot run away: every input must end with a document or a typed
// budgetpdf::error, never a crash, a hang, a leak or another exception.
#include <budgetpdf/error.hpp>
#include <budgetpdf/parse.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <span>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  budgetpdf::parse_options options;
  options.max_seconds = 5;
  options.max_pages = 50;
  options.max_bytes = 4u << 20;
  options.max_glyphs_per_page = 20000;
  options.max_paths_per_page = 20000;
  try {
    const auto doc = budgetpdf::parse_memory(std::span<const unsigned char>(data, size), options);
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
  return 0;
}
