#!/usr/bin/env bash
# Run the whole test suite N times with one busy-loop process per core beside it, and print
# pass or fail for each run. Python's faulthandler output of a run that dies is kept in its log.
#
#   tests/stress.sh 5            # five runs; exits 0 only when all five pass
#   STRESS_LOGS=DIR tests/stress.sh 3
#
# Uses .venv/bin/python (the README's test command creates it) or $PYTHON.
set -u
n=${1:-5}
cd "$(dirname "$0")/.."
py=${PYTHON:-.venv/bin/python}
logs=${STRESS_LOGS:-$(mktemp -d -t kit-stress.XXXXXX)}
mkdir -p "$logs"
hogs=()
stop_hogs() { [ ${#hogs[@]} -gt 0 ] && kill "${hogs[@]}" 2>/dev/null; wait 2>/dev/null; }
trap stop_hogs EXIT
trap 'exit 130' INT TERM
for _ in $(seq "$(nproc)"); do
  ( while :; do :; done ) &
  hogs+=($!)
done
echo "stress: $n runs, ${#hogs[@]} busy-loop processes beside them, logs in $logs"
passed=0
for i in $(seq "$n"); do
  t0=$(date +%s)
  log="$logs/run-$i.log"
  QT_QPA_PLATFORM=offscreen PYTHONFAULTHANDLER=1 "$py" -X faulthandler -m pytest -p no:cacheprovider >"$log" 2>&1
  rc=$?
  took=$(( $(date +%s) - t0 ))
  summary=$(grep -E "(passed|failed|error)" "$log" | tail -n 1)
  if [ "$rc" -eq 0 ]; then
    passed=$((passed + 1))
    echo "run $i: pass in ${took} s: $summary"
  else
    echo "run $i: FAIL (exit $rc) in ${took} s: ${summary:-no summary line}; log: $log"
    grep -E "^(FAILED|ERROR)|Fatal Python error|Timeout" "$log" | head -n 10 | sed 's/^/    /'
  fi
done
echo "stress: $passed of $n runs passed"
[ "$passed" -eq "$n" ]
