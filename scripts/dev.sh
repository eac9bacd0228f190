#!/usr/bin/env bash
# The README's two Quick start commands:
#   scripts/dev.sh demo   install what is missing, build, print the tables of a bundled sample
#   scripts/dev.sh test   install what is missing, build, run the whole test suite
# Other verbs: build (install + build only), asan (the test suite under ASan+UBSan).
set -euo pipefail
cd "$(dirname "$0")/.."

verb="${1:-demo}"
jobs="$(nproc)"
build_dir="${BUDGETPDF_BUILD_DIR:-build}"
cmake_flags=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo)
if [[ "${CI:-}" == "true" ]]; then cmake_flags+=(-DBUDGETPDF_WERROR=ON); fi
if [[ "$verb" == "asan" ]]; then
  build_dir="${build_dir}-asan"
  cmake_flags+=(-DBUDGETPDF_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug)
fi

scripts/bootstrap.sh
cmake -S . -B "$build_dir" "${cmake_flags[@]}" >/dev/null
cmake --build "$build_dir" -j "$jobs"

case "$verb" in
  build) ;;
  demo) "$build_dir/budgetpdf" parse samples/s01_korla_2024_budget.pdf --format text ;;
  test | asan) ctest --test-dir "$build_dir" --output-on-failure -j "$jobs" ;;
  *) echo "usage: scripts/dev.sh [demo|test|build|asan]" >&2; exit 2 ;;
esac
