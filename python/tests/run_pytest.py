"""ctest's entry to the Python tests: run_pytest.py PYTHONPATH CLI TEST_FILE...

Exits 77 (ctest: skipped) when the module was not built (PYTHONPATH empty) or pytest or
pandas is missing; otherwise runs pytest on the test files with Debian's python3."""

import os
import sys

SKIPPED = 77


def main() -> int:
    pythonpath, cli, tests = sys.argv[1], sys.argv[2], sys.argv[3:]
    if not pythonpath:
        print("budgetpdf Python module not built (BUDGETPDF_PYTHON=OFF): skipped")
        return SKIPPED
    try:
        import pandas  # noqa: F401
        import pytest
    except ImportError as e:
        print(f"{e}: skipped (scripts/bootstrap.sh installs python3-pytest, python3-pandas)")
        return SKIPPED
    # Workers that Dask starts in other processes find the module through the environment.
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [pythonpath,
                                                             os.environ.get("PYTHONPATH")]))
    os.environ["BUDGETPDF_CLI"] = cli
    os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
    sys.path.insert(0, pythonpath)
    here = os.path.dirname(os.path.abspath(__file__))
    args = ["-q", "-p", "no:cacheprovider", "-rs"] + [os.path.join(here, t) for t in tests]
    return pytest.main(args)


if __name__ == "__main__":
    sys.exit(main())
