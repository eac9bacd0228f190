"""Parse many PDFs on a Dask ``distributed`` cluster, one task per file.

>>> from budgetpdf.dask import export
>>> tidy, documents = export(["a.pdf", "b.pdf"])                  # a LocalCluster
>>> tidy, documents = export(paths, client="tcp://host:8786")      # any scheduler

Workers open the paths themselves: on several machines, give paths all of them can read.
Command line: python3 -m budgetpdf.dask PATH... [-o OUT.csv|OUT.parquet] [--scheduler ADDR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Callable, Iterable, List, NamedTuple, Optional, Union

import pandas as pd

from ._pandas import TIDY_COLUMNS
from ._tasks import DOCUMENT_COLUMNS, document_row, parse_task


class ExportResult(NamedTuple):
    tidy: pd.DataFrame  # every amount of every file parsed, as Document.to_pandas()
    documents: pd.DataFrame  # one row per path: status "ok" or "error", error code, counts


Sink = Callable[[dict, Optional[pd.DataFrame]], None]


def database_sink(database: str) -> Sink:
    """Where the SQLite export goes: a function given each file's documents row and tidy
    frame as it completes. To be filled in with budgetpdf::database (branch `export`: same
    schema as `budgetpdf export`, resume by sha256) once that is merged."""
    raise NotImplementedError(
        f"export to a database ({database}) needs budgetpdf::database, not merged yet; "
        "call export(paths) without a database for DataFrames")


def _client(client):
    """(client, things to close): the client given, one for a scheduler address, or a new
    LocalCluster with one single-threaded worker process per core."""
    from distributed import Client, LocalCluster

    if client is None:
        cluster = LocalCluster(processes=True, threads_per_worker=1, dashboard_address=None)
        c = Client(cluster)
        return c, [c, cluster]
    if isinstance(client, str):
        c = Client(client)
        return c, [c]
    return client, []


def _run(paths: List[str], client, options: dict, sink: Sink, progress: bool) -> None:
    from distributed import as_completed, progress as show_progress

    futures = {client.submit(parse_task, p, options, key=f"budgetpdf-{i}-{p}", pure=False): p
               for i, p in enumerate(paths)}
    if progress:
        show_progress(list(futures))
    for future in as_completed(futures):
        try:
            row, tidy = future.result()
        except Exception as e:  # the worker itself died (KilledWorker): still one file's row
            row, tidy = document_row(futures[future], status="error", error_code="worker_lost",
                                     error_message=f"{type(e).__name__}: {e}"), None
        sink(row, tidy)
        future.release()


def export(paths: Iterable[Union[str, Path]], database: Optional[str] = None, client=None, *,
           password: Optional[str] = None, max_pages: Optional[int] = None,
           timeout: Optional[float] = None, progress: bool = False) -> Optional[ExportResult]:
    """Parse every path as one task on a Dask cluster.

    Arguments:
      paths: PDF files (workers read them).
      database: an SQLite file to write into (not available yet: see database_sink); None
        returns DataFrames.
      client: a distributed.Client, a scheduler address ("tcp://host:8786"), or None for a
        LocalCluster on this machine, closed afterwards.
      password, max_pages, timeout: as budgetpdf.parse, for every file.
      progress: show Dask's progress bar.

    A file that fails is a documents row with status "error" and its error code, never a
    failed job. Returns ExportResult(tidy, documents) in the order of `paths`.
    """
    paths = list(dict.fromkeys(str(p) for p in paths))  # each file once
    options = {"password": password, "max_pages": max_pages, "timeout": timeout}
    rows, frames = {}, {}

    def collect(row: dict, tidy: Optional[pd.DataFrame]) -> None:
        rows[row["path"]] = row
        if tidy is not None:
            frames[row["path"]] = tidy

    sink = database_sink(database) if database is not None else collect
    c, owned = _client(client)
    try:
        _run(paths, c, options, sink, progress)
    finally:
        for o in owned:
            o.close()
    if database is not None:
        return None
    documents = pd.DataFrame([rows[p] for p in paths], columns=DOCUMENT_COLUMNS)
    parts = [frames[p] for p in paths if p in frames]
    tidy = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=TIDY_COLUMNS)
    return ExportResult(tidy, documents)


def _pdfs(args: List[str]) -> List[str]:
    out = []
    for a in args:
        p = Path(a)
        out += sorted(str(x) for x in p.rglob("*.pdf")) if p.is_dir() else [a]
    return out


def _write(df: pd.DataFrame, out: Path) -> None:
    if out.suffix == ".parquet":
        df.to_parquet(out)  # needs pyarrow or fastparquet (not in Debian 12)
    else:
        df.applymap(lambda v: format(v, "f") if hasattr(v, "as_tuple") else v).to_csv(
            out, index=False)


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="python3 -m budgetpdf.dask",
                                 description="Parse PDFs (files or folders) on a Dask cluster.")
    ap.add_argument("paths", nargs="+", metavar="PATH")
    ap.add_argument("-o", "--output", type=Path, help="OUT.csv or OUT.parquet (tidy amounts; "
                    "the documents table goes beside it as OUT.documents.csv/.parquet)")
    ap.add_argument("--scheduler", help="scheduler address, tcp://HOST:PORT (default: a "
                    "LocalCluster on this machine)")
    ap.add_argument("--password")
    ap.add_argument("--max-pages", type=int)
    ap.add_argument("--timeout", type=float)
    a = ap.parse_args(argv)
    res = export(_pdfs(a.paths), client=a.scheduler, password=a.password,
                 max_pages=a.max_pages, timeout=a.timeout, progress=sys.stderr.isatty())
    failed = res.documents[res.documents["status"] != "ok"]
    if a.output:
        try:
            _write(res.tidy, a.output)
            _write(res.documents, a.output.with_suffix(".documents" + a.output.suffix))
        except ImportError as e:
            print(f"budgetpdf.dask: {e}", file=sys.stderr)
            return 2
    else:
        print(res.documents.to_string(index=False))
    print(f"budgetpdf.dask: {len(res.documents)} files, {len(failed)} failed, "
          f"{len(res.tidy)} amounts", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
