// A quick scan of raw PDF bytes for the object numbers a file claims, before poppler reads it:
// poppler sizes its cross-reference index by the highest object number it meets, so a few
// bytes ("30000000 0 obj", "/Size 30000000") can make it allocate gigabytes.
#pragma once

#include <cstdint>
#include <span>

namespace budgetpdf::detail {

/// The highest object number the bytes claim anywhere poppler would size its index by:
/// object headers ("N G obj", which poppler's reconstruction of a damaged file scans for),
/// cross-reference table subsections ("xref\nFIRST COUNT"), /Size in trailers and in
/// cross-reference stream dictionaries, and /Index arrays of the latter (an embedded file's
/// /Size, its length, does not count). 0 when none is found. Linear in the input (the windows
/// searched after "trailer" and around "/XRef" are at most 4 KiB); reads nothing but the bytes.
///
/// **Example**:
///   highest_object_number(bytes_of("%PDF-1.4\n30000000 0 obj\n<<>>\nendobj\n")) == 30000000
std::uint64_t highest_object_number(std::span<const unsigned char> bytes);

/// Bytes poppler spends per object number of its cross-reference index (sizeof(XRefEntry)).
std::uint64_t xref_entry_bytes();

}  // namespace budgetpdf::detail
