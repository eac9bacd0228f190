// The OCR module (budgetpdf_ocr.so): Tesseract and Leptonica behind ocr_engine.
#include "ocr/ocr_engine.hpp"

namespace budgetpdf::detail {

namespace {

class tesseract_leptonica final : public ocr_engine {
 public:
  std::optional<int> upright_turns(const gray_image& image, int dpi) override {
    return engine_.upright_turns(image, dpi);
  }
  std::optional<std::vector<ocr_word>> read(
      const gray_image& image, int dpi, std::chrono::steady_clock::time_point deadline) override {
    return engine_.read(image, dpi, deadline);
  }
  std::vector<ocr_word> read_lines(const gray_image& image, int dpi,
                                   const std::vector<pixel_box>& boxes,
                                   std::chrono::steady_clock::time_point deadline) override {
    return engine_.read_lines(image, dpi, boxes, deadline);
  }
  straightened straighten(const gray_image& image, int turns) override {
    return detail::straighten(image, turns);
  }

 private:
  tesseract_engine engine_;  // loads chi_sim, or throws error(ocr_data_missing)
};

}  // namespace

}  // namespace budgetpdf::detail

extern "C" __attribute__((visibility("default"))) budgetpdf::detail::ocr_engine*
budgetpdf_ocr_create(int abi) {
  if (abi != budgetpdf::detail::ocr_module_abi) return nullptr;
  return new budgetpdf::detail::tesseract_leptonica();
}
