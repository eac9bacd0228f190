"""budgetpdf.dask on a LocalCluster with two worker processes: the same results as parsing
in this process, a bad file as an error row, and the command line against its scheduler."""

import os
import subprocess
import sys

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


def test_database_sink_not_available_yet(client):
    from budgetpdf.dask import export

    with pytest.raises(NotImplementedError):
        export(SAMPLES[:1], database="corpus.sqlite", client=client)


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
