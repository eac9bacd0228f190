#!/usr/bin/python3
"""Mutation test: damaged copies of the corpus PDFs through `budgetpdf parse`.

Makes N mutated copies (default 1000) of the corpus PDFs -- truncations, byte flips, block
duplication, deletion and overwriting -- in a temporary directory (never in the repository),
runs the CLI on each (build it with sanitizers: `bash scripts/dev.sh asan`) under a timeout,
and classifies every run:

  ok        exit 0, tables written
  <code>    a typed error: exit 10-18 (docs/error-codes.md), e.g. damaged_pdf
  internal  exit 70: an unexpected exception, a bug
  crash     killed by a signal, or a sanitizer report (ASan, UBSan, LeakSanitizer) on stderr
  hang      still running at the timeout

Exits 0 when no run is internal, crash or hang; 1 otherwise. Failing inputs are kept in
--keep (default: a directory named in the report) with their stderr.

  /usr/bin/python3 scripts/mutate_corpus.py                      # 1000 mutants, build-asan
  /usr/bin/python3 scripts/mutate_corpus.py --count 50 --originals --jobs 2
"""
import argparse
import collections
import concurrent.futures
import os
import pathlib
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
TYPED = {10: "io_error", 11: "not_a_pdf", 12: "damaged_pdf", 13: "encrypted",
         14: "no_text_layer", 15: "no_tables", 16: "too_large", 17: "timed_out", 18: "unreadable_text"}
SANITIZER_MARKS = ("ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error:",
                   "SUMMARY: UndefinedBehaviorSanitizer", "AddressSanitizer:DEADLYSIGNAL")


def default_corpus():
    # The shared folder as the tests find it: $BUDGETPDF_SHARED, else ../shared beside the
    # repository (tests/test_paths.cpp).
    shared = os.environ.get("BUDGETPDF_SHARED") or str(ROOT.parent / "shared")
    p = pathlib.Path(shared) / "corpus" / "pdf"
    return p if p.is_dir() else ROOT / "samples"


# --- mutations ---------------------------------------------------------------------------

def truncate(data, rng):
    # Mostly near the end (a download cut short), sometimes anywhere.
    if rng.random() < 0.5:
        return data[: max(1, len(data) - rng.randint(1, min(len(data) - 1, 65536)))], "truncate-tail"
    return data[: rng.randint(1, len(data) - 1)], "truncate"


def flip(data, rng):
    b = bytearray(data)
    for _ in range(rng.choice((1, 2, 4, 8, 16, 64))):
        i = rng.randrange(len(b))
        b[i] ^= rng.randint(1, 255)
    return bytes(b), "flip"


def block(data, rng):
    n = rng.randint(1, min(len(data) // 2, 4096))
    start = rng.randrange(len(data) - n)
    kind = rng.choice(("duplicate", "delete", "overwrite", "move"))
    if kind == "duplicate":
        at = rng.randrange(len(data))
        return data[:at] + data[start:start + n] + data[at:], "block-duplicate"
    if kind == "delete":
        return data[:start] + data[start + n:], "block-delete"
    if kind == "overwrite":
        return data[:start] + bytes(rng.randrange(256) for _ in range(n)) + data[start + n:], \
            "block-overwrite"
    piece, rest = data[start:start + n], data[:start] + data[start + n:]
    at = rng.randrange(len(rest))
    return rest[:at] + piece + rest[at:], "block-move"


def mutate(data, rng):
    """One to three mutations; the kind reported is the first."""
    kinds = []
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        if len(data) < 16:
            break
        data, kind = rng.choice((truncate, flip, flip, block, block))(data, rng)
        kinds.append(kind)
    return data, "+".join(kinds) or "none"


# --- running -----------------------------------------------------------------------------

def run(cli, path, timeout, parse_timeout):
    env = dict(os.environ)
    env.setdefault("ASAN_OPTIONS", "detect_leaks=1:abort_on_error=0")
    env.setdefault("UBSAN_OPTIONS", "print_stacktrace=1:halt_on_error=1")
    start = time.monotonic()
    proc = subprocess.Popen([str(cli), "parse", str(path), "--timeout", str(parse_timeout),
                             "-o", os.devnull], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env=env, start_new_session=True)
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        _, err = proc.communicate()
        return "hang", time.monotonic() - start, err.decode("utf-8", "replace")
    seconds = time.monotonic() - start
    err = err.decode("utf-8", "replace")
    rc = proc.returncode
    if rc < 0 or any(m in err for m in SANITIZER_MARKS):
        return "crash", seconds, err
    if rc == 0:
        return "ok", seconds, err
    if rc in TYPED:
        return TYPED[rc], seconds, err
    if rc == 70:
        return "internal", seconds, err
    return "crash", seconds, err  # any other status: something exited that should not have


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=1000, help="mutants to make (default 1000)")
    ap.add_argument("--corpus", type=pathlib.Path, default=default_corpus(),
                    help="directory of PDFs to mutate (default the shared corpus)")
    ap.add_argument("--cli", type=pathlib.Path, default=ROOT / "build-asan" / "budgetpdf",
                    help="the budgetpdf binary (default build-asan/budgetpdf)")
    ap.add_argument("--timeout", type=float, default=120,
                    help="seconds before a run counts as a hang (default 120)")
    ap.add_argument("--parse-timeout", type=float, default=60,
                    help="budgetpdf's own --timeout (default 60): must end as timed_out first")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--originals", action="store_true",
                    help="also run every corpus file unmutated")
    ap.add_argument("--keep", type=pathlib.Path, help="where failing inputs are copied")
    args = ap.parse_args()

    if not args.cli.exists():
        sys.exit(f"mutate_corpus: {args.cli} not found (bash scripts/dev.sh asan builds it)")
    sources = sorted(args.corpus.glob("*.pdf"))
    if not sources:
        sys.exit(f"mutate_corpus: no PDFs in {args.corpus}")
    keep = args.keep or pathlib.Path(tempfile.gettempdir()) / "budgetpdf-mutants-failed"
    work = pathlib.Path(tempfile.mkdtemp(prefix="budgetpdf-mutants-"))
    rng = random.Random(args.seed)
    originals = {p: p.read_bytes() for p in sources}

    jobs = []
    if args.originals:
        jobs += [(p.name, "original", p) for p in sources]
    for i in range(args.count):
        src = rng.choice(sources)
        data, kind = mutate(originals[src], rng)
        path = work / f"{i:05d}_{src.stem}.pdf"
        path.write_bytes(data)
        jobs.append((path.name, kind, path))

    print(f"mutate_corpus: {len(sources)} PDFs from {args.corpus}, {args.count} mutants in {work}, "
          f"{args.cli}, timeout {args.timeout:g} s, {args.jobs} job(s), seed {args.seed}",
          flush=True)
    outcomes = collections.Counter()
    by_kind = collections.defaultdict(collections.Counter)
    failures = []
    slowest = (0.0, "")
    started = time.monotonic()

    def task(job):
        name, kind, path = job
        return job, run(args.cli, path, args.timeout, args.parse_timeout)

    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for n, ((name, kind, path), (result, seconds, err)) in enumerate(
                pool.map(task, jobs), 1):
            outcomes[result] += 1
            by_kind[kind.split("+")[0]][result] += 1
            slowest = max(slowest, (seconds, name))
            if result in ("crash", "hang", "internal"):
                keep.mkdir(parents=True, exist_ok=True)
                shutil.copy(path, keep / name)
                (keep / (name + ".stderr")).write_text(err)
                lines = err.strip().splitlines()
                marked = [l for l in lines if any(m in l for m in SANITIZER_MARKS)]
                failures.append((name, kind, result, marked[:2] or lines[-2:]))
                print(f"  {result}: {name} ({kind})", flush=True)
            if path.parent == work:
                path.unlink()
            if n % 100 == 0:
                print(f"  {n}/{len(jobs)} done, {time.monotonic() - started:.0f} s", flush=True)
    shutil.rmtree(work, ignore_errors=True)

    total = sum(outcomes.values())
    print(f"\n{total} runs in {time.monotonic() - started:.0f} s "
          f"(slowest {slowest[0]:.1f} s: {slowest[1]})")
    for result, count in outcomes.most_common():
        print(f"  {result:14} {count:5}")
    print("by first mutation:")
    for kind in sorted(by_kind):
        print(f"  {kind:16} " + ", ".join(f"{r} {c}" for r, c in by_kind[kind].most_common()))
    if failures:
        print(f"\n{len(failures)} failures, inputs and stderr kept in {keep}:")
        for name, kind, result, tail in failures:
            print(f"  {result}: {name} ({kind}): {' | '.join(tail)}")
        return 1
    print("no crash, hang or internal error")
    return 0


if __name__ == "__main__":
    sys.exit(main())
