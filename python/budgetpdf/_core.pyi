"""Type stubs of the compiled extension budgetpdf._core (python/src/core.cpp). Private: use
budgetpdf.parse, which turns these plain objects into budgetpdf.Document."""

from typing import Any, Dict, Optional

__version__: str

class CoreError(RuntimeError):
    """args: (error code name, message); budgetpdf.parse re-raises it as budgetpdf.Error."""

def parse_path(path: bytes, password: Optional[str], max_pages: Optional[int],
               timeout: Optional[float]) -> Dict[str, Any]:
    """Parses the file at `path` (file system bytes) with the GIL released."""

def parse_bytes(data: bytes, password: Optional[str], max_pages: Optional[int],
                timeout: Optional[float]) -> Dict[str, Any]:
    """Parses a PDF held in memory with the GIL released."""
