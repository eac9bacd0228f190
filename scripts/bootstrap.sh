#!/usr/bin/env bash
# Installs, with apt-get, exactly the Debian 12 packages budgetpdf needs that are missing.
# Safe to run again: it installs nothing when everything is there. Needs root (or sudo).
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config ccache git clang-format
  libpoppler-cpp-dev libpoppler-private-dev poppler-data poppler-utils
  libicu-dev libboost1.81-dev doctest-dev nlohmann-json3-dev
  qpdf libsqlite3-dev
  # OCR of scanned pages (lib/ocr, docs/ocr.md): Tesseract with its Chinese model, the
  # orientation model (osd), and the English model, which reads short figures standing alone
  # ("01", "11" in narrow code cells) that chi_sim takes for ideographs.
  libtesseract-dev libleptonica-dev tesseract-ocr-chi-sim tesseract-ocr-osd tesseract-ocr-eng
  # The Python module (python/, docs/python.md): Debian's python3 and its packages only.
  python3 python3-dev python3-pybind11 python3-numpy python3-pandas python3-pytest
  python3-dask python3-distributed
  # tests/ocr_test.cpp makes scans of the samples with tools/gen_scans.py
  python3-pil
  # The CLI allocates through tcmalloc_minimal (cmake/dependencies.cmake): about 8% less CPU
  libgoogle-perftools-dev
)
# The document generator (tools/gen_samples): to regenerate samples/ and families, and for
# the probe documents the test suite generates (dev.sh test and asan ask for it).
if [[ "${1:-}" == "--generator" ]]; then
  # Faces the probe's house styles print in (tools/gen_samples/tablelib.py FONT_FILES).
  packages+=(python3 python3-reportlab fonts-wqy-zenhei fonts-wqy-microhei fonts-arphic-uming
    fonts-arphic-ukai fonts-dejavu-core)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo "bootstrap: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
if ((EUID != 0)); then sudo="sudo"; fi
echo "bootstrap: installing ${missing[*]}"
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
