#!/usr/bin/env bash
# Benchmark: build time, time from the run command to the first page, and the resident memory of the
# running portal with its embedded database. Prints the figures; docs/benchmarks.md keeps them.
# usage: src/bench/startup.sh        (from the repository root; uses port 18080 and a temporary data folder)
set -euo pipefail
cd "$(dirname "$0")/../.."
port=18080
data="$(mktemp -d)"
stop() { # the whole process group: ./mvnw forks the portal's JVM, which forks MariaDB
  if [ -n "$pid" ]; then kill -- "-$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  pid=""
}
trap 'stop; rm -rf "$data"' EXIT
pid=""

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

wait_for_page() {
  for _ in $(seq 1 1500); do
    if curl -fs -o /dev/null "http://localhost:$port/"; then return 0; fi
    sleep 0.2
  done
  echo "the portal did not answer" >&2
  return 1
}

descendants() {
  echo "$1"
  local child
  for child in $(ps -o pid= --ppid "$1"); do descendants "$child"; done
}

rss_mb() { # resident memory of a process and all its descendants, in MB
  local total=0 p
  for p in $(descendants "$1"); do
    total=$((total + $(awk '/VmRSS/ { print $2 }' "/proc/$p/status" 2>/dev/null || echo 0)))
  done
  echo $((total / 1024))
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GB, $(uname -sr)"
echo "java: $(java -version 2>&1 | head -n 1)"

start=$(now)
./mvnw -q -B -DskipTests clean package >/dev/null
echo "clean build (./mvnw -DskipTests clean package): $(seconds "$start" "$(now)") s"
echo "production jar (no embedded database): $(du -m target/reintegration-portal-*.jar | cut -f1) MB"
# The production jar has no embedded database: the portal runs from the build's classes and runtime
# classpath instead, as spring-boot:run does.
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/run-classpath.txt >/dev/null
portal() { java -cp "target/classes:$(cat target/run-classpath.txt)" org.reintegration.portal.Application "$@"; }

start=$(now)
PORTAL_DATA_DIR="$data" setsid bash -c "$(declare -f portal); portal --server.port=$port" >/dev/null 2>&1 &
pid=$!
wait_for_page
echo "first start, empty data folder (database created, demo data loaded): $(seconds "$start" "$(now)") s to the first page"
sleep 10
echo "resident memory after start (JVM + MariaDB): $(rss_mb "$pid") MB"
curl -fsS -o /dev/null "http://localhost:$port/login"
stop

start=$(now)
PORTAL_DATA_DIR="$data" setsid bash -c "$(declare -f portal); portal --server.port=$port" >/dev/null 2>&1 &
pid=$!
wait_for_page
echo "restart on existing data: $(seconds "$start" "$(now)") s to the first page"
stop

start=$(now)
PORTAL_DATA_DIR="$data" setsid ./mvnw -q -B -Dspring-boot.run.arguments=--server.port=$port >/dev/null 2>&1 &
pid=$!
wait_for_page
echo "README run command (./mvnw, built tree, existing data): $(seconds "$start" "$(now)") s to the first page"
