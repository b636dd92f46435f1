#!/usr/bin/env bash
# Whole-pipeline benchmark (issue 6): `dipgraph graph` over rfi/jekyll and over a 10x copy of
# it, with 1 and 2 threads; prints MB/s of input, articles/s, CPU time and peak RSS
# (/usr/bin/time -v).
# Each configuration runs REPEAT times (default 3), the two thread counts in turn, after an
# untimed run that fills the page cache; the table gives the median run (by wall time) and,
# in brackets, the best, since timings on a shared virtual machine vary. "CPU s" is the median
# run's user + system time: with 2 threads it shows how much more CPU the same work took
# while both cores were busy.
# usage: [REPEAT=N] [BIN=path] bench/run.sh [CORPUS_DIR]   (default: ../shared/corpus/rfi/jekyll)
# BIN times another build (an older commit's, to compare with on the same machine and day);
# by default the release build of the working tree is built and timed.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/rfi/jekyll}
if [ -z "${BIN:-}" ]; then
    cargo build --release --quiet
fi
bin=${BIN:-target/release/dipgraph}
repeat=${REPEAT:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The 10x copy: ten directories of the same articles (names kept, so paths differ).
for i in $(seq 1 10); do
    mkdir -p "$work/x10/copy$i"
    cp -r "$corpus"/. "$work/x10/copy$i/"
done
# Let the copy reach the disk now, not while the first runs are timed.
sync

echo "machine: $(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $repeat runs each"
printf '%-6s %-7s %10s %10s %12s %10s %8s %12s\n' input threads articles MB seconds MB/s "CPU s" "peak RSS MB"
for input in "$corpus" "$work/x10"; do
    label=$([ "$input" = "$corpus" ] && echo 1x || echo 10x)
    bytes=$(find "$input" -type f -name '*.md' -printf '%s\n' | awk '{s+=$1} END {print s}')
    articles=$(find "$input" -type f -name '*.md' | wc -l)
    # One untimed run reads the files into the page cache; then the runs of the two thread
    # counts take turns, so that a change in the machine's speed meanwhile (a shared virtual
    # machine's neighbours) weighs on both alike.
    "$bin" graph "$input" -o "$work/out" --threads 2 2>/dev/null || true
    : >"$work/runs1"
    : >"$work/runs2"
    for _ in $(seq 1 "$repeat"); do
        for threads in 1 2; do
            /usr/bin/time -v -o "$work/time" "$bin" graph "$input" -o "$work/out" --threads "$threads" 2>/dev/null || true
            secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$work/time")
            rss=$(awk -F': ' '/Maximum resident/ {print $2/1024}' "$work/time")
            cpu=$(awk -F': ' '/(User|System) time/ {s+=$2} END {print s}' "$work/time")
            echo "$secs $rss $cpu" >>"$work/runs$threads"
        done
    done
    for threads in 1 2; do
        sort -n "$work/runs$threads" | awk -v l="$label" -v t="$threads" -v a="$articles" -v b="$bytes" '
            {s[NR]=$1; r[NR]=$2; c[NR]=$3}
            END {m=int((NR+1)/2); printf "%-6s %-7s %10d %10.1f %12.2f %10.1f %8.2f %12.0f   (%.0f articles/s; best %.2f s, %.1f MB/s)\n",
                 l, t, a, b/1e6, s[m], b/1e6/s[m], c[m], r[m], a/s[m], s[1], b/1e6/s[1]}'
    done
done
