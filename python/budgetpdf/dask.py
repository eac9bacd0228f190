"""Parse many PDFs on a Dask ``distributed`` cluster, one task per file.

>>> from budgetpdf.dask import export
>>> tidy, documents = export(["a.pdf", "b.pdf"])                  # a LocalCluster
>>> tidy, documents = export(paths, client="tcp://host:8786")      # any scheduler
>>> export(paths, database="corpus.sqlite")       # the database of `budgetpdf export`

Workers open the paths themselves: on several machines, give paths all of them can read
(with a database, this process reads them too: it hashes each file to skip those written).
Command line: python3 -m budgetpdf.dask PATH... [-o OUT.sqlite|OUT.csv|OUT.parquet]
[--scheduler ADDR]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import stat
import sys
from pathlib import Path
from typing import Callable, Iterable, List, NamedTuple, Optional, Union

import pandas as pd

from ._pandas import TIDY_COLUMNS
from ._tasks import DOCUMENT_COLUMNS, document_row, export_task, parse_task


class ExportResult(NamedTuple):
    tidy: pd.DataFrame  # every amount of every file parsed, as Document.to_pandas()
    documents: pd.DataFrame  # one row per path: status "ok" or "error", error code, counts


class DatabaseSummary(NamedTuple):
    files: int  # paths given
    written: int  # documents rows written in this run (failed files included)
    skipped: int  # already written by this version (same sha256, or same path, size, mtime)
    failed: int  # of those written, the files that gave no document


Sink = Callable[[dict, Optional[pd.DataFrame]], None]


class _Job(NamedTuple):
    path: str
    sha256: str
    size: Optional[int]
    mtime_ns: Optional[int]


class DatabaseSink:
    """The SQLite database of `budgetpdf export` (docs/sqlite.md), written by
    budgetpdf::database through budgetpdf._core: same schema, same resume (a file whose
    sha256 this version already wrote is skipped), each document in one transaction."""

    def __init__(self, database: str):
        from . import _core

        self._core = _core
        self.db = _core.Database(os.fspath(database))
        self.generator = _core.generator
        self.written = self.skipped = self.failed = 0

    def plan(self, paths: List[str]) -> List[_Job]:
        """The files to parse, largest first as the export command orders them; those
        already written are counted as skipped, an unreadable one is written as its error."""
        jobs = []
        for p in paths:
            fs = os.fsencode(p)
            try:
                st = os.stat(p)
            except OSError as e:
                self._fail(p, "", f"{e.strerror or e}")
                continue
            if not stat.S_ISREG(st.st_mode):
                self._fail(p, "", "not a regular file")
                continue
            if self.db.has_file(fs, st.st_size, st.st_mtime_ns, self.generator):
                self.skipped += 1
                continue
            try:
                sha = self._core.file_sha256(fs)
            except self._core.CoreError as e:
                self._fail(p, "", e.args[1])
                continue
            if self.db.has(sha, self.generator):
                self.skipped += 1
                continue
            jobs.append(_Job(p, sha, st.st_size, st.st_mtime_ns))
        jobs.sort(key=lambda j: -(j.size or 0))
        return jobs

    def write(self, job: _Job, rows: bytes, status: str) -> None:
        """Writes one file's serialized rows (from export_task) in one transaction."""
        self.db.write(rows, job.size, job.mtime_ns)
        self.written += 1
        self.failed += status != "ok"

    def lost(self, job: _Job, message: str) -> None:
        """The worker died on this file: recorded as the export command records a crash."""
        self.write(job, self._core.failed_rows(os.fsencode(job.path), job.sha256, "crashed",
                                               "crashed", message, self.generator), "crashed")

    def _fail(self, path: str, sha256: str, message: str) -> None:
        self.write(_Job(path, sha256, None, None),
                   self._core.failed_rows(os.fsencode(path), sha256, "error", "io_error",
                                          message, self.generator), "error")


def database_sink(database: str) -> DatabaseSink:
    """Where export(paths, database=...) writes: see DatabaseSink."""
    return DatabaseSink(database)


@contextlib.contextmanager
def _client(client):
    """The client given, one for a scheduler address, or a new LocalCluster with one
    single-threaded worker process per core; what was opened here is closed on leaving."""
    from distributed import Client, LocalCluster

    owned = []
    try:
        if client is None:
            owned.append(LocalCluster(processes=True, threads_per_worker=1,
                                      dashboard_address=None))
            owned.insert(0, Client(owned[0]))
            client = owned[0]
        elif isinstance(client, str):
            owned.append(Client(client))
            client = owned[0]
        yield client
    finally:
        for o in owned:
            o.close()


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


def _run_database(sink: DatabaseSink, jobs: List[_Job], client, options: dict,
                  progress: bool) -> None:
    from distributed import as_completed, progress as show_progress

    futures = {client.submit(export_task, j.path, j.sha256, sink.generator, options,
                             key=f"budgetpdf-export-{j.sha256}-{i}", pure=False): j
               for i, j in enumerate(jobs)}
    if progress:
        show_progress(list(futures))
    for future in as_completed(futures):
        job = futures[future]
        try:
            rows, status, _code = future.result()
        except Exception as e:  # the worker itself died (KilledWorker): still one file's row
            sink.lost(job, f"{type(e).__name__}: {e}")
        else:
            sink.write(job, rows, status)
        future.release()


def export(paths: Iterable[Union[str, Path]], database: Optional[Union[str, Path]] = None,
           client=None, *, password: Optional[str] = None, max_pages: Optional[int] = None,
           timeout: Optional[float] = None,
           progress: bool = False) -> Union[ExportResult, DatabaseSummary]:
    """Parse every path as one task on a Dask cluster.

    Arguments:
      paths: PDF files (workers read them).
      database: an SQLite file to write into, created when missing: the schema and rows of
        `budgetpdf export -o DATABASE` (docs/sqlite.md), resumed as it resumes (files this
        version already wrote are skipped). None returns DataFrames.
      client: a distributed.Client, a scheduler address ("tcp://host:8786"), or None for a
        LocalCluster on this machine, closed afterwards.
      password, max_pages, timeout: as budgetpdf.parse, for every file.
      progress: show Dask's progress bar.

    A file that fails is a documents row with status "error" and its error code, never a
    failed job. Returns ExportResult(tidy, documents) in the order of `paths`, or with a
    database, DatabaseSummary(files, written, skipped, failed).
    """
    paths = list(dict.fromkeys(str(p) for p in paths))  # each file once
    options = {"password": password, "max_pages": max_pages, "timeout": timeout}
    if database is not None:
        return _export_database(paths, database, client, options, progress)
    rows, frames = {}, {}

    def collect(row: dict, tidy: Optional[pd.DataFrame]) -> None:
        rows[row["path"]] = row
        if tidy is not None:
            frames[row["path"]] = tidy

    with _client(client) as c:
        _run(paths, c, options, collect, progress)
    documents = pd.DataFrame([rows[p] for p in paths], columns=DOCUMENT_COLUMNS)
    parts = [frames[p] for p in paths if p in frames]
    tidy = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=TIDY_COLUMNS)
    return ExportResult(tidy, documents)


def _export_database(paths: List[str], database, client, options: dict,
                     progress: bool) -> DatabaseSummary:
    sink = database_sink(database)
    jobs = sink.plan(paths)
    if jobs:  # no cluster is started when everything was written before
        with _client(client) as c:
            _run_database(sink, jobs, c, options, progress)
    return DatabaseSummary(len(paths), sink.written, sink.skipped, sink.failed)


def _pdfs(args: List[str]) -> List[str]:
    out = []
    for a in args:
        p = Path(a)
        # As `budgetpdf export` walks a folder: every *.pdf (any case), sorted.
        out += sorted(str(x) for x in p.rglob("*") if x.suffix.lower() == ".pdf") \
            if p.is_dir() else [a]
    return out


def _write(df: pd.DataFrame, out: Path) -> None:
    if out.suffix == ".parquet":
        df.to_parquet(out)  # needs pyarrow or fastparquet (not in Debian 12)
    else:
        df.applymap(lambda v: format(v, "f") if hasattr(v, "as_tuple") else v).to_csv(
            out, index=False)


DATABASE_SUFFIXES = (".sqlite", ".sqlite3", ".db")


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="python3 -m budgetpdf.dask",
                                 description="Parse PDFs (files or folders) on a Dask cluster.")
    ap.add_argument("paths", nargs="+", metavar="PATH")
    ap.add_argument("-o", "--output", type=Path, help="OUT.sqlite (or .db): the database of "
                    "`budgetpdf export`, resumed; OUT.csv or OUT.parquet: tidy amounts, the "
                    "documents table beside it as OUT.documents.csv/.parquet")
    ap.add_argument("--scheduler", help="scheduler address, tcp://HOST:PORT (default: a "
                    "LocalCluster on this machine)")
    ap.add_argument("--password")
    ap.add_argument("--max-pages", type=int)
    ap.add_argument("--timeout", type=float)
    a = ap.parse_args(argv)
    if a.output and a.output.suffix in DATABASE_SUFFIXES:
        summary = export(_pdfs(a.paths), database=a.output, client=a.scheduler,
                         password=a.password, max_pages=a.max_pages, timeout=a.timeout,
                         progress=sys.stderr.isatty())
        print(f"budgetpdf.dask: {summary.files} files, {summary.written} written, "
              f"{summary.skipped} skipped, {summary.failed} failed -> {a.output}",
              file=sys.stderr)
        return 0
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
