#!/usr/bin/env bash
# Times every Benchmarks/*.js in our interpreter (release build) and in V8's Ignition
# interpreter (`node --max-opt=0`), interleaved, and prints the median wall time of each and
# their ratio. Outputs must match, or the row says so. Usage: Scripts/bench-interpreter.sh [RUNS]
# (The full harness of every tier against every node tier arrives with the benchmark issue.)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
swift build -c release --product jsjit >/dev/null
jsjit=.build/release/jsjit

seconds() { # seconds COMMAND... : wall time of one run, output discarded
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }'
}
median() { tr ' ' '\n' | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

printf '%-16s %12s %12s %8s\n' program "ours (s)" "ignition (s)" ratio
for program in Benchmarks/*.js; do
    name=$(basename "$program" .js)
    if ! cmp -s <("$jsjit" --tier interpreter "$program") <(node "$program"); then
        printf '%-16s %s\n' "$name" "OUTPUT DIFFERS FROM NODE"
        continue
    fi
    ours=() theirs=()
    for _ in $(seq "$runs"); do
        ours+=("$(seconds "$jsjit" --tier interpreter "$program")")
        theirs+=("$(seconds node --max-opt=0 "$program")")
    done
    a=$(echo "${ours[*]}" | median)
    b=$(echo "${theirs[*]}" | median)
    printf '%-16s %12.3f %12.3f %8.2f\n' "$name" "$a" "$b" "$(awk -v a="$a" -v b="$b" 'BEGIN { print a / b }')"
done
