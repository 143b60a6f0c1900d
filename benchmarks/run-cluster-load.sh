#!/usr/bin/env bash
# Issue 12's load benchmark in one command: builds what it needs (tests skipped), then on a fresh Redis Cluster
# (3 primaries, 3 replicas, redis-server processes on free 127.0.0.1 ports) and afterwards on one fresh redis-server,
# starts 3 gateways and runs joins, then status calls, spread over the gateways and 30 events; stops everything.
# Arguments are key=value: backends=cluster,single gateways=3 events=30 redis.cli=/usr/bin/redis-cli, and the load
# benchmark's own keys (run-join-load.sh), e.g.  benchmarks/run-cluster-load.sh backends=cluster warmup.seconds=10
# Only the joins:  benchmarks/run-cluster-load.sh phases=join
set -euo pipefail
JOIN_LOAD_MAIN=dev.waitingroom.benchmarks.load.ClusterLoadBenchmark exec "$(dirname "$0")/run-join-load.sh" "$@"
