#!/usr/bin/python3
"""Check that every amount in each samples/*.pdf.json appears in the PDF's text.

    /usr/bin/python3 tools/gen_samples/check_truth.py [samples]

For each table, the text of the table's pages (pdftotext -layout, thousands separators
removed) must contain every truth value; a number wrapped inside its cell ("168,441" over
".81") is accepted when both its integer part and its ".81" part are on those pages.
Also checks that every truth page exists. Exit status 1 if anything is missing.
"""

import glob
import json
import os
import re
import subprocess
import sys


def page_text(pdf, page):
    out = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), pdf, "-"],
                         check=True, capture_output=True, text=True).stdout
    return out


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else "samples"
    bad = 0
    total = 0
    for jf in sorted(glob.glob(os.path.join(d, "*.pdf.json"))):
        truth = json.load(open(jf, encoding="utf-8"))
        pdf = jf[:-5]
        npages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True,
                                                                   text=True).stdout).group(1))
        cache = {}
        missing = []
        n = 0
        for t in truth["tables"]:
            for p in t["pages"]:
                if not 1 <= p <= npages:
                    missing.append(f"{t['title']}: page {p} out of range")
            text = "\n".join(cache.setdefault(p, page_text(pdf, p)) for p in t["pages"])
            flat = text.replace(",", "")
            tokens = set(re.findall(r"[-\d.%]+", flat))
            for b in t["blocks"]:
                for r in b["rows"]:
                    for v in r["values"]:
                        if v is None:
                            continue
                        n += 1
                        if v in tokens:
                            continue
                        ip, dot, dp = v.partition(".")
                        if dot and ip in tokens and "." + dp in tokens:
                            continue  # wrapped inside its cell
                        missing.append(f"{t['number'] or t['title']}: {r['name']} {v}")
        total += n
        bad += len(missing)
        status = "ok" if not missing else f"{len(missing)} MISSING"
        print(f"{os.path.basename(pdf)}: {len(truth['tables'])} tables, {n} values checked, {status}")
        for m in missing[:20]:
            print("   ", m)
    print(f"total: {total} values, {bad} missing")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
