#!/usr/bin/env bash
# Runs every test after set-up and build (npm test calls this): the C++ unit tests through ctest,
# then the tap suites on the compiled TypeScript.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== C++ unit tests (ctest)"
ctest --test-dir build --output-on-failure

echo "== TypeScript tests (tap)"
# Files run one at a time: several suites start VMs or containerd, and this machine has 2 cores.
npx tap --jobs=1 "dist/test/**/*.test.js" "$@"
