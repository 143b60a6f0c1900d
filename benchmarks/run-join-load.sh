#!/usr/bin/env bash
# The join load benchmark in one command: builds what it needs (tests skipped), starts its own
# redis-server on a free 127.0.0.1 port, the gateway in-process, runs every phase and stops.
# Arguments are key=value overrides, e.g.  benchmarks/run-join-load.sh clients=50 rate=10000 rate.seconds=30
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./mvnw -B -q package -pl benchmarks -am -DskipTests -Djoin-load "-Djoin-load.args=$*"
