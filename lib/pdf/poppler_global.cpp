// Process-wide poppler set-up shared by the core reader and the poppler-cpp renderer, and the
// capture of poppler's own messages on the calling thread.
#include "pdf/poppler_global.hpp"

#include "pdf/poppler_core.hpp"

#include <algorithm>
#include <mutex>

namespace budgetpdf::detail {

namespace {

thread_local poppler_messages* current_capture = nullptr;

const char* category_name(ErrorCategory category) {
  switch (category) {
    case errSyntaxWarning:
      return "syntax warning";
    case errSyntaxError:
      return "syntax error";
    case errConfig:
      return "configuration error";
    case errCommandLine:
      return "command line error";
    case errIO:
      return "I/O error";
    case errNotAllowed:
      return "not allowed";
    case errUnimplemented:
      return "unimplemented feature";
    case errInternal:
      return "internal error";
  }
  return "message";
}

void route_error(ErrorCategory category, Goffset pos, const char* msg) {
  poppler_messages* sink = current_capture;
  if (!sink || !msg) return;
  std::string text = std::string("poppler ") + category_name(category);
  if (pos >= 0) text += " at byte " + std::to_string(pos);
  text += ": ";
  text += msg;
  sink->add(std::move(text));
}

}  // namespace

void ensure_poppler_initialized() {
  static std::once_flag once;
  std::call_once(once, [] {
    // Lives until exit: keeps GlobalParamsIniter's count above zero for the whole process.
    static GlobalParamsIniter initer(route_error);
    // poppler-cpp may have created globalParams first with its own (stderr) callback.
    setErrorCallback(route_error);
  });
}

poppler_messages::poppler_messages(std::size_t limit) : limit_(limit), outer_(current_capture) {
  current_capture = this;
}

poppler_messages::~poppler_messages() { current_capture = outer_; }

void poppler_messages::add(std::string message) {
  // Control characters from a damaged file's bytes would break one-line output.
  for (char& c : message)
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  if (outer_) outer_->add(message);  // an enclosing capture sees them too
  if (std::find(messages_.begin(), messages_.end(), message) != messages_.end()) return;
  if (messages_.size() >= limit_) {
    ++dropped_;
    return;
  }
  messages_.push_back(std::move(message));
}

}  // namespace budgetpdf::detail
