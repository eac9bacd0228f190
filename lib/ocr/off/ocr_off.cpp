// A build without OCR (BUDGETPDF_OCR=OFF): the reader says so.
#include "ocr/ocr_reader.hpp"

#include <budgetpdf/error.hpp>

namespace budgetpdf::detail {

bool ocr_available() noexcept { return false; }

struct ocr_reader::members {};

ocr_reader::ocr_reader(std::unique_ptr<members> m) : m_(std::move(m)) {}
ocr_reader::~ocr_reader() = default;

std::unique_ptr<ocr_reader> ocr_reader::open(std::span<const unsigned char>, const parse_options&) {
  throw error(error_code::ocr_unavailable,
              "this budgetpdf was built without OCR (BUDGETPDF_OCR=OFF; "
              "it needs libtesseract-dev and libleptonica-dev)");
}

ocr_page ocr_reader::read_page(int, double, double, clock::time_point) { return {}; }

}  // namespace budgetpdf::detail
