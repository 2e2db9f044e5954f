#!/usr/bin/env bash
# Runs every test after set-up and build (npm test calls this): the C++ unit tests through ctest,
# then the tap suites on the compiled TypeScript, then one closing line with the counts.
set -uo pipefail
cd "$(dirname "$0")/.."

log=$(mktemp)
trap 'rm -f "$log"' EXIT

echo "== C++ unit tests (ctest)"
ctest --test-dir build --output-on-failure -V | tee -a "$log"
native_rc=${PIPESTATUS[0]}

echo "== TypeScript tests (tap)"
# Files run one at a time: several suites start VMs or containerd, and this machine has 2 cores.
npx tap --jobs=1 "dist/test/**/*.test.js" "$@" | tee -a "$log"
tap_rc=${PIPESTATUS[0]}

node scripts/test-summary.mjs "$log"
[[ $native_rc -eq 0 && $tap_rc -eq 0 ]]
