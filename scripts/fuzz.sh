#!/usr/bin/env bash
# The libFuzzer targets of the guest-facing parsers (native/fuzz/, docs/fuzzing.md), built with
# clang into build-fuzz/ (a build dir of their own: the normal build/ is untouched), and the
# JavaScript target ttrpc-client (the host's ttrpc client; scripts/fuzz.sh ttrpc-client [SECONDS]).
#
#   scripts/fuzz.sh TARGET [SECONDS]   fuzz one target (default 60 s), niced; new inputs go to
#                                      build-fuzz/corpus/TARGET, crashes to build-fuzz/artifacts/TARGET/
#   scripts/fuzz.sh --smoke [TARGET…]  each target (default: all) for $SMOKE_RUNS runs on its seed
#                                      corpus; exit 0 only when every one ends clean (npm test runs this)
#   scripts/fuzz.sh --build [TARGET…]  configure and build only
#   scripts/fuzz.sh --check            exit 0 when clang++, libFuzzer, cmake and ninja are there, else name what is missing
#   scripts/fuzz.sh --corpus           rewrite the seed inputs in native/fuzz/corpus/ (make_corpus.cc)
#   scripts/fuzz.sh --list             the targets
# Extra libFuzzer flags can follow `--`, e.g. scripts/fuzz.sh vsock 600 -- -jobs=1 -max_len=8192.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=build-fuzz
SMOKE_RUNS=${SMOKE_RUNS:-2000}
# The one list of targets is native/sources.gypi (kata_fuzz_targets): native/fuzz/<target>.cc.
mapfile -t TARGETS < <(node -e '
  const v = JSON.parse(require("fs").readFileSync("native/sources.gypi", "utf8")).variables;
  for (const f of v.kata_fuzz_targets) console.log(require("path").basename(f, ".cc"));')

die() {
  echo "fuzz: $*" >&2
  exit 1
}

need_tools() {
  command -v clang++ >/dev/null || die "clang++ is missing: install the Debian package clang (scripts/setup.sh does; scripts/debian-packages.txt lists it)"
  command -v cmake >/dev/null || die "cmake is missing: install the Debian package cmake"
  command -v ninja >/dev/null || die "ninja is missing: install the Debian package ninja-build"
  local rt
  rt=$(clang++ -print-file-name=libclang_rt.fuzzer-x86_64.a 2>/dev/null || true)
  [[ -f $rt ]] || rt=$(clang++ --print-runtime-dir 2>/dev/null)/libclang_rt.fuzzer-x86_64.a
  [[ -f $rt ]] || die "libFuzzer (libclang_rt.fuzzer-x86_64.a) is missing for $(clang++ --version | head -1): install the Debian package libclang-rt-dev"
}

is_target() {
  local t
  for t in "${TARGETS[@]}"; do [[ $t == "$1" ]] && return 0; done
  return 1
}

# build TARGET…: configures build-fuzz when needed, then builds fuzz_TARGET for each.
build() {
  local names=() t
  for t in "$@"; do names+=("fuzz_$t"); done
  build_cmake "${names[@]}"
}

build_cmake() {
  need_tools
  if [[ ! -f $BUILD/build.ninja ]] || ! grep -q '^KATA_TS_FUZZ:BOOL=ON' "$BUILD/CMakeCache.txt" 2>/dev/null; then
    cmake -S . -B "$BUILD" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Release -DKATA_TS_FUZZ=ON >/dev/null ||
      die "configuring $BUILD failed (see the CMake message above)"
  fi
  set +e
  nice -n 19 cmake --build "$BUILD" -j "$(nproc)" --target "$@" >"$BUILD/build.log" 2>&1
  local rc=$?
  set -e
  if [[ $rc -ne 0 ]]; then
    tail -60 "$BUILD/build.log" >&2
    die "building $* in $BUILD failed (all of it in $BUILD/build.log)"
  fi
}

# smoke TARGET: a fixed number of runs from the seeds, into a scratch corpus (the seeds stay as
# they are); prints one line, returns the fuzzer's status.
smoke() {
  local t=$1 work log rc start
  work=$(mktemp -d)
  log=$BUILD/smoke-$t.log
  mkdir -p "$BUILD/artifacts/$t"
  start=$(date +%s.%N)
  set +e
  nice -n 19 "$BUILD/fuzz_$t" -runs="$SMOKE_RUNS" -seed=1 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$BUILD/artifacts/$t/" "$work" "native/fuzz/corpus/$t" >"$log" 2>&1
  rc=$?
  set -e
  rm -rf "$work"
  local secs execs cov
  secs=$(awk "BEGIN { printf \"%.1f\", $(date +%s.%N) - $start }")
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)
  if [[ $rc -eq 0 ]]; then
    echo "fuzz smoke $t: ok, ${execs:-?} runs, ${cov:-cov: ?}, ${secs}s"
  else
    echo "fuzz smoke $t: FAILED (status $rc) after ${secs}s; the end of $log:"
    tail -40 "$log"
  fi
  return $rc
}

case "${1:-}" in
  "" | -h | --help)
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
    echo "targets: ${TARGETS[*]} ttrpc-client"
    [[ -n ${1:-} ]] || exit 2
    ;;
  --list)
    printf '%s\n' "${TARGETS[@]}"
    ;;
  --check)
    need_tools
    echo "fuzz: $(clang++ --version | head -1), libFuzzer $(clang++ -print-file-name=libclang_rt.fuzzer-x86_64.a)"
    ;;
  --build)
    shift
    sel=("$@")
    ((${#sel[@]})) || sel=("${TARGETS[@]}")
    for t in "${sel[@]}"; do is_target "$t" || die "no target '$t' (targets: ${TARGETS[*]})"; done
    build "${sel[@]}"
    ;;
  --corpus)
    build_cmake fuzz_make_corpus
    "$BUILD/fuzz_make_corpus" native/fuzz/corpus
    ;;
  --smoke)
    shift
    sel=("$@")
    ((${#sel[@]})) || sel=("${TARGETS[@]}")
    for t in "${sel[@]}"; do is_target "$t" || die "no target '$t' (targets: ${TARGETS[*]})"; done
    build "${sel[@]}"
    failed=0
    for t in "${sel[@]}"; do smoke "$t" || failed=1; done
    exit $failed
    ;;
  ttrpc-client)
    # The JavaScript target (test/fuzz/ttrpc-client.ts, built by npm run build): a seeded mutation
    # loop over the host's ttrpc client and the agent's answers; its tap test is the smoke.
    shift
    secs=60
    if [[ ${1:-} =~ ^[0-9]+$ ]]; then
      secs=$1
      shift
    fi
    [[ ${1:-} == -- ]] && shift
    [[ -f dist/test/fuzz/ttrpc-client.js ]] || die "dist/test/fuzz/ttrpc-client.js is missing: run npm run build"
    exec nice -n 19 node dist/test/fuzz/ttrpc-client.js --seconds "$secs" "$@"
    ;;
  -*)
    die "unknown option $1 (see scripts/fuzz.sh --help)"
    ;;
  *)
    t=$1
    shift
    is_target "$t" || die "no target '$t' (targets: ${TARGETS[*]})"
    secs=60
    if [[ ${1:-} =~ ^[0-9]+$ ]]; then
      secs=$1
      shift
    fi
    [[ ${1:-} == -- ]] && shift
    build "$t"
    mkdir -p "$BUILD/corpus/$t" "$BUILD/artifacts/$t"
    echo "fuzz: $t for ${secs}s (nice 19); corpus $BUILD/corpus/$t + native/fuzz/corpus/$t, crashes to $BUILD/artifacts/$t/"
    # -timeout: an input that runs 10 s is a hang (a guest spinning the back-end), not slowness.
    exec nice -n 19 "$BUILD/fuzz_$t" -max_total_time="$secs" -timeout=10 -print_final_stats=1 \
      -artifact_prefix="$BUILD/artifacts/$t/" "$@" "$BUILD/corpus/$t" "native/fuzz/corpus/$t"
    ;;
esac
