"""budgetpdf.Error and its subclasses: one per family of error codes (docs/error-codes.md)."""

from __future__ import annotations


class Error(Exception):
    """No document could be returned. ``code`` is the library's stable error code name
    ("not_a_pdf"), ``exit_status`` the CLI's exit status for it, ``message`` its sentence."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.exit_status = EXIT_STATUS.get(code, 70)

    def __reduce__(self):  # picklable, so errors cross process boundaries (Dask)
        return (type(self), (self.code, self.message))


class FileError(Error):
    """io_error: the file cannot be read."""


class FormatError(Error):
    """not_a_pdf, damaged_pdf: the bytes are not a PDF, or one that cannot be opened."""


class PasswordError(Error):
    """encrypted: a password is needed, or the one given is wrong."""


class ContentError(Error):
    """no_text_layer, no_tables, unreadable_text, ocr_unavailable, ocr_data_missing: a PDF,
    but nothing to read in it."""


class LimitError(Error):
    """too_large, timed_out: over a byte, page, memory or time limit."""


class InternalError(Error):
    """internal: a bug in budgetpdf."""


EXIT_STATUS = {
    "io_error": 10, "not_a_pdf": 11, "damaged_pdf": 12, "encrypted": 13, "no_text_layer": 14,
    "no_tables": 15, "too_large": 16, "timed_out": 17, "unreadable_text": 18,
    "ocr_unavailable": 19, "ocr_data_missing": 20, "internal": 70,
}

_FAMILY = {
    "io_error": FileError, "not_a_pdf": FormatError, "damaged_pdf": FormatError,
    "encrypted": PasswordError, "no_text_layer": ContentError, "no_tables": ContentError,
    "unreadable_text": ContentError, "ocr_unavailable": ContentError,
    "ocr_data_missing": ContentError, "too_large": LimitError, "timed_out": LimitError,
    "internal": InternalError,
}


def from_code(code: str, message: str) -> Error:
    """The Error subclass for ``code`` (Error itself for a code this module does not know)."""
    return _FAMILY.get(code, Error)(code, message)
