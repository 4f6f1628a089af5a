#!/usr/bin/env bash
# The allocation-heavy benchmarks (Benchmarks/alloc_*.js), each allocating many times its live
# set: our allocation rate, collections, pauses and peak RSS (from `jsjit --stats`), side by
# side with node's collections and pauses (`--trace-gc`) and peak RSS. Fails when a program's
# peak RSS passes the bound (default 200 MB): the heap must follow the live set.
# Usage: Scripts/bench-gc.sh [MAX_RSS_MB]
set -euo pipefail
cd "$(dirname "$0")/.."
bound_mb=${1:-200}
swift build -c release --product jsjit >/dev/null
jsjit=.build/release/jsjit
status=0

printf '%-14s | %7s %9s %9s %5s %9s %8s %8s | %7s %5s %9s %8s %8s\n' program "time s" "alloc MB" "MB/s" GCs "pause ms" "max ms" "RSS MB" "node s" GCs "pause ms" "max ms" "RSS MB"
for program in Benchmarks/alloc_*.js; do
    name=$(basename "$program" .js)
    start=$(date +%s.%N)
    stats=$("$jsjit" --stats "$program" 2>&1 >/dev/null)
    end=$(date +%s.%N)
    ours=$(awk -v s="$start" -v e="$end" -v stats="$stats" -v bound="$bound_mb" 'BEGIN {
        n = split(stats, lines, "\n")
        for (i = 1; i <= n; i++) {
            if (lines[i] ~ /^heap:/) { split(lines[i], w, " "); bytes = w[5] }
            if (lines[i] ~ /^garbage collections:/) { gsub(/,/, "", lines[i]); split(lines[i], w, " "); gcs = w[3]; total = w[5]; max = w[8] }
            if (lines[i] ~ /^peak resident set:/) { split(lines[i], w, " "); rss = w[4] / 1024 }
        }
        t = e - s
        printf "%7.2f %9.1f %9.1f %5d %9.1f %8.1f %8.1f", t, bytes / 1048576, bytes / 1048576 / t, gcs, total, max, rss
        if (rss > bound) exit 1
    }') || { status=1; echo "$name: peak RSS above ${bound_mb} MB" >&2; }
    if command -v node >/dev/null; then
        start=$(date +%s.%N)
        trace=$(node --trace-gc -e "require('$(pwd)/$program'); console.log('rss', process.resourceUsage().maxRSS)")
        end=$(date +%s.%N)
        theirs=$(awk -v s="$start" -v e="$end" -v trace="$trace" 'BEGIN {
            n = split(trace, lines, "\n")
            for (i = 1; i <= n; i++) {
                if (lines[i] ~ / ms: (Scavenge|Mark-Compact|Minor)/ && match(lines[i], /MB, [0-9.]+ \//)) {
                    p = substr(lines[i], RSTART + 4, RLENGTH - 6) + 0; gcs++; total += p; if (p > max) max = p
                }
                if (lines[i] ~ /^rss /) { split(lines[i], w, " "); rss = w[2] / 1024 }
            }
            printf "%7.2f %5d %9.1f %8.1f %8.1f", e - s, gcs, total, max, rss
        }')
    else
        theirs="(node not found)"
    fi
    printf '%-14s | %s | %s\n' "$name" "$ours" "$theirs"
done
exit $status
