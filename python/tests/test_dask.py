"""budgetpdf.dask on a LocalCluster with two worker processes: the same results as parsing
in this process, the same database as `budgetpdf export`, a bad file as an error row, and
the command line against its scheduler."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import budgetpdf
import pandas as pd
import pytest
from conftest import SAMPLES

distributed = pytest.importorskip("distributed", reason="python3-distributed not installed")


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


@pytest.fixture(scope="module")
def bad_file(tmp_path_factory):
    p = tmp_path_factory.mktemp("bad") / "error_page.pdf"
    p.write_bytes(b"<html><body>503 Service Unavailable</body></html>")
    return p


def test_export_equals_single_process(client, bad_file):
    from budgetpdf.dask import export

    paths = SAMPLES + [bad_file]
    tidy, documents = export(paths, client=client)
    assert len(client.scheduler_info()["workers"]) == 2
    expected = pd.concat([budgetpdf.parse(p).to_pandas() for p in SAMPLES], ignore_index=True)
    assert tidy.equals(expected)
    assert list(documents["path"]) == [str(p) for p in paths]
    assert list(documents["status"]) == ["ok"] * len(SAMPLES) + ["error"]
    assert documents["error_code"].iloc[-1] == "not_a_pdf"
    assert list(documents["amounts"].iloc[:-1]) == [
        len(budgetpdf.parse(p).to_pandas()) for p in SAMPLES]


# Columns that differ between two runs over the same files: the row number, when and under
# which path (the CLI is given the samples folder, budgetpdf.dask absolute paths) it was written.
RUN_COLUMNS = {"documents": {"doc_id", "path", "written_at"}}


def _contents(db: Path) -> dict:
    """Every table of the database: its rows without RUN_COLUMNS, sorted."""
    con = sqlite3.connect(db)
    try:
        out = {}
        names = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for name in names:
            cols = [r[1] for r in con.execute(f"PRAGMA table_info({name})")
                    if r[1] not in RUN_COLUMNS.get(name, set())]
            rows = con.execute(f"SELECT {', '.join(cols)} FROM {name}").fetchall()
            out[name] = (cols, sorted(rows, key=repr))
        out["user_version"] = con.execute("PRAGMA user_version").fetchone()
        out["application_id"] = con.execute("PRAGMA application_id").fetchone()
        out["schema"] = sorted(con.execute("SELECT type, name, sql FROM sqlite_master"),
                               key=repr)
        return out
    finally:
        con.close()


def _cli_export(out: Path, *paths) -> subprocess.CompletedProcess:
    repo = Path(__file__).resolve().parents[2]
    return subprocess.run([os.environ["BUDGETPDF_CLI"], "export", *map(str, paths), "-o",
                           str(out), "--jobs", "2"], cwd=repo, capture_output=True, text=True,
                          timeout=300)


def test_database_equals_cli_export(client, bad_file, tmp_path):
    from budgetpdf.dask import export

    ours, theirs = tmp_path / "corpus.sqlite", tmp_path / "other.sqlite"
    summary = export(SAMPLES + [bad_file], database=ours, client=client)
    assert len(client.scheduler_info()["workers"]) == 2
    assert summary == (len(SAMPLES) + 1, len(SAMPLES) + 1, 0, 1)
    run = _cli_export(theirs, "samples", bad_file)
    assert run.returncode == 0, run.stderr
    a, b = _contents(ours), _contents(theirs)
    assert a.keys() == b.keys()
    for name in a:
        assert a[name] == b[name], name
    # Every table is compared, with rows in it.
    assert {"documents", "tables", "rows", "amounts", "columns", "checks"} <= a.keys()
    assert all(len(a[t][1]) > 0 for t in ("tables", "rows", "amounts", "columns", "checks"))
    con = sqlite3.connect(ours)
    docs = con.execute("SELECT path, sha256, status, error_code FROM documents").fetchall()
    con.close()
    assert sorted(d[0] for d in docs) == sorted(str(p) for p in SAMPLES + [bad_file])
    assert sorted((d[1], d[2]) for d in docs if d[2] == "ok") == sorted(
        (budgetpdf.parse(p).sha256, "ok") for p in SAMPLES)
    # The HTML page is the one error row, with its typed code.
    assert [(d[0], d[2], d[3]) for d in docs if d[2] != "ok"] == [
        (str(bad_file), "error", "not_a_pdf")]


def test_rerun_skips_everything(client, bad_file, tmp_path):
    from budgetpdf.dask import export

    db = tmp_path / "corpus.sqlite"
    paths = SAMPLES[:3] + [bad_file]
    assert export(paths, database=db, client=client) == (4, 4, 0, 1)
    before = _contents(db)
    con = sqlite3.connect(db)
    stamps = con.execute("SELECT sha256, written_at FROM documents ORDER BY doc_id").fetchall()
    con.close()
    assert export(paths, database=db, client=client) == (4, 0, 4, 0)
    assert _contents(db) == before
    con = sqlite3.connect(db)
    assert con.execute(
        "SELECT sha256, written_at FROM documents ORDER BY doc_id").fetchall() == stamps
    con.close()
    # The export command's own resume skips what budgetpdf.dask wrote, and the other way.
    run = _cli_export(db, *paths[:3])
    assert run.returncode == 0 and "3 files: 0 parsed, 3 skipped" in run.stderr, run.stderr
    assert _contents(db) == before
    theirs = tmp_path / "other.sqlite"
    assert _cli_export(theirs, SAMPLES[0]).returncode == 0
    assert export(SAMPLES[:2], database=theirs, client=client) == (2, 1, 1, 0)


def test_database_of_another_program_is_refused(tmp_path):
    from budgetpdf import _core
    from budgetpdf.dask import export

    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t(x)")
    con.commit()
    con.close()
    with pytest.raises(_core.DatabaseError):
        export(SAMPLES[:1], database=other)


def test_command_line_with_scheduler(client, bad_file, tmp_path):
    out = tmp_path / "corpus.csv"
    run = subprocess.run([sys.executable, "-m", "budgetpdf.dask", *map(str, SAMPLES[:2]),
                          str(bad_file), "-o", str(out), "--scheduler", client.scheduler.address],
                         capture_output=True, text=True, env=os.environ, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "3 files, 1 failed" in run.stderr
    tidy = pd.read_csv(out, dtype=str, keep_default_na=False)
    expected = pd.concat([budgetpdf.parse(p).to_pandas() for p in SAMPLES[:2]])
    assert list(tidy["row_id"]) == list(expected["row_id"])
    assert list(tidy["value"]) == [format(v, "f") for v in expected["value"]]
    docs = pd.read_csv(tmp_path / "corpus.documents.csv")
    assert list(docs["status"]) == ["ok", "ok", "error"]


def test_command_line_writes_database(client, bad_file, tmp_path):
    db = tmp_path / "corpus.sqlite"
    run = subprocess.run([sys.executable, "-m", "budgetpdf.dask", *map(str, SAMPLES[:2]),
                          str(bad_file), "-o", str(db), "--scheduler", client.scheduler.address],
                         capture_output=True, text=True, env=os.environ, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "3 files, 3 written, 0 skipped, 1 failed" in run.stderr
    con = sqlite3.connect(db)
    status = dict(con.execute("SELECT path, status FROM documents").fetchall())
    con.close()
    assert status == {str(SAMPLES[0]): "ok", str(SAMPLES[1]): "ok", str(bad_file): "error"}
