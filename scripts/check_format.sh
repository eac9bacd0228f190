#!/usr/bin/env bash
# Fails when a tracked C++ file differs from clang-format's output (.clang-format).
# Exit 77 (ctest: skipped) when clang-format or git is missing.
set -uo pipefail
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || { echo "SKIPPED: clang-format not installed"; exit 77; }
git rev-parse --is-inside-work-tree >/dev/null 2>&1 || { echo "SKIPPED: not a git checkout"; exit 77; }
mapfile -t files < <(git ls-files '*.cpp' '*.hpp')
clang-format --dry-run --Werror "${files[@]}"
