// Process-wide poppler set-up shared by the core reader and the poppler-cpp renderer.
#pragma once

namespace budgetpdf::detail {

/// Creates poppler's globalParams once (thread-safe) and keeps it for the life of the
/// process, and silences poppler's stderr messages. Call before any poppler use.
///
/// poppler-cpp counts its documents and resets the shared globalParams when the count drops
/// to zero; holding our own GlobalParamsIniter forever keeps that from pulling globalParams
/// out from under a PDFDoc of ours.
void ensure_poppler_initialized();

}  // namespace budgetpdf::detail
