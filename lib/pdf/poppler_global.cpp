// Process-wide poppler set-up shared by the core reader and the poppler-cpp renderer.
#include "pdf/poppler_global.hpp"

#include "pdf/poppler_core.hpp"

#include <mutex>

namespace budgetpdf::detail {

namespace {

void quiet_error(ErrorCategory /*category*/, Goffset /*pos*/, const char* /*msg*/) {}

}  // namespace

void ensure_poppler_initialized() {
  static std::once_flag once;
  std::call_once(once, [] {
    // Lives until exit: keeps GlobalParamsIniter's count above zero for the whole process.
    static GlobalParamsIniter initer(quiet_error);
    // poppler-cpp may have created globalParams first with its own (stderr) callback.
    setErrorCallback(quiet_error);
  });
}

}  // namespace budgetpdf::detail
