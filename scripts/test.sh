#!/usr/bin/env bash
# Runs every test after set-up and build (npm test calls this): the C++ unit tests through ctest,
# then the tap suites on the compiled TypeScript, then one closing line with the counts.
set -uo pipefail
cd "$(dirname "$0")/.."

log=$(mktemp)

echo "== C++ unit tests (ctest)"
native_log=$(mktemp)
trap 'rm -f "$log" "$native_log"' EXIT
# --no-tests=error: a build that registered no test is a failure, not an empty pass.
ctest --test-dir build --output-on-failure --no-tests=error -V | tee "$native_log"
native_rc=${PIPESTATUS[0]}
cat "$native_log" >> "$log"
# The test binary prints "N passed, N failed" as its last word; a binary that crashed did not, and
# counts as one failure in the closing line rather than vanishing from it.
if ! grep -Eq '^([0-9]+: )?[0-9]+ passed, [0-9]+ failed$' "$native_log"; then
  echo "C++ unit tests: the test binary ended (status $native_rc) without its summary line; counted as 1 failure"
  echo "0 passed, 1 failed" >> "$log"
  native_rc=1
fi

echo "== TypeScript tests (tap)"
# Files run one at a time: several suites start VMs or containerd, and this machine has 2 cores.
npx tap --jobs=1 "dist/test/**/*.test.js" "$@" | tee -a "$log"
tap_rc=${PIPESTATUS[0]}

node scripts/test-summary.mjs "$log"
[[ $native_rc -eq 0 && $tap_rc -eq 0 ]]
