#!/usr/bin/env bash
# Clustering at scale (issue 23): the records of an archive (default ../shared/corpus)
# repeated 1, 5, 10 and 20 times, each copy made distinct articles (file and url changed,
# `copyN/` and `#N`), clustered by `dipgraph cluster` and built into a graph by
# `dipgraph graph --records`, each with one thread; prints CPU time (user + system: on a
# shared machine wall time measures the neighbours too), wall time, peak RSS, contacts and
# events per size.
# Copies report the same contacts on the same days, so they join the same events: the
# events stay as many, their sources grow with the copies, and every contact is still
# compared with the events of its sides near its day (the day index keeps this linear).
# usage: [BIN=path] [SIZES="1 5 10 20"] bench/cluster-scale.sh [ARCHIVE]
set -euo pipefail
cd "$(dirname "$0")/.."
archive=${1:-../shared/corpus}
bin=${BIN:-${CARGO_TARGET_DIR:-target}/release/dipgraph}
[ -x "$bin" ] || cargo build --release --quiet
sizes=${SIZES:-1 5 10 20}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" extract "$archive" --allow-skipped -o "$work/records.jsonl" 2> /dev/null
python3 - "$work" $sizes <<'PY'
import json, sys
work, sizes = sys.argv[1], [int(s) for s in sys.argv[2:]]
lines = open(f"{work}/records.jsonl", encoding="utf-8").read().splitlines()
for n in sizes:
    with open(f"{work}/x{n}.jsonl", "w", encoding="utf-8") as out:
        for k in range(n):
            for line in lines:
                r = json.loads(line)
                if k:
                    r["file"] = f"copy{k}/{r['file']}"
                    r["url"] = f"{r['url']}#{k}" if r["url"] else None
                out.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
PY
printf '%6s %8s %8s %6s %14s %11s %14s %11s %8s\n' copies records contacts events "cluster CPU s" "cluster s" \
    "graph CPU s" "graph s" "graph MB"
for n in $sizes; do
    f="$work/x$n.jsonl"
    records=$(wc -l < "$f")
    contacts=$(grep -o '"cameo":' "$f" | wc -l)
    /usr/bin/time -f '%e %U %S %M' -o "$work/c.time" "$bin" cluster --threads 1 "$f" -o "$work/events.jsonl" 2> /dev/null
    /usr/bin/time -f '%e %U %S %M' -o "$work/g.time" "$bin" graph --threads 1 --records "$f" -o "$work/graph" 2> /dev/null
    events=$(wc -l < "$work/events.jsonl")
    read -r cs cu csys _ < "$work/c.time"
    read -r gs gu gsys grss < "$work/g.time"
    printf '%6s %8s %8s %6s %14.2f %11s %14.2f %11s %8.0f\n' "$n" "$records" "$contacts" "$events" \
        "$(echo "$cu + $csys" | bc -l)" "$cs" "$(echo "$gu + $gsys" | bc -l)" "$gs" "$(echo "$grss / 1024" | bc -l)"
done
