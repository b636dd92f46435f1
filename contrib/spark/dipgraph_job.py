"""dipgraph on Spark: the map (extraction) and the reduce (clustering per sides key) run in
the dipgraph binary, the engine only moves lines between them.

    spark-submit --archives dipgraph.tar.gz#dipgraph dipgraph_job.py \
        --input 's3a://bucket/shards/*.jsonl.gz' --out /local/graph [graph flags...]

1. map: each partition of the packed shards (`dipgraph pack ARCHIVE -o DIR --gzip`, JSON
   Lines of articles) is piped through `dipgraph extract --keyed --threads 1 -`: each
   article's record (without contacts) and one line per contact, keyed by its sides;
2. shuffle: the contact lines are partitioned by key, and each partition (whole keys) is
   piped through `dipgraph cluster --threads 1 -`, which writes its events, unnumbered;
3. last step, on the driver: `dipgraph graph --records RECORDS --events EVENTS` joins the
   events (numbering them), builds nodes, edges, betweenness and writes the graph files,
   byte for byte those of `dipgraph graph` over the same articles on one machine.

Every dipgraph process is checked: an exit code other than 0 fails the task (skipped
articles are reported with --allow-skipped and counted, a crash is a failure), unlike
`RDD.pipe`, which ignores the child's exit code.
"""

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import threading
import time

from pyspark import SparkFiles
from pyspark.sql import SparkSession

KEYED = '{"key":'


def binary(name):
    """The dipgraph binary shipped with --archives ARCHIVE#dipgraph (YARN and Kubernetes
    unpack it in the task's working directory; local mode under SparkFiles), or a path."""
    if os.path.sep in name and os.path.exists(name):
        return os.path.abspath(name)
    for candidate in (os.path.join(".", "dipgraph", name), os.path.join(SparkFiles.get("dipgraph"), name)):
        if os.path.exists(candidate):
            return os.path.abspath(candidate)
    raise RuntimeError(f"no dipgraph binary {name!r}: ship it with --archives dipgraph.tar.gz#dipgraph")


def piped(args, lines, skipped=None):
    """Runs dipgraph `args` with `lines` on standard input and yields its output lines;
    raises when it exits with any code but 0 (a crash, a usage error)."""
    errors = tempfile.NamedTemporaryFile(prefix="dipgraph-errors-", suffix=".jsonl", delete=False)
    errors.close()
    if args[1] == "extract":
        args = args + ["--errors", errors.name]
    child = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    failure = []

    def feed():
        try:
            for line in lines:
                child.stdin.write(line.encode("utf-8"))
                child.stdin.write(b"\n")
        except BrokenPipeError:
            pass
        except Exception as e:  # reported once the child has ended
            failure.append(e)
        finally:
            try:
                child.stdin.close()
            except BrokenPipeError:
                pass

    stderr = []
    feeder = threading.Thread(target=feed, daemon=True)
    drainer = threading.Thread(target=lambda: stderr.append(child.stderr.read()), daemon=True)
    feeder.start()
    drainer.start()
    for out in child.stdout:
        yield out.decode("utf-8").rstrip("\n")
    code = child.wait()
    feeder.join()
    drainer.join()
    try:
        if skipped is not None:
            with open(errors.name, encoding="utf-8") as f:
                skipped.add(sum(1 for line in f if '"reason":"not an article"' not in line))
    finally:
        os.unlink(errors.name)
    if failure:
        raise failure[0]
    if code != 0:
        tail = b"".join(stderr).decode("utf-8", "replace")[-2000:]
        raise RuntimeError(f"{' '.join(args[1:3])} exited with {code}: {tail}")


def key_of(line):
    return json.loads(line)["key"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", required=True, help="packed shards (JSON Lines articles, .gz or plain): path, glob or directory, local, hdfs:// or s3a://")
    parser.add_argument("--out", required=True, help="local directory for the graph files (on the driver)")
    parser.add_argument("--work", help="local directory on the driver for the records and events of the last step (default: OUT/../dipgraph-work)")
    parser.add_argument("--dipgraph", default="dipgraph", help="the binary's name in the archive shipped as #dipgraph, or a path on every node")
    parser.add_argument("--driver-dipgraph", help="the binary the driver runs for the last step (default: as --dipgraph)")
    parser.add_argument("--partitions", type=int, default=0, help="partitions of the contacts shuffle (default: the input's)")
    parser.add_argument("--dict", help="--dict DIR of the dictionaries (the same on every node and the driver)")
    args, graph_flags = parser.parse_known_args()

    spark = SparkSession.builder.appName("dipgraph").getOrCreate()
    sc = spark.sparkContext
    started = time.time()
    skipped = sc.accumulator(0)
    exe, dict_flags = args.dipgraph, (["--dict", args.dict] if args.dict else [])

    def extract(lines):
        return piped([binary(exe), "extract", "--keyed", "--threads", "1", "--allow-skipped", *dict_flags, "-"], lines, skipped)

    def cluster(pairs):
        return piped([binary(exe), "cluster", "--threads", "1", *dict_flags, "-"], (line for _, line in pairs))

    articles = sc.textFile(args.input)
    lines = articles.mapPartitions(extract).cache()
    records = lines.filter(lambda l: not l.startswith(KEYED))
    contacts = lines.filter(lambda l: l.startswith(KEYED)).map(lambda l: (key_of(l), l))
    partitions = args.partitions or max(1, articles.getNumPartitions())
    events = contacts.partitionBy(partitions).mapPartitions(cluster)

    work = args.work or os.path.join(os.path.dirname(os.path.abspath(args.out)), "dipgraph-work")
    os.makedirs(work, exist_ok=True)
    records_file, events_file = os.path.join(work, "records.jsonl.gz"), os.path.join(work, "events.jsonl.gz")
    counts = {}
    for path, rdd in ((records_file, records), (events_file, events)):
        n = 0
        with gzip.open(path, "wt", encoding="utf-8", compresslevel=1) as f:
            for line in rdd.toLocalIterator():
                f.write(line)
                f.write("\n")
                n += 1
        counts[path] = n
    mapped = time.time()
    driver = args.driver_dipgraph or binary(exe)
    last = subprocess.run([driver, "graph", *dict_flags, "--records", records_file, "--events", events_file, "-o", args.out, *graph_flags])
    if last.returncode != 0:
        sys.exit(f"dipgraph graph --records … --events … exited with {last.returncode}")
    print(
        json.dumps(
            {
                "records": counts[records_file],
                "events": counts[events_file],
                "skipped_articles": skipped.value,
                "engine_seconds": round(mapped - started, 2),
                "last_step_seconds": round(time.time() - mapped, 2),
            }
        ),
        flush=True,
    )
    spark.stop()


if __name__ == "__main__":
    main()
