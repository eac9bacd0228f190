"""Shared fixtures: the bundled samples, and the CLI's JSON and CSV for each."""

import csv
import io
import json
import os
import subprocess
from pathlib import Path

import pytest

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "samples").glob("*.pdf"))


def cli(*args: str) -> str:
    return subprocess.run([os.environ["BUDGETPDF_CLI"], *args], check=True,
                          capture_output=True).stdout.decode("utf-8")


@pytest.fixture(scope="session")
def samples():
    assert SAMPLES, "no samples/*.pdf"
    return SAMPLES


def cli_json(path: Path) -> dict:
    return json.loads(cli("parse", str(path), "--format", "json"))


def cli_csv(path: Path) -> list:
    return list(csv.reader(io.StringIO(cli("parse", str(path), "--format", "csv"), newline="")))
