#!/usr/bin/env bash
# Runs the Spark job in local mode (local[2]) over an archive (default ../shared/corpus) and
# checks that its graph files are byte for byte those of one `dipgraph graph` process.
# Installs what it needs: Java from Debian (default-jre-headless) when there is no `java`,
# and PySpark from PyPI into a virtual environment (SPARK_VENV, default target/spark-venv).
#
#   contrib/spark/run-local.sh [ARCHIVE] [graph flags...]
#
# DIPGRAPH=path uses that binary (default: target/release/dipgraph, built if missing).
# WORK=dir keeps the runs there (default: a temporary directory, removed at the end).
# Prints the wall time and peak memory of both runs, and the engine's fixed start-up.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
archive=${1:-../shared/corpus}
shift || true
flags=("$@")
[ ${#flags[@]} -gt 0 ] || flags=(--format graphml,gexf,json,cytoscape,csv)

if ! command -v java >/dev/null; then
    apt-get update -qq
    apt-get install -y -qq default-jre-headless >/dev/null
fi
venv=${SPARK_VENV:-$root/target/spark-venv}
if [ ! -x "$venv/bin/spark-submit" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check pyspark
fi
dipgraph=${DIPGRAPH:-${CARGO_TARGET_DIR:-$root/target}/release/dipgraph}
if [ ! -x "$dipgraph" ]; then
    cargo build --release
fi
dipgraph=$(realpath "$dipgraph")

if [ -n "${WORK:-}" ]; then
    work=$(realpath -m "$WORK")
    rm -rf "$work"
    mkdir -p "$work"
else
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
fi

measure() { # measure NAME COMMAND...: runs it, keeps wall time and peak RSS in $work/NAME.time
    /usr/bin/time -f '%e %M' -o "$work/$1.time" "${@:2}"
}
report() {
    read -r wall rss < "$work/$1.time"
    printf '%-22s %8.2f s %10.1f MB peak RSS\n' "$1" "$wall" "$(echo "$rss / 1024" | bc -l)"
}

echo "== single process: dipgraph graph $archive ${flags[*]}"
measure single "$dipgraph" graph "$archive" "${flags[@]}" -o "$work/single"

echo "== pack into shards"
measure pack "$dipgraph" pack "$archive" -o "$work/shards" --gzip --shard-mb 16 --allow-skipped
mkdir -p "$work/ship"
cp "$dipgraph" "$work/ship/dipgraph"
tar -czf "$work/dipgraph.tar.gz" -C "$work/ship" dipgraph

export PYSPARK_PYTHON="$venv/bin/python"
submit=("$venv/bin/spark-submit" --master 'local[2]' --conf spark.ui.enabled=false
    --conf spark.driver.memory=2g --archives "$work/dipgraph.tar.gz#dipgraph")

echo "== Spark start-up alone (an empty job)"
cat > "$work/empty.py" <<'EOF'
from pyspark.sql import SparkSession
s = SparkSession.builder.appName("empty").getOrCreate()
s.sparkContext.parallelize([1, 2]).count()
s.stop()
EOF
measure startup "${submit[@]}" "$work/empty.py" 2> "$work/startup.log"

echo "== Spark local[2]: map, shuffle by sides key, cluster, last step"
measure spark "${submit[@]}" contrib/spark/dipgraph_job.py --input "$work/shards" --out "$work/spark" \
    --work "$work/spark-work" "${flags[@]}" 2> "$work/spark.log" || { tail -50 "$work/spark.log"; exit 1; }

echo "== times"
report single
report pack
report startup
report spark
echo "(peak RSS of the Spark run is the driver JVM's and its children's largest, not their sum)"
ls -l "$work/spark-work"

echo "== comparing the graph files"
if diff -r "$work/single" "$work/spark"; then
    echo "identical: $(ls "$work/single" | tr '\n' ' ')"
else
    echo "the Spark run's files differ from the single process's" >&2
    exit 1
fi
