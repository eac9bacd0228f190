"""Python module throughput: budgetpdf.parse over a folder of PDFs with a ThreadPoolExecutor
of 1 thread, then N threads (the GIL is released while parsing), alternating, R rounds.

  PYTHONPATH=build/python /usr/bin/python3 bench/python_threads.py ../shared/corpus/pdf \
      [--threads 2] [--rounds 3]

Figures go to docs/performance.md; timing targets are never tests."""

import argparse
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import budgetpdf


def parse_or_error(path):
    try:
        return budgetpdf.parse(path).page_count
    except budgetpdf.Error:
        return 0


def run(paths, threads):
    """(wall seconds, CPU seconds of the process, pages parsed)."""
    start, cpu = time.perf_counter(), time.process_time()
    with ThreadPoolExecutor(max_workers=threads) as pool:
        pages = sum(pool.map(parse_or_error, paths))
    return time.perf_counter() - start, time.process_time() - cpu, pages


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args()
    paths = sorted(a.folder.glob("*.pdf"))
    if not paths:
        sys.exit(f"no PDFs in {a.folder}")
    times = {1: [], a.threads: []}
    for _ in range(a.rounds):
        for n in times:
            seconds, cpu, pages = run(paths, n)
            times[n].append(seconds)
            # CPU/wall is the parallelism the machine granted: near n when n cores were free.
            print(f"{n} thread(s): {len(paths)} files, {pages} pages, {seconds:.2f} s wall, "
                  f"{cpu:.2f} s CPU ({cpu / seconds:.2f} cores)", flush=True)
    one, many = statistics.median(times[1]), statistics.median(times[a.threads])
    print(f"median: 1 thread {one:.2f} s, {a.threads} threads {many:.2f} s, "
          f"speed-up {one / many:.2f}x")


if __name__ == "__main__":
    main()
