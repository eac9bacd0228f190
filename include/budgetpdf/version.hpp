// Library version.
#pragma once

namespace budgetpdf {
/// "major.minor.patch".
const char* version() noexcept;
}  // namespace budgetpdf
