#!/usr/bin/env bash
# The load benchmark in one command: builds what it needs (tests skipped), starts its own
# redis-server on a free 127.0.0.1 port, the gateway (bootstrap's jar) in a JVM of its own, runs every phase and stops.
# Phases: (a) join ceilings, (b-d) joins through the gateway, (e) status calls while admission runs, (f) the admission step's Redis cost,
# (g) seat holds and confirms through the gateway, (h) the cost of releasing holds that ran out. Only the seat phases: phases=hold
# Arguments are key=value overrides, e.g.  benchmarks/run-join-load.sh clients=50 rate=10000 rate.seconds=30
# Only some phases, e.g. an older jar's joins:  benchmarks/run-join-load.sh phases=ceiling,join gateway.jar=/tmp/old.jar
# With every join keeping a person log (FEATURE_STREAMS_QUEUE=true for the gateway, on its fresh redis-server):
#   benchmarks/run-join-load.sh phases=join,status streams=on
# A value with spaces stays one argument:  benchmarks/run-join-load.sh "gateway.jvm=-Xmx2g -XX:+UseG1GC"
set -euo pipefail
cd "$(dirname "$0")/.."
quoted=""
for argument in "$@"; do
  quoted="$quoted \"$argument\""   # the exec plugin splits at spaces outside double quotes
done
# JOIN_LOAD_MAIN runs another main class the same way (run-cluster-load.sh does)
exec ./mvnw -B -q package -pl benchmarks -am -DskipTests -Djoin-load \
  "-Djoin-load.main=${JOIN_LOAD_MAIN:-dev.waitingroom.benchmarks.load.JoinLoadBenchmark}" "-Djoin-load.args=$quoted"
