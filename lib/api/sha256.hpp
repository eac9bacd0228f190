// SHA-256 of the input bytes, for document::source (no crypto library needed for this).
#pragma once

#include <span>
#include <string>

namespace budgetpdf::detail {

/// Lower-case hex digest.
std::string sha256_hex(std::span<const unsigned char> bytes);

}  // namespace budgetpdf::detail
