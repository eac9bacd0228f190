// Typed errors for input that cannot be parsed at all, and diagnostics for everything else.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace budgetpdf {

/// Why a whole document could not be parsed. The CLI maps each to its own exit code
/// (docs/error-codes.md).
enum class error_code {
  io_error = 1,   ///< the file cannot be read
  not_a_pdf,      ///< the bytes are not a PDF (HTML page, empty file, image, ...)
  damaged_pdf,    ///< a PDF that poppler cannot open (truncated, corrupted)
  encrypted,      ///< needs a password that was not given or is wrong
  no_text_layer,  ///< every page is image-only (a scan)
  no_tables,      ///< text was found but no budget table
  too_large,      ///< over the byte or page limit of parse_options
  timed_out,      ///< over the time limit of parse_options
  internal,       ///< a bug in budgetpdf
  /// the text layer maps to no readable characters (fonts without a usable ToUnicode map,
  /// private-use code points): nothing can be read without OCR
  unreadable_text,
  /// OCR was asked for (ocr_mode::always) but this build has none (BUDGETPDF_OCR=OFF), or
  /// its module (budgetpdf_ocr.so) cannot be loaded; the message says where it looked
  ocr_unavailable,
  /// OCR's language data (Tesseract's chi_sim.traineddata) is not installed; the message
  /// names the Debian package (tesseract-ocr-chi-sim)
  ocr_data_missing,
};

/// Stable lower-case name of an error code ("not_a_pdf").
std::string_view error_code_name(error_code c) noexcept;

/// Thrown by parse_file/parse_memory when no document can be returned.
class error : public std::runtime_error {
 public:
  error(error_code code, const std::string& message) : std::runtime_error(message), code_(code) {}
  error_code code() const noexcept { return code_; }

 private:
  error_code code_;
};

}  // namespace budgetpdf
