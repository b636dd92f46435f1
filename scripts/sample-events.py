#!/usr/bin/env python3
"""Draw events at random (seeded) from a graph's events.jsonl, for judging them by hand.

usage: scripts/sample-events.py OUT_DIR [N] [SEED] > sample.jsonl

OUT_DIR is the output of `dipgraph graph ... --format json`: events.jsonl for the events,
graph.json for the people's names. Each line printed is one drawn event with what a judge
needs (the sides, the people by name, type, status, date, the evidence and the articles),
and an empty `verdict` to fill in by the guideline: "right", or "wrong: <kind>: <why>".
"""
import json
import random
import sys
from pathlib import Path


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = Path(sys.argv[1])
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 21
    with open(out / "events.jsonl", encoding="utf-8") as f:
        events = [json.loads(line) for line in f if line.strip()]
    with open(out / "graph.json", encoding="utf-8") as f:
        graph = json.load(f)
    names = {node["id"]: node.get("label") or node["id"] for node in graph["nodes"]}
    for event in random.Random(seed).sample(events, min(n, len(events))):
        drawn = {
            "id": event["id"],
            "type": event["type"],
            "status": event["status"],
            "date": event.get("date"),
            "people": [names.get(p, p) for p in event.get("people", [])],
            "countries": event.get("countries", []),
            "organizations": event.get("organizations", []),
            "evidence": event.get("evidence", ""),
            "articles": [s["file"] for s in event.get("sources", [])],
            "verdict": "",
        }
        print(json.dumps(drawn, ensure_ascii=False))


if __name__ == "__main__":
    main()
