#!/usr/bin/python3
"""Regenerate every sample PDF and its ground-truth JSON:

    /usr/bin/python3 tools/gen_samples/generate.py --out samples
"""

import argparse
import importlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

SPECS = [
    "s01_korla",
    "s02_shanghai_yuan",
    "s03_county_own_codes",
    "s04_beijing_glued",
    "s05_final_accounts",
    "s06_wrapped_numbers",
    "s07_unruled",
    "s08_three_line",
    "s09_rotated",
    "s10_projects_glued",
    "s11_yuan_plain",
    "s12_final_tables_only",
]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="samples", help="output folder (default: samples)")
    ap.add_argument("--only", nargs="*", help="spec modules to build (default: all)")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for name in SPECS:
        if a.only and name not in a.only and not any(name.startswith(o) for o in a.only):
            continue
        mod = importlib.import_module(name)
        doc = mod.build(a.out)
        print(f"{doc.file_name}: {doc.page} pages, {len(doc.tables)} tables")


if __name__ == "__main__":
    main()
