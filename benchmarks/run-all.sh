#!/usr/bin/env bash
# Every benchmark of docs/benchmarks.md in one command: the JMH micro-benchmarks, then the join load
# benchmark. Needs JAVA_HOME on a JDK 21+, /usr/bin/redis-server and /usr/bin/redis-benchmark.
# Outputs are also kept in benchmarks/target/jmh.txt and benchmarks/target/join-load.txt.
# Arguments go to the join load benchmark (key=value), e.g.  benchmarks/run-all.sh rate=10000 rate.seconds=30
set -euo pipefail
cd "$(dirname "$0")/.."
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

./mvnw -B -q package -pl benchmarks -am -DskipTests
"$java" -jar benchmarks/target/benchmarks.jar QueueScoreBenchmark | tee benchmarks/target/jmh.txt
benchmarks/run-join-load.sh "$@" | tee benchmarks/target/join-load.txt
