#!/usr/bin/env bash
# A portable build of dipgraph: `cargo zigbuild` links against glibc 2.17 (CentOS 7, Amazon
# Linux 2 and every newer cluster image) instead of the build machine's glibc (2.34 or more
# for a plain `cargo build --release` here). Zig and cargo-zigbuild come from PyPI (packages
# ziglang and cargo-zigbuild), installed into a virtual environment (ZIG_VENV, default
# target/zig-venv). Prints the binary's path and the newest glibc symbol version it needs.
#
#   scripts/portable-build.sh            # -> target/x86_64-unknown-linux-gnu/release/dipgraph
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${ZIG_VENV:-$PWD/target/zig-venv}
if [ ! -x "$venv/bin/cargo-zigbuild" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check ziglang cargo-zigbuild
fi
# cargo-zigbuild finds zig through the ziglang package of the python3 first on PATH.
export PATH="$venv/bin:$PATH"
cargo zigbuild --release --target x86_64-unknown-linux-gnu.2.17
bin=${CARGO_TARGET_DIR:-target}/x86_64-unknown-linux-gnu/release/dipgraph
needs=$(objdump -T "$bin" | grep -o 'GLIBC_[0-9.]*' | sort -Vu | tail -1)
echo "$bin: needs $needs"
case "$needs" in
    GLIBC_2.1[0-7] | GLIBC_2.[0-9] | GLIBC_2.[0-9].*) ;;
    *) echo "portable-build: $bin needs $needs, newer than glibc 2.17" >&2; exit 1 ;;
esac
