"""budgetpdf: Chinese government budget disclosure PDFs -> exact, checked tables.

>>> import budgetpdf
>>> doc = budgetpdf.parse("budget.pdf")
>>> doc.tables[0].to_pandas()     # one table as printed
>>> doc.to_pandas()               # every amount, one row each (the CLI's CSV columns)
"""

from __future__ import annotations

import os
from typing import Optional, Union

from . import _core
from ._errors import (ContentError, Error, FileError, FormatError, InternalError, LimitError,
                      PasswordError, from_code)
from ._model import (Amount, Block, Check, Column, Diagnostic, Document, Measures, Row, Table,
                     document_from_core)

__version__ = _core.__version__
__all__ = ["parse", "Document", "Table", "Block", "Column", "Row", "Amount", "Diagnostic",
           "Check", "Measures", "Error", "FileError", "FormatError", "PasswordError",
           "ContentError", "LimitError", "InternalError"]

PathOrBytes = Union[str, bytes, bytearray, memoryview, "os.PathLike[str]"]


def parse(path_or_bytes: PathOrBytes, *, password: Optional[str] = None,
          max_pages: Optional[int] = None, timeout: Optional[float] = None,
          ocr: str = "auto") -> Document:
    """Parse one budget disclosure PDF into a checked Document.

    Arguments:
      path_or_bytes: a file path (str or os.PathLike) or the PDF itself (bytes, bytearray,
        memoryview).
      password: the user or owner password of an encrypted PDF.
      max_pages: more pages than this raises LimitError (too_large); default 2000.
      timeout: seconds one document may take, else LimitError (timed_out); default 120.
      ocr: "auto" (pages that are pictures without text are read by OCR), "always" (every
        page, raises ContentError ocr_unavailable in a build without OCR) or "never"
        (a scan raises ContentError no_text_layer). Rows read by OCR have
        ``source == "ocr"`` and a ``confidence`` per value (docs/ocr.md).

    The GIL is released while parsing, so a ThreadPoolExecutor parses files in parallel.
    Everything recoverable becomes a Document.diagnostics entry; when no document can be
    returned, raises a budgetpdf.Error subclass whose ``code`` is the library's error code:
    FileError (io_error), FormatError (not_a_pdf, damaged_pdf), PasswordError (encrypted),
    ContentError (no_text_layer, no_tables, unreadable_text, ocr_unavailable,
    ocr_data_missing), LimitError (too_large,
    timed_out), InternalError (internal).
    """
    if max_pages is not None and max_pages < 1:
        raise ValueError("max_pages must be at least 1")
    if timeout is not None and not timeout > 0:
        raise ValueError("timeout must be a positive number of seconds")
    if ocr not in ("auto", "always", "never"):
        raise ValueError("ocr must be 'auto', 'always' or 'never'")
    try:
        if isinstance(path_or_bytes, (bytes, bytearray, memoryview)):
            raw = _core.parse_bytes(bytes(path_or_bytes), password, max_pages, timeout, ocr)
        else:
            raw = _core.parse_path(os.fsencode(path_or_bytes), password, max_pages, timeout,
                                  ocr)
    except _core.CoreError as e:
        raise from_code(*e.args) from None
    return document_from_core(raw)
