// Process-wide poppler set-up shared by the core reader and the poppler-cpp renderer, and the
// capture of poppler's own messages on the calling thread.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace budgetpdf::detail {

/// Creates poppler's globalParams once (thread-safe) and keeps it for the life of the
/// process, and routes poppler's messages away from stderr (to poppler_messages, or nowhere).
/// Call before any poppler use.
///
/// poppler-cpp counts its documents and resets the shared globalParams when the count drops
/// to zero; holding our own GlobalParamsIniter forever keeps that from pulling globalParams
/// out from under a PDFDoc of ours.
void ensure_poppler_initialized();

/// While alive, collects the messages poppler raises on this thread (syntax errors, damaged
/// fonts, "Bogus memory allocation size" is not one: that one poppler prints itself, so the
/// callers keep poppler from reaching it). poppler calls its error callback on the thread that
/// does the work, so documents read in parallel threads each see their own. Captures nest:
/// each collects (the innermost first). At most `limit` messages are kept; identical ones once.
///
/// **Example**:
///   poppler_messages log;
///   doc.displayPage(...);
///   for (const auto& m : log.messages()) ...;  // "syntax error at byte 1234: ..."
class poppler_messages {
 public:
  explicit poppler_messages(std::size_t limit = 20);
  ~poppler_messages();
  poppler_messages(const poppler_messages&) = delete;
  poppler_messages& operator=(const poppler_messages&) = delete;

  const std::vector<std::string>& messages() const { return messages_; }
  /// Messages seen beyond `limit` (repeats of a kept one not counted).
  std::size_t dropped() const { return dropped_; }

  /// Called by poppler's error callback (internal).
  void add(std::string message);

 private:
  std::vector<std::string> messages_;
  std::size_t limit_;
  std::size_t dropped_ = 0;
  poppler_messages* outer_;
};

}  // namespace budgetpdf::detail
