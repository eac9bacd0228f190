"""The one task budgetpdf.dask runs per file, in its own module so that workers import it by
name even when budgetpdf.dask runs as __main__ (python3 -m budgetpdf.dask)."""

from __future__ import annotations

import os
import time
from typing import Optional, Tuple

DOCUMENT_COLUMNS = ["path", "file", "status", "error_code", "error_message", "sha256", "bytes",
                    "pages", "tables", "amounts", "seconds"]


def document_row(path: str, **fields) -> dict:
    """One row of the documents DataFrame; fields not given are None."""
    row = dict.fromkeys(DOCUMENT_COLUMNS)
    row.update(path=path, file=os.path.basename(path), **fields)
    return row


def parse_task(path: str, options: dict) -> Tuple[dict, Optional[object]]:
    """Parses one file on a worker: (its documents row, its tidy DataFrame or None). Never
    raises for a bad file: the failure is the row's status "error" with its code."""
    from . import Error, parse

    start = time.perf_counter()
    try:
        doc = parse(path, **options)
        tidy = doc.to_pandas()
    except Error as e:
        return document_row(path, status="error", error_code=e.code, error_message=e.message,
                            seconds=time.perf_counter() - start), None
    except Exception as e:  # a bug, or out of memory: still one file's error, not the job's
        return document_row(path, status="error", error_code="internal",
                            error_message=f"{type(e).__name__}: {e}",
                            seconds=time.perf_counter() - start), None
    return document_row(path, status="ok", sha256=doc.sha256, bytes=doc.bytes,
                        pages=doc.page_count, tables=len(doc.tables), amounts=len(tidy),
                        seconds=time.perf_counter() - start), tidy


def export_task(path: str, sha256: str, generator: str, options: dict) -> Tuple[bytes, str, str]:
    """Parses one file on a worker into the rows `budgetpdf export` writes for it, serialized
    (budgetpdf::document_rows::serialize, the bytes the export command's worker processes
    send their parent): (rows, "ok" or "error", error code or ""). A bad file's rows are its
    error row; this never raises for one."""
    from . import _core

    rows, status, code, _pages = _core.export_rows(
        os.fsencode(path), sha256, generator, options["password"], options["max_pages"],
        options["timeout"])
    return rows, status, code
