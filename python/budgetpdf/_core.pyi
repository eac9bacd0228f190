"""Type stubs of the compiled extension budgetpdf._core (python/src/core.cpp). Private: use
budgetpdf.parse, which turns these plain objects into budgetpdf.Document."""

from typing import Any, Dict, Optional, Tuple

__version__: str

class CoreError(RuntimeError):
    """args: (error code name, message); budgetpdf.parse re-raises it as budgetpdf.Error."""

def parse_path(path: bytes, password: Optional[str], max_pages: Optional[int],
               timeout: Optional[float], ocr: str = "auto") -> Dict[str, Any]:
    """Parses the file at `path` (file system bytes) with the GIL released."""

def parse_bytes(data: bytes, password: Optional[str], max_pages: Optional[int],
                timeout: Optional[float], ocr: str = "auto") -> Dict[str, Any]:
    """Parses a PDF held in memory with the GIL released."""

# The export command's ids, rows and database (python/src/export.cpp), for budgetpdf.dask.
generator: str  # "budgetpdf <version>", as `budgetpdf export` records it

class DatabaseError(RuntimeError):
    """The file is no SQLite database, one of another program, of a newer schema, or SQLite
    failed (budgetpdf::database_error)."""

def stable_table_id(sha256: str, table_index: int) -> str:
    """budgetpdf::stable_table_id: sha256's first 16 hex digits, ":t", the table's index."""

def stable_row_id(sha256: str, table_index: int, block_index: int, row_index: int) -> str:
    """budgetpdf::stable_row_id: the table id, ":b" block index, ":r" row index."""

def file_sha256(path: bytes) -> str:
    """Lower-case hex SHA-256 of the file; CoreError("io_error", ...) when unreadable."""

def export_rows(path: bytes, sha256: str, generator: str, password: Optional[str],
                max_pages: Optional[int], timeout: Optional[float]) -> Tuple[bytes, str, str, int]:
    """Parses the file (GIL released) into its serialized database rows: (rows, "ok" or
    "error", error code or "", pages). A bad file gives its error row, never an exception."""

def failed_rows(path: bytes, sha256: str, status: str, code: str, message: str,
                generator: str) -> bytes:
    """The serialized rows of a file that gave no document."""

class Database:
    """budgetpdf::database: the SQLite database of `budgetpdf export` (docs/sqlite.md)."""

    def __init__(self, path: str) -> None: ...
    def has(self, sha256: str, generator: str) -> bool: ...
    def has_file(self, path: bytes, size: int, mtime_ns: int, generator: str) -> bool: ...
    def write(self, payload: bytes, size: Optional[int] = None,
              mtime_ns: Optional[int] = None) -> None:
        """Writes one document's serialized rows in one transaction (GIL released)."""
    def document_count(self) -> int: ...
