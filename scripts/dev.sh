#!/usr/bin/env bash
# The README's two Quick start commands:
#   scripts/dev.sh demo   install what is missing, build, print the tables of a bundled sample
#   scripts/dev.sh test   install what is missing, build, run the whole test suite
# Other verbs: build (install + build only), asan (the test suite under ASan+UBSan, in
# build-asan). With CI=true, `test` runs the suite twice: the normal build, then the
# sanitizer build (the CI sanitizer stage; see docs/robustness.md).
set -euo pipefail
cd "$(dirname "$0")/.."

verb="${1:-demo}"
jobs="$(nproc)"
build_dir="${BUDGETPDF_BUILD_DIR:-build}"
cmake_flags=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo)
if [[ "${CI:-}" == "true" ]]; then cmake_flags+=(-DBUDGETPDF_WERROR=ON); fi
# ASan + UBSan at -O1: fast enough to run every test, still precise stack traces. Warnings
# are not errors here: GCC's instrumentation gives false -Wmaybe-uninitialized (std::regex);
# the normal build already holds the code to -Werror.
asan_flags=(-DBUDGETPDF_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
  "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g" -DBUDGETPDF_WERROR=OFF)
asan_env=(ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
  "LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1)
if [[ "$verb" == "asan" ]]; then
  build_dir="${build_dir}-asan"
  cmake_flags+=("${asan_flags[@]}")
fi

# The test suite also generates probe documents (tests/probe_documents.sh): the generator's
# packages too.
if [[ "$verb" == "test" || "$verb" == "asan" ]]; then
  scripts/bootstrap.sh --generator
else
  scripts/bootstrap.sh
fi
cmake -S . -B "$build_dir" "${cmake_flags[@]}" >/dev/null
cmake --build "$build_dir" -j "$jobs"

case "$verb" in
  build) ;;
  demo) "$build_dir/budgetpdf" parse samples/s01_korla_2024_budget.pdf --format text ;;
  test) ctest --test-dir "$build_dir" --output-on-failure -j "$jobs" ;;
  asan) env "${asan_env[@]}" ctest --test-dir "$build_dir" --output-on-failure -j "$jobs" -E '^package_' -LE ocr_heavy ;;
  *) echo "usage: scripts/dev.sh [demo|test|build|asan]" >&2; exit 2 ;;
esac

# CI sanitizer stage: the whole suite again under ASan + UBSan (leaks included).
if [[ "$verb" == "test" && "${CI:-}" == "true" ]]; then
  asan_dir="${build_dir}-asan"
  echo "dev.sh: sanitizer stage (ASan + UBSan) in $asan_dir"
  cmake -S . -B "$asan_dir" "${cmake_flags[@]}" "${asan_flags[@]}" >/dev/null
  cmake --build "$asan_dir" -j "$jobs"
  # package_* build a consumer against the installed static library without the sanitizer
  # runtime (undefined __asan_* symbols); packaging is covered by the first stage.
  env "${asan_env[@]}" ctest --test-dir "$asan_dir" --output-on-failure -j "$jobs" -E '^package_' \
    -LE ocr_heavy
fi
