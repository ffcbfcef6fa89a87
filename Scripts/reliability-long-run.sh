#!/usr/bin/env bash
# The reliability suite (Tests/SotongReliabilityTests, Docs/Reliability.md) with the long counts:
# 1,000 writer processes killed with SIGKILL, 100,000 generated inputs per property (four
# properties), 200 random mutations of the 100,000-event log on top of the fixed ones.
# Prints each test's figures and a summary; exits non-zero when a test failed.
#
# Usage: Scripts/reliability-long-run.sh [LOG]      (LOG: full test output, default .build/reliability-long-run.log)
# Override the counts with SOTONG_CRASH_RUNS, SOTONG_GENERATED_CASES, SOTONG_TAMPER_MUTATIONS;
# SOTONG_SEED fixes the random choices (a failure message names the seed to rerun it with).
# Takes about 20 minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."

export SOTONG_CRASH_RUNS="${SOTONG_CRASH_RUNS:-1000}"
export SOTONG_GENERATED_CASES="${SOTONG_GENERATED_CASES:-100000}"
export SOTONG_TAMPER_MUTATIONS="${SOTONG_TAMPER_MUTATIONS:-200}"
export SOTONG_SEED="${SOTONG_SEED:-$(date +%s)}"
log="${1:-.build/reliability-long-run.log}"
report="$(mktemp)"
export SOTONG_RELIABILITY_REPORT="$report"
trap 'rm -f "$report"' EXIT

echo "reliability long run: $SOTONG_CRASH_RUNS kills, $SOTONG_GENERATED_CASES inputs per property," \
     "$SOTONG_TAMPER_MUTATIONS random mutations, seed $SOTONG_SEED"
swift build --build-tests 2>&1 | grep -E "error|warning" || true
start=$(date +%s)
status=0
swift test --skip-build --filter SotongReliabilityTests >"$log" 2>&1 || status=$?
elapsed=$(( $(date +%s) - start ))

echo
echo "== figures =="
cat "$report"
echo
echo "== summary =="
grep -E "Test run with" "$log" | tail -1 || true
grep -E "^✘ Test" "$log" | head -20 || true
echo "seed $SOTONG_SEED; $elapsed s; full output in $log"
exit "$status"
