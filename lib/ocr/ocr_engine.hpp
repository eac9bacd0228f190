// The OCR engine behind a small interface, so that Tesseract and Leptonica live in a module
// (budgetpdf_ocr.so) loaded with dlopen only when a page needs OCR: a process that reads
// text pages only does not load them (70 shared libraries against 34 at start-up).
#pragma once

#include "ocr/gray_image.hpp"
#include "ocr/tesseract_engine.hpp"

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

namespace budgetpdf::detail {

/// What budgetpdf asks of Tesseract and Leptonica. The module and budgetpdf are built
/// together (same compiler, same standard library), so C++ types and exceptions
/// (budgetpdf::error) cross the boundary.
class ocr_engine {
 public:
  virtual ~ocr_engine() = default;
  /// tesseract_engine::upright_turns
  virtual std::optional<int> upright_turns(const gray_image& image, int dpi) = 0;
  /// tesseract_engine::read
  virtual std::optional<std::vector<ocr_word>> read(
      const gray_image& image, int dpi, std::chrono::steady_clock::time_point deadline) = 0;
  /// tesseract_engine::read_lines
  virtual std::vector<ocr_word> read_lines(const gray_image& image, int dpi,
                                           const std::vector<pixel_box>& boxes,
                                           std::chrono::steady_clock::time_point deadline) = 0;
  /// straighten() of gray_image.hpp (Leptonica)
  virtual straightened straighten(const gray_image& image, int turns) = 0;
};

/// Changes whenever ocr_engine or the types it passes change: a module of another build is
/// refused.
inline constexpr int ocr_module_abi = 2;

/// The module's one exported function: a new engine (Tesseract's data loaded), or throws
/// error(ocr_data_missing). nullptr when `abi` is not the module's ocr_module_abi.
extern "C" using ocr_module_create_fn = ocr_engine * (int abi);
inline constexpr const char* ocr_module_entry = "budgetpdf_ocr_create";
inline constexpr const char* ocr_module_file = "budgetpdf_ocr.so";

/// Loads the module (once per process) and makes an engine. Where it looks, in order: the
/// file named by the environment variable BUDGETPDF_OCR_MODULE (then nowhere else); next
/// to the running program (and to the shared object holding budgetpdf, the Python module);
/// ../LIBDIR/budgetpdf from there; the install folder (LIBDIR/budgetpdf under the install
/// prefix); the build folder. Throws error(ocr_unavailable) naming those places when no
/// module loads, error(ocr_data_missing) from the engine.
std::unique_ptr<ocr_engine> load_ocr_engine();

}  // namespace budgetpdf::detail
